#include "print/PrintPage.h"

namespace Satchel {

PrintPage::PrintPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
}

bool PrintPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // setHtml() loads a data: URL; nothing a certificate contains may replace it.
    const QString scheme = url.scheme().toLower();
    const bool ownContent = scheme == QLatin1String("data") || scheme == QLatin1String("about");
    return isMainFrame && ownContent && (type == NavigationTypeTyped || type == NavigationTypeOther);
}

QWebEnginePage *PrintPage::createWindow(WebWindowType)
{
    return nullptr;
}

} // namespace Satchel
