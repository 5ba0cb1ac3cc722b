// Writes a whole wallet to one encrypted .satchel-backup file (docs/backup-format.md): a
// consistent SQLite snapshot, sealed with AES-256-GCM under a key scrypt derives from the
// passphrase, the header bound in as additional data.
//
// Error codes: "wallet-open", "backup-snapshot", "write-failed", "backup-too-large",
// "empty-passphrase", "invalid-parameters", "crypto".
#pragma once

#include "Result.h"
#include "crypto/Scrypt.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Satchel {

class Wallet;

class BackupWriter {
    Q_DECLARE_TR_FUNCTIONS(Satchel::BackupWriter)
public:
    // The production cost: at least N = 2^15, r = 8, p = 1 (about 32 MiB, a tenth of a second).
    static ScryptParameters defaultScrypt();

    // Runs on the private plaintext snapshot (opened as a Wallet by storage) before it is sealed,
    // with the backup's passphrase: what must travel in a backup but does not live in the wallet
    // (holder keys kept in the keychain, HolderKeyStore::sealForBackup) is added there. A failure
    // fails the backup.
    using SnapshotHook = std::function<Status(Wallet &snapshot, QByteArrayView passphrase)>;

    // Tests pass a cheaper scrypt; the file always records the parameters really used.
    static Status write(const QString &walletPath, const QString &outPath, QByteArrayView passphrase,
                        const ScryptParameters &scrypt = defaultScrypt(), const SnapshotHook &beforeSealing = {});
};

} // namespace Satchel
