#include "detail/AssociationText.h"

namespace Satchel {

QString AssociationText::html(const Association &association, const QString &sourceHtml, const QString &targetHtml)
{
    const QString &type = association.type;
    // CLR 2.0 AssociationType. "A isParentOf B" reads best as "B is part of A".
    if (type == QLatin1String("isParentOf"))
        return tr("%1 is part of %2").toHtmlEscaped().arg(targetHtml, sourceHtml);
    if (type == QLatin1String("isChildOf") || type == QLatin1String("isPartOf"))
        return tr("%1 is part of %2").toHtmlEscaped().arg(sourceHtml, targetHtml);
    if (type == QLatin1String("exactMatchOf"))
        return tr("%1 is the same achievement as %2").toHtmlEscaped().arg(sourceHtml, targetHtml);
    if (type == QLatin1String("isPeerOf"))
        return tr("%1 is on a par with %2").toHtmlEscaped().arg(sourceHtml, targetHtml);
    if (type == QLatin1String("isRelatedTo"))
        return tr("%1 is related to %2").toHtmlEscaped().arg(sourceHtml, targetHtml);
    if (type == QLatin1String("precedes"))
        return tr("%1 comes before %2").toHtmlEscaped().arg(sourceHtml, targetHtml);
    if (type == QLatin1String("replacedBy"))
        return tr("%1 is replaced by %2").toHtmlEscaped().arg(sourceHtml, targetHtml);
    return tr("%1 (%2) %3").toHtmlEscaped().arg(sourceHtml, type.left(64).toHtmlEscaped(), targetHtml);
}

} // namespace Satchel
