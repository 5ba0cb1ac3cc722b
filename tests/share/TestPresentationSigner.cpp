// Signed presentations for public links: structure (VCDM 2.0, holder, the credential's original
// JSON embedded), the eddsa-rdfc-2022 proof verified again with our own canonicalizer and
// Ed25519, tampering detected, and the formats that cannot be presented refused with a reason.
// (The same presentations are checked by @digitalbazaar/vc in TestPublicLink.)
#include "crypto/Ed25519KeyPair.h"
#include "crypto/Ed25519SigningKey.h"
#include "crypto/Multibase.h"
#include "crypto/PublicKey.h"
#include "crypto/Signature.h"
#include "jsonld/JsonLdCanonicalizer.h"
#include "jsonld/JsonValue.h"
#include "share/PresentationSigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Satchel;

namespace {

QByteArray fixture(const QString &relative)
{
    QFile f(QStringLiteral(SATCHEL_FIXTURES_DIR "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Ed25519KeyPair fixedKey()
{
    const QByteArray seed = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    return std::move(Ed25519KeyPair::fromSeed(SecureBytes(seed.constData(), size_t(seed.size()))).value());
}

// Our own check of the presentation's proof (the Node verifier does the same in TestPublicLink).
bool proofVerifies(const QByteArray &vp, const Ed25519KeyPair &key)
{
    auto document = JsonValue::parse(vp);
    if (!document)
        return false;
    const JsonValue proof = document->value(QStringLiteral("proof"));
    auto input = JsonLdCanonicalizer::dataIntegrityInput(*document, proof);
    auto signature = Multibase::decode(proof.value(QStringLiteral("proofValue")).toString().toLatin1());
    auto publicKey = PublicKey::fromEd25519(key.publicKey());
    return input && signature && publicKey
        && Signature::verify(SignatureAlgorithm::EdDSA, *publicKey, input->hashData, *signature).ok();
}

} // namespace

class TestPresentationSigner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signsPresentationOfOriginalCredential_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ob3 minimal") << QStringLiteral("refvc/ob3/di-minimal.json");
        QTest::newRow("ob3 i18n") << QStringLiteral("refvc/ob3/di-i18n.json");
        QTest::newRow("clr") << QStringLiteral("refvc/clr/clr-valid.json");
    }

    void signsPresentationOfOriginalCredential()
    {
        QFETCH(QString, file);
        const QByteArray original = fixture(file);
        QVERIFY(!original.isEmpty());
        const Ed25519KeyPair key = fixedKey();
        const QDateTime created(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        auto vp = PresentationSigner::sign(original, key, created);
        QVERIFY2(vp.ok(), qPrintable(vp.ok() ? QString() : vp.error().message));
        // The credential's own bytes are in it, unchanged.
        QVERIFY(vp->contains(original.trimmed()));

        const QJsonObject object = QJsonDocument::fromJson(*vp).object();
        QCOMPARE(object.value(QStringLiteral("@context")).toArray(),
                 QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")});
        QCOMPARE(object.value(QStringLiteral("type")).toArray(), QJsonArray{QStringLiteral("VerifiablePresentation")});
        QCOMPARE(object.value(QStringLiteral("holder")).toString(), key.did());
        QCOMPARE(object.value(QStringLiteral("verifiableCredential")).toArray().size(), 1);
        QCOMPARE(object.value(QStringLiteral("verifiableCredential")).toArray().first().toObject(),
                 QJsonDocument::fromJson(original).object());
        const QJsonObject proof = object.value(QStringLiteral("proof")).toObject();
        QCOMPARE(proof.value(QStringLiteral("type")).toString(), QStringLiteral("DataIntegrityProof"));
        QCOMPARE(proof.value(QStringLiteral("cryptosuite")).toString(), QStringLiteral("eddsa-rdfc-2022"));
        QCOMPARE(proof.value(QStringLiteral("proofPurpose")).toString(), QStringLiteral("authentication"));
        QCOMPARE(proof.value(QStringLiteral("verificationMethod")).toString(), key.verificationMethod());
        QCOMPARE(proof.value(QStringLiteral("created")).toString(), QStringLiteral("2026-12-04T12:00:00Z"));
        QVERIFY(!proof.contains(QStringLiteral("challenge")));

        QVERIFY(proofVerifies(*vp, key));
        // Any change to the presentation breaks the proof: the holder, or the embedded credential.
        QByteArray tampered = *vp;
        tampered.replace("\"VerifiablePresentation\"", "\"VerifiablePresentation\",\"Extra\"");
        QVERIFY(!proofVerifies(tampered, key));
        QJsonObject edited = QJsonDocument::fromJson(original).object();
        edited.insert(QStringLiteral("name"), QString(edited.value(QStringLiteral("name")).toString() + QStringLiteral(" (edited)")));
        QVERIFY(!proofVerifies(QByteArray(*vp).replace(original.trimmed(), QJsonDocument(edited).toJson(QJsonDocument::Compact)),
                               key));
    }

    // A DID authentication (VC-API exchanges): any SigningKey, the request's challenge and domain in
    // the proof, which still verifies and breaks when either is changed.
    void didAuthenticationBoundToChallengeAndDomain()
    {
        const Ed25519SigningKey key(fixedKey());
        auto vp = PresentationSigner::sign(QByteArray(), key, PresentationBinding{QStringLiteral("c-123"),
                                                                        QStringLiteral("https://issuer.example")});
        QVERIFY2(vp.ok(), qPrintable(vp.ok() ? QString() : vp.error().message));
        const QJsonObject object = QJsonDocument::fromJson(*vp).object();
        QCOMPARE(object.value(QStringLiteral("holder")).toString(), key.did());
        QVERIFY(!object.contains(QStringLiteral("verifiableCredential")));
        const QJsonObject proof = object.value(QStringLiteral("proof")).toObject();
        QCOMPARE(proof.value(QStringLiteral("challenge")).toString(), QStringLiteral("c-123"));
        QCOMPARE(proof.value(QStringLiteral("domain")).toString(), QStringLiteral("https://issuer.example"));
        QCOMPARE(proof.value(QStringLiteral("proofPurpose")).toString(), QStringLiteral("authentication"));
        QCOMPARE(proof.value(QStringLiteral("cryptosuite")).toString(), key.dataIntegrityCryptosuite());
        QVERIFY(proofVerifies(*vp, key.keyPair()));
        QVERIFY(!proofVerifies(QByteArray(*vp).replace("c-123", "c-124"), key.keyPair()));
        QVERIFY(!proofVerifies(QByteArray(*vp).replace("issuer.example", "evil.example"), key.keyPair()));
    }

    void emptyPresentationForStopping()
    {
        const Ed25519KeyPair key = fixedKey();
        auto vp = PresentationSigner::sign({}, key);
        QVERIFY(vp.ok());
        const QJsonObject object = QJsonDocument::fromJson(*vp).object();
        QVERIFY(!object.contains(QStringLiteral("verifiableCredential")));
        QVERIFY(proofVerifies(*vp, key));
    }

    void refusesWhatIsNotJsonLd()
    {
        const Ed25519KeyPair key = fixedKey();
        QCOMPARE(PresentationSigner::sign("{\"name\":\"no context\"}", key).error().code,
                 QStringLiteral("format-not-presentable"));
        QCOMPARE(PresentationSigner::sign("{not json", key).error().code, QStringLiteral("json-parse"));
    }

    void presentableFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("presentable");
        QTest::newRow("ob3-json") << int(CredentialFormat::Ob3Json) << true;
        QTest::newRow("clr-json") << int(CredentialFormat::ClrJson) << true;
        QTest::newRow("ob2-json") << int(CredentialFormat::Ob2Json) << false;
        QTest::newRow("ob2-jws") << int(CredentialFormat::Ob2Jws) << false;
        QTest::newRow("ob3-jwt") << int(CredentialFormat::Ob3Jwt) << false;
        QTest::newRow("clr-jwt") << int(CredentialFormat::ClrJwt) << false;
    }

    void presentableFormats()
    {
        QFETCH(int, format);
        QFETCH(bool, presentable);
        const Status status = PresentationSigner::presentable(CredentialFormat(format));
        QCOMPARE(status.ok(), presentable);
        if (!presentable) {
            QCOMPARE(status.error().code, QStringLiteral("format-not-presentable"));
            QVERIFY(status.error().message.contains(QLatin1String("not possible")));
        }
    }
};

QTEST_GUILESS_MAIN(TestPresentationSigner)
#include "TestPresentationSigner.moc"
