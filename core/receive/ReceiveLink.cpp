#include "ReceiveLink.h"

#include "jsonld/SafeJson.h"
#include "net/FormQuery.h"

#include <QJsonValue>
#include <QUrlQuery>

namespace Satchel {

namespace {

constexpr qsizetype kMaxLinkChars = 64 * 1024;
constexpr int kMaxJsonDepth = 16;

Error unsupported(const QString &text)
{
    return Error{QStringLiteral("unsupported-link"),
                 ReceiveLink::tr("This is not a credential offer Satchel can receive (an OpenID4VCI offer, a VC-API "
                                 "interaction link or a Learner Credential Wallet link): %1")
                     .arg(Error::excerpt(text, 80))};
}

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return (scheme == QLatin1String("https") || scheme == QLatin1String("http")) && !url.host().isEmpty();
}

// The DCC wallet's link: its own schemes, or a web page named request(.html) on any host (lcw.app
// and the white-label copies of it).
bool isDccLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("dccrequest") || scheme == QLatin1String("org.dcconsortium"))
        return true;
    const QString last = url.path().section(QLatin1Char('/'), -1);
    return isWebUrl(url) && (last == QLatin1String("request") || last == QLatin1String("request.html"));
}

Result<ReceiveLink> webUrl(const QString &value, const QString &text, ReceiveLink::Kind kind)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!isWebUrl(url))
        return unsupported(text);
    ReceiveLink link;
    link.kind = kind;
    link.url = url;
    return link;
}

Result<ReceiveLink> dccLink(const QUrlQuery &query, const QString &text)
{
    const QString request = FormQuery::value(query, QStringLiteral("request"));
    if (!request.isEmpty()) {
        auto object = SafeJson::parseObject(request.toUtf8(), kMaxJsonDepth, kMaxLinkChars);
        if (!object)
            return unsupported(text);
        return ReceiveLink::fromProtocols(object->value(QLatin1String("protocols")).toObject());
    }
    const QString requestUrl = FormQuery::value(query, QStringLiteral("vc_request_url"));
    if (!requestUrl.isEmpty()) {
        auto link = webUrl(requestUrl, text, ReceiveLink::DccChallenge);
        if (link)
            link->challenge = FormQuery::value(query, QStringLiteral("challenge"));
        return link;
    }
    return unsupported(text);
}

} // namespace

Result<ReceiveLink> ReceiveLink::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || text.size() > kMaxLinkChars)
        return unsupported(text);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return unsupported(text);
    const QUrlQuery query(url);
    const QString scheme = url.scheme().toLower();
    const bool offerScheme = scheme == QLatin1String("openid-credential-offer");
    if (offerScheme || isWebUrl(url)) {
        const QString byValue = FormQuery::value(query, QStringLiteral("credential_offer"));
        const QString byReference = FormQuery::value(query, QStringLiteral("credential_offer_uri"));
        if (!byValue.isEmpty()) {
            ReceiveLink link;
            link.kind = OfferByValue;
            link.offerJson = byValue.toUtf8();
            return link;
        }
        if (!byReference.isEmpty())
            return webUrl(byReference, text, OfferByReference);
    }
    if (offerScheme)
        return unsupported(text);
    if (isDccLink(url))
        return dccLink(query, text);
    if (isWebUrl(url) && query.queryItemValue(QStringLiteral("iuv")) == QLatin1String("1")) {
        ReceiveLink link;
        link.kind = InteractionUrl;
        link.url = url;
        return link;
    }
    return unsupported(text);
}

Result<ReceiveLink> ReceiveLink::fromInteraction(const QJsonObject &answer, const QUrl &interactionUrl)
{
    const QJsonObject protocols = answer.value(QLatin1String("protocols")).toObject();
    if (protocols.isEmpty())
        return Error{QStringLiteral("unsupported-link"),
                     tr("The interaction link %1 offers no protocol Satchel understands.")
                         .arg(Error::excerpt(interactionUrl.toString(), 100))};
    return fromProtocols(protocols);
}

Result<ReceiveLink> ReceiveLink::fromProtocols(const QJsonObject &protocols)
{
    const QString vcapi = protocols.value(QLatin1String("vcapi")).toString();
    if (!vcapi.isEmpty())
        return webUrl(vcapi, vcapi, VcApiExchange);
    // The key for OpenID4VCI is not settled: VC-API drafts, CHAPI and wallets spell it differently.
    for (auto it = protocols.begin(); it != protocols.end(); ++it) {
        const QString key = it.key().toLower();
        if (key == QLatin1String("oid4vci") || key == QLatin1String("oic4vci") || key == QLatin1String("openid4vci")) {
            auto link = parse(it.value().toString());
            if (link && (link->kind == OfferByValue || link->kind == OfferByReference))
                return link;
        }
    }
    return Error{QStringLiteral("unsupported-link"),
                 tr("The issuer offers no way of receiving that Satchel understands (it offers: %1).")
                     .arg(Error::excerpt(protocols.keys().join(QStringLiteral(", ")), 80))};
}

} // namespace Satchel
