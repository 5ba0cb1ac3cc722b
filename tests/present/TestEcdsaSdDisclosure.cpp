// Selective disclosure with ecdsa-sd-2023: from the issuer's base proof (a credential made by the
// published library, fixtures/published-suites), Satchel derives copies that disclose only chosen
// fields; they verify (with Satchel here, and with the published library in
// VerifyPublishedSuitesInterop), hide what was not chosen, and fail once edited. Also the JSON
// pointer selection the derivation rests on.
#include "present/EcdsaSdDisclosure.h"
#include "jsonld/JsonPointerSelection.h"
#include "verify/DataIntegrityVerifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "EcdsaSdFixture.h"

using namespace Satchel;
using SatchelTest::readFixture;

namespace {

const QDateTime &kNow = SatchelTest::kEcdsaSdNow;
const auto baseCredential = SatchelTest::ecdsaSdBaseCredential;

QString describe(const VerificationReport &report)
{
    return QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestEcdsaSdDisclosure : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void disclosesOnlyWhatWasChosen_data();
    void disclosesOnlyWhatWasChosen();
    void editedDisclosureFails();
    void refusals();
    void pointerSelection();
};

void TestEcdsaSdDisclosure::disclosesOnlyWhatWasChosen_data()
{
    QTest::addColumn<QStringList>("pointers");
    QTest::addColumn<QStringList>("hidden"); // achievement members that must be absent
    QTest::newRow("mandatory only") << QStringList() << QStringList{"name", "description", "criteria"};
    QTest::newRow("achievement name") << QStringList{"/credentialSubject/achievement/name"}
                                      << QStringList{"description", "criteria"};
    QTest::newRow("name and criteria") << QStringList{"/credentialSubject/achievement/name",
                                                      "/credentialSubject/achievement/criteria"}
                                       << QStringList{"description"};
    QTest::newRow("whole subject") << QStringList{"/credentialSubject"} << QStringList();
}

void TestEcdsaSdDisclosure::disclosesOnlyWhatWasChosen()
{
    QFETCH(QStringList, pointers);
    QFETCH(QStringList, hidden);
    auto derived = EcdsaSdDisclosure::derive(baseCredential(), pointers);
    QVERIFY2(derived.ok(), qPrintable(derived.ok() ? QString() : derived.error().message));

    const VerificationReport report = DataIntegrityVerifier(nullptr, kNow).verify(*derived);
    QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));

    const QJsonObject credential = QJsonDocument::fromJson(*derived).object();
    // What the issuer made mandatory is always there.
    QVERIFY(credential.value("issuer").toObject().value("id").toString().startsWith("did:key:zDn"));
    QCOMPARE(credential.value("validFrom").toString(), QStringLiteral("2024-01-01T00:00:00Z"));
    QVERIFY(!credential.contains("name")); // the credential's own name was not chosen
    const QJsonObject achievement =
        credential.value("credentialSubject").toObject().value("achievement").toObject();
    QCOMPARE(achievement.value("id").toString(), QStringLiteral("https://college.example/achievements/welding-101"));
    for (const QString &member : hidden)
        QVERIFY2(!achievement.contains(member), qPrintable(member));
    if (!hidden.contains("name"))
        QCOMPARE(achievement.value("name").toString(), QStringLiteral("Welding Fundamentals"));
    QVERIFY(credential.value("proof").toObject().value("proofValue").toString().startsWith("u2V0B"));
}

void TestEcdsaSdDisclosure::editedDisclosureFails()
{
    auto derived = EcdsaSdDisclosure::derive(baseCredential(), {"/credentialSubject/achievement/name"});
    QVERIFY(derived.ok());
    QByteArray edited = *derived;
    QVERIFY(edited.contains("\"Welding Fundamentals\""));
    edited.replace("\"Welding Fundamentals\"", "\"Welding Mastery\"");
    const VerificationReport report = DataIntegrityVerifier(nullptr, kNow).verify(edited);
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    QCOMPARE(report.reasonCode(), QStringLiteral("signature"));
}

void TestEcdsaSdDisclosure::refusals()
{
    auto wrongPointer = EcdsaSdDisclosure::derive(baseCredential(), {"/credentialSubject/achievement/nope"});
    QVERIFY(!wrongPointer.ok());
    QCOMPARE(wrongPointer.error().code, QStringLiteral("pointer"));

    auto notSd = EcdsaSdDisclosure::derive(readFixture("published-suites/ecdsa-rdfc-2019-p-256.json"), {});
    QVERIFY(!notSd.ok());
    QCOMPARE(notSd.error().code, QStringLiteral("not-derivable"));

    // A derived copy cannot be derived from again: its proof is no base proof.
    auto derived = EcdsaSdDisclosure::derive(baseCredential(), {"/credentialSubject/achievement/name"});
    QVERIFY(derived.ok());
    auto again = EcdsaSdDisclosure::derive(*derived, {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("not-derivable"));
}

void TestEcdsaSdDisclosure::pointerSelection()
{
    auto document = JsonValue::parse(R"({"@context":["c"],"id":"urn:x","type":"T",
        "list":[{"id":"_:b0","type":"A","a":1,"b":2},{"type":"B","c":3},{"d":4}],
        "a/b":{"m~n":5,"other":6}})");
    QVERIFY(document.ok());
    auto selected = JsonPointerSelection::select(*document, {"/list/1/c", "/a~1b/m~0n", "/list/0/a"});
    QVERIFY(selected.ok());
    QCOMPARE(QString::fromUtf8(selected->toCanonicalJson()),
             QStringLiteral(R"({"@context":["c"],"a/b":{"m~n":5},"id":"urn:x","list":[{"a":1,"type":"A"},)"
                            R"({"c":3,"type":"B"}],"type":"T"})"));
    auto whole = JsonPointerSelection::select(*document, {""});
    QVERIFY(whole.ok());
    QVERIFY(*whole == *document);
    for (const char *bad : {"list", "/list/3", "/list/x", "/missing", "/list/0/a/deeper", "/a~2b"}) {
        auto refused = JsonPointerSelection::select(*document, {QString::fromLatin1(bad)});
        QVERIFY2(!refused.ok(), bad);
        QCOMPARE(refused.error().code, QStringLiteral("pointer"));
    }
}

QTEST_GUILESS_MAIN(TestEcdsaSdDisclosure)
#include "TestEcdsaSdDisclosure.moc"
