#include "NetworkDocumentFetcher.h"

#include "VerifyUtil.h"
#include "jsonld/SafeJson.h"
#include "verify/Logging.h"
#include "storage/Wallet.h"
#include "i18n/LocaleText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <utility>

namespace Satchel {

namespace {

// A maximum age in hours from a wallet setting; a missing or unusable value keeps the default.
qint64 hoursSetting(const Wallet *wallet, const QString &key, int defaultHours)
{
    if (!wallet)
        return qint64(defaultHours) * 3600;
    bool ok = false;
    const double hours = wallet->setting(key).toDouble(&ok);
    if (!ok || hours < 0 || hours > 24.0 * 366 * 10)
        return qint64(defaultHours) * 3600;
    return qint64(hours * 3600);
}

// The cache key: the URL as net::Fetcher and the importer write it. A fragment names a part of
// the document (a key in a DID document), never a different document.
QString cacheKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

} // namespace

NetworkDocumentFetcher::NetworkDocumentFetcher(Wallet *cache)
    : m_cache(cache)
    , m_maxAgeSeconds(hoursSetting(cache, maxAgeSettingKey(), kDefaultMaxAgeHours))
    , m_documentMaxAgeSeconds(hoursSetting(cache, documentMaxAgeSettingKey(), kDefaultDocumentMaxAgeHours))
{
    m_options.maxBytes = kMaxDocumentBytes;
    // The cache is kept here, with the age rules above; net::Fetcher must neither read nor write it.
    m_options.offline = false;
    m_options.preferCache = false;
    m_options.cacheFallback = false;
    m_options.storeInCache = false;
}

void NetworkDocumentFetcher::setOffline(bool offline)
{
    if (!offline)
        m_offlineSince = QDateTime();
    else if (!m_offlineSince.isValid())
        m_offlineSince = QDateTime::currentDateTimeUtc();
}

QStringList NetworkDocumentFetcher::takeOfflineMisses()
{
    return std::exchange(m_offlineMisses, {});
}

bool NetworkDocumentFetcher::isVolatile(const FetchedDocument &document)
{
    if (document.httpStatus == 410)
        return true;
    const auto json = SafeJson::parseObject(document.body);
    if (!json)
        return false;
    const QJsonObject &object = *json;
    static const QStringList kVolatileTypes { QStringLiteral("BitstringStatusListCredential"),
        QStringLiteral("StatusList2021Credential"), QStringLiteral("RevocationList"), QStringLiteral("Assertion") };
    for (const QString &type : VerifyUtil::typesOf(object)) {
        if (kVolatileTypes.contains(type))
            return true;
    }
    // OB 1.x hosted assertions carry no type; revocation lists are known by their content too.
    return (object.contains(QLatin1String("recipient")) && object.contains(QLatin1String("badge")))
        || object.contains(QLatin1String("revokedAssertions")) || object.contains(QLatin1String("revokedCredential"))
        || object.contains(QLatin1String("revoked"));
}

bool NetworkDocumentFetcher::isFresh(const FetchedDocument &document) const
{
    if (!document.fetchedAt.isValid())
        return false;
    const qint64 age = document.fetchedAt.secsTo(QDateTime::currentDateTimeUtc());
    // A fetch time in the future (clock changed) proves nothing about freshness.
    if (age < 0)
        return false;
    return age < (isVolatile(document) ? m_maxAgeSeconds : m_documentMaxAgeSeconds);
}

void NetworkDocumentFetcher::keep(const FetchedDocument &document)
{
    // A cache write failure must not fail the verification; the next run simply fetches again.
    if (!m_cache)
        return;
    if (const Status kept = m_cache->putDocument(document); !kept)
        qCInfo(lcVerify) << "the document cache did not keep" << document.url << ":" << kept.error().code
                         << kept.error().message;
}

Result<FetchedDocument> NetworkDocumentFetcher::unreachableAnswer(
    const QString &key, const std::optional<FetchedDocument> &cached, const QString &authority)
{
    if (cached)
        return *cached;
    // Reported like offline: the check could not be made, which says nothing against the credential.
    m_offlineMisses.append(key);
    return Error { QStringLiteral("offline"),
        tr("could not check (%1 unreachable since %2)")
            .arg(authority, LocaleText::dateTime(m_unreachable.value(authority))) };
}

Result<FetchedDocument> NetworkDocumentFetcher::offlineAnswer(
    const QString &key, const std::optional<FetchedDocument> &cached)
{
    if (cached)
        return *cached;
    m_offlineMisses.append(key);
    return Error { QStringLiteral("offline"),
        tr("could not check (offline since %1)").arg(LocaleText::dateTime(m_offlineSince)) };
}

Result<FetchedDocument> NetworkDocumentFetcher::fetch(const QString &url)
{
    const QUrl parsed(url);
    if (!Fetcher::isFetchableUrl(parsed))
        return Error { QStringLiteral("unsupported-url"),
            tr("Only http and https addresses can be fetched: %1").arg(url) };
    const QString key = cacheKey(parsed);
    std::optional<FetchedDocument> cached;
    if (m_cache)
        cached = m_cache->document(key);

    if (isOffline())
        return offlineAnswer(key, cached);
    if (cached && isFresh(*cached))
        return *cached;
    const QString authority = parsed.authority();
    if (m_unreachable.contains(authority))
        return unreachableAnswer(key, cached, authority);

    Result<FetchedDocument> fetched = m_fetcher.get(QUrl(key), m_options);
    if (fetched) {
        m_reachedNetwork = true;
        fetched->url = key;
        keep(*fetched);
        return fetched;
    }

    const QString &code = fetched.error().code;
    if (code == QLatin1String("gone")) {
        // OB 2.0: 410 Gone is how an issuer revokes a hosted assertion. Kept like any answer, so
        // that offline re-verification still says revoked.
        FetchedDocument gone;
        gone.url = key;
        gone.httpStatus = 410;
        gone.body = QByteArray(""); // the cache stores a body; NULL is refused
        gone.fetchedAt = QDateTime::currentDateTimeUtc();
        keep(gone);
        return gone;
    }
    if (code == QLatin1String("not-found")) {
        // Not kept: a missing document may be a passing fault of the issuer's site. The stale copy
        // is not served either, since the issuer no longer stands behind it.
        FetchedDocument missing;
        missing.url = key;
        missing.httpStatus = 404;
        missing.fetchedAt = QDateTime::currentDateTimeUtc();
        return missing;
    }
    if (code == QLatin1String("network") || code == QLatin1String("timeout")) {
        // No route, no DNS, no answer. One issuer's site being down says nothing about the others,
        // so only that host is skipped for the rest of the run (one timeout, not one per
        // credential). When two hosts fail and nothing has answered yet, the laptop is offline:
        // the rest of the run uses the cache only.
        m_unreachable.insert(authority, QDateTime::currentDateTimeUtc());
        if (!m_reachedNetwork && m_unreachable.size() >= 2) {
            m_offlineSince = QDateTime::currentDateTimeUtc();
            return offlineAnswer(key, cached);
        }
        return unreachableAnswer(key, cached, authority);
    }
    m_reachedNetwork = true; // an HTTP answer, even an error, proves the network works
    if (cached && code == QLatin1String("http-error"))
        return *cached; // a server error says nothing new about the document: keep the last good copy
    if (code == QLatin1String("too-large"))
        return fetched.error();
    if (code == QLatin1String("bad-url"))
        return Error { QStringLiteral("unsupported-url"), fetched.error().message };
    return Error { QStringLiteral("fetch-failed"), fetched.error().message };
}

} // namespace Satchel
