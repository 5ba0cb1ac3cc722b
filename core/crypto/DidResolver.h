// The DID methods Satchel resolves without a network: did:key (Ed25519 z6Mk…, P-256 zDn…) and
// did:jwk, plus the did:web → HTTPS URL mapping (fetching belongs to the verifier's fetcher).
//
// Error codes: "unsupported-did" (another method), "malformed" (bad DID or fragment), and the
// PublicKey codes ("unsupported-key", "private-key", "weak-key").
#pragma once

#include "PublicKey.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Satchel {

struct ResolvedDidKey {
    PublicKey key;
    QString did;                  // without fragment
    QString verificationMethodId; // did#fragment
    QJsonObject publicKeyJwk;     // did:jwk only
};

class DidResolver {
    Q_DECLARE_TR_FUNCTIONS(Satchel::DidResolver)
public:
    static constexpr qsizetype kMaxDidLength = 8192;

    // Accepts a DID or a DID URL whose fragment names the key ("#z6Mk…" for did:key, "#0" for did:jwk).
    static Result<ResolvedDidKey> resolveLocal(const QString &didUrl);
    static Result<ResolvedDidKey> resolveDidKey(const QString &didUrl);
    static Result<ResolvedDidKey> resolveDidJwk(const QString &didUrl);
    static bool isLocallyResolvable(const QString &didUrl);

    // did:web:host%3Aport:a:b → https://host:port/a/b/did.json; did:web:host → https://host/.well-known/did.json.
    static Result<QString> didWebUrl(const QString &didUrl);
};

} // namespace Satchel
