#include "BakedImageReader.h"
#include "PngChunkWalker.h"

#include <QXmlStreamReader>
#include <zlib.h>

#include <optional>

namespace Satchel {

namespace {

const QString kOb2Namespace = QStringLiteral("http://openbadges.org");
const QString kOb3Namespace = QStringLiteral("https://purl.imsglobal.org/ob/v3p0");

bool isBadgeKeyword(QByteArrayView keyword)
{
    return keyword == "openbadges" || keyword == "openbadgecredential";
}

bool isBadgeNamespace(QStringView ns)
{
    // Tolerate a trailing slash, seen in hand-made files.
    QStringView n = ns.endsWith(u'/') ? ns.chopped(1) : ns;
    return n == kOb2Namespace || n == kOb3Namespace;
}

} // namespace

bool BakedImageReader::isHarmlessDoctype(const QXmlStreamReader &xml)
{
    // Most SVG editors write <!DOCTYPE svg PUBLIC "…" "…svg11.dtd">. The reader never fetches
    // external DTDs, so only an internal subset (entity or attribute declarations) can do harm.
    return xml.entityDeclarations().isEmpty() && !xml.text().contains(u'[');
}

bool BakedImageReader::isPng(QByteArrayView bytes)
{
    return bytes.size() >= 8 && bytes.first(8) == QByteArrayView(kPngSignature, 8);
}

bool BakedImageReader::looksLikeSvg(QByteArrayView bytes)
{
    // Editors put XML declarations, comments and DOCTYPEs first: look a little further than 4 KiB.
    QByteArrayView head = bytes.first(qMin<qsizetype>(bytes.size(), 64 * 1024));
    return head.contains("<svg") && head.trimmed().startsWith('<');
}

Result<QByteArray> BakedImageReader::inflateBounded(QByteArrayView compressed, qint64 maxOut)
{
    z_stream stream {};
    if (inflateInit(&stream) != Z_OK)
        return Error { QStringLiteral("malformed"), tr("Could not start decompression.") };
    struct Guard {
        z_stream *s;
        ~Guard() { inflateEnd(s); }
    } guard { &stream };

    QByteArray out;
    char buffer[16384];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END)
            return Error { QStringLiteral("malformed"), tr("The compressed badge data is corrupt.") };
        const qsizetype produced = qsizetype(sizeof buffer - stream.avail_out);
        if (out.size() + produced > maxOut)
            return Error { QStringLiteral("too-large"),
                tr("The compressed badge data expands beyond %1 bytes.").arg(maxOut) };
        out.append(buffer, produced);
        if (rc == Z_OK && produced == 0 && stream.avail_in == 0)
            return Error { QStringLiteral("malformed"), tr("The compressed badge data is truncated.") };
    }
    return out;
}

Result<BakedPayload> BakedImageReader::decodeTextChunk(QByteArrayView type, QByteArrayView keyword, QByteArrayView rest)
{
    BakedPayload payload;
    payload.keyword = QString::fromLatin1(keyword);
    if (type == "tEXt") {
        payload.text = QString::fromLatin1(rest).toUtf8(); // tEXt is Latin-1 by definition
        return payload;
    }
    if (type == "zTXt") {
        if (rest.isEmpty() || rest[0] != 0)
            return Error { QStringLiteral("malformed"), tr("The badge chunk uses an unknown compression method.") };
        auto inflated = inflateBounded(rest.sliced(1), kMaxInflatedBytes);
        if (!inflated)
            return inflated.error();
        payload.text = QString::fromLatin1(*inflated).toUtf8();
        return payload;
    }
    // iTXt: compression flag, method, language\0, translated keyword\0, text.
    if (rest.size() < 2)
        return Error { QStringLiteral("malformed"), tr("The badge chunk is truncated.") };
    const char compressed = rest[0];
    const char method = rest[1];
    rest = rest.sliced(2);
    const qsizetype langEnd = rest.indexOf('\0');
    if (langEnd < 0)
        return Error { QStringLiteral("malformed"), tr("The badge chunk is truncated.") };
    rest = rest.sliced(langEnd + 1);
    const qsizetype translatedEnd = rest.indexOf('\0');
    if (translatedEnd < 0)
        return Error { QStringLiteral("malformed"), tr("The badge chunk is truncated.") };
    rest = rest.sliced(translatedEnd + 1);
    if (compressed == 0) {
        payload.text = rest.toByteArray();
    } else if (compressed == 1 && method == 0) {
        // The baking specs forbid compression, but tolerating it costs nothing once bounded.
        auto inflated = inflateBounded(rest, kMaxInflatedBytes);
        if (!inflated)
            return inflated.error();
        payload.text = *inflated;
    } else {
        return Error { QStringLiteral("malformed"), tr("The badge chunk uses an unknown compression method.") };
    }
    return payload;
}

Result<BakedPayload> BakedImageReader::extractPng(const QByteArray &png)
{
    if (!isPng(png))
        return Error { QStringLiteral("malformed"), tr("The file is not a PNG image.") };
    PngChunkWalker chunks(png);
    int chunkCount = 0;
    std::optional<BakedPayload> found;
    while (!chunks.atEnd()) {
        if (++chunkCount > kMaxPngChunks)
            return Error { QStringLiteral("too-large"),
                tr("The PNG image has more than %1 chunks.").arg(kMaxPngChunks) };
        const auto chunk = chunks.next();
        if (!chunk)
            return chunk.error();
        const QByteArrayView type = chunk->type;
        const QByteArrayView body = chunk->body;
        // A chunk that fails its CRC was damaged or edited after baking: which bytes are the
        // badge is then anyone's guess, so the image is refused rather than read past it.
        if (!chunk->crcMatches())
            return Error { QStringLiteral("malformed"),
                tr("The PNG chunk \"%1\" fails its CRC check: the image is damaged or was altered after baking.")
                    .arg(Error::excerpt(QString::fromLatin1(type), 4)) };

        if (type == "IEND")
            break;
        if (type != "iTXt" && type != "tEXt" && type != "zTXt")
            continue;
        const qsizetype nul = body.indexOf('\0');
        if (nul <= 0 || nul > 79)
            continue;
        const QByteArrayView keyword = body.first(nul);
        if (!isBadgeKeyword(keyword))
            continue;
        // Two badge chunks (two iTXt, or an iTXt and a tEXt) would let the wallet show one
        // credential while another tool reads the other.
        if (found)
            return Error { QStringLiteral("ambiguous-image"),
                tr("The PNG image holds more than one Open Badges chunk, so which badge it carries is ambiguous; "
                   "it was refused.") };
        auto payload = decodeTextChunk(type, keyword, body.sliced(nul + 1));
        if (!payload)
            return payload.error();
        found = std::move(*payload);
    }
    if (found)
        return std::move(*found);
    return Error { QStringLiteral("no-baked-data"), tr("The image holds no Open Badges data.") };
}

Result<BakedPayload> BakedImageReader::extractSvg(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    // Belt and braces: entity declarations are rejected below, and none may expand much anyway.
    xml.setEntityExpansionLimit(1024);
    std::optional<BakedPayload> found;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD && !isHarmlessDoctype(xml))
            return Error { QStringLiteral("malformed"),
                tr("The SVG image declares entities or an internal DTD subset, which is not allowed.") };
        if (token == QXmlStreamReader::EntityReference)
            return Error { QStringLiteral("malformed"),
                tr("The SVG image contains entity references, which are not allowed.") };
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if ((name != u"assertion" && name != u"credential") || !isBadgeNamespace(xml.namespaceUri()))
            continue;
        // The whole document is read: a second badge element would let the wallet show one
        // credential while another tool reads the other.
        if (found)
            return Error { QStringLiteral("ambiguous-image"),
                tr("The SVG image holds more than one Open Badges element, so which badge it carries is ambiguous; "
                   "it was refused.") };
        BakedPayload payload;
        payload.keyword = QStringLiteral("openbadges:") + name.toString();
        const QString verify = xml.attributes().value(QStringLiteral("verify")).toString().trimmed();
        QString body;
        // Collect text and CDATA only; nested elements are not part of any baking scheme.
        while (!xml.atEnd()) {
            const auto t = xml.readNext();
            if (t == QXmlStreamReader::Characters)
                body += xml.text();
            else if (t == QXmlStreamReader::EndElement)
                break;
            else if (t == QXmlStreamReader::DTD || t == QXmlStreamReader::EntityReference)
                return Error { QStringLiteral("malformed"),
                    tr("The SVG image contains entity references, which are not allowed.") };
            else if (t == QXmlStreamReader::StartElement)
                xml.skipCurrentElement();
        }
        if (xml.hasError())
            break;
        body = body.trimmed();
        if (!body.isEmpty()) {
            payload.text = body.toUtf8();
            payload.verifyUrl = verify;
        } else if (!verify.isEmpty()) {
            payload.text = verify.toUtf8();
        } else {
            return Error { QStringLiteral("no-baked-data"), tr("The SVG badge element is empty.") };
        }
        found = std::move(payload);
    }
    if (xml.hasError())
        return Error { QStringLiteral("malformed"),
            tr("The SVG image is not well-formed XML: %1 (line %2).")
                .arg(Error::excerpt(xml.errorString(), 200)).arg(xml.lineNumber()) };
    if (found)
        return std::move(*found);
    return Error { QStringLiteral("no-baked-data"), tr("The image holds no Open Badges data.") };
}

} // namespace Satchel
