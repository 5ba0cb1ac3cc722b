#include "detail/DetailPage.h"

#include "detail/CredentialHtml.h"
#include "detail/SafeMarkdown.h"
#include "detail/VerificationHtml.h"

namespace Satchel {

DetailPage::DetailPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
}

bool DetailPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        if (url == QUrl(QLatin1String(VerificationHtml::kVerifyUrl)))
            Q_EMIT verifyRequested(); // our own "Verify now" link, never a credential's
        else if (url == QUrl(QLatin1String(CredentialHtml::kPrintUrl)))
            Q_EMIT printRequested(); // our own "Print certificate…" link
        else if (url == QUrl(QLatin1String(CredentialHtml::kKnownIssuerUrl)))
            Q_EMIT knownIssuerRequested(true);
        else if (url == QUrl(QLatin1String(CredentialHtml::kUnknownIssuerUrl)))
            Q_EMIT knownIssuerRequested(false);
        else if (SafeMarkdown::isSafeLink(url.toString()))
            Q_EMIT linkRequested(url);
        return false;
    }
    // Only our own setHtml() loads (a data: URL) may replace the page: no form posts, no redirects.
    const QString scheme = url.scheme().toLower();
    const bool ownContent = scheme == QLatin1String("data") || scheme == QLatin1String("about");
    const bool ownLoad = type == NavigationTypeTyped || type == NavigationTypeOther || type == NavigationTypeReload;
    return isMainFrame && ownContent && ownLoad;
}

QWebEnginePage *DetailPage::createWindow(WebWindowType)
{
    return nullptr; // no pop-ups, no new tabs
}

} // namespace Satchel
