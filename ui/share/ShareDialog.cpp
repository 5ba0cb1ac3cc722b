#include "share/ShareDialog.h"
#include "ui_ShareDialog.h"

#include "common/CredentialExportActions.h"
#include "common/FlowLayout.h"
#include "common/WindowFit.h"
#include "export/CredentialExport.h"
#include "export/QrCode.h"
#include "export/ShareLinkBuilder.h"
#include "export/VerificationPageWriter.h"
#include "io/AtomicFile.h"
#include "share/PublicLinkService.h"
#include "share/PublicLinksWidget.h"
#include "share/SignedPresentationDialog.h"
#include "common/ThemeColors.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Satchel {

namespace {

constexpr int kQrModulePixels = 5;

} // namespace

ShareDialog::ShareDialog(Wallet *wallet, qint64 credentialId, QWidget *parent)
    : QDialog(parent)
    , m_wallet(wallet)
    , m_id(credentialId)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_ui(std::make_unique<Ui::ShareDialog>())
{
    // Made before the form so that its controls are in the Tab chain (which follows creation) at
    // all: moved into the form's box below, it keeps its place there, ahead of the form's own.
    m_publicLinks = new PublicLinksWidget(m_wallet, m_id, this);
    m_ui->setupUi(this);
    QFont titleFont = m_ui->title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_ui->title->setFont(titleFont);
    // Pale yellow for a caution (not verified yet), red when others will see the badge is not
    // valid (revoked, expired, invalid): the two must not look alike.
    ThemeColors::follow(m_ui->shareWarnings, [this] {
        const QPalette palette = QApplication::palette();
        m_ui->shareWarnings->setStyleSheet(
            QStringLiteral("#shareWarnings { %1; border: 1px solid; border-radius: 4px; padding: 8px; }"
                           " #shareWarnings[severity=\"error\"] { %2; border: 2px solid; font-weight: bold; }")
                .arg(ThemeColors::bannerCss(ThemeColors::Tone::Caution, palette),
                     ThemeColors::bannerCss(ThemeColors::Tone::Negative, palette)));
    });
    setUpShareTab();
    setUpSettingsTab();
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_loaded = load();
    if (m_loaded)
        rebuild();
    else
        m_ui->title->setText(m_loadError);
    // At most the screen: a 1366×768 laptop or a 1024×700 screen scrolls the Share tab instead.
    WindowFit::resizeToFit(this, QSize(720, 760));
}

ShareDialog::~ShareDialog() = default;

bool ShareDialog::load()
{
    if (!m_wallet) {
        m_loadError = tr("No wallet is open.");
        return false;
    }
    auto stored = m_wallet->credential(m_id);
    if (!stored) {
        m_loadError = tr("This credential is no longer in the wallet.");
        return false;
    }
    auto parsed = m_wallet->parsed(*stored);
    if (!parsed) {
        m_loadError = tr("This credential cannot be read: %1").arg(parsed.error().message);
        return false;
    }
    m_stored = std::move(stored.value());
    m_credential = std::move(parsed.value());
    m_issuerId = m_credential.issuer.id.isEmpty() ? m_stored.summary.issuerId : m_credential.issuer.id;
    m_settings = ShareSettings::load(*m_wallet, {m_issuerId}, m_id);
    m_ui->publicLinkServer->setText(m_wallet->setting(QLatin1String(PublicLinkService::kServerKey)));
    m_ui->verifierTemplate->setText(m_settings.verifierUrlTemplate);
    m_ui->pageBase->setText(m_settings.pageBaseUrl);
    m_ui->mastodon->setText(m_settings.mastodonInstance);
    m_ui->linkedInOrganization->setText(m_settings.linkedInOrganizationIds.value(m_issuerId));
    return true;
}

void ShareDialog::setUpShareTab()
{
    // The public link first: one click to a link anyone can open (the self-hosted page stays the
    // alternative, in Settings).
    m_ui->publicLayout->addWidget(m_publicLinks);
    connect(m_publicLinks, &PublicLinksWidget::linksChanged, this, &ShareDialog::publicLinksChanged);

    // What works without a link: the certification on LinkedIn (with its fields to copy by hand),
    // the credential file itself and the PDF certificate (which carries the credential). Wraps
    // rather than widening the dialog when the labels are long (French).
    m_targets.profile = new FlowLayout(m_ui->profileTargets);
    m_targets.profile->setContentsMargins(0, 0, 0, 0);
    m_targets.profile->addWidget(m_ui->saveCredentialFile);
    m_targets.profile->addWidget(m_ui->signedPresentation);
    m_targets.profile->addWidget(m_ui->saveCertificate);
    auto *exports = new CredentialExportActions(this);
    connect(m_ui->saveCredentialFile, &QPushButton::clicked, this, [this, exports] {
        if (m_loaded)
            exports->askSaveOriginal(*m_wallet, m_id);
    });
    connect(m_ui->saveCertificate, &QPushButton::clicked, this, [this] {
        if (m_certificateAction)
            m_certificateAction->trigger();
    });
    // For someone who asked to see it and gave a code, but has no verifier (issue 15).
    connect(m_ui->signedPresentation, &QPushButton::clicked, this, [this] {
        if (!m_loaded)
            return;
        auto *dialog = new SignedPresentationDialog(m_wallet->path(), {m_id}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    // What needs a link: the link itself, posts and messages with it, its QR code. Each group says
    // beside it why it is off rather than being silently greyed.
    connect(m_ui->copyLinkRow, &QPushButton::clicked, this, [this] { copyText(m_links.targetUrl, tr("Link")); });
    m_ui->skipped->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *reason : {m_ui->postReason, m_ui->sendReason})
        ThemeColors::setTextTone(reason, ThemeColors::Tone::Caution);
    connect(m_ui->saveQr, &QPushButton::clicked, this, &ShareDialog::askSaveQrCode);
}

void ShareDialog::setUpSettingsTab()
{
    // Filled by load() and read back together by settingsEdited(), but for the public link server:
    // the wallet's own setting, saved through PublicLinkService.
    const QString defaultServer = PublicLinkService::defaultServer();
    m_ui->publicLinkServer->setPlaceholderText(defaultServer);
    m_ui->publicLinkServer->setToolTip(
        tr("The VerifierPlus server public links are made on; empty for %1.").arg(defaultServer));
    connect(m_ui->savePage, &QPushButton::clicked, this, &ShareDialog::askSavePage);
    for (QLineEdit *edit : {m_ui->verifierTemplate, m_ui->pageBase, m_ui->mastodon, m_ui->linkedInOrganization})
        connect(edit, &QLineEdit::editingFinished, this, &ShareDialog::settingsEdited);
    connect(m_ui->publicLinkServer, &QLineEdit::editingFinished, this, [this] {
        const QString server = m_ui->publicLinkServer->text();
        if (!m_loaded || server.trimmed() == m_wallet->setting(QLatin1String(PublicLinkService::kServerKey)))
            return;
        if (const Status saved = PublicLinkService::setServer(*m_wallet, server); !saved)
            QMessageBox::warning(this, tr("Share"), saved.error().message);
        m_publicLinks->reload();
    });
}

void ShareDialog::rebuild()
{
    m_links = ShareLinkBuilder::build(m_credential, m_stored.summary, m_settings, QDateTime::currentDateTimeUtc());
    const QString issuer = m_credential.issuer.name.isEmpty() ? m_stored.summary.issuerName : m_credential.issuer.name;
    m_ui->title->setText(issuer.isEmpty() ? m_credential.name : tr("%1 — %2").arg(m_credential.name, issuer));
    const QStringList warnings = shownWarnings();
    QLabel *shown = m_ui->shareWarnings;
    shown->setText(warnings.join(QLatin1Char('\n')));
    shown->setVisible(!warnings.isEmpty());
    shown->setProperty("severity", notValid() ? QStringLiteral("error") : QStringLiteral("caution"));
    shown->style()->unpolish(shown);
    shown->style()->polish(shown);
    m_ui->link->setText(m_links.targetUrl);
    m_ui->explanation->setText(m_links.targetExplanation);
    // An OB 2.0 badge is no verifiable credential: it cannot go in a presentation.
    m_ui->signedPresentation->setVisible(m_stored.raw.format != CredentialFormat::Ob2Json
                                         && m_stored.raw.format != CredentialFormat::Ob2Jws);
    m_ui->explanation->setVisible(hasLink()); // without a link, the reasons beside each group say it
    m_ui->skipped->setText(m_links.skippedTargets.join(QLatin1Char('\n')));
    m_ui->skipped->setVisible(!m_links.skippedTargets.isEmpty());
    fillTargets();
    fillLinkedInFields();
    fillQrCode();
    orderGroups();
}

void ShareDialog::fillTargets()
{
    const bool linked = hasLink();
    QStringList postOff;
    QStringList sendOff;
    for (const ShareLink &link : std::as_const(m_links.links)) {
        QPushButton *button = targetButton(link);
        const bool usable = link.available && (linked || !link.needsLink);
        button->setEnabled(usable);
        button->setToolTip(usable ? link.url : (link.available ? needsLinkReason() : link.note));
        // With a link, a target still off says why beside its group, not only in a tooltip.
        if (linked && !usable) {
            const QString why = tr("%1: %2", "share target, then why it is off").arg(link.label, link.note);
            (link.key == QLatin1String("email") || link.key == QLatin1String("link") ? sendOff : postOff) << why;
        }
    }
    m_ui->copyLinkRow->setEnabled(linked);
    m_ui->postReason->setText(linked ? postOff.join(QLatin1Char('\n')) : needsLinkReason());
    m_ui->sendReason->setText(linked ? sendOff.join(QLatin1Char('\n')) : needsLinkReason());
    m_ui->postReason->setVisible(!m_ui->postReason->text().isEmpty());
    m_ui->sendReason->setVisible(!m_ui->sendReason->text().isEmpty());
}

// One button per target, made on first sight and kept: rebuilds only change its state, so a
// button a test or the learner holds stays the one on screen.
QPushButton *ShareDialog::targetButton(const ShareLink &link)
{
    if (QPushButton *existing = m_targets.buttons.value(link.key))
        return existing;
    auto *button = new QPushButton(link.label);
    button->setObjectName(QStringLiteral("share-") + link.key);
    const QString key = link.key;
    connect(button, &QPushButton::clicked, this, [this, key] { openTarget(key); });
    if (!link.needsLink) {
        // First in its row: LinkedIn "Add to profile" before the file and the certificate.
        QList<QLayoutItem *> after;
        while (QLayoutItem *item = m_targets.profile->takeAt(0))
            after << item;
        m_targets.profile->addWidget(button);
        for (QLayoutItem *item : std::as_const(after))
            m_targets.profile->addItem(item);
    } else if (key == QLatin1String("email") || key == QLatin1String("link")) {
        m_ui->sendTargets->addWidget(button);
    } else {
        const int index = m_ui->postTargets->count();
        m_ui->postTargets->addWidget(button, index / 3, index % 3);
    }
    m_targets.buttons.insert(key, button);
    return button;
}

QString ShareDialog::needsLinkReason() const
{
    return m_publicLinks->canCreate() ? tr("Needs a link: create a public link first.")
                                      : tr("Needs a link: set a verifier page or your web folder in Settings.");
}

// Leads with what works: without a link, the actions that need none come right after Create
// public link; with one, the link and its targets do.
void ShareDialog::orderGroups()
{
    const bool linked = hasLink();
    m_ui->shareLayout->removeWidget(m_ui->withoutLinkBox);
    m_ui->shareLayout->removeWidget(m_ui->linkBox);
    m_ui->shareLayout->insertWidget(1, linked ? m_ui->linkBox : m_ui->withoutLinkBox);
    m_ui->shareLayout->insertWidget(2, linked ? m_ui->withoutLinkBox : m_ui->linkBox);
    m_publicLinks->setCreateProminent(!linked && m_publicLinks->canCreate());
}

void ShareDialog::fillLinkedInFields()
{
    while (m_ui->linkedInFields->rowCount() > 0)
        m_ui->linkedInFields->removeRow(0);
    for (const ShareField &field : std::as_const(m_links.linkedInFields)) {
        auto *row = new QWidget;
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *value = new QLineEdit(field.value, row);
        value->setReadOnly(true);
        value->setCursorPosition(0);
        auto *copy = new QToolButton(row);
        copy->setText(tr("Copy"));
        const QString text = field.value;
        const QString label = field.label;
        connect(copy, &QToolButton::clicked, this, [this, text, label] { copyText(text, label); });
        rowLayout->addWidget(value, 1);
        rowLayout->addWidget(copy);
        row->setFocusProxy(value); // the label's buddy is the row: it leads to the value
        value->setAccessibleName(label);
        copy->setAccessibleName(tr("Copy %1").arg(label));
        m_ui->linkedInFields->addRow(tr("%1:").arg(field.label), row);
    }
}

void ShareDialog::fillQrCode()
{
    const bool hasLink = !m_links.targetUrl.isEmpty();
    QLabel *qr = m_ui->qrCode;
    m_ui->qrButtons->setVisible(hasLink);
    if (!hasLink) {
        qr->setPixmap({});
        // Wrapped text only: a word-wrapped label answers heightForWidth from its text, which
        // would squeeze the pixmap and its neighbours in the scroll area.
        qr->setWordWrap(true);
        qr->setMinimumSize(180, 180);
        qr->setText(tr("QR code: %1", "then why there is none").arg(needsLinkReason()));
        qr->setToolTip(QString());
        return;
    }
    const auto code = QrCode::encode(m_links.targetUrl);
    if (!code) {
        qr->setText(code.error().message);
        return;
    }
    QPixmap pixmap;
    pixmap.loadFromData(code->toPng(kQrModulePixels), "PNG");
    qr->setWordWrap(false);
    qr->setMinimumSize(pixmap.size());
    qr->setPixmap(pixmap);
    qr->setToolTip(m_links.targetUrl);
}

bool ShareDialog::openTarget(const QString &key)
{
    const ShareLink *link = m_links.link(key);
    if (!link || !link->available || link->url.isEmpty() || (link->needsLink && !hasLink()))
        return false;
    if (key == QLatin1String("link")) {
        copyText(link->url, link->label);
        return true;
    }
    const QUrl url(link->url, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const bool opened = m_opener(url);
    if (opened) {
        m_ui->status->setText(tr("Opened %1.").arg(link->label));
        Q_EMIT linkOpened(url);
    }
    else
        QMessageBox::warning(this, tr("Share"), tr("No browser or mail program could open the link."));
    return opened;
}

void ShareDialog::settingsEdited()
{
    ShareSettings edited = m_settings;
    edited.verifierUrlTemplate = m_ui->verifierTemplate->text().trimmed();
    edited.pageBaseUrl = m_ui->pageBase->text().trimmed();
    edited.mastodonInstance = m_ui->mastodon->text().trimmed();
    const QString organization = m_ui->linkedInOrganization->text().trimmed();
    if (organization.isEmpty())
        edited.linkedInOrganizationIds.remove(m_issuerId);
    else
        edited.linkedInOrganizationIds.insert(m_issuerId, organization);
    if (edited.verifierUrlTemplate == m_settings.verifierUrlTemplate && edited.pageBaseUrl == m_settings.pageBaseUrl
        && edited.mastodonInstance == m_settings.mastodonInstance
        && edited.linkedInOrganizationIds == m_settings.linkedInOrganizationIds)
        return;
    const Status saved = applySettings(edited);
    if (!saved)
        QMessageBox::warning(this, tr("Share"), saved.error().message);
}

Status ShareDialog::applySettings(const ShareSettings &settings)
{
    if (!m_loaded)
        return Error{QStringLiteral("not-loaded"), m_loadError};
    ShareSettings toSave = settings;
    if (!m_issuerId.isEmpty() && !toSave.linkedInOrganizationIds.contains(m_issuerId))
        toSave.linkedInOrganizationIds.insert(m_issuerId, QString()); // an empty value clears the key
    const Status saved = toSave.save(*m_wallet);
    if (!saved)
        return saved;
    m_settings = ShareSettings::load(*m_wallet, {m_issuerId}, m_id);
    rebuild();
    return {};
}

Status ShareDialog::saveQrCode(const QString &path) const
{
    if (m_links.targetUrl.isEmpty())
        return Error{QStringLiteral("no-link"), tr("This badge has no link to put in a QR code yet.")};
    const auto code = QrCode::encode(m_links.targetUrl);
    if (!code)
        return code.error();
    const bool svg = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    return AtomicFile::write(path, svg ? code->toSvg() : code->toPng());
}

Status ShareDialog::saveCredentialFile(const QString &path) const
{
    if (!m_loaded)
        return Error{QStringLiteral("not-loaded"), m_loadError};
    if (const auto written = CredentialExport::write(*m_wallet, m_id, CredentialExport::Form::Original, path); !written)
        return written.error();
    return {};
}

void ShareDialog::setCertificateAction(QAction *action)
{
    if (m_certificateAction)
        disconnect(m_certificateAction, nullptr, this, nullptr);
    m_certificateAction = action;
    auto update = [this] {
        m_ui->saveCertificate->setVisible(m_certificateAction != nullptr);
        m_ui->saveCertificate->setEnabled(m_certificateAction && m_certificateAction->isEnabled());
    };
    if (action)
        connect(action, &QAction::changed, this, update);
    update();
}

Status ShareDialog::saveVerificationPage(const QString &path) const
{
    if (!m_loaded)
        return Error{QStringLiteral("not-loaded"), m_loadError};
    const auto page = VerificationPageWriter::write(m_stored, m_credential, QDateTime::currentDateTimeUtc());
    if (!page)
        return page.error();
    return AtomicFile::write(path, *page);
}

void ShareDialog::askSaveQrCode()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save QR code"), QStringLiteral("badge-qr.png"),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveQrCode(path); !saved)
        QMessageBox::warning(this, tr("Save QR code"), saved.error().message);
}

void ShareDialog::askSavePage()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save verification page"),
                                                      VerificationPageWriter::pageFileName(m_credential),
                                                      tr("Web page (*.html)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveVerificationPage(path); !saved)
        QMessageBox::warning(this, tr("Save verification page"), saved.error().message);
}

void ShareDialog::copyText(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    m_ui->status->setText(tr("%1 copied to the clipboard.").arg(what));
}

void ShareDialog::setNetworkMode(NetworkMode *network)
{
    m_publicLinks->setNetworkMode(network);
}

void ShareDialog::publicLinksChanged()
{
    if (!m_loaded)
        return;
    // A new link becomes the one every share button uses; a stopped one stops being it.
    m_settings.publicLinkUrl = m_publicLinks->activeLinkUrl();
    rebuild();
}

QStringList ShareDialog::shownWarnings() const
{
    QStringList messages;
    for (const ShareWarning &warning : m_links.warnings) {
        // No link is not a warning about the credential: the dialog shows it in place, with what
        // works anyway first.
        if (warning.code != QLatin1String("no-link"))
            messages << warning.message;
    }
    return messages;
}

bool ShareDialog::notValid() const
{
    for (const ShareWarning &warning : m_links.warnings) {
        if (warning.code == QLatin1String("revoked") || warning.code == QLatin1String("expired")
            || warning.code == QLatin1String("invalid"))
            return true;
    }
    return false;
}

QString ShareDialog::shownLink() const
{
    return m_ui->link->text();
}

} // namespace Satchel
