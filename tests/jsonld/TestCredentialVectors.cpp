// Credential known-answer tests for the canonicalizer, byte for byte:
//  * the 1EdTech OB 3.0 and CLR 2.0 eddsa-rdfc-2022 test vectors (canonical forms and hashes);
//  * every _derived-canon golden set (documentHash, proofConfigHash, hashData and the N-Quads);
//  * every eddsa-rdfc-2022 JSON credential of the refvc corpus: the hashData we compute is checked
//    end to end by verifying the Ed25519 signature with the did:key public key (OpenSSL), so a
//    single wrong byte in our canonical form fails the test.
#include "jsonld/JsonLdCanonicalizer.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <openssl/evp.h>

#include <memory>

using namespace Satchel;

static QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

static JsonValue readJson(const QString &path)
{
    auto v = JsonValue::parse(readFile(path));
    return v.ok() ? *v : JsonValue();
}

static const QString kExternal = QStringLiteral(SATCHEL_FIXTURES_DIR "/external/");
static const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");

// Base58btc (Bitcoin alphabet), enough for did:key and proofValue in a test.
static QByteArray base58Decode(const QByteArray &in)
{
    static const char *alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    std::vector<unsigned char> num; // little-endian base-256
    for (char c : in) {
        const char *p = std::strchr(alphabet, c);
        if (!p || !c)
            return {};
        int carry = int(p - alphabet);
        for (unsigned char &b : num) {
            carry += b * 58;
            b = static_cast<unsigned char>(carry & 0xFF);
            carry >>= 8;
        }
        while (carry) {
            num.push_back(static_cast<unsigned char>(carry & 0xFF));
            carry >>= 8;
        }
    }
    QByteArray out;
    for (char c : in) {
        if (c != '1')
            break;
        out += '\0';
    }
    for (auto it = num.rbegin(); it != num.rend(); ++it)
        out += char(*it);
    return out;
}

static bool ed25519Verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(publicKey.constData()),
                                    size_t(publicKey.size())),
        EVP_PKEY_free);
    if (!key)
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
        == 1;
}

// did:key:z6Mk...[#...], or any URL whose #fragment is a z6Mk multikey (the 1EdTech
// validator's convention) -> the 32-byte Ed25519 key.
static QByteArray didKeyPublicKey(const QString &verificationMethod)
{
    const QString id = verificationMethod.section(QLatin1Char('#'), 0, 0);
    const QString fragment = verificationMethod.section(QLatin1Char('#'), 1);
    QString multibase;
    if (id.startsWith(QLatin1String("did:key:z")))
        multibase = id.mid(8);
    else if (fragment.startsWith(QLatin1String("z6Mk")))
        multibase = fragment;
    else
        return {};
    const QByteArray raw = base58Decode(multibase.mid(1).toLatin1());
    if (raw.size() != 34 || uchar(raw[0]) != 0xED || uchar(raw[1]) != 0x01)
        return {};
    return raw.mid(2);
}

class TestCredentialVectors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void testVectors_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::newRow("ob3") << kExternal + QStringLiteral("1EdTech-openbadges-specification/ob3-testvector/");
        QTest::newRow("clr2") << kExternal + QStringLiteral("1EdTech-openbadges-specification/clr2-testvector/");
    }
    void testVectors()
    {
        QFETCH(QString, dir);
        const JsonValue unsignedDoc = readJson(dir + QStringLiteral("credential-unsigned.json"));
        const JsonValue options = readJson(dir + QStringLiteral("proof-options.json"));
        const JsonValue expected = readJson(dir + QStringLiteral("expected-values.json"));
        QVERIFY(unsignedDoc.isObject() && options.isObject() && expected.isObject());

        auto doc = JsonLdCanonicalizer::canonicalize(unsignedDoc);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(*doc, readFile(dir + QStringLiteral("document-canon.nq")));
        auto proof = JsonLdCanonicalizer::canonicalize(JsonLdCanonicalizer::proofConfig(options, unsignedDoc));
        QVERIFY2(proof.ok(), qPrintable(proof.ok() ? QString() : proof.error().message));
        QCOMPARE(*proof, readFile(dir + QStringLiteral("proof-canon.nq")));
        QCOMPARE(JsonLdCanonicalizer::sha256(*doc).toHex(), expected.value(QStringLiteral("Document hash (hex)")).toString().toLatin1());
        QCOMPARE(JsonLdCanonicalizer::sha256(*proof).toHex(), expected.value(QStringLiteral("Proof hash (hex)")).toString().toLatin1());

        // The signed credential: same bytes through the Data Integrity helper, and the signature.
        const JsonValue signedDoc = readJson(dir + QStringLiteral("credential-signed.json"));
        const JsonValue signedProof = signedDoc.value(QStringLiteral("proof"));
        auto input = JsonLdCanonicalizer::dataIntegrityInput(signedDoc, signedProof.isArray() ? signedProof.toArray().front() : signedProof);
        QVERIFY2(input.ok(), qPrintable(input.ok() ? QString() : input.error().message));
        QCOMPARE(input->hashData.toHex(), expected.value(QStringLiteral("Data to sign (hex)")).toString().toLatin1());
        const JsonValue keypair = readJson(dir + QStringLiteral("keypair.json"));
        QByteArray publicKey;
        for (const auto &[k, v] : keypair.toObject())
            if (k == QLatin1String("publicKeyHex") && v.isString())
                publicKey = QByteArray::fromHex(v.toString().toLatin1());
        QCOMPARE(publicKey.size(), 32);
        const QByteArray signature = QByteArray::fromHex(expected.value(QStringLiteral("Signature (hex)")).toString().toLatin1());
        QVERIFY(ed25519Verify(publicKey, input->hashData, signature));
    }

    void derivedCanon_data()
    {
        QTest::addColumn<QString>("name");
        const JsonValue index = readJson(kExternal + QStringLiteral("_derived-canon/index.json"));
        QVERIFY(index.size() >= 8);
        for (const auto &[k, v] : index.toObject())
            QTest::newRow(qPrintable(k)) << k;
    }
    void derivedCanon()
    {
        QFETCH(QString, name);
        const JsonValue entry = readJson(kExternal + QStringLiteral("_derived-canon/index.json")).value(name);
        const JsonValue doc = readJson(kExternal + entry.value(QStringLiteral("source")).toString());
        QVERIFY(doc.isObject());
        // Pick the proof this entry was made from (proof sets: match type and cryptosuite).
        JsonValue proof;
        const JsonValue proofs = doc.value(QStringLiteral("proof"));
        for (const JsonValue &p : proofs.isArray() ? proofs.toArray() : JsonValue::Array{proofs}) {
            if (p.value(QStringLiteral("type")) == entry.value(QStringLiteral("proofType"))
                && (entry.value(QStringLiteral("cryptosuite")).isNull()
                    || p.value(QStringLiteral("cryptosuite")) == entry.value(QStringLiteral("cryptosuite"))))
                proof = p;
        }
        QVERIFY(proof.isObject());
        auto input = JsonLdCanonicalizer::dataIntegrityInput(doc, proof);
        QVERIFY2(input.ok(), qPrintable(input.ok() ? QString() : input.error().message));
        const QString base = kExternal + QStringLiteral("_derived-canon/") + name;
        QCOMPARE(input->documentCanonical, readFile(base + QStringLiteral(".document-canon.nq")));
        QCOMPARE(input->proofCanonical, readFile(base + QStringLiteral(".proof-canon.nq")));
        QCOMPARE(JsonLdCanonicalizer::sha256(input->documentCanonical).toHex(),
                 entry.value(QStringLiteral("documentHash")).toString().toLatin1());
        QCOMPARE(JsonLdCanonicalizer::sha256(input->proofCanonical).toHex(),
                 entry.value(QStringLiteral("proofConfigHash")).toString().toLatin1());
        QCOMPARE(input->hashData.toHex(), entry.value(QStringLiteral("hashData")).toString().toLatin1());
        QCOMPARE(input->documentCanonical.count('\n'), qsizetype(entry.value(QStringLiteral("documentQuads")).toNumber()));
    }

    void refvc_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("signatureValid");
        const JsonValue manifest = readJson(kRefvc + QStringLiteral("manifest.json"));
        // Files whose embedded signature is intact although the credential is invalid for
        // another reason (dates, status, issuer binding, a nested credential).
        const QStringList intact = {
            QStringLiteral("ob3/di-invalid-expired.json"), QStringLiteral("ob3/di-invalid-not-yet-valid.json"),
            QStringLiteral("ob3/di-status-revoked.json"), QStringLiteral("ob3/di-invalid-issuer-mismatch.json"),
            QStringLiteral("clr/clr-invalid-nested-tampered.json")};
        int count = 0;
        for (const JsonValue &f : manifest.value(QStringLiteral("files")).toArray()) {
            const QString file = f.value(QStringLiteral("file")).toString();
            if (f.value(QStringLiteral("proof")).toString() != QLatin1String("eddsa-rdfc-2022") || !file.endsWith(QLatin1String(".json"))
                || file == QLatin1String("ob3/di-invalid-proof-removed.json"))
                continue;
            const bool valid = f.value(QStringLiteral("expect")).toString() == QLatin1String("valid") || intact.contains(file);
            QTest::newRow(qPrintable(file)) << file << valid;
            ++count;
        }
        QVERIFY(count >= 15);
    }
    void refvc()
    {
        QFETCH(QString, file);
        QFETCH(bool, signatureValid);
        const JsonValue doc = readJson(kRefvc + file);
        QVERIFY(doc.isObject());
        const JsonValue proof = doc.value(QStringLiteral("proof"));
        QVERIFY(proof.isObject());
        auto input = JsonLdCanonicalizer::dataIntegrityInput(doc, proof);
        QVERIFY2(input.ok(), qPrintable(input.ok() ? QString() : input.error().message));
        const QByteArray key = didKeyPublicKey(proof.value(QStringLiteral("verificationMethod")).toString());
        QCOMPARE(key.size(), 32);
        const QString proofValue = proof.value(QStringLiteral("proofValue")).toString();
        QVERIFY(proofValue.startsWith(QLatin1Char('z')));
        const QByteArray signature = base58Decode(proofValue.mid(1).toLatin1());
        const bool ok = signature.size() == 64 && ed25519Verify(key, input->hashData, signature);
        QCOMPARE(ok, signatureValid);
    }

    // Every embedded Ed25519 proof of the external fixtures whose offline outcome is recorded in
    // expected-verification.json (computed with jsonld.js): same verdict, signature by signature.
    void expectedVerification_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("proofIndex");
        QTest::addColumn<QString>("expected");
        const JsonValue all = readJson(kExternal + QStringLiteral("expected-verification.json")).value(QStringLiteral("dataIntegrity"));
        int count = 0;
        for (const auto &[file, results] : all.toObject()) {
            int index = 0;
            for (const JsonValue &r : results.toArray()) {
                const QString result = r.value(QStringLiteral("result")).toString();
                const QString vm = r.value(QStringLiteral("vm")).toString();
                const bool supported = r.value(QStringLiteral("type")).toString() == QLatin1String("Ed25519Signature2020")
                    || r.value(QStringLiteral("cryptosuite")).toString().startsWith(QLatin1String("eddsa-rdf"))
                    || r.value(QStringLiteral("cryptosuite")).toString() == QLatin1String("eddsa-2022");
                if (supported && (result == QLatin1String("SIGNATURE_VALID") || result == QLatin1String("SIGNATURE_INVALID"))
                    && !didKeyPublicKey(vm).isEmpty()) {
                    const QString expected = r.contains(QStringLiteral("safeMode")) ? QStringLiteral("data-loss") : result;
                    QTest::newRow(qPrintable(QStringLiteral("%1[%2]").arg(file).arg(index))) << file << index << expected;
                    ++count;
                }
                ++index;
            }
        }
        QVERIFY(count >= 60);
    }
    void expectedVerification()
    {
        QFETCH(QString, file);
        QFETCH(int, proofIndex);
        QFETCH(QString, expected);
        const JsonValue doc = readJson(kExternal + file);
        QVERIFY(doc.isObject());
        const JsonValue proofs = doc.value(QStringLiteral("proof"));
        const JsonValue proof = proofs.isArray() ? proofs.toArray().at(size_t(proofIndex)) : proofs;
        auto input = JsonLdCanonicalizer::dataIntegrityInput(doc, proof);
        if (expected == QLatin1String("data-loss")) {
            QVERIFY(!input.ok());
            QCOMPARE(input.error().code, QStringLiteral("data-loss"));
            return;
        }
        QVERIFY2(input.ok(), qPrintable(input.ok() ? QString() : input.error().message));
        const QByteArray key = didKeyPublicKey(proof.value(QStringLiteral("verificationMethod")).toString());
        QString proofValue = proof.value(QStringLiteral("proofValue")).toString();
        const QByteArray signature = proofValue.startsWith(QLatin1Char('z')) ? base58Decode(proofValue.mid(1).toLatin1()) : QByteArray();
        const bool ok = signature.size() == 64 && ed25519Verify(key, input->hashData, signature);
        QCOMPARE(ok ? QStringLiteral("SIGNATURE_VALID") : QStringLiteral("SIGNATURE_INVALID"), expected);
    }

    // Safe mode: fixtures whose signatures only "verify" when data is silently dropped.
    void safeMode_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("simple-err-type") << kExternal + QStringLiteral("1EdTech-digital-credentials-public-validator/ob30/simple-err-type.json");
        QTest::newRow("safeModeBreaker") << kExternal + QStringLiteral("digitalcredentials-verifier-core/credentials/eddsa/v2/safeModeBreaker.json");
    }
    void safeMode()
    {
        QFETCH(QString, file);
        const JsonValue doc = readJson(file);
        QVERIFY(doc.isObject());
        auto strict = JsonLdCanonicalizer::canonicalize(JsonLdCanonicalizer::withoutProof(doc));
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().code, QStringLiteral("data-loss"));
        JsonLdCanonicalizer::Options lax;
        lax.safeMode = false;
        QVERIFY(JsonLdCanonicalizer::canonicalize(JsonLdCanonicalizer::withoutProof(doc), BundledContextLoader::instance(), lax).ok());
    }
};

QTEST_GUILESS_MAIN(TestCredentialVectors)
#include "TestCredentialVectors.moc"
