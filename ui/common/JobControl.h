// What a BackgroundJob's work sees of its job while it runs on the worker thread: whether the
// learner cancelled, and where to report progress. The UI thread owns the job; the control is
// shared between the two, so neither side ever holds a pointer the other may delete.
#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>

namespace Satchel {

class BackgroundJob;

class JobControl {
public:
    JobControl(BackgroundJob *job, quint64 run, int progressIntervalMs);
    JobControl(const JobControl &) = delete;
    JobControl &operator=(const JobControl &) = delete;

    bool isCancelled() const { return m_cancelled.load(); }
    // For core calls that poll a flag themselves (ImportService, PlainExporter, WalletVerifier...).
    const std::atomic_bool *cancelFlag() const { return &m_cancelled; }

    // Worker thread: reaches the job's progressed() signal on the UI thread, queued. With a
    // progress interval, reports closer together than it are dropped (never the last one, done ==
    // total), so a fast loop cannot flood the event queue; such work must report from one thread.
    void reportProgress(int done, int total, const QString &text = {});

private:
    friend class BackgroundJob;
    void cancel() { m_cancelled.store(true); }
    // The job is being destroyed: from now on nothing is posted to it.
    void detach();
    // Runs call(job) on the job's thread unless the job is gone by then.
    void post(std::function<void(BackgroundJob *)> call);

    std::atomic_bool m_cancelled{false};
    QMutex m_mutex;
    BackgroundJob *m_job; // guarded by m_mutex; null once the job is gone
    const quint64 m_run;
    const int m_progressIntervalMs;
    QElapsedTimer m_sinceReport; // with a progress interval only, by the reporting thread
};

} // namespace Satchel
