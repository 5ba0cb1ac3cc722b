// Opens a .satchel-backup file (docs/backup-format.md) and restores it into a wallet: the header
// is checked and bounded first, then the body is authenticated and decrypted, and only then is the
// wallet touched (through WalletMerger, in one transaction).
//
// Error codes: those of BackupHeader::parse, "backup-read", "wrong-passphrase-or-damaged",
// "empty-passphrase", and those of WalletMerger::merge.
#pragma once

#include "Result.h"
#include "WalletMerger.h"

#include <QCoreApplication>
#include <QString>

namespace Satchel {

class BackupReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::BackupReader)
public:
    // The wallet is touched only once the backup has opened with the passphrase.
    static Result<RestoreReport> restore(const QString &backupPath, QByteArrayView passphrase, Wallet &target);
};

} // namespace Satchel
