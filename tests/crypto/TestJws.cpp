// Compact JWS parsing and verification with the refvc VC-JWTs and the 1EdTech OB 2.0 RS256 fixture.
#include "crypto/Base64Url.h"
#include "crypto/Jws.h"
#include "crypto/DidResolver.h"
#include "crypto/PublicKey.h"

#include "FixtureFiles.h"

#include <QJsonArray>
#include <QTest>

using namespace Satchel;

namespace {

const QList<SignatureAlgorithm> kAll = {SignatureAlgorithm::EdDSA, SignatureAlgorithm::RS256,
                                        SignatureAlgorithm::ES256};

QJsonObject issuers()
{
    return SatchelTest::readJsonFixture("refvc/manifest.json").value("issuers").toObject();
}

PublicKey keyFor(const QString &issuerName)
{
    const QJsonObject issuer = issuers().value(issuerName).toObject();
    if (issuer.contains("publicKeyPem"))
        return *PublicKey::fromPem(issuer.value("publicKeyPem").toString().toLatin1());
    if (issuer.contains("publicJwk"))
        return *PublicKey::fromJwk(issuer.value("publicJwk").toObject());
    return DidResolver::resolveLocal(issuer.value("did").toString())->key;
}

} // namespace

class TestJws : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refvc_data();
    void refvc();
    void keyFromHeader();
    void ob2Fixture();
    void algorithmConfusion_data();
    void algorithmConfusion();
    void parseRejects_data();
    void parseRejects();
    void sizeBounds();
    void looksLike_data();
    void looksLike();
    void structureLeavesHeaderRulesToVerification();
};

void TestJws::refvc_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("code"); // empty = verifies
    QTest::newRow("eddsa-didkey") << "jwt-eddsa-didkey.jwt" << "ob3DidKey" << "EdDSA" << "";
    QTest::newRow("eddsa-legacy") << "jwt-eddsa-legacy-vc-claim.jwt" << "ob3DidKey" << "EdDSA" << "";
    QTest::newRow("es256-didjwk") << "jwt-es256-didjwk.jwt" << "ob3DidJwkEs256" << "ES256" << "";
    QTest::newRow("rs256-jwk") << "jwt-rs256-jwk-header.jwt" << "ob3Rs256" << "RS256" << "";
    QTest::newRow("rs256-kid") << "jwt-rs256-kid-url.jwt" << "ob3Rs256" << "RS256" << "";
    // Signature-level validity only: expiry and claims are the verifier's job.
    QTest::newRow("expired-but-signed") << "jwt-invalid-expired.jwt" << "ob3DidKey" << "EdDSA" << "";
    QTest::newRow("alg-none") << "jwt-invalid-alg-none.jwt" << "ob3DidKey" << "none" << "alg-none";
    QTest::newRow("bitflip") << "jwt-invalid-signature-bitflip.jwt" << "ob3DidKey" << "EdDSA" << "signature";
    QTest::newRow("wrong-key") << "jwt-invalid-wrong-key.jwt" << "ob3DidKey" << "EdDSA" << "signature";
}

void TestJws::refvc()
{
    QFETCH(QString, file);
    QFETCH(QString, issuer);
    QFETCH(QString, alg);
    QFETCH(QString, code);
    auto jws = Jws::parse(SatchelTest::readFixture("refvc/ob3/" + file));
    QVERIFY2(jws.ok(), qPrintable(jws.ok() ? QString() : jws.error().message));
    QCOMPARE(jws->algorithm(), alg);
    auto payload = jws->payloadObject();
    QVERIFY(payload.ok());
    QVERIFY(payload->contains("iss"));
    const PublicKey key = keyFor(issuer);
    QVERIFY(!key.isNull());
    auto status = jws->verify(key, kAll);
    if (code.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    } else {
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, code);
    }
}

void TestJws::keyFromHeader()
{
    // The kid of the did:key and did:jwk JWTs resolves locally to the issuer's key.
    auto ed = Jws::parse(SatchelTest::readFixture("refvc/ob3/jwt-eddsa-didkey.jwt"));
    QVERIFY(ed.ok());
    auto resolved = DidResolver::resolveLocal(ed->keyId());
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->verificationMethodId, ed->keyId());
    QVERIFY(ed->verify(resolved->key, {SignatureAlgorithm::EdDSA}).ok());

    auto es = Jws::parse(SatchelTest::readFixture("refvc/ob3/jwt-es256-didjwk.jwt"));
    QVERIFY(es.ok());
    auto jwk = DidResolver::resolveLocal(es->keyId());
    QVERIFY(jwk.ok());
    QVERIFY(es->verify(jwk->key, {SignatureAlgorithm::ES256}).ok());

    auto rs = Jws::parse(SatchelTest::readFixture("refvc/ob3/jwt-rs256-jwk-header.jwt"));
    QVERIFY(rs.ok());
    auto headerKey = PublicKey::fromJwk(rs->header().value("jwk").toObject());
    QVERIFY(headerKey.ok());
    QVERIFY(rs->verify(*headerKey, {SignatureAlgorithm::RS256}).ok());
}

void TestJws::ob2Fixture()
{
    const QString dir = QStringLiteral("external/1EdTech-digital-credentials-public-validator/ob20/");
    auto key = PublicKey::fromPem(SatchelTest::readJsonFixture(dir + "assets/key1.json")
                                      .value("publicKeyPem").toString().toLatin1());
    QVERIFY(key.ok());
    auto jws = Jws::parse(SatchelTest::readFixture(dir + "simple.jwt"));
    QVERIFY(jws.ok());
    QCOMPARE(jws->algorithm(), QStringLiteral("RS256"));
    auto payload = jws->payloadObject();
    QVERIFY(payload.ok());
    QCOMPARE(payload->value("type").toString(), QStringLiteral("Assertion"));
    QVERIFY(jws->verify(*key, {SignatureAlgorithm::RS256}).ok());
    // RS256 allowed set excludes it → refused before any crypto.
    auto notAllowed = jws->verify(*key, {SignatureAlgorithm::EdDSA});
    QCOMPARE(notAllowed.error().code, QStringLiteral("alg-not-allowed"));
}

void TestJws::algorithmConfusion_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("code");
    QTest::newRow("HS256") << "HS256" << "alg-not-allowed";
    QTest::newRow("RS256-with-ed25519") << "RS256" << "alg-key-mismatch";
    QTest::newRow("ES256-with-ed25519") << "ES256" << "alg-key-mismatch";
    QTest::newRow("None") << "None" << "alg-none";
    QTest::newRow("PS256") << "PS256" << "alg-not-allowed";
}

void TestJws::algorithmConfusion()
{
    QFETCH(QString, alg);
    QFETCH(QString, code);
    // Take a genuine EdDSA JWT and swap only the header's alg.
    auto original = Jws::parse(SatchelTest::readFixture("refvc/ob3/jwt-eddsa-didkey.jwt"));
    QVERIFY(original.ok());
    QJsonObject header = original->header();
    header.insert("alg", alg);
    const QByteArray forged = Jws::assemble(header, original->payload(), original->signature());
    auto jws = Jws::parse(forged);
    QVERIFY(jws.ok());
    auto status = jws->verify(keyFor("ob3DidKey"), kAll);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, code);
}

void TestJws::parseRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    const QByteArray h = Base64Url::encode(R"({"alg":"EdDSA"})");
    QTest::newRow("two-parts") << QByteArray(h + ".e30") << "malformed";
    QTest::newRow("four-parts") << QByteArray(h + ".e30.AA.AA") << "malformed";
    QTest::newRow("empty-header") << QByteArray(".e30.AA") << "malformed";
    QTest::newRow("header-not-json") << QByteArray(Base64Url::encode("nope") + ".e30.AA") << "malformed";
    QTest::newRow("header-array") << QByteArray(Base64Url::encode("[]") + ".e30.AA") << "malformed";
    QTest::newRow("no-alg") << QByteArray(Base64Url::encode("{}") + ".e30.AA") << "malformed";
    QTest::newRow("crit") << QByteArray(Base64Url::encode(R"({"alg":"EdDSA","crit":["exp"]})") + ".e30.AA")
                          << "malformed";
    QTest::newRow("padded-payload") << QByteArray(h + ".e30=.AA") << "malformed";
    QTest::newRow("std-base64") << QByteArray(h + ".e3+.AA") << "malformed";
}

void TestJws::parseRejects()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    auto jws = Jws::parse(text);
    QVERIFY(!jws.ok());
    QCOMPARE(jws.error().code, code);
    QVERIFY(!jws.error().message.isEmpty());
}

void TestJws::sizeBounds()
{
    // Header over 16 KB.
    QJsonObject header{{"alg", "EdDSA"}, {"pad", QString(Jws::kMaxHeaderBytes, QChar('a'))}};
    auto bigHeader = Jws::parse(Jws::assemble(header, "{}", QByteArray(64, '\0')));
    QVERIFY(!bigHeader.ok());
    QCOMPARE(bigHeader.error().code, QStringLiteral("too-large"));
    QVERIFY(bigHeader.error().message.contains("16384"));

    // Total over 1 MB.
    const QByteArray payload(Jws::kMaxTotalBytes, 'x');
    auto bigTotal = Jws::parse(Jws::assemble({{"alg", "EdDSA"}}, payload, QByteArray(64, '\0')));
    QVERIFY(!bigTotal.ok());
    QCOMPARE(bigTotal.error().code, QStringLiteral("too-large"));

    // Just under the bound is fine.
    const QByteArray okPayload(Jws::kMaxTotalBytes / 2, 'x');
    QVERIFY(Jws::parse(Jws::assemble({{"alg", "EdDSA"}}, okPayload, QByteArray(64, '\0'))).ok());
}

void TestJws::looksLike_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("three-parts") << QByteArray("eyJhIjoxfQ.e30.AA") << true;
    QTest::newRow("unsigned") << QByteArray("eyJhIjoxfQ.e30.") << true;
    QTest::newRow("empty-payload") << QByteArray("eyJhIjoxfQ..AA") << false;
    QTest::newRow("two-parts") << QByteArray("eyJhIjoxfQ.e30") << false;
    QTest::newRow("four-parts") << QByteArray("a.b.c.d") << false;
    QTest::newRow("padding") << QByteArray("eyJhIjoxfQ.e30=.AA") << false;
    QTest::newRow("whitespace") << QByteArray("eyJhIjoxfQ.e30.AA\n") << false;
    QTest::newRow("json") << QByteArray("{\"a\":1}") << false;
}

void TestJws::looksLike()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, expected);
    QCOMPARE(Jws::looksLike(text), expected);
}

void TestJws::structureLeavesHeaderRulesToVerification()
{
    // A credential with an odd header is still read (to fail verification with its reason);
    // parse(), which the verifiers use, refuses it.
    const QByteArray noAlg = Base64Url::encode("{}") + ".e30.AA";
    const QByteArray crit = Base64Url::encode(R"({"alg":"EdDSA","crit":["exp"]})") + ".e30.AA";
    for (const QByteArray &text : {noAlg, crit}) {
        auto read = Jws::parseStructure(text, 1024);
        QVERIFY(read.ok());
        QCOMPARE(read->payload(), QByteArray("{}"));
        QCOMPARE(Jws::parse(text).error().code, QStringLiteral("malformed"));
    }
    // The caller's bound, not the verifier's.
    const QByteArray big = Jws::assemble({{"alg", "EdDSA"}}, QByteArray(Jws::kMaxTotalBytes, 'x'), "sig");
    QVERIFY(Jws::parseStructure(big, 4 * Jws::kMaxTotalBytes).ok());
    QCOMPARE(Jws::parseStructure(big, 1024).error().code, QStringLiteral("too-large"));
}

QTEST_GUILESS_MAIN(TestJws)
#include "TestJws.moc"
