#include "detail/RemoteBlocker.h"

#include <QUrl>

namespace Satchel {

RemoteBlocker::RemoteBlocker(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

bool RemoteBlocker::isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("data") || scheme == QLatin1String("about");
}

void RemoteBlocker::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    // Called on the IO thread: no QObject access here beyond the atomic counter.
    if (!isAllowed(info.requestUrl())) {
        m_blocked.ref();
        info.block(true);
    }
}

} // namespace Satchel
