// The bits of PDF syntax that both Satchel's PDF reader (formats/PdfAttachmentReader) and its
// incremental-update writer (export/PdfIncrementalUpdate) need, written once and bounded.
#pragma once

#include <QByteArray>

namespace Satchel {

class PdfSyntax {
public:
    // A dictionary is looked for in this window only, so each lookup costs at most this much however
    // the file is built (unbalanced brackets, a string that never ends).
    static constexpr qsizetype kMaxDictionaryBytes = 1024 * 1024;

    // The dictionary that starts at from ("<<"), nested dictionaries and literal strings with
    // unbalanced brackets included; empty when it does not close within kMaxDictionaryBytes.
    static QByteArray dictionaryAt(const QByteArray &pdf, qsizetype from);
};

} // namespace Satchel
