// Adds document metadata and one embedded file to a PDF that someone else wrote (QtWebEngine's
// printToPdf), as an incremental update (ISO 32000-1 §7.5.6): the original bytes stay untouched and
// new objects, a new catalog, an xref section and a trailer are appended. Rewriting Chromium's PDF
// would need a full parser; appending only needs its trailer, its xref table and its catalog.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Satchel {

struct PdfMetadata {
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator = QStringLiteral("Satchel");
    QString producer;
    QDateTime modified;
};

struct PdfAttachment {
    QString fileName;      // "credential.json"
    QString mimeType;      // "application/json"
    QString description;
    QByteArray bytes;
    QDateTime modified;
};

class PdfIncrementalUpdate {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PdfIncrementalUpdate)
public:
    static constexpr qint64 kMaxPdfBytes = 256 * 1024 * 1024;
    static constexpr int kMaxAttachments = 1000;

    // The PDF with metadata (a new Info dictionary) and the attachment appended. Error codes:
    // "pdf-malformed" (no trailer, xref or catalog found), "pdf-unsupported" (an xref stream, or a
    // catalog that already has /Names or /AF: merging them is not needed for Chromium's output).
    static Result<QByteArray> apply(const QByteArray &pdf, const PdfMetadata &metadata, const PdfAttachment &attachment);
    // The same with several attachments (a transcript carries each credential). Their file names
    // must differ: "duplicate-attachment" otherwise.
    static Result<QByteArray> apply(
        const QByteArray &pdf, const PdfMetadata &metadata, const QList<PdfAttachment> &attachments);

    // A PDF text string: UTF-16BE with a byte order mark, hex-encoded, so no escaping can go wrong.
    static QByteArray textString(const QString &text);
    // A PDF date string "D:YYYYMMDDHHmmSSZ".
    static QByteArray dateString(const QDateTime &when);
};

} // namespace Satchel
