// PublicKey encodings and Ed25519 / RS256 / ES256 verification against published vectors.
#include "crypto/Base64Url.h"
#include "crypto/Ed25519SigningKey.h"
#include "crypto/Multibase.h"
#include "crypto/Multicodec.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/PublicKey.h"
#include "crypto/Signature.h"

#include "FixtureFiles.h"

#include <openssl/pem.h>

#include <QTest>

using namespace Satchel;

namespace {

EvpPkeyPtr generate(const char *type, size_t rsaBits = 0)
{
    if (rsaBits)
        return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, type, rsaBits));
    if (qstrcmp(type, "EC") == 0)
        return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, type, "P-256"));
    return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, type));
}

QByteArray publicPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), key);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, len);
}

QByteArray sign(EVP_PKEY *key, const EVP_MD *md, QByteArrayView message)
{
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    size_t len = 0;
    if (EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, key) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(message.data()),
                          size_t(message.size()))
            != 1)
        return {};
    QByteArray out(qsizetype(len), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                       reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()))
        != 1)
        return {};
    out.resize(qsizetype(len));
    return out;
}

QByteArray flipBit(QByteArray bytes, int bit)
{
    bytes[bit / 8] = char(bytes[bit / 8] ^ (1 << (bit % 8)));
    return bytes;
}

} // namespace

class TestSignature : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ob3TestVector();
    void w3cEddsaVectors_data();
    void w3cEddsaVectors();
    void rs256Ob2Fixture();
    void es256Generated();
    void jwkEncodings_data();
    void jwkEncodings();
    void jwkRejects_data();
    void jwkRejects();
    void weakRsaRejected();
    void pemTypes();
    void p256Multikey();
    void algorithmKeyConfusion();
    void ed25519SigningKey();
};

void TestSignature::ob3TestVector()
{
    const QString dir = QStringLiteral("external/1EdTech-openbadges-specification/ob3-testvector/");
    const QJsonObject keypair = SatchelTest::readJsonFixture(dir + "keypair.json");
    const QJsonObject expected = SatchelTest::readJsonFixture(dir + "expected-values.json");
    auto key = PublicKey::fromMultibase(keypair.value("publicKeyMultibase").toString());
    QVERIFY(key.ok());
    QCOMPARE(key->type(), PublicKey::Type::Ed25519);
    QCOMPARE(key->rawEd25519().toHex(), keypair.value("publicKeyHex").toString().toLatin1());

    const QByteArray hashData = QByteArray::fromHex(expected.value("Data to sign (hex)").toString().toLatin1());
    const QByteArray signature = QByteArray::fromHex(expected.value("Signature (hex)").toString().toLatin1());
    QCOMPARE(hashData.size(), 64);
    QVERIFY(Signature::verify(SignatureAlgorithm::EdDSA, *key, hashData, signature).ok());

    auto tampered = Signature::verify(SignatureAlgorithm::EdDSA, *key, flipBit(hashData, 3), signature);
    QVERIFY(!tampered.ok());
    QCOMPARE(tampered.error().code, QStringLiteral("signature"));
    QVERIFY(!Signature::verify(SignatureAlgorithm::EdDSA, *key, hashData, flipBit(signature, 300)).ok());
    QVERIFY(!Signature::verify(SignatureAlgorithm::EdDSA, *key, hashData, signature.left(63)).ok());
}

void TestSignature::w3cEddsaVectors_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("eddsa-rdfc-2022") << "eddsa-rdfc-2022" << "DataInt";
    QTest::newRow("Ed25519Signature2020") << "Ed25519Signature2020" << "EdSig";
    QTest::newRow("eddsa-jcs-2022") << "eddsa-jcs-2022" << "JCS";
}

void TestSignature::w3cEddsaVectors()
{
    QFETCH(QString, dir);
    QFETCH(QString, suffix);
    const QString base = QStringLiteral("external/w3c-vc-di-eddsa/TestVectors/");
    const QJsonObject keyPair = SatchelTest::readJsonFixture(base + "keyPair.json");
    auto key = PublicKey::fromMultibase(keyPair.value("publicKeyMultibase").toString());
    QVERIFY(key.ok());
    const QByteArray combined =
        QByteArray::fromHex(SatchelTest::readFixture(base + dir + "/combinedHash" + suffix + ".txt").trimmed());
    const QByteArray sigB58 = SatchelTest::readFixture(base + dir + "/sigBTC58" + suffix + ".txt").trimmed();
    QCOMPARE(combined.size(), 64);
    auto sig = Multibase::decode(sigB58);
    QVERIFY(sig.ok());
    QVERIFY(Signature::verify(SignatureAlgorithm::EdDSA, *key, combined, *sig).ok());
    QVERIFY(!Signature::verify(SignatureAlgorithm::EdDSA, *key, QByteArray(combined.mid(32) + combined.left(32)), *sig).ok());
}

void TestSignature::rs256Ob2Fixture()
{
    const QString dir = QStringLiteral("external/1EdTech-digital-credentials-public-validator/ob20/");
    const QJsonObject keyDoc = SatchelTest::readJsonFixture(dir + "assets/key1.json");
    auto key = PublicKey::fromPem(keyDoc.value("publicKeyPem").toString().toLatin1());
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
    QCOMPARE(key->type(), PublicKey::Type::Rsa);
    QCOMPARE(key->bits(), 2048);

    const QByteArray jws = SatchelTest::readFixture(dir + "simple.jwt").trimmed();
    const qsizetype lastDot = jws.lastIndexOf('.');
    auto signature = Base64Url::decode(jws.mid(lastDot + 1));
    QVERIFY(signature.ok());
    QVERIFY(Signature::verify(SignatureAlgorithm::RS256, *key, jws.left(lastDot), *signature).ok());
    QVERIFY(!Signature::verify(SignatureAlgorithm::RS256, *key, QByteArray(jws.left(lastDot) + ' '), *signature).ok());
}

void TestSignature::es256Generated()
{
    EvpPkeyPtr pkey = generate("EC");
    QVERIFY(pkey);
    auto key = PublicKey::fromPem(publicPem(pkey.get()));
    QVERIFY(key.ok());
    QCOMPARE(key->type(), PublicKey::Type::P256);
    const QByteArray message("header.payload");
    const QByteArray der = sign(pkey.get(), EVP_sha256(), message);
    const QByteArray raw = Signature::derEcdsaToRaw(der);
    QCOMPARE(raw.size(), 64);
    QCOMPARE(Signature::rawEcdsaToDer(raw), der);
    QVERIFY(Signature::verify(SignatureAlgorithm::ES256, *key, message, raw).ok());
    // The DER form itself is not a JOSE signature.
    QVERIFY(!Signature::verify(SignatureAlgorithm::ES256, *key, message, der).ok());
    QVERIFY(!Signature::verify(SignatureAlgorithm::ES256, *key, message, flipBit(raw, 5)).ok());

    // The same key through its JWK.
    auto viaJwk = PublicKey::fromJwk(key->toJwk());
    QVERIFY(viaJwk.ok());
    QVERIFY(*viaJwk == *key);
}

void TestSignature::jwkEncodings_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("bits");
    const QJsonObject manifest = SatchelTest::readJsonFixture("refvc/manifest.json");
    const QJsonObject issuers = manifest.value("issuers").toObject();
    QTest::newRow("okp") << issuers.value("ob3DidKey").toObject().value("publicJwk").toObject()
                         << int(PublicKey::Type::Ed25519) << 256;
    QTest::newRow("ec") << issuers.value("ob3DidJwkEs256").toObject().value("publicJwk").toObject()
                        << int(PublicKey::Type::P256) << 256;
    QTest::newRow("rsa") << issuers.value("ob3Rs256").toObject().value("publicJwk").toObject()
                         << int(PublicKey::Type::Rsa) << 2048;
}

void TestSignature::jwkEncodings()
{
    QFETCH(QJsonObject, jwk);
    QFETCH(int, type);
    QFETCH(int, bits);
    auto key = PublicKey::fromJwk(jwk);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
    QCOMPARE(int(key->type()), type);
    QCOMPARE(key->bits(), bits);
    QCOMPARE(key->toJwk(), jwk);
}

void TestSignature::jwkRejects_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<QString>("code");
    const QJsonObject okp = SatchelTest::readJsonFixture("refvc/manifest.json")
                                .value("issuers").toObject().value("ob3DidKey").toObject()
                                .value("publicJwk").toObject();
    QJsonObject withD = okp;
    withD.insert("d", "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A");
    QTest::newRow("private") << withD << "private-key";
    QJsonObject x448 = okp;
    x448.insert("crv", "X25519");
    QTest::newRow("x25519") << x448 << "unsupported-key";
    QTest::newRow("oct") << QJsonObject{{"kty", "oct"}, {"k", "AAAA"}} << "private-key";
    QTest::newRow("no-kty") << QJsonObject{{"x", "AAAA"}} << "unsupported-key";
    QJsonObject shortX = okp;
    shortX.insert("x", "AAAA");
    QTest::newRow("short-x") << shortX << "malformed";
    QTest::newRow("ec-off-curve") << QJsonObject{{"kty", "EC"}, {"crv", "P-256"},
                                                 {"x", Base64Url::encode(QByteArray(32, '\1')).constData()},
                                                 {"y", Base64Url::encode(QByteArray(32, '\2')).constData()}}
                                  << "malformed";
    QTest::newRow("ec-secp256k1") << QJsonObject{{"kty", "EC"}, {"crv", "secp256k1"}, {"x", "AA"}, {"y", "AA"}}
                                  << "unsupported-key";
    QTest::newRow("ec-p521 short coordinates") << QJsonObject{{"kty", "EC"}, {"crv", "P-521"}, {"x", "AA"}, {"y", "AA"}}
                                               << "malformed";
    QTest::newRow("ec-p384 short coordinates") << QJsonObject{{"kty", "EC"}, {"crv", "P-384"}, {"x", "AA"}, {"y", "AA"}}
                                               << "malformed";
}

void TestSignature::jwkRejects()
{
    QFETCH(QJsonObject, jwk);
    QFETCH(QString, code);
    auto key = PublicKey::fromJwk(jwk);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, code);
}

void TestSignature::weakRsaRejected()
{
    EvpPkeyPtr rsa1024 = generate("RSA", 1024);
    QVERIFY(rsa1024);
    auto key = PublicKey::fromPem(publicPem(rsa1024.get()));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, QStringLiteral("weak-key"));
}

void TestSignature::pemTypes()
{
    EvpPkeyPtr ed = generate("ED25519");
    auto key = PublicKey::fromPem(publicPem(ed.get()));
    QVERIFY(key.ok());
    QCOMPARE(key->type(), PublicKey::Type::Ed25519);
    const QByteArray message("hello");
    QVERIFY(Signature::verify(SignatureAlgorithm::EdDSA, *key, message, sign(ed.get(), nullptr, message)).ok());

    // P-384 (ecdsa-rdfc-2019): ES384, SHA-384 and a 96-byte r||s; its JWK and multikey round-trip.
    EvpPkeyPtr p384(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
    auto p384Key = PublicKey::fromPem(publicPem(p384.get()));
    QVERIFY(p384Key.ok());
    QCOMPARE(p384Key->type(), PublicKey::Type::P384);
    QCOMPARE(p384Key->typeName(), QStringLiteral("P-384"));
    const QByteArray raw384 = Signature::derEcdsaToRaw(sign(p384.get(), EVP_sha384(), message), 48);
    QCOMPARE(raw384.size(), 96);
    QVERIFY(Signature::verify(SignatureAlgorithm::ES384, *p384Key, message, raw384).ok());
    QVERIFY(!Signature::verify(SignatureAlgorithm::ES384, *p384Key, "other", raw384).ok());
    QVERIFY(!Signature::verify(SignatureAlgorithm::ES256, *p384Key, message, raw384).ok());
    auto fromJwk = PublicKey::fromJwk(p384Key->toJwk());
    QVERIFY(fromJwk.ok());
    QVERIFY(*fromJwk == *p384Key);

    EvpPkeyPtr p521(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521"));
    auto p521Key = PublicKey::fromPem(publicPem(p521.get()));
    QVERIFY(p521Key.ok());
    QCOMPARE(p521Key->type(), PublicKey::Type::P521);
    // P-521 (VC-JOSE-COSE's test suite): ES512, SHA-512 and a 132-byte r||s; its JWK round-trips.
    const QByteArray raw521 = Signature::derEcdsaToRaw(sign(p521.get(), EVP_sha512(), message), 66);
    QCOMPARE(raw521.size(), 132);
    QVERIFY(Signature::verify(SignatureAlgorithm::ES512, *p521Key, message, raw521).ok());
    QVERIFY(!Signature::verify(SignatureAlgorithm::ES512, *p521Key, "other", raw521).ok());
    QVERIFY(!Signature::verify(SignatureAlgorithm::ES384, *p521Key, message, raw521).ok());
    QCOMPARE(Signature::fromJoseName(u"ES512"), std::optional<SignatureAlgorithm>(SignatureAlgorithm::ES512));
    auto p521FromJwk = PublicKey::fromJwk(p521Key->toJwk());
    QVERIFY(p521FromJwk.ok());
    QVERIFY(*p521FromJwk == *p521Key);
    EvpPkeyPtr k256(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "secp256k1"));
    auto other = PublicKey::fromPem(publicPem(k256.get()));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, QStringLiteral("unsupported-key"));

    auto garbage = PublicKey::fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
    QVERIFY(!garbage.ok());
    QCOMPARE(garbage.error().code, QStringLiteral("malformed"));
}

void TestSignature::p256Multikey()
{
    // A P-256 key from the refvc did:jwk issuer, re-encoded as a compressed multikey (zDn…).
    const QJsonObject jwk = SatchelTest::readJsonFixture("refvc/manifest.json")
                                .value("issuers").toObject().value("ob3DidJwkEs256").toObject()
                                .value("publicJwk").toObject();
    auto x = Base64Url::decode(jwk.value("x").toString().toLatin1());
    auto y = Base64Url::decode(jwk.value("y").toString().toLatin1());
    QVERIFY(x.ok() && y.ok());
    const QByteArray compressed = QByteArray(1, (y->back() & 1) ? 0x03 : 0x02) + *x;
    const QByteArray multikey = Multibase::encode(Multicodec::encode(Multicodec::kP256Pub, compressed));
    QVERIFY(multikey.startsWith("zDn"));
    auto key = PublicKey::fromMultibase(QString::fromLatin1(multikey));
    QVERIFY(key.ok());
    QCOMPARE(key->type(), PublicKey::Type::P256);
    QCOMPARE(key->toJwk(), jwk);

    // A secret-key multikey is never a public key.
    const QByteArray secret = Multibase::encode(Multicodec::encode(Multicodec::kEd25519Priv, QByteArray(32, '\7')));
    auto rejected = PublicKey::fromMultibase(QString::fromLatin1(secret));
    QVERIFY(!rejected.ok());
    QCOMPARE(rejected.error().code, QStringLiteral("private-key"));
    const QByteArray x25519 = Multibase::encode(Multicodec::encode(0xec, QByteArray(32, '\7')));
    QCOMPARE(PublicKey::fromMultibase(QString::fromLatin1(x25519)).error().code, QStringLiteral("unsupported-key"));
}

void TestSignature::algorithmKeyConfusion()
{
    const QJsonObject keypair = SatchelTest::readJsonFixture(
        "external/1EdTech-openbadges-specification/ob3-testvector/keypair.json");
    auto ed = PublicKey::fromMultibase(keypair.value("publicKeyMultibase").toString());
    QVERIFY(ed.ok());
    for (auto alg : {SignatureAlgorithm::RS256, SignatureAlgorithm::ES256}) {
        auto result = Signature::verify(alg, *ed, "x", QByteArray(64, '\0'));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("alg-key-mismatch"));
    }
    auto nullKey = Signature::verify(SignatureAlgorithm::EdDSA, PublicKey(), "x", QByteArray(64, '\0'));
    QCOMPARE(nullKey.error().code, QStringLiteral("alg-key-mismatch"));
}


// A holder identity's key: what it signs verifies under the JWK it publishes, with the JOSE
// algorithm it names, and the DID URL it gives is its own did:key.
void TestSignature::ed25519SigningKey()
{
    auto pair = Ed25519KeyPair::fromSeed(SecureBytes(QByteArray(32, '\x07').constData(), 32));
    QVERIFY(pair.ok());
    const Ed25519SigningKey key(std::move(*pair));
    QVERIFY(key.did().startsWith(QLatin1String("did:key:z6Mk")));
    QCOMPARE(key.verificationMethod(), key.did() + QLatin1Char('#') + key.did().mid(8));
    QCOMPARE(key.jwsAlgorithm(), QByteArray("EdDSA"));
    const QJsonObject jwk = QJsonDocument::fromJson(key.publicJwk()).object();
    auto publicKey = PublicKey::fromJwk(jwk);
    QVERIFY(publicKey.ok());
    const auto algorithm = Signature::fromJoseName(QString::fromLatin1(key.jwsAlgorithm()));
    QVERIFY(algorithm.has_value());
    const QByteArray message("eyJhbGciOiJFZERTQSJ9.eyJub25jZSI6IjEifQ");
    auto signature = key.sign(message);
    QVERIFY(signature.ok());
    QVERIFY(Signature::verify(*algorithm, *publicKey, message, *signature).ok());
    QVERIFY(!Signature::verify(*algorithm, *publicKey, QByteArray(message + 'x'), *signature).ok());
}

QTEST_GUILESS_MAIN(TestSignature)
#include "TestSignature.moc"
