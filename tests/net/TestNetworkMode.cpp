// NetworkMode: the learner's choice and a detected outage, which one wins, since when, and which
// fetchers a detected outage holds for.
#include "net/NetworkMode.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Satchel;

class TestNetworkMode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choiceComesAndGoes()
    {
        NetworkMode mode;
        QSignalSpy changed(&mode, &NetworkMode::changed);
        QCOMPARE(mode.state(), NetworkMode::State::Online);
        QVERIFY(!mode.offlineSince().isValid());
        mode.setOfflineByChoice(true);
        QVERIFY(mode.isOfflineByChoice());
        QVERIFY(mode.offlineSince().isValid());
        mode.setOfflineByChoice(true); // no change, no signal
        QCOMPARE(changed.count(), 1);
        mode.setOfflineByChoice(false);
        QCOMPARE(mode.state(), NetworkMode::State::Online);
        QCOMPARE(changed.count(), 2);
    }

    void outageNeverReplacesTheChoice()
    {
        NetworkMode mode;
        mode.setOfflineByChoice(true);
        mode.reportNetworkLost();
        QCOMPARE(mode.state(), NetworkMode::State::OfflineByChoice);
        mode.reportNetworkReached();
        QCOMPARE(mode.state(), NetworkMode::State::OfflineByChoice);
    }

    void outageHoldsForWorkAlreadyRunning()
    {
        NetworkMode mode;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QThread::msleep(5);
        mode.reportNetworkLost();
        QCOMPARE(mode.state(), NetworkMode::State::OfflineDetected);
        QVERIFY(mode.isOfflineForWorkStartedAt(before));
        // Work started later tries again; its first answer ends the outage.
        QThread::msleep(5);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY(!mode.isOfflineForWorkStartedAt(after));
        mode.reportNetworkReached();
        QCOMPARE(mode.state(), NetworkMode::State::Online);
        QVERIFY(!mode.isOfflineForWorkStartedAt(before));
    }

    // One worker's two unreachable hosts do not take the others offline once the network has
    // answered since that worker started; an outage found again is not announced again.
    void oneWorkersFailuresDoNotOutvoteAnAnswer()
    {
        NetworkMode mode;
        QSignalSpy changed(&mode, &NetworkMode::changed);
        const QDateTime workerStarted = QDateTime::currentDateTimeUtc();
        QThread::msleep(5);
        mode.reportNetworkReached(); // another worker had an answer
        mode.reportNetworkLost(workerStarted);
        QCOMPARE(mode.state(), NetworkMode::State::Online);
        QCOMPARE(changed.count(), 0);
        QThread::msleep(5);
        const QDateTime laterWorker = QDateTime::currentDateTimeUtc();
        mode.reportNetworkLost(laterWorker);
        QCOMPARE(mode.state(), NetworkMode::State::OfflineDetected);
        mode.reportNetworkLost(laterWorker);
        QCOMPARE(mode.state(), NetworkMode::State::OfflineDetected);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNetworkMode)
#include "TestNetworkMode.moc"
