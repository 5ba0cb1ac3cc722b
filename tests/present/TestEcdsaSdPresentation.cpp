// Presenting a credential with an ecdsa-sd-2023 base proof (made by the published library,
// fixtures/published-suites): the JSON pointers a DCQL query's claims paths become, what consent
// lists, and the derived copy the verifier gets: exactly the issuer's mandatory fields and those
// asked for, with a proof that verifies; the whole credential (still derived) when nothing is chosen.
#include "present/CredentialMatcher.h"
#include "present/EcdsaSdPresentation.h"
#include "verify/DataIntegrityVerifier.h"

#include <QJsonDocument>
#include <QTest>

#include "EcdsaSdFixture.h"

using namespace Satchel;
using SatchelTest::readFixture;

namespace {

const QDateTime &kNow = SatchelTest::kEcdsaSdNow;
const auto baseCredential = SatchelTest::ecdsaSdBaseCredential;

QList<QJsonArray> paths(const char *json)
{
    QList<QJsonArray> out;
    for (const QJsonValue &path : QJsonDocument::fromJson(json).array())
        out.append(path.toArray());
    return out;
}

RequestedCredential dcql(const char *claimPaths)
{
    RequestedCredential query;
    query.id = QStringLiteral("badge");
    query.formats = QStringList{QStringLiteral("ldp_vc")};
    for (const QJsonArray &path : paths(claimPaths))
        query.claims.append(ClaimConstraint{{}, {path}, {}, {}, false});
    return query;
}

QJsonObject withoutProof(const QByteArray &json)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.remove(QStringLiteral("proof"));
    return object;
}

} // namespace

class TestEcdsaSdPresentation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pointersForClaimsPaths_data();
    void pointersForClaimsPaths();
    void derivedHoldsMandatoryAndRequested();
    void wholeCredentialWithoutClaims();
    void consentListsTheDisclosedFields();
    void whatAVerifierIsSent();
};

void TestEcdsaSdPresentation::pointersForClaimsPaths_data()
{
    QTest::addColumn<QByteArray>("claimPaths");
    QTest::addColumn<QStringList>("pointers");
    QTest::addColumn<QStringList>("described");
    QTest::newRow("one field") << QByteArray(R"([["credentialSubject","achievement","name"]])")
                               << QStringList{"/credentialSubject/achievement/name"}
                               << QStringList{"credentialSubject.achievement.name"};
    QTest::newRow("every element") << QByteArray(R"([["type",null]])") << QStringList{"/type/0", "/type/1"}
                                   << QStringList{"type[0]", "type[1]"};
    QTest::newRow("index") << QByteArray(R"([["credentialSubject","achievement","type",0]])")
                           << QStringList{"/credentialSubject/achievement/type/0"}
                           << QStringList{"credentialSubject.achievement.type[0]"};
    QTest::newRow("object, repeats once")
        << QByteArray(R"([["credentialSubject","achievement","criteria"],["issuer","name"],)"
                      R"(["credentialSubject","achievement","criteria"]])")
        << QStringList{"/credentialSubject/achievement/criteria", "/issuer/name"}
        << QStringList{"credentialSubject.achievement.criteria", "issuer.name"};
    QTest::newRow("VC-JWT style") << QByteArray(R"([["vc","name"]])") << QStringList{"/name"} << QStringList{"name"};
    QTest::newRow("nothing there") << QByteArray(R"([["credentialSubject","nope"],["name",0],["proof"]])")
                                   << QStringList() << QStringList();
}

void TestEcdsaSdPresentation::pointersForClaimsPaths()
{
    QFETCH(QByteArray, claimPaths);
    QFETCH(QStringList, pointers);
    QFETCH(QStringList, described);
    const QJsonObject credential = QJsonDocument::fromJson(baseCredential()).object();
    QVERIFY(EcdsaSdPresentation::hasBaseProof(credential));
    const auto selection = EcdsaSdPresentation::select(credential, paths(claimPaths.constData()));
    QCOMPARE(selection.pointers, pointers);
    const RequestedCredential query = dcql(claimPaths.constData());
    QCOMPARE(EcdsaSdPresentation::pointers(credential, query, QueryLanguage::Dcql), pointers);
    QCOMPARE(EcdsaSdPresentation::disclosedClaims(credential, query), described);
}

void TestEcdsaSdPresentation::derivedHoldsMandatoryAndRequested()
{
    // Mandatory (the issuer's): /issuer, /validFrom, /credentialSubject/achievement/id.
    const RequestedCredential query = dcql(R"([["credentialSubject","achievement","name"],["type",null]])");
    auto derived = EcdsaSdPresentation::derive(baseCredential(), query, QueryLanguage::Dcql);
    QVERIFY2(derived.ok(), qPrintable(derived.ok() ? QString() : derived.error().message));
    const VerificationReport report = DataIntegrityVerifier(nullptr, kNow).verify(*derived);
    QVERIFY(report.status() == VerificationStatus::Valid);
    QVERIFY(QJsonDocument::fromJson(*derived)["proof"]["proofValue"].toString().startsWith("u2V0B"));
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:6f3c1c5e-6f0e-4a51-9a49-0c1d7e2f5b10",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "did:key:zDnaeaUDPKFcwPiaymc2Vo8ARn9a2ArkgAYHAgNMN1uPU74D8", "type": ["Profile"],
                   "name": "Example Community College"},
        "validFrom": "2024-01-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:learner-4711", "type": ["AchievementSubject"],
            "achievement": {"id": "https://college.example/achievements/welding-101", "type": ["Achievement"],
                            "name": "Welding Fundamentals"}}})").object();
    QCOMPARE(withoutProof(*derived), expected);
}

void TestEcdsaSdPresentation::wholeCredentialWithoutClaims()
{
    // DCQL without claims, and Presentation Exchange: the whole credential, under a derived proof.
    RequestedCredential constrained = dcql(R"([["credentialSubject","achievement","name"]])");
    for (const auto &[query, language] : {std::pair{dcql("[]"), QueryLanguage::Dcql},
                                          std::pair{constrained, QueryLanguage::PresentationExchange}}) {
        QVERIFY(!EcdsaSdPresentation::isSelective(query, language));
        auto derived = EcdsaSdPresentation::derive(baseCredential(), query, language);
        QVERIFY2(derived.ok(), qPrintable(derived.ok() ? QString() : derived.error().message));
        QCOMPARE(withoutProof(*derived), withoutProof(baseCredential()));
        QVERIFY(QJsonDocument::fromJson(*derived)["proof"]["proofValue"].toString().startsWith("u2V0B"));
        QVERIFY(DataIntegrityVerifier(nullptr, kNow).verify(*derived).status() == VerificationStatus::Valid);
    }
}

void TestEcdsaSdPresentation::consentListsTheDisclosedFields()
{
    const WalletCandidate sd = CredentialMatcher::candidateFrom(1, CredentialFormat::Ob3Json, baseCredential());
    const RequestedCredential query = dcql(R"([["credentialSubject","achievement","name"]])");
    const CandidateVerdict verdict = CredentialMatcher::judge(query, QueryLanguage::Dcql, sd, kNow);
    QVERIFY(verdict.matches());
    QVERIFY(verdict.selective);
    QCOMPARE(verdict.disclosed, QStringList{"credentialSubject.achievement.name"});
    // Asked for whole, or not an ecdsa-sd base proof: sent whole, listed as such.
    QVERIFY(!CredentialMatcher::judge(dcql("[]"), QueryLanguage::Dcql, sd, kNow).selective);
    const WalletCandidate plain = CredentialMatcher::candidateFrom(
        2, CredentialFormat::Ob3Json, readFixture(QStringLiteral("published-suites/ecdsa-rdfc-2019-p-256.json")));
    const CandidateVerdict whole = CredentialMatcher::judge(query, QueryLanguage::Dcql, plain, kNow);
    QVERIFY(whole.matches());
    QVERIFY(!whole.selective);
}

// Whatever the protocol asks (VC-API's QueryByExample included), a verifier is sent a derived copy
// of a base-proof credential, never the base proof; any other credential goes as stored.
void TestEcdsaSdPresentation::whatAVerifierIsSent()
{
    for (const QueryLanguage language : {QueryLanguage::Dcql, QueryLanguage::QueryByExample}) {
        auto sent = EcdsaSdPresentation::forVerifier(baseCredential(), RequestedCredential{}, language);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
        QVERIFY(*sent != baseCredential());
        QCOMPARE(withoutProof(*sent), withoutProof(baseCredential()));
        QVERIFY(!EcdsaSdPresentation::hasBaseProof(QJsonDocument::fromJson(*sent).object()));
        QVERIFY(DataIntegrityVerifier(nullptr, kNow).verify(*sent).status() == VerificationStatus::Valid);
    }
    const QByteArray other = readFixture(QStringLiteral("published-suites/ecdsa-rdfc-2019-p-256.json"));
    auto unchanged = EcdsaSdPresentation::forVerifier(other, RequestedCredential{}, QueryLanguage::QueryByExample);
    QVERIFY(unchanged.ok());
    QCOMPARE(*unchanged, other);
}

QTEST_GUILESS_MAIN(TestEcdsaSdPresentation)
#include "TestEcdsaSdPresentation.moc"
