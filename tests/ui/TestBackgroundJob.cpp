// The UI's one background-job runner: the work runs off the UI thread with a wallet connection of
// its own, its progress and its Result arrive on the UI thread (the result once, after the last
// progress report), Cancel reaches the work, and a job that is waited for or abandoned behaves.
#include "common/BackgroundJob.h"
#include "storage/Wallet.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Satchel;

namespace {

// Work that runs until it is cancelled (20 s at most, so a broken cancel fails rather than hangs).
void waitForCancel(const JobControl &control)
{
    QDeadlineTimer deadline(20000);
    while (!control.isCancelled() && !deadline.hasExpired())
        QThread::msleep(5);
}

} // namespace

class TestBackgroundJob : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_walletPath;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_walletPath = m_dir.filePath(QStringLiteral("wallet.sqlite"));
        QVERIFY(Wallet::open(m_walletPath).ok()); // created, then closed again
    }

    void runsOnAWorkerWithItsOwnConnection()
    {
        BackgroundJob job;
        QSignalSpy progressed(&job, &BackgroundJob::progressed);
        QThread *const uiThread = QThread::currentThread();
        std::optional<Result<QString>> delivered;
        int deliveries = 0;
        int progressBeforeDone = -1;
        QVERIFY(job.start(
            m_walletPath,
            [uiThread](Wallet &wallet, JobControl &control) -> Result<QString> {
                if (QThread::currentThread() == uiThread)
                    return Error{QStringLiteral("ui-thread"), QString()};
                control.reportProgress(1, 2, QStringLiteral("first"));
                control.reportProgress(2, 2, QStringLiteral("second"));
                return wallet.path();
            },
            [&](Result<QString> result) {
                QCOMPARE(QThread::currentThread(), uiThread);
                progressBeforeDone = int(progressed.count());
                delivered = std::move(result);
                ++deliveries;
            }));
        QVERIFY(job.isRunning());
        QVERIFY(!job.start(m_walletPath, [](Wallet &, JobControl &) { return Result<int>(0); }, [](Result<int>) {}));
        QTRY_VERIFY(!job.isRunning());
        QVERIFY(delivered.has_value());
        QVERIFY2(delivered->ok(), qPrintable(delivered->ok() ? QString() : delivered->error().code));
        QCOMPARE(delivered->value(), m_walletPath);
        QCOMPARE(progressBeforeDone, 2);
        QCOMPARE(progressed.at(1).at(0).toInt(), 2);
        QCOMPARE(progressed.at(1).at(2).toString(), QStringLiteral("second"));
        QTest::qWait(20);
        QCOMPARE(deliveries, 1);
    }

    void aWalletThatDoesNotOpenIsTheResult()
    {
        BackgroundJob job;
        bool workRan = false;
        std::optional<Status> delivered;
        job.start(
            m_dir.path(), // a folder, not a wallet
            [&workRan](Wallet &, JobControl &) -> Status {
                workRan = true;
                return {};
            },
            [&delivered](Status status) { delivered = std::move(status); });
        job.waitForFinished();
        QVERIFY(delivered.has_value());
        QVERIFY(!delivered->ok());
        QVERIFY(!workRan);
    }

    void cancelReachesTheWork()
    {
        BackgroundJob job;
        std::atomic_bool started{false};
        std::optional<Result<bool>> delivered;
        job.startWithoutWallet(
            [&started](JobControl &control) -> Result<bool> {
                started = true;
                waitForCancel(control);
                return control.cancelFlag()->load();
            },
            [&delivered](Result<bool> result) { delivered = std::move(result); });
        QTRY_VERIFY(started.load());
        job.cancel();
        QTRY_VERIFY(delivered.has_value());
        QVERIFY(delivered->ok());
        QVERIFY(delivered->value());
    }

    void waitForFinishedDeliversOnceBeforeReturning()
    {
        BackgroundJob job;
        int deliveries = 0;
        job.startWithoutWallet([](JobControl &) { return Result<int>(7); },
                               [&deliveries](Result<int> result) { deliveries += result.ok() ? result.value() : 100; });
        job.waitForFinished();
        QCOMPARE(deliveries, 7);
        QVERIFY(!job.isRunning());
        QTest::qWait(20); // the queued end of the work finds the run delivered
        QCOMPARE(deliveries, 7);
    }

    void abandonDropsTheResult()
    {
        BackgroundJob job;
        bool delivered = false;
        job.startWithoutWallet(
            [](JobControl &control) {
                waitForCancel(control);
                return Result<int>(1);
            },
            [&delivered](Result<int>) { delivered = true; });
        job.abandon();
        QVERIFY(!job.isRunning());
        QTest::qWait(20);
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "TestBackgroundJob.moc"
