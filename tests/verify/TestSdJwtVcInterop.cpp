// SD-JWT VCs issued just now by the published @sd-jwt/sd-jwt-vc library (tests/interop/
// make-sdjwt-credentials.mjs: fresh ES256 keys, disclosures at several depths and in an array,
// one credential without key binding, one signed by a key in a self-signed x5c certificate, two
// by leaf certificates of a test certificate authority (for the issuer's host and another), and
// one presented with a Key Binding JWT) are read and
// verified by Satchel, the issuer key served as JWT VC Issuer Metadata by a fake fetcher; and the
// same credentials tampered with fail.
#include "formats/CredentialReader.h"
#include "verify/JwtVcIssuerKeys.h"
#include "verify/SdJwtVcVerifier.h"

#include "FakeFetcher.h"
#include "ReportLookup.h"
#include "NodeServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using SatchelTest::FakeFetcher;
using SatchelTest::describe;
using SatchelTest::outcomeOf;

class TestSdJwtVcInterop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = NodeServerProcess::missing(QStringLiteral("@sd-jwt/sd-jwt-vc"));
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        QProcess node;
        node.start(QStringLiteral("node"), {QStringLiteral(SATCHEL_SOURCE_DIR "/tests/interop/make-sdjwt-credentials.mjs")});
        QVERIFY(node.waitForFinished(60000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        m_made = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        QVERIFY(!m_made.value(QLatin1String("plain")).toString().isEmpty());
        const QString issuer = m_made.value(QLatin1String("issuer")).toString();
        const QJsonObject metadata{{QStringLiteral("issuer"), issuer},
                                   {QStringLiteral("jwks"), m_made.value(QLatin1String("issuerJwks"))}};
        m_fetcher.serve(JwtVcIssuerKeys::metadataUrl(issuer), QJsonDocument(metadata).toJson());
    }

    void plainIsValidAndReadable()
    {
        const QByteArray plain = m_made.value(QLatin1String("plain")).toString().toLatin1();
        SdJwtVcVerifier verifier(&m_fetcher);
        const VerificationReport report = verifier.verify(plain);
        QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));
        QCOMPARE(outcomeOf(report, QStringLiteral("disclosures")), CheckOutcome::Pass);
        QVERIFY(!report.checks.isEmpty());
        for (const VerificationCheck &check : report.checks)
            QVERIFY2(check.code != QLatin1String("key-binding"), qPrintable(describe(report))); // no cnf

        auto raw = CredentialReader::detect(plain, QStringLiteral("issued.sd-jwt"));
        QVERIFY(raw.ok());
        QCOMPARE(raw->format, CredentialFormat::SdJwtVc);
        auto credential = CredentialReader::parse(*raw);
        QVERIFY(credential.ok());
        QCOMPARE(credential->name, QStringLiteral("Welding Fundamentals"));
        QCOMPARE(credential->description, QStringLiteral("Completed the welding fundamentals course."));
        QCOMPARE(credential->recipientName, QStringLiteral("Ada Learner"));
        QCOMPARE(credential->achievement.description, QStringLiteral("Safe use of MIG and TIG welding equipment."));
        QCOMPARE(credential->achievement.criteriaNarrative, QStringLiteral("Pass the practical exam."));
        QCOMPARE(credential->achievement.tags,
                 (QStringList{QStringLiteral("welding"), QStringLiteral("safety"), QStringLiteral("metalwork")}));
        QCOMPARE(credential->issuer.id, QStringLiteral("https://issuer.example.org"));
        QCOMPARE(credential->types, QStringList{QStringLiteral("https://credentials.example.org/open-badge")});
        QVERIFY(credential->validUntil > QDateTime::currentDateTimeUtc().addDays(300));
    }

    // Signed by the key of a self-signed certificate in the x5c header: the signature checks out, and
    // the key is marked as not confirmed (no trusted authority vouches for a self-signed certificate).
    void x5cKeyIsUsedButNotTrusted()
    {
        const QByteArray signedByCertificate = m_made.value(QLatin1String("x5c")).toString().toLatin1();
        const VerificationReport report = SdJwtVcVerifier(&m_fetcher).verify(signedByCertificate);
        QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));
        QCOMPARE(outcomeOf(report, QStringLiteral("signature")), CheckOutcome::Pass);
        QCOMPARE(outcomeOf(report, QStringLiteral("key-unresolvable")), CheckOutcome::Warn);
        // The plain credential's signature is not the certificate key's.
        QByteArray swapped = signedByCertificate.first(signedByCertificate.indexOf('~'));
        const QByteArray plain = m_made.value(QLatin1String("plain")).toString().toLatin1();
        const QByteArray plainJwt = plain.first(plain.indexOf('~'));
        swapped = swapped.first(swapped.lastIndexOf('.')) + plainJwt.sliced(plainJwt.lastIndexOf('.'));
        swapped += '~';
        const VerificationReport forged = SdJwtVcVerifier(&m_fetcher).verify(swapped);
        QCOMPARE(forged.reasonCode(), QStringLiteral("signature"));
    }

    // Signed by a leaf certificate that a certificate authority issued for the issuer's host. Trusted
    // as a root of this computer's (SSL_CERT_FILE, which OpenSSL reads as the system bundle), the key
    // is the issuer's, confirmed; not trusted, it is used but marked unconfirmed, saying why; a leaf
    // for another host is refused even when its authority is trusted.
    void x5cChainToATrustedRoot_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<bool>("trustTheAuthority");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("keyOutcome");
        QTest::addColumn<QString>("says");
        QTest::newRow("trusted, for the issuer's host")
            << "x5cChained" << true << int(VerificationStatus::Valid) << int(CheckOutcome::Pass)
            << "The issuer's certificate for issuer.example.org is vouched for by Satchel Test Authority";
        QTest::newRow("authority not trusted")
            << "x5cChained" << false << int(VerificationStatus::Valid) << int(CheckOutcome::Warn)
            << "does not lead to a certificate authority this computer trusts (self-signed certificate in certificate chain)";
        QTest::newRow("trusted, for another host")
            << "x5cOtherHost" << true << int(VerificationStatus::Invalid) << int(CheckOutcome::Fail)
            << "not for issuer.example.org";
    }

    void x5cChainToATrustedRoot()
    {
        QFETCH(QString, which);
        QFETCH(bool, trustTheAuthority);
        QFETCH(int, status);
        QFETCH(int, keyOutcome);
        QFETCH(QString, says);
        QTemporaryDir roots;
        const QString bundle = roots.filePath(QStringLiteral("roots.pem"));
        QFile file(bundle);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (trustTheAuthority)
            file.write(m_made.value(QLatin1String("caPem")).toString().toLatin1());
        file.close();
        const QByteArray savedFile = qgetenv("SSL_CERT_FILE");
        const QByteArray savedDir = qgetenv("SSL_CERT_DIR");
        qputenv("SSL_CERT_FILE", QFile::encodeName(bundle));
        qputenv("SSL_CERT_DIR", QFile::encodeName(roots.path()));
        const VerificationReport report =
            SdJwtVcVerifier(&m_fetcher).verify(m_made.value(which).toString().toLatin1());
        savedFile.isNull() ? qunsetenv("SSL_CERT_FILE") : qputenv("SSL_CERT_FILE", savedFile);
        savedDir.isNull() ? qunsetenv("SSL_CERT_DIR") : qputenv("SSL_CERT_DIR", savedDir);

        QVERIFY2(int(report.status()) == status, qPrintable(describe(report)));
        const QString code = keyOutcome == int(CheckOutcome::Fail) ? QStringLiteral("issuer-mismatch")
                                                                   : QStringLiteral("key-unresolvable");
        QCOMPARE(int(outcomeOf(report, code)), keyOutcome);
        QVERIFY2(describe(report).contains(says), qPrintable(describe(report)));
    }

    void boundIsValidWithKeyBinding()
    {
        const QByteArray bound = m_made.value(QLatin1String("bound")).toString().toLatin1();
        SdJwtVcVerifier verifier(&m_fetcher);
        const VerificationReport report = verifier.verify(bound);
        QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));
        QCOMPARE(outcomeOf(report, QStringLiteral("key-binding")), CheckOutcome::Pass);
        QVERIFY(describe(report).contains(m_made.value(QLatin1String("boundNonce")).toString()));
        // Presented: only the chosen claims are there.
        const QJsonObject achievement = verifier.claims().value(QLatin1String("credentialSubject")).toObject()
                                            .value(QLatin1String("achievement")).toObject();
        QVERIFY(achievement.contains(QLatin1String("criteria")));
        QVERIFY(!achievement.contains(QLatin1String("description")));
        QCOMPARE(achievement.value(QLatin1String("tag")).toArray(), (QJsonArray{QStringLiteral("welding"), QStringLiteral("safety")}));
        QVERIFY(!verifier.claims().contains(QLatin1String("description")));
    }

    void tamperingFails_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("part");   // index in the '~'-split serialization; -1 the last
        QTest::addColumn<QString>("code");
        QTest::newRow("plain: issuer JWT payload") << "plain" << 0 << "signature";
        QTest::newRow("plain: a disclosure") << "plain" << 2 << "disclosures";
        QTest::newRow("bound: a disclosure") << "bound" << 1 << "disclosures";
        QTest::newRow("bound: the KB-JWT") << "bound" << -1 << "key-binding";
    }

    void tamperingFails()
    {
        QFETCH(QString, which);
        QFETCH(int, part);
        QFETCH(QString, code);
        QList<QByteArray> parts = m_made.value(which).toString().toLatin1().split('~');
        QByteArray &target = part < 0 ? parts.last() : parts[part];
        // A character in the middle of the part (for a JWT: inside the payload), changed.
        const qsizetype at = part == 0 || part < 0 ? target.indexOf('.') + 8 : target.size() / 2;
        target[at] = target[at] == 'A' ? 'B' : 'A';
        const VerificationReport report = SdJwtVcVerifier(&m_fetcher).verify(parts.join('~'));
        QVERIFY2(report.status() == VerificationStatus::Invalid, qPrintable(describe(report)));
        QVERIFY2(report.reasonCode() == code || report.reasonCode() == QLatin1String("malformed"), qPrintable(describe(report)));
    }

private:
    QJsonObject m_made;
    FakeFetcher m_fetcher;
};

QTEST_GUILESS_MAIN(TestSdJwtVcInterop)
#include "TestSdJwtVcInterop.moc"
