// The one way Satchel reads from the network (import, verification, pathways, sharing): a
// synchronous GET with hard bounds (connect and total timeouts, body size cap, at most 5 http(s)
// redirects), the offline rule of the application's NetworkMode, and an optional DocumentCache in
// front (the wallet's documents table, through storage/WalletDocumentCache).
//
// send() is the same exchange for the few requests Satchel makes that carry a body (POST and
// DELETE to a VerifierPlus server when sharing a public link): same bounds and offline rule, never
// cached, and redirects are refused ("bad-redirect") since a body must not be replayed elsewhere.
//
// get() and send() run their own QNetworkAccessManager and QEventLoop in the calling thread, so it is meant for
// worker threads (never the UI thread). A Fetcher object belongs to the thread that first calls get(),
// and is made for one piece of work (an import, a verification run): what it learns about
// unreachable hosts lasts as long as it does.
//
// Error codes: "offline" (no request made), "bad-url" (not http/https), "bad-redirect" (redirect to
// another scheme or without a Location), "too-many-redirects", "too-large", "timeout",
// "not-found" (404), "gone" (410), "http-error" (any other non-2xx), "network" (DNS, refused, TLS...),
// "forbidden-address" (the host resolves to an address AddressPolicy refuses; no request made),
// "unreachable" (with skipUnreachableHosts: the host failed at the network level in this Fetcher's work),
// "insecure-url" / "insecure-redirect" (with httpsOnly).
#pragma once

#include "Result.h"
#include "model/FetchedDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Satchel {

class DocumentCache;
class NetworkMode;

struct FetchOptions {
    QByteArray accept = "application/ld+json, application/json;q=0.9, */*;q=0.1";
    int connectTimeoutMs = 10000;      // until the response headers arrive
    int totalTimeoutMs = 30000;        // the whole exchange, redirects included
    qint64 maxBytes = 16 * 1024 * 1024;
    int maxRedirects = 5;
    bool preferCache = false;          // a cached copy is returned without a request
    // When set, a cached copy it calls fresh is returned without a request (preferCache: any copy).
    std::function<bool(const FetchedDocument &cached)> isFresh;
    bool cacheFallback = true;         // when the request fails, return the cached copy if any
    bool storeInCache = true;          // keep 2xx responses in the cache (when a cache is set)
    // 404 and 410 are answers about the document rather than failures: they come back as documents
    // with that status. A 410 is kept (it is how an OB 2.0 issuer revokes a hosted assertion); a 404
    // is not, and the stale copy is not served either, since the issuer no longer stands behind it.
    bool statusAnswers = false;
    // A host that fails at the network level (no route, no DNS, no answer) is not asked again by
    // this Fetcher: its documents come from the cache or fail "unreachable". When two hosts fail
    // before anything answered, there is no network: the NetworkMode learns so, and the rest of the
    // work answers from the cache only.
    bool skipUnreachableHosts = false;
    // Extra request headers (e.g. "Authorization: Bearer ..."); Accept and User-Agent are set above.
    QList<QPair<QByteArray, QByteArray>> headers;
    // Protocols that carry secrets (credential issuance): every address, the first and each redirect,
    // must be https, except a loopback host (127.0.0.0/8, ::1, localhost) that tests use. Refused
    // before any request: "insecure-url" (the first), "insecure-redirect" (a redirect).
    bool httpsOnly = false;
    // Any non-2xx answer comes back as a document with its status and body (an OAuth error object)
    // instead of an error; redirects are still followed or refused as usual.
    bool errorAnswers = false;

    // A one-off download that neither reads nor fills the cache: documents whose copy is kept (or
    // not) by their own code after it has checked them, and exchanges that must never be replayed.
    static FetchOptions uncached(qint64 maxBytes)
    {
        FetchOptions options;
        options.maxBytes = maxBytes;
        options.preferCache = false;
        options.cacheFallback = false;
        options.storeInCache = false;
        return options;
    }
};

class Fetcher {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Fetcher)
public:
    // cache: where fetched documents are kept; may be null. network: whether to use the network,
    // and where a lost network is reported; null means always online. Neither owned.
    explicit Fetcher(DocumentCache *cache = nullptr, NetworkMode *network = nullptr);
    ~Fetcher();
    Fetcher(const Fetcher &) = delete;
    Fetcher &operator=(const Fetcher &) = delete;

    // Offline for this Fetcher's work: chosen by the learner, or found since it started.
    bool isOffline() const;
    // When a host (QUrl::authority()) first failed at the network level; invalid if it has not.
    QDateTime unreachableSince(const QString &authority) const;

    Result<FetchedDocument> get(const QUrl &url, const FetchOptions &options = {});
    // method: "POST", "DELETE", "PUT"... The answer's body (not the request's, which is ours) is
    // bounded by options.maxBytes; an HTTP error status gives the same codes as get().
    Result<FetchedDocument> send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                 const QByteArray &contentType, const FetchOptions &options = {});

    static bool isFetchableUrl(const QUrl &url); // http or https with a host
    // https, or any scheme on a loopback host (127.0.0.0/8, ::1, localhost): httpsOnly's rule.
    static bool isSecureOrLoopback(const QUrl &url);

private:
    struct Outgoing {
        QByteArray method = "GET";
        QByteArray body;
        QByteArray contentType;
    };
    struct Unreachable {
        QDateTime since;
        QString message; // the first failure's, repeated for the requests it saves
    };
    Result<FetchedDocument> fetchNetwork(const QUrl &url, const FetchOptions &options, const Outgoing &outgoing);
    // The answer to a failed GET (a status answer, the cached copy, or the error).
    Result<FetchedDocument> answerFailure(const QUrl &url, const Error &error, const FetchOptions &options,
                                          const std::optional<FetchedDocument> &cached);
    void keep(const FetchedDocument &document);
    void noteAnswer(); // any HTTP answer proves the network works

    DocumentCache *m_cache = nullptr;
    NetworkMode *m_network = nullptr;
    QDateTime m_startedAt;
    QHash<QString, Unreachable> m_unreachable; // by authority
    bool m_reachedNetwork = false;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace Satchel
