#include "VerifyUtil.h"

#include "DocumentFetcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

namespace Satchel::VerifyUtil {

Result<QJsonObject> parseObject(const QByteArray &bytes)
{
    if (bytes.size() > DocumentFetcher::kMaxDocumentBytes)
        return Error{QStringLiteral("too-large"),
                     QCoreApplication::translate("Satchel::VerifyUtil", "The document is too large.")};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("malformed"),
                     QCoreApplication::translate("Satchel::VerifyUtil", "The document is not a JSON object.")};
    return doc.object();
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

QString humanDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    const QLocale locale;
    const QDateTime local = dateTime.toLocalTime();
    // The long date names the month (no 03/04 ambiguity); the short time drops seconds.
    return locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), QLocale::ShortFormat);
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

} // namespace Satchel::VerifyUtil
