// The VC-JWT and OB 2.0 signed verifiers against every refvc artefact of those formats, with the
// manifest's routes served by a fake fetcher; the expected verdict and reason code come from
// refvc/manifest.json.
#include "verify/Ob2SignedVerifier.h"
#include "verify/VcJwtVerifier.h"

#include "FakeFetcher.h"
#include "crypto/Base64Url.h"
#include "crypto/Jws.h"

#include <QTest>

using namespace Satchel;

namespace {

// Inside every refvc validity window (see manifest "timeAssumptions").
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

QByteArray readRefvc(const QString &relative)
{
    QFile f(QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/") + relative);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QString describe(const VerificationReport &report)
{
    return QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestRefvcVerifiers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void manifest_data();
    void manifest();
    void offlineKeyIsUnknown();
    void jwkHeaderIsSelfCertified();
    void forgedHeaders_data();
    void forgedHeaders();
    void keyUrlOnAnotherOrigin();
    void ob2KeyNotListedByIssuer();
    void ob2KeyOwnedBySomeoneElse();
};

void TestRefvcVerifiers::manifest_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("reasonCode");
    const QJsonArray files = QJsonDocument::fromJson(readRefvc("manifest.json")).object().value("files").toArray();
    int rows = 0;
    for (const auto &v : files) {
        const QJsonObject f = v.toObject();
        const QString format = f.value("format").toString();
        if (format != "ob3-vc-jwt" && format != "ob2-assertion-jws")
            continue;
        QTest::newRow(qPrintable(f.value("file").toString()))
            << f.value("file").toString() << format << f.value("expect").toString()
            << f.value("reasonCode").toString();
        ++rows;
    }
    QVERIFY(rows >= 14);
}

void TestRefvcVerifiers::manifest()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, expect);
    QFETCH(QString, reasonCode);
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    const QByteArray bytes = readRefvc(file);
    QVERIFY(!bytes.isEmpty());
    VerificationReport report;
    if (format == "ob3-vc-jwt")
        report = VcJwtVerifier(&fetcher, kNow).verify(bytes);
    else
        report = Ob2SignedVerifier(&fetcher, kNow).verify(bytes);
    QVERIFY(!report.credentialId.isEmpty());
    if (expect == "valid") {
        QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));
        QVERIFY(report.has("signature", CheckOutcome::Pass));
    } else {
        QVERIFY2(report.status() != VerificationStatus::Valid, qPrintable(describe(report)));
        QCOMPARE(report.reasonCode(), reasonCode);
    }
    for (const auto &check : report.checks)
        QVERIFY2(!check.message.isEmpty(), qPrintable(check.code));
}

void TestRefvcVerifiers::offlineKeyIsUnknown()
{
    // The kid URL cannot be fetched: the verdict is "unknown", not "invalid".
    VcJwtVerifier offline(nullptr, kNow);
    const VerificationReport report = offline.verify(readRefvc("ob3/jwt-rs256-kid-url.jwt"));
    QCOMPARE(report.status(), VerificationStatus::Unknown);
    QCOMPARE(report.reasonCode(), QStringLiteral("key-unresolvable"));
    // did:key needs no network at all.
    QCOMPARE(offline.verify(readRefvc("ob3/jwt-eddsa-didkey.jwt")).status(), VerificationStatus::Valid);
}

void TestRefvcVerifiers::jwkHeaderIsSelfCertified()
{
    VcJwtVerifier verifier(nullptr, kNow);
    const VerificationReport report = verifier.verify(readRefvc("ob3/jwt-rs256-jwk-header.jwt"));
    QCOMPARE(report.status(), VerificationStatus::Valid);
    QVERIFY(report.has("key-unresolvable", CheckOutcome::Warn));
}

void TestRefvcVerifiers::forgedHeaders_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("HS256") << "alg" << QJsonValue("HS256") << "signature";
    QTest::newRow("RS256-ed-key") << "alg" << QJsonValue("RS256") << "signature";
    QTest::newRow("none") << "alg" << QJsonValue("none") << "alg-none";
    QTest::newRow("jku") << "jku" << QJsonValue("https://evil.example/jwks") << "malformed";
    QTest::newRow("other-did") << "kid"
                               << QJsonValue("did:key:z6Mknm9bopBfySgDgxcQH38vTZSLyAphEmExCHrAZgSPcY54#"
                                             "z6Mknm9bopBfySgDgxcQH38vTZSLyAphEmExCHrAZgSPcY54")
                               << "issuer-mismatch";
    QTest::newRow("did-web-offline") << "kid" << QJsonValue("did:web:example.com#key-1") << "key-unresolvable";
    // A JWK served by some other site cannot speak for a did:key issuer.
    QTest::newRow("url-key-other-issuer") << "kid" << QJsonValue("http://127.0.0.1:18001/ob3/keys/rsa-1")
                                          << "issuer-mismatch";
}

void TestRefvcVerifiers::forgedHeaders()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    auto original = Jws::parse(readRefvc("ob3/jwt-eddsa-didkey.jwt"));
    QVERIFY(original.ok());
    QJsonObject header = original->header();
    header.insert(member, value);
    const QByteArray forged = Jws::assemble(header, original->payload(), original->signature());
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    const VerificationReport report = VcJwtVerifier(&fetcher, kNow).verify(forged);
    QVERIFY(report.status() != VerificationStatus::Valid);
    QCOMPARE(report.reasonCode(), reason);
}

void TestRefvcVerifiers::keyUrlOnAnotherOrigin()
{
    // The same RS256 JWT, with its key served from a different host than the issuer's.
    auto original = Jws::parse(readRefvc("ob3/jwt-rs256-kid-url.jwt"));
    QVERIFY(original.ok());
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    const QString evil = QStringLiteral("http://evil.example/keys/rsa-1");
    fetcher.serve(evil, fetcher.documents.value(QStringLiteral("http://127.0.0.1:18001/ob3/keys/rsa-1")).body);
    QJsonObject header = original->header();
    header.insert("kid", evil);
    // The signature no longer matches the changed header, but ownership is decided first.
    const VerificationReport report =
        VcJwtVerifier(&fetcher, kNow).verify(Jws::assemble(header, original->payload(), original->signature()));
    QCOMPARE(report.reasonCode(), QStringLiteral("issuer-mismatch"));
}

void TestRefvcVerifiers::ob2KeyNotListedByIssuer()
{
    // The issuer profile no longer lists the key named by verification.creator.
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    const QString issuerUrl = QStringLiteral("http://127.0.0.1:18001/ob2/issuer");
    QJsonObject issuer = QJsonDocument::fromJson(fetcher.documents.value(issuerUrl).body).object();
    issuer.insert("publicKey", "http://127.0.0.1:18001/ob2/keys/2");
    fetcher.serve(issuerUrl, QJsonDocument(issuer).toJson());
    const VerificationReport report = Ob2SignedVerifier(&fetcher, kNow).verify(readRefvc("ob2/signed-valid.jws"));
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    QCOMPARE(report.reasonCode(), QStringLiteral("key-unresolvable"));
}

void TestRefvcVerifiers::ob2KeyOwnedBySomeoneElse()
{
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    const QString keyUrl = QStringLiteral("http://127.0.0.1:18001/ob2/keys/1");
    QJsonObject key = QJsonDocument::fromJson(fetcher.documents.value(keyUrl).body).object();
    key.insert("owner", "https://evil.example/issuer");
    fetcher.serve(keyUrl, QJsonDocument(key).toJson());
    const VerificationReport report = Ob2SignedVerifier(&fetcher, kNow).verify(readRefvc("ob2/signed-valid.jws"));
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    QCOMPARE(report.reasonCode(), QStringLiteral("key-unresolvable"));

    // And with the revocation list unreachable, a valid badge stays valid with a warning.
    auto noList = SatchelTest::FakeFetcher::refvc();
    noList.documents.remove(QStringLiteral("http://127.0.0.1:18001/ob2/revocations"));
    const VerificationReport warned = Ob2SignedVerifier(&noList, kNow).verify(readRefvc("ob2/signed-valid.jws"));
    QCOMPARE(warned.status(), VerificationStatus::Valid);
    QVERIFY(warned.has("status-unavailable", CheckOutcome::Warn));
}

QTEST_GUILESS_MAIN(TestRefvcVerifiers)
#include "TestRefvcVerifiers.moc"
