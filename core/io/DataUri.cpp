#include "DataUri.h"

namespace Satchel {

namespace {

const QLatin1String kScheme("data:");

Error tooLarge(qint64 maxBytes)
{
    return Error { QStringLiteral("too-large"),
        DataUri::tr("The data: URI holds more than %1 bytes.").arg(maxBytes) };
}

} // namespace

bool DataUri::isDataUri(QStringView text)
{
    return text.startsWith(kScheme, Qt::CaseInsensitive);
}

Result<DataUri> DataUri::decode(QStringView uri, qint64 maxBytes)
{
    if (!isDataUri(uri))
        return Error { QStringLiteral("not-a-data-uri"), tr("The text is not a data: URI.") };
    const qsizetype comma = uri.indexOf(QLatin1Char(','));
    if (comma < 0)
        return Error { QStringLiteral("malformed"), tr("The data: URI is malformed.") };

    DataUri result;
    QStringList meta = uri.sliced(kScheme.size(), comma - kScheme.size()).toString().split(QLatin1Char(';'));
    if (meta.size() > 1 && meta.last().trimmed().compare(QLatin1String("base64"), Qt::CaseInsensitive) == 0) {
        result.base64 = true;
        meta.removeLast();
    }
    result.mediaType = meta.takeFirst().trimmed().toLower();
    if (result.mediaType.isEmpty())
        result.mediaType = QStringLiteral("text/plain");
    for (const QString &parameter : std::as_const(meta)) {
        const qsizetype equals = parameter.indexOf(QLatin1Char('='));
        if (equals > 0)
            result.parameters.insert(parameter.first(equals).trimmed().toLower(), parameter.sliced(equals + 1).trimmed());
    }

    // Bounded before decoding: base64 takes 4 characters per 3 bytes (some slack for line breaks),
    // percent-encoding at most 3 per byte. A hostile multi-megabyte URI is not copied twice.
    const QStringView payload = uri.sliced(comma + 1);
    const qint64 maxEncoded = result.base64 ? maxBytes / 3 * 4 + 4 + 256 : maxBytes * 3;
    if (payload.size() > maxEncoded)
        return tooLarge(maxBytes);

    if (result.base64) {
        QByteArray compact;
        compact.reserve(payload.size());
        for (const QChar c : payload) {
            if (!c.isSpace())
                compact.append(c.unicode() < 0x80 ? char(c.unicode()) : '!'); // '!' is invalid base64
        }
        auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
            return Error { QStringLiteral("malformed"), tr("The data: URI is malformed.") };
        result.bytes = std::move(decoded.decoded);
    } else {
        // Characters left unencoded (an SVG's spaces and quotes) are taken as their UTF-8 bytes, as
        // browsers do.
        result.bytes = QByteArray::fromPercentEncoding(payload.toUtf8());
    }
    if (result.bytes.size() > maxBytes)
        return tooLarge(maxBytes);
    return result;
}

} // namespace Satchel
