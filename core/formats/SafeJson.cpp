#include "SafeJson.h"

namespace Satchel {

int SafeJson::nestingDepth(QByteArrayView bytes, int limit)
{
    return scan(bytes, limit).depth;
}

SafeJson::ScanResult SafeJson::scan(QByteArrayView bytes, int limit)
{
    ScanResult result;
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (uchar(c) < 0x20)
                result.rawControlInString = true;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > limit) {
                    result.depth = deepest;
                    return result;
                }
            }
            break;
        case '}':
        case ']':
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    result.depth = deepest;
    return result;
}

Result<QJsonDocument> SafeJson::parse(QByteArrayView bytes, int maxDepth, qint64 maxBytes)
{
    if (bytes.size() > maxBytes)
        return Error { QStringLiteral("too-large"), tr("The JSON document is larger than %1 bytes.").arg(maxBytes) };
    const ScanResult pre = scan(bytes, maxDepth);
    if (pre.depth > maxDepth)
        return Error { QStringLiteral("too-large"),
            tr("The JSON document is nested deeper than %1 levels.").arg(maxDepth) };
    // QJsonDocument tolerates raw line breaks inside strings; RFC 8259 does not, and such files
    // are broken copies (spec snippets) rather than credentials.
    if (pre.rawControlInString)
        return Error { QStringLiteral("malformed"),
            tr("The file is not valid JSON: a string contains an unescaped control character.") };
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

} // namespace Satchel
