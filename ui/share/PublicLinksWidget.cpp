#include "share/PublicLinksWidget.h"

#include "common/PassphraseDialog.h"
#include "net/Fetcher.h"
#include "share/HolderKeyStore.h"
#include "share/PresentationSigner.h"
#include "share/QtKeychainVault.h"
#include "common/ThemeColors.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    , m_request(nullptr, BackgroundJob::OnDestroy::CancelAndLeave)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_credentialRow > 0) {
        auto *top = new QHBoxLayout;
        m_intro = new QLabel(this);
        m_intro->setWordWrap(true);
        m_intro->setTextFormat(Qt::PlainText);
        top->addWidget(m_intro, 1);
        m_create = new QPushButton(tr("Create public link…"), this);
        m_create->setObjectName(QStringLiteral("createPublicLink"));
        connect(m_create, &QPushButton::clicked, this, [this] { startCreate(); });
        top->addWidget(m_create, 0, Qt::AlignTop);
        layout->addLayout(top);
    }
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Public links"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Credential"), tr("Made"), tr("Link"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnHidden(ColumnCredential, m_credentialRow > 0);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ColumnLink, QHeaderView::Stretch);
    if (m_credentialRow > 0)
        m_list->setMaximumHeight(m_list->fontMetrics().height() * 6); // a few rows: the share targets come first
    else
        m_list->setMinimumHeight(200);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &PublicLinksWidget::updateButtons);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open"), this);
    m_copy = new QPushButton(tr("Copy link"), this);
    m_stop = new QPushButton(tr("Stop sharing"), this);
    m_stop->setObjectName(QStringLiteral("stopSharing"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        for (const PublicLinkRecord &link : std::as_const(m_links)) {
            if (link.id == selectedLinkId())
                QDesktopServices::openUrl(QUrl(link.viewUrl));
        }
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        for (const PublicLinkRecord &link : std::as_const(m_links)) {
            if (link.id == selectedLinkId()) {
                QApplication::clipboard()->setText(link.viewUrl);
                showStatus(tr("Link copied to the clipboard."), false);
            }
        }
    });
    connect(m_stop, &QPushButton::clicked, this, [this] { startStop(selectedLinkId()); });
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("publicLinkStatus"));
    m_status->hide(); // an empty row would leave a gap under Create public link
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_stop);
    layout->addLayout(buttons);

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
    m_list->clear();
    const QLocale locale;
    for (const PublicLinkRecord &link : std::as_const(m_links)) {
        auto *item = new QTreeWidgetItem(m_list);
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
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0)
        m_list->topLevelItem(0)->setSelected(true);
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != ColumnLink)
            m_list->resizeColumnToContents(c);
    }
    if (m_intro) {
        const QString host = QUrl(PublicLinkService::server(*m_wallet)).host();
        auto stored = m_wallet->credential(m_credentialRow);
        const Status presentable = stored ? PresentationSigner::presentable(stored->raw.format) : Status(stored.error());
        m_intro->setText(presentable ? tr("Upload this credential to %1 and get a link anyone can open to check it.").arg(host)
                                     : presentable.error().message);
        m_presentable = presentable.ok();
        m_create->setEnabled(m_presentable && !isBusy());
    }
    updateButtons();
}

qint64 PublicLinksWidget::selectedLinkId() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
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
    m_open->setEnabled(active);
    m_copy->setEnabled(active);
    m_stop->setEnabled(active && !isBusy());
    m_list->setVisible(!m_links.isEmpty() || m_credentialRow == 0);
    for (QPushButton *button : {m_open, m_copy, m_stop})
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
    if (!m_create)
        return;
    QFont font = m_create->font();
    font.setBold(prominent);
    m_create->setFont(font);
    m_create->setDefault(prominent);
    m_create->setMinimumHeight(prominent ? m_create->sizeHint().height() * 5 / 4 : 0);
}

QString PublicLinksWidget::statusText() const
{
    return m_status->text();
}

void PublicLinksWidget::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(ThemeColors::text(ThemeColors::Tone::Negative,
                                                                                        m_status->palette()).name())
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
    if (m_create)
        m_create->setEnabled(false);
    m_stop->setEnabled(false);
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
