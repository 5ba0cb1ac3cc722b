#include "print/PdfPagePrinter.h"

#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>

namespace Satchel {

Status PdfPagePrinter::print(QPdfDocument &document, QPrinter &printer)
{
    if (document.pageCount() <= 0)
        return Error { QStringLiteral("print-empty"), tr("There is nothing to print.") };
    printer.setFullPage(true); // the certificate draws its own margins
    QPainter painter;
    if (!painter.begin(&printer))
        return Error { QStringLiteral("print-failed"), tr("The printer could not be started.") };
    const int dpi = qMin(printer.resolution(), kMaxDotsPerInch);
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0 && !printer.newPage())
            return Error { QStringLiteral("print-failed"), tr("The printer refused a new page.") };
        const QSizeF points = document.pagePointSize(page);
        const QSize pixels = (points * dpi / 72.0).toSize();
        const QImage image = document.render(page, pixels);
        const QRect target = painter.viewport();
        // Keep the page's proportions when the paper in the printer differs from the PDF's.
        const QSize fitted = pixels.scaled(target.size(), Qt::KeepAspectRatio);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRect(target.topLeft() + QPoint((target.width() - fitted.width()) / 2,
                                                          (target.height() - fitted.height()) / 2),
                              fitted),
            image);
    }
    painter.end();
    return {};
}

} // namespace Satchel
