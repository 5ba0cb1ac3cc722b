#include "VerifyUtil.h"

#include "DocumentFetcher.h"
#include "jsonld/SafeJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>
#include <QLocale>

namespace Satchel::VerifyUtil {

Result<QJsonObject> parseObject(const QByteArray &bytes)
{
    if (bytes.size() > DocumentFetcher::kMaxDocumentBytes)
        return Error{QStringLiteral("too-large"),
                     QCoreApplication::translate("Satchel::VerifyUtil", "The document is too large.")};
    // Deeper than credentials may go: an OB 2.0 document nested a few hundred levels still
    // parses (and then proves nothing), as it did with Qt's own bound of 1024.
    constexpr int kMaxDocumentDepth = 512;
    auto object = SafeJson::parseObject(bytes, kMaxDocumentDepth, DocumentFetcher::kMaxDocumentBytes);
    if (!object)
        return SafeJson::orCallerError(object.error(), QStringLiteral("malformed"),
                                       QCoreApplication::translate("Satchel::VerifyUtil", "The document is not a JSON object."));
    return *object;
}

QString validFromText(const QJsonObject &credential)
{
    return credential.value(QLatin1String("validFrom")).toString(credential.value(QLatin1String("issuanceDate")).toString());
}

QString validUntilText(const QJsonObject &credential)
{
    return credential.value(QLatin1String("validUntil"))
        .toString(credential.value(QLatin1String("expirationDate")).toString());
}

QDateTime parseDateTime(const QString &text)
{
    if (text.isEmpty() || text.size() > 64)
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}


QDateTime fromNumericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    const double seconds = value.toDouble();
    if (seconds < 0 || seconds > 253402300799.0) // year 9999
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(QLatin1String("id")).toString();
    return QString();
}

QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

QStringList typesOf(const QJsonObject &object)
{
    QStringList out;
    for (const auto &t : asArray(object.value(QLatin1String("type"))))
        if (t.isString())
            out.append(t.toString());
    return out;
}

bool sameOrigin(const QString &a, const QString &b)
{
    const QUrl ua(a);
    const QUrl ub(b);
    return ua.isValid() && ub.isValid() && !ua.host().isEmpty()
        && (ua.scheme() == QLatin1String("https") || ua.scheme() == QLatin1String("http"))
        && ua.scheme() == ub.scheme() && ua.host().compare(ub.host(), Qt::CaseInsensitive) == 0
        && ua.port(ua.scheme() == QLatin1String("https") ? 443 : 80) == ub.port(ub.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isWebKeyId(const QString &keyId)
{
    return keyId.startsWith(QLatin1String("https://")) || keyId.startsWith(QLatin1String("http://"));
}

} // namespace Satchel::VerifyUtil
