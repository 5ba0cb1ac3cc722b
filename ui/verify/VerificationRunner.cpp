#include "verify/VerificationRunner.h"

#include "common/BackgroundJob.h"
#include "storage/Wallet.h"
#include "verify/NetworkDocumentFetcher.h"
#include "verify/VerificationReport.h"
#include "verify/WalletVerifier.h"

#include <QMutex>
#include <QThread>
#include <QThreadPool>

namespace Satchel {

// What the workers and the UI thread share: the work list's size, the tallies and what each
// credential was before.
struct VerificationRunner::Shared {
    std::atomic_int done{0};
    int total = 0;
    QHash<qint64, QString> previous;
    QMutex mutex;                // guards outcome
    Outcome outcome;

    // Worker thread: one credential verified.
    void count(const WalletVerification &verification)
    {
        const VerificationStatus status = verification.report.status();
        QMutexLocker lock(&mutex);
        ++outcome.verified;
        if (status == VerificationStatus::Valid)
            ++outcome.valid;
        else if (status == VerificationStatus::Unknown)
            ++outcome.unknown;
        else
            ++outcome.notValid;
        const QString before = previous.value(verification.id);
        // Only a change from an earlier valid result is news: a badge just imported (no earlier
        // result) or already known to be bad is not "no longer valid".
        if (before == QLatin1String("valid")
            && (status == VerificationStatus::Revoked || status == VerificationStatus::Expired)) {
            (status == VerificationStatus::Revoked ? outcome.newlyRevoked : outcome.newlyExpired).append(verification.id);
            outcome.changedNames.append(verification.name);
        }
    }
};

VerificationRunner::VerificationRunner(NetworkMode *network, QObject *parent)
    : QObject(parent), m_network(network), m_pool(new QThreadPool(this))
{
    // A pool of its own: "Verify all" on thousands of badges must not starve the gallery's
    // thumbnail loads, which use the global pool.
    m_pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    qRegisterMetaType<Satchel::VerificationRunner::Outcome>("Satchel::VerificationRunner::Outcome");
}

void VerificationRunner::setWorkerCount(int count)
{
    m_pool->setMaxThreadCount(std::max(1, count));
}

VerificationRunner::~VerificationRunner()
{
    cancel();
    waitForFinished();
}

QList<qint64> VerificationRunner::staleIds(const Wallet &wallet, int maxAgeHours)
{
    QList<qint64> ids;
    auto rows = wallet.list(CredentialQuery::topLevel());
    if (!rows)
        return ids;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-qint64(maxAgeHours) * 3600);
    for (const CredentialSummary &row : std::as_const(rows.value())) {
        if (row.status.isEmpty() || !row.verifiedAt.isValid() || row.verifiedAt < cutoff)
            ids.append(row.id);
    }
    return ids;
}

bool VerificationRunner::start(const QString &walletPath, const QList<qint64> &requested,
                               const QHash<qint64, QString> &previousStatus, bool quiet)
{
    if (m_running || walletPath.isEmpty())
        return false;
    m_shared = std::make_shared<Shared>();
    m_shared->previous = previousStatus;
    m_running = true;
    m_quiet = quiet;
    m_cancelled = false;
    if (!requested.isEmpty()) {
        shareOut(walletPath, requested);
        return true;
    }
    // Every top-level row, listed on a worker as well: the UI thread does not wait for the wallet.
    auto *listing = new BackgroundJob(this);
    listing->setThreadPool(m_pool);
    m_workers.append(listing);
    listing->start(
        walletPath,
        [](Wallet &wallet, JobControl &) { return wallet.matchingIds(CredentialQuery::topLevel()); },
        [this, listing, walletPath](const Result<QList<qint64>> &ids) {
            m_workers.removeOne(listing);
            listing->deleteLater();
            if (ids && !ids->isEmpty() && !m_cancelled)
                shareOut(walletPath, *ids);
            else
                workerDone(); // nothing to verify: the run ends here
        });
    return true;
}

void VerificationRunner::shareOut(const QString &walletPath, const QList<qint64> &ids)
{
    m_shared->total = int(ids.size());
    // Signature checks are CPU work: one worker per core, each taking every n-th credential.
    const int workers = std::clamp(m_pool->maxThreadCount(), 1, int(ids.size()));
    for (int w = 0; w < workers; ++w) {
        QList<qint64> share;
        for (int i = w; i < ids.size(); i += workers)
            share.append(ids.at(i));
        startWorker(walletPath, share);
    }
}

void VerificationRunner::startWorker(const QString &walletPath, const QList<qint64> &share)
{
    auto *job = new BackgroundJob(this);
    job->setThreadPool(m_pool);
    m_workers.append(job);
    connect(job, &BackgroundJob::progressed, this, [this](int done, int total) { Q_EMIT progress(done, total); });
    job->start(
        walletPath,
        [shared = m_shared, share, network = m_network](Wallet &wallet, JobControl &control) -> Status {
            NetworkDocumentFetcher fetcher(&wallet, network);
            WalletVerifier verifier(&wallet, &fetcher);
            verifier.setCancelFlag(control.cancelFlag());
            verifier.setProgress([&shared, &control](const WalletVerification &verification, int, int) {
                shared->count(verification);
                control.reportProgress(++shared->done, shared->total); // the run's count, over all workers
            });
            (void)verifier.verifyAll(share);
            return {};
        },
        [this, job](const Status &) { // a wallet that did not open leaves its share unverified
            m_workers.removeOne(job);
            job->deleteLater();
            workerDone();
        });
}

void VerificationRunner::workerDone()
{
    if (!m_workers.isEmpty() || !m_shared)
        return;
    Outcome outcome;
    {
        QMutexLocker lock(&m_shared->mutex);
        outcome = m_shared->outcome;
    }
    outcome.cancelled = m_cancelled;
    m_running = false;
    Q_EMIT finished(outcome);
}

void VerificationRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    for (BackgroundJob *job : std::as_const(m_workers))
        job->cancel();
}

void VerificationRunner::waitForFinished()
{
    // The workers hold only shared state: waiting for our pool is enough for them to have left
    // the wallet. Their ends still arrive through the event loop, and finished() with them.
    if (m_running)
        m_pool->waitForDone();
}

} // namespace Satchel
