// Expiry reminders planned at an injected time (issue 17): a badge 29 days from expiry is reminded
// about once, not again on the next start (the state kept in the wallet), once more when it has
// lapsed, never with a window of 0 days; revoked badges and badges that lapsed long ago get none.
#include "NamedCredential.h"
#include "reminders/ExpiryReminderPlanner.h"
#include "reminders/ExpiryReminders.h"
#include "reminders/ReminderSettings.h"
#include "storage/Wallet.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

const QDateTime kNow(QDate(2029, 12, 3), QTime(0, 0), Qt::UTC);

CredentialSummary summary(qint64 id, const QDateTime &validUntil, const QString &status = {})
{
    CredentialSummary s;
    s.id = id;
    s.credentialId = QStringLiteral("urn:uuid:badge-%1").arg(id);
    s.name = QStringLiteral("Badge %1").arg(id);
    s.issuerId = QStringLiteral("https://issuer.example");
    s.issuerName = QStringLiteral("Northfield Community College");
    s.validUntil = validUntil;
    s.status = status;
    return s;
}

} // namespace

class TestExpiryReminderPlanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stage_data()
    {
        QTest::addColumn<QDateTime>("validUntil");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("warnDays");
        QTest::addColumn<QString>("expected"); // "expiring", "expired" or "" (none)

        QTest::newRow("29 days ahead") << kNow.addDays(29) << QString() << 30 << "expiring";
        QTest::newRow("30 days ahead, the edge") << kNow.addDays(30) << QString() << 30 << "expiring";
        QTest::newRow("31 days ahead") << kNow.addDays(31) << QString() << 30 << "";
        QTest::newRow("a second ahead, window of 1") << kNow.addSecs(1) << QString() << 1 << "expiring";
        QTest::newRow("lapses right now") << kNow << QString() << 30 << "expired";
        QTest::newRow("lapsed yesterday") << kNow.addDays(-1) << QString() << 30 << "expired";
        QTest::newRow("lapsed 364 days ago") << kNow.addDays(-364) << QString() << 30 << "expired";
        QTest::newRow("lapsed 400 days ago") << kNow.addDays(-400) << QString() << 30 << "";
        QTest::newRow("no expiry date") << QDateTime() << QString() << 30 << "";
        QTest::newRow("revoked") << kNow.addDays(10) << QStringLiteral("revoked") << 30 << "";
        QTest::newRow("verified valid") << kNow.addDays(10) << QStringLiteral("valid") << 30 << "expiring";
        QTest::newRow("window 0, expiring") << kNow.addDays(10) << QString() << 0 << "";
        QTest::newRow("window 0, expired") << kNow.addDays(-1) << QString() << 0 << "";
        QTest::newRow("window 90") << kNow.addDays(89) << QString() << 90 << "expiring";
    }
    void stage()
    {
        QFETCH(QDateTime, validUntil);
        QFETCH(QString, status);
        QFETCH(int, warnDays);
        QFETCH(QString, expected);
        const auto plan = ExpiryReminderPlanner::plan({summary(7, validUntil, status)}, kNow, warnDays, {});
        if (expected.isEmpty()) {
            QVERIFY(plan.due.isEmpty());
            QVERIFY(plan.remembered.isEmpty());
            return;
        }
        QCOMPARE(plan.due.size(), 1);
        const ExpiryReminder &reminder = plan.due.first();
        QCOMPARE(reminder.credentialId, qint64(7));
        QCOMPARE(reminder.stage == ReminderStage::Expired ? QStringLiteral("expired") : QStringLiteral("expiring"),
                 expected);
        QCOMPARE(reminder.name, QStringLiteral("Badge 7"));
        QCOMPARE(reminder.issuerName, QStringLiteral("Northfield Community College"));
        QVERIFY(reminder.key.endsWith(QLatin1Char(':') + expected));
        QCOMPARE(plan.remembered, QSet<QString>{reminder.key});
    }

    void shownOnceThenRemembered()
    {
        const QList<CredentialSummary> wallet{summary(1, kNow.addDays(29)), summary(2, kNow.addDays(200))};
        const auto first = ExpiryReminderPlanner::plan(wallet, kNow, 30, {});
        QCOMPARE(first.due.size(), 1);
        QCOMPARE(first.due.first().credentialId, qint64(1));
        // The next start, a day later: still in the window, already shown.
        const auto second = ExpiryReminderPlanner::plan(wallet, kNow.addDays(1), 30, first.remembered);
        QVERIFY(second.due.isEmpty());
        QCOMPARE(second.remembered, first.remembered);
        // Lapsed: the second and last reminder; the "expiring" key is no longer needed.
        const auto lapsed = ExpiryReminderPlanner::plan(wallet, kNow.addDays(30), 30, second.remembered);
        QCOMPARE(lapsed.due.size(), 1);
        QCOMPARE(lapsed.due.first().stage, ReminderStage::Expired);
        QVERIFY(!lapsed.remembered.intersects(first.remembered));
        QVERIFY(ExpiryReminderPlanner::plan(wallet, kNow.addDays(31), 30, lapsed.remembered).due.isEmpty());
    }

    void renewedBadgeIsRemindedAgain()
    {
        CredentialSummary badge = summary(1, kNow.addDays(29));
        const auto first = ExpiryReminderPlanner::plan({badge}, kNow, 30, {});
        badge.validUntil = kNow.addDays(29 + 365); // the issuer renewed it; a year later it is due again
        QVERIFY(ExpiryReminderPlanner::plan({badge}, kNow, 30, first.remembered).due.isEmpty());
        QCOMPARE(ExpiryReminderPlanner::plan({badge}, kNow.addDays(365), 30, first.remembered).due.size(), 1);
    }

    void sameBadgeTwiceIsOneReminder()
    {
        CredentialSummary copy = summary(1, kNow.addDays(5));
        copy.id = 2; // the same credential inside a CLR
        copy.parentId = 9;
        QCOMPARE(ExpiryReminderPlanner::plan({summary(1, kNow.addDays(5)), copy}, kNow, 30, {}).due.size(), 1);
    }

    void stableIdWithoutCredentialId()
    {
        CredentialSummary a = summary(1, kNow.addDays(5));
        a.credentialId.clear();
        a.issued = QDateTime(QDate(2025, 1, 2), QTime(3, 4), Qt::UTC);
        CredentialSummary b = a;
        b.id = 99; // another wallet row of the same badge: the same reminder
        QCOMPARE(ExpiryReminderPlanner::reminderKey(a, ReminderStage::Expiring),
                 ExpiryReminderPlanner::reminderKey(b, ReminderStage::Expiring));
        b.issued = b.issued.addDays(1);
        QVERIFY(ExpiryReminderPlanner::reminderKey(a, ReminderStage::Expiring)
                != ExpiryReminderPlanner::reminderKey(b, ReminderStage::Expiring));
    }

    // The wallet keeps what was shown: a restart (a new connection) shows nothing again.
    void takeDueAcrossRestarts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reminders.sqlite"));
        qint64 id = 0;
        {
            auto wallet = Wallet::open(path);
            QVERIFY(wallet.ok());
            id = SatchelTest::storeNamed(**wallet, QStringLiteral("Data Literacy"), 1, kNow.addDays(29));
            QVERIFY(id > 0);
            QVERIFY(SatchelTest::storeNamed(**wallet, QStringLiteral("Welding"), 2, kNow.addDays(120)) > 0);
            QCOMPARE(ReminderSettings::warnDays(**wallet), 30); // the default
            auto due = ExpiryReminders::takeDue(**wallet, kNow);
            QVERIFY(due.ok());
            QCOMPARE(due->size(), 1);
            QCOMPARE(due->first().credentialId, id);
            QCOMPARE(due->first().stage, ReminderStage::Expiring);
            QCOMPARE(due->first().renewalUrl, QUrl(QStringLiteral("https://issuer.example/criteria/1")));
        }
        {
            auto wallet = Wallet::open(path); // the next start
            QVERIFY(wallet.ok());
            auto due = ExpiryReminders::takeDue(**wallet, kNow.addSecs(3600));
            QVERIFY(due.ok());
            QVERIFY(due->isEmpty());
            due = ExpiryReminders::takeDue(**wallet, kNow.addDays(29));
            QVERIFY(due.ok());
            QCOMPARE(due->size(), 1);
            QCOMPARE(due->first().stage, ReminderStage::Expired);
            QVERIFY(ExpiryReminders::takeDue(**wallet, kNow.addDays(30))->isEmpty());
            // Off: the badge that now enters the window is not reminded about.
            QVERIFY(ReminderSettings::setWarnDays(**wallet, 0).ok());
            QCOMPARE(ReminderSettings::warnDays(**wallet), 0);
            QVERIFY(ExpiryReminders::takeDue(**wallet, kNow.addDays(100))->isEmpty());
        }
    }

    void damagedStateStartsAfresh()
    {
        QTemporaryDir dir;
        auto wallet = Wallet::open(dir.filePath(QStringLiteral("damaged.sqlite")));
        QVERIFY(wallet.ok());
        QVERIFY((*wallet)->setSetting(QStringLiteral("reminders.shown"), QStringLiteral("{not json")).ok());
        QVERIFY(ReminderSettings::shown(**wallet).isEmpty());
        QVERIFY(ReminderSettings::setShown(**wallet, {QStringLiteral("b"), QStringLiteral("a")}).ok());
        QCOMPARE((*wallet)->setting(QStringLiteral("reminders.shown")), QStringLiteral("[\"a\",\"b\"]"));
        QCOMPARE(ReminderSettings::shown(**wallet), (QSet<QString>{QStringLiteral("a"), QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TestExpiryReminderPlanner)
#include "TestExpiryReminderPlanner.moc"
