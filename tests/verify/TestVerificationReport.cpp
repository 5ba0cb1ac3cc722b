// Status derivation and JSON shape of verification reports.
#include "verify/VerificationReport.h"

#include <QJsonArray>
#include <QTest>

using namespace Satchel;

Q_DECLARE_METATYPE(CheckOutcome)

class TestVerificationReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void status_data();
    void status();
    void toJson();
};

void TestVerificationReport::status_data()
{
    QTest::addColumn<QStringList>("checks"); // "code:outcome"
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QStringList{} << "valid" << "";
    QTest::newRow("all-pass") << QStringList{"signature:pass", "revoked:pass"} << "valid" << "";
    QTest::newRow("warn-only") << QStringList{"signature:pass", "status-unavailable:warn"} << "valid" << "";
    QTest::newRow("skip") << QStringList{"signature:pass", "status:skip"} << "valid" << "";
    QTest::newRow("unknown") << QStringList{"key-unresolvable:unknown"} << "unknown" << "key-unresolvable";
    QTest::newRow("not-yet-valid") << QStringList{"signature:pass", "not-yet-valid:fail", "key-unresolvable:unknown"}
                                   << "not-yet-valid" << "not-yet-valid";
    QTest::newRow("expired-beats-nyv") << QStringList{"not-yet-valid:fail", "expired:fail"} << "expired" << "expired";
    QTest::newRow("revoked-beats-expired") << QStringList{"expired:fail", "revoked:fail"} << "revoked" << "revoked";
    QTest::newRow("invalid-beats-all") << QStringList{"revoked:fail", "signature:fail", "expired:fail"} << "invalid"
                                       << "signature";
    QTest::newRow("any-other-fail") << QStringList{"data-loss:fail"} << "invalid" << "data-loss";
    QTest::newRow("passing-revoked-check") << QStringList{"revoked:pass", "expired:pass"} << "valid" << "";
}

void TestVerificationReport::status()
{
    QFETCH(QStringList, checks);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    VerificationReport report;
    for (const QString &c : checks) {
        const QStringList parts = c.split(':');
        report.add(parts[0], *VerificationCheck::outcomeFromName(parts[1]), QStringLiteral("m"));
    }
    QCOMPARE(VerificationReport::statusName(report.status()), status);
    QCOMPARE(report.reasonCode(), reason);
    QVERIFY(!VerificationReport::statusLabel(report.status()).isEmpty());
}

void TestVerificationReport::toJson()
{
    VerificationReport report;
    report.credentialId = QStringLiteral("urn:uuid:1");
    report.checkedAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    report.add(QStringLiteral("signature"), CheckOutcome::Pass, QStringLiteral("ok"));
    report.add(QStringLiteral("revoked"), CheckOutcome::Fail, QStringLiteral("listed"));
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value("id").toString(), QStringLiteral("urn:uuid:1"));
    QCOMPARE(json.value("status").toString(), QStringLiteral("revoked"));
    QCOMPARE(json.value("checkedAt").toString(), QStringLiteral("2025-01-02T03:04:05Z"));
    QCOMPARE(json.value("language").toString(), QStringLiteral("en")); // no translation installed
    const QJsonArray checks = json.value("checks").toArray();
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks[1].toObject(), (QJsonObject{{"code", "revoked"}, {"outcome", "fail"}, {"message", "listed"}}));
}

QTEST_GUILESS_MAIN(TestVerificationReport)
#include "TestVerificationReport.moc"
