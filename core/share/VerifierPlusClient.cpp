#include "VerifierPlusClient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel {

namespace {

QByteArray requestBody(const QByteArray &presentation)
{
    return "{\"vp\":" + presentation + '}';
}

} // namespace

VerifierPlusClient::VerifierPlusClient(Fetcher &fetcher, const FetchOptions &options)
    : m_fetcher(fetcher), m_options(options)
{
    m_options.accept = "application/json";
    m_options.maxBytes = kMaxAnswerBytes;
    m_options.preferCache = false;
    m_options.cacheFallback = false;
    m_options.storeInCache = false;
}

Result<QUrl> VerifierPlusClient::serverUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && !trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!Fetcher::isFetchableUrl(url) || !url.query().isEmpty() || !url.fragment().isEmpty() || !url.userInfo().isEmpty())
        return Error{QStringLiteral("bad-server"),
                     tr("\"%1\" is not the address of a VerifierPlus server (https://host).").arg(text)};
    // The API lives under the server's path: keep it, with one trailing slash.
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path);
    return url;
}

Result<PublicLinkUrls> VerifierPlusClient::parseAnswer(const QByteArray &body, const QUrl &server)
{
    const auto invalid = [&server](const QString &why) {
        return Error{QStringLiteral("server-answer"),
                     tr("%1 answered, but not with the links Satchel expects (%2). Nothing was saved.")
                         .arg(server.host(), why)};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(tr("not a JSON object"));
    const QJsonObject urls = document.object().value(QStringLiteral("url")).toObject();
    PublicLinkUrls result;
    for (const auto &[name, target] : {std::pair{QStringLiteral("view"), &result.view},
                                       std::pair{QStringLiteral("get"), &result.get},
                                       std::pair{QStringLiteral("unshare"), &result.unshare}}) {
        const QString text = urls.value(name).toString();
        const QUrl relative(text, QUrl::StrictMode);
        const QUrl absolute = server.resolved(relative);
        if (text.isEmpty() || text.size() > 2048 || !relative.isValid() || !Fetcher::isFetchableUrl(absolute))
            return invalid(tr("no usable url.%1").arg(name));
        *target = absolute;
    }
    return result;
}

Error VerifierPlusClient::failure(const Error &fetchError, const QUrl &server) const
{
    const QString &code = fetchError.code;
    const QString host = server.host();
    if (code == QLatin1String("offline"))
        return Error{code, tr("Satchel is working offline: nothing was sent to %1.").arg(host)};
    if (code == QLatin1String("network") || code == QLatin1String("timeout"))
        return Error{QStringLiteral("server-unreachable"),
                     tr("The server %1 could not be reached (%2).").arg(host, fetchError.message)};
    if (code == QLatin1String("bad-url"))
        return Error{QStringLiteral("bad-server"), fetchError.message};
    return Error{QStringLiteral("server-refused"), tr("The server %1 refused the request (%2).").arg(host, fetchError.message)};
}

Result<PublicLinkUrls> VerifierPlusClient::share(const QUrl &server, const QByteArray &presentation)
{
    const QUrl endpoint = server.resolved(QUrl(QStringLiteral("api/credentials")));
    auto answer = m_fetcher.send("POST", endpoint, requestBody(presentation), "application/json", m_options);
    if (!answer)
        return failure(answer.error(), server);
    return parseAnswer(answer->body, server);
}

Status VerifierPlusClient::unshare(const QUrl &unshareUrl, const QByteArray &presentation)
{
    auto answer = m_fetcher.send("DELETE", unshareUrl, requestBody(presentation), "application/json", m_options);
    // Already gone from the server (taken down elsewhere, or expired there): what stopping wants.
    if (!answer && answer.error().code != QLatin1String("not-found") && answer.error().code != QLatin1String("gone"))
        return failure(answer.error(), unshareUrl);
    return {};
}

} // namespace Satchel
