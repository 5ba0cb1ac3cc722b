#include "CoseSign1.h"

#include "CborReader.h"
#include "CborWriter.h"
#include "MalformedInput.h"

#include <QSet>

#include <limits>

namespace Satchel {

namespace {

constexpr quint64 kTagCoseSign1 = 18;
constexpr qint64 kLabelAlg = 1;
constexpr qint64 kLabelCrit = 2;
constexpr qint64 kLabelContentType = 3;
constexpr qint64 kLabelKid = 4;
constexpr qint64 kLabelTyp = 16;

bool isIntegerLabel(const CborValue &label, qint64 &out)
{
    // Labels beyond what fits a qint64 name nothing Satchel reads; they still count as seen.
    if (label.type == CborValue::Type::Unsigned && label.number <= quint64(std::numeric_limits<qint64>::max())) {
        out = qint64(label.number);
        return true;
    }
    if (label.type == CborValue::Type::Negative && label.number < quint64(std::numeric_limits<qint64>::max())) {
        out = -1 - qint64(label.number);
        return true;
    }
    return false;
}

// A media type header (content type, typ): a text string, or a CoAP content format number.
QString mediaTypeText(const CborValue &value)
{
    if (value.type == CborValue::Type::Text)
        return QString::fromUtf8(value.bytes);
    if (value.type == CborValue::Type::Unsigned)
        return QString::number(value.number);
    return {};
}

QByteArray cleanText(QByteArrayView text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    return text.trimmed().toByteArray();
}

bool isBase64Text(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/' || c == '-' || c == '_' || c == '=';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool CoseSign1::looksLike(QByteArrayView bytes)
{
    if (bytes.size() >= 3 && quint8(bytes.at(0)) == 0xD2)
        bytes = bytes.sliced(1);
    return bytes.size() >= 2 && quint8(bytes.at(0)) == 0x84 && (quint8(bytes.at(1)) & 0xE0) == 0x40;
}

bool CoseSign1::looksLikeText(QByteArrayView text)
{
    const QByteArray clean = cleanText(text);
    if (!isBase64Text(clean))
        return false;
    // Four characters give the three bytes looksLike() reads.
    QByteArray head = clean.first(qMin<qsizetype>(clean.size(), 8));
    head.replace('-', '+').replace('_', '/');
    return looksLike(QByteArray::fromBase64(head));
}

Result<QByteArray> CoseSign1::decode(QByteArrayView bytesOrText)
{
    if (looksLike(bytesOrText))
        return bytesOrText.toByteArray();
    QByteArray text = cleanText(bytesOrText);
    if (!isBase64Text(text))
        return malformed(tr("The COSE message is neither binary CBOR nor base64 text."));
    text.replace('-', '+').replace('_', '/');
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !looksLike(*decoded))
        return malformed(tr("The COSE message is neither binary CBOR nor base64 text."));
    return *decoded;
}

Result<CoseSign1> CoseSign1::parse(QByteArrayView bytesOrText, qsizetype maxBytes)
{
    // base64 is four characters for three bytes: a text over the bound is refused unread.
    if (bytesOrText.size() > maxBytes * 4 / 3 + 64)
        return Error{QStringLiteral("too-large"), tr("The COSE message is larger than %1 bytes.").arg(maxBytes)};
    auto bytes = decode(bytesOrText);
    if (!bytes)
        return bytes.error();
    if (bytes->size() > maxBytes)
        return Error{QStringLiteral("too-large"), tr("The COSE message is larger than %1 bytes.").arg(maxBytes)};
    auto message = CborReader::read(*bytes);
    if (!message)
        return message.error();
    const bool tagged = message->tags == QList<quint64>{kTagCoseSign1};
    if ((!tagged && !message->tags.isEmpty()) || !message->isArray() || message->items.size() != 4
        || !message->items.at(0).isBytes() || !message->items.at(1).isMap() || !message->items.at(3).isBytes())
        return malformed(tr("The data is not a COSE_Sign1 message."));
    if (!message->items.at(2).isBytes())
        return malformed(tr("The COSE message's payload is detached or not a byte string."));

    CoseSign1 cose;
    cose.m_protected = message->items.at(0).bytes;
    cose.m_payload = message->items.at(2).bytes;
    cose.m_signature = message->items.at(3).bytes;
    if (cose.m_protected.size() > SignedMessageLimits::kMaxHeaderBytes)
        return Error{QStringLiteral("too-large"),
                     tr("The COSE header is larger than %1 bytes.").arg(SignedMessageLimits::kMaxHeaderBytes)};
    CborValue protectedHeader;
    protectedHeader.type = CborValue::Type::Map;
    if (!cose.m_protected.isEmpty()) {
        auto decoded = CborReader::read(cose.m_protected);
        if (!decoded)
            return decoded.error();
        if (!decoded->isMap())
            return malformed(tr("The COSE protected header is not a map."));
        protectedHeader = std::move(*decoded);
    }

    QSet<QString> seen;
    bool hasAlgorithm = false;
    const CborValue *const headers[] = {&protectedHeader, &message->items.at(1)};
    for (const CborValue *header : headers) {
        const bool isProtected = header == &protectedHeader;
        for (const auto &[label, value] : header->entries) {
            qint64 number = 0;
            const bool integer = isIntegerLabel(label, number);
            const QString key = integer ? QString::number(number) : QString::fromUtf8(label.bytes).prepend(QLatin1Char('t'));
            if (seen.contains(key))
                return malformed(tr("The COSE header names the same parameter twice."));
            seen.insert(key);
            if (!integer)
                continue;
            if (number == kLabelCrit)
                return malformed(tr("The COSE message uses header extensions that are not supported."));
            if (number == kLabelAlg) {
                qint64 alg = 0;
                if (!isProtected || !isIntegerLabel(value, alg))
                    return malformed(tr("The COSE message's algorithm is not an integer in its protected header."));
                cose.m_algorithm = alg;
                hasAlgorithm = true;
            } else if (number == kLabelKid && value.isBytes()) {
                cose.m_keyId = QString::fromUtf8(value.bytes);
            } else if (number == kLabelContentType) {
                cose.m_contentType = mediaTypeText(value);
            } else if (number == kLabelTyp) {
                cose.m_type = mediaTypeText(value);
            }
        }
    }
    if (!hasAlgorithm)
        return malformed(tr("The COSE message's protected header names no algorithm."));
    return cose;
}

std::optional<SignatureAlgorithm> CoseSign1::signatureAlgorithm() const
{
    switch (m_algorithm) {
    case -7: return SignatureAlgorithm::ES256;
    case -35: return SignatureAlgorithm::ES384;
    case -36: return SignatureAlgorithm::ES512;
    case -8: return SignatureAlgorithm::EdDSA;
    default: return std::nullopt;
    }
}

QString CoseSign1::algorithmName() const
{
    const auto known = signatureAlgorithm();
    return known ? Signature::joseName(*known) : QString::number(m_algorithm);
}

QByteArray CoseSign1::toBeSigned() const
{
    CborWriter cbor;
    cbor.arrayHeader(4);
    cbor.text("Signature1");
    cbor.bytes(m_protected);
    cbor.bytes({});
    cbor.bytes(m_payload);
    return cbor.data();
}

QJsonObject CoseSign1::joseHeader() const
{
    QJsonObject header{{QStringLiteral("alg"), algorithmName()}};
    if (!m_keyId.isEmpty())
        header.insert(QStringLiteral("kid"), m_keyId);
    if (!m_type.isEmpty())
        header.insert(QStringLiteral("typ"), m_type);
    if (!m_contentType.isEmpty())
        header.insert(QStringLiteral("cty"), m_contentType);
    return header;
}

Status CoseSign1::verify(const PublicKey &key, const QList<SignatureAlgorithm> &allowedAlgorithms) const
{
    const auto algorithm = signatureAlgorithm();
    if (!algorithm || !allowedAlgorithms.contains(*algorithm))
        return Error{QStringLiteral("alg-not-allowed"), tr("The COSE algorithm %1 is not allowed.").arg(algorithmName())};
    return Signature::verify(*algorithm, key, toBeSigned(), m_signature);
}

} // namespace Satchel
