// Status list decoding and lookups against real lists (refvc, DCC, 1EdTech) and synthetic entries.
#include "verify/StatusListChecker.h"

#include "FakeFetcher.h"
#include "crypto/Base64Url.h"
#include "crypto/Inflate.h"
#include "crypto/Multibase.h"

#include <QDir>
#include <QTest>

using namespace Satchel;

namespace {

const QDateTime kNow(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
const QString kListUrl = QStringLiteral("http://127.0.0.1:18001/status/1");

QByteArray readFile(const QString &relative)
{
    QFile f(QStringLiteral(SATCHEL_FIXTURES_DIR "/") + relative);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QJsonObject entry(const QString &type, const QJsonValue &index, const QString &url = kListUrl,
                  const QString &purpose = QStringLiteral("revocation"))
{
    return {{"type", type}, {"statusPurpose", purpose}, {"statusListIndex", index}, {"statusListCredential", url}};
}

QJsonObject credentialWith(const QJsonValue &status)
{
    return {{"id", "urn:uuid:test"}, {"credentialStatus", status}};
}

} // namespace

class TestStatusListChecker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodeFixtures_data();
    void decodeFixtures();
    void refvcEntries_data();
    void refvcEntries();
    void statusList2021PlainBase64();
    void multiBitStatus();
    void purposeMismatch();
    void unavailableIsWarning();
    void oneEdTechRevocationList();
    void ob2RevocationList();
    void bombedListRefused();
};

void TestStatusListChecker::decodeFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<quint64>>("set");
    QTest::addColumn<QList<quint64>>("clear");
    const QDir dcc(QStringLiteral(SATCHEL_FIXTURES_DIR "/external/digitalcredentials-verifier-core/status"));
    for (const QString &f : dcc.entryList({"*.json"}, QDir::Files))
        QTest::newRow(qPrintable(f)) << "external/digitalcredentials-verifier-core/status/" + f
                                     << QList<quint64>{2, 6, 8} << QList<quint64>{0, 1, 3, 7, 9, 99999};
    QTest::newRow("refvc") << "refvc/served/status/1.json" << QList<quint64>{53, 404, 660, 63154}
                           << QList<quint64>{0, 52, 54, 32458, 131071};
    QTest::newRow("1edtech") << "external/1EdTech-digital-credentials-public-validator/ob30/bit-string-list/testlist.json"
                             << QList<quint64>{23} << QList<quint64>{22, 24, 0};
}

void TestStatusListChecker::decodeFixtures()
{
    QFETCH(QString, file);
    QFETCH(QList<quint64>, set);
    QFETCH(QList<quint64>, clear);
    const QJsonObject list = QJsonDocument::fromJson(readFile(file)).object();
    auto bits = StatusListChecker::decodeEncodedList(
        list.value("credentialSubject").toObject().value("encodedList").toString());
    QVERIFY(bits.ok());
    for (quint64 i : set)
        QCOMPARE(*StatusListChecker::statusAt(*bits, i), 1u);
    for (quint64 i : clear)
        QCOMPARE(*StatusListChecker::statusAt(*bits, i), 0u);
    auto outside = StatusListChecker::statusAt(*bits, quint64(bits->size()) * 8);
    QVERIFY(!outside.ok());
    QCOMPARE(outside.error().code, QStringLiteral("out-of-range"));
}

void TestStatusListChecker::refvcEntries_data()
{
    QTest::addColumn<QJsonValue>("index");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("active-32458-string") << QJsonValue("32458") << "pass";
    QTest::newRow("revoked-63154-string") << QJsonValue("63154") << "fail";
    QTest::newRow("revoked-63154-number") << QJsonValue(63154) << "fail";
    QTest::newRow("bit-53") << QJsonValue("53") << "fail";
    QTest::newRow("negative") << QJsonValue(-1) << "warn";
    QTest::newRow("fraction") << QJsonValue(1.5) << "warn";
    QTest::newRow("hex-string") << QJsonValue("0x10") << "warn";
    QTest::newRow("past-end") << QJsonValue("131072") << "warn";
}

void TestStatusListChecker::refvcEntries()
{
    QFETCH(QJsonValue, index);
    QFETCH(QString, outcome);
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    StatusListChecker checker(&fetcher, kNow);
    const auto checks = checker.checkCredential(credentialWith(entry("BitstringStatusListEntry", index)));
    QCOMPARE(checks.size(), 1);
    QCOMPARE(VerificationCheck::outcomeName(checks[0].outcome), outcome);
    QCOMPARE(checks[0].code, outcome == "warn" ? QStringLiteral("status-unavailable") : QStringLiteral("revoked"));
    QVERIFY(!checks[0].message.isEmpty());
}

void TestStatusListChecker::statusList2021PlainBase64()
{
    // StatusList2021: encodedList without the multibase 'u'.
    QByteArray bits(16384, '\0');
    bits[1] = char(0x40); // index 9
    const QString encoded = QString::fromLatin1(Base64Url::encode(Inflate::gzip(bits)));
    QVERIFY(!encoded.startsWith('u'));
    SatchelTest::FakeFetcher fetcher;
    const QJsonObject list{{"type", QJsonArray{"VerifiableCredential", "StatusList2021Credential"}},
                           {"credentialSubject", QJsonObject{{"statusPurpose", "revocation"}, {"encodedList", encoded}}}};
    fetcher.serve("https://example.org/sl", QJsonDocument(list).toJson());
    StatusListChecker checker(&fetcher, kNow);
    const QJsonArray entries{entry("StatusList2021Entry", "9", "https://example.org/sl"),
                             entry("StatusList2021Entry", "8", "https://example.org/sl")};
    const auto checks = checker.checkCredential(credentialWith(entries));
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks[0].outcome, CheckOutcome::Fail);
    QCOMPARE(checks[1].outcome, CheckOutcome::Pass);
    // The list was fetched once for both entries.
    QCOMPARE(fetcher.requested.size(), 1);
}

void TestStatusListChecker::multiBitStatus()
{
    const QByteArray bits = QByteArray::fromHex("1b"); // 00 01 10 11
    QCOMPARE(*StatusListChecker::statusAt(bits, 0, 2), 0u);
    QCOMPARE(*StatusListChecker::statusAt(bits, 1, 2), 1u);
    QCOMPARE(*StatusListChecker::statusAt(bits, 2, 2), 2u);
    QCOMPARE(*StatusListChecker::statusAt(bits, 3, 2), 3u);
    QVERIFY(!StatusListChecker::statusAt(bits, 4, 2).ok());
    QVERIFY(!StatusListChecker::statusAt(bits, 0, 9).ok());
}

void TestStatusListChecker::purposeMismatch()
{
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    StatusListChecker checker(&fetcher, kNow);
    const auto checks = checker.checkCredential(
        credentialWith(entry("BitstringStatusListEntry", "63154", kListUrl, "suspension")));
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks[0].code, QStringLiteral("status-unavailable"));
    QCOMPARE(checks[0].outcome, CheckOutcome::Warn);
}

void TestStatusListChecker::unavailableIsWarning()
{
    SatchelTest::FakeFetcher empty;
    StatusListChecker checker(&empty, kNow);
    auto checks = checker.checkCredential(credentialWith(entry("BitstringStatusListEntry", "1")));
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks[0].code, QStringLiteral("status-unavailable"));
    QCOMPARE(checks[0].outcome, CheckOutcome::Warn);

    StatusListChecker offline(nullptr, kNow);
    checks = offline.checkCredential(credentialWith(entry("BitstringStatusListEntry", "1")));
    QCOMPARE(checks[0].outcome, CheckOutcome::Warn);

    QVERIFY(checker.checkCredential(QJsonObject{{"id", "x"}}).isEmpty());
}

void TestStatusListChecker::oneEdTechRevocationList()
{
    SatchelTest::FakeFetcher fetcher;
    const QJsonObject list{{"revokedCredential", QJsonArray{QJsonObject{{"id", "urn:uuid:a"}},
                                                            QJsonObject{{"id", "urn:uuid:b"}, {"revoked", false}},
                                                            QJsonObject{{"id", "urn:uuid:c"}, {"revoked", true},
                                                                        {"revocationReason", "Mistake"}}}}};
    fetcher.serve("https://example.org/revocations", QJsonDocument(list).toJson());
    StatusListChecker checker(&fetcher, kNow);
    const QJsonObject status{{"id", "https://example.org/revocations"}, {"type", "1EdTechRevocationList"}};
    auto check = [&](const QString &id) {
        return checker.checkCredential(QJsonObject{{"id", id}, {"credentialStatus", status}}).value(0);
    };
    QCOMPARE(check("urn:uuid:a").outcome, CheckOutcome::Fail);
    QCOMPARE(check("urn:uuid:b").outcome, CheckOutcome::Pass);
    QCOMPARE(check("urn:uuid:c").outcome, CheckOutcome::Fail);
    QVERIFY(check("urn:uuid:c").message.contains("Mistake"));
    QCOMPARE(check("urn:uuid:d").outcome, CheckOutcome::Pass);
}

void TestStatusListChecker::ob2RevocationList()
{
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    StatusListChecker checker(&fetcher, kNow);
    const QString url = QStringLiteral("http://127.0.0.1:18001/ob2/revocations");
    auto object = checker.checkOb2RevocationList(url, "urn:uuid:d0af7e3d-81ee-4fc0-9e08-bd558c189de6");
    QCOMPARE(object.value(0).outcome, CheckOutcome::Fail);
    QVERIFY(object.value(0).message.contains("Academic misconduct"));
    QCOMPARE(checker.checkOb2RevocationList(url, "urn:uuid:f1228be4-58ab-452b-8cb0-356044fba419").value(0).outcome,
             CheckOutcome::Fail);
    QCOMPARE(checker.checkOb2RevocationList(url, "urn:uuid:other").value(0).outcome, CheckOutcome::Pass);
    QCOMPARE(checker.checkOb2RevocationList("http://nowhere/", "x").value(0).outcome, CheckOutcome::Warn);
}

void TestStatusListChecker::bombedListRefused()
{
    // A "status list" of 64 MiB of zeros: refused as too large, reported as unavailable.
    const QString encoded = QString::fromLatin1(
        Multibase::encode(Inflate::gzip(QByteArray(64 * 1024 * 1024, '\0')), Multibase::Base::Base64Url));
    auto decoded = StatusListChecker::decodeEncodedList(encoded);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, QStringLiteral("too-large"));
}

QTEST_GUILESS_MAIN(TestStatusListChecker)
#include "TestStatusListChecker.moc"
