// Throughput of the primitives and verifiers verification leans on, measured on the refvc corpus.
// QBENCHMARK figures: run ./bench_crypto (add -iterations N for steadier numbers).
#include "crypto/Base58.h"
#include "crypto/DidResolver.h"
#include "crypto/Inflate.h"
#include "crypto/Jws.h"
#include "crypto/Multibase.h"
#include "crypto/PublicKey.h"
#include "crypto/Signature.h"
#include "verify/DataIntegrityVerifier.h"
#include "verify/StatusListChecker.h"
#include "verify/VcJwtVerifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Satchel;

namespace {

QByteArray readFixture(const QString &relative)
{
    QFile f(QStringLiteral(SATCHEL_FIXTURES_DIR "/") + relative);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

} // namespace

class BenchCrypto : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ed25519Verify();
    void rs256JwsVerify();
    void es256JwsVerify();
    void base58DecodeProofValue();
    void dataIntegritySuites_data();
    void dataIntegritySuites();
    void didKeyResolve();
    void statusListDecode();
    void vcJwtVerify();
    void dataIntegrityVerifyRich();
};

void BenchCrypto::ed25519Verify()
{
    const QString dir = QStringLiteral("external/1EdTech-openbadges-specification/ob3-testvector/");
    const QJsonObject expected = QJsonDocument::fromJson(readFixture(dir + "expected-values.json")).object();
    const QJsonObject keypair = QJsonDocument::fromJson(readFixture(dir + "keypair.json")).object();
    const PublicKey key = *PublicKey::fromMultibase(keypair.value("publicKeyMultibase").toString());
    const QByteArray data = QByteArray::fromHex(expected.value("Data to sign (hex)").toString().toLatin1());
    const QByteArray sig = QByteArray::fromHex(expected.value("Signature (hex)").toString().toLatin1());
    QBENCHMARK {
        QVERIFY(Signature::verify(SignatureAlgorithm::EdDSA, key, data, sig).ok());
    }
}

void BenchCrypto::rs256JwsVerify()
{
    const QByteArray text = readFixture("refvc/ob3/jwt-rs256-jwk-header.jwt");
    QBENCHMARK {
        auto jws = Jws::parse(text);
        auto key = PublicKey::fromJwk(jws->header().value("jwk").toObject());
        QVERIFY(jws->verify(*key, {SignatureAlgorithm::RS256}).ok());
    }
}

void BenchCrypto::es256JwsVerify()
{
    const QByteArray text = readFixture("refvc/ob3/jwt-es256-didjwk.jwt");
    QBENCHMARK {
        auto jws = Jws::parse(text);
        auto key = DidResolver::resolveLocal(jws->keyId());
        QVERIFY(jws->verify(key->key, {SignatureAlgorithm::ES256}).ok());
    }
}

void BenchCrypto::base58DecodeProofValue()
{
    const QByteArray proofValue =
        "z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr";
    QBENCHMARK {
        QCOMPARE(Multibase::decode(proofValue)->size(), 64);
    }
}

void BenchCrypto::didKeyResolve()
{
    const QString did = QStringLiteral("did:key:z6MkiUk57zpRo2NYLUd9N7EXQRzHAChzzzcNRKTBepMdFCXb");
    QBENCHMARK {
        QVERIFY(DidResolver::resolveLocal(did).ok());
    }
}

void BenchCrypto::statusListDecode()
{
    const QJsonObject list = QJsonDocument::fromJson(readFixture("refvc/served/status/1.json")).object();
    const QString encoded = list.value("credentialSubject").toObject().value("encodedList").toString();
    QBENCHMARK {
        QCOMPARE(StatusListChecker::decodeEncodedList(encoded)->size(), 16384);
    }
}

void BenchCrypto::vcJwtVerify()
{
    const QByteArray text = readFixture("refvc/ob3/jwt-eddsa-didkey.jwt");
    QBENCHMARK {
        QCOMPARE(VcJwtVerifier(nullptr, kNow).verify(text).status(), VerificationStatus::Valid);
    }
}

void BenchCrypto::dataIntegrityVerifyRich()
{
    const QByteArray json = readFixture("refvc/ob3/di-rich.json");
    QBENCHMARK {
        QCOMPARE(DataIntegrityVerifier(nullptr, kNow).verify(json).status(), VerificationStatus::Valid);
    }
}

// One OB 3.0 credential per suite, made by the published libraries (fixtures/published-suites).
void BenchCrypto::dataIntegritySuites_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"ecdsa-rdfc-2019-p-256", "ecdsa-rdfc-2019-p-384", "ecdsa-sd-2023-derived",
                             "Ed25519Signature2018"})
        QTest::newRow(name) << QStringLiteral("published-suites/%1.json").arg(QLatin1String(name));
}

void BenchCrypto::dataIntegritySuites()
{
    QFETCH(QString, file);
    const QByteArray json = readFixture(file);
    QBENCHMARK {
        QCOMPARE(DataIntegrityVerifier(nullptr, kNow).verify(json).status(), VerificationStatus::Valid);
    }
}

QTEST_GUILESS_MAIN(BenchCrypto)
#include "BenchCrypto.moc"
