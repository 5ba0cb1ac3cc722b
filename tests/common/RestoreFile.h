// Restores a backup file into the wallet at a path, as the applications do (storage/RestoreTarget
// opens it, creating it when missing, and removes a wallet created for a restore that failed).
#pragma once

#include "backup/BackupReader.h"
#include "storage/RestoreTarget.h"
#include "storage/Wallet.h"

inline Satchel::Result<Satchel::RestoreReport> restoreFile(const QString &backupPath, QByteArrayView passphrase,
                                                           const QString &walletPath)
{
    return Satchel::RestoreTarget::restoreInto(walletPath, [&](Satchel::Wallet &wallet) {
        return Satchel::BackupReader::restore(backupPath, passphrase, wallet);
    });
}
