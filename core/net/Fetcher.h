// The one way Satchel reads from the network (import now, verification later): a synchronous GET
// with hard bounds (connect and total timeouts, body size cap, at most 5 http(s) redirects), an
// offline switch, and an optional cache in the wallet's documents table.
//
// send() is the same exchange for the few requests Satchel makes that carry a body (POST and
// DELETE to a VerifierPlus server when sharing a public link): same bounds and offline rule, never
// cached, and redirects are refused ("bad-redirect") since a body must not be replayed elsewhere.
//
// get() and send() run their own QNetworkAccessManager and QEventLoop in the calling thread, so it is meant for
// worker threads (never the UI thread). A Fetcher object belongs to the thread that first calls get().
//
// Error codes: "offline" (no request made), "bad-url" (not http/https), "bad-redirect" (redirect to
// another scheme or without a Location), "too-many-redirects", "too-large", "timeout",
// "not-found" (404), "gone" (410), "http-error" (any other non-2xx), "network" (DNS, refused, TLS...),
// "forbidden-address" (the host resolves to an address AddressPolicy refuses; no request made).
#pragma once

#include "Result.h"
#include "storage/Wallet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Satchel {

struct FetchOptions {
    QByteArray accept = "application/ld+json, application/json;q=0.9, */*;q=0.1";
    int connectTimeoutMs = 10000;      // until the response headers arrive
    int totalTimeoutMs = 30000;        // the whole exchange, redirects included
    qint64 maxBytes = 16 * 1024 * 1024;
    int maxRedirects = 5;
    bool offline = false;              // make no request; answer from the cache or fail "offline"
    bool preferCache = false;          // a cached copy is returned without a request
    bool cacheFallback = true;         // when the request fails, return the cached copy if any
    bool storeInCache = true;          // keep 2xx responses in the cache (when a cache is set)
};

class Fetcher {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Fetcher)
public:
    // cache: the wallet whose documents table keeps fetched documents; may be null. Not owned.
    explicit Fetcher(Wallet *cache = nullptr);
    ~Fetcher();
    Fetcher(const Fetcher &) = delete;
    Fetcher &operator=(const Fetcher &) = delete;

    void setCache(Wallet *cache) { m_cache = cache; }
    Wallet *cache() const { return m_cache; }

    Result<FetchedDocument> get(const QUrl &url, const FetchOptions &options = {});
    // method: "POST", "DELETE", "PUT"... The answer's body (not the request's, which is ours) is
    // bounded by options.maxBytes; an HTTP error status gives the same codes as get().
    Result<FetchedDocument> send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                 const QByteArray &contentType, const FetchOptions &options = {});

    static bool isFetchableUrl(const QUrl &url); // http or https with a host

private:
    struct Outgoing {
        QByteArray method = "GET";
        QByteArray body;
        QByteArray contentType;
    };
    Result<FetchedDocument> fetchNetwork(const QUrl &url, const FetchOptions &options, const Outgoing &outgoing);

    Wallet *m_cache = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace Satchel
