#include "WalletDocumentCache.h"

#include "Wallet.h"

namespace Satchel {

std::optional<FetchedDocument> WalletDocumentCache::document(const QString &url) const
{
    if (!m_wallet)
        return std::nullopt;
    return m_wallet->document(url);
}

Status WalletDocumentCache::putDocument(const FetchedDocument &document)
{
    if (!m_wallet)
        return {};
    return m_wallet->putDocument(document);
}

} // namespace Satchel
