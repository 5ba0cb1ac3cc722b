#include "Jws.h"

#include "Base64Url.h"
#include "SigningKey.h"
#include "jsonld/SafeJson.h"

namespace Satchel {

namespace {

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

} // namespace

bool Jws::looksLike(QByteArrayView text)
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

Result<Jws> Jws::parse(QByteArrayView text)
{
    auto jws = parseStructure(text, kMaxTotalBytes);
    if (!jws)
        return jws;
    if (!jws->m_header.value(QLatin1String("alg")).isString())
        return Error{QStringLiteral("malformed"), tr("The JWS header has no \"alg\".")};
    // RFC 7515 §4.1.11: extensions we do not understand must make the JWS invalid.
    if (jws->m_header.contains(QLatin1String("crit")) || jws->m_header.contains(QLatin1String("b64")))
        return Error{QStringLiteral("malformed"), tr("The JWS uses header extensions that are not supported.")};
    return jws;
}

Result<Jws> Jws::parseStructure(QByteArrayView text, qsizetype maxBytes)
{
    if (text.size() > maxBytes + 64)
        return Error{QStringLiteral("too-large"), tr("The JWS is larger than %1 bytes.").arg(maxBytes)};
    text = text.trimmed();
    if (text.size() > maxBytes)
        return Error{QStringLiteral("too-large"), tr("The JWS is larger than %1 bytes.").arg(maxBytes)};

    const qsizetype dot1 = text.indexOf('.');
    const qsizetype dot2 = dot1 < 0 ? -1 : text.indexOf('.', dot1 + 1);
    if (dot1 <= 0 || dot2 < 0 || text.indexOf('.', dot2 + 1) >= 0)
        return Error{QStringLiteral("malformed"), tr("A compact JWS has exactly three dot-separated parts.")};

    const QByteArrayView headerPart = text.first(dot1);
    const QByteArrayView payloadPart = text.sliced(dot1 + 1, dot2 - dot1 - 1);
    const QByteArrayView signaturePart = text.sliced(dot2 + 1);
    if (headerPart.size() > kMaxHeaderBytes * 4 / 3 + 4)
        return Error{QStringLiteral("too-large"),
                     tr("The JWS header is larger than %1 bytes.").arg(kMaxHeaderBytes)};

    auto headerBytes = Base64Url::decode(headerPart);
    if (!headerBytes)
        return Error{QStringLiteral("malformed"), tr("The JWS header is not valid base64url.")};
    if (headerBytes->size() > kMaxHeaderBytes)
        return Error{QStringLiteral("too-large"),
                     tr("The JWS header is larger than %1 bytes.").arg(kMaxHeaderBytes)};
    auto header = SafeJson::parseObject(*headerBytes);
    if (!header)
        return SafeJson::orCallerError(header.error(), QStringLiteral("malformed"), tr("The JWS header is not a JSON object."));

    auto payload = Base64Url::decode(payloadPart);
    if (!payload)
        return Error{QStringLiteral("malformed"), tr("The JWS payload is not valid base64url.")};
    auto signature = Base64Url::decode(signaturePart);
    if (!signature)
        return Error{QStringLiteral("malformed"), tr("The JWS signature is not valid base64url.")};
    Jws jws;
    jws.m_header = std::move(*header);
    jws.m_payload = std::move(*payload);
    jws.m_signature = std::move(*signature);
    jws.m_signingInput = text.first(dot2).toByteArray();
    return jws;
}

Result<QJsonObject> Jws::payloadObject() const
{
    auto payload = SafeJson::parseObject(m_payload);
    if (!payload)
        return SafeJson::orCallerError(payload.error(), QStringLiteral("malformed"), tr("The JWS payload is not a JSON object."));
    return *payload;
}

Status Jws::verify(const PublicKey &key, const QList<SignatureAlgorithm> &allowedAlgorithms) const
{
    const QString alg = algorithm();
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return Error{QStringLiteral("alg-none"), tr("The JWS is unsecured (\"alg\": \"none\").")};
    const auto parsed = Signature::fromJoseName(alg);
    if (!parsed || !allowedAlgorithms.contains(*parsed))
        return Error{QStringLiteral("alg-not-allowed"), tr("The JWS algorithm \"%1\" is not allowed.").arg(alg)};
    return Signature::verify(*parsed, key, m_signingInput, m_signature);
}

Result<QByteArray> Jws::sign(const QJsonObject &header, QByteArrayView payload, const SigningKey &key)
{
    const QByteArray signingInput =
        Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' + Base64Url::encode(payload);
    auto signature = key.sign(signingInput);
    if (!signature)
        return signature.error();
    return QByteArray(signingInput + '.' + Base64Url::encode(*signature));
}

QByteArray Jws::assemble(const QJsonObject &header, QByteArrayView payload, QByteArrayView signature)
{
    return Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + Base64Url::encode(payload) + '.' + Base64Url::encode(signature);
}

} // namespace Satchel
