// Brings a prepared wallet snapshot (WalletSnapshot::prepare) into a wallet, in one transaction
// on the wallet's own connection with the snapshot attached: into an empty wallet every row is
// copied with its ids (the round trip is exact); into a wallet that already holds credentials,
// the snapshot is merged by the rules of Wallet::store() and duplicates are counted. Any failure
// rolls everything back, so the wallet is unchanged. Policy and the user's words are
// core/backup's (WalletMerger).
//
// Errors carry SQLite's words as the message: "merge-attach" (the snapshot cannot be attached),
// "merge-busy" (no write transaction), "merge-failed" (a statement or the commit failed), and
// ForeignDatabase::bound()'s "foreign-db-open".
#pragma once

#include "RestoreReport.h"
#include "Result.h"

#include <QDeadlineTimer>
#include <QString>

namespace Satchel {

class Wallet;

class SnapshotMerge {
public:
    // Every statement runs under deadline (which must outlive the wallet's use).
    static Result<RestoreReport> into(Wallet &wallet, const QString &snapshotPath, const QDeadlineTimer &deadline);
};

} // namespace Satchel
