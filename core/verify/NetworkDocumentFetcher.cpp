#include "NetworkDocumentFetcher.h"

#include "TokenStatusList.h"
#include "VerifyUtil.h"
#include "crypto/Jws.h"
#include "jsonld/SafeJson.h"
#include "i18n/LocaleText.h"
#include "net/NetworkMode.h"
#include "storage/Wallet.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

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

// The claims of an IETF Status List Token (a JWT typed statuslist+jwt, not JSON), unverified: only
// what the cache needs, whether it is one and its ttl. Nothing for any other document.
std::optional<QJsonObject> statusListTokenClaims(const QByteArray &body)
{
    if (!Jws::looksLike(body.trimmed()))
        return std::nullopt;
    auto token = Jws::parse(body);
    if (!token || !TokenStatusList::isTokenType(token->header().value(QLatin1String("typ")).toString()))
        return std::nullopt;
    auto claims = token->payloadObject();
    return claims ? *claims : QJsonObject();
}

} // namespace

NetworkDocumentFetcher::NetworkDocumentFetcher(Wallet *wallet, NetworkMode *network)
    : m_cache(wallet)
    , m_network(network)
    , m_fetcher(&m_cache, network)
    , m_maxAgeSeconds(hoursSetting(wallet, maxAgeSettingKey(), kDefaultMaxAgeHours))
    , m_documentMaxAgeSeconds(hoursSetting(wallet, documentMaxAgeSettingKey(), kDefaultDocumentMaxAgeHours))
{
    m_options.maxBytes = kMaxDocumentBytes;
    m_options.isFresh = [this](const FetchedDocument &cached) { return isFresh(cached); };
    m_options.cacheFallback = true;
    m_options.storeInCache = true;
    m_options.statusAnswers = true;
    m_options.skipUnreachableHosts = true;
}

bool NetworkDocumentFetcher::isVolatile(const FetchedDocument &document)
{
    if (document.httpStatus == 410 || statusListTokenClaims(document.body))
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
    // A Status List Token is a status list, and may say itself how long a copy may serve (ttl,
    // seconds). Read once here: isVolatile would parse it again.
    if (const auto token = statusListTokenClaims(document.body)) {
        const double ttl = token->value(QLatin1String("ttl")).toDouble(-1);
        return (ttl <= 0 || double(age) < ttl) && age < m_maxAgeSeconds;
    }
    return age < (isVolatile(document) ? m_maxAgeSeconds : m_documentMaxAgeSeconds);
}

Result<FetchedDocument> NetworkDocumentFetcher::fetch(const QString &url, const QByteArray &accept)
{
    const QUrl parsed(url);
    if (!Fetcher::isFetchableUrl(parsed))
        return Error { QStringLiteral("unsupported-url"),
            tr("Only http and https addresses can be fetched: %1").arg(url) };
    FetchOptions options = m_options;
    if (!accept.isEmpty())
        options.accept = accept;
    Result<FetchedDocument> fetched = m_fetcher.get(QUrl(cacheKey(parsed)), options);
    if (fetched)
        return fetched;

    // A lookup that could not be made says nothing against the credential: "offline" (the check
    // comes out unknown), worded for the report.
    const QString &code = fetched.error().code;
    if (code == QLatin1String("offline"))
        return Error { code,
            tr("could not check (offline since %1)")
                .arg(LocaleText::dateTime(m_network ? m_network->offlineSince() : QDateTime())) };
    if (code == QLatin1String("unreachable"))
        return Error { QStringLiteral("offline"),
            tr("could not check (%1 unreachable since %2)")
                .arg(parsed.authority(), LocaleText::dateTime(m_fetcher.unreachableSince(parsed.authority()))) };
    if (code == QLatin1String("too-large"))
        return fetched.error();
    if (code == QLatin1String("bad-url"))
        return Error { QStringLiteral("unsupported-url"), fetched.error().message };
    return Error { QStringLiteral("fetch-failed"), fetched.error().message };
}

} // namespace Satchel
