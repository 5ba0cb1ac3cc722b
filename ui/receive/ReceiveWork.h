// The two halves of receiving a credential, as the worker thread of a BackgroundJob runs them:
// each with the job's wallet connection and a Fetcher, keychain and receiver of its own, touching
// nothing of the dialog (which may close while the issuer is slow).
#pragma once

#include "Result.h"
#include "receive/CredentialReceiver.h"
#include "storage/HolderKeyRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Satchel {

class JobControl;
class NetworkMode;
class Wallet;

// What the consent page shows: the offer, the issuer's logo (fetched here, never by a web view)
// and the identity the credential will be bound to.
struct PreparedReceive {
    ReceiveOffer offer;
    QByteArray logo;               // image bytes, empty when the issuer gives none or it did not load
    QList<HolderKeyRecord> identities; // the learner's holder identities, newest first; none yet: one is made
    QString defaultDid;            // the one consent proposes
};

struct ReceiveRequest {
    ReceiveOffer offer;
    QString holderDid;             // the identity to bind to; empty: make the learner's first one
    QString transactionCode;
    QByteArray passphrase;         // for a sealed holder key, or to seal a new one; wiped after use
    std::function<bool(const QUrl &)> openBrowser;
    QStringList languages;
    NetworkMode *network = nullptr;
};

class ReceiveWork {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ReceiveWork)
public:
    static constexpr qint64 kMaxLogoBytes = 512 * 1024;

    static Result<PreparedReceive> prepare(Wallet &wallet, JobControl &control, const QString &link,
                                           const QStringList &languages, NetworkMode *network);
    // Error "passphrase-needed" / "wrong-passphrase-or-damaged" (from the holder key store) before
    // anything is sent: the dialog asks and runs it again with the same offer.
    static Result<ReceiveReport> complete(Wallet &wallet, JobControl &control, ReceiveRequest request);
    static Result<ReceiveReport> retryPending(Wallet &wallet, JobControl &control, NetworkMode *network);
};

} // namespace Satchel
