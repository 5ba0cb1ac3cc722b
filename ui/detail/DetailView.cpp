#include "detail/DetailView.h"

#include "common/RemoteBlocker.h"
#include "detail/DetailPage.h"
#include "io/DataUri.h"
#include "storage/PresentationLogRepository.h"
#include "trust/IssuerTrustChecker.h"

#include <QDesktopServices>
#include <QEvent>
#include <QMessageBox>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace Satchel {

DetailView::DetailView(QWidget *parent)
    : QWidget(parent)
{
    // An off-the-record profile of our own: no cookies, no disk cache, and our interceptor.
    m_profile = new QWebEngineProfile(this);
    m_blocker = RemoteBlocker::lockDown(m_profile);

    m_view = new QWebEngineView(this);
    m_page = new DetailPage(m_profile, m_view);
    m_view->setPage(m_page);
    m_view->setAcceptDrops(false); // drops go to the main window, which imports them
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_page, &DetailPage::linkRequested, this, &DetailView::linkRequested);
    connect(m_page, &DetailPage::verifyRequested, this, &DetailView::verifyRequested);
    connect(m_page, &DetailPage::printRequested, this, &DetailView::printRequested);
    connect(m_page, &DetailPage::knownIssuerRequested, this, &DetailView::knownIssuerRequested);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_loading = false;
        Q_EMIT loadFinished(ok);
    });
}

DetailView::~DetailView()
{
    // The page must go before the profile it was created with.
    delete m_page;
    m_page = nullptr;
}

Result<CredentialPage> DetailView::loadPage(const Wallet &wallet, qint64 id)
{
    auto stored = wallet.credential(id);
    if (!stored.ok())
        return stored.error();
    auto parsed = wallet.parsed(*stored);
    if (!parsed.ok())
        return parsed.error();
    CredentialPage page;
    page.summary = stored->summary;
    page.raw = stored->raw;
    page.provenance = stored->provenance;
    page.imageBytes = stored->imageBytes;
    page.verificationReport = stored->verificationReport;
    page.hasIdentities = !wallet.recipientIdentities().isEmpty();
    page.otherVersions = wallet.versions(id, false);
    if (auto presentations = PresentationLogRepository(wallet).forCredential(id))
        page.presentations = std::move(*presentations);
    page.credential = std::move(parsed.value());
    if (!page.summary.issuerId.isEmpty())
        page.issuerTrust = IssuerTrustChecker(wallet).check(page.summary.issuerId);
    // The issuer's image comes only from bytes we already hold: inline, or fetched at import.
    const QString issuerImage = page.credential.issuer.imageUrl;
    if (DataUri::isDataUri(issuerImage)) {
        if (const auto embedded = DataUri::decode(issuerImage, CredentialHtml::kMaxImageBytes))
            page.issuerImageBytes = embedded->bytes;
    } else if (!issuerImage.isEmpty()) {
        if (const auto document = wallet.document(issuerImage))
            page.issuerImageBytes = document->body;
    }
    if (page.imageBytes.isEmpty()) {
        auto image = wallet.image(id);
        if (image.ok())
            page.imageBytes = image.value();
    }
    return page;
}

bool DetailView::showCredential(const Wallet &wallet, qint64 id, QString *error,
                                const QList<PathwayCountsToward> &countsToward)
{
    auto page = loadPage(wallet, id);
    if (!page.ok()) {
        if (error)
            *error = page.error().message;
        return false;
    }
    page->countsToward = countsToward;
    page->offerVerify = m_offerVerify;
    if (m_hasTrustOverride)
        page->issuerTrust = m_trustOverride;
    m_countsToward = countsToward;
    m_id = id;
    m_wallet = &wallet;
    render(page.value());
    return true;
}

void DetailView::showPage(CredentialPage page)
{
    page.offerVerify = m_offerVerify;
    m_countsToward.clear();
    m_id = 0;
    m_wallet = nullptr;
    render(page);
}

void DetailView::render(const CredentialPage &page)
{
    m_name = page.credential.name.isEmpty() ? page.summary.name : page.credential.name;
    m_html = CredentialHtml::render(page, palette());
    m_loading = true;
    m_view->setHtml(m_html);
}

void DetailView::confirmOpenLink(QWidget *parent, const QUrl &url)
{
    const auto answer = QMessageBox::question(
        parent, tr("Open link"), tr("Open this address in your web browser?\n\n%1").arg(url.toDisplayString()),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Open)
        QDesktopServices::openUrl(url);
}

void DetailView::clear()
{
    m_id = 0;
    m_wallet = nullptr;
    m_name.clear();
    m_html.clear();
    m_view->setHtml(QString());
}

void DetailView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Re-render with the new palette or language when the system theme or the language changes.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) && m_id != 0) {
        if (m_wallet)
            showCredential(*m_wallet, m_id, nullptr, QList<PathwayCountsToward>(m_countsToward));
    }
}

} // namespace Satchel
