#include "common/RemoteBlocker.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>

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

RemoteBlocker *RemoteBlocker::lockDown(QWebEngineProfile *profile)
{
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    auto *blocker = new RemoteBlocker(profile);
    profile->setUrlRequestInterceptor(blocker);

    QWebEngineSettings *settings = profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, true); // only data: URIs get through
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    settings->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    settings->setAttribute(QWebEngineSettings::Accelerated2dCanvasEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    settings->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    return blocker;
}

} // namespace Satchel
