// Byte strings are put together with plain QByteArray appends: nested QStringBuilder expressions
// of byte arrays and char arrays mis-sized the result here (std::bad_alloc).
#undef QT_USE_QSTRINGBUILDER

#include "PdfIncrementalUpdate.h"
#include "formats/PdfSyntax.h"

#include <QCryptographicHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>

namespace Satchel {

namespace {

Error malformed(const QString &why)
{
    return Error { QStringLiteral("pdf-malformed"), PdfIncrementalUpdate::tr("The PDF cannot be updated: %1").arg(why) };
}

QByteArray pdfName(const QString &value)
{
    // Names allow any byte as #xx; keep letters and digits readable.
    QByteArray out("/");
    for (const char c : value.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' || u == '-' || u == '_')
            out += c;
        else
            out += '#' + QByteArray::number(u, 16).rightJustified(2, '0');
    }
    return out;
}

// The last cross-reference section and its trailer: where a reader starts, and what an update
// must keep (PDF 1.7, 7.5.4 to 7.5.6).
struct LastSection {
    qint64 xrefOffset = 0;
    qsizetype trailerAt = -1;
    int size = 0;
    int rootNumber = 0;
    int rootGeneration = 0;
    QByteArray fileId; // "/ID [...]" when the trailer has one, kept in the new trailer

    static Result<LastSection> read(const QByteArray &pdf)
    {
        LastSection last;
        const std::optional<qint64> startxref = PdfSyntax::startxref(pdf);
        if (!startxref)
            return malformed(PdfIncrementalUpdate::tr("no startxref"));
        last.xrefOffset = *startxref;
        if (last.xrefOffset <= 0 || last.xrefOffset >= pdf.size())
            return malformed(PdfIncrementalUpdate::tr("bad startxref offset"));
        if (!pdf.mid(last.xrefOffset, 4).startsWith("xref"))
            return Error { QStringLiteral("pdf-unsupported"),
                PdfIncrementalUpdate::tr("The PDF uses a cross-reference stream, which Satchel does not update.") };

        last.trailerAt = pdf.indexOf("trailer", last.xrefOffset);
        const QByteArray trailer = PdfSyntax::trailerDictionary(pdf, last.trailerAt);
        static const QRegularExpression s_size(QStringLiteral("/Size\\s+(\\d+)"));
        static const QRegularExpression s_root(QStringLiteral("/Root\\s+(\\d+)\\s+(\\d+)\\s+R"));
        static const QRegularExpression s_id(QStringLiteral("/ID\\s*\\[[^\\]]*\\]"));
        const QString trailerText = QString::fromLatin1(trailer);
        const auto sizeMatch = s_size.match(trailerText);
        const auto rootMatch = s_root.match(trailerText);
        if (!sizeMatch.hasMatch() || !rootMatch.hasMatch())
            return malformed(PdfIncrementalUpdate::tr("no /Size or /Root in the trailer"));
        last.size = sizeMatch.captured(1).toInt();
        last.rootNumber = rootMatch.captured(1).toInt();
        last.rootGeneration = rootMatch.captured(2).toInt();
        if (last.size <= 0 || last.size > 8 * 1000 * 1000 || last.rootNumber <= 0 || last.rootNumber >= last.size)
            return malformed(PdfIncrementalUpdate::tr("bad /Size or /Root"));
        if (const auto idMatch = s_id.match(trailerText); idMatch.hasMatch())
            last.fileId = idMatch.captured(0).toLatin1();
        return last;
    }

    // The catalog's offset from this section's table (entries are 20 bytes, subsections
    // "first count"); -1 when it is not in it.
    qint64 catalogOffset(const QByteArray &pdf) const
    {
        static const QRegularExpression s_section(QStringLiteral("^\\s*(\\d+)\\s+(\\d+)\\s*$"));
        qsizetype pos = xrefOffset + 4;
        while (pos < trailerAt) {
            const qsizetype lineEnd = pdf.indexOf('\n', pos + 1);
            if (lineEnd < 0)
                return -1;
            const auto section = s_section.match(QString::fromLatin1(pdf.mid(pos, lineEnd - pos)));
            if (!section.hasMatch())
                return -1;
            const int first = section.captured(1).toInt();
            const int count = section.captured(2).toInt();
            const qsizetype entries = lineEnd + 1;
            if (rootNumber >= first && rootNumber < first + count) {
                const QByteArray entry = pdf.mid(entries + qsizetype(rootNumber - first) * 20, 20);
                return entry.size() == 20 && entry.at(17) == 'n' ? entry.left(10).toLongLong() : -1;
            }
            pos = entries + qsizetype(count) * 20;
        }
        return -1;
    }
};

// The update's cross-reference table: one subsection per run of consecutive object numbers.
QByteArray xrefTable(const QMap<int, qint64> &offsets, int rootNumber, int rootGeneration)
{
    QByteArray out = "xref\n";
    auto it = offsets.constBegin();
    while (it != offsets.constEnd()) {
        auto runEnd = it;
        int count = 0;
        while (runEnd != offsets.constEnd() && runEnd.key() == it.key() + count) {
            ++runEnd;
            ++count;
        }
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != runEnd; ++it) {
            const int generation = it.key() == rootNumber ? rootGeneration : 0;
            out += QByteArray::number(it.value()).rightJustified(10, '0') + ' '
                + QByteArray::number(generation).rightJustified(5, '0') + " n \n";
        }
    }
    return out;
}

} // namespace

QByteArray PdfIncrementalUpdate::textString(const QString &text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xFF);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray PdfIncrementalUpdate::dateString(const QDateTime &when)
{
    const QDateTime utc = (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC();
    return "(D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

Result<QByteArray> PdfIncrementalUpdate::apply(
    const QByteArray &pdf, const PdfMetadata &metadata, const PdfAttachment &attachment)
{
    return apply(pdf, metadata, QList<PdfAttachment> { attachment });
}

Result<QByteArray> PdfIncrementalUpdate::apply(
    const QByteArray &pdf, const PdfMetadata &metadata, const QList<PdfAttachment> &attachments)
{
    if (attachments.isEmpty() || attachments.size() > kMaxAttachments)
        return Error { QStringLiteral("pdf-unsupported"), tr("A PDF carries from 1 to %1 attachments.").arg(kMaxAttachments) };
    if (!pdf.startsWith("%PDF-") || pdf.size() > kMaxPdfBytes)
        return malformed(tr("not a PDF file"));

    const auto tail = LastSection::read(pdf);
    if (!tail)
        return tail.error();
    const qint64 xrefOffset = tail->xrefOffset;
    const int rootNumber = tail->rootNumber;
    const int rootGeneration = tail->rootGeneration;
    const qint64 catalogOffset = tail->catalogOffset(pdf);
    if (catalogOffset <= 0 || catalogOffset >= pdf.size())
        return malformed(tr("the catalog is not in the last cross-reference section"));
    const QByteArray objectHeader = QByteArray::number(rootNumber) + ' ' + QByteArray::number(rootGeneration) + " obj";
    if (!pdf.mid(catalogOffset, objectHeader.size() + 8).contains(objectHeader))
        return malformed(tr("the catalog offset is wrong"));
    const qsizetype catalogDictAt = pdf.indexOf("<<", catalogOffset);
    QByteArray catalog = catalogDictAt < 0 ? QByteArray() : PdfSyntax::dictionaryAt(pdf, catalogDictAt);
    if (!catalog.contains("/Catalog"))
        return malformed(tr("no catalog dictionary"));
    if (catalog.contains("/Names") || catalog.contains("/AF"))
        return Error { QStringLiteral("pdf-unsupported"), tr("The PDF already has attachments or named destinations.") };

    // -> QByteArray: with QT_USE_QSTRINGBUILDER an auto return type would be a QStringBuilder that
    // refers to the temporary number after it is gone (GCC's -Wmaybe-uninitialized found it).
    const auto ref = [](int number) -> QByteArray { return QByteArray::number(number) + " 0 R"; };
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QMap<int, qint64> offsets;
    int nextNumber = tail->size;
    const auto addObject = [&](const QByteArray &body) {
        const int number = nextNumber++;
        offsets.insert(number, out.size());
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
        return number;
    };

    const QByteArray when = dateString(metadata.modified);
    const int infoNumber = addObject("<< /Title " + textString(metadata.title) + " /Author " + textString(metadata.author)
        + " /Subject " + textString(metadata.subject) + " /Keywords " + textString(metadata.keywords) + " /Creator "
        + textString(metadata.creator) + " /Producer " + textString(metadata.producer) + " /CreationDate " + when
        + " /ModDate " + when + " >>");

    // A name tree's keys must be sorted and unique: a repeated file name would silently replace an
    // attachment, so the caller learns of it instead.
    QMap<QString, const PdfAttachment *> byName;
    for (const PdfAttachment &attachment : attachments) {
        if (byName.contains(attachment.fileName)) {
            return Error{QStringLiteral("duplicate-attachment"),
                         tr("Two attachments are both named %1.").arg(attachment.fileName)};
        }
        byName.insert(attachment.fileName, &attachment);
    }
    QByteArray namesArray;
    QByteArray fileSpecRefs;
    for (auto it = byName.constBegin(); it != byName.constEnd(); ++it) {
        const PdfAttachment &attachment = *it.value();
        // Stored unfiltered: byte-identical extraction needs no decoder, and a credential is small.
        // The checksum lets a reader notice a damaged copy.
        const QByteArray md5 = QCryptographicHash::hash(attachment.bytes, QCryptographicHash::Md5).toHex().toUpper();
        const int streamNumber = addObject("<< /Type /EmbeddedFile /Subtype " + pdfName(attachment.mimeType) + " /Length "
            + QByteArray::number(attachment.bytes.size()) + " /Params << /Size " + QByteArray::number(attachment.bytes.size())
            + " /ModDate " + dateString(attachment.modified) + " /CheckSum <" + md5 + "> >> >>\nstream\n"
            + attachment.bytes + "\nendstream");
        // File names are Latin-1 in /F (older readers) and Unicode in /UF.
        QString asciiName;
        for (const QChar c : attachment.fileName)
            asciiName += (c.unicode() > 32 && c.unicode() < 127 && c != u'(' && c != u')' && c != u'\\') ? c : u'_';
        const int fileSpecNumber = addObject("<< /Type /Filespec /F (" + asciiName.toLatin1() + ") /UF "
            + textString(attachment.fileName) + " /Desc " + textString(attachment.description)
            + " /AFRelationship /Source /EF << /F " + ref(streamNumber) + " /UF " + ref(streamNumber) + " >> >>");
        namesArray += textString(attachment.fileName) + ' ' + ref(fileSpecNumber) + ' ';
        fileSpecRefs += ref(fileSpecNumber) + ' ';
    }
    const int namesNumber = addObject("<< /Names [" + namesArray.trimmed() + "] >>");

    // The new catalog keeps every entry of the old one and adds the attachment; same object number,
    // so nothing else has to change.
    catalog.chop(2);
    catalog += " /Names << /EmbeddedFiles " + ref(namesNumber) + " >> /AF [" + fileSpecRefs.trimmed() + "] >>";
    offsets.insert(rootNumber, out.size());
    out += QByteArray::number(rootNumber) + ' ' + QByteArray::number(rootGeneration) + " obj\n" + catalog + "\nendobj\n";

    const qint64 newXref = out.size();
    out += xrefTable(offsets, rootNumber, rootGeneration);
    QByteArray newTrailer = "trailer\n<< /Size " + QByteArray::number(nextNumber) + " /Root " + QByteArray::number(rootNumber)
        + ' ' + QByteArray::number(rootGeneration) + " R /Info " + ref(infoNumber) + " /Prev "
        + QByteArray::number(xrefOffset);
    if (!tail->fileId.isEmpty())
        newTrailer += ' ' + tail->fileId;
    out += newTrailer + " >>\nstartxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    return out;
}

} // namespace Satchel
