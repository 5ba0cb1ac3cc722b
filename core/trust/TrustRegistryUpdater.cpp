#include "trust/TrustRegistryUpdater.h"

#include "i18n/LocaleText.h"
#include "net/DocumentCache.h"
#include "net/Fetcher.h"
#include "storage/Wallet.h"
#include "storage/WalletDocumentCache.h"
#include "trust/DccRegistry.h"
#include "trust/FederationAnchor.h"
#include "trust/Logging.h"
#include "trust/TrustRegistrySettings.h"

#include <algorithm>

namespace Satchel {

namespace {

// The registry's copy is kept only after its checks, so the fetcher neither stores nor falls back
// on its own.
FetchOptions registryOptions(const QByteArray &accept, qint64 maxBytes)
{
    FetchOptions options = FetchOptions::uncached(maxBytes);
    options.accept = accept;
    options.skipUnreachableHosts = true;
    return options;
}

const QByteArray kStatementType = "application/entity-statement+jwt";

} // namespace

QList<TrustRefreshItem> TrustRegistryUpdater::refresh(const QList<TrustRegistry> &registries,
                                                      const QStringList &issuerIds,
                                                      const std::function<bool(int, int)> &progress)
{
    QList<TrustRefreshItem> out;
    for (const TrustRegistry &registry : registries) {
        out.append(refresh(registry, issuerIds));
        if (progress && !progress(int(out.size()), int(registries.size())))
            break;
    }
    return out;
}

QList<TrustRefreshItem> TrustRegistryUpdater::refreshWallet(Wallet &wallet, NetworkMode *network,
                                                            const QList<TrustRegistry> &registries,
                                                            const std::function<bool(int, int)> &progress)
{
    QStringList issuers;
    for (const IssuerEntry &issuer : wallet.issuers())
        issuers.append(issuer.id);
    WalletDocumentCache cache(&wallet);
    Fetcher fetcher(&cache, network);
    return TrustRegistryUpdater(fetcher, cache).refresh(registries, issuers, progress);
}

QList<TrustRegistry> TrustRegistryUpdater::dueForRefresh(const Wallet &wallet, int maxAgeDays)
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addDays(-maxAgeDays);
    const QList<IssuerEntry> issuers = wallet.issuers();
    QList<TrustRegistry> out;
    for (const TrustRegistry &registry : TrustRegistrySettings::enabled(TrustRegistrySettings::load(wallet))) {
        const auto copy = wallet.document(registry.cacheKey());
        if (!copy || copy->fetchedAt < limit) {
            out.append(registry);
            continue;
        }
        if (registry.format != TrustRegistry::Format::OpenIdFederation)
            continue;
        const auto anchor = FederationAnchor::fromConfiguration(copy->body, registry.url);
        const bool unasked = anchor && std::any_of(issuers.begin(), issuers.end(), [&](const IssuerEntry &issuer) {
            return !issuer.id.isEmpty() && !wallet.document(TrustRegistry::cacheKey(anchor->fetchUrl(issuer.id)));
        });
        if (unasked)
            out.append(registry);
    }
    return out;
}

TrustRefreshItem TrustRegistryUpdater::refresh(const TrustRegistry &registry, const QStringList &issuerIds)
{
    TrustRefreshItem item;
    item.registryName = registry.name;
    if (registry.format == TrustRegistry::Format::Dcc)
        refreshDcc(registry, item);
    else
        refreshFederation(registry, issuerIds, item);
    return item;
}

void TrustRegistryUpdater::fail(TrustRefreshItem &item, const QString &code, const QString &message,
                                const QString &keptUrl) const
{
    if (!item.ok)
        return; // the first failure says what happened; the rest follow from it
    item.ok = false;
    item.errorCode = code;
    const auto kept = m_cache.document(keptUrl);
    item.keptCopyAt = kept ? kept->fetchedAt : QDateTime();
    item.message = item.keptCopyAt.isValid()
                       ? tr("%1 (answering from the copy of %2)").arg(message, LocaleText::dateTime(item.keptCopyAt))
                       : message;
}

Result<FetchedDocument> TrustRegistryUpdater::fetch(const QUrl &url, const FetchOptions &options)
{
    auto document = m_fetcher.get(url, options);
    // Offline, the fetcher answers with the kept copy: that is no refresh.
    if (document && document->fromCache)
        return Error{QStringLiteral("offline"), tr("Not fetched: Satchel is working offline.")};
    return document;
}

void TrustRegistryUpdater::refreshDcc(const TrustRegistry &registry, TrustRefreshItem &item)
{
    const QString key = registry.cacheKey();
    auto document = fetch(registry.url, registryOptions("application/json", DccRegistry::kMaxBytes));
    if (!document)
        return fail(item, document.error().code, document.error().message, key);
    if (auto parsed = DccRegistry::parse(document->body); !parsed)
        return fail(item, parsed.error().code, parsed.error().message, key);
    document->url = key;
    if (auto kept = m_cache.putDocument(*document); !kept)
        fail(item, kept.error().code, kept.error().message, key);
}

void TrustRegistryUpdater::refreshFederation(const TrustRegistry &registry, const QStringList &issuerIds,
                                             TrustRefreshItem &item)
{
    const QString key = registry.cacheKey();
    auto document = fetch(registry.url, registryOptions(kStatementType, EntityStatement::kMaxBytes));
    if (!document)
        return fail(item, document.error().code, document.error().message, key);
    auto anchor = FederationAnchor::fromConfiguration(document->body, registry.url);
    if (!anchor)
        return fail(item, anchor.error().code, anchor.error().message, key);
    document->url = key;
    if (auto kept = m_cache.putDocument(*document); !kept)
        return fail(item, kept.error().code, kept.error().message, key);

    FetchOptions options = registryOptions(kStatementType, EntityStatement::kMaxBytes);
    options.statusAnswers = true;
    for (const QString &issuerId : issuerIds) {
        const QUrl url = anchor->fetchUrl(issuerId);
        const QString urlKey = TrustRegistry::cacheKey(url);
        auto answer = fetch(url, options);
        if (!answer) {
            fail(item, answer.error().code, answer.error().message, urlKey);
            continue;
        }
        if (answer->httpStatus != 404) {
            auto statement = anchor->verifySubordinate(answer->body, issuerId);
            if (!statement) {
                qCWarning(lcTrust) << "statement from" << registry.id << "refused:" << statement.error().code;
                fail(item, statement.error().code, statement.error().message, urlKey);
                continue;
            }
        }
        answer->url = urlKey;
        if (answer->body.isNull())
            answer->body = QByteArray(""); // a 404 without a body is still an answer to keep
        if (auto kept = m_cache.putDocument(*answer); !kept)
            fail(item, kept.error().code, kept.error().message, urlKey);
    }
}

} // namespace Satchel
