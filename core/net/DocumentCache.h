// Where the fetcher keeps the documents it fetched, so that a later run works offline and after an
// issuer's site is gone. net only needs these two calls; the wallet provides them
// (storage/WalletDocumentCache), which keeps net free of the storage layer.
#pragma once

#include "Result.h"
#include "model/FetchedDocument.h"

#include <QString>

#include <optional>

namespace Satchel {

class DocumentCache {
public:
    virtual ~DocumentCache() = default;

    // The copy kept for the URL (the requested URL, fully encoded), if any.
    virtual std::optional<FetchedDocument> document(const QString &url) const = 0;
    // Keeps the document under document.url, replacing an older copy.
    virtual Status putDocument(const FetchedDocument &document) = 0;
};

} // namespace Satchel
