// ProgressStrip, the bar and Cancel button of the import dialog, the review window and the main
// window's verification: busy, counting, finished, in both idle modes, and Cancel only while running.
#include "common/ProgressStrip.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Satchel;

class TestProgressStrip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hiddenBetweenRuns()
    {
        QWidget window;
        ProgressStrip strip(ProgressStrip::Idle::Hidden, new QToolButton, &window);
        window.show();
        QVERIFY(!strip.isVisible());
        QCOMPARE(strip.cancelButton()->parent(), &strip);

        strip.start();
        QVERIFY(strip.isVisible());
        QVERIFY(strip.cancelButton()->isEnabled());
        QCOMPARE(strip.bar()->minimum(), 0);
        QCOMPARE(strip.bar()->maximum(), 0); // busy: no total yet

        strip.bar()->setFormat(QStringLiteral("%v of %m"));
        strip.setProgress(3, 40);
        QCOMPARE(strip.bar()->maximum(), 40);
        QCOMPARE(strip.bar()->value(), 3);
        QCOMPARE(strip.bar()->text(), QStringLiteral("3 of 40"));

        strip.finish();
        QVERIFY(!strip.isVisible());
        QVERIFY(!strip.cancelButton()->isEnabled());
    }

    void disabledBetweenRuns()
    {
        QWidget window;
        ProgressStrip strip(ProgressStrip::Idle::Disabled, new QPushButton, &window);
        window.show();
        QVERIFY(strip.isVisible());
        QVERIFY(!strip.cancelButton()->isEnabled());
        QCOMPARE(strip.bar()->value(), 0); // nothing done yet
        QCOMPARE(strip.bar()->maximum(), 1);

        strip.start();
        QVERIFY(strip.cancelButton()->isEnabled());
        strip.setProgress(2, 2);
        strip.finish();
        QVERIFY(strip.isVisible()); // stays in place, full, with Cancel off
        QVERIFY(!strip.cancelButton()->isEnabled());
        QCOMPARE(strip.bar()->maximum(), 1);
        QCOMPARE(strip.bar()->value(), 1);
    }

    void cancelOnlyWhileRunning()
    {
        QWidget window;
        ProgressStrip strip(ProgressStrip::Idle::Disabled, new QPushButton, &window);
        window.show();
        QSignalSpy cancelled(&strip, &ProgressStrip::cancelRequested);
        QTest::mouseClick(strip.cancelButton(), Qt::LeftButton); // off before a run: nothing
        QCOMPARE(cancelled.count(), 0);
        strip.start();
        QTest::mouseClick(strip.cancelButton(), Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
        strip.finish();
        QTest::mouseClick(strip.cancelButton(), Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
    }
};

QTEST_MAIN(TestProgressStrip)
#include "TestProgressStrip.moc"
