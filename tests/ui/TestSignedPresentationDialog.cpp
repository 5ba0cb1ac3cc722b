// Share -> Signed presentation (issue 15), driven like a learner: a test wallet of real credentials,
// no keychain (the identity is sealed under a passphrase the prompt gives), the code the asker gave
// typed in, Save; the file written verifies with Satchel's PresentationVerifier for that code, and
// is signed by the identity the dialog made. A missing code is refused before anything is signed.
#include "../present/PresentTestWallet.h"
#include "Screenshot.h"

#include "common/IdentityChooser.h"
#include "share/HolderKeyStore.h"
#include "share/SignedPresentationDialog.h"
#include "verify/PresentationVerifier.h"

#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {
const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");
constexpr int kTimeoutMs = 60000;
} // namespace

class TestSignedPresentationDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SATCHEL_NO_KEYCHAIN", "1"); // the holder key is sealed under kPassphrase
        QVERIFY(m_dir.isValid());
        m_walletPath = m_dir.filePath(QStringLiteral("wallet.sqlite"));
        m_rows = PresentTest::fillWallet(m_walletPath);
        QVERIFY(!m_rows.isEmpty());
    }

    void savesVerifiablePresentation()
    {
        SignedPresentationDialog dialog(m_walletPath, {m_rows.value(QStringLiteral("minimal")), m_rows.value(QStringLiteral("jwt"))});
        const QString path = m_dir.filePath(QStringLiteral("for-the-advisor.json"));
        QString suggested;
        dialog.setPathChooser([&](const QString &proposed) {
            suggested = proposed;
            return path;
        });
        int prompts = 0;
        dialog.setPassphrasePrompt([&](bool creating, const QString &) {
            ++prompts;
            return creating ? kPassphrase : QByteArray();
        });
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kTimeoutMs);
        QVERIFY(dialog.problem().isEmpty());

        // No code: asked for, nothing written.
        dialog.save();
        QVERIFY(dialog.problem().contains(QLatin1String("code")));
        QVERIFY(!QFile::exists(path));

        QTest::keyClicks(dialog.challengeField(), QStringLiteral("advisor-7Q2"));
        QVERIFY(dialog.problem().isEmpty()); // typing the code clears the complaint
        dialog.domainField()->setText(QStringLiteral("careers.example"));
        SatchelTest::saveScreenshot(dialog, QStringLiteral("signed-presentation-dialog.png"));
        dialog.save();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWorking() && QFile::exists(path), kTimeoutMs);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(prompts, 1); // no identity yet, no keychain: one is made, sealed under the passphrase
        QVERIFY(suggested.endsWith(QLatin1String(".json")));
        QVERIFY(dialog.status().contains(QLatin1String("for-the-advisor.json")));
        SatchelTest::saveScreenshot(dialog, QStringLiteral("signed-presentation-saved.png"));

        // Saved again: signed by the same identity, no second passphrase for a new one.
        const QString again = m_dir.filePath(QStringLiteral("again.json"));
        dialog.setPathChooser([&](const QString &) { return again; });
        dialog.setPassphrasePrompt([&](bool, const QString &) {
            ++prompts;
            return kPassphrase;
        });
        dialog.save();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWorking() && QFile::exists(again), kTimeoutMs);
        QCOMPARE(prompts, 2); // the sealed key is opened with its passphrase

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        auto checked = PresentationVerifier(nullptr).check(bytes, QStringLiteral("advisor-7Q2"), QStringLiteral("careers.example"));
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QVERIFY2(checked->accepted(), qPrintable(checked->holderSignature.message + QLatin1Char(' ') + checked->binding.message));
        QCOMPARE(checked->content.credentials.size(), 2);
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet);
        const QList<HolderKeyRecord> identities = HolderKeyStore(**wallet, nullptr).list();
        QCOMPARE(identities.size(), 1);
        QCOMPARE(checked->content.holder, identities.first().did);
        QFile second(again);
        QVERIFY(second.open(QIODevice::ReadOnly));
        auto secondCheck = PresentationVerifier(nullptr).check(second.readAll(), QStringLiteral("advisor-7Q2"));
        QVERIFY(secondCheck && secondCheck->accepted());
        QCOMPARE(secondCheck->content.holder, identities.first().did);
    }

    // With identities, the learner picks which one signs: a did:jwk P-256 one here (ecdsa-rdfc-2019).
    void signsWithTheChosenIdentity()
    {
        QString p256;
        {
            auto wallet = Wallet::open(m_walletPath);
            QVERIFY(wallet);
            auto made = HolderKeyStore(**wallet, nullptr).create(QStringLiteral("p256"), QStringLiteral("Work"), kPassphrase);
            QVERIFY(made);
            p256 = made->did;
        }
        SignedPresentationDialog dialog(m_walletPath, {m_rows.value(QStringLiteral("rich"))});
        const QString path = m_dir.filePath(QStringLiteral("work.json"));
        dialog.setPathChooser([&](const QString &) { return path; });
        dialog.setPassphrasePrompt([](bool, const QString &) { return kPassphrase; });
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kTimeoutMs);
        QVERIFY(dialog.identityChooser()->isVisible());
        QCOMPARE(dialog.identityChooser()->count(), 2);
        QVERIFY(dialog.identityChooser()->choose(p256));
        dialog.challengeField()->setText(QStringLiteral("work-code"));
        SatchelTest::saveScreenshot(dialog, QStringLiteral("signed-presentation-identities.png"));
        dialog.save();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWorking() && QFile::exists(path), kTimeoutMs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto checked = PresentationVerifier(nullptr).check(file.readAll(), QStringLiteral("work-code"));
        QVERIFY(checked);
        QVERIFY2(checked->accepted(), qPrintable(checked->holderSignature.message));
        QCOMPARE(checked->content.holder, p256);
    }

private:
    QTemporaryDir m_dir;
    QString m_walletPath;
    QHash<QString, qint64> m_rows;
};

QTEST_MAIN(TestSignedPresentationDialog)
#include "TestSignedPresentationDialog.moc"
