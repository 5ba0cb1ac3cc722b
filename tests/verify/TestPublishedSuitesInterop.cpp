// Credentials signed just now by the published libraries (tests/interop/make-ecdsa-credentials.mjs:
// @digitalbazaar/ecdsa-rdfc-2019-cryptosuite with P-256 and P-384, ecdsa-sd-2023-cryptosuite base
// and derived proofs, ed25519-signature-2018) verify with Satchel: fresh keys and dates each run,
// where fixtures/published-suites keeps one run's output for the offline tests. And the other way:
// the selective disclosures Satchel derives from their ecdsa-sd-2023 base proofs verify with the
// published library (tests/interop/verify-ecdsa-sd.mjs).
#include "present/EcdsaSdDisclosure.h"
#include "verify/DataIntegrityVerifier.h"

#include "NodeServerProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Satchel;

class TestPublishedSuitesInterop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshCredentialsVerify();
    void satchelDisclosuresVerifyWithTheLibrary();

private:
    QJsonObject m_fresh; // freshCredentialsVerify()'s credentials
};

namespace {

// The published library's verdict on a derived credential: {"verified": bool, "errors": [...]}.
QJsonObject libraryVerdict(const QByteArray &credential)
{
    QProcess node;
    node.start(QStringLiteral("node"), {QStringLiteral(SATCHEL_SOURCE_DIR "/tests/interop/verify-ecdsa-sd.mjs")});
    node.write(credential);
    node.closeWriteChannel();
    if (!node.waitForFinished(60000))
        return {};
    return QJsonDocument::fromJson(node.readAllStandardOutput()).object();
}

} // namespace

void TestPublishedSuitesInterop::freshCredentialsVerify()
{
    const QString missing = NodeServerProcess::missing(QStringLiteral("@digitalbazaar/ecdsa-sd-2023-cryptosuite"));
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
    QProcess node;
    node.start(QStringLiteral("node"), {QStringLiteral(SATCHEL_SOURCE_DIR "/tests/interop/make-ecdsa-credentials.mjs")});
    QVERIFY(node.waitForFinished(120000));
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    const QJsonObject credentials = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    m_fresh = credentials;
    QCOMPARE(credentials.keys(),
             (QStringList{QStringLiteral("Ed25519Signature2018"), QStringLiteral("ecdsa-rdfc-2019-p-256"),
                          QStringLiteral("ecdsa-rdfc-2019-p-384"), QStringLiteral("ecdsa-sd-2023-base"),
                          QStringLiteral("ecdsa-sd-2023-derived")}));

    DataIntegrityVerifier verifier(nullptr, QDateTime::currentDateTimeUtc());
    for (auto it = credentials.constBegin(); it != credentials.constEnd(); ++it) {
        const QByteArray json = QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact);
        const VerificationReport report = verifier.verify(json);
        const QString details = it.key() + QLatin1Char(' ')
            + QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
        QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(details));
    }
}

void TestPublishedSuitesInterop::satchelDisclosuresVerifyWithTheLibrary()
{
    if (m_fresh.isEmpty())
        QSKIP("needs freshCredentialsVerify()'s credentials");
    QFile stored(QStringLiteral(SATCHEL_FIXTURES_DIR "/published-suites/ecdsa-sd-2023-base.json"));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QList<QByteArray> bases{
        stored.readAll(), QJsonDocument(m_fresh.value(QLatin1String("ecdsa-sd-2023-base")).toObject()).toJson()};
    const QList<QStringList> choices{{},
                                     {QStringLiteral("/credentialSubject/achievement/name")},
                                     {QStringLiteral("/credentialSubject/achievement/criteria"),
                                      QStringLiteral("/credentialSubject/id"), QStringLiteral("/name")}};
    for (const QByteArray &base : bases) {
        for (const QStringList &pointers : choices) {
            auto derived = EcdsaSdDisclosure::derive(base, pointers);
            QVERIFY2(derived.ok(), qPrintable(derived.ok() ? QString() : derived.error().message));
            const QJsonObject verdict = libraryVerdict(*derived);
            QVERIFY2(verdict.value(QLatin1String("verified")).toBool(),
                     qPrintable(pointers.join(QLatin1Char(' ')) + QLatin1Char(' ')
                                + QString::fromUtf8(QJsonDocument(verdict).toJson(QJsonDocument::Compact))));
        }
    }
    // An edited disclosure is refused by the library too (the check is not a rubber stamp).
    auto derived = EcdsaSdDisclosure::derive(bases.first(), {QStringLiteral("/credentialSubject/achievement/name")});
    QVERIFY(derived.ok());
    QByteArray edited = *derived;
    edited.replace("\"Welding Fundamentals\"", "\"Welding Mastery\"");
    QVERIFY(edited != *derived);
    QCOMPARE(libraryVerdict(edited).value(QLatin1String("verified")), QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestPublishedSuitesInterop)
#include "TestPublishedSuitesInterop.moc"
