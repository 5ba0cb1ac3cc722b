#include "reminders/RenewalLink.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Satchel {

namespace {

QUrl webAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return RenewalLink::isWebAddress(url) ? url : QUrl();
}

QUrl refreshServiceAddress(const QJsonValue &service)
{
    // One service or several (VCDM allows both); the first with a web address wins.
    const QJsonArray services = service.isArray() ? service.toArray() : QJsonArray{service};
    for (const QJsonValue &entry : services) {
        const QJsonObject object = entry.toObject();
        for (const char *member : {"url", "id"}) {
            if (const QUrl url = webAddress(object.value(QLatin1String(member)).toString()); url.isValid())
                return url;
        }
    }
    return {};
}

} // namespace

bool RenewalLink::isWebAddress(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty();
}

QUrl RenewalLink::find(const Credential &credential)
{
    if (const QUrl url = refreshServiceAddress(credential.json.value(QLatin1String("refreshService"))); url.isValid())
        return url;
    if (const QUrl url = webAddress(credential.achievement.criteriaId); url.isValid())
        return url;
    return webAddress(credential.issuer.url);
}

} // namespace Satchel
