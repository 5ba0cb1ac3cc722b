// Turns a filled certificate page (core/export/CertificateWriter) into PDF bytes with QtWebEngine:
// a private off-the-record profile, no JavaScript, every request but data: blocked, no navigation.
// render() is asynchronous and reports with a signal; renderBlocking() is for the command line.
#pragma once

#include "Result.h"
#include "export/CertificateOptions.h"

#include <QByteArray>
#include <QObject>
#include <QPageLayout>
#include <QPointer>

class QTimer;
class QWebEngineProfile;

namespace Satchel {

class PrintPage;
class RemoteBlocker;

class CertificateRenderer : public QObject {
    Q_OBJECT
public:
    // setHtml() takes at most 2 MB; a bigger page would silently not load.
    static constexpr qsizetype kMaxHtmlBytes = 2 * 1000 * 1000;
    static constexpr int kDefaultTimeoutMs = 60000;

    explicit CertificateRenderer(QObject *parent = nullptr);
    ~CertificateRenderer() override;

    static QPageLayout pageLayout(CertificateOptions::Paper paper, bool landscape, double marginMillimetres = 0);

    // One rendering at a time: a new call while one runs fails with "busy".
    void render(const QByteArray &html, const QPageLayout &layout, int timeoutMs = kDefaultTimeoutMs);
    bool isBusy() const { return m_busy; }
    int blockedRequests() const;

    // Runs a local event loop until the PDF is ready or timeoutMs passed. Needs a QGuiApplication.
    static Result<QByteArray> renderBlocking(
        const QByteArray &html, const QPageLayout &layout, int timeoutMs = kDefaultTimeoutMs);

Q_SIGNALS:
    void rendered(const QByteArray &pdf);
    void renderFailed(const QString &code, const QString &message);

private:
    void onLoadFinished(bool ok);
    void fail(const QString &code, const QString &message);

    QWebEngineProfile *m_profile = nullptr;
    RemoteBlocker *m_blocker = nullptr;
    PrintPage *m_page = nullptr;
    QTimer *m_timeout = nullptr;
    QPageLayout m_layout;
    bool m_busy = false;
    quint64 m_generation = 0; // a late printToPdf callback from a timed-out job is ignored
};

} // namespace Satchel
