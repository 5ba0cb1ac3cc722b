// The steps of answering a verifier, as the worker thread of a BackgroundJob runs them: each with
// the job's wallet connection and a Fetcher, keychain and responder of its own, touching nothing of
// the dialog (which may close while the verifier is slow).
#pragma once

#include "Result.h"
#include "present/PresentationResponder.h"
#include "storage/HolderKeyRecord.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Satchel {

class JobControl;
class NetworkMode;
class Wallet;

// What consent shows: the request, the matches, and the identities that could sign.
struct PreparedPresent {
    PreparedPresentation prepared;
    QList<HolderKeyRecord> identities; // the learner's holder identities; none yet: one is made at Share
    QString proposedDid;               // the one consent proposes: the chosen credentials' subject, else the default
};

struct PresentChoice {
    PreparedPresentation prepared;
    QList<ChosenCredential> credentials;
    QString holderDid;                 // empty: make the learner's first identity
    QByteArray passphrase;             // for a sealed key, or to seal a new one; wiped after use
    NetworkMode *network = nullptr;
};

class PresentWork {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PresentWork)
public:
    static Result<PreparedPresent> prepare(Wallet &wallet, JobControl &control, const QString &link,
                                           NetworkMode *network);
    // Error "passphrase-needed" / "wrong-passphrase-or-damaged" (from the holder key store) before
    // anything is sent: the dialog asks and runs it again with the same request.
    static Result<PresentationOutcome> respond(Wallet &wallet, JobControl &control, PresentChoice choice);
    static Result<PresentationOutcome> decline(Wallet &wallet, JobControl &control, const PreparedPresentation &prepared,
                                               NetworkMode *network);
};

} // namespace Satchel
