// Data Integrity (eddsa-rdfc-2022) verification of the refvc corpus (OB 3.0, CLR 2.0, the status
// list credential) with expectations from refvc/manifest.json, plus the published 1EdTech and W3C
// vectors and proof-set edge cases; presentations signed by a holder for one request.
#include "verify/DataIntegrityVerifier.h"

#include "crypto/Ed25519SigningKey.h"
#include "share/PresentationSigner.h"

#include "FakeFetcher.h"

#include <QTest>

using namespace Satchel;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

QByteArray readFixture(const QString &relative)
{
    QFile f(QStringLiteral(SATCHEL_FIXTURES_DIR "/") + relative);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QString describe(const VerificationReport &report)
{
    return QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
}

QJsonObject readObject(const QString &relative)
{
    return QJsonDocument::fromJson(readFixture(relative)).object();
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestDataIntegrityVerifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refvc_data();
    void refvc();
    void ob3TestVector();
    void w3cVectorKeyIsNotTheIssuers();
    void proofSet();
    void wrongProofPurpose();
    void statusListWithBadProofIsNotTrusted();
    void malformedInput();
    void presentations();
};

void TestDataIntegrityVerifier::refvc_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("reasonCode");
    const QJsonArray files = readObject("refvc/manifest.json").value("files").toArray();
    int rows = 0;
    for (const auto &v : files) {
        const QJsonObject f = v.toObject();
        const QString format = f.value("format").toString();
        if (format != "ob3-vc-json" && format != "clr2-vc-json" && format != "vc-status-list-json")
            continue;
        QTest::newRow(qPrintable(f.value("file").toString()))
            << f.value("file").toString() << f.value("expect").toString() << f.value("reasonCode").toString();
        ++rows;
    }
    QVERIFY(rows >= 19);
}

void TestDataIntegrityVerifier::refvc()
{
    QFETCH(QString, file);
    QFETCH(QString, expect);
    QFETCH(QString, reasonCode);
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    DataIntegrityVerifier verifier(&fetcher, kNow);
    const VerificationReport report = verifier.verify(readFixture("refvc/" + file));
    if (expect == "valid") {
        QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));
        QVERIFY(report.has("signature", CheckOutcome::Pass));
    } else {
        QVERIFY2(report.status() != VerificationStatus::Valid, qPrintable(describe(report)));
        QCOMPARE(report.reasonCode(), reasonCode);
    }
}

void TestDataIntegrityVerifier::ob3TestVector()
{
    // The issuer URL is not reachable: the key comes from the "#z6Mk…" fragment (1EdTech convention).
    DataIntegrityVerifier verifier(nullptr, kNow);
    const VerificationReport report =
        verifier.verify(readFixture("external/1EdTech-openbadges-specification/ob3-testvector/credential-signed.json"));
    QVERIFY2(report.has("signature", CheckOutcome::Pass), qPrintable(describe(report)));

    // The unsigned credential has no proof.
    const VerificationReport unsigned_ =
        verifier.verify(readFixture("external/1EdTech-openbadges-specification/ob3-testvector/credential-unsigned.json"));
    QCOMPARE(unsigned_.reasonCode(), QStringLiteral("no-proof"));
}

void TestDataIntegrityVerifier::w3cVectorKeyIsNotTheIssuers()
{
    // The W3C vector is signed by a did:key that its issuer (https://vc.example/issuers/5678) never
    // authorised: cryptographically fine, but not the issuer's signature.
    DataIntegrityVerifier verifier(nullptr, kNow);
    const VerificationReport report =
        verifier.verify(readFixture("external/w3c-vc-di-eddsa/TestVectors/eddsa-rdfc-2022/signedDataInt.json"));
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    QCOMPARE(report.reasonCode(), QStringLiteral("issuer-mismatch"));

    // Re-attributed to the key's DID, the same bytes verify.
    QJsonObject doc = readObject("external/w3c-vc-di-eddsa/TestVectors/eddsa-rdfc-2022/signedDataInt.json");
    doc.insert("issuer", "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
    const VerificationReport reattributed = verifier.verify(toBytes(doc));
    // The issuer is part of the signed data, so changing it breaks the signature.
    QCOMPARE(reattributed.reasonCode(), QStringLiteral("signature"));
}

void TestDataIntegrityVerifier::proofSet()
{
    QJsonObject doc = readObject("refvc/ob3/di-minimal.json");
    const QJsonObject good = doc.value("proof").toObject();
    QJsonObject unknown = good;
    unknown.insert("cryptosuite", "ecdsa-jcs-2019");
    QJsonObject broken = good;
    broken.insert("proofValue", "z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKKiCAeyRuDtEpfCjE");

    DataIntegrityVerifier verifier(nullptr, kNow);
    doc.insert("proof", QJsonArray{unknown, broken, good});
    QCOMPARE(verifier.verify(toBytes(doc)).status(), VerificationStatus::Valid);

    doc.insert("proof", QJsonArray{unknown, broken});
    QCOMPARE(verifier.verify(toBytes(doc)).reasonCode(), QStringLiteral("signature"));
    doc.insert("proof", QJsonArray{unknown});
    QCOMPARE(verifier.verify(toBytes(doc)).reasonCode(), QStringLiteral("unsupported-cryptosuite"));
    doc.insert("proof", QJsonArray{});
    QCOMPARE(verifier.verify(toBytes(doc)).reasonCode(), QStringLiteral("no-proof"));
}

void TestDataIntegrityVerifier::wrongProofPurpose()
{
    QJsonObject doc = readObject("refvc/ob3/di-minimal.json");
    QJsonObject proof = doc.value("proof").toObject();
    proof.insert("proofPurpose", "authentication");
    doc.insert("proof", proof);
    const VerificationReport report = DataIntegrityVerifier(nullptr, kNow).verify(toBytes(doc));
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    QVERIFY(report.checks.value(0).message.contains("assertionMethod"));
}

void TestDataIntegrityVerifier::statusListWithBadProofIsNotTrusted()
{
    // Tamper with the served status list: the revoked credential is then "status unavailable"
    // (a warning), never "valid because the forged list says so".
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    const QString url = QStringLiteral("http://127.0.0.1:18001/status/1");
    QJsonObject list = QJsonDocument::fromJson(fetcher.documents.value(url).body).object();
    QJsonObject subject = list.value("credentialSubject").toObject();
    subject.insert("encodedList", "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");
    list.insert("credentialSubject", subject);
    fetcher.serve(url, toBytes(list));
    const VerificationReport report =
        DataIntegrityVerifier(&fetcher, kNow).verify(readFixture("refvc/ob3/di-status-revoked.json"));
    QVERIFY(report.has("status-unavailable", CheckOutcome::Warn));
    QVERIFY(!report.has("revoked", CheckOutcome::Pass));
}

void TestDataIntegrityVerifier::malformedInput()
{
    DataIntegrityVerifier verifier(nullptr, kNow);
    QCOMPARE(verifier.verify("not json").reasonCode(), QStringLiteral("malformed"));
    QCOMPARE(verifier.verify("[1,2]").reasonCode(), QStringLiteral("malformed"));
    QCOMPARE(verifier.verify(QByteArray(200, '[')).reasonCode(), QStringLiteral("malformed"));
}

// A holder's presentation: valid when its proof answers this request and every credential it
// carries verifies; a replay, a credential's own proof taken for a presentation's, or a tampered
// credential inside are not.
void TestDataIntegrityVerifier::presentations()
{
    const QByteArray seed(32, 'p');
    const Ed25519SigningKey holder(std::move(Ed25519KeyPair::fromSeed(SecureBytes(seed.constData(), size_t(seed.size()))).value()));
    const PresentationBinding binding{QStringLiteral("nonce-1"), QStringLiteral("redirect_uri:https://v.example/r"), kNow};
    DataIntegrityVerifier verifier(nullptr, kNow);

    const QByteArray vp = PresentationSigner::sign(readFixture("refvc/ob3/di-minimal.json"), holder, binding).value();
    const VerificationReport valid = verifier.verifyPresentation(vp, binding.challenge, binding.domain);
    QVERIFY2(valid.status() == VerificationStatus::Valid, qPrintable(describe(valid)));
    QCOMPARE(valid.checks.size(), 2);
    QCOMPARE(verifier.verifyPresentation(vp, QStringLiteral("nonce-2"), binding.domain).status(), VerificationStatus::Invalid);
    QCOMPARE(verifier.verifyPresentation(vp, binding.challenge, QStringLiteral("other")).status(), VerificationStatus::Invalid);

    // Several credentials in one presentation (a VC-API answer): each verified inside the holder's proof.
    const QByteArray two = PresentationSigner::signCredentials(
        QList<QByteArray>{readFixture("refvc/ob3/di-minimal.json"), readFixture("refvc/ob3/di-rich.json")}, holder, binding)
                               .value();
    const VerificationReport both = verifier.verifyPresentation(two, binding.challenge, binding.domain);
    QVERIFY2(both.status() == VerificationStatus::Valid, qPrintable(describe(both)));
    QCOMPARE(both.checks.size(), 2); // the holder's proof, then one check for the included credentials
    QVERIFY2(both.checks.at(1).message.contains(QStringLiteral("All 2 included")), qPrintable(both.checks.at(1).message));
    // A VCDM 1.1 and a VCDM 2.0 credential cannot share one presentation's context.
    const auto mixed = PresentationSigner::signCredentials(
        QList<QByteArray>{readFixture("refvc/ob3/di-minimal.json"),
                          readFixture("external/1EdTech-digital-credentials-public-validator/ob30/simple-eddsa-2022.json")},
        holder, binding);
    QVERIFY(!mixed.ok());
    QCOMPARE(mixed.error().code, QStringLiteral("mixed-data-models"));

    const QByteArray empty = PresentationSigner::sign(QByteArray(), holder, binding).value();
    QCOMPARE(verifier.verifyPresentation(empty, binding.challenge, binding.domain).status(), VerificationStatus::Valid);

    const VerificationReport asserted =
        verifier.verifyPresentation(readFixture("refvc/ob3/di-minimal.json"), QString(), QString());
    QCOMPARE(asserted.status(), VerificationStatus::Invalid);
    QVERIFY(asserted.checks.value(0).message.contains("authentication"));

    const QByteArray tampered =
        PresentationSigner::sign(readFixture("refvc/ob3/di-invalid-tampered-subject-name.json"), holder, binding).value();
    const VerificationReport carried = verifier.verifyPresentation(tampered, binding.challenge, binding.domain);
    QCOMPARE(carried.status(), VerificationStatus::Invalid);
    QCOMPARE(carried.checks.value(0).outcome, CheckOutcome::Pass); // the holder did sign it
    QCOMPARE(carried.checks.value(1).code, QStringLiteral("nested-invalid"));
}

QTEST_GUILESS_MAIN(TestDataIntegrityVerifier)
#include "TestDataIntegrityVerifier.moc"
