// Runs verification of wallet credentials off the UI thread: the ids are shared out among
// BackgroundJobs on the runner's own QThreadPool (one per core), each with its own Wallet
// connection and fetcher (SQLite and the fetcher are per thread), and the reports are saved to the
// wallet as they come. Progress and the end arrive as queued signals on the UI thread; cancel()
// stops after the credential each worker is on. One run at a time.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QThreadPool;

namespace Satchel {

class BackgroundJob;
class NetworkMode;
class Wallet;

class VerificationRunner : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        int verified = 0;
        int valid = 0;
        int notValid = 0;          // invalid, revoked, expired, not yet valid
        int unknown = 0;
        bool cancelled = false;
        // Credentials whose status turned to revoked or expired in this run from an earlier "valid"
        // (never one verified for the first time).
        QList<qint64> newlyRevoked;
        QList<qint64> newlyExpired;
        QStringList changedNames;  // their names, for the notice
    };

    // network: the application's, read by the workers (offline: only kept documents answer); not
    // owned, must outlive the runner.
    explicit VerificationRunner(NetworkMode *network, QObject *parent = nullptr);
    ~VerificationRunner() override;

    // ids: wallet rows (top-level; a CLR takes its nested credentials along); empty = all, listed
    // on a worker (an empty wallet then ends at once, with nothing verified).
    // previousStatus: the status each id had before, to tell what changed.
    bool start(const QString &walletPath, const QList<qint64> &ids, const QHash<qint64, QString> &previousStatus,
               bool quiet);
    void cancel();
    bool isRunning() const { return m_running; }
    // Workers for the next run: one per core by default (bench_verify_wallet compares 1 and 2).
    void setWorkerCount(int count);
    bool isQuiet() const { return m_quiet; }
    // Waits for the workers (used on shutdown only: they stop at the next credential).
    void waitForFinished();

    // Top-level rows never verified, or verified longer ago than maxAgeHours: what a quiet start-up
    // run re-verifies.
    // Read through the caller's own connection.
    static QList<qint64> staleIds(const Wallet &wallet, int maxAgeHours);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const Satchel::VerificationRunner::Outcome &outcome);

private:
    struct Shared;
    void shareOut(const QString &walletPath, const QList<qint64> &ids);
    void startWorker(const QString &walletPath, const QList<qint64> &share);
    void workerDone();

    NetworkMode *m_network;
    QThreadPool *m_pool;
    std::shared_ptr<Shared> m_shared;
    QList<BackgroundJob *> m_workers; // the run's jobs still under way
    bool m_running = false;
    bool m_quiet = false;
    bool m_cancelled = false;
};

} // namespace Satchel
