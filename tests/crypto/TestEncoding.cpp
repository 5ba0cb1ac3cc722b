// Base64url, base58btc, multibase and multicodec against published values.
#include "crypto/Base58.h"
#include "crypto/Base64Url.h"
#include "crypto/Hash.h"
#include "crypto/Multibase.h"
#include "crypto/Multicodec.h"

#include "FixtureFiles.h"

#include <QTest>

using namespace Satchel;

class TestEncoding : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void base64UrlRoundTrip_data();
    void base64UrlRoundTrip();
    void base64UrlRejects_data();
    void base64UrlRejects();
    void base64UrlPaddingAllowed();
    void base58Vectors_data();
    void base58Vectors();
    void base58Rejects();
    void multibase();
    void multicodec();
    void sha2Vectors();
};

void TestEncoding::base64UrlRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");
    // RFC 4648 §10 vectors (base64url has no padding), plus bytes that need '-' and '_'.
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
    QTest::newRow("url-safe") << QByteArray::fromHex("fbff") << QByteArray("-_8");
    // RFC 7515 A.1 JOSE header
    QTest::newRow("rfc7515") << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}")
                             << QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9");
}

void TestEncoding::base64UrlRoundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    QCOMPARE(Base64Url::encode(bytes), text);
    auto decoded = Base64Url::decode(text);
    QVERIFY(decoded.ok());
    QCOMPARE(*decoded, bytes);
}

void TestEncoding::base64UrlRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("padding") << QByteArray("Zg==");
    QTest::newRow("plus") << QByteArray("+_8");
    QTest::newRow("slash") << QByteArray("/_8");
    QTest::newRow("space") << QByteArray("Zm9v Yg");
    QTest::newRow("length-1-mod-4") << QByteArray("Zm9vY");
    QTest::newRow("trailing-bits") << QByteArray("Zh"); // "Zg" is canonical for "f"
    QTest::newRow("nul") << QByteArray("Zm\0v", 4);
}

void TestEncoding::base64UrlRejects()
{
    QFETCH(QByteArray, text);
    auto decoded = Base64Url::decode(text);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, QStringLiteral("malformed"));
    QVERIFY(!decoded.error().message.isEmpty());
}

void TestEncoding::base64UrlPaddingAllowed()
{
    auto decoded = Base64Url::decode("Zm8=", Base64Url::Padding::Allow);
    QVERIFY(decoded.ok());
    QCOMPARE(*decoded, QByteArray("fo"));
    QVERIFY(!Base64Url::decode("Zm8==", Base64Url::Padding::Allow).ok());
}

void TestEncoding::base58Vectors_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<QByteArray>("text");
    // draft-msporny-base58 vectors and leading-zero cases.
    QTest::newRow("hello") << QByteArray("Hello World!").toHex() << QByteArray("2NEpo7TZRRrLZSi2U");
    QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog.").toHex()
                         << QByteArray("USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z");
    QTest::newRow("zeros") << QByteArray("0000287fb4cd") << QByteArray("11233QC4");
    QTest::newRow("single-zero") << QByteArray("00") << QByteArray("1");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestEncoding::base58Vectors()
{
    QFETCH(QByteArray, hex);
    QFETCH(QByteArray, text);
    const QByteArray bytes = QByteArray::fromHex(hex);
    QCOMPARE(Base58::encode(bytes), text);
    auto decoded = Base58::decode(text);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->toHex(), hex);
}

void TestEncoding::base58Rejects()
{
    for (const char *bad : {"0abc", "Oabc", "Iabc", "labc", "ab+c"}) {
        auto decoded = Base58::decode(bad);
        QVERIFY2(!decoded.ok(), bad);
        QCOMPARE(decoded.error().code, QStringLiteral("malformed"));
    }
    auto huge = Base58::decode(QByteArray(Base58::kMaxTextLength + 1, '2'));
    QVERIFY(!huge.ok());
    QCOMPARE(huge.error().code, QStringLiteral("too-large"));
}

void TestEncoding::multibase()
{
    // The 1EdTech OB 3.0 test vector: the proofValue multibase decodes to the published signature.
    const QJsonObject expected =
        SatchelTest::readJsonFixture("external/1EdTech-openbadges-specification/ob3-testvector/expected-values.json");
    const QByteArray proofValue = expected.value("Proof value (hex)").toString().toLatin1();
    QVERIFY(proofValue.startsWith('z'));
    auto signature = Multibase::decode(proofValue);
    QVERIFY(signature.ok());
    QCOMPARE(signature->toHex(), expected.value("Signature (hex)").toString().toLatin1());
    QCOMPARE(Multibase::encode(*signature), proofValue);

    // W3C vc-di-eddsa: sigBTC58 is the multibase form of sigHex.
    const QByteArray sigHex =
        SatchelTest::readFixture("external/w3c-vc-di-eddsa/TestVectors/eddsa-rdfc-2022/sigHexDataInt.txt").trimmed();
    const QByteArray sigB58 =
        SatchelTest::readFixture("external/w3c-vc-di-eddsa/TestVectors/eddsa-rdfc-2022/sigBTC58DataInt.txt").trimmed();
    QVERIFY(!sigHex.isEmpty());
    auto w3c = Multibase::decode(sigB58);
    QVERIFY(w3c.ok());
    QCOMPARE(w3c->toHex(), sigHex);

    auto u = Multibase::decode("uZm9vYmFy");
    QVERIFY(u.ok());
    QCOMPARE(*u, QByteArray("foobar"));
    QCOMPARE(Multibase::encode("foobar", Multibase::Base::Base64Url), QByteArray("uZm9vYmFy"));

    for (const char *bad : {"", "fZm9v", "mZm9v", "z0OIl"}) {
        auto decoded = Multibase::decode(bad);
        QVERIFY2(!decoded.ok(), bad);
        QCOMPARE(decoded.error().code, QStringLiteral("malformed"));
    }
}

void TestEncoding::multicodec()
{
    // The OB 3.0 test vector key: z6Mk… = base58btc(0xed 0x01 ‖ key).
    const QJsonObject keypair =
        SatchelTest::readJsonFixture("external/1EdTech-openbadges-specification/ob3-testvector/keypair.json");
    auto bytes = Multibase::decode(keypair.value("publicKeyMultibase").toString().toLatin1());
    QVERIFY(bytes.ok());
    QCOMPARE(bytes->left(2).toHex(), QByteArray("ed01"));
    auto value = Multicodec::decode(*bytes);
    QVERIFY(value.ok());
    QCOMPARE(value->codec, Multicodec::kEd25519Pub);
    QCOMPARE(value->data.toHex(), keypair.value("publicKeyHex").toString().toLatin1());
    QCOMPARE(Multicodec::encode(Multicodec::kEd25519Pub, value->data), *bytes);

    QCOMPARE(Multicodec::encode(Multicodec::kP256Pub, {}).toHex(), QByteArray("8024"));
    QCOMPARE(Multicodec::encode(Multicodec::kEd25519Priv, {}).toHex(), QByteArray("8026"));

    QVERIFY(!Multicodec::decode(QByteArray::fromHex("ed")).ok());     // truncated varint
    QVERIFY(!Multicodec::decode(QByteArray::fromHex("8000")).ok());   // non-minimal
    QVERIFY(!Multicodec::decode(QByteArray()).ok());
}

void TestEncoding::sha2Vectors()
{
    // FIPS 180-2 "abc" vectors.
    QCOMPARE(Hash::sha256("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(Hash::sha384("abc").toHex(),
             QByteArray("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"));
    QCOMPARE(Hash::sha256("").toHex(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    // Standards digest: sha256("nobody@example.org" + "deadsea") used by the OB 2.0 fixtures.
    QVERIFY(Hash::sha256("nobody@example.orgdeadsea").toHex().startsWith("ecf5409f"));

    // The OB 3.0 test vector hashes are SHA-256 of the canonical N-Quads files.
    const QJsonObject expected =
        SatchelTest::readJsonFixture("external/1EdTech-openbadges-specification/ob3-testvector/expected-values.json");
    const QByteArray doc =
        SatchelTest::readFixture("external/1EdTech-openbadges-specification/ob3-testvector/document-canon.nq");
    const QByteArray proof =
        SatchelTest::readFixture("external/1EdTech-openbadges-specification/ob3-testvector/proof-canon.nq");
    QCOMPARE(Hash::sha256(doc).toHex(), expected.value("Document hash (hex)").toString().toLatin1());
    QCOMPARE(Hash::sha256(proof).toHex(), expected.value("Proof hash (hex)").toString().toLatin1());
}

QTEST_GUILESS_MAIN(TestEncoding)
#include "TestEncoding.moc"
