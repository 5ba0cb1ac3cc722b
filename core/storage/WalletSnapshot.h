// The plaintext wallet a backup carries (docs/backup-format.md): copied out of a live wallet, and
// on the way back checked as foreign data and brought to this version's schema before
// SnapshotMerge reads it. Sealing, passphrases and the user's words are core/backup's.
//
// Errors carry SQLite's (or ForeignDatabase's, or Migrations') words as the message, for the
// caller to put in its own sentence.
#pragma once

#include "Result.h"

#include <QDeadlineTimer>
#include <QString>

#include <memory>

namespace Satchel {

class Wallet;

class WalletSnapshot {
public:
    // A transactionally consistent copy of the wallet (WAL content included) written to copyPath
    // as one self-contained file. Error "snapshot-copy".
    static Status copy(const QString &walletPath, const QString &copyPath);

    // The copy at copyPath as a Wallet, for what a backup adds to it before it is sealed
    // (BackupWriter's snapshot hook). Errors: those of Wallet::open.
    static Result<std::unique_ptr<Wallet>> open(const QString &copyPath);

    // Makes the snapshot at path safe to merge, every statement under deadline: hardened (views,
    // triggers off), its schema Satchel's own, not damaged, then migrated to the current schema.
    // Errors: "snapshot-open" (not SQLite), "snapshot-harden", "snapshot-unsafe" (a foreign schema),
    // "snapshot-damaged" (quick_check), "snapshot-not-wallet" (no schema version), and those of
    // Migrations::migrate ("wallet-newer", "wallet-migration"); "wallet-newer" also when the
    // schema check finds a newer wallet.
    static Status prepare(const QString &path, const QDeadlineTimer &deadline);
};

} // namespace Satchel
