// AES-256-GCM and scrypt, the primitives of encrypted backups: published vectors, round trips,
// tamper detection and a wrong passphrase.
#include "crypto/AesGcm.h"
#include "crypto/Scrypt.h"

#include <QTest>

using namespace Satchel;

namespace {

SecureBytes keyFrom(const QByteArray &bytes)
{
    return SecureBytes(bytes.constData(), std::size_t(bytes.size()));
}

QByteArray toByteArray(const SecureBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

} // namespace

class TestBackupCrypto : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scryptRfc7914_data();
    void scryptRfc7914();
    void scryptRejectsParameters_data();
    void scryptRejectsParameters();
    void aesGcmRoundTrip_data();
    void aesGcmRoundTrip();
    void aesGcmNistVector();
    void aesGcmTamper_data();
    void aesGcmTamper();
    void wrongPassphrase();
};

void TestBackupCrypto::scryptRfc7914_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("expected");
    // RFC 7914 §12 (the N = 2^20 vector is left out: it needs 1 GiB).
    QTest::newRow("rfc7914-2") << QByteArray("password") << QByteArray("NaCl") << quint64(1024) << quint32(8)
                               << quint32(16)
                               << QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                                             "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    QTest::newRow("rfc7914-3") << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << quint64(16384)
                               << quint32(8) << quint32(1)
                               << QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                                             "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
}

void TestBackupCrypto::scryptRfc7914()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, expected);
    ScryptParameters params;
    params.n = n;
    params.r = r;
    params.p = p;
    auto key = Scrypt::deriveKey(password, salt, params, 64);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
    QCOMPARE(toByteArray(*key).toHex(), expected);
}

void TestBackupCrypto::scryptRejectsParameters_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("salt");
    QTest::newRow("n-not-power-of-two") << quint64(1000) << quint32(8) << quint32(1) << QByteArray("saltsalt");
    QTest::newRow("n-huge") << (quint64(1) << 40) << quint32(8) << quint32(1) << QByteArray("saltsalt");
    QTest::newRow("memory-bomb") << (quint64(1) << 20) << quint32(32) << quint32(1) << QByteArray("saltsalt");
    QTest::newRow("r-zero") << quint64(1024) << quint32(0) << quint32(1) << QByteArray("saltsalt");
    QTest::newRow("p-huge") << quint64(1024) << quint32(8) << quint32(1000) << QByteArray("saltsalt");
    QTest::newRow("short-salt") << quint64(1024) << quint32(8) << quint32(1) << QByteArray("sa");
}

void TestBackupCrypto::scryptRejectsParameters()
{
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, salt);
    ScryptParameters params;
    params.n = n;
    params.r = r;
    params.p = p;
    auto key = Scrypt::deriveKey("pw", salt, params);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, QStringLiteral("invalid-parameters"));
}

void TestBackupCrypto::aesGcmRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("text") << QByteArray("a wallet backup") << QByteArray("satchel-backup-v1");
    QTest::newRow("1MiB") << QByteArray(1024 * 1024, 'x') << QByteArray();
}

void TestBackupCrypto::aesGcmRoundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    const SecureBytes key = SecureBytes::random(32);
    QCOMPARE(key.size(), std::size_t(32));
    auto sealed = AesGcm::encrypt(key, plaintext, aad);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->size(), plaintext.size() + AesGcm::kNonceBytes + AesGcm::kTagBytes);
    auto opened = AesGcm::decrypt(key, *sealed, aad);
    QVERIFY(opened.ok());
    QCOMPARE(*opened, plaintext);
    // A fresh nonce every time: the same plaintext never gives the same bytes.
    auto again = AesGcm::encrypt(key, plaintext, aad);
    QVERIFY(again.ok());
    QVERIFY(*again != *sealed);
}

void TestBackupCrypto::aesGcmNistVector()
{
    // McGrew & Viega GCM spec, test case 16 (AES-256, 60-byte plaintext, 20-byte AAD).
    const SecureBytes key =
        keyFrom(QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"));
    const QByteArray iv = QByteArray::fromHex("cafebabefacedbaddecaf888");
    const QByteArray plain = QByteArray::fromHex(
        "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    const QByteArray aad = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray cipher = QByteArray::fromHex(
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
    const QByteArray tag = QByteArray::fromHex("76fc6ece0f4e1768cddf8853bb2d551b");
    auto opened = AesGcm::decrypt(key, QByteArray(iv + cipher + tag), aad);
    QVERIFY(opened.ok());
    QCOMPARE(opened->toHex(), plain.toHex());
}

void TestBackupCrypto::aesGcmTamper_data()
{
    QTest::addColumn<int>("offset"); // byte to flip; -1 = change the AAD instead
    QTest::newRow("nonce") << 0;
    QTest::newRow("ciphertext") << 20;
    QTest::newRow("tag") << -2;
    QTest::newRow("aad") << -1;
}

void TestBackupCrypto::aesGcmTamper()
{
    QFETCH(int, offset);
    const SecureBytes key = SecureBytes::random(32);
    auto sealed = AesGcm::encrypt(key, QByteArray("credential bytes, all of them"), "header");
    QVERIFY(sealed.ok());
    QByteArray bytes = *sealed;
    QByteArray aad("header");
    if (offset == -1)
        aad = "HEADER";
    else {
        const qsizetype at = offset >= 0 ? offset : bytes.size() + offset;
        bytes[at] = char(bytes[at] ^ 0x40);
    }
    auto opened = AesGcm::decrypt(key, bytes, aad);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("decrypt-failed"));
    auto truncated = AesGcm::decrypt(key, sealed->left(20), "header");
    QCOMPARE(truncated.error().code, QStringLiteral("malformed"));
}

void TestBackupCrypto::wrongPassphrase()
{
    const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    ScryptParameters fast;
    fast.n = 1024;
    auto right = Scrypt::deriveKey("correct horse battery staple", salt, fast);
    auto wrong = Scrypt::deriveKey("correct horse battery stapler", salt, fast);
    QVERIFY(right.ok() && wrong.ok());
    QVERIFY(*right != *wrong);
    auto sealed = AesGcm::encrypt(*right, "the wallet");
    QVERIFY(sealed.ok());
    auto opened = AesGcm::decrypt(*wrong, *sealed);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("decrypt-failed"));
    auto ok = AesGcm::decrypt(*right, *sealed);
    QVERIFY(ok.ok());
    QCOMPARE(*ok, QByteArray("the wallet"));

    auto badKey = AesGcm::encrypt(keyFrom("short"), "x");
    QCOMPARE(badKey.error().code, QStringLiteral("invalid-key"));
}

QTEST_GUILESS_MAIN(TestBackupCrypto)
#include "TestBackupCrypto.moc"
