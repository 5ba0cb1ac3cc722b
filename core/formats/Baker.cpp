#include "Baker.h"

#include "BakedImageReader.h"
#include "crypto/Jws.h"
#include "io/HtmlEscape.h"
#include "jsonld/SafeJson.h"
#include "PngChunkWalker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <zlib.h>

namespace Satchel {

namespace {

bool isBadgeTextChunk(QByteArrayView type, QByteArrayView body)
{
    if (type != "iTXt" && type != "tEXt" && type != "zTXt")
        return false;
    const qsizetype nul = body.indexOf('\0');
    if (nul < 0)
        return false;
    const QByteArrayView keyword = body.first(nul);
    return keyword == "openbadges" || keyword == "openbadgecredential";
}

QString cdata(const QString &text)
{
    // "]]>" cannot appear inside one CDATA section: split it across two.
    QString body = text;
    body.replace(QLatin1String("]]>"), QLatin1String("]]]]><![CDATA[>"));
    return QLatin1String("<![CDATA[") + body + QLatin1String("]]>");
}

} // namespace

quint32 Baker::pngCrc(QByteArrayView typeAndData)
{
    return PngChunkWalker::crc(typeAndData);
}

Result<QByteArray> Baker::bakePng(const QByteArray &png, const QByteArray &payload, const QString &keyword)
{
    if (keyword != QLatin1String("openbadges") && keyword != QLatin1String("openbadgecredential"))
        return Error { QStringLiteral("invalid-argument"), tr("Unknown baking keyword %1.").arg(keyword) };
    if (!BakedImageReader::isPng(png))
        return Error { QStringLiteral("malformed"), tr("The image is not a PNG file.") };

    QByteArray out;
    out.reserve(png.size() + payload.size() + 64);
    out.append(png.constData(), 8);
    PngChunkWalker chunks(png);
    bool sawIend = false;
    while (!chunks.atEnd()) {
        const auto chunk = chunks.next();
        if (!chunk)
            return chunk.error();
        if (chunk->type == "IEND") {
            QByteArray baked = QByteArrayLiteral("iTXt");
            baked.append(keyword.toLatin1()).append('\0');
            baked.append('\0').append('\0'); // compression flag, method: uncompressed
            baked.append('\0').append('\0'); // empty language tag and translated keyword
            baked.append(payload);
            PngChunkWalker::appendBe32(out, quint32(baked.size() - 4));
            out.append(baked);
            PngChunkWalker::appendBe32(out, pngCrc(baked));
            out.append(chunk->whole);
            sawIend = true;
            break;
        }
        if (!isBadgeTextChunk(chunk->type, chunk->body))
            out.append(chunk->whole);
    }
    if (!sawIend)
        return Error { QStringLiteral("malformed"), tr("The PNG image has no IEND chunk.") };
    return out;
}

Result<QByteArray> Baker::bakeSvg(const QByteArray &svg, const QByteArray &payload, bool ob3)
{
    const QString ns
        = ob3 ? QStringLiteral("https://purl.imsglobal.org/ob/v3p0") : QStringLiteral("http://openbadges.org");
    const QString elementName = ob3 ? QStringLiteral("openbadges:credential") : QStringLiteral("openbadges:assertion");
    QString text = QString::fromUtf8(svg);

    // Offsets are in QChars of `text`, since the reader works on the decoded string.
    struct Range {
        qint64 from;
        qint64 to;
    };
    QList<Range> removals;
    qint64 rootTagFrom = -1;
    qint64 rootTagEnd = -1;
    QString existingPrefixUri;
    bool hasPrefix = false;

    QXmlStreamReader xml(text);
    qint64 tokenStart = 0;
    int depth = 0;
    while (!xml.atEnd()) {
        tokenStart = xml.characterOffset();
        const auto token = xml.readNext();
        // The reader may already have consumed the '<' that ended the previous text token.
        if (token == QXmlStreamReader::StartElement && tokenStart > 0 && tokenStart <= text.size()
            && (tokenStart == text.size() || text.at(tokenStart) != u'<'))
            tokenStart = text.lastIndexOf(u'<', tokenStart);
        if ((token == QXmlStreamReader::DTD && !BakedImageReader::isHarmlessDoctype(xml))
            || token == QXmlStreamReader::EntityReference)
            return Error { QStringLiteral("malformed"), tr("SVG images that declare entities are not supported.") };
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1) {
                if (xml.name() != u"svg")
                    return Error { QStringLiteral("malformed"), tr("The image is not an SVG document.") };
                rootTagFrom = tokenStart;
                rootTagEnd = xml.characterOffset();
                for (const auto &decl : xml.namespaceDeclarations()) {
                    if (decl.prefix() == u"openbadges") {
                        hasPrefix = true;
                        existingPrefixUri = decl.namespaceUri().toString();
                    }
                }
            } else if ((xml.name() == u"assertion" || xml.name() == u"credential")
                && (xml.namespaceUri() == u"http://openbadges.org"
                    || xml.namespaceUri() == u"https://purl.imsglobal.org/ob/v3p0")) {
                qint64 from = tokenStart;
                while (from > rootTagEnd && text.at(from - 1).isSpace()) // its indentation goes too
                    --from;
                xml.skipCurrentElement();
                removals.append(Range { from, xml.characterOffset() });
                continue;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (xml.hasError())
        return Error { QStringLiteral("malformed"),
            tr("The SVG image is not well-formed XML: %1 (line %2).").arg(xml.errorString()).arg(xml.lineNumber()) };
    if (rootTagEnd < 0 || text.mid(rootTagFrom, rootTagEnd - rootTagFrom).trimmed().endsWith(QLatin1String("/>")))
        return Error { QStringLiteral("malformed"), tr("The SVG image has no content element to bake into.") };

    // The badge element.
    QString element;
    const QByteArray trimmed = payload.trimmed();
    if (Jws::looksLike(trimmed)) {
        element = u'<' + elementName + QLatin1String(" verify=\"") + HtmlEscape::escape(QString::fromUtf8(trimmed))
            + QLatin1String("\"/>");
    } else {
        QString verify;
        if (!ob3) {
            const auto parsed = SafeJson::parseObject(trimmed);
            const QJsonObject o = parsed ? *parsed : QJsonObject();
            const QString id = o.value(QLatin1String("id")).toString();
            if (id.startsWith(QLatin1String("http")))
                verify = QLatin1String(" verify=\"") + HtmlEscape::escape(id) + u'"';
        }
        element = u'<' + elementName + verify + u'>' + cdata(QString::fromUtf8(trimmed)) + QLatin1String("</")
            + elementName + u'>';
    }

    // Edit back to front so earlier offsets stay valid.
    for (auto it = removals.crbegin(); it != removals.crend(); ++it)
        text.remove(it->from, it->to - it->from);
    text.insert(rootTagEnd, QLatin1String("\n  ") + element);
    const QString declaration = QLatin1String("xmlns:openbadges=\"") + ns + u'"';
    if (!hasPrefix) {
        text.insert(rootTagEnd - 1, u' ' + declaration);
    } else if (existingPrefixUri != ns) {
        const QString startTag = text.mid(rootTagFrom, rootTagEnd - rootTagFrom);
        const qsizetype at = startTag.indexOf(QLatin1String("xmlns:openbadges"));
        const qsizetype quoteOpen = at < 0 ? -1 : startTag.indexOf(QRegularExpression(QStringLiteral("[\"']")), at);
        const qsizetype quoteClose = quoteOpen < 0 ? -1 : startTag.indexOf(startTag.at(quoteOpen), quoteOpen + 1);
        if (quoteClose < 0)
            return Error { QStringLiteral("malformed"),
                tr("The SVG image declares the openbadges prefix in an unexpected way.") };
        text.replace(rootTagFrom + at, quoteClose + 1 - at, declaration);
    }
    return text.toUtf8();
}

} // namespace Satchel
