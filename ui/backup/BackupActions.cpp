#include "backup/BackupActions.h"

#include "backup/BackupReader.h"
#include "backup/BackupWriter.h"
#include "common/PassphraseDialog.h"
#include "share/HolderKeyStore.h"
#include "share/QtKeychainVault.h"
#include "storage/RestoreTarget.h"
#include "storage/Wallet.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

#include <openssl/crypto.h>

namespace Satchel {

namespace {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

BackupActions::BackupActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

QString BackupActions::fileFilter()
{
    return tr("Satchel backups (*.satchel-backup)");
}

void BackupActions::askCreate(const QString &walletPath)
{
    if (m_busy)
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("satchel-%1.satchel-backup").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString outPath = QFileDialog::getSaveFileName(m_window, tr("Back up wallet"), suggested, fileFilter());
    if (outPath.isEmpty())
        return;
    if (QFileInfo(outPath).suffix().isEmpty())
        outPath += QStringLiteral(".satchel-backup");
    PassphraseDialog dialog(PassphraseDialog::Purpose::NewBackup, QFileInfo(outPath).fileName(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startCreate(walletPath, outPath, dialog.passphrase());
}

void BackupActions::askRestore(const QString &walletPath)
{
    if (m_busy)
        return;
    const QString backupPath = QFileDialog::getOpenFileName(
        m_window, tr("Restore from backup"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        fileFilter());
    if (backupPath.isEmpty())
        return;
    askRestorePassphrase(backupPath, walletPath);
}

void BackupActions::askRestorePassphrase(const QString &backupPath, const QString &walletPath, const QString &problem)
{
    if (m_busy)
        return;
    PassphraseDialog dialog(PassphraseDialog::Purpose::OpenBackup, QFileInfo(backupPath).fileName(), m_window);
    dialog.setProblem(problem);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_backupPath = backupPath;
    m_walletPath = walletPath;
    if (startRestore(backupPath, walletPath, dialog.passphrase()))
        m_askAgain = true;
}

bool BackupActions::startCreate(const QString &walletPath, const QString &outPath, QByteArray passphrase)
{
    if (m_busy) {
        wipe(passphrase);
        return false;
    }
    m_outPath = outPath;
    begin(tr("Backing up the wallet…"));
    // BackupWriter takes its snapshot through a connection of its own: no wallet from the job.
    m_job.startWithoutWallet(
        [walletPath, outPath, passphrase](JobControl &) mutable {
            // The holder key kept in the keychain travels sealed under the backup's passphrase.
            const std::unique_ptr<KeyVault> vault = QtKeychainVault::create();
            const Status status = BackupWriter::write(walletPath, outPath, passphrase, BackupWriter::defaultScrypt(),
                                                      HolderKeyStore::backupHook(vault.get()));
            wipe(passphrase);
            return status;
        },
        [this](const Status &status) { createFinished(status); });
    wipe(passphrase);
    return true;
}

bool BackupActions::startRestore(const QString &backupPath, const QString &walletPath, QByteArray passphrase)
{
    if (m_busy) {
        wipe(passphrase);
        return false;
    }
    begin(tr("Restoring from the backup…"));
    // Storage opens the target on the worker (RestoreTarget: created when missing, removed if the restore
    // fails, which BackgroundJob::start could not do); BackupReader merges in one transaction.
    m_job.startWithoutWallet(
        [backupPath, walletPath, passphrase](JobControl &) mutable {
            const std::unique_ptr<KeyVault> vault = QtKeychainVault::create();
            Result<RestoreReport> report = RestoreTarget::restoreInto(walletPath, [&](Wallet &wallet) {
                auto restored = BackupReader::restore(backupPath, passphrase, wallet);
                if (restored)
                    (void)HolderKeyStore(wallet, vault.get()).adoptRestoredKeys(passphrase);
                return restored;
            });
            wipe(passphrase);
            return report;
        },
        [this](const Result<RestoreReport> &report) { restoreFinished(report); });
    wipe(passphrase);
    return true;
}

void BackupActions::createFinished(const Status &status)
{
    end();
    if (!status) {
        if (m_window)
            QMessageBox::warning(m_window, tr("Back up wallet"), status.error().message);
        Q_EMIT failed(status.error().message);
        return;
    }
    if (m_window) {
        QMessageBox::information(m_window, tr("Back up wallet"),
                                 tr("The wallet is backed up to %1.").arg(QDir::toNativeSeparators(m_outPath)));
    }
    Q_EMIT created(m_outPath);
}

void BackupActions::restoreFinished(const Result<RestoreReport> &report)
{
    end();
    const bool askAgain = m_askAgain;
    m_askAgain = false;
    if (!report && askAgain && report.error().code == QLatin1String("wrong-passphrase-or-damaged")) {
        // A mistyped passphrase is the usual cause: the learner tries again rather than
        // starting over from the file dialog (Cancel ends it; the wallet was not touched).
        Q_EMIT passphraseRejected(m_backupPath);
        QMetaObject::invokeMethod(this, [this] {
            askRestorePassphrase(m_backupPath, m_walletPath,
                                 tr("That passphrase does not open this backup. Check it and try again "
                                    "(if it is right, the file is damaged)."));
        }, Qt::QueuedConnection);
        return;
    }
    if (!report) {
        if (m_window)
            QMessageBox::warning(m_window, tr("Restore from backup"), report.error().message);
        Q_EMIT failed(report.error().message);
        return;
    }
    if (m_window)
        QMessageBox::information(m_window, tr("Restore from backup"), describe(*report));
    Q_EMIT restored(*report);
}

QString BackupActions::describe(const RestoreReport &report)
{
    QStringList lines;
    lines << tr("%n credential(s) restored.", nullptr, report.imported);
    if (report.duplicates > 0)
        lines << tr("%n credential(s) were already in the wallet and were kept as they were.", nullptr,
                    report.duplicates);
    if (report.versions > 0)
        lines << tr("%n credential(s) were in the wallet with other content: both copies are kept, and the one "
                    "that verifies is shown.", nullptr, report.versions);
    if (report.pathways > 0)
        lines << tr("%n pathway(s) restored.", nullptr, report.pathways);
    if (report.collections > 0)
        lines << tr("%n collection(s) restored.", nullptr, report.collections);
    return lines.join(QLatin1Char('\n'));
}

void BackupActions::begin(const QString &label)
{
    m_busy = true;
    if (!m_window)
        return;
    // A busy indicator without Cancel: the key derivation and the single-transaction merge cannot
    // stop half-way without leaving a half-written file or undoing the merge, and take seconds.
    m_progress = new QProgressDialog(label, QString(), 0, 0, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
}

void BackupActions::end()
{
    m_busy = false;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
}

} // namespace Satchel
