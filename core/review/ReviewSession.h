// The advisor's side of a review: a packet's credentials are loaded into a temporary wallet of
// their own (a private temp folder, removed when the review ends; the advisor's wallet is never
// touched), re-verified by Satchel itself, and compared with the learner's receipts; then the
// skills, pathway progress, timeline and credits are worked out from Satchel's own verdicts.
//
// Runs synchronously (verification may use the network), so the GUI calls it on a worker thread;
// the progress callback is called on that thread after each credential.
#pragma once

#include "Result.h"
#include "review/ReviewPacket.h"
#include "review/ReviewResult.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>

namespace Satchel {

class NetworkMode;

struct ReviewOptions {
    QDateTime now;               // invalid = the clock
    // The application's; offline, keys and status lists the packet cannot give are "unknown". Null: online.
    NetworkMode *network = nullptr;
    const std::atomic_bool *cancel = nullptr;
    // After each credential: done of total, and the status Satchel found for it ("valid", ...).
    std::function<void(int done, int total, const QString &status)> progress;
    // A folder the caller owns, to keep the review's wallet in (ReviewResult::walletPath) after
    // review() returns; empty: a private temporary folder, removed before review() returns.
    QString workspace;
};

class ReviewSession {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ReviewSession)
public:
    // Error codes: "review-workspace" (the temporary wallet could not be made), and those of WalletFile::open.
    static Result<ReviewResult> review(const ReviewPacket &packet, const ReviewOptions &options = {});
    // A verifiable presentation file (issue 15) reviewed like a packet of its credentials (no
    // receipts, no pathways), with the holder's signature checked and its challenge compared with
    // the one the advisor gave (none: the result shows the file's). The holder's DID stands for the
    // learner's name. Errors: PresentationReader's ("not-a-presentation", "empty-presentation"...)
    // and review()'s.
    static Result<ReviewResult> reviewPresentation(const QByteArray &bytes, const QString &expectedChallenge,
                                                   const ReviewOptions &options = {});
};

} // namespace Satchel
