// Hostile inputs to verification: each must end as a clean report (invalid, unknown or a status
// warning, with the right code), never a crash or a hang. Every case is timed against a bound that
// holds in a Debug build on a slow machine.
#include "crypto/Base64Url.h"
#include "crypto/Inflate.h"
#include "crypto/Jws.h"
#include "crypto/Multibase.h"
#include "crypto/Multicodec.h"
#include "verify/CredentialVerifier.h"
#include "verify/DataIntegrityVerifier.h"
#include "verify/StatusListChecker.h"

#include "FakeFetcher.h"

#include <QElapsedTimer>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <QJsonArray>
#include <QTest>

using namespace Satchel;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
constexpr qint64 kBoundMillis = 10000;
const QString kTestList = QStringLiteral("https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/"
                                         "refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist");

QByteArray readFixture(const QString &relative)
{
    QFile f(QStringLiteral(SATCHEL_FIXTURES_DIR "/external/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QJsonObject signedVector()
{
    return QJsonDocument::fromJson(readFixture("1EdTech-openbadges-specification/ob3-testvector/credential-signed.json")).object();
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString describe(const VerificationReport &report)
{
    return QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
}

// Runs one verification and checks the time bound.
VerificationReport timedVerify(DocumentFetcher *fetcher, CredentialFormat format, const QByteArray &bytes)
{
    QElapsedTimer timer;
    timer.start();
    VerificationReport report = CredentialVerifier(fetcher).verify(format, bytes, kNow);
    const qint64 elapsed = timer.elapsed();
    if (elapsed > kBoundMillis)
        qWarning("verification took %lld ms", elapsed);
    [&] { QVERIFY2(elapsed <= kBoundMillis, qPrintable(describe(report))); }();
    return report;
}

QByteArray unsignedJws(const QJsonObject &header, const QJsonObject &payload)
{
    return Jws::assemble(header, QJsonDocument(payload).toJson(QJsonDocument::Compact), QByteArray(256, 'x'));
}

// A status-list credential (unsigned) around an encodedList.
QByteArray statusListWith(const QString &encodedList)
{
    return toBytes(QJsonObject{
        {"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
        {"id", "https://status.example/list"},
        {"type", QJsonArray{"VerifiableCredential", "BitstringStatusListCredential"}},
        {"issuer", "https://status.example/issuer"},
        {"validFrom", "2024-01-01T00:00:00Z"},
        {"credentialSubject",
         QJsonObject{{"id", "https://status.example/list#list"},
                     {"type", "BitstringStatusList"},
                     {"statusPurpose", "revocation"},
                     {"encodedList", encodedList}}}});
}

QJsonObject credentialWithStatus(const QString &listUrl, const QJsonValue &index)
{
    return QJsonObject{{"id", "urn:uuid:hostile"},
                       {"credentialStatus", QJsonObject{{"id", QString(listUrl + QLatin1String("#x"))},
                                                        {"type", "BitstringStatusListEntry"},
                                                        {"statusPurpose", "revocation"},
                                                        {"statusListIndex", index},
                                                        {"statusListCredential", listUrl}}}};
}

} // namespace

class TestHostileVerification : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deeplyNestedJson_data();
    void deeplyNestedJson();
    void hugeProofValue();
    void tooManyProofs();
    void gzipBombStatusList();
    void statusListIndexOutOfRange_data();
    void statusListIndexOutOfRange();
    void hugeJwsHeader();
    void didKeyWithWrongMulticodec_data();
    void didKeyWithWrongMulticodec();
    void jwtKidWithWrongMulticodec();
    void fiftyMegabyteJwsHeader();
    void rsaKeyUnder2048Bits();
    void keyOnAnotherOriginIsNotFetched();
};

void TestHostileVerification::deeplyNestedJson_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("depth");
    for (int depth : {200, 5000, 100000}) {
        QTest::addRow("ob3 json %d", depth) << int(CredentialFormat::Ob3Json) << depth;
        QTest::addRow("clr json %d", depth) << int(CredentialFormat::ClrJson) << depth;
        QTest::addRow("ob2 json %d", depth) << int(CredentialFormat::Ob2Json) << depth;
    }
}

void TestHostileVerification::deeplyNestedJson()
{
    QFETCH(int, format);
    QFETCH(int, depth);
    // A credential whose subject hides a very deep array.
    QByteArray bytes = R"({"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential"],"credentialSubject":{"x":)";
    bytes += QByteArray(depth, '[') + QByteArray(depth, ']') + "}}";
    SatchelTest::FakeFetcher fetcher;
    const VerificationReport report = timedVerify(&fetcher, CredentialFormat(format), bytes);
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    // A moderately deep OB 2.0 document still parses (it just proves nothing); past the parsers'
    // depth bounds every format says "malformed".
    if (depth > 1000 || CredentialFormat(format) != CredentialFormat::Ob2Json)
        QCOMPARE(report.reasonCode(), QStringLiteral("malformed"));
    else
        QCOMPARE(report.reasonCode(), QStringLiteral("no-proof"));
    QVERIFY(fetcher.requested.isEmpty());
}

void TestHostileVerification::hugeProofValue()
{
    // 1 MB of base58 in proofValue: refused by size, never decoded quadratically.
    QJsonObject doc = signedVector();
    QJsonObject proof = doc.value("proof").toObject();
    proof.insert("proofValue", QString(QStringLiteral("z") + QString(1024 * 1024, QLatin1Char('2'))));
    doc.insert("proof", proof);
    SatchelTest::FakeFetcher fetcher;
    const VerificationReport report = timedVerify(&fetcher, CredentialFormat::Ob3Json, toBytes(doc));
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    QCOMPARE(report.reasonCode(), QStringLiteral("signature"));

    // The same in a proof set with the genuine proof: the genuine one still decides.
    doc.insert("proof", QJsonArray{proof, signedVector().value("proof")});
    QCOMPARE(timedVerify(&fetcher, CredentialFormat::Ob3Json, toBytes(doc)).status(), VerificationStatus::Valid);
}

void TestHostileVerification::tooManyProofs()
{
    QJsonObject doc = signedVector();
    QJsonArray proofs;
    for (int i = 0; i < 1000; ++i)
        proofs.append(doc.value("proof"));
    doc.insert("proof", proofs);
    SatchelTest::FakeFetcher fetcher;
    const VerificationReport report = timedVerify(&fetcher, CredentialFormat::Ob3Json, toBytes(doc));
    QCOMPARE(report.reasonCode(), QStringLiteral("malformed"));
}

void TestHostileVerification::gzipBombStatusList()
{
    // 64 MB of zeros gzip to ~64 KB: far past the 16 MB bound once inflated.
    const QByteArray bomb = Inflate::gzip(QByteArray(64 * 1024 * 1024, '\0'));
    QVERIFY(bomb.size() < 1024 * 1024);
    const QString encoded = QStringLiteral("u") + QString::fromLatin1(Base64Url::encode(bomb));

    QElapsedTimer timer;
    timer.start();
    const auto decoded = StatusListChecker::decodeEncodedList(encoded);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().code, QStringLiteral("too-large"));

    // Through the checker (no list proof check, so the bomb reaches the inflater): a warning.
    SatchelTest::FakeFetcher fetcher;
    fetcher.serve(QStringLiteral("https://status.example/list"), statusListWith(encoded));
    StatusListChecker checker(&fetcher, kNow);
    const QList<VerificationCheck> checks = checker.checkCredential(credentialWithStatus("https://status.example/list", "5"));
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks[0].code, QStringLiteral("status-unavailable"));
    QCOMPARE(checks[0].outcome, CheckOutcome::Warn);
    QVERIFY(timer.elapsed() < kBoundMillis);

    // Through the whole pipeline, a genuine credential pointing at the bomb is valid with a warning.
    QJsonObject doc = QJsonDocument::fromJson(readFixture(
        "1EdTech-digital-credentials-public-validator/ob30/bit-string-list/credential-status-revoked.json")).object();
    fetcher.serve(kTestList, statusListWith(encoded));
    const VerificationReport report = timedVerify(&fetcher, CredentialFormat::Ob3Json, toBytes(doc));
    QVERIFY2(report.has("status-unavailable", CheckOutcome::Warn), qPrintable(describe(report)));
    QCOMPARE(report.status(), VerificationStatus::Valid);
}

void TestHostileVerification::statusListIndexOutOfRange_data()
{
    QTest::addColumn<QJsonValue>("index");
    QTest::newRow("just past the end") << QJsonValue(QStringLiteral("131072"));
    QTest::newRow("number far out") << QJsonValue(1e12);
    QTest::newRow("huge string") << QJsonValue(QStringLiteral("99999999999999999999999"));
    QTest::newRow("negative") << QJsonValue(-1);
    QTest::newRow("fraction") << QJsonValue(2.5);
    QTest::newRow("not a number") << QJsonValue(QStringLiteral("1e3"));
    QTest::newRow("object") << QJsonValue(QJsonObject{{"n", 1}});
}

void TestHostileVerification::statusListIndexOutOfRange()
{
    QFETCH(QJsonValue, index);
    // The genuine, signed 1EdTech list (16 KB = 131,072 entries), its proof checked as in production.
    SatchelTest::FakeFetcher fetcher;
    fetcher.serve(kTestList, readFixture("1EdTech-digital-credentials-public-validator/ob30/bit-string-list/testlist.json"));
    StatusListChecker checker(&fetcher, kNow);
    checker.setListProofCheck([&fetcher](const QJsonObject &list) -> Status {
        const VerificationCheck check = DataIntegrityVerifier(&fetcher, kNow).verifyProofs(JsonValue::fromQJson(list));
        if (check.outcome == CheckOutcome::Pass)
            return {};
        return Error{check.code, check.message};
    });
    QElapsedTimer timer;
    timer.start();
    const QList<VerificationCheck> checks = checker.checkCredential(credentialWithStatus(kTestList, index));
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks[0].code, QStringLiteral("status-unavailable"));
    QCOMPARE(checks[0].outcome, CheckOutcome::Warn);
    QVERIFY(timer.elapsed() < kBoundMillis);
    // The last entry is in range and not set.
    const QList<VerificationCheck> last = checker.checkCredential(credentialWithStatus(kTestList, QStringLiteral("131071")));
    QCOMPARE(last.value(0).code, QStringLiteral("revoked"));
    QCOMPARE(last.value(0).outcome, CheckOutcome::Pass);
}

void TestHostileVerification::hugeJwsHeader()
{
    const QJsonObject payload = signedVector();
    QJsonObject header{{"alg", "RS256"}, {"kid", "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"},
                       {"pad", QString(100 * 1024, QLatin1Char('a'))}};
    SatchelTest::FakeFetcher fetcher;
    VerificationReport report = timedVerify(&fetcher, CredentialFormat::Ob3Jwt, unsignedJws(header, payload));
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    QCOMPARE(report.reasonCode(), QStringLiteral("malformed"));

    // 100 kB inside an allowed member (a giant "jwk") is refused the same way.
    header.remove("pad");
    header.insert("jwk", QJsonObject{{"kty", "RSA"}, {"n", QString(100 * 1024, QLatin1Char('A'))}, {"e", "AQAB"}});
    report = timedVerify(&fetcher, CredentialFormat::Ob3Jwt, unsignedJws(header, payload));
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    QCOMPARE(report.reasonCode(), QStringLiteral("malformed"));
    QVERIFY(fetcher.requested.isEmpty());
}

void TestHostileVerification::didKeyWithWrongMulticodec_data()
{
    QTest::addColumn<QByteArray>("multikey");
    QTest::addColumn<QString>("code");
    const QByteArray key32(32, '\x07');
    // X25519 (0xec) is a key-agreement key, never a signing key.
    QTest::newRow("x25519") << Multibase::encode(Multicodec::encode(0xec, key32)) << "key-unresolvable";
    // Ed25519 private key (0x1300): must never be read as a public key.
    QTest::newRow("ed25519-priv") << Multibase::encode(Multicodec::encode(Multicodec::kEd25519Priv, key32))
                                  << "key-unresolvable";
    // secp256k1 (0xe7) is not supported.
    QTest::newRow("secp256k1") << Multibase::encode(Multicodec::encode(0xe7, QByteArray(33, '\x02'))) << "key-unresolvable";
    // Ed25519 codec with a key of the wrong length.
    QTest::newRow("ed25519-short") << Multibase::encode(Multicodec::encode(Multicodec::kEd25519Pub, QByteArray(31, '\x07')))
                                   << "key-unresolvable";
    // A truncated varint.
    QTest::newRow("truncated varint") << Multibase::encode(QByteArray("\xed", 1)) << "key-unresolvable";
    // Not base58btc at all.
    QTest::newRow("not multibase") << QByteArray("z0OIl") << "key-unresolvable";
}

void TestHostileVerification::didKeyWithWrongMulticodec()
{
    QFETCH(QByteArray, multikey);
    QFETCH(QString, code);
    const QString did = QStringLiteral("did:key:") + QString::fromLatin1(multikey);
    QJsonObject doc = signedVector();
    QJsonObject proof = doc.value("proof").toObject();
    proof.insert("verificationMethod", QString(did + QLatin1Char('#') + QString::fromLatin1(multikey)));
    doc.insert("proof", proof);
    doc.insert("issuer", QJsonObject{{"id", did}, {"type", "Profile"}, {"name", "Hostile"}});
    SatchelTest::FakeFetcher fetcher;
    const VerificationReport report = timedVerify(&fetcher, CredentialFormat::Ob3Json, toBytes(doc));
    QVERIFY2(report.status() == VerificationStatus::Invalid, qPrintable(describe(report)));
    QCOMPARE(report.reasonCode(), code);
    QVERIFY(fetcher.requested.isEmpty()); // did:key never touches the network
}

void TestHostileVerification::jwtKidWithWrongMulticodec()
{
    const QByteArray multikey = Multibase::encode(Multicodec::encode(0xec, QByteArray(32, '\x07')));
    const QString did = QStringLiteral("did:key:") + QString::fromLatin1(multikey);
    QJsonObject payload = signedVector();
    payload.remove("proof");
    payload.insert("issuer", did);
    const QJsonObject header{{"alg", "EdDSA"}, {"kid", QString(did + QLatin1Char('#') + QString::fromLatin1(multikey))}};
    SatchelTest::FakeFetcher fetcher;
    const VerificationReport report = timedVerify(&fetcher, CredentialFormat::Ob3Jwt, unsignedJws(header, payload));
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    QCOMPARE(report.reasonCode(), QStringLiteral("key-unresolvable"));
}

// A key URL on another host than the issuer's (the cloud metadata address here) is refused before
// any lookup, for a VC-JWT kid and a Data Integrity verificationMethod alike.
void TestHostileVerification::keyOnAnotherOriginIsNotFetched()
{
    const QString foreignKey = QStringLiteral("http://169.254.169.254/latest/meta-data/key#1");
    QJsonObject payload = signedVector();
    payload.remove("proof");
    payload.insert("issuer", "https://issuer.example/profile");
    SatchelTest::FakeFetcher jwtFetcher;
    const VerificationReport jwt = timedVerify(&jwtFetcher, CredentialFormat::Ob3Jwt,
                                               unsignedJws(QJsonObject{{"alg", "EdDSA"}, {"kid", foreignKey}}, payload));
    QCOMPARE(jwt.status(), VerificationStatus::Invalid);
    QCOMPARE(jwt.reasonCode(), QStringLiteral("issuer-mismatch"));
    QVERIFY(jwtFetcher.requested.isEmpty());

    QJsonObject doc = signedVector();
    QJsonObject proof = doc.value("proof").toObject();
    proof.insert("verificationMethod", foreignKey);
    doc.insert("proof", proof);
    SatchelTest::FakeFetcher diFetcher;
    const VerificationReport di = timedVerify(&diFetcher, CredentialFormat::Ob3Json, toBytes(doc));
    QCOMPARE(di.status(), VerificationStatus::Invalid);
    QCOMPARE(di.reasonCode(), QStringLiteral("issuer-mismatch"));
    QVERIFY2(diFetcher.requested.isEmpty(), qPrintable(diFetcher.requested.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestHostileVerification)

void TestHostileVerification::fiftyMegabyteJwsHeader()
{
    // The importer refuses such a file by size; verification must also stay bounded when handed one.
    QJsonObject header{{"alg", "EdDSA"}, {"kid", "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"},
                       {"pad", QString(50 * 1024 * 1024, QLatin1Char('a'))}};
    SatchelTest::FakeFetcher fetcher;
    const VerificationReport report = timedVerify(&fetcher, CredentialFormat::Ob3Jwt, unsignedJws(header, signedVector()));
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    QCOMPARE(report.reasonCode(), QStringLiteral("malformed"));
    QVERIFY(fetcher.requested.isEmpty());
}

void TestHostileVerification::rsaKeyUnder2048Bits()
{
    // A VC-JWT whose header carries a 1024-bit RSA key: too weak to trust, whatever it signed.
    EVP_PKEY *rsa = nullptr;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
    QVERIFY(ctx && EVP_PKEY_keygen_init(ctx) > 0 && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 1024) > 0
            && EVP_PKEY_keygen(ctx, &rsa) > 0);
    EVP_PKEY_CTX_free(ctx);
    BIGNUM *n = nullptr;
    BIGNUM *e = nullptr;
    QVERIFY(EVP_PKEY_get_bn_param(rsa, "n", &n) > 0 && EVP_PKEY_get_bn_param(rsa, "e", &e) > 0);
    auto b64 = [](const BIGNUM *bn) {
        QByteArray bytes(BN_num_bytes(bn), Qt::Uninitialized);
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
        return QString::fromLatin1(Base64Url::encode(bytes));
    };
    const QJsonObject jwk{{"kty", "RSA"}, {"n", b64(n)}, {"e", b64(e)}};
    BN_free(n);
    BN_free(e);

    QJsonObject payload = signedVector();
    const QString issuer = payload.value("issuer").toObject().value("id").toString();
    const QJsonObject header{{"alg", "RS256"}, {"typ", "JWT"}, {"jwk", jwk}};
    const QJsonObject claims{{"iss", issuer}, {"jti", payload.value("id")}, {"vc", payload}};
    // Signed for real with the weak key, so only the key size can be what fails.
    const QByteArray signingInput = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    size_t length = 0;
    QVERIFY(EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, rsa) > 0
            && EVP_DigestSign(md, nullptr, &length, reinterpret_cast<const unsigned char *>(signingInput.constData()),
                              size_t(signingInput.size())) > 0);
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    QVERIFY(EVP_DigestSign(md, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(signingInput.constData()), size_t(signingInput.size())) > 0);
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(rsa);

    SatchelTest::FakeFetcher fetcher;
    const VerificationReport report
        = timedVerify(&fetcher, CredentialFormat::Ob3Jwt, signingInput + '.' + Base64Url::encode(signature));
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    QVERIFY2(report.reasonCode() == QLatin1String("key-unresolvable") || report.reasonCode() == QLatin1String("signature"),
             qPrintable(describe(report)));
    bool saysWeak = false;
    for (const VerificationCheck &check : report.checks)
        saysWeak = saysWeak || check.message.contains(QLatin1String("2048"));
    QVERIFY2(saysWeak, qPrintable(describe(report)));
}


#include "TestHostileVerification.moc"
