// Escapes text for HTML, XML and SVG: & < > " and '. Escaping the apostrophe too makes the result
// safe in element content and in any attribute, whichever quote the attribute uses, so every page,
// certificate, transcript and label Satchel builds follows one rule.
#pragma once

#include <QString>
#include <QStringView>

namespace Satchel {

class HtmlEscape {
public:
    // "&" -> "&amp;", "<" -> "&lt;", ">" -> "&gt;", '"' -> "&quot;", "'" -> "&#39;".
    static QString escape(QStringView text);
};

} // namespace Satchel
