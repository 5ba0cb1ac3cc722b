// satchel-cli list --expiring DAYS and export ics end to end, at times given with --now: the
// published 1EdTech OB 3.0 example (valid until 2030-01-01, with a refresh service), a refvc badge
// valid until 2097 and one with no expiry date.
#include "CliProcess.h"
#include "FixtureFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using CliProcess::Run;

namespace {
const QString kComplete = QStringLiteral("external/1EdTech-digital-credentials-public-validator/ob30/complete.json");
const QString kRich = QStringLiteral("refvc/ob3/di-rich.json");
const QString kMinimal = QStringLiteral("refvc/ob3/di-minimal.json");
const QString k29DaysBefore = QStringLiteral("2029-12-03T00:00:00Z");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString icsValue(const QByteArray &ics, const QString &name, int occurrence = 0)
{
    const QRegularExpression pattern(QStringLiteral("^%1[;:]([^\r]*)\r$").arg(name), QRegularExpression::MultilineOption);
    auto matches = pattern.globalMatch(QString::fromUtf8(ics));
    for (int i = 0; matches.hasNext(); ++i) {
        const auto match = matches.next();
        if (i == occurrence)
            return match.captured(1);
    }
    return {};
}
} // namespace

class TestReminderCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_wallet;
    QHash<QString, qint64> m_ids;

    Run cli(const QStringList &args)
    {
        return CliProcess::run(QStringLiteral(SATCHEL_CLI_PATH), QStringList{QStringLiteral("--wallet"), m_wallet} + args);
    }
    QJsonArray expiring(int days, const QString &now)
    {
        const Run run = cli({QStringLiteral("list"), QStringLiteral("--expiring"), QString::number(days),
                             QStringLiteral("--now"), now, QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning() << run.err;
        return QJsonDocument::fromJson(run.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_wallet = m_dir.filePath(QStringLiteral("reminders.sqlite"));
        for (const QString &file : {kComplete, kRich, kMinimal}) {
            const Run run = cli({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--offline"),
                                 SatchelTest::fixture(file)});
            QCOMPARE(run.exitCode, 0);
            const QJsonArray items = QJsonDocument::fromJson(run.out).array();
            QCOMPARE(items.size(), 1);
            m_ids.insert(file, items.at(0)[QStringLiteral("id")].toInteger());
            QVERIFY(m_ids.value(file) > 0);
        }
    }

    void listExpiring()
    {
        QJsonArray list = expiring(30, k29DaysBefore);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("id")].toInteger(), m_ids.value(kComplete));
        QCOMPARE(list.at(0)[QStringLiteral("validUntil")].toString(), QStringLiteral("2030-01-01T00:00:00Z"));
        QCOMPARE(list.at(0)[QStringLiteral("expiry")].toString(), QStringLiteral("expiring"));
        QVERIFY(expiring(28, k29DaysBefore).isEmpty());
        // Lapsed credentials are listed too, as expired, whatever the window.
        list = expiring(0, QStringLiteral("2030-01-02T00:00:00Z"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("expiry")].toString(), QStringLiteral("expired"));
        // Soonest first: the lapsed one, then the one that expires in 2097.
        list = expiring(36500, QStringLiteral("2030-01-02T00:00:00Z"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0)[QStringLiteral("id")].toInteger(), m_ids.value(kComplete));
        QCOMPARE(list.at(1)[QStringLiteral("id")].toInteger(), m_ids.value(kRich));
        QCOMPARE(list.at(1)[QStringLiteral("expiry")].toString(), QStringLiteral("expiring"));

        const Run text = cli({QStringLiteral("list"), QStringLiteral("--expiring"), QStringLiteral("30"),
                              QStringLiteral("--now"), k29DaysBefore});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count('\n'), 1);
        QVERIFY2(text.out.contains("2030-01-01  expiring"), text.out.constData());

        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--expiring"), QStringLiteral("soon")}).exitCode, 2);
    }

    void exportIcs()
    {
        const QString all = m_dir.filePath(QStringLiteral("all.ics"));
        Run run = cli({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--out"), all,
                       QStringLiteral("--now"), k29DaysBefore});
        QCOMPARE(run.exitCode, 0);
        const QByteArray ics = readAll(all);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 2); // the badge without an expiry date has no event
        QCOMPARE(icsValue(ics, QStringLiteral("DTSTART"), 0), QStringLiteral("VALUE=DATE:20300101"));
        QCOMPARE(icsValue(ics, QStringLiteral("DTSTART"), 1), QStringLiteral("VALUE=DATE:20970918"));
        QCOMPARE(icsValue(ics, QStringLiteral("DTSTAMP")), QStringLiteral("20291203T000000Z"));
        QCOMPARE(icsValue(ics, QStringLiteral("URL")), QStringLiteral("http://1edtech.edu/credentials/3732"));
        QCOMPARE(icsValue(ics, QStringLiteral("TRIGGER")), QStringLiteral("-P30D"));

        // One badge, exported again later: the same UID (calendars update the event), a new stamp.
        const QString one = m_dir.filePath(QStringLiteral("one.ics"));
        run = cli({QStringLiteral("export"), QStringLiteral("ics"), QString::number(m_ids.value(kComplete)),
                   QStringLiteral("-o"), one, QStringLiteral("--now"), QStringLiteral("2029-12-10T09:00:00Z")});
        QCOMPARE(run.exitCode, 0);
        const QByteArray again = readAll(one);
        QCOMPARE(again.count("BEGIN:VEVENT"), 1);
        QVERIFY(!icsValue(ics, QStringLiteral("UID")).isEmpty());
        QCOMPARE(icsValue(again, QStringLiteral("UID")), icsValue(ics, QStringLiteral("UID")));
        QVERIFY(icsValue(ics, QStringLiteral("UID")) != icsValue(ics, QStringLiteral("UID"), 1));
        QCOMPARE(icsValue(again, QStringLiteral("DTSTAMP")), QStringLiteral("20291210T090000Z"));

        // Nothing to put in a calendar, an unknown id, no --out.
        run = cli({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("ics"),
                   QString::number(m_ids.value(kMinimal)), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.ics"))});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(run.out)[QStringLiteral("code")].toString(), QStringLiteral("no-expiry"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.ics"))));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("9999"), QStringLiteral("--out"), one}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("ics")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestReminderCli)
#include "TestReminderCli.moc"
