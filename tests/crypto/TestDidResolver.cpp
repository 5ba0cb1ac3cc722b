// Local DID resolution (did:key, did:jwk) and the did:web URL mapping.
#include "crypto/Base64Url.h"
#include "crypto/DidResolver.h"
#include "crypto/Multibase.h"
#include "crypto/Multicodec.h"

#include "FixtureFiles.h"

#include <QTest>

using namespace Satchel;

class TestDidResolver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void didKeyOb3Vector();
    void didKeyRefvc();
    void didJwkRefvc();
    void didKeyP256();
    void didKeyP384();
    void rejects_data();
    void rejects();
    void didWeb_data();
    void didWeb();
    void didWebRejects_data();
    void didWebRejects();
};

void TestDidResolver::didKeyOb3Vector()
{
    const QJsonObject keypair =
        SatchelTest::readJsonFixture("external/1EdTech-openbadges-specification/ob3-testvector/keypair.json");
    const QString mb = keypair.value("publicKeyMultibase").toString();
    auto resolved = DidResolver::resolveLocal("did:key:" + mb);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->key.type(), PublicKey::Type::Ed25519);
    QCOMPARE(resolved->key.rawEd25519().toHex(), keypair.value("publicKeyHex").toString().toLatin1());
    QCOMPARE(resolved->verificationMethodId, "did:key:" + mb + "#" + mb);
    QCOMPARE(resolved->did, "did:key:" + mb);
}

void TestDidResolver::didKeyRefvc()
{
    const QJsonObject issuer = SatchelTest::readJsonFixture("refvc/manifest.json")
                                   .value("issuers").toObject().value("ob3DidKey").toObject();
    auto resolved = DidResolver::resolveLocal(issuer.value("verificationMethod").toString());
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->did, issuer.value("did").toString());
    QCOMPARE(resolved->verificationMethodId, issuer.value("verificationMethod").toString());
    QCOMPARE(resolved->key.toJwk(), issuer.value("publicJwk").toObject());
}

void TestDidResolver::didJwkRefvc()
{
    const QJsonObject issuer = SatchelTest::readJsonFixture("refvc/manifest.json")
                                   .value("issuers").toObject().value("ob3DidJwkEs256").toObject();
    for (const QString &input : {issuer.value("did").toString(), issuer.value("kid").toString()}) {
        auto resolved = DidResolver::resolveLocal(input);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->key.type(), PublicKey::Type::P256);
        QCOMPARE(resolved->verificationMethodId, issuer.value("kid").toString());
        QCOMPARE(resolved->publicKeyJwk, issuer.value("publicJwk").toObject());
        QCOMPARE(resolved->key.toJwk(), issuer.value("publicJwk").toObject());
    }
}

void TestDidResolver::didKeyP256()
{
    // The refvc P-256 issuer key as a did:key (multicodec 0x1200, compressed point → "zDn…").
    const QJsonObject jwk = SatchelTest::readJsonFixture("refvc/manifest.json")
                                .value("issuers").toObject().value("ob3DidJwkEs256").toObject()
                                .value("publicJwk").toObject();
    auto x = Base64Url::decode(jwk.value("x").toString().toLatin1());
    auto y = Base64Url::decode(jwk.value("y").toString().toLatin1());
    QVERIFY(x.ok() && y.ok());
    const QByteArray point = QByteArray(1, (y->back() & 1) ? 0x03 : 0x02) + *x;
    const QString mb = QString::fromLatin1(Multibase::encode(Multicodec::encode(Multicodec::kP256Pub, point)));
    QVERIFY(mb.startsWith("zDn"));
    auto resolved = DidResolver::resolveLocal("did:key:" + mb + "#" + mb);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->key.type(), PublicKey::Type::P256);
    QCOMPARE(resolved->verificationMethodId, "did:key:" + mb + "#" + mb);
    QCOMPARE(resolved->key.toJwk(), jwk);
}

// The P-384 key of the W3C vc-di-ecdsa vectors (multicodec 0x1201, compressed point -> "z82...").
void TestDidResolver::didKeyP384()
{
    const QString mb = QStringLiteral("z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ");
    auto resolved = DidResolver::resolveLocal("did:key:" + mb + "#" + mb);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->key.type(), PublicKey::Type::P384);
    const QJsonObject jwk = resolved->key.toJwk();
    QCOMPARE(jwk.value("crv").toString(), QStringLiteral("P-384"));
    QCOMPARE(Base64Url::decode(jwk.value("x").toString().toLatin1())->size(), 48);
    // The same point without its last byte is no key.
    auto bytes = Multibase::decode(mb.toLatin1());
    QVERIFY(bytes.ok());
    bytes->chop(1);
    QVERIFY(!PublicKey::fromMultibase(QString::fromLatin1(Multibase::encode(*bytes))).ok());
}

void TestDidResolver::rejects_data()
{
    QTest::addColumn<QString>("did");
    QTest::addColumn<QString>("code");
    QTest::newRow("did-web") << "did:web:example.com" << "unsupported-did";
    QTest::newRow("https") << "https://example.com/key" << "unsupported-did";
    QTest::newRow("key-other-fragment")
        << "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi#key-1" << "malformed";
    QTest::newRow("key-bad-base58") << "did:key:z6Mk0OIl" << "malformed";
    QTest::newRow("key-not-base58btc") << "did:key:u7QE" << "malformed";
    QTest::newRow("jwk-bad-fragment") << "did:jwk:eyJrdHkiOiJPS1AifQ#1" << "malformed";
    QTest::newRow("jwk-not-json") << "did:jwk:bm9wZQ" << "malformed";
    // {"kty":"OKP","crv":"Ed25519","x":"…","d":"…"}: private JWKs never become DIDs we trust.
    QTest::newRow("jwk-private")
        << "did:jwk:eyJrdHkiOiJPS1AiLCJjcnYiOiJFZDI1NTE5IiwieCI6Ik85QUVucS1udTN4Y1RUTUpGTkFlZkNXdGJQWXA1czlKWlhObi1wVXRYS28iLCJkIjoiQUFBQSJ9"
        << "private-key";
}

void TestDidResolver::rejects()
{
    QFETCH(QString, did);
    QFETCH(QString, code);
    auto resolved = DidResolver::resolveLocal(did);
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().code, code);
}

void TestDidResolver::didWeb_data()
{
    QTest::addColumn<QString>("did");
    QTest::addColumn<QString>("url");
    // Examples from the did:web method specification.
    QTest::newRow("bare") << "did:web:w3c-ccg.github.io" << "https://w3c-ccg.github.io/.well-known/did.json";
    QTest::newRow("path") << "did:web:w3c-ccg.github.io:user:alice" << "https://w3c-ccg.github.io/user/alice/did.json";
    QTest::newRow("port") << "did:web:example.com%3A3000:user:alice" << "https://example.com:3000/user/alice/did.json";
    QTest::newRow("fragment") << "did:web:example.com#key-1" << "https://example.com/.well-known/did.json";
    QTest::newRow("port-no-path") << "did:web:localhost%3A8443" << "https://localhost:8443/.well-known/did.json";
}

void TestDidResolver::didWeb()
{
    QFETCH(QString, did);
    QFETCH(QString, url);
    auto mapped = DidResolver::didWebUrl(did);
    QVERIFY2(mapped.ok(), qPrintable(mapped.ok() ? QString() : mapped.error().message));
    QCOMPARE(*mapped, url);
}

void TestDidResolver::didWebRejects_data()
{
    QTest::addColumn<QString>("did");
    QTest::newRow("not-web") << "did:key:z6Mk";
    QTest::newRow("empty-host") << "did:web:";
    QTest::newRow("userinfo") << "did:web:user%40evil.com";
    QTest::newRow("dotdot") << "did:web:example.com:..:x";
    QTest::newRow("slash") << "did:web:example.com:a%2Fb";
    QTest::newRow("empty-segment") << "did:web:example.com::a";
}

void TestDidResolver::didWebRejects()
{
    QFETCH(QString, did);
    QVERIFY(!DidResolver::didWebUrl(did).ok());
}

QTEST_GUILESS_MAIN(TestDidResolver)
#include "TestDidResolver.moc"
