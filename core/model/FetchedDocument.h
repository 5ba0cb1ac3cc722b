// A document read from the web (an OB 2.0 BadgeClass or issuer, a key, a DID document, a status
// list, a hosted assertion), with when it was read. The fetcher returns it, the wallet's document
// cache keeps it, verification reads it: one type for all three so a cached copy is the same value
// as a fresh one.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Satchel {

struct FetchedDocument {
    QString url;              // final URL after redirects (the cache key is the requested URL)
    int httpStatus = 200;     // any HTTP status is returned; 410 means "revoked" for OB 2.0
    QString contentType;
    QByteArray body;
    QDateTime fetchedAt;      // when it was fetched (older than now when served from the cache)
    bool fromCache = false;

    bool isSuccess() const { return httpStatus >= 200 && httpStatus < 300; }
};

} // namespace Satchel
