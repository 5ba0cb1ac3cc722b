// File → Back up wallet… / Restore from backup… as the GUI runs them: the passphrase dialog's
// rules, and the work on a worker thread ending in the signals the main window listens to. A
// wrong passphrase fails with a message and leaves the wallet as it was.
#include "OfflineNetwork.h"
#include "backup/BackupActions.h"
#include "common/PassphraseDialog.h"
#include "importer/ImportService.h"
#include "storage/Wallet.h"
#include "WalletImport.h"

#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Satchel;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");

int credentialCount(const QString &walletPath)
{
    auto wallet = Wallet::open(walletPath);
    if (!wallet)
        return -1;
    auto ids = wallet.value()->matchingIds(CredentialQuery{});
    return ids ? int(ids->size()) : -1;
}

} // namespace

class TestBackupActions : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void passphraseRules()
    {
        PassphraseDialog create(PassphraseDialog::Purpose::NewBackup, QStringLiteral("x.satchel-backup"));
        QString reason;
        QVERIFY(!create.acceptable(&reason));
        QVERIFY(!reason.isEmpty());
        create.setPassphrases(QStringLiteral("correct horse"), QStringLiteral("correct hose"));
        QVERIFY(!create.acceptable(&reason));
        create.setPassphrases(QStringLiteral("correct horse"), QStringLiteral("correct horse"));
        QVERIFY(create.acceptable());
        QCOMPARE(create.passphrase(), QByteArray("correct horse"));

        PassphraseDialog open(PassphraseDialog::Purpose::OpenBackup, QStringLiteral("x.satchel-backup"));
        open.setPassphrases(QStringLiteral("äöü passphrase"));
        QVERIFY(open.acceptable());
        QCOMPARE(open.passphrase(), QStringLiteral("äöü passphrase").toUtf8());
    }

    void backupThenRestore()
    {
        const QString source = m_dir.filePath(QStringLiteral("source.sqlite"));
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const ImportReport report = SatchelTest::WalletImport(source, offline)
                                        .importPaths({kRefvc + QStringLiteral("ob3/di-minimal.json"),
                                                      kRefvc + QStringLiteral("ob3/jwt-es256-didjwk.jwt"),
                                                      kRefvc + QStringLiteral("ob2/signed-valid.jws")});
        QCOMPARE(report.importedCount(), 3);
        const int count = credentialCount(source);
        QCOMPARE(count, 3);

        BackupActions actions(nullptr);
        QSignalSpy created(&actions, &BackupActions::created);
        QSignalSpy restored(&actions, &BackupActions::restored);
        QSignalSpy failed(&actions, &BackupActions::failed);
        const QString backup = m_dir.filePath(QStringLiteral("wallet.satchel-backup"));
        QVERIFY(actions.startCreate(source, backup, QByteArray("a long passphrase")));
        QVERIFY(actions.isBusy());
        QVERIFY(!actions.startCreate(source, backup, QByteArray("again"))); // one at a time
        QVERIFY(created.wait(60000));
        QCOMPARE(created.first().first().toString(), backup);
        QVERIFY(QFileInfo(backup).size() > 0);
        QVERIFY(!actions.isBusy());

        // Wrong passphrase: a message, and the target wallet is not touched.
        const QString target = m_dir.filePath(QStringLiteral("target.sqlite"));
        QVERIFY(actions.startRestore(backup, target, QByteArray("a wrong passphrase")));
        QVERIFY(failed.wait(60000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(restored.count(), 0);
        QVERIFY(!QFile::exists(target)); // not even created

        QVERIFY(actions.startRestore(backup, target, QByteArray("a long passphrase")));
        QVERIFY(restored.wait(60000));
        const auto restoredReport = restored.first().first().value<RestoreReport>();
        QCOMPARE(restoredReport.imported, 3);
        QCOMPARE(credentialCount(target), count);
        QVERIFY(BackupActions::describe(restoredReport).contains(QLatin1String("3")));

        // Restoring the same backup again merges: all three are duplicates.
        restored.clear();
        QVERIFY(actions.startRestore(backup, target, QByteArray("a long passphrase")));
        QVERIFY(restored.wait(60000));
        QCOMPARE(restored.first().first().value<RestoreReport>().duplicates, 3);
        QCOMPARE(credentialCount(target), count);
    }

    // In the window, a wrong passphrase asks again (saying why) instead of ending the restore.
    void wrongPassphraseAsksAgain()
    {
        const QString source = m_dir.filePath(QStringLiteral("again-source.sqlite"));
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        QCOMPARE(SatchelTest::WalletImport(source, offline).importPaths({kRefvc + QStringLiteral("ob3/di-minimal.json")}).importedCount(), 1);
        const QString backup = m_dir.filePath(QStringLiteral("again.satchel-backup"));
        {
            BackupActions quiet(nullptr);
            QSignalSpy created(&quiet, &BackupActions::created);
            QVERIFY(quiet.startCreate(source, backup, QByteArray("the right passphrase")));
            QVERIFY(created.wait(60000));
        }

        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        BackupActions actions(&window);
        QSignalSpy rejected(&actions, &BackupActions::passphraseRejected);
        QSignalSpy restored(&actions, &BackupActions::restored);
        QSignalSpy failed(&actions, &BackupActions::failed);
        // Plays the learner: a typo first, then the right passphrase; reads what each dialog says.
        QStringList problems;
        QString finalMessage;
        QTimer learner;
        learner.setInterval(20);
        connect(&learner, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<PassphraseDialog *>(modal)) {
                problems << dialog->problem();
                dialog->setPassphrases(problems.size() == 1 ? QStringLiteral("the rihgt passphrase")
                                                            : QStringLiteral("the right passphrase"));
                dialog->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                finalMessage = box->text();
                box->accept();
            }
        });
        learner.start();
        const QString target = m_dir.filePath(QStringLiteral("again-target.sqlite"));
        actions.askRestorePassphrase(backup, target);
        QVERIFY(restored.wait(60000));
        QTRY_VERIFY(!finalMessage.isEmpty());
        learner.stop();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0), QString());
        QVERIFY2(problems.at(1).contains(QLatin1String("does not open this backup")), qPrintable(problems.at(1)));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(restored.first().first().value<RestoreReport>().imported, 1);
        QCOMPARE(credentialCount(target), 1);
        QCOMPARE(finalMessage, BackupActions::describe(restored.first().first().value<RestoreReport>()));
    }
};

QTEST_MAIN(TestBackupActions)
#include "TestBackupActions.moc"
