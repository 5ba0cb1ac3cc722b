#include "IssuerConnection.h"

#include "jsonld/SafeJson.h"
#include "net/Fetcher.h"

#include <QJsonDocument>

namespace Satchel {

namespace {

constexpr qint64 kMaxAnswerBytes = 8 * 1024 * 1024;
constexpr int kMaxJsonDepth = 64;

} // namespace

IssuerConnection::IssuerConnection(Fetcher &fetcher, int timeoutMs, const std::atomic_bool *cancel)
    : m_fetcher(fetcher), m_timeoutMs(timeoutMs), m_cancel(cancel)
{
}

Status IssuerConnection::checkCancelled() const
{
    if (m_cancel && m_cancel->load())
        return Error{QStringLiteral("cancelled"), tr("Cancelled: nothing was stored.")};
    return {};
}

Result<IssuerAnswer> IssuerConnection::get(const QUrl &url, const QString &step, const QByteArray &accept)
{
    return send("GET", url, {}, accept, {}, step);
}

QByteArray IssuerConnection::formEncoded(const FormFields &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

Result<IssuerAnswer> IssuerConnection::postForm(const QUrl &url, const FormFields &form, const QString &step)
{
    return send("POST", url, formEncoded(form), "application/x-www-form-urlencoded", {}, step);
}

Result<IssuerAnswer> IssuerConnection::postJson(const QUrl &url, const QJsonObject &body, const QString &step,
                                                const QString &bearerToken)
{
    return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", bearerToken, step);
}

Result<IssuerAnswer> IssuerConnection::postJsonText(const QUrl &url, const QByteArray &json, const QString &step)
{
    return send("POST", url, json, "application/json", {}, step);
}

Result<IssuerAnswer> IssuerConnection::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                            const QByteArray &contentType, const QString &bearerToken,
                                            const QString &step)
{
    if (const Status go = checkCancelled(); !go)
        return go.error();
    FetchOptions options = FetchOptions::uncached(kMaxAnswerBytes);
    options.accept = method == "GET" ? contentType : QByteArray("application/json");
    options.totalTimeoutMs = m_timeoutMs;
    options.connectTimeoutMs = std::min(m_timeoutMs, 15000);
    options.httpsOnly = true;
    options.errorAnswers = true;
    if (!bearerToken.isEmpty())
        options.headers.append({QByteArray("Authorization"), "Bearer " + bearerToken.toUtf8()});
    auto fetched = method == "GET" ? m_fetcher.get(url, options)
                                   : m_fetcher.send(method, url, body, contentType, options);
    if (!fetched) {
        const QString &code = fetched.error().code;
        if (code == QLatin1String("network") || code == QLatin1String("timeout") || code == QLatin1String("unreachable"))
            return Error{QStringLiteral("unreachable"),
                         tr("The issuer (%1) could not be reached while %2: %3")
                             .arg(url.host(), step, fetched.error().message)};
        if (code == QLatin1String("offline"))
            return Error{code, tr("Satchel is working offline, so nothing was asked of the issuer (%1).").arg(url.host())};
        return fetched.error();
    }
    IssuerAnswer answer;
    answer.status = fetched->httpStatus;
    answer.body = fetched->body;
    if (auto object = SafeJson::parseObject(answer.body, kMaxJsonDepth, kMaxAnswerBytes)) {
        answer.json = *object;
        answer.error = answer.json.value(QLatin1String("error")).toString();
        answer.errorDescription = answer.json.value(QLatin1String("error_description")).toString();
    }
    return answer;
}

Error IssuerConnection::refused(const IssuerAnswer &answer, const QString &step)
{
    QString words = answer.error;
    if (!answer.errorDescription.isEmpty())
        words += (words.isEmpty() ? QString() : QStringLiteral(": ")) + answer.errorDescription;
    if (words.isEmpty())
        words = tr("HTTP %1").arg(answer.status);
    return Error{QStringLiteral("issuer-refused"),
                 tr("The issuer refused while %1 (%2).").arg(step, Error::excerpt(words, 200))};
}

} // namespace Satchel
