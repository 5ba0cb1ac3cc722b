// Byte strings are put together with plain QByteArray appends: nested QStringBuilder expressions
// of byte arrays and char arrays mis-sized the result here (std::bad_alloc).
#undef QT_USE_QSTRINGBUILDER

#include "PdfAttachmentReader.h"
#include "PdfSyntax.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <zlib.h>

namespace Satchel {

namespace {

Error malformed(const QString &why)
{
    return Error { QStringLiteral("malformed"), PdfAttachmentReader::tr("The PDF file is damaged: %1").arg(why) };
}

// A PDF text string, literal "(…)" or hex "<…>", as Unicode (UTF-16BE with a BOM, else Latin-1).
QString decodeTextString(const QByteArray &token)
{
    QByteArray raw;
    if (token.startsWith('<')) {
        raw = QByteArray::fromHex(token.mid(1, token.size() - 2));
    } else {
        for (qsizetype i = 1; i + 1 < token.size(); ++i) {
            char c = token.at(i);
            if (c == '\\' && i + 2 < token.size()) {
                c = token.at(++i);
                if (c >= '0' && c <= '7') {
                    int value = 0;
                    int digits = 0;
                    for (; digits < 3 && i < token.size() - 1 && token.at(i) >= '0' && token.at(i) <= '7'; ++digits, ++i)
                        value = value * 8 + (token.at(i) - '0');
                    --i;
                    c = char(value);
                } else if (c == 'n') {
                    c = '\n';
                } else if (c == 'r') {
                    c = '\r';
                } else if (c == 't') {
                    c = '\t';
                }
            }
            raw += c;
        }
    }
    if (raw.startsWith("\xFE\xFF")) {
        QString out;
        for (qsizetype i = 2; i + 1 < raw.size(); i += 2)
            out += QChar(char16_t((uchar(raw.at(i)) << 8) | uchar(raw.at(i + 1))));
        return out;
    }
    return QString::fromLatin1(raw);
}

QString decodeName(const QByteArray &name)
{
    QByteArray out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i) == '#' && i + 2 < name.size()) {
            out += char(name.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += name.at(i);
        }
    }
    return QString::fromUtf8(out);
}

class Document {
public:
    explicit Document(const QByteArray &pdf) : m_pdf(pdf) { }

    Result<QByteArray> trailer()
    {
        const std::optional<qint64> startxref = PdfSyntax::startxref(m_pdf);
        if (!startxref)
            return malformed(PdfAttachmentReader::tr("no startxref"));
        qint64 offset = *startxref;
        QByteArray newest;
        QSet<qint64> visited;
        // Newest section first; an object already seen keeps its newer offset. A /Prev chain that
        // loops back is cut where it repeats, a long one after kMaxXrefSections.
        for (int hops = 0; offset > 0 && hops < kMaxXrefSections && !visited.contains(offset); ++hops) {
            visited.insert(offset);
            if (offset >= m_pdf.size())
                return malformed(PdfAttachmentReader::tr("bad cross-reference offset"));
            if (!m_pdf.mid(offset, 4).startsWith("xref"))
                return Error { QStringLiteral("pdf-unsupported"),
                    PdfAttachmentReader::tr("PDF files with cross-reference streams are not supported.") };
            const qsizetype trailerAt = m_pdf.indexOf("trailer", offset);
            if (trailerAt < 0)
                return malformed(PdfAttachmentReader::tr("no trailer"));
            readXref(offset + 4, trailerAt);
            const QByteArray dict = PdfSyntax::trailerDictionary(m_pdf, trailerAt);
            if (newest.isEmpty())
                newest = dict;
            static const QRegularExpression s_prev(QStringLiteral("/Prev\\s+(\\d+)"));
            const auto prev = s_prev.match(QString::fromLatin1(dict));
            offset = prev.hasMatch() ? prev.captured(1).toLongLong() : 0;
        }
        if (newest.isEmpty())
            return malformed(PdfAttachmentReader::tr("no trailer dictionary"));
        return newest;
    }

    // The text of object number n from "obj" on (its dictionary, maybe a stream after it).
    qsizetype objectStart(int number) const
    {
        const qint64 offset = m_offsets.value(number, -1);
        if (offset <= 0 || offset >= m_pdf.size())
            return -1;
        const qsizetype body = m_pdf.indexOf("obj", offset);
        return (body < 0 || body - offset > 32) ? -1 : body + 3;
    }

    QByteArray dictionaryOf(int number) const
    {
        const qsizetype start = objectStart(number);
        if (start < 0)
            return {};
        const qsizetype dictAt = m_pdf.indexOf("<<", start);
        if (dictAt < 0 || dictAt - start > 16)
            return {};
        return PdfSyntax::dictionaryAt(m_pdf, dictAt);
    }

    const QByteArray &bytes() const { return m_pdf; }

private:
    void readXref(qsizetype pos, qsizetype end)
    {
        static const QRegularExpression s_section(QStringLiteral("^\\s*(\\d+)\\s+(\\d+)\\s*$"));
        while (pos < end) {
            const qsizetype lineEnd = m_pdf.indexOf('\n', pos + 1);
            if (lineEnd < 0 || lineEnd > end)
                return;
            const auto section = s_section.match(QString::fromLatin1(m_pdf.mid(pos, lineEnd - pos)));
            if (!section.hasMatch())
                return;
            const int first = section.captured(1).toInt();
            const int count = section.captured(2).toInt();
            if (count < 0 || count > kMaxXrefEntries - m_entriesRead)
                return;
            m_entriesRead += count; // bounds the work over all sections, however they overlap
            for (int i = 0; i < count; ++i) {
                const QByteArray entry = m_pdf.mid(lineEnd + 1 + qsizetype(i) * 20, 20);
                if (entry.size() < 18)
                    return;
                if (entry.at(17) == 'n' && !m_offsets.contains(first + i))
                    m_offsets.insert(first + i, entry.left(10).toLongLong());
            }
            pos = lineEnd + 1 + qsizetype(count) * 20;
        }
    }

    // Far more than the few dozen objects of a printed certificate, far less than a hostile file
    // could ask for by repeating one huge section in every link of its /Prev chain.
    static constexpr int kMaxXrefSections = 64;
    static constexpr int kMaxXrefEntries = 1000 * 1000;

    const QByteArray &m_pdf;
    QHash<int, qint64> m_offsets;
    int m_entriesRead = 0;
};

// "/Key n g R" -> n, or 0.
int referenceOf(const QByteArray &dict, const char *key)
{
    const QRegularExpression pattern(QLatin1Char('/') + QLatin1String(key) + QStringLiteral("\\s+(\\d+)\\s+\\d+\\s+R"));
    const auto match = pattern.match(QString::fromLatin1(dict));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// The dictionary value of /Key: inline "<<…>>" or a reference to one.
QByteArray subDictionary(const Document &doc, const QByteArray &dict, const char *key)
{
    const QByteArray needle = QByteArray("/") + key;
    qsizetype at = dict.indexOf(needle);
    while (at >= 0) {
        const qsizetype after = at + needle.size();
        const char next = after < dict.size() ? dict.at(after) : ' ';
        if (!((next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z')))
            break;
        at = dict.indexOf(needle, after);
    }
    if (at < 0)
        return {};
    qsizetype pos = at + needle.size();
    while (pos < dict.size() && QChar::isSpace(uchar(dict.at(pos))))
        ++pos;
    if (dict.mid(pos, 2) == "<<")
        return PdfSyntax::dictionaryAt(dict, pos);
    const int number = referenceOf(dict.mid(at), key);
    return number > 0 ? doc.dictionaryOf(number) : QByteArray();
}

Result<QByteArray> inflateCapped(const QByteArray &data)
{
    z_stream stream {};
    if (inflateInit(&stream) != Z_OK)
        return malformed(PdfAttachmentReader::tr("cannot inflate"));
    QByteArray out;
    char buffer[16384];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&stream);
            return malformed(PdfAttachmentReader::tr("a compressed stream is broken"));
        }
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        // A decompression bomb stops here, not when memory runs out.
        if (out.size() > PdfAttachmentReader::kMaxAttachmentBytes) {
            inflateEnd(&stream);
            return Error { QStringLiteral("too-large"), PdfAttachmentReader::tr("An embedded file is too large.") };
        }
        if (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            break; // truncated input: keep what came out
    }
    inflateEnd(&stream);
    return out;
}

Result<PdfEmbeddedFile> readFileSpec(const Document &doc, const QString &treeName, int fileSpecNumber)
{
    const QByteArray spec = doc.dictionaryOf(fileSpecNumber);
    const QByteArray ef = subDictionary(doc, spec, "EF");
    int streamNumber = referenceOf(ef, "F");
    if (streamNumber <= 0)
        streamNumber = referenceOf(ef, "UF");
    const QByteArray streamDict = doc.dictionaryOf(streamNumber);
    if (streamDict.isEmpty())
        return malformed(PdfAttachmentReader::tr("an attachment has no file stream"));

    static const QRegularExpression s_length(QStringLiteral("/Length\\s+(\\d+)(\\s+\\d+\\s+R)?"));
    const auto lengthMatch = s_length.match(QString::fromLatin1(streamDict));
    if (!lengthMatch.hasMatch())
        return malformed(PdfAttachmentReader::tr("an attachment has no length"));
    qint64 length = lengthMatch.captured(1).toLongLong();
    if (!lengthMatch.captured(2).isEmpty()) {
        const qsizetype start = doc.objectStart(int(length));
        length = start < 0 ? -1 : doc.bytes().mid(start, 32).trimmed().split(' ').value(0).split('\n').value(0).toLongLong();
    }
    const qsizetype dictAt = doc.bytes().indexOf(streamDict, doc.objectStart(streamNumber));
    qsizetype dataAt = doc.bytes().indexOf("stream", dictAt + streamDict.size());
    if (dataAt < 0)
        return malformed(PdfAttachmentReader::tr("an attachment stream is missing"));
    dataAt += 6;
    if (doc.bytes().mid(dataAt, 2) == "\r\n")
        dataAt += 2;
    else if (dataAt < doc.bytes().size() && doc.bytes().at(dataAt) == '\n')
        ++dataAt;
    if (length < 0 || length > PdfAttachmentReader::kMaxPdfBytes || dataAt + length > doc.bytes().size())
        return malformed(PdfAttachmentReader::tr("an attachment has a bad length"));
    QByteArray data = doc.bytes().mid(dataAt, length);

    const QString dictText = QString::fromLatin1(streamDict);
    static const QRegularExpression s_filter(QStringLiteral("/Filter\\s*\\[?\\s*/(\\w+)"));
    const auto filter = s_filter.match(dictText);
    if (filter.hasMatch()) {
        if (filter.captured(1) != QLatin1String("FlateDecode") || dictText.contains(QLatin1String("/DecodeParms")))
            return Error { QStringLiteral("pdf-unsupported"),
                PdfAttachmentReader::tr("An attachment uses an unsupported compression (%1).").arg(filter.captured(1)) };
        auto inflated = inflateCapped(data);
        if (!inflated)
            return inflated.error();
        data = *inflated;
    } else if (data.size() > PdfAttachmentReader::kMaxAttachmentBytes) {
        return Error { QStringLiteral("too-large"), PdfAttachmentReader::tr("An embedded file is too large.") };
    }

    PdfEmbeddedFile file;
    static const QRegularExpression s_subtype(QStringLiteral("/Subtype\\s*/([^\\s/<>\\[\\]()]+)"));
    const auto subtype = s_subtype.match(dictText);
    if (subtype.hasMatch())
        file.mimeType = decodeName(subtype.captured(1).toLatin1());
    static const QRegularExpression s_uf(QStringLiteral("/UF\\s*(<[0-9A-Fa-f\\s]*>|\\((?:\\\\.|[^\\\\)])*\\))"));
    static const QRegularExpression s_f(QStringLiteral("/F\\s*(<[0-9A-Fa-f\\s]*>|\\((?:\\\\.|[^\\\\)])*\\))"));
    const QString specText = QString::fromLatin1(spec);
    auto nameMatch = s_uf.match(specText);
    if (!nameMatch.hasMatch())
        nameMatch = s_f.match(specText);
    file.name = nameMatch.hasMatch() ? decodeTextString(nameMatch.captured(1).toLatin1()) : treeName;
    file.bytes = data;
    return file;
}

} // namespace

Result<QList<PdfEmbeddedFile>> PdfAttachmentReader::read(const QByteArray &pdf)
{
    if (!isPdf(pdf))
        return malformed(tr("not a PDF file"));
    if (pdf.size() > kMaxPdfBytes)
        return Error { QStringLiteral("too-large"), tr("The PDF file is too large.") };
    Document doc(pdf);
    auto trailer = doc.trailer();
    if (!trailer)
        return trailer.error();
    const QByteArray catalog = doc.dictionaryOf(referenceOf(*trailer, "Root"));
    if (catalog.isEmpty())
        return malformed(tr("no catalog"));
    const QByteArray names = subDictionary(doc, catalog, "Names");
    const QByteArray tree = subDictionary(doc, names, "EmbeddedFiles");
    QList<PdfEmbeddedFile> files;
    if (tree.isEmpty())
        return files;

    // Leaves: the tree node itself, or its kids (one level; Satchel and most writers use none).
    QList<QByteArray> leaves { tree };
    static const QRegularExpression s_kids(QStringLiteral("/Kids\\s*\\[([^\\]]*)\\]"));
    const auto kids = s_kids.match(QString::fromLatin1(tree));
    if (kids.hasMatch()) {
        static const QRegularExpression s_ref(QStringLiteral("(\\d+)\\s+\\d+\\s+R"));
        auto it = s_ref.globalMatch(kids.captured(1));
        while (it.hasNext() && leaves.size() <= kMaxAttachments)
            leaves << doc.dictionaryOf(it.next().captured(1).toInt());
    }
    static const QRegularExpression s_namesArray(QStringLiteral("/Names\\s*\\[(.*)\\]"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression s_pair(
        QStringLiteral("(<[0-9A-Fa-f\\s]*>|\\((?:\\\\.|[^\\\\)])*\\))\\s*(\\d+)\\s+\\d+\\s+R"));
    for (const QByteArray &leaf : leaves) {
        const auto array = s_namesArray.match(QString::fromLatin1(leaf));
        if (!array.hasMatch())
            continue;
        auto it = s_pair.globalMatch(array.captured(1));
        while (it.hasNext()) {
            if (files.size() >= kMaxAttachments)
                return files;
            const auto pair = it.next();
            auto file = readFileSpec(doc, decodeTextString(pair.captured(1).toLatin1()), pair.captured(2).toInt());
            if (!file)
                return file.error();
            files << *file;
        }
    }
    return files;
}

Result<QList<PdfEmbeddedFile>> PdfAttachmentReader::credentialAttachments(const QByteArray &pdf)
{
    auto files = read(pdf);
    if (!files)
        return files.error();
    QList<PdfEmbeddedFile> credentials;
    for (const PdfEmbeddedFile &file : *files) {
        const QString name = file.name.toLower();
        const bool named = name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".jwt"))
            || name.endsWith(QLatin1String(".jws")) || name.endsWith(QLatin1String(".sd-jwt"));
        const bool typed = file.mimeType == QLatin1String("application/json")
            || file.mimeType == QLatin1String("application/jwt") || file.mimeType == QLatin1String("application/ld+json")
            || file.mimeType == QLatin1String("application/vc+jwt") || file.mimeType == QLatin1String("application/dc+sd-jwt");
        if ((named || typed) && !isPdf(file.bytes))
            credentials << file;
    }
    if (credentials.isEmpty())
        return Error { QStringLiteral("no-baked-data"), tr("The PDF file has no credential attached.") };
    return credentials;
}

Result<PdfEmbeddedFile> PdfAttachmentReader::credentialAttachment(const QByteArray &pdf)
{
    auto credentials = credentialAttachments(pdf);
    if (!credentials)
        return credentials.error();
    return credentials->first();
}

} // namespace Satchel
