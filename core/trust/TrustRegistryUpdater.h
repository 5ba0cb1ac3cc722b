// Brings the wallet's copies of the trust registries up to date, through the one Fetcher (its
// timeouts, caps, address policy and the application's NetworkMode): a DCC-format list is fetched
// whole; an OpenID Federation anchor's configuration is fetched, then its fetch endpoint is asked
// about each issuer given (a 404 is kept too: "not listed" must answer offline).
//
// Nothing is kept that does not pass its checks (a list that is not the format, a configuration or
// statement whose signature fails): a tampered answer never replaces a good copy. When a registry
// cannot be reached, its kept copy stays and answers, and the report says since when.
#pragma once

#include "Result.h"
#include "model/FetchedDocument.h"
#include "trust/TrustRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>

namespace Satchel {

class DocumentCache;
class Fetcher;
class NetworkMode;
class Wallet;
struct FetchOptions;

struct TrustRefreshItem {
    QString registryName;
    bool ok = true;
    QString errorCode;     // the first failure's code ("offline", "network", "signature"...)
    QString message;       // translated, for the settings page
    QDateTime keptCopyAt;  // when a copy still answering was fetched (invalid: none)
};

class TrustRegistryUpdater {
    Q_DECLARE_TR_FUNCTIONS(Satchel::TrustRegistryUpdater)
public:
    static constexpr qint64 kMaxRegistryBytes = 8 * 1024 * 1024;

    TrustRegistryUpdater(Fetcher &fetcher, DocumentCache &cache) : m_fetcher(fetcher), m_cache(cache) {}

    // progress(done, total) after each registry; returning false stops before the next one.
    QList<TrustRefreshItem> refresh(const QList<TrustRegistry> &registries, const QStringList &issuerIds,
                                    const std::function<bool(int, int)> &progress = {});
    TrustRefreshItem refresh(const TrustRegistry &registry, const QStringList &issuerIds);

    // The wallet's copies of registries, for every issuer the wallet holds, through a Fetcher of
    // its own (network: the application's, may be null): what Refresh now, `trust refresh` and
    // the quiet refresh at start run on their worker.
    static QList<TrustRefreshItem> refreshWallet(Wallet &wallet, NetworkMode *network,
                                                 const QList<TrustRegistry> &registries,
                                                 const std::function<bool(int, int)> &progress = {});
    // The registries in use whose copy is missing or older than maxAgeDays, and the federations
    // not yet asked about an issuer the wallet holds (one imported since the last refresh).
    static QList<TrustRegistry> dueForRefresh(const Wallet &wallet, int maxAgeDays);

private:
    Result<FetchedDocument> fetch(const QUrl &url, const FetchOptions &options);
    void refreshDcc(const TrustRegistry &registry, TrustRefreshItem &item);
    void refreshFederation(const TrustRegistry &registry, const QStringList &issuerIds, TrustRefreshItem &item);
    void fail(TrustRefreshItem &item, const QString &code, const QString &message, const QString &keptUrl) const;

    Fetcher &m_fetcher;
    DocumentCache &m_cache;
};

} // namespace Satchel
