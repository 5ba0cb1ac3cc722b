// The Data Integrity suites beyond eddsa-rdfc-2022: ecdsa-rdfc-2019 (P-256, P-384), derived
// ecdsa-sd-2023 proofs (and base proofs, for the holder only), the legacy Ed25519Signature2018 and
// bbs-2023 (named as unsupported).
// Published vectors (W3C vc-di-ecdsa, the 1EdTech validator) and credentials made by the published
// libraries (fixtures/published-suites, from tests/interop/make-ecdsa-credentials.mjs) verify; each
// tampered copy fails with the "signature" check. Also: presentations signed by a P-256 holder key.
#include "verify/DataIntegrityVerifier.h"

#include "crypto/DidResolver.h"
#include "crypto/P256SigningKey.h"
#include "share/PresentationSigner.h"
#include "verify/EcdsaSdProofValue.h"
#include "verify/ProofSuite.h"

#include "FakeFetcher.h"

#include <QTest>

#include "FixtureFiles.h"

using namespace Satchel;
using SatchelTest::readFixture;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
const QString kEcdsaVectors = QStringLiteral("external/w3c-vc-di-ecdsa/TestVectors/");
const QString kOneEdTech = QStringLiteral("external/1EdTech-digital-credentials-public-validator/ob30/");
const QString kPublished = QStringLiteral("published-suites/");

JsonValue readDocument(const QString &relative)
{
    auto document = JsonValue::parse(readFixture(relative));
    return document ? *document : JsonValue();
}

VerificationCheck verifyProofs(const JsonValue &document)
{
    // Nothing is served: keys come from did:key or the issuer's "#z…" fragment.
    SatchelTest::FakeFetcher fetcher;
    return DataIntegrityVerifier(&fetcher, kNow).verifyProofs(document);
}

JsonValue firstProof(const JsonValue &document)
{
    const JsonValue proof = document.value(QStringLiteral("proof"));
    return proof.isArray() ? proof.toArray().front() : proof;
}

JsonValue withProof(JsonValue document, const JsonValue &proof)
{
    document.insert(QStringLiteral("proof"), proof);
    return document;
}

// One character of the proof value changed (in the middle, so that the multibase prefix and a
// CBOR header stay as they are).
JsonValue withTamperedProofValue(const JsonValue &document)
{
    JsonValue proof = firstProof(document);
    const bool jws = proof.contains(QStringLiteral("jws"));
    const QString member = jws ? QStringLiteral("jws") : QStringLiteral("proofValue");
    QString value = proof.value(member).toString();
    const qsizetype at = jws ? value.size() - 10 : value.size() / 2;
    value[at] = value.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    proof.insert(member, value);
    return withProof(document, proof);
}

QString describe(const VerificationCheck &check)
{
    return check.code + QLatin1String(": ") + check.message;
}

} // namespace

class TestDataIntegritySuites : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void verifies_data();
    void verifies();
    void unsupported_data();
    void unsupported();
    void w3cVectors_data();
    void w3cVectors();
    void derivedProofValueEdits();
    void baseProofInPresentation();
    void p256Presentation();
};

void TestDataIntegritySuites::verifies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("suite");
    QTest::addColumn<QString>("changedMember"); // a top-level string member the proof covers
    QTest::newRow("1EdTech ecdsa-sd-2023 derived") << kOneEdTech + "sd/derivedcredential.json" << "ecdsa-sd-2023"
                                                   << "validFrom";
    QTest::newRow("published ecdsa-rdfc-2019 P-256") << kPublished + "ecdsa-rdfc-2019-p-256.json" << "ecdsa-rdfc-2019"
                                                     << "name";
    QTest::newRow("published ecdsa-rdfc-2019 P-384") << kPublished + "ecdsa-rdfc-2019-p-384.json" << "ecdsa-rdfc-2019"
                                                     << "name";
    QTest::newRow("published ecdsa-sd-2023 derived") << kPublished + "ecdsa-sd-2023-derived.json" << "ecdsa-sd-2023"
                                                     << "validFrom";
    // The holder's copy, checked by the wallet that holds it (a verifier refuses it: see below).
    QTest::newRow("published ecdsa-sd-2023 base") << kPublished + "ecdsa-sd-2023-base.json"
                                                  << "ecdsa-sd-2023 base proof" << "name";
    QTest::newRow("published Ed25519Signature2018") << kPublished + "Ed25519Signature2018.json"
                                                    << "Ed25519Signature2018" << "name";
}

void TestDataIntegritySuites::verifies()
{
    QFETCH(QString, file);
    QFETCH(QString, suite);
    QFETCH(QString, changedMember);
    const JsonValue document = readDocument(file);
    QVERIFY2(document.isObject(), qPrintable(file));

    const VerificationCheck valid = verifyProofs(document);
    QVERIFY2(valid.outcome == CheckOutcome::Pass, qPrintable(describe(valid)));
    QCOMPARE(valid.code, QStringLiteral("signature"));

    // The document changed after signing.
    JsonValue changed = document;
    QVERIFY(changed.value(changedMember).isString());
    changed.insert(changedMember, changed.value(changedMember).toString() == QLatin1String("2001-01-01T00:00:00Z")
                                      ? QStringLiteral("2002-01-01T00:00:00Z")
                                      : QStringLiteral("2001-01-01T00:00:00Z"));
    const VerificationCheck tamperedDocument = verifyProofs(changed);
    QCOMPARE(tamperedDocument.outcome, CheckOutcome::Fail);
    QVERIFY2(tamperedDocument.code == QLatin1String("signature"), qPrintable(describe(tamperedDocument)));

    // The proof value changed.
    const VerificationCheck tamperedProof = verifyProofs(withTamperedProofValue(document));
    QCOMPARE(tamperedProof.outcome, CheckOutcome::Fail);
    QVERIFY2(tamperedProof.code == QLatin1String("signature"), qPrintable(describe(tamperedProof)));

    // The suite named in the message is the one that verified.
    if (!valid.message.contains(QLatin1String("issuer's own identifier")))
        QVERIFY2(valid.message.contains(suite), qPrintable(valid.message));
}

void TestDataIntegritySuites::unsupported_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("explains");
    QTest::newRow("1EdTech bbs-2023") << kOneEdTech + "simple-bbs-2023.json" << "bbs-2023";
}

// Proofs Satchel reads but cannot verify say so by name, not as an unknown proof type.
void TestDataIntegritySuites::unsupported()
{
    QFETCH(QString, file);
    QFETCH(QString, explains);
    const VerificationCheck check = verifyProofs(readDocument(file));
    QCOMPARE(check.outcome, CheckOutcome::Fail);
    QCOMPARE(check.code, QStringLiteral("unsupported-cryptosuite"));
    QVERIFY2(check.message.contains(explains), qPrintable(check.message));
    QVERIFY2(!check.message.contains(QLatin1String("is not supported")), qPrintable(check.message));
}

// The W3C vectors are signed by a did:key their example issuer never authorised (the base proof
// names no issuer), so the verifier refuses them for that reason; the suites themselves verify the
// vectors' cryptography (the base proof as its holder would), and not once a value changed or a
// statement is withheld.
void TestDataIntegritySuites::w3cVectors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("changedMember"); // in credentialSubject
    QTest::newRow("ecdsa-rdfc-2019 P-256") << kEcdsaVectors + "ecdsa-rdfc-2019-p256/signedECDSAP256.json" << "alumniOf";
    QTest::newRow("ecdsa-rdfc-2019 P-384") << kEcdsaVectors + "ecdsa-rdfc-2019-p384/signedECDSAP384.json" << "alumniOf";
    QTest::newRow("ecdsa-sd-2023 derived") << kEcdsaVectors + "ecdsa-sd-2023/derivedRevealDocument.json" << "sailNumber";
    QTest::newRow("ecdsa-sd-2023 base (holder)") << kEcdsaVectors + "ecdsa-sd-2023/addSignedSDBase.json" << "sailNumber";
}

void TestDataIntegritySuites::w3cVectors()
{
    QFETCH(QString, file);
    QFETCH(QString, changedMember);
    const JsonValue document = readDocument(file);
    QCOMPARE(verifyProofs(document).code, QStringLiteral("issuer-mismatch"));

    const JsonValue proof = firstProof(document);
    auto key = DidResolver::resolveLocal(proof.value(QStringLiteral("verificationMethod")).toString());
    QVERIFY(key.ok());
    const auto check = [&](const JsonValue &doc, const JsonValue &withProof) -> Status {
        auto suite = ProofSuite::forProof(withProof, true);
        if (!suite)
            return suite.error();
        if (const Status prepared = (*suite)->prepare(doc, withProof); !prepared)
            return prepared;
        return (*suite)->verify(key->key);
    };
    const Status verified = check(document, proof);
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));

    JsonValue changed = document;
    JsonValue subject = changed.value(QStringLiteral("credentialSubject"));
    QVERIFY(subject.value(changedMember).isString());
    subject.insert(changedMember, QString(subject.value(changedMember).toString() + QLatin1Char('!')));
    changed.insert(QStringLiteral("credentialSubject"), subject);
    const Status changedVerified = check(changed, proof);
    QVERIFY(!changedVerified);
    QCOMPARE(changedVerified.error().code, QStringLiteral("signature"));

    subject.remove(changedMember);
    changed.insert(QStringLiteral("credentialSubject"), subject);
    const Status withheld = check(changed, proof);
    QVERIFY(!withheld);
    QCOMPARE(withheld.error().code, QStringLiteral("signature"));

    const Status tamperedProof = check(document, firstProof(withTamperedProofValue(document)));
    QVERIFY(!tamperedProof);
    QCOMPARE(tamperedProof.error().code, QStringLiteral("signature"));
}

// Satchel signs presentations with a P-256 holder key as ecdsa-rdfc-2019; it verifies them too.
// A derived proof value read and written back still verifies; with a label, a mandatory index or a
// statement signature taken out or added, it fails as a "signature".
void TestDataIntegritySuites::derivedProofValueEdits()
{
    const JsonValue document = readDocument(kPublished + "ecdsa-sd-2023-derived.json");
    const JsonValue proof = firstProof(document);
    auto parsed = EcdsaSdProofValue::parseDerived(proof.value(QStringLiteral("proofValue")).toString());
    QVERIFY(parsed.ok());
    QVERIFY(!parsed->labelMap.isEmpty() && !parsed->mandatoryIndexes.isEmpty() && !parsed->signatures.isEmpty());
    const auto withValue = [&](const EcdsaSdDerivedProof &value) {
        JsonValue edited = proof;
        edited.insert(QStringLiteral("proofValue"), EcdsaSdProofValue::serializeDerived(value));
        return verifyProofs(withProof(document, JsonValue(JsonValue::Array{edited})));
    };
    const VerificationCheck same = withValue(*parsed);
    QVERIFY2(same.outcome == CheckOutcome::Pass, qPrintable(describe(same)));

    EcdsaSdDerivedProof lessLabels = *parsed;
    lessLabels.labelMap.erase(lessLabels.labelMap.begin());
    EcdsaSdDerivedProof moreMandatory = *parsed;
    moreMandatory.mandatoryIndexes.append(moreMandatory.mandatoryIndexes.last() + 1000);
    EcdsaSdDerivedProof lessMandatory = *parsed;
    lessMandatory.mandatoryIndexes.removeLast();
    EcdsaSdDerivedProof lessSignatures = *parsed;
    lessSignatures.signatures.removeLast();
    EcdsaSdDerivedProof swappedSignatures = *parsed;
    swappedSignatures.signatures.swapItemsAt(0, swappedSignatures.signatures.size() - 1);
    for (const EcdsaSdDerivedProof &edited : {lessLabels, moreMandatory, lessMandatory, lessSignatures, swappedSignatures}) {
        const VerificationCheck check = withValue(edited);
        QCOMPARE(check.outcome, CheckOutcome::Fail);
        QVERIFY2(check.code == QLatin1String("signature"), qPrintable(describe(check)));
    }
}

// A verifier is given derived proofs; an ecdsa-sd-2023 base proof inside a presentation (the
// holder's copy, HMAC key included) is refused and said to be one.
void TestDataIntegritySuites::baseProofInPresentation()
{
    auto pair = P256KeyPair::generate();
    QVERIFY(pair.ok());
    const P256SigningKey holder(std::move(*pair));
    const PresentationBinding binding{QStringLiteral("nonce-1"), QStringLiteral("redirect_uri:https://v.example/r"), kNow};
    DataIntegrityVerifier verifier(nullptr, kNow);
    const QByteArray base = readFixture(kPublished + "ecdsa-sd-2023-base.json");
    QCOMPARE(verifier.verify(base).status(), VerificationStatus::Valid);

    const QByteArray vp = PresentationSigner::sign(base, holder, binding).value();
    const VerificationReport report = verifier.verifyPresentation(vp, binding.challenge, binding.domain);
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    QCOMPARE(report.checks.value(0).outcome, CheckOutcome::Pass); // the holder's own proof
    QCOMPARE(report.checks.value(1).code, QStringLiteral("nested-invalid"));
    QVERIFY2(report.checks.value(1).message.contains(QLatin1String("base proof")), qPrintable(report.checks.value(1).message));

    const QByteArray derived = PresentationSigner::sign(readFixture(kPublished + "ecdsa-sd-2023-derived.json"), holder,
                                                        binding).value();
    QCOMPARE(verifier.verifyPresentation(derived, binding.challenge, binding.domain).status(), VerificationStatus::Valid);
    // The same verifier still checks a base proof the learner holds.
    QCOMPARE(verifier.verify(base).status(), VerificationStatus::Valid);
}

void TestDataIntegritySuites::p256Presentation()
{
    auto pair = P256KeyPair::generate();
    QVERIFY(pair.ok());
    const P256SigningKey holder(std::move(*pair));
    const PresentationBinding binding{QStringLiteral("nonce-1"), QStringLiteral("redirect_uri:https://v.example/r"), kNow};
    DataIntegrityVerifier verifier(nullptr, kNow);

    const QByteArray vp = PresentationSigner::sign(readFixture("refvc/ob3/di-minimal.json"), holder, binding).value();
    QVERIFY(vp.contains("ecdsa-rdfc-2019"));
    const VerificationReport valid = verifier.verifyPresentation(vp, binding.challenge, binding.domain);
    QVERIFY2(valid.status() == VerificationStatus::Valid,
             qPrintable(QString::fromUtf8(QJsonDocument(valid.toJson()).toJson(QJsonDocument::Compact))));
    QCOMPARE(valid.checks.value(0).code, QStringLiteral("signature"));
    QCOMPARE(valid.checks.value(0).outcome, CheckOutcome::Pass);

    QCOMPARE(verifier.verifyPresentation(vp, QStringLiteral("nonce-2"), binding.domain).status(),
             VerificationStatus::Invalid);
    // The proof's date is signed too.
    QJsonObject tampered = QJsonDocument::fromJson(vp).object();
    QJsonObject proof = tampered.value(QLatin1String("proof")).toObject();
    proof.insert(QLatin1String("created"), QStringLiteral("2020-01-01T00:00:00Z"));
    tampered.insert(QLatin1String("proof"), proof);
    const VerificationReport other = verifier.verifyPresentation(QJsonDocument(tampered).toJson(), binding.challenge,
                                                                 binding.domain);
    QCOMPARE(other.status(), VerificationStatus::Invalid);
    QCOMPARE(other.checks.value(0).code, QStringLiteral("signature"));
}

QTEST_GUILESS_MAIN(TestDataIntegritySuites)
#include "TestDataIntegritySuites.moc"
