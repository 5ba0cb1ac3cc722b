// The wallet's documents table seen as net's DocumentCache: what lets the fetcher keep documents in
// the wallet without net knowing the wallet.
#pragma once

#include "net/DocumentCache.h"

namespace Satchel {

class Wallet;

class WalletDocumentCache : public DocumentCache {
public:
    // wallet: may be null (nothing found, nothing kept). Not owned; like the Wallet, this belongs to
    // one thread.
    explicit WalletDocumentCache(Wallet *wallet) : m_wallet(wallet) {}

    std::optional<FetchedDocument> document(const QString &url) const override;
    Status putDocument(const FetchedDocument &document) override;

private:
    Wallet *m_wallet;
};

} // namespace Satchel
