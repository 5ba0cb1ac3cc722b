#include "PdfSyntax.h"

#include <QList>
#include <QtGlobal>

namespace Satchel {

QByteArray PdfSyntax::dictionaryAt(const QByteArray &pdf, qsizetype from)
{
    if (from < 0)
        return {};
    int depth = 0;
    const qsizetype end = qMin(pdf.size(), from + kMaxDictionaryBytes);
    for (qsizetype i = from; i + 1 < end; ++i) {
        if (pdf.at(i) == '(') {
            int parens = 1;
            for (++i; i < end && parens > 0; ++i) {
                if (pdf.at(i) == '\\')
                    ++i;
                else if (pdf.at(i) == '(')
                    ++parens;
                else if (pdf.at(i) == ')')
                    --parens;
            }
            --i;
        } else if (pdf.at(i) == '<' && pdf.at(i + 1) == '<') {
            ++depth;
            ++i;
        } else if (pdf.at(i) == '>' && pdf.at(i + 1) == '>') {
            --depth;
            ++i;
            if (depth == 0)
                return pdf.mid(from, i + 1 - from);
        }
    }
    return {};
}

std::optional<qint64> PdfSyntax::startxref(const QByteArray &pdf)
{
    const qsizetype at = pdf.lastIndexOf("startxref");
    if (at < 0)
        return std::nullopt;
    return pdf.mid(at + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong();
}

QByteArray PdfSyntax::trailerDictionary(const QByteArray &pdf, qsizetype trailerAt)
{
    const qsizetype dictAt = trailerAt < 0 ? -1 : pdf.indexOf("<<", trailerAt);
    return dictionaryAt(pdf, dictAt);
}

} // namespace Satchel
