#include "print/CertificateRenderer.h"

#include "common/RemoteBlocker.h"
#include "print/PrintPage.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QPageSize>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace Satchel {

CertificateRenderer::CertificateRenderer(QObject *parent)
    : QObject(parent)
{
    // Same lockdown as the detail view: off the record, no script, only data: loads.
    m_profile = new QWebEngineProfile(this);
    m_blocker = RemoteBlocker::lockDown(m_profile);
    QWebEngineSettings *settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::PrintElementBackgrounds, true); // the designs use colour

    m_page = new PrintPage(m_profile, this);
    connect(m_page, &QWebEnginePage::loadFinished, this, &CertificateRenderer::onLoadFinished);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this,
        [this] { fail(QStringLiteral("timeout"), tr("Printing the certificate took too long.")); });
}

CertificateRenderer::~CertificateRenderer()
{
    // The page must go before the profile it was created with.
    delete m_page;
    m_page = nullptr;
}

QPageLayout CertificateRenderer::pageLayout(CertificateOptions::Paper paper, bool landscape, double marginMillimetres)
{
    const QPageSize size(paper == CertificateOptions::Paper::A4 ? QPageSize::A4 : QPageSize::Letter);
    const double m = marginMillimetres;
    return QPageLayout(size, landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(m, m, m, m),
        QPageLayout::Millimeter);
}

int CertificateRenderer::blockedRequests() const
{
    return m_blocker->blockedCount();
}

void CertificateRenderer::render(const QByteArray &html, const QPageLayout &layout, int timeoutMs)
{
    if (m_busy) {
        Q_EMIT renderFailed(QStringLiteral("busy"), tr("A certificate is already being printed."));
        return;
    }
    if (html.size() > kMaxHtmlBytes) {
        Q_EMIT renderFailed(QStringLiteral("too-large"), tr("The certificate page is too large to print."));
        return;
    }
    m_busy = true;
    ++m_generation;
    m_layout = layout;
    m_timeout->start(timeoutMs);
    m_page->setHtml(QString::fromUtf8(html), QUrl(QStringLiteral("about:blank")));
}

void CertificateRenderer::onLoadFinished(bool ok)
{
    if (!m_busy)
        return;
    if (!ok) {
        fail(QStringLiteral("render-failed"), tr("The certificate page could not be laid out."));
        return;
    }
    const quint64 generation = m_generation;
    const QPointer<CertificateRenderer> self(this);
    m_page->printToPdf(
        [self, generation](const QByteArray &pdf) {
            if (!self || !self->m_busy || self->m_generation != generation)
                return;
            if (pdf.isEmpty()) {
                self->fail(QStringLiteral("render-failed"), tr("QtWebEngine could not print the certificate."));
                return;
            }
            self->m_busy = false;
            self->m_timeout->stop();
            Q_EMIT self->rendered(pdf);
        },
        m_layout);
}

void CertificateRenderer::fail(const QString &code, const QString &message)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_timeout->stop();
    m_page->triggerAction(QWebEnginePage::Stop);
    Q_EMIT renderFailed(code, message);
}

Result<QByteArray> CertificateRenderer::renderBlocking(const QByteArray &html, const QPageLayout &layout, int timeoutMs)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error { QStringLiteral("no-gui"), tr("Printing certificates needs a graphical application object.") };
    CertificateRenderer renderer;
    QEventLoop loop;
    std::optional<Result<QByteArray>> outcome;
    connect(&renderer, &CertificateRenderer::rendered, &loop, [&](const QByteArray &pdf) {
        outcome = Result<QByteArray>(pdf);
        loop.quit();
    });
    connect(&renderer, &CertificateRenderer::renderFailed, &loop, [&](const QString &code, const QString &message) {
        outcome = Result<QByteArray>(Error { code, message });
        loop.quit();
    });
    renderer.render(html, layout, timeoutMs);
    if (!outcome)
        loop.exec();
    return outcome ? *outcome : Result<QByteArray>(Error { QStringLiteral("timeout"), tr("Printing the certificate took too long.") });
}

} // namespace Satchel
