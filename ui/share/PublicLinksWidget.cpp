#include "share/PublicLinksWidget.h"
#include "ui_PublicLinksWidget.h"

#include "common/PassphraseDialog.h"
#include "net/Fetcher.h"
#include "share/HolderKeyStore.h"
#include "share/PresentationSigner.h"
#include "share/QtKeychainVault.h"
#include "common/ThemeColors.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

#include <openssl/crypto.h>

namespace Satchel {

namespace {

// The whole request on the worker thread: the job's wallet connection, a keychain and a fetcher of its own.
Result<PublicLinkRecord> runRequest(Wallet &wallet, bool create, qint64 id, const QByteArray &passphrase,
                                    NetworkMode *network)
{
    const std::unique_ptr<KeyVault> vault = QtKeychainVault::create();
    HolderKeyStore keys(wallet, vault.get());
    Fetcher fetcher(nullptr, network);
    PublicLinkService service(wallet, keys, fetcher);
    if (!create)
        return service.stop(id, passphrase);
    auto plan = PublicLinkService::plan(wallet, id);
    if (!plan)
        return plan.error();
    return service.create(*plan, passphrase);
}

enum Column { ColumnCredential, ColumnCreated, ColumnLink, ColumnState, ColumnCount };

} // namespace

PublicLinksWidget::PublicLinksWidget(Wallet *wallet, qint64 credentialRow, QWidget *parent)
    : QWidget(parent), m_wallet(wallet), m_credentialRow(credentialRow)
    , m_ui(std::make_unique<Ui::PublicLinksWidget>())
    , m_request(nullptr, BackgroundJob::OnDestroy::CancelAndLeave)
{
    m_ui->setupUi(this);
    if (m_credentialRow > 0) {
        connect(m_ui->createPublicLink, &QPushButton::clicked, this, [this] { startCreate(); });
    } else {
        // Every link in the wallet: there is no one credential to introduce or to create a link for.
        delete m_ui->intro;
        m_ui->intro = nullptr;
        delete m_ui->createPublicLink;
        m_ui->createPublicLink = nullptr;
    }
    QTreeWidget *list = m_ui->publicLinkList;
    list->setColumnHidden(ColumnCredential, m_credentialRow > 0);
    list->header()->setSectionResizeMode(ColumnLink, QHeaderView::Stretch);
    if (m_credentialRow > 0)
        list->setMaximumHeight(list->fontMetrics().height() * 6); // a few rows: the share targets come first
    else
        list->setMinimumHeight(200);
    connect(list, &QTreeWidget::itemSelectionChanged, this, &PublicLinksWidget::updateButtons);

    connect(m_ui->openPublicLink, &QPushButton::clicked, this, [this] {
        for (const PublicLinkRecord &link : std::as_const(m_links)) {
            if (link.id == selectedLinkId())
                QDesktopServices::openUrl(QUrl(link.viewUrl));
        }
    });
    connect(m_ui->copyPublicLink, &QPushButton::clicked, this, [this] {
        for (const PublicLinkRecord &link : std::as_const(m_links)) {
            if (link.id == selectedLinkId()) {
                QApplication::clipboard()->setText(link.viewUrl);
                showStatus(tr("Link copied to the clipboard."), false);
            }
        }
    });
    connect(m_ui->stopSharing, &QPushButton::clicked, this, [this] { startStop(selectedLinkId()); });

    reload();
}

// Closing the dialog mid-request does not wait for the network: the worker touches nothing of
// this widget (its own wallet connection, keychain and fetcher) and finishes on its own, its link
// (if made) written in one statement like any other.
PublicLinksWidget::~PublicLinksWidget() = default;

void PublicLinksWidget::reload()
{
    m_links = m_wallet ? m_wallet->publicLinks(m_credentialRow) : QList<PublicLinkRecord>();
    const qint64 selected = selectedLinkId();
    m_ui->publicLinkList->clear();
    const QLocale locale;
    for (const PublicLinkRecord &link : std::as_const(m_links)) {
        auto *item = new QTreeWidgetItem(m_ui->publicLinkList);
        item->setText(ColumnCredential, link.credentialName);
        item->setText(ColumnCreated, locale.toString(link.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(ColumnLink, link.viewUrl);
        item->setToolTip(ColumnLink, link.viewUrl);
        item->setText(ColumnState, link.isActive()
                                       ? tr("Shared")
                                       : tr("Stopped %1").arg(locale.toString(link.stoppedAt.toLocalTime(), QLocale::ShortFormat)));
        item->setData(0, Qt::UserRole, link.id);
        if (link.id == selected)
            item->setSelected(true);
    }
    if (m_ui->publicLinkList->selectedItems().isEmpty() && m_ui->publicLinkList->topLevelItemCount() > 0)
        m_ui->publicLinkList->topLevelItem(0)->setSelected(true);
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != ColumnLink)
            m_ui->publicLinkList->resizeColumnToContents(c);
    }
    if (m_ui->intro) {
        const QString host = QUrl(PublicLinkService::server(*m_wallet)).host();
        auto stored = m_wallet->credential(m_credentialRow);
        const Status presentable = stored ? PresentationSigner::presentable(stored->raw.format) : Status(stored.error());
        const QString intro = tr("Upload this credential to %1 and get a link anyone can open to check it.").arg(host);
        m_ui->intro->setText(presentable ? intro : presentable.error().message);
        m_presentable = presentable.ok();
        m_ui->createPublicLink->setEnabled(m_presentable && !isBusy());
    }
    updateButtons();
}

qint64 PublicLinksWidget::selectedLinkId() const
{
    const QList<QTreeWidgetItem *> items = m_ui->publicLinkList->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, Qt::UserRole).toLongLong();
}

void PublicLinksWidget::updateButtons()
{
    const qint64 id = selectedLinkId();
    bool active = false;
    for (const PublicLinkRecord &link : std::as_const(m_links)) {
        if (link.id == id)
            active = link.isActive();
    }
    m_ui->openPublicLink->setEnabled(active);
    m_ui->copyPublicLink->setEnabled(active);
    m_ui->stopSharing->setEnabled(active && !isBusy());
    m_ui->publicLinkList->setVisible(!m_links.isEmpty() || m_credentialRow == 0);
    for (QPushButton *button : {m_ui->openPublicLink, m_ui->copyPublicLink, m_ui->stopSharing})
        button->setVisible(!m_links.isEmpty() || m_credentialRow == 0);
}

QString PublicLinksWidget::activeLinkUrl() const
{
    for (const PublicLinkRecord &link : m_links) {
        if (link.isActive())
            return link.viewUrl; // newest first
    }
    return {};
}

void PublicLinksWidget::setCreateProminent(bool prominent)
{
    if (!m_ui->createPublicLink)
        return;
    QPushButton *create = m_ui->createPublicLink;
    QFont font = create->font();
    font.setBold(prominent);
    create->setFont(font);
    create->setDefault(prominent);
    create->setMinimumHeight(prominent ? create->sizeHint().height() * 5 / 4 : 0);
}

QString PublicLinksWidget::statusText() const
{
    return m_ui->publicLinkStatus->text();
}

void PublicLinksWidget::showStatus(const QString &text, bool error)
{
    QLabel *status = m_ui->publicLinkStatus;
    status->setText(text);
    status->setVisible(!text.isEmpty());
    status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(ThemeColors::text(ThemeColors::Tone::Negative,
                                                                                      status->palette()).name())
                                : QString());
}

bool PublicLinksWidget::askConsent(const PublicLinkPlan &plan)
{
    if (m_consent)
        return m_consent(plan);
    const QString what = plan.recipientName.isEmpty()
        ? tr("Satchel will upload the whole credential \"%1\" to %2: everything its issuer put in it, including "
             "what it says about you.")
              .arg(plan.credentialName, plan.server.host())
        : tr("Satchel will upload the whole credential \"%1\" to %2: everything its issuer put in it, your name "
             "(%3) included.")
              .arg(plan.credentialName, plan.server.host(), plan.recipientName);
    QMessageBox box(QMessageBox::Question, tr("Create a public link"), what, QMessageBox::Cancel, this);
    box.setInformativeText(tr("Anyone who has the link can see the credential and check it, until you choose Stop "
                              "sharing. You can change the server in the Settings tab."));
    QPushButton *upload = box.addButton(tr("Upload"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == upload;
}

QByteArray PublicLinksWidget::askPassphrase(bool creating, const QString &serverHost)
{
    if (m_prompt)
        return m_prompt(creating, serverHost);
    PassphraseDialog dialog(creating ? PassphraseDialog::Purpose::NewHolderKey : PassphraseDialog::Purpose::OpenHolderKey,
                            serverHost, this);
    return dialog.exec() == QDialog::Accepted ? dialog.passphrase() : QByteArray();
}

bool PublicLinksWidget::startCreate()
{
    if (!m_wallet || m_credentialRow <= 0 || isBusy())
        return false;
    auto plan = PublicLinkService::plan(*m_wallet, m_credentialRow);
    if (!plan) {
        showStatus(plan.error().message, true);
        return false;
    }
    if (!askConsent(*plan)) {
        showStatus(tr("Nothing was uploaded."), false);
        return false;
    }
    m_serverHost = plan->server.host();
    run(true, m_credentialRow, {});
    return true;
}

bool PublicLinksWidget::startStop(qint64 linkId)
{
    if (!m_wallet || linkId <= 0 || isBusy())
        return false;
    const auto link = m_wallet->publicLink(linkId);
    if (!link || !link->isActive())
        return false;
    m_serverHost = QUrl(link->server).host();
    run(false, linkId, {});
    return true;
}

void PublicLinksWidget::run(bool create, qint64 id, const QByteArray &passphrase)
{
    m_creating = create;
    m_requestId = id;
    showStatus(create ? tr("Uploading to %1…").arg(m_serverHost) : tr("Asking %1 to take the link down…").arg(m_serverHost),
               false);
    if (m_ui->createPublicLink)
        m_ui->createPublicLink->setEnabled(false);
    m_ui->stopSharing->setEnabled(false);
    m_request.start(
        m_wallet->path(),
        [create, id, secret = QByteArray(passphrase), network = m_network](Wallet &wallet, JobControl &) mutable {
            Result<PublicLinkRecord> result = runRequest(wallet, create, id, secret, network);
            OPENSSL_cleanse(secret.data(), size_t(secret.size())); // the worker's copy
            return result;
        },
        [this](const Result<PublicLinkRecord> &result) { requestFinished(result); });
}

void PublicLinksWidget::requestFinished(const Result<PublicLinkRecord> &result)
{
    if (!result && result.error().code == QLatin1String("passphrase-needed")) {
        const bool creating = m_creating && !HolderKeyStore(*m_wallet, nullptr).current();
        QByteArray passphrase = askPassphrase(creating, m_serverHost);
        if (!passphrase.isEmpty()) {
            run(m_creating, m_requestId, passphrase);
            OPENSSL_cleanse(passphrase.data(), size_t(passphrase.size()));
            return;
        }
        showStatus(tr("Cancelled: nothing was uploaded."), false);
    } else if (!result) {
        showStatus(result.error().message, true);
    } else if (m_creating) {
        showStatus(tr("Public link made: every share button below now uses it."), false);
    } else {
        showStatus(tr("Stopped sharing: the link no longer opens."), false);
    }
    reload();
    if (result)
        Q_EMIT linksChanged();
}

} // namespace Satchel
