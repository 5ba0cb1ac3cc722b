#include "detail/AssociationText.h"

#include "io/HtmlEscape.h"

namespace Satchel {

QString AssociationText::html(const Association &association, const QString &sourceHtml, const QString &targetHtml)
{
    const QString &type = association.type;
    // CLR 2.0 AssociationType. "A isParentOf B" reads best as "B is part of A".
    if (type == QLatin1String("isParentOf"))
        return HtmlEscape::escape(tr("%1 is part of %2")).arg(targetHtml, sourceHtml);
    if (type == QLatin1String("isChildOf") || type == QLatin1String("isPartOf"))
        return HtmlEscape::escape(tr("%1 is part of %2")).arg(sourceHtml, targetHtml);
    if (type == QLatin1String("exactMatchOf"))
        return HtmlEscape::escape(tr("%1 is the same achievement as %2")).arg(sourceHtml, targetHtml);
    if (type == QLatin1String("isPeerOf"))
        return HtmlEscape::escape(tr("%1 is on a par with %2")).arg(sourceHtml, targetHtml);
    if (type == QLatin1String("isRelatedTo"))
        return HtmlEscape::escape(tr("%1 is related to %2")).arg(sourceHtml, targetHtml);
    if (type == QLatin1String("precedes"))
        return HtmlEscape::escape(tr("%1 comes before %2")).arg(sourceHtml, targetHtml);
    if (type == QLatin1String("replacedBy"))
        return HtmlEscape::escape(tr("%1 is replaced by %2")).arg(sourceHtml, targetHtml);
    return HtmlEscape::escape(tr("%1 (%2) %3")).arg(sourceHtml, HtmlEscape::escape(type.left(64)), targetHtml);
}

} // namespace Satchel
