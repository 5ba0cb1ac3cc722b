// The web page a certificate is printed from: it shows only the HTML it was given. Every
// navigation other than that one load is refused and no window can be opened.
#pragma once

#include <QWebEnginePage>

namespace Satchel {

class PrintPage : public QWebEnginePage {
    Q_OBJECT
public:
    PrintPage(QWebEngineProfile *profile, QObject *parent = nullptr);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace Satchel
