// The did:jwk P-256 holder key: the published RFC 7515 (A.3) key gives its published public point,
// what it signs verifies under the key its DID resolves to (so Satchel verifies its own ES256
// proofs), its did:jwk decodes back to the same key, and bad scalars are refused.
#include "crypto/Base64Url.h"
#include "crypto/DidResolver.h"
#include "crypto/P256SigningKey.h"
#include "crypto/PublicKey.h"
#include "crypto/Signature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Satchel;

namespace {

// RFC 7515, Appendix A.3 (ES256): the example key's d, x and y.
const QByteArray kRfc7515D("jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI");
const QByteArray kRfc7515X("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU");
const QByteArray kRfc7515Y("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0");

// The did:jwk method specification's P-256 example (members in kty, crv, x, y order).
const QString kSpecDidJwk = QStringLiteral(
    "did:jwk:eyJrdHkiOiJFQyIsImNydiI6IlAtMjU2IiwieCI6ImFjYklRaXVNczNpOF91c3pFakoydHBUdFJNNEVVM3l6OTFQSDZDZEgyVjAi"
    "LCJ5IjoiX0tjeUxqOXZXTXB0bm1LdG00NkdxRHo4d2Y3NEk1TEtncmwyR3pIM25TRSJ9");

SecureBytes secure(const QByteArray &bytes)
{
    return SecureBytes(bytes.constData(), size_t(bytes.size()));
}

P256SigningKey rfcKey()
{
    auto pair = P256KeyPair::fromPrivateScalar(secure(*Base64Url::decode(kRfc7515D)));
    if (!pair)
        qFatal("the RFC 7515 key did not load: %s", qPrintable(pair.error().message));
    return P256SigningKey(std::move(*pair));
}

} // namespace

class TestP256SigningKey : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publishedKeyGivesPublishedPoint()
    {
        const P256SigningKey key = rfcKey();
        QCOMPARE(Base64Url::encode(key.keyPair().x()), kRfc7515X);
        QCOMPARE(Base64Url::encode(key.keyPair().y()), kRfc7515Y);
        QCOMPARE(key.publicJwk(), QByteArray("{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + kRfc7515X + "\",\"y\":\""
                                             + kRfc7515Y + "\"}"));
        QCOMPARE(key.did(), QStringLiteral("did:jwk:") + QString::fromLatin1(Base64Url::encode(key.publicJwk())));
        QCOMPARE(key.verificationMethod(), key.did() + QStringLiteral("#0"));
        QCOMPARE(key.jwsAlgorithm(), QByteArray("ES256"));
        QCOMPARE(key.dataIntegrityCryptosuite(), QStringLiteral("ecdsa-rdfc-2019"));
        QCOMPARE(key.keyPair().privateScalar(), secure(*Base64Url::decode(kRfc7515D)));
    }

    void signatureVerifiesUnderTheResolvedDid()
    {
        auto generated = P256KeyPair::generate();
        QVERIFY(generated.ok());
        const P256SigningKey key(std::move(*generated));
        auto resolved = DidResolver::resolveLocal(key.verificationMethod());
        QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().message));
        QCOMPARE(resolved->key.type(), PublicKey::Type::P256);
        QCOMPARE(resolved->did, key.did());
        QCOMPARE(resolved->verificationMethodId, key.verificationMethod());

        const QByteArray message("eyJhbGciOiJFUzI1NiJ9.eyJub25jZSI6IjEifQ");
        auto signature = key.sign(message);
        QVERIFY(signature.ok());
        QCOMPARE(signature->size(), 64);
        QVERIFY(Signature::verify(SignatureAlgorithm::ES256, resolved->key, message, *signature).ok());
        QVERIFY(!Signature::verify(SignatureAlgorithm::ES256, resolved->key, QByteArray(message + "x"), *signature).ok());
        // ECDSA is randomised: a second signature differs and verifies too.
        auto again = key.sign(message);
        QVERIFY(again.ok());
        QVERIFY(*again != *signature);
        QVERIFY(Signature::verify(SignatureAlgorithm::ES256, resolved->key, message, *again).ok());
    }

    void didDecodesBackToTheSameKey()
    {
        const P256SigningKey key = rfcKey();
        auto resolved = DidResolver::resolveDidJwk(key.did());
        QVERIFY(resolved.ok());
        auto fromJwk = PublicKey::fromJwk(QJsonDocument::fromJson(key.publicJwk()).object());
        QVERIFY(fromJwk.ok());
        QVERIFY(resolved->key == *fromJwk);
        QCOMPARE(resolved->publicKeyJwk.value(QLatin1String("x")).toString(), QString::fromLatin1(kRfc7515X));
        QCOMPARE(resolved->publicKeyJwk.value(QLatin1String("y")).toString(), QString::fromLatin1(kRfc7515Y));
        // Rebuilt from its scalar, the key is the same key with the same DID.
        auto reloaded = P256KeyPair::fromPrivateScalar(secure(*Base64Url::decode(kRfc7515D)));
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->did(), key.did());
    }

    void specificationExampleResolves()
    {
        auto resolved = DidResolver::resolveLocal(kSpecDidJwk + QStringLiteral("#0"));
        QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().message));
        QCOMPARE(resolved->key.type(), PublicKey::Type::P256);
        QCOMPARE(resolved->key.toJwk().value(QLatin1String("x")).toString(),
                 QStringLiteral("acbIQiuMs3i8_uszEjJ2tpTtRM4EU3yz91PH6CdH2V0"));
        QCOMPARE(resolved->key.toJwk().value(QLatin1String("y")).toString(),
                 QStringLiteral("_KcyLj9vWMptnmKtm46GqDz8wf74I5LKgrl2GzH3nSE"));
    }

    void badScalarsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("scalar");
        QTest::addColumn<QString>("code");
        QTest::newRow("short") << QByteArray(31, '\x01') << QStringLiteral("malformed");
        QTest::newRow("zero") << QByteArray(32, '\0') << QStringLiteral("malformed");
        QTest::newRow("above the order") << QByteArray(32, '\xff') << QStringLiteral("malformed");
        // n itself (the group order of P-256).
        QTest::newRow("the order") << QByteArray::fromHex(
            "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551") << QStringLiteral("malformed");
    }

    void badScalarsAreRefused()
    {
        QFETCH(QByteArray, scalar);
        QFETCH(QString, code);
        auto pair = P256KeyPair::fromPrivateScalar(secure(scalar));
        QVERIFY(!pair.ok());
        QCOMPARE(pair.error().code, code);
    }
};

QTEST_GUILESS_MAIN(TestP256SigningKey)
#include "TestP256SigningKey.moc"
