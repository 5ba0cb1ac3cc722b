// The DocumentFetcher verification uses in the product: net::Fetcher over the network, with the
// wallet's document cache in front, so verification works offline and after an issuer's site is
// gone. Status lists and hosted assertions can change at any time, so a cached copy of them is used
// online only while younger than the wallet setting "verify.maxAgeHours" (default 24); keys, DID
// documents and profiles rarely change and are reused for "verify.documentMaxAgeHours" (default a
// week). Offline (asked for, or when two hosts fail at the network level before anything answered),
// only the cache answers, whatever its age; a document never cached gives the error "offline", so
// the check that needed it comes out unknown, never invalid. A single unreachable host is skipped
// the same way for the rest of the run, while other issuers are still asked.
//
// Like net::Fetcher, an object belongs to the thread that first calls fetch(), and so must the
// Wallet it reads and writes (one Wallet per thread, see Wallet.h).
#pragma once

#include "DocumentFetcher.h"
#include "net/Fetcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <optional>

namespace Satchel {

class NetworkDocumentFetcher : public DocumentFetcher {
    Q_DECLARE_TR_FUNCTIONS(Satchel::NetworkDocumentFetcher)
public:
    static constexpr int kDefaultMaxAgeHours = 24;
    static constexpr int kDefaultDocumentMaxAgeHours = 7 * 24;
    static QString maxAgeSettingKey() { return QStringLiteral("verify.maxAgeHours"); }
    static QString documentMaxAgeSettingKey() { return QStringLiteral("verify.documentMaxAgeHours"); }

    // cache: the wallet whose documents table is the cache, and whose settings give the maximum
    // ages; may be null (no cache: offline then always answers "offline"). Not owned.
    explicit NetworkDocumentFetcher(Wallet *cache);

    Result<FetchedDocument> fetch(const QString &url) override;

    // Explicit offline mode (--offline, the GUI's "work offline"): no request is made.
    void setOffline(bool offline);
    bool isOffline() const { return m_offlineSince.isValid(); }
    // When offline mode began (asked for, or the network failure that caused it); invalid online.
    QDateTime offlineSince() const { return m_offlineSince; }

    // How old a cached status list / hosted assertion (volatile) or other document may be online.
    void setMaxAgeSeconds(qint64 seconds) { m_maxAgeSeconds = seconds; }
    void setDocumentMaxAgeSeconds(qint64 seconds) { m_documentMaxAgeSeconds = seconds; }
    qint64 maxAgeSeconds() const { return m_maxAgeSeconds; }
    qint64 documentMaxAgeSeconds() const { return m_documentMaxAgeSeconds; }

    // The URLs asked for while offline that had no cached copy, since the last call. The wallet
    // verifier uses it to tell "not checked because offline" from other failed lookups.
    QStringList takeOfflineMisses();

    // Options for the requests (timeouts, size cap); offline/caching fields are ignored.
    FetchOptions &requestOptions() { return m_options; }

    // Status lists, revocation lists and OB 2.0 hosted assertions (and HTTP 410 answers): the
    // documents whose content says whether a credential still stands.
    static bool isVolatile(const FetchedDocument &document);

private:
    bool isFresh(const FetchedDocument &document) const;
    Result<FetchedDocument> offlineAnswer(const QString &key, const std::optional<FetchedDocument> &cached);
    Result<FetchedDocument> unreachableAnswer(const QString &key, const std::optional<FetchedDocument> &cached,
                                              const QString &authority);
    void keep(const FetchedDocument &document);

    Wallet *m_cache;
    Fetcher m_fetcher;
    FetchOptions m_options;
    QDateTime m_offlineSince;
    qint64 m_maxAgeSeconds = qint64(kDefaultMaxAgeHours) * 3600;
    qint64 m_documentMaxAgeSeconds = qint64(kDefaultDocumentMaxAgeHours) * 3600;
    QStringList m_offlineMisses;
    QHash<QString, QDateTime> m_unreachable; // host[:port] -> when it failed at the network level
    bool m_reachedNetwork = false;           // something answered during this run
};

} // namespace Satchel
