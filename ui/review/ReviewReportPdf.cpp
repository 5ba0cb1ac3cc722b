#include "ReviewReportPdf.h"

#include "review/ReviewHtml.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace Satchel {

Status ReviewReportPdf::write(const ReviewResult &result, const QString &advisorNotes, const QString &pdfPath)
{
    {
        QPdfWriter writer(pdfPath);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print lays the text out inside 2 cm margins of its own (the page number
        // sits in the bottom one); margins here would come on top and narrow the text.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Review of %1").arg(result.learnerName));
        writer.setCreator(QStringLiteral("Satchel"));
        QTextDocument document;
        document.setHtml(ReviewHtml::report(result, advisorNotes));
        document.print(&writer);
    }
    QFile written(pdfPath);
    if (!written.exists() || written.size() == 0) {
        return Error{QStringLiteral("review-write"), tr("Could not write the review report %1.").arg(pdfPath)};
    }
    return {};
}

} // namespace Satchel
