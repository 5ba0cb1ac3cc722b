// Reads the files embedded in a PDF (the EmbeddedFiles name tree of the catalog), so a certificate
// that Satchel printed gives its credential back on import. Deliberately small and bounded: classic
// cross-reference tables only (what Chromium and Satchel write), a name tree at most two levels
// deep, unfiltered or FlateDecode streams, and a cap on every inflated size.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Satchel {

struct PdfEmbeddedFile {
    QString name;
    QString mimeType;      // from the stream's /Subtype, e.g. "application/json"
    QByteArray bytes;
};

class PdfAttachmentReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PdfAttachmentReader)
public:
    static constexpr qint64 kMaxPdfBytes = 64 * 1024 * 1024;
    static constexpr qint64 kMaxAttachmentBytes = 16 * 1024 * 1024; // after inflating
    static constexpr int kMaxAttachments = 64;

    static bool isPdf(const QByteArray &bytes) { return bytes.startsWith("%PDF-"); }
    // Error codes: "malformed" (broken structure), "too-large" (a file or an inflated stream over the
    // caps), "pdf-unsupported" (cross-reference streams, other filters). No attachment: an empty list.
    static Result<QList<PdfEmbeddedFile>> read(const QByteArray &pdf);
    // The attachment that holds a credential (a .json/.jwt/.jws file or a JSON/JWT MIME type; a PDF
    // inside the PDF is never taken, so detection cannot recurse). Error code "no-baked-data" when
    // the PDF carries none.
    static Result<PdfEmbeddedFile> credentialAttachment(const QByteArray &pdf);
    // Every credential attached (a transcript has one per page), in the PDF's order.
    static Result<QList<PdfEmbeddedFile>> credentialAttachments(const QByteArray &pdf);
};

} // namespace Satchel
