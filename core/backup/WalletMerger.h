// Brings the contents of a decrypted backup snapshot into a wallet, in one transaction: into an
// empty wallet every row is copied with its ids (the round trip is exact); into a wallet that
// already holds credentials, the backup is merged and duplicates are reported. Any failure rolls
// everything back, so the wallet is unchanged.
//
// The SQL is storage's: the snapshot is opened defensively (storage/WalletSnapshot, ForeignDatabase):
// a schema that is not Satchel's (a view, a trigger, an unknown table) is refused before any query;
// storage/SnapshotMerge merges it on the wallet's connection. The whole restore runs under a deadline.
//
// Error codes: "backup-damaged", "backup-unsafe" (foreign schema), "backup-too-slow" (the deadline),
// "wallet-newer", "wallet-migration", "wallet-open", "wallet-write".
#pragma once

#include "Result.h"
#include "storage/RestoreReport.h"

#include <QCoreApplication>
#include <QString>

namespace Satchel {

class Wallet;

class WalletMerger {
    Q_DECLARE_TR_FUNCTIONS(Satchel::WalletMerger)
public:
    // snapshotPath: a plaintext SQLite wallet (upgraded here to the current schema if older);
    // target: the wallet to restore into (by path through storage/RestoreTarget, which removes a
    // wallet created for a restore that failed).
    static Result<RestoreReport> merge(const QString &snapshotPath, Wallet &target);

    // Time for one restore, snapshot checks to commit: generous for 10,000 credentials.
    static constexpr int kMaxSeconds = 300;
};

} // namespace Satchel
