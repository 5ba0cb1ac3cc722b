// File → Back up wallet… and Restore from backup…: asks for the file and the passphrase, runs
// BackupWriter / BackupReader on a worker thread (scrypt and AES over a whole wallet take a moment
// and the window must stay responsive) with a busy indicator, and says what happened. The open
// wallet stays open: the backup reads a snapshot through its own connection, and a restore
// merges in one transaction of its own, after which the views reload.
#pragma once

#include "Result.h"
#include "backup/WalletMerger.h"
#include "common/BackgroundJob.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Satchel {

class BackupActions : public QObject {
    Q_OBJECT
public:
    explicit BackupActions(QWidget *window);

    static QString fileFilter();
    bool isBusy() const { return m_busy; }

    // Interactive: file dialog, passphrase dialog, then the work in the background.
    void askCreate(const QString &walletPath);
    void askRestore(const QString &walletPath);
    // The passphrase step of askRestore for a chosen file; asks again, saying why, after a
    // passphrase that does not open the backup, until the backup opens or the learner cancels.
    void askRestorePassphrase(const QString &backupPath, const QString &walletPath, const QString &problem = {});

    // The background part alone (tests and scripted use). The passphrase is wiped once used. The
    // outcome is shown in a message box when there is a window, and always signalled.
    bool startCreate(const QString &walletPath, const QString &outPath, QByteArray passphrase);
    bool startRestore(const QString &backupPath, const QString &walletPath, QByteArray passphrase);

    // Plain-language summary of a restore, as shown to the learner.
    static QString describe(const RestoreReport &report);

Q_SIGNALS:
    void created(const QString &path);
    void restored(const Satchel::RestoreReport &report); // the views reload
    void failed(const QString &message);
    void passphraseRejected(const QString &backupPath); // asked again (interactive restore only)

private:
    void begin(const QString &label);
    void end();
    void createFinished(const Status &status);
    void restoreFinished(const Result<RestoreReport> &report);

    QPointer<QWidget> m_window;
    QProgressDialog *m_progress = nullptr;
    BackgroundJob m_job; // a backup or a restore, one at a time
    QString m_outPath;
    QString m_backupPath; // the interactive restore's file and wallet, for asking again
    QString m_walletPath;
    bool m_askAgain = false;
    bool m_busy = false;
};

} // namespace Satchel
