// The bits of PDF syntax that both Satchel's PDF reader (formats/PdfAttachmentReader) and its
// incremental-update writer (export/PdfIncrementalUpdate) need, written once and bounded.
#pragma once

#include <QByteArray>

#include <optional>

namespace Satchel {

class PdfSyntax {
public:
    // A dictionary is looked for in this window only, so each lookup costs at most this much however
    // the file is built (unbalanced brackets, a string that never ends).
    static constexpr qsizetype kMaxDictionaryBytes = 1024 * 1024;

    // The dictionary that starts at from ("<<"), nested dictionaries and literal strings with
    // unbalanced brackets included; empty when it does not close within kMaxDictionaryBytes.
    static QByteArray dictionaryAt(const QByteArray &pdf, qsizetype from);
    // Where the newest cross-reference section starts, as the file's last "startxref" says (PDF 1.7,
    // 7.5.5): nothing when there is no startxref, 0 when what follows it is not a number.
    static std::optional<qint64> startxref(const QByteArray &pdf);
    // The dictionary after the "trailer" keyword at trailerAt; empty when there is none (or trailerAt < 0).
    static QByteArray trailerDictionary(const QByteArray &pdf, qsizetype trailerAt);
};

} // namespace Satchel
