// A public link in one click: the credential's original JSON in a presentation signed with the
// learner's holder key, posted to a VerifierPlus server, and the link kept in the wallet; and the
// reverse, stopping a link. plan() says what would be uploaded and where (for the consent prompt
// and `share create` without --yes) and uploads nothing.
//
// A failure (format, key, server down, HTTP error, malformed answer, offline) changes nothing in
// the wallet. Blocking (network): call it from a worker thread or the command line tool.
//
// Error codes: "not-found", "format-not-presentable", "already-stopped", and those of
// HolderKeyStore, PresentationSigner, VerifierPlusClient and Wallet.
#pragma once

#include "HolderKeyStore.h"
#include "Result.h"
#include "VerifierPlusClient.h"
#include "storage/Wallet.h"

#include <QCoreApplication>
#include <QUrl>

namespace Satchel {

struct PublicLinkPlan {
    qint64 credentialRow = 0;
    QString credentialId;
    QString credentialName;
    QString recipientName;    // the learner's name as the credential gives it (may be empty)
    QUrl server;
    QByteArray credentialJson; // exactly what goes into the presentation
};

class PublicLinkService {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PublicLinkService)
public:
    static constexpr const char *kServerKey = "share.publicLinkServer";
    static QString defaultServer(); // the DCC's public instance

    // The server in the wallet's settings (the default when unset).
    static QString server(const Wallet &wallet);
    static Status setServer(Wallet &wallet, const QString &server);

    // None owned. options: timeouts for the requests (offline is the fetcher's NetworkMode).
    PublicLinkService(Wallet &wallet, HolderKeyStore &keys, Fetcher &fetcher, const FetchOptions &options = {});

    // What create() would upload and where; reads the wallet only. serverOverride: empty = the
    // wallet's setting.
    static Result<PublicLinkPlan> plan(const Wallet &wallet, qint64 credentialRow, const QString &serverOverride = {});
    Result<PublicLinkRecord> create(const PublicLinkPlan &plan, QByteArrayView passphrase = {});
    Result<PublicLinkRecord> stop(qint64 linkId, QByteArrayView passphrase = {});

private:
    Wallet &m_wallet;
    HolderKeyStore &m_keys;
    Fetcher &m_fetcher;
    FetchOptions m_options;
};

} // namespace Satchel
