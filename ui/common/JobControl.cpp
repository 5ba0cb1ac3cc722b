#include "common/JobControl.h"

#include "common/BackgroundJob.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace Satchel {

JobControl::JobControl(BackgroundJob *job, quint64 run, int progressIntervalMs)
    : m_job(job)
    , m_run(run)
    , m_progressIntervalMs(progressIntervalMs)
{
}

void JobControl::reportProgress(int done, int total, const QString &text)
{
    if (m_progressIntervalMs > 0) { // the timer is touched only then: some work reports from several threads
        if (done < total && m_sinceReport.isValid() && m_sinceReport.elapsed() < m_progressIntervalMs)
            return;
        m_sinceReport.start();
    }
    post([run = m_run, done, total, text](BackgroundJob *job) { job->onProgress(run, done, total, text); });
}

void JobControl::detach()
{
    QMutexLocker lock(&m_mutex);
    m_job = nullptr;
}

void JobControl::post(std::function<void(BackgroundJob *)> call)
{
    // Under the lock the job cannot finish being destroyed; a call posted to it and not yet run
    // when it goes is discarded with it by Qt.
    QMutexLocker lock(&m_mutex);
    if (BackgroundJob *job = m_job)
        QMetaObject::invokeMethod(job, [job, call] { call(job); }, Qt::QueuedConnection);
}

} // namespace Satchel
