#include "CompactJws.h"

#include "jsonld/SafeJson.h"

namespace Satchel {

namespace {

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

Result<QByteArray> decodeSegment(QByteArrayView segment)
{
    auto result = QByteArray::fromBase64Encoding(segment.toByteArray(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return Error { QStringLiteral("malformed"), CompactJws::tr("The JWS contains invalid base64url data.") };
    return result.decoded;
}

} // namespace

bool CompactJws::looksLike(QByteArrayView text)
{
    int dots = 0;
    qsizetype segmentLength = 0;
    for (const char c : text) {
        if (c == '.') {
            if (segmentLength == 0 && dots < 2)
                return false;
            ++dots;
            segmentLength = 0;
        } else if (isBase64UrlChar(c)) {
            ++segmentLength;
        } else {
            return false;
        }
    }
    return dots == 2;
}

Result<DecodedJws> CompactJws::decode(QByteArrayView text, int maxJsonDepth, qint64 maxBytes)
{
    if (!looksLike(text))
        return Error { QStringLiteral("malformed"), tr("The text is not a compact JWS.") };
    const qsizetype first = text.indexOf('.');
    const qsizetype second = text.indexOf('.', first + 1);
    auto header = decodeSegment(text.first(first));
    if (!header)
        return header.error();
    auto payload = decodeSegment(text.sliced(first + 1, second - first - 1));
    if (!payload)
        return payload.error();
    auto signature = decodeSegment(text.sliced(second + 1));
    if (!signature)
        return signature.error();

    DecodedJws jws;
    auto headerObject = SafeJson::parseObject(*header, maxJsonDepth, maxBytes);
    if (!headerObject)
        return Error { QStringLiteral("malformed"), tr("The JWS header is not a JSON object.") };
    jws.header = *headerObject;
    auto payloadObject = SafeJson::parseObject(*payload, maxJsonDepth, maxBytes);
    if (!payloadObject) {
        if (payloadObject.error().code == QLatin1String("not-a-credential"))
            return payloadObject.error();
        return Error { payloadObject.error().code,
            tr("The JWS payload is not valid JSON: %1").arg(payloadObject.error().message) };
    }
    jws.payload = *payloadObject;
    jws.signingInput = text.first(second).toByteArray();
    jws.signature = *signature;
    return jws;
}

} // namespace Satchel
