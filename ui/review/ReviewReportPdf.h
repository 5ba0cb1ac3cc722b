// The advisor's review report as a PDF: ReviewHtml::report laid out by QTextDocument on A4 through
// QPdfWriter (Qt Gui, no widgets), full width, about ten credentials a page. It lives in the UI, not
// in core/review, so that the core and satchel-cli do not link Qt Gui for it.
#pragma once

#include "Result.h"
#include "review/ReviewResult.h"

#include <QCoreApplication>
#include <QString>

namespace Satchel {

class ReviewReportPdf {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ReviewReportPdf)
public:
    // Error code "review-write".
    static Status write(const ReviewResult &result, const QString &advisorNotes, const QString &pdfPath);
};

} // namespace Satchel
