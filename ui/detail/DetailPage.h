// The web page behind the detail view: it never navigates. A click on a link is reported with
// linkRequested() so the window can ask before opening it in the system browser.
#pragma once

#include <QWebEnginePage>

namespace Satchel {

class DetailPage : public QWebEnginePage {
    Q_OBJECT
public:
    DetailPage(QWebEngineProfile *profile, QObject *parent = nullptr);

Q_SIGNALS:
    void linkRequested(const QUrl &url);
    void verifyRequested();
    void printRequested();
    void knownIssuerRequested(bool known); // "Mark this issuer as known to me" or its undoing

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace Satchel
