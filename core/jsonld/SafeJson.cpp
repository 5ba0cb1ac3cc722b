#include "SafeJson.h"

#include "JsonValue.h"

namespace Satchel {

Result<QJsonDocument> SafeJson::parse(QByteArrayView bytes, int maxDepth, qint64 maxBytes)
{
    if (bytes.size() > maxBytes)
        return Error { QStringLiteral("too-large"), tr("The JSON document is larger than %1 bytes.").arg(maxBytes) };
    JsonValue::Limits limits;
    limits.maxBytes = maxBytes;
    limits.maxDepth = maxDepth;
    // Strict first: QJsonDocument accepts raw control characters in strings, keeps one of two
    // same-named members, and recurses as deep as the text goes.
    if (auto checked = JsonValue::validate(bytes, limits); !checked) {
        const QString &code = checked.error().code;
        if (code == QLatin1String("json-too-deep"))
            return Error { QStringLiteral("too-large"),
                tr("The JSON document is nested deeper than %1 levels.").arg(maxDepth) };
        if (code == QLatin1String("json-too-large"))
            return Error { QStringLiteral("too-large"),
                tr("The JSON document is too large: %1").arg(checked.error().message) };
        if (code == QLatin1String("json-duplicate-key"))
            return Error { QStringLiteral("duplicate-key"),
                tr("The JSON document is ambiguous and was refused: %1").arg(checked.error().message) };
        return Error { QStringLiteral("malformed"), tr("The file is not valid JSON: %1").arg(checked.error().message) };
    }
    QJsonParseError error;
    // fromRawData: no copy of what may be a 16 MiB file; the view outlives the call.
    QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return Error { QStringLiteral("malformed"),
            tr("The file is not valid JSON: %1 at offset %2.").arg(error.errorString()).arg(error.offset) };
    return doc;
}

Result<QJsonObject> SafeJson::parseObject(QByteArrayView bytes, int maxDepth, qint64 maxBytes)
{
    auto doc = parse(bytes, maxDepth, maxBytes);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error { QStringLiteral("not-a-credential"), tr("The JSON document is not an object.") };
    return doc->object();
}

bool SafeJson::isRefusal(const Error &error)
{
    return error.code == QLatin1String("duplicate-key") || error.code == QLatin1String("too-large");
}

Error SafeJson::orCallerError(const Error &error, const QString &code, const QString &message)
{
    return isRefusal(error) ? error : Error { code, message };
}

} // namespace Satchel
