#include "verify/VerificationRunner.h"

#include "storage/Wallet.h"
#include "verify/NetworkDocumentFetcher.h"
#include "verify/VerificationReport.h"
#include "verify/WalletVerifier.h"

#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Satchel {

// What the workers and the UI thread share: the work list, the cancel flag and the tallies.
struct VerificationRunner::Shared {
    std::atomic_bool cancel{false};
    std::atomic_int done{0};
    int total = 0;
    QHash<qint64, QString> previous;
    QMutex mutex;                // guards outcome
    Outcome outcome;
};

VerificationRunner::VerificationRunner(NetworkMode *network, QObject *parent)
    : QObject(parent), m_network(network), m_pool(new QThreadPool(this))
{
    // A pool of its own: "Verify all" on thousands of badges must not starve the gallery's
    // thumbnail loads, which use the global pool.
    m_pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    qRegisterMetaType<Satchel::VerificationRunner::Outcome>("Satchel::VerificationRunner::Outcome");
}

VerificationRunner::~VerificationRunner()
{
    cancel();
    waitForFinished();
}

QList<qint64> VerificationRunner::staleIds(const QString &walletPath, int maxAgeHours)
{
    QList<qint64> ids;
    auto wallet = Wallet::open(walletPath);
    if (!wallet)
        return ids;
    CredentialQuery query;
    query.includeNested = false;
    auto rows = (*wallet)->list(query);
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
    QList<qint64> ids = requested;
    if (ids.isEmpty()) {
        auto wallet = Wallet::open(walletPath);
        if (!wallet)
            return false;
        CredentialQuery query;
        query.includeNested = false;
        auto all = (*wallet)->matchingIds(query);
        if (!all)
            return false;
        ids = all.value();
    }
    if (ids.isEmpty())
        return false;

    auto shared = std::make_shared<Shared>();
    shared->total = int(ids.size());
    shared->previous = previousStatus;
    m_shared = shared;
    m_running = true;
    m_quiet = quiet;
    // Signature checks are CPU work: one worker per core, each taking every n-th credential.
    const int workers = std::clamp(m_pool->maxThreadCount(), 1, int(ids.size()));
    m_workers = workers;
    for (int w = 0; w < workers; ++w) {
        QList<qint64> share;
        for (int i = w; i < ids.size(); i += workers)
            share.append(ids.at(i));
        QPointer<VerificationRunner> self(this);
        (void)QtConcurrent::run(m_pool, [self, shared, share, walletPath, network = m_network] {
            auto wallet = Wallet::open(walletPath);
            if (wallet) {
                NetworkDocumentFetcher fetcher(wallet->get(), network);
                WalletVerifier verifier(wallet->get(), &fetcher);
                verifier.setCancelFlag(&shared->cancel);
                verifier.setProgress([self, shared](const WalletVerification &verification, int, int) {
                    const VerificationStatus status = verification.report.status();
                    {
                        QMutexLocker lock(&shared->mutex);
                        Outcome &o = shared->outcome;
                        ++o.verified;
                        if (status == VerificationStatus::Valid)
                            ++o.valid;
                        else if (status == VerificationStatus::Unknown)
                            ++o.unknown;
                        else
                            ++o.notValid;
                        const QString before = shared->previous.value(verification.id);
                        // Only a change from an earlier valid result is news: a badge just imported
                        // (no earlier result) or already known to be bad is not "no longer valid".
                        if (before == QLatin1String("valid")
                            && (status == VerificationStatus::Revoked || status == VerificationStatus::Expired)) {
                            (status == VerificationStatus::Revoked ? o.newlyRevoked : o.newlyExpired).append(verification.id);
                            o.changedNames.append(verification.name);
                        }
                    }
                    const int done = ++shared->done;
                    if (self)
                        QMetaObject::invokeMethod(self, [self, done, total = shared->total] {
                            if (self)
                                Q_EMIT self->progress(done, total);
                        }, Qt::QueuedConnection);
                });
                (void)verifier.verifyAll(share);
            }
            if (self)
                QMetaObject::invokeMethod(self, [self] {
                    if (self)
                        self->workerDone();
                }, Qt::QueuedConnection);
        });
    }
    return true;
}

void VerificationRunner::workerDone()
{
    if (--m_workers > 0 || !m_shared)
        return;
    Outcome outcome;
    {
        QMutexLocker lock(&m_shared->mutex);
        outcome = m_shared->outcome;
    }
    outcome.cancelled = m_shared->cancel.load();
    m_running = false;
    Q_EMIT finished(outcome);
}

void VerificationRunner::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

void VerificationRunner::waitForFinished()
{
    // The workers hold only shared state and a weak pointer to this object: waiting for our
    // pool is enough for them to have left the wallet.
    if (m_running)
        m_pool->waitForDone();
}

} // namespace Satchel
