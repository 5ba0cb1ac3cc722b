// The one way the UI runs long work off the UI thread (imports, verification, exports, backups,
// reviews, reading the whole wallet...). The work runs on a pool thread; when it needs the wallet
// it gets a connection opened on that thread for that job (a Wallet belongs to one thread) and
// closed there before the result is delivered. It can report progress (progressed()), it can be
// cancelled (it polls JobControl::isCancelled() or hands cancelFlag() to the core), and its
// Result<T> reaches the done callback on the job's own (UI) thread, exactly once:
//
//     m_job.start(walletPath,
//         [ids](Wallet &wallet, JobControl &control) -> Result<Summary> { ...; control.reportProgress(i, n); ... },
//         [this](Result<Summary> summary) { ...shown here, on the UI thread... });
//
// The work must not capture pointers into widgets: it gets everything by value, and the job may
// outlive its owner's interest (see OnDestroy). One run at a time per BackgroundJob; several at
// once are several jobs (VerificationRunner shares a run out among one job per core). Not for
// hundreds of tiny reads: a connection per job would cost more than the read (ThumbnailCache uses
// storage/ThreadWallet instead: one connection per pool thread).
#pragma once

#include "Result.h"
#include "common/JobControl.h"
#include "storage/Wallet.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

class QThreadPool;

namespace Satchel {

class BackgroundJob : public QObject {
    Q_OBJECT
public:
    // What destroying a running job does. Both cancel it and drop its result; CancelAndWait then
    // waits for the worker (it may write into a folder or file the owner is about to remove),
    // CancelAndLeave does not (it may be waiting on the network, and touches nothing of the owner).
    enum class OnDestroy { CancelAndWait, CancelAndLeave };

    explicit BackgroundJob(QObject *parent = nullptr, OnDestroy onDestroy = OnDestroy::CancelAndWait);
    ~BackgroundJob() override;

    // A pool of the owner's (e.g. so a long verification cannot starve the thumbnails); the
    // global pool otherwise. Not owned.
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    // Minimum time between two progress reports that reach the UI thread (0: every report).
    void setProgressInterval(int msecs) { m_progressIntervalMs = msecs; }

    // work(Wallet &, JobControl &) -> Result<T> on a worker thread with its own connection to
    // walletPath (a wallet that does not open is the result, and work is not called);
    // done(Result<T>) on this object's thread. False, and nothing started, while a run is under way.
    template <typename Work, typename Done>
    bool start(const QString &walletPath, Work work, Done done);
    // The same for work that needs no wallet connection (a fetch, a file of its own):
    // work(JobControl &) -> Result<T>.
    template <typename Work, typename Done>
    bool startWithoutWallet(Work work, Done done);

    // From start() until done has been called.
    bool isRunning() const { return bool(m_control); }
    void cancel();
    // Blocks until the work has ended and calls done before returning (tests, the self-test).
    void waitForFinished();
    // Cancels, blocks until the work has ended and drops its result: done is not called. For an
    // owner's destructor when the work uses something the owner is about to remove.
    void abandon();

Q_SIGNALS:
    void progressed(int done, int total, const QString &text);

private:
    friend class JobControl;
    template <typename R>
    struct IsResult : std::false_type {};
    template <typename T>
    struct IsResult<Result<T>> : std::true_type {};

    static Result<std::unique_ptr<Wallet>> openWallet(const QString &path);
    bool launch(std::function<void(JobControl &)> work, std::function<void()> deliver);
    void onProgress(quint64 run, int done, int total, const QString &text);
    void onWorkEnded(quint64 run);

    const OnDestroy m_onDestroy;
    QThreadPool *m_pool = nullptr;
    int m_progressIntervalMs = 0;
    quint64 m_run = 0;
    std::shared_ptr<JobControl> m_control; // the run under way
    std::function<void()> m_deliver;       // hands its result to done
    QFuture<void> m_future;
};

template <typename Work, typename Done>
bool BackgroundJob::start(const QString &walletPath, Work work, Done done)
{
    using R = std::invoke_result_t<Work &, Wallet &, JobControl &>;
    static_assert(IsResult<R>::value, "a background job's work returns a Result<T>");
    return startWithoutWallet(
        [walletPath, work = std::move(work)](JobControl &control) mutable -> R {
            // Scoped to this call: the connection closes on the worker thread, before done runs.
            auto wallet = openWallet(walletPath);
            if (!wallet)
                return R(wallet.error());
            return work(**wallet, control);
        },
        std::move(done));
}

template <typename Work, typename Done>
bool BackgroundJob::startWithoutWallet(Work work, Done done)
{
    using R = std::invoke_result_t<Work &, JobControl &>;
    static_assert(IsResult<R>::value, "a background job's work returns a Result<T>");
    // Result<T> has no empty state: the worker fills this in, done takes it out.
    auto outcome = std::make_shared<std::optional<R>>();
    return launch([outcome, work = std::move(work)](JobControl &control) mutable { outcome->emplace(work(control)); },
                  [outcome, done = std::move(done)]() mutable { done(std::move(**outcome)); });
}

} // namespace Satchel
