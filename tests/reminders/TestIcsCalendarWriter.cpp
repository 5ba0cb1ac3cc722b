// The expiry calendar against RFC 5545: TEXT escaping and 75-octet folding (never inside a UTF-8
// sequence) as tables, the whole file against a golden file (tests/data/reminders), and the same
// file read back by the published ical.js parser (tests/interop/check-ics.mjs), which must find
// every value as it was given and no broken rule.
#include "NodeServerProcess.h"
#include "reminders/IcsCalendarWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

const QDateTime kStamp(QDate(2029, 12, 3), QTime(8, 30, 5), Qt::UTC);

QList<CalendarEvent> goldenEvents()
{
    CalendarEvent first;
    first.uid = QStringLiteral("0123456789abcdef0123456789abcdef-expiry@satchel.invalid");
    first.date = QDate(2030, 1, 1);
    first.summary = QStringLiteral("“Data Literacy, Level 2; Advanced” expires");
    first.description = QStringLiteral("Your badge from Northfield\\Community College stops being valid on "
                                       "2030-01-01 00:00 UTC.\nRenew it at https://issuer.example/renew?badge=1");
    first.url = QUrl(QStringLiteral("https://issuer.example/renew?badge=1&lang=fr"));
    first.alarmDaysBefore = 30;
    first.alarmText = QStringLiteral("“Data Literacy, Level 2; Advanced” expires in 30 days");

    CalendarEvent second;
    second.uid = QStringLiteral("fedcba9876543210fedcba9876543210-expiry@satchel.invalid");
    second.date = QDate(2097, 9, 18);
    second.summary = QStringLiteral("« Rédaction technique : écrire pour l’industrie » — 技術文書の作成 🎓 expire");
    second.description = QStringLiteral("Line one\r\nLine two\twith a tab");
    return {first, second};
}

} // namespace

class TestIcsCalendarWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "Data Literacy" << "Data Literacy";
        QTest::newRow("comma") << "a, b" << "a\\, b";
        QTest::newRow("semicolon") << "a; b" << "a\\; b";
        QTest::newRow("backslash") << "a\\b" << "a\\\\b";
        QTest::newRow("newline") << "a\nb" << "a\\nb";
        QTest::newRow("CRLF is one break") << "a\r\nb" << "a\\nb";
        QTest::newRow("lone CR") << "a\rb" << "a\\nb";
        QTest::newRow("colon stays") << "Note: x" << "Note: x";
        QTest::newRow("controls dropped, tab a space") << QString::fromUtf8("a\x01\tb\x7f") << "a b";
        QTest::newRow("all of them") << "\\;,\n" << "\\\\\\;\\,\\n";
    }
    void escapeText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(IcsCalendarWriter::escapeText(text), escaped);
    }

    void foldLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("short") << QByteArray("SUMMARY:short");
        QTest::newRow("exactly 75") << ("SUMMARY:" + QByteArray(67, 'x'));
        QTest::newRow("76") << ("SUMMARY:" + QByteArray(68, 'x'));
        QTest::newRow("long ascii") << ("DESCRIPTION:" + QByteArray(400, 'y'));
        // Two- three- and four-byte sequences across every fold position.
        for (int shift = 0; shift < 4; ++shift) {
            QTest::addRow("utf-8 shifted %d", shift)
                << ("SUMMARY:" + QByteArray(shift, 'a') + QStringLiteral("é漢🎓").repeated(30).toUtf8());
        }
    }
    void foldLine()
    {
        QFETCH(QByteArray, line);
        const QByteArray folded = IcsCalendarWriter::foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        for (int i = 0; i < physical.size(); ++i) {
            QByteArray part = physical.at(i);
            if (i + 1 < physical.size()) {
                QVERIFY(part.endsWith('\r'));
                part.chop(1);
            }
            QVERIFY2(part.size() <= 75, part.constData());
            if (i > 0)
                QVERIFY(part.startsWith(' '));
            // Every physical line is whole UTF-8 on its own.
            const QString decoded = QString::fromUtf8(part);
            QCOMPARE(decoded.toUtf8(), part);
            QVERIFY(!decoded.contains(QChar::ReplacementCharacter));
        }
        QCOMPARE(QByteArray(folded).replace("\r\n ", "").chopped(2), line); // unfolding gives it back
        if (line.size() <= 75)
            QCOMPARE(folded, line + "\r\n");
    }

    void golden()
    {
        const QByteArray written = IcsCalendarWriter::write(goldenEvents(), kStamp, QStringLiteral("Badge expiry dates"));
        const QString goldenPath = QStringLiteral(SATCHEL_TEST_DATA_DIR "/reminders/expiry-dates.ics");
        QFile golden(goldenPath);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath));
        const QByteArray expected = golden.readAll();
        if (written != expected) {
            QFile fail(QStringLiteral("expiry-dates.ics.fail")); // in the build folder, for a diff
            if (fail.open(QIODevice::WriteOnly))
                fail.write(written);
            QFAIL("the calendar differs from tests/data/reminders/expiry-dates.ics (see expiry-dates.ics.fail)");
        }
        QVERIFY(!written.contains("\n\n"));
        QCOMPARE(written.count("\r\n"), written.count('\n')); // CRLF only
    }

    void readByPublishedParser()
    {
        if (const QString missing = NodeServerProcess::missing(QStringLiteral("ical.js")); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("expiry.ics"));
        const QList<CalendarEvent> events = goldenEvents();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(IcsCalendarWriter::write(events, kStamp, QStringLiteral("Badge expiry dates")));
        file.close();

        QProcess node;
        node.start(QStringLiteral("node"), {QStringLiteral(SATCHEL_SOURCE_DIR "/tests/interop/check-ics.mjs"), path});
        QVERIFY(node.waitForFinished(60000));
        const QByteArray out = node.readAllStandardOutput();
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QVERIFY2(report.value(QStringLiteral("problems")).toArray().isEmpty(), out.constData());
        QCOMPARE(node.exitCode(), 0);
        const QJsonArray read = report.value(QStringLiteral("events")).toArray();
        QCOMPARE(read.size(), events.size());
        for (int i = 0; i < events.size(); ++i) {
            const QJsonObject event = read.at(i).toObject();
            const CalendarEvent &given = events.at(i);
            QCOMPARE(event.value(QStringLiteral("uid")).toString(), given.uid);
            QCOMPARE(event.value(QStringLiteral("summary")).toString(), given.summary);
            QCOMPARE(event.value(QStringLiteral("start")).toString(), given.date.toString(Qt::ISODate));
            QVERIFY(event.value(QStringLiteral("startIsDate")).toBool());
            QCOMPARE(event.value(QStringLiteral("end")).toString(), given.date.addDays(1).toString(Qt::ISODate));
            QCOMPARE(event.value(QStringLiteral("dtstamp")).toString(), QStringLiteral("2029-12-03T08:30:05Z"));
            const QJsonArray alarms = event.value(QStringLiteral("alarms")).toArray();
            QCOMPARE(alarms.size(), given.alarmDaysBefore > 0 ? 1 : 0);
            if (!alarms.isEmpty()) {
                QCOMPARE(alarms.at(0)[QStringLiteral("action")].toString(), QStringLiteral("DISPLAY"));
                QCOMPARE(alarms.at(0)[QStringLiteral("trigger")].toString(), QStringLiteral("-P30D"));
                QCOMPARE(alarms.at(0)[QStringLiteral("description")].toString(), given.alarmText);
            }
        }
        QCOMPARE(read.at(0)[QStringLiteral("description")].toString(), events.at(0).description);
        QCOMPARE(read.at(0)[QStringLiteral("url")].toString(), events.at(0).url.toString(QUrl::FullyEncoded));
        // What a TEXT value can carry: the CRLF came back as a line break, the tab as a space.
        QCOMPARE(read.at(1)[QStringLiteral("description")].toString(), QStringLiteral("Line one\nLine two with a tab"));
    }
};

QTEST_GUILESS_MAIN(TestIcsCalendarWriter)
#include "TestIcsCalendarWriter.moc"
