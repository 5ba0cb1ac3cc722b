#include "PresentationLink.h"

#include "jsonld/SafeJson.h"
#include "net/Fetcher.h"
#include "net/FormQuery.h"

#include <QUrlQuery>

namespace Satchel {

namespace {

constexpr int kMaxJsonDepth = 32;

const char *const kJsonParameters[] = {"dcql_query", "presentation_definition", "client_metadata"};

bool isWalletScheme(const QString &scheme)
{
    return scheme == QLatin1String("openid4vp") || scheme == QLatin1String("openid-vc")
        || scheme == QLatin1String("haip-vp");
}

Error unsupported()
{
    return Error{QStringLiteral("unsupported-link"),
                 PresentationLink::tr("This is not a verifier's request for credentials that Satchel understands.")};
}

} // namespace

bool PresentationLink::looksLike(const QString &text)
{
    const QUrl url(text.trimmed());
    if (!url.isValid())
        return false;
    const QUrlQuery query(url);
    const bool hasRequest = query.hasQueryItem(QStringLiteral("client_id"))
        && (query.hasQueryItem(QStringLiteral("request_uri")) || query.hasQueryItem(QStringLiteral("request"))
            || query.hasQueryItem(QStringLiteral("response_type")));
    return hasRequest && (isWalletScheme(url.scheme()) || url.scheme() == QLatin1String("https"));
}

Result<PresentationLink> PresentationLink::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.toUtf8().size() > kMaxLinkBytes)
        return Error{QStringLiteral("bad-request"), tr("The verifier's link is too long to be a request.")};
    if (!looksLike(trimmed))
        return unsupported();
    const QUrlQuery query{QUrl(trimmed)};
    QJsonObject parameters;
    for (const auto &[name, value] : FormQuery::items(query)) {
        if (parameters.contains(name))
            return Error{QStringLiteral("bad-request"),
                         tr("The verifier's link names the parameter “%1” twice.").arg(Error::excerpt(name))};
        parameters.insert(name, value);
    }
    PresentationLink link;
    // A signed request by value: the request object is in the link itself (JAR, RFC 9101 §5).
    const QString requestObject = parameters.value(QLatin1String("request")).toString();
    if (!requestObject.isEmpty()) {
        if (parameters.contains(QLatin1String("request_uri")))
            return Error{QStringLiteral("bad-request"),
                         tr("The verifier's link gives its request both in the link and at an address.")};
        link.requestObject = requestObject.toUtf8();
        link.parameters.insert(QStringLiteral("client_id"), parameters.value(QLatin1String("client_id")));
        return link;
    }
    const QString requestUri = parameters.value(QLatin1String("request_uri")).toString();
    if (!requestUri.isEmpty()) {
        link.requestUri = QUrl(requestUri, QUrl::StrictMode);
        if (!link.requestUri.isValid() || !Fetcher::isFetchableUrl(link.requestUri))
            return Error{QStringLiteral("bad-request"),
                         tr("The verifier's link does not give a valid address for its request.")};
        if (!Fetcher::isSecureOrLoopback(link.requestUri))
            return Error{QStringLiteral("insecure-url"),
                         tr("The verifier's request is at an address that is not secure (%1): Satchel only fetches "
                            "requests over HTTPS.").arg(Error::excerpt(link.requestUri.toDisplayString(), 120))};
        const QString method = parameters.value(QLatin1String("request_uri_method")).toString();
        if (!method.isEmpty() && method != QLatin1String("get") && method != QLatin1String("post"))
            return Error{QStringLiteral("bad-request"),
                         tr("The verifier asks for its request in a way Satchel does not know (“%1”).")
                             .arg(Error::excerpt(method))};
        link.postRequestUri = method == QLatin1String("post");
        link.parameters.insert(QStringLiteral("client_id"), parameters.value(QLatin1String("client_id")));
        return link;
    }
    auto normalizedParameters = normalized(parameters);
    if (!normalizedParameters)
        return normalizedParameters.error();
    link.parameters = *normalizedParameters;
    return link;
}

Result<QJsonObject> PresentationLink::normalized(const QJsonObject &parameters)
{
    QJsonObject out = parameters;
    for (const char *name : kJsonParameters) {
        const QJsonValue value = parameters.value(QLatin1String(name));
        if (!value.isString())
            continue;
        auto parsed = SafeJson::parseObject(value.toString().toUtf8(), kMaxJsonDepth, kMaxLinkBytes);
        if (!parsed)
            return Error{QStringLiteral("bad-request"),
                         tr("The verifier's “%1” is not valid JSON: %2").arg(QLatin1String(name), parsed.error().message)};
        out.insert(QLatin1String(name), *parsed);
    }
    return out;
}

} // namespace Satchel
