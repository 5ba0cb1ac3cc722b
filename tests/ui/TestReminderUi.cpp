// Expiry reminders in the window (issue 17), at an injected time: a wallet with a badge 29 days
// from expiry shows the banner and one desktop notification; the next start (a new window on the
// same wallet) shows neither; Dismiss hides the banner; Export → Calendar writes the selection;
// Settings → Reminders keeps the number of days in the wallet.
#include "NamedCredential.h"
#include "main/MainWindow.h"
#include "net/NetworkMode.h"
#include "reminders/ReminderActions.h"
#include "reminders/ReminderBanner.h"
#include "reminders/ReminderSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/Wallet.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>

using namespace Satchel;

namespace {
const QDateTime kNow(QDate(2029, 12, 3), QTime(0, 0), Qt::UTC);

struct Notification {
    QString title;
    QString body;
};
} // namespace

class TestReminderUi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    NetworkMode m_network;

    std::unique_ptr<MainWindow> openWindow(const QString &fileName, QList<Notification> *notifications)
    {
        auto wallet = Wallet::open(m_dir.filePath(fileName));
        if (!wallet.ok())
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(wallet.value()), &m_network);
        window->reminders()->setClock(Clock::fixedAt(kNow));
        window->reminders()->setNotifier([notifications](const QString &title, const QString &body) {
            notifications->append({title, body});
        });
        window->show();
        return window;
    }

    static void checkNow(MainWindow &window)
    {
        QVERIFY(window.reminders()->check());
        window.reminders()->waitForCheck();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_network.setOfflineByChoice(true);
    }

    void bannerOnceAcrossStarts()
    {
        QList<Notification> notifications;
        {
            auto window = openWindow(QStringLiteral("once.sqlite"), &notifications);
            QVERIFY(window);
            QVERIFY(SatchelTest::storeNamed(*window->wallet(), QStringLiteral("Data Literacy"), 1, kNow.addDays(29)) > 0);
            QVERIFY(SatchelTest::storeNamed(*window->wallet(), QStringLiteral("Welding"), 2, kNow.addDays(200)) > 0);
            ReminderBanner *banner = window->reminders()->banner();
            QVERIFY(!banner->isVisible());
            checkNow(*window);
            QVERIFY(banner->isVisible());
            QCOMPARE(banner->reminders().size(), 1);
            QVERIFY2(banner->text().contains(QStringLiteral("“Data Literacy” from Northfield Community College expires on")),
                     qPrintable(banner->text()));
            QVERIFY(!banner->text().contains(QStringLiteral("Welding")));
            QCOMPARE(banner->renewButtons().size(), 1);
            QCOMPARE(banner->renewButtons().first()->accessibleName(), QStringLiteral("Renew “Data Literacy”"));
            QVERIFY(!banner->dismissButton()->accessibleName().isEmpty());
            QSignalSpy renew(window->reminders(), &ReminderActions::linkRequested);
            window->reminders()->disconnect(window.get()); // the window would ask; the test only listens
            QTest::mouseClick(banner->renewButtons().first(), Qt::LeftButton);
            QCOMPARE(renew.size(), 1);
            QCOMPARE(renew.first().first().toUrl(), QUrl(QStringLiteral("https://issuer.example/criteria/1")));
            QCOMPARE(notifications.size(), 1);
            QVERIFY(notifications.first().title.contains(QStringLiteral("expiring soon"))); // %n plural: the English .ts
            QVERIFY(notifications.first().body.contains(QStringLiteral("Data Literacy")));

            checkNow(*window); // after an import, say: nothing new
            QCOMPARE(notifications.size(), 1);
            QCOMPARE(banner->reminders().size(), 1);
            QTest::mouseClick(banner->dismissButton(), Qt::LeftButton);
            QVERIFY(!banner->isVisible());
        }
        {
            auto window = openWindow(QStringLiteral("once.sqlite"), &notifications); // the next start
            QVERIFY(window);
            checkNow(*window);
            QVERIFY(!window->reminders()->banner()->isVisible());
            QCOMPARE(notifications.size(), 1);
        }
    }

    // A longer warning window in Settings shows what it now takes in, without a restart.
    void widerWindowAppliesAtOnce()
    {
        QList<Notification> notifications;
        auto window = openWindow(QStringLiteral("wider.sqlite"), &notifications);
        QVERIFY(window);
        QVERIFY(SatchelTest::storeNamed(*window->wallet(), QStringLiteral("Data Literacy"), 1, kNow.addDays(40)) > 0);
        checkNow(*window);
        ReminderBanner *banner = window->reminders()->banner();
        QVERIFY(!banner->isVisible()); // 40 days out, warned at 30
        QCOMPARE(notifications.size(), 0);
        SettingsDialog *dialog = window->createSettingsDialog();
        auto *days = dialog->findChild<QSpinBox *>(QStringLiteral("reminderWarnDays"));
        QVERIFY(days);
        for (int value = 31; value <= 45; ++value) // the learner turning the spin box
            days->setValue(value);
        QTRY_VERIFY(banner->isVisible());
        window->reminders()->waitForCheck();
        QCOMPARE(banner->reminders().size(), 1);
        QCOMPARE(notifications.size(), 1);
        QVERIFY(notifications.first().body.contains(QStringLiteral("Data Literacy")));
        delete dialog;
    }

    void calendarOfTheSelection()
    {
        QList<Notification> notifications;
        auto window = openWindow(QStringLiteral("calendar.sqlite"), &notifications);
        QVERIFY(window);
        QAction *action = window->reminders()->calendarAction();
        QVERIFY(window->findChildren<QMenu *>().size() > 0);
        bool inExportMenu = false;
        for (QMenu *menu : window->findChildren<QMenu *>())
            inExportMenu = inExportMenu || (menu->actions().contains(action) && menu->title() == QStringLiteral("&Export"));
        QVERIFY(inExportMenu);
        // Written in the background, reported by calendarDone; nothing is written when no badge has a date.
        QSignalSpy done(window->reminders(), &ReminderActions::calendarDone);
        const QString emptyPath = m_dir.filePath(QStringLiteral("empty.ics"));
        QVERIFY(window->reminders()->writeCalendar(emptyPath));
        window->reminders()->waitForCalendar();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(!QFile::exists(emptyPath));
        QVERIFY(SatchelTest::storeNamed(*window->wallet(), QStringLiteral("Data Literacy"), 1, kNow.addDays(29)) > 0);
        QVERIFY(SatchelTest::storeNamed(*window->wallet(), QStringLiteral("Welding"), 2, kNow.addDays(200)) > 0);
        // Nothing selected: every badge with a date.
        const QString path = m_dir.filePath(QStringLiteral("all.ics"));
        QVERIFY(window->reminders()->writeCalendar(path));
        window->reminders()->waitForCalendar();
        QTRY_COMPARE(done.size(), 2);
        QCOMPARE(done.at(1).at(0).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
        QVERIFY(ics.contains("DTSTAMP:20291203T000000Z\r\n"));
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20300101\r\n"));
        QVERIFY(ics.contains("URL:https://issuer.example/criteria/1\r\n"));
    }

    void settingsRoundTrip()
    {
        auto wallet = Wallet::open(m_dir.filePath(QStringLiteral("settings.sqlite")));
        QVERIFY(wallet.ok());
        {
            SettingsDialog dialog(wallet->get());
            auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("reminderWarnDays"));
            QVERIFY(days);
            QCOMPARE(days->value(), 30);
            QVERIFY(!days->accessibleName().isEmpty());
            bool labelled = false;
            for (QLabel *label : dialog.findChildren<QLabel *>())
                labelled = labelled || label->buddy() == days;
            QVERIFY(labelled);
            days->setValue(45);
            QCOMPARE(ReminderSettings::warnDays(**wallet), 45);
            days->setValue(0);
            QCOMPARE(days->text(), QStringLiteral("Never"));
            QCOMPARE(ReminderSettings::warnDays(**wallet), 0);
            days->setValue(60);
        }
        SettingsDialog again(wallet->get());
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("reminderWarnDays"))->value(), 60);
    }
};

QTEST_MAIN(TestReminderUi)
#include "TestReminderUi.moc"
