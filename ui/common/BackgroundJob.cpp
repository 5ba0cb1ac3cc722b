#include "common/BackgroundJob.h"

#include "storage/WalletFile.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Satchel {

BackgroundJob::BackgroundJob(QObject *parent, OnDestroy onDestroy)
    : QObject(parent)
    , m_onDestroy(onDestroy)
{
}

BackgroundJob::~BackgroundJob()
{
    if (m_onDestroy == OnDestroy::CancelAndWait) {
        abandon();
    } else if (m_control) {
        m_control->cancel();
        m_control->detach();
    }
}

Result<std::unique_ptr<Wallet>> BackgroundJob::openWallet(const QString &path)
{
    return WalletFile::open(path);
}

bool BackgroundJob::launch(std::function<void(JobControl &)> work, std::function<void()> deliver)
{
    if (isRunning())
        return false;
    const quint64 run = ++m_run;
    auto control = std::make_shared<JobControl>(this, run, m_progressIntervalMs);
    m_control = control;
    m_deliver = std::move(deliver);
    QThreadPool *pool = m_pool ? m_pool : QThreadPool::globalInstance();
    m_future = QtConcurrent::run(pool, [control, work = std::move(work), run] {
        work(*control);
        // Posted after the progress reports of this run, so done comes after the last of them.
        control->post([run](BackgroundJob *job) { job->onWorkEnded(run); });
    });
    return true;
}

void BackgroundJob::cancel()
{
    if (m_control)
        m_control->cancel();
}

void BackgroundJob::waitForFinished()
{
    if (!isRunning())
        return;
    m_future.waitForFinished();
    onWorkEnded(m_run); // the queued notice that follows finds the run delivered and is ignored
}

void BackgroundJob::abandon()
{
    if (!m_control)
        return;
    m_control->cancel();
    m_control->detach(); // nothing more of this run reaches this object
    m_control.reset();
    m_deliver = nullptr;
    m_future.waitForFinished();
}

void BackgroundJob::onProgress(quint64 run, int done, int total, const QString &text)
{
    if (run == m_run && m_control)
        Q_EMIT progressed(done, total, text);
}

void BackgroundJob::onWorkEnded(quint64 run)
{
    if (run != m_run || !m_control)
        return;
    // Cleared first: done may start the next run.
    m_control.reset();
    const std::function<void()> deliver = std::move(m_deliver);
    m_deliver = nullptr;
    deliver();
}

} // namespace Satchel
