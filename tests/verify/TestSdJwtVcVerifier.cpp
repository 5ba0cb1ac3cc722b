// SD-JWT VC verification against RFC 9901's own examples (tests/data/sdjwt, see SOURCES there),
// signed by the RFC's issuer key, which a fake fetcher serves as JWT VC Issuer Metadata; then the
// same examples tampered with in each way the checks exist for, each failing with its code.
#include "crypto/Base64Url.h"
#include "crypto/Jws.h"
#include "verify/JwtVcIssuerKeys.h"
#include "verify/SdJwtVcVerifier.h"

#include "FakeFetcher.h"
#include "ReportLookup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Satchel;
using SatchelTest::FakeFetcher;
using SatchelTest::describe;
using SatchelTest::outcomeOf;

namespace {

QByteArray dataFile(const QString &name)
{
    QFile file(QStringLiteral(SATCHEL_TEST_DATA_DIR "/sdjwt/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

// 2026-01-01: after the KB-JWTs' iat (2025-05-29), before the credentials' exp (2029-09-01).
const QDateTime kNow = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

FakeFetcher issuerMetadata(const QString &issuer, const QString &claimedIssuer = {})
{
    FakeFetcher fetcher;
    const QJsonObject jwk = QJsonDocument::fromJson(dataFile(QStringLiteral("issuer-key.jwk.json"))).object();
    const QJsonObject metadata{{QStringLiteral("issuer"), claimedIssuer.isEmpty() ? issuer : claimedIssuer},
                               {QStringLiteral("jwks"), QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}}}};
    fetcher.serve(JwtVcIssuerKeys::metadataUrl(issuer), QJsonDocument(metadata).toJson());
    return fetcher;
}

// The issuer JWT's payload text, edited, put back with the old signature.
QByteArray withPayloadEdited(const QByteArray &serialization, const QByteArray &from, const QByteArray &to)
{
    const qsizetype tilde = serialization.indexOf('~');
    const QList<QByteArray> parts = serialization.first(tilde).split('.');
    QByteArray payload = *Base64Url::decode(parts.at(1));
    payload.replace(from, to);
    return parts.at(0) + '.' + Base64Url::encode(payload) + '.' + parts.at(2) + serialization.sliced(tilde);
}

using Edit = std::function<QByteArray(QByteArray)>;

const QString kRfcIssuer = QStringLiteral("https://issuer.example.com");
const QString kPidIssuer = QStringLiteral("https://pid-issuer.bund.de.example");

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestSdJwtVcVerifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metadataUrl()
    {
        QCOMPARE(JwtVcIssuerKeys::metadataUrl(QStringLiteral("https://example.com")),
                 QStringLiteral("https://example.com/.well-known/jwt-vc-issuer"));
        QCOMPARE(JwtVcIssuerKeys::metadataUrl(QStringLiteral("https://example.com/tenant/1234")),
                 QStringLiteral("https://example.com/.well-known/jwt-vc-issuer/tenant/1234"));
        QCOMPARE(JwtVcIssuerKeys::metadataUrl(QStringLiteral("http://example.com")), QString());
        QCOMPARE(JwtVcIssuerKeys::metadataUrl(QStringLiteral("did:web:example.com")), QString());
    }

    void rfcExamplesAreValid_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<bool>("vcType");
        QTest::addColumn<QString>("expectedClaims");
        QTest::addColumn<bool>("keyBinding");
        QTest::newRow("§5.1 issued") << "rfc9901-5.1-issued.txt" << kRfcIssuer << false << "rfc9901-5.1-claims.json" << false;
        QTest::newRow("§5.2 presented") << "rfc9901-5.2-presentation.txt" << kRfcIssuer << false << "rfc9901-5.2-claims.json" << true;
        QTest::newRow("A.3 issued") << "rfc9901-A.3-issued.txt" << kPidIssuer << true << "rfc9901-A.3-claims.json" << false;
        QTest::newRow("A.3 presented") << "rfc9901-A.3-presentation.txt" << kPidIssuer << true
                                       << "rfc9901-A.3-presentation-claims.json" << true;
    }

    void rfcExamplesAreValid()
    {
        QFETCH(QString, file);
        QFETCH(QString, issuer);
        QFETCH(bool, vcType);
        QFETCH(QString, expectedClaims);
        QFETCH(bool, keyBinding);
        FakeFetcher fetcher = issuerMetadata(issuer);
        SdJwtVcVerifier verifier(&fetcher, kNow);
        verifier.setRequireVcType(vcType);
        const VerificationReport report = verifier.verify(dataFile(file));
        QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));
        QCOMPARE(outcomeOf(report, QStringLiteral("signature")), CheckOutcome::Pass);
        QCOMPARE(outcomeOf(report, QStringLiteral("key-unresolvable")), CheckOutcome::Pass);
        QCOMPARE(outcomeOf(report, QStringLiteral("disclosures")), CheckOutcome::Pass);
        QCOMPARE(outcomeOf(report, QStringLiteral("key-binding")), keyBinding ? CheckOutcome::Pass : CheckOutcome::Skip);
        QCOMPARE(verifier.claims(), QJsonDocument::fromJson(dataFile(expectedClaims)).object());
        QCOMPARE(fetcher.requested, QStringList{JwtVcIssuerKeys::metadataUrl(issuer)});
        if (keyBinding) {
            const QString message = report.toJson().value(QLatin1String("checks")).toArray().last().toObject()
                                        .value(QLatin1String("message")).toString();
            QVERIFY2(message.contains(QStringLiteral("1234567890")) && message.contains(QStringLiteral("https://verifier.example.org")),
                     qPrintable(message));
        }
    }

    void plainSdJwtIsNoVc()
    {
        FakeFetcher fetcher = issuerMetadata(kRfcIssuer);
        const VerificationReport report = SdJwtVcVerifier(&fetcher, kNow).verify(dataFile(QStringLiteral("rfc9901-5.1-issued.txt")));
        QCOMPARE(report.status(), VerificationStatus::Invalid);
        QCOMPARE(report.reasonCode(), QStringLiteral("malformed"));
    }

    void offlineKeyIsUnknown()
    {
        const VerificationReport report = SdJwtVcVerifier(nullptr, kNow).verify(dataFile(QStringLiteral("rfc9901-A.3-issued.txt")));
        QCOMPARE(report.status(), VerificationStatus::Unknown);
        QCOMPARE(outcomeOf(report, QStringLiteral("key-unresolvable")), CheckOutcome::Unknown);
        QVERIFY2(describe(report).contains(QStringLiteral("not checked offline")), qPrintable(describe(report)));
        QCOMPARE(outcomeOf(report, QStringLiteral("disclosures")), CheckOutcome::Pass);
        // What needs no network is still checked: a broken disclosure is invalid offline too.
        QByteArray changed = dataFile(QStringLiteral("rfc9901-A.3-issued.txt"));
        changed.replace(Base64Url::encode(R"(["2GLC42sKQveCfGfryNRN9w", "given_name", "Erika"])"),
                        Base64Url::encode(R"(["2GLC42sKQveCfGfryNRN9w", "given_name", "Erica"])"));
        const VerificationReport broken = SdJwtVcVerifier(nullptr, kNow).verify(changed);
        QCOMPARE(broken.status(), VerificationStatus::Invalid);
        QCOMPARE(broken.reasonCode(), QStringLiteral("disclosures"));
    }

    void tampered_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("claimedIssuer");
        const QString issued = QStringLiteral("rfc9901-A.3-issued.txt");
        const QString presented = QStringLiteral("rfc9901-A.3-presentation.txt");
        const Edit none = [](QByteArray s) { return s; };
        // given_name's Disclosure with "Erika" changed to "Erica", same salt.
        QTest::newRow("changed disclosure") << issued << Edit([](QByteArray s) {
            const QByteArray original = Base64Url::encode(R"(["2GLC42sKQveCfGfryNRN9w", "given_name", "Erika"])");
            const QByteArray changed = Base64Url::encode(R"(["2GLC42sKQveCfGfryNRN9w", "given_name", "Erica"])");
            return s.replace(original, changed);
        }) << kNow << "disclosures" << QString();
        QTest::newRow("removed digest") << issued << Edit([](QByteArray s) {
            return withPayloadEdited(s, "\"0HZmnSIPz337kSWe7C34l--88gzJi-eBJ2Vz_HJwATg\", ", "");
        }) << kNow << "signature" << QString();
        QTest::newRow("wrong signature") << issued << Edit([](QByteArray s) {
            const qsizetype at = s.indexOf('~') - 5;
            s[at] = s[at] == 'A' ? 'B' : 'A';
            return s;
        }) << kNow << "signature" << QString();
        QTest::newRow("expired") << issued << none << QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC) << "expired" << QString();
        // One Disclosure left out after the holder signed: sd_hash no longer covers what is presented.
        QTest::newRow("kb-jwt sd_hash") << presented << Edit([](QByteArray s) {
            QList<QByteArray> parts = s.split('~');
            parts.removeAt(2);
            return parts.join('~');
        }) << kNow << "key-binding" << QString();
        QTest::newRow("kb-jwt typ") << presented << Edit([](QByteArray s) {
            const QByteArray kbHeader = "eyJhbGciOiAiRVMyNTYiLCAidHlwIjogImtiK2p3dCJ9";
            return s.replace(kbHeader, Base64Url::encode(R"({"alg": "ES256", "typ": "JWT"})"));
        }) << kNow << "key-binding" << QString();
        QTest::newRow("kb-jwt in the future") << presented << none
            << QDateTime::fromSecsSinceEpoch(1748537244 - 3600, Qt::UTC) << "key-binding" << QString();
        QTest::newRow("metadata of another issuer") << issued << none << kNow << "issuer-mismatch"
                                                    << QStringLiteral("https://elsewhere.example");
        QTest::newRow("alg none") << issued << Edit([](QByteArray s) {
            return s.replace("eyJhbGciOiAiRVMyNTYiLCAidHlwIjogImRjK3NkLWp3dCJ9",
                             Base64Url::encode(R"({"alg": "none", "typ": "dc+sd-jwt"})"));
        }) << kNow << "alg-none" << QString();
    }

    void tampered()
    {
        QFETCH(QString, file);
        QFETCH(Edit, edit);
        QFETCH(QDateTime, now);
        QFETCH(QString, code);
        QFETCH(QString, claimedIssuer);
        const QByteArray original = dataFile(file);
        const QByteArray changed = edit(original);
        QVERIFY(changed != original || now != kNow || !claimedIssuer.isEmpty());
        const QString issuer = file.contains(QLatin1String("A.3")) ? kPidIssuer : kRfcIssuer;
        FakeFetcher fetcher = issuerMetadata(issuer, claimedIssuer);
        const VerificationReport report = SdJwtVcVerifier(&fetcher, now).verify(changed);
        QVERIFY2(report.status() != VerificationStatus::Valid, qPrintable(describe(report)));
        QCOMPARE(report.reasonCode(), code);
        QCOMPARE(outcomeOf(report, code), CheckOutcome::Fail);
    }
};

QTEST_GUILESS_MAIN(TestSdJwtVcVerifier)
#include "TestSdJwtVcVerifier.moc"
