// Which trust registries the learner uses, kept in the wallet's settings (so they travel with
// backups): the built-in education registries, each switchable, and any added by URL.
//
// Built in: the Digital Credentials Consortium's registries as the DCC's own client lists them
// (community and sandbox in the DCC format, the member registry as an OpenID Federation trust
// anchor, and its test instance). The sandbox and test ones are off unless switched on: they list
// test issuers.
//
// Error codes of fromUrl(): "bad-url" (not http(s)), "duplicate".
#pragma once

#include "Result.h"
#include "trust/TrustRegistry.h"

#include <QCoreApplication>
#include <QList>

namespace Satchel {

class Wallet;

class TrustRegistrySettings {
    Q_DECLARE_TR_FUNCTIONS(Satchel::TrustRegistrySettings)
public:
    static QList<TrustRegistry> builtIns();
    // The built-ins with the learner's switches, then the added registries, in the order trust lines
    // prefer them (most authoritative first, as the DCC client orders its registries).
    static QList<TrustRegistry> load(const Wallet &wallet);
    static Status save(Wallet &wallet, const QList<TrustRegistry> &registries);
    static QList<TrustRegistry> enabled(const QList<TrustRegistry> &registries);

    // A registry the learner adds by URL: an URL ending in /.well-known/openid-federation is an
    // OpenID Federation trust anchor, anything else a list in the DCC format.
    static Result<TrustRegistry> fromUrl(const QString &text, const QList<TrustRegistry> &existing);
};

} // namespace Satchel
