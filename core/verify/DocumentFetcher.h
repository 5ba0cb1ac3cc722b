// The one door verification uses to reach the network (keys, DID documents, status lists, hosted
// assertions, issuer profiles). The product implementation is NetworkDocumentFetcher, over
// net::Fetcher (caching, the offline rule); tests use a map-backed fake. Implementations must bound
// response sizes (kMaxDocumentBytes).
#pragma once

#include "Result.h"
#include "model/FetchedDocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Satchel {

class DocumentFetcher {
public:
    static constexpr qsizetype kMaxDocumentBytes = 16 * 1024 * 1024;

    virtual ~DocumentFetcher() = default;
    // Error codes: "offline" (no network and nothing cached), "fetch-failed" (DNS, TLS, timeout),
    // "too-large", "unsupported-url" (not http/https). accept: the Accept header when a document
    // has a media type of its own (a Token Status List is "application/statuslist+jwt"); empty
    // asks for JSON-LD or JSON, as every other document.
    virtual Result<FetchedDocument> fetch(const QString &url, const QByteArray &accept = QByteArray()) = 0;
};

} // namespace Satchel
