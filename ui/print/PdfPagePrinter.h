// Sends a PDF to a system printer: each page is rendered by QtPdf at the printer's resolution
// (capped, so a 1200 dpi driver does not ask for a gigabyte of pixels) and drawn full page.
#pragma once

#include "Result.h"

#include <QCoreApplication>

class QPdfDocument;
class QPrinter;

namespace Satchel {

class PdfPagePrinter {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PdfPagePrinter)
public:
    static constexpr int kMaxDotsPerInch = 300;

    // Error codes: "print-empty" (no page), "print-failed" (the printer did not start).
    static Status print(QPdfDocument &document, QPrinter &printer);
};

} // namespace Satchel
