// The DocumentFetcher verification uses in the product: a thin adapter over net::Fetcher, which does
// the network, the wallet's document cache and the offline rule. What is verification's own is
// here: which cached copies are fresh enough, and how a lookup that could not be made is worded.
// Status lists and hosted assertions can change at any time, so a cached copy of them is used online
// only while younger than the wallet setting "verify.maxAgeHours" (default 24), and an IETF Status
// List Token only while younger than its own "ttl" too (draft-ietf-oauth-status-list §8.3); keys, DID documents
// and profiles rarely change and are reused for "verify.documentMaxAgeHours" (default a week).
// Offline (chosen, or found by the fetcher: see NetworkMode), only the cache answers, whatever its
// age; a document never cached gives the error "offline", so the check that needed it comes out
// unknown, never invalid. A single unreachable host is skipped the same way for the rest of the
// run, while other issuers are still asked.
//
// Like net::Fetcher, an object belongs to the thread that first calls fetch(), and so must the
// Wallet it reads and writes (one Wallet per thread, see Wallet.h); make one per run.
#pragma once

#include "DocumentFetcher.h"
#include "net/Fetcher.h"
#include "storage/WalletDocumentCache.h"

#include <QCoreApplication>

namespace Satchel {

class NetworkMode;
class Wallet;

class NetworkDocumentFetcher : public DocumentFetcher {
    Q_DECLARE_TR_FUNCTIONS(Satchel::NetworkDocumentFetcher)
public:
    static constexpr int kDefaultMaxAgeHours = 24;
    static constexpr int kDefaultDocumentMaxAgeHours = 7 * 24;
    static QString maxAgeSettingKey() { return QStringLiteral("verify.maxAgeHours"); }
    static QString documentMaxAgeSettingKey() { return QStringLiteral("verify.documentMaxAgeHours"); }

    // wallet: the cache, and whose settings give the maximum ages; may be null (no cache: offline
    // then always answers "offline"). network: the application's; null means always online. Not owned.
    NetworkDocumentFetcher(Wallet *wallet, NetworkMode *network);

    Result<FetchedDocument> fetch(const QString &url, const QByteArray &accept = QByteArray()) override;

    // How old a cached status list / hosted assertion (volatile) or other document may be online.
    void setMaxAgeSeconds(qint64 seconds) { m_maxAgeSeconds = seconds; }
    void setDocumentMaxAgeSeconds(qint64 seconds) { m_documentMaxAgeSeconds = seconds; }
    qint64 maxAgeSeconds() const { return m_maxAgeSeconds; }
    qint64 documentMaxAgeSeconds() const { return m_documentMaxAgeSeconds; }

    // Options for the requests (timeouts, size cap); the caching fields are this class's.
    FetchOptions &requestOptions() { return m_options; }

    // Status lists (W3C credentials and IETF Status List Tokens), revocation lists and OB 2.0 hosted
    // assertions (and HTTP 410 answers): the documents whose content says whether a credential still stands.
    static bool isVolatile(const FetchedDocument &document);

private:
    bool isFresh(const FetchedDocument &document) const;

    WalletDocumentCache m_cache;
    NetworkMode *m_network;
    Fetcher m_fetcher;
    FetchOptions m_options;
    qint64 m_maxAgeSeconds = qint64(kDefaultMaxAgeHours) * 3600;
    qint64 m_documentMaxAgeSeconds = qint64(kDefaultDocumentMaxAgeHours) * 3600;
};

} // namespace Satchel
