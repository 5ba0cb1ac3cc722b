// A DocumentFetcher in front of another that counts the lookups answered "offline" (not made, and
// nothing kept). WalletVerifier uses it to tell "not checked because offline" from other failed
// lookups, whichever fetcher it was given.
#pragma once

#include "DocumentFetcher.h"

namespace Satchel {

class OfflineMissCounter : public DocumentFetcher {
public:
    // inner: the fetcher that does the work; not null, not owned.
    explicit OfflineMissCounter(DocumentFetcher *inner) : m_inner(inner) {}

    Result<FetchedDocument> fetch(const QString &url, const QByteArray &accept = QByteArray()) override;

    int misses() const { return m_misses; }

private:
    DocumentFetcher *m_inner;
    int m_misses = 0;
};

} // namespace Satchel
