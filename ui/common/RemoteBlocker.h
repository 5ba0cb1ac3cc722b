// Blocks every request a credential page could make except data: URIs (our own images) and the
// page's own HTML. Installed on the detail view's private profile, so nothing leaks to the web.
#pragma once

#include <QAtomicInt>
#include <QWebEngineUrlRequestInterceptor>

class QWebEngineProfile;

namespace Satchel {

class RemoteBlocker : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT
public:
    explicit RemoteBlocker(QObject *parent = nullptr);
    // Makes profile safe for credential content: memory cache and no cookies, no JavaScript, no
    // plugins, no file or remote access, only data: loads (a RemoteBlocker, returned, owned by it).
    // Shared by the detail view and certificate printing.
    static RemoteBlocker *lockDown(QWebEngineProfile *profile);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    static bool isAllowed(const QUrl &url);
    int blockedCount() const { return m_blocked.loadRelaxed(); }

private:
    QAtomicInt m_blocked;
};

} // namespace Satchel
