// Credentials secured with COSE just now by the published cose-kit library
// (tests/interop/make-cose-credentials.mjs: fresh did:jwk issuers with ES256, ES384, ES512 and
// EdDSA keys, and a vp+cose presentation of them by a did:jwk holder) are read and verified by
// Satchel offline: detected as OB 3.0 COSE credentials from the binary file, its base64 text and
// an EnvelopedVerifiableCredential, shown as their payload, VALID; the presentation's holder
// signature holds and its credentials come out as the same messages. A byte changed in a
// credential's payload, or in the presentation, fails the signature.
#include "formats/CredentialReader.h"
#include "verify/CredentialVerifier.h"
#include "verify/PresentationVerifier.h"

#include "NodeServerProcess.h"
#include "ReportLookup.h"
#include "TestFiles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using SatchelTest::describe;
using SatchelTest::outcomeOf;
using Satchel::Test::readFile;

class TestVcCoseInterop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = NodeServerProcess::missing(QStringLiteral("cose-kit"));
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY(m_folder.isValid());
        QProcess node;
        node.start(QStringLiteral("node"), {QStringLiteral(SATCHEL_SOURCE_DIR "/tests/interop/make-cose-credentials.mjs"),
                                            m_folder.path()});
        QVERIFY(node.waitForFinished(120000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        m_made = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        QCOMPARE(m_made.keys(), (QStringList{QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"),
                                             QStringLiteral("EdDSA"), QStringLiteral("presentation")}));
    }

    void credentialsVerify_data()
    {
        QTest::addColumn<QString>("alg");
        for (const char *alg : {"ES256", "ES384", "ES512", "EdDSA"})
            QTest::newRow(alg) << QString::fromLatin1(alg);
    }

    void credentialsVerify()
    {
        QFETCH(QString, alg);
        const QJsonObject made = m_made.value(alg).toObject();
        const QByteArray binary = readFile(made.value(QLatin1String("file")).toString());
        QVERIFY(!binary.isEmpty());
        const QByteArray envelope = QJsonDocument(QJsonObject{
            {QStringLiteral("@context"), QStringLiteral("https://www.w3.org/ns/credentials/v2")},
            {QStringLiteral("type"), QStringLiteral("EnvelopedVerifiableCredential")},
            {QStringLiteral("id"), QString(QStringLiteral("data:application/vc+cose;base64,") + QString::fromLatin1(binary.toBase64()))}})
                                        .toJson();
        // The file as it is, its base64 text as pasted, and the envelope (kept as the message inside).
        const QList<std::pair<QByteArray, QByteArray>> inputs{
            {binary, binary}, {binary.toBase64() + "\n", binary.toBase64() + "\n"}, {envelope, binary}};
        for (const auto &[input, stored] : inputs) {
            auto raw = CredentialReader::detect(input, QStringLiteral("interop.cose"));
            QVERIFY2(raw, qPrintable(raw ? QString() : raw.error().message));
            QCOMPARE(raw->format, CredentialFormat::Ob3Cose);
            QCOMPARE(raw->bytes, stored);
            auto credential = CredentialReader::parse(*raw);
            QVERIFY2(credential, qPrintable(credential ? QString() : credential.error().message));
            QCOMPARE(credential->name, made.value(QLatin1String("name")).toString());
            QCOMPARE(credential->issuer.id, made.value(QLatin1String("issuer")).toString());
            QCOMPARE(credential->proofTypes.value(0), QStringLiteral("COSE ") + alg);
            const VerificationReport report = CredentialVerifier(nullptr).verify(raw->format, raw->bytes);
            QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));
            QCOMPARE(outcomeOf(report, QStringLiteral("signature")), CheckOutcome::Pass);
        }
    }

    void tamperedCredentialFails()
    {
        QByteArray binary = readFile(m_made.value(QLatin1String("ES256")).toObject().value(QLatin1String("file")).toString());
        QVERIFY(binary.contains("Welding Fundamentals"));
        binary.replace("Welding Fundamentals", "Welding Masterclass!");
        const VerificationReport report = CredentialVerifier(nullptr).verify(CredentialFormat::Ob3Cose, binary);
        QCOMPARE(report.status(), VerificationStatus::Invalid);
        QVERIFY2(report.reasonCode() == QLatin1String("signature"), qPrintable(describe(report)));
    }

    void presentationVerifies()
    {
        const QJsonObject made = m_made.value(QLatin1String("presentation")).toObject();
        const QByteArray bytes = readFile(made.value(QLatin1String("file")).toString());
        const auto checked = PresentationVerifier(nullptr).check(bytes);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QVERIFY2(checked->accepted(), qPrintable(checked->holderSignature.message));
        QCOMPARE(checked->content.holder, made.value(QLatin1String("holder")).toString());
        QCOMPARE(checked->content.credentials.size(), 4);
        QCOMPARE(checked->content.credentials.at(0), readFile(m_made.value(QLatin1String("ES256")).toObject().value(QLatin1String("file")).toString()));

        // Imported as any presentation: one credential per envelope, each the holder's.
        auto all = CredentialReader::detectAll(bytes, QStringLiteral("presentation.cose"));
        QVERIFY2(all, qPrintable(all ? QString() : all.error().message));
        QCOMPARE(all->size(), 4);
        for (const RawCredential &raw : *all) {
            QCOMPARE(raw.format, CredentialFormat::Ob3Cose);
            QVERIFY(raw.presented);
            QCOMPARE(raw.presentationHolder, made.value(QLatin1String("holder")).toString());
        }

        QByteArray tampered = bytes;
        tampered.replace("credentials/v2", "credentials/v9");
        const auto changed = PresentationVerifier(nullptr).check(tampered);
        QVERIFY(changed);
        QCOMPARE(changed->holderSignature.code, QStringLiteral("signature"));
        QCOMPARE(changed->holderSignature.outcome, CheckOutcome::Fail);
    }

private:
    QTemporaryDir m_folder;
    QJsonObject m_made;
};

QTEST_GUILESS_MAIN(TestVcCoseInterop)
#include "TestVcCoseInterop.moc"
