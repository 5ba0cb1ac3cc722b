// What restoring a backup brought into a wallet (SnapshotMerge, backup/WalletMerger).
#pragma once

namespace Satchel {

struct RestoreReport {
    bool intoEmptyWallet = false;
    int imported = 0;        // top-level credentials added (a CLR's nested rows come with it)
    int duplicates = 0;      // top-level credentials the wallet already held (kept as they were)
    int versions = 0;        // the same credentials with other bytes, kept as versions (Wallet::store())
    int identities = 0;      // identities, tags, collections, documents, settings, pathways added
    int tags = 0;
    int collections = 0;
    int documents = 0;
    int settings = 0;
    int pathways = 0;
};

} // namespace Satchel
