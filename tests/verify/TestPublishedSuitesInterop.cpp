// Credentials signed just now by the published libraries (tests/interop/make-ecdsa-credentials.mjs:
// @digitalbazaar/ecdsa-rdfc-2019-cryptosuite with P-256 and P-384, ecdsa-sd-2023-cryptosuite base
// and derived proofs, ed25519-signature-2018) verify with Satchel: fresh keys and dates each run,
// where fixtures/published-suites keeps one run's output for the offline tests.
#include "verify/DataIntegrityVerifier.h"

#include "NodeServerProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Satchel;

class TestPublishedSuitesInterop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshCredentialsVerify();
};

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
        if (it.key() == QLatin1String("ecdsa-sd-2023-base")) {
            // The issuer's base proof is for the holder; a verifier is told so.
            QVERIFY2(report.reasonCode() == QLatin1String("unsupported-cryptosuite"), qPrintable(details));
            continue;
        }
        QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(details));
    }
}

QTEST_GUILESS_MAIN(TestPublishedSuitesInterop)
#include "TestPublishedSuitesInterop.moc"
