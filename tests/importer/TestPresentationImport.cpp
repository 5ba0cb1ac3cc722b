// Importing a verifiable presentation file (issue 15): each credential it carries is stored with the
// bytes it has in the file (so credentials presented from a wallet come back as the same ones), the
// report says who presented them and whether the holder's signature held (the check the caller
// hands in: verify::PresentationVerifier), a JWT VP is read too, and a presentation with no
// credential, or one whose credentials do not all read, changes nothing.
#include "../present/PresentTestSupport.h"
#include "../present/PresentTestWallet.h"

#include "crypto/Ed25519SigningKey.h"
#include "present/JwtPresentation.h"
#include "share/PresentationSigner.h"
#include "share/SignedPresentationFile.h"
#include "verify/PresentationVerifier.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

class TestPresentationImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_sourcePath = m_dir.filePath(QStringLiteral("source.sqlite"));
        m_rows = PresentTest::fillWallet(m_sourcePath);
        QVERIFY(!m_rows.isEmpty());
        auto wallet = Wallet::open(m_sourcePath);
        QVERIFY(wallet);
        SignedPresentationOptions options;
        for (const char *name : {"minimal", "rich", "jwt"})
            options.credentialIds.append(m_rows.value(QLatin1String(name)));
        options.challenge = QStringLiteral("advisor-42");
        auto vp = SignedPresentationFile::build(**wallet, options, m_key);
        QVERIFY(vp);
        m_vp = *vp;
        m_jwt = (*wallet)->credential(m_rows.value(QStringLiteral("jwt")))->raw.bytes.trimmed();
    }

    void importsEachCredentialWithItsHolder()
    {
        const QString path = freshWallet();
        const ImportReport report = import(path, m_vp, true);
        QCOMPARE(report.items.size(), 3);
        for (const ImportItemReport &item : report.items) {
            QVERIFY2(item.outcome == ImportItemReport::Imported, qPrintable(item.message));
            QCOMPARE(item.presentationHolder, m_key.did());
            QCOMPARE(int(item.holderSignature), int(ImportItemReport::HolderSigned));
            QVERIFY(item.message.contains(m_key.did()));
        }
        QCOMPARE(report.items.at(2).format, QStringLiteral("ob3-jwt"));
        // The stored bytes are the credential's own, not a re-serialisation.
        auto wallet = Wallet::open(path);
        QVERIFY(wallet);
        QCOMPARE((*wallet)->credential(report.items.at(2).credentialId)->raw.bytes, m_jwt);
        QVERIFY(m_vp.contains((*wallet)->credential(report.items.at(0).credentialId)->raw.bytes));

        // Again: nothing new.
        const ImportReport again = import(path, m_vp, true);
        QCOMPARE(again.duplicateCount(), 3);
    }

    // Presented from a wallet and imported back into it: the same credentials, not new versions.
    void presentedCredentialsComeBackAsTheSame()
    {
        const ImportReport report = import(m_sourcePath, m_vp, false);
        QCOMPARE(report.items.size(), 3);
        QCOMPARE(report.duplicateCount(), 3);
        QCOMPARE(int(report.items.first().holderSignature), int(ImportItemReport::NotChecked));
    }

    void forgedHolderIsReported()
    {
        const Ed25519SigningKey other(PresentTest::keyFromSeed('z'));
        QByteArray forged = m_vp;
        forged.replace(m_key.did().toUtf8(), other.did().toUtf8());
        const ImportReport report = import(freshWallet(), forged, true);
        QCOMPARE(report.importedCount(), 3);
        QCOMPARE(int(report.items.first().holderSignature), int(ImportItemReport::HolderSignatureInvalid));
        QVERIFY(!report.items.first().warnings.isEmpty());
        QVERIFY(report.items.first().warnings.first().contains(QLatin1String("holder signature does not verify")));
    }

    void readsJwtPresentation()
    {
        auto jwtVp = JwtPresentation::sign({m_jwt}, m_key, QStringLiteral("advisor"), QStringLiteral("n-1"),
                                           QDateTime::currentDateTimeUtc());
        QVERIFY(jwtVp);
        const ImportReport report = import(freshWallet(), *jwtVp, true);
        QCOMPARE(report.items.size(), 1);
        QCOMPARE(report.items.first().outcome, ImportItemReport::Imported);
        QCOMPARE(report.items.first().presentationHolder, m_key.did());
        QCOMPARE(int(report.items.first().holderSignature), int(ImportItemReport::HolderSigned));
        auto checked = PresentationVerifier(nullptr).check(*jwtVp, QStringLiteral("n-1"));
        QVERIFY(checked && checked->accepted());
    }

    void emptyOrBrokenPresentationChangesNothing()
    {
        const QString path = freshWallet();
        auto empty = PresentationSigner::sign(QByteArray(), m_key, PresentationBinding{QStringLiteral("c"), {}});
        QVERIFY(empty);
        const ImportReport none = import(path, *empty, true);
        QCOMPARE(none.items.size(), 1);
        QCOMPARE(none.items.first().code, QStringLiteral("empty-presentation"));
        QVERIFY(none.items.first().message.contains(QLatin1String("no credential")));

        // One good credential and one that is none: refused whole.
        const QByteArray minimal = PresentTest::fixtureBytes(PresentTest::walletFixtures().first().second);
        const QByteArray broken = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiablePresentation\"],"
                                  "\"verifiableCredential\":[" + minimal + ",{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
                                  "\"type\":[\"VerifiableCredential\",\"BitstringStatusListCredential\"]}]}";
        const ImportReport refused = import(path, broken, true);
        QCOMPARE(refused.importedCount(), 0);
        QCOMPARE(refused.failedCount(), 1);
        QVERIFY(refused.items.first().message.contains(QLatin1String("Credential 2 of the presentation")));
        auto wallet = Wallet::open(path);
        QVERIFY(wallet);
        QCOMPARE((*wallet)->count(), 0);
    }

private:
    QString freshWallet()
    {
        return m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_wallets));
    }

    ImportReport import(const QString &walletPath, const QByteArray &file, bool check)
    {
        const QString path = m_dir.filePath(QStringLiteral("presentation%1.json").arg(++m_files));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size())
            return {};
        out.close();
        ImportOptions options;
        options.network = SatchelTest::offlineNetwork();
        if (check)
            options.checkPresentation = &PresentationVerifier::holderCheck;
        return SatchelTest::WalletImport(walletPath, options).importPaths({path});
    }

    QTemporaryDir m_dir;
    QString m_sourcePath;
    QHash<QString, qint64> m_rows;
    Ed25519SigningKey m_key{PresentTest::keyFromSeed('k')};
    QByteArray m_vp;
    QByteArray m_jwt;
    int m_wallets = 0;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestPresentationImport)
#include "TestPresentationImport.moc"
