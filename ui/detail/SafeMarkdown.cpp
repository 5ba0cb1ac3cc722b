#include "detail/SafeMarkdown.h"

#include "io/HtmlEscape.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>
#include <QUrl>

namespace Satchel {

namespace {

constexpr int kMaxMarkdownChars = 200000; // longer narratives are cut: nobody reads more in a view

QString escapeText(const QString &text)
{
    QString escaped = HtmlEscape::escape(text);
    escaped.replace(QChar::LineSeparator, QLatin1String("<br>"));
    escaped.remove(QChar::ObjectReplacementCharacter);
    return escaped;
}

QString fragmentHtml(const QTextFragment &fragment)
{
    const QTextCharFormat format = fragment.charFormat();
    if (format.isImageFormat())
        return QStringLiteral("<span class=\"blocked\">%1</span>")
            .arg(HtmlEscape::escape(SafeMarkdown::tr("[image not loaded]")));
    QString html = escapeText(fragment.text());
    if (format.fontFixedPitch() || format.fontFamilies().toStringList().contains(QLatin1String("monospace")))
        html = QLatin1String("<code>") + html + QLatin1String("</code>");
    if (format.fontItalic())
        html = QLatin1String("<em>") + html + QLatin1String("</em>");
    if (format.fontWeight() >= QFont::Bold)
        html = QLatin1String("<strong>") + html + QLatin1String("</strong>");
    if (format.fontStrikeOut())
        html = QLatin1String("<s>") + html + QLatin1String("</s>");
    if (format.isAnchor()) {
        const QString href = format.anchorHref();
        if (SafeMarkdown::isSafeLink(href))
            html = QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(HtmlEscape::escape(QUrl(href).toString(QUrl::FullyEncoded)), html);
    }
    return html;
}

QString blockInlineHtml(const QTextBlock &block)
{
    QString html;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid())
            html += fragmentHtml(fragment);
    }
    return html;
}

bool isOrdered(const QTextList *list)
{
    const auto style = list->format().style();
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
        || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
        || style == QTextListFormat::ListUpperRoman;
}

} // namespace

bool SafeMarkdown::isSafeLink(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

QString SafeMarkdown::toHtml(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return {};
    QTextDocument document;
    // NoHTML: raw HTML in the Markdown stays literal text, so the parser never builds tags from it.
    document.setMarkdown(markdown.left(kMaxMarkdownChars),
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                         | QTextDocument::MarkdownNoHTML));
    QString html;
    const QTextList *openList = nullptr;
    bool inCode = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const bool codeBlock = format.hasProperty(QTextFormat::BlockCodeFence)
            || format.hasProperty(QTextFormat::BlockCodeLanguage) || format.nonBreakableLines();
        const QTextList *list = block.textList();
        if (openList && list != openList) {
            html += isOrdered(openList) ? QLatin1String("</ol>") : QLatin1String("</ul>");
            openList = nullptr;
        }
        if (inCode && !codeBlock) {
            html += QLatin1String("</pre>");
            inCode = false;
        }
        if (codeBlock) {
            html += inCode ? QStringLiteral("\n") : QStringLiteral("<pre>");
            html += escapeText(block.text());
            inCode = true;
            continue;
        }
        if (list) {
            if (!openList) {
                html += isOrdered(list) ? QLatin1String("<ol>") : QLatin1String("<ul>");
                openList = list;
            }
            html += QLatin1String("<li>") + blockInlineHtml(block) + QLatin1String("</li>");
            continue;
        }
        const QString inner = blockInlineHtml(block);
        const int heading = format.headingLevel();
        if (heading > 0) {
            // Credential headings sit under our own section titles: shift them down.
            const int level = qBound(3, heading + 2, 6);
            html += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(inner);
        } else if (format.property(QTextFormat::BlockQuoteLevel).toInt() > 0) {
            html += QLatin1String("<blockquote>") + inner + QLatin1String("</blockquote>");
        } else if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            html += QLatin1String("<hr>");
        } else if (!inner.isEmpty()) {
            html += QLatin1String("<p>") + inner + QLatin1String("</p>");
        }
    }
    if (openList)
        html += isOrdered(openList) ? QLatin1String("</ol>") : QLatin1String("</ul>");
    if (inCode)
        html += QLatin1String("</pre>");
    return html;
}

} // namespace Satchel
