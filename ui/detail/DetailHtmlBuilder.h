// Gathers the detail page's HTML: headed sections, each a table of label/value rows or raw HTML.
// Empty values make no row, so a credential shows only what its issuer put in it.
#pragma once

#include "io/HtmlEscape.h"

#include <QString>

namespace Satchel {

class DetailHtmlBuilder {
public:
    void section(const QString &title)
    {
        flushRows(); // the rows gathered so far belong to the previous section
        m_html += QStringLiteral("<h2>%1</h2>").arg(HtmlEscape::escape(title));
    }
    void row(const QString &label, const QString &valueHtml)
    {
        if (valueHtml.isEmpty())
            return;
        // <bdi>: a value (a name, an address) keeps its own direction inside a page that may run
        // the other way, without moving the cell's alignment.
        m_rows += QStringLiteral("<tr><th>%1</th><td><bdi>%2</bdi></td></tr>").arg(HtmlEscape::escape(label), valueHtml);
    }
    void flushRows()
    {
        if (!m_rows.isEmpty())
            m_html += QLatin1String("<table class=\"facts\">") + m_rows + QLatin1String("</table>");
        m_rows.clear();
    }
    void raw(const QString &html) { flushRows(); m_html += html; }
    QString html() { flushRows(); return m_html; }

private:
    QString m_html;
    QString m_rows;
};

} // namespace Satchel
