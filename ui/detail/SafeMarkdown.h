// Credential Markdown (criteria, narratives, evidence) turned into HTML that cannot run or load
// anything: the text is parsed with raw HTML disabled, then re-emitted from the parsed structure
// with every string escaped, links only for http(s)/mailto and images replaced by a placeholder.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Satchel {

class SafeMarkdown {
    Q_DECLARE_TR_FUNCTIONS(Satchel::SafeMarkdown)
public:
    static QString toHtml(const QString &markdown);
    // True for the link schemes we ever show as links (http, https, mailto).
    static bool isSafeLink(const QString &url);
};

} // namespace Satchel
