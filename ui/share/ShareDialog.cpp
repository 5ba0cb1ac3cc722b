#include "share/ShareDialog.h"

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
#include <QGroupBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Satchel {

namespace {

constexpr int kQrModulePixels = 5;

} // namespace

ShareDialog::ShareDialog(Wallet *wallet, qint64 credentialId, QWidget *parent)
    : QDialog(parent)
    , m_wallet(wallet)
    , m_id(credentialId)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Share"));
    buildUi();
    m_loaded = load();
    if (m_loaded)
        rebuild();
    else
        m_title->setText(m_loadError);
    // At most the screen: a 1366×768 laptop or a 1024×700 screen scrolls the Share tab instead.
    WindowFit::resizeToFit(this, QSize(720, 760));
}

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
    m_settingsTab.publicLinkServer->setText(m_wallet->setting(QLatin1String(PublicLinkService::kServerKey)));
    m_settingsTab.verifierTemplate->setText(m_settings.verifierUrlTemplate);
    m_settingsTab.pageBase->setText(m_settings.pageBaseUrl);
    m_settingsTab.mastodon->setText(m_settings.mastodonInstance);
    m_settingsTab.linkedInOrganization->setText(m_settings.linkedInOrganizationIds.value(m_issuerId));
    return true;
}

void ShareDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setObjectName(QStringLiteral("shareWarnings"));
    // Pale yellow for a caution (not verified yet), red when others will see the badge is not
    // valid (revoked, expired, invalid): the two must not look alike.
    ThemeColors::follow(m_warnings, [this] {
        const QPalette palette = QApplication::palette();
        m_warnings->setStyleSheet(
            QStringLiteral("#shareWarnings { %1; border: 1px solid; border-radius: 4px; padding: 8px; }"
                           " #shareWarnings[severity=\"error\"] { %2; border: 2px solid; font-weight: bold; }")
                .arg(ThemeColors::bannerCss(ThemeColors::Tone::Caution, palette),
                     ThemeColors::bannerCss(ThemeColors::Tone::Negative, palette)));
    });
    layout->addWidget(m_warnings);

    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    buildShareTab(tabs);
    buildSettingsTab(tabs);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    bottom->addWidget(m_status, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
}

void ShareDialog::buildShareTab(QTabWidget *tabs)
{
    // "Share": the public link, what works without a link, then the targets that need one (the
    // two groups swap once there is a link). In a scroll area: with the LinkedIn fields it is
    // taller than a 700-px screen.
    auto *scroll = new QScrollArea(tabs);
    scroll->setAccessibleName(tr("Ways to share"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *sharePage = new QWidget(scroll);
    m_shareLayout = new QVBoxLayout(sharePage);
    // The page grows when a link appears (the list, the QR code): its minimum must bind, or the
    // scroll area keeps the old height and squeezes the buttons instead of scrolling.
    m_shareLayout->setSizeConstraint(QLayout::SetMinimumSize);
    // The public link first: one click to a link anyone can open (the self-hosted page stays
    // the alternative, in Settings).
    auto *publicBox = new QGroupBox(tr("Public link"), sharePage);
    auto *publicLayout = new QVBoxLayout(publicBox);
    m_publicLinks = new PublicLinksWidget(m_wallet, m_id, publicBox);
    connect(m_publicLinks, &PublicLinksWidget::linksChanged, this, &ShareDialog::publicLinksChanged);
    publicLayout->addWidget(m_publicLinks);
    m_shareLayout->addWidget(publicBox);

    m_shareLayout->addWidget(buildWithoutLinkBox(sharePage));
    m_shareLayout->addWidget(buildLinkBox(sharePage));
    m_shareLayout->addStretch(1);
    scroll->setWidget(sharePage);
    tabs->addTab(scroll, tr("Share"));
}

QGroupBox *ShareDialog::buildWithoutLinkBox(QWidget *sharePage)
{
    // What works without a link: the certification on LinkedIn (with its fields to copy by hand),
    // the credential file itself and the PDF certificate (which carries the credential).
    m_withoutLinkBox = new QGroupBox(tr("Works without a link"), sharePage);
    m_withoutLinkBox->setObjectName(QStringLiteral("withoutLinkBox"));
    auto *withoutLayout = new QVBoxLayout(m_withoutLinkBox);
    // Wraps rather than widening the dialog when the labels are long (French).
    m_targets.profile = new FlowLayout(nullptr);
    auto *saveFile = new QPushButton(tr("Save the credential file…"), m_withoutLinkBox);
    saveFile->setObjectName(QStringLiteral("saveCredentialFile"));
    saveFile->setToolTip(tr("The file exactly as the issuer sent it: anyone can check it with a verifier"));
    auto *exports = new CredentialExportActions(this);
    connect(saveFile, &QPushButton::clicked, this, [this, exports] {
        if (m_loaded)
            exports->askSaveOriginal(*m_wallet, m_id);
    });
    m_saveCertificate = new QPushButton(tr("Save PDF certificate…"), m_withoutLinkBox);
    m_saveCertificate->setObjectName(QStringLiteral("saveCertificate"));
    m_saveCertificate->setToolTip(tr("A printable certificate with the credential inside"));
    m_saveCertificate->setVisible(false); // until setCertificateAction()
    connect(m_saveCertificate, &QPushButton::clicked, this, [this] {
        if (m_certificateAction)
            m_certificateAction->trigger();
    });
    // For someone who asked to see it and gave a code, but has no verifier (issue 15).
    m_signedPresentation = new QPushButton(tr("Signed presentation…"), m_withoutLinkBox);
    m_signedPresentation->setObjectName(QStringLiteral("signedPresentation"));
    m_signedPresentation->setToolTip(tr("A file with this credential signed by you, for someone who asked to see it "
                                        "and gave you a code"));
    connect(m_signedPresentation, &QPushButton::clicked, this, [this] {
        if (!m_loaded)
            return;
        auto *dialog = new SignedPresentationDialog(m_wallet->path(), {m_id}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_targets.profile->addWidget(saveFile);
    m_targets.profile->addWidget(m_signedPresentation);
    m_targets.profile->addWidget(m_saveCertificate);
    withoutLayout->addLayout(m_targets.profile);
    auto *fieldsIntro = new QLabel(tr("If LinkedIn's \"Add to profile\" page does not fill itself in, add the "
                                      "certification by hand on your profile and copy each value from here."),
                                   m_withoutLinkBox);
    fieldsIntro->setWordWrap(true);
    withoutLayout->addWidget(fieldsIntro);
    m_fields = new QFormLayout;
    withoutLayout->addLayout(m_fields);

    return m_withoutLinkBox;
}

QGroupBox *ShareDialog::buildLinkBox(QWidget *sharePage)
{
    // What needs a link: the link itself, posts and messages with it, its QR code. Each group says
    // beside it why it is off rather than being silently greyed.
    m_linkBox = new QGroupBox(tr("Share the link"), sharePage);
    m_linkBox->setObjectName(QStringLiteral("linkBox"));
    auto *linkLayout = new QVBoxLayout(m_linkBox);
    auto *linkLabel = new QLabel(tr("Link others will see:"), m_linkBox);
    linkLayout->addWidget(linkLabel);
    auto *linkRow = new QHBoxLayout;
    m_link = new QLineEdit(m_linkBox);
    linkLabel->setBuddy(m_link);
    m_link->setReadOnly(true);
    m_link->setPlaceholderText(tr("No link yet: create a public link, or see Settings"));
    m_copyLink = new QPushButton(tr("Copy"), m_linkBox);
    m_copyLink->setObjectName(QStringLiteral("copyLinkRow"));
    connect(m_copyLink, &QPushButton::clicked, this, [this] { copyText(m_links.targetUrl, tr("Link")); });
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copyLink);
    linkLayout->addLayout(linkRow);
    m_explanation = new QLabel(m_linkBox);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    linkLayout->addWidget(m_explanation);
    m_skipped = new QLabel(m_linkBox);
    m_skipped->setWordWrap(true);
    m_skipped->setTextFormat(Qt::PlainText);
    m_skipped->setForegroundRole(QPalette::PlaceholderText);
    linkLayout->addWidget(m_skipped);

    auto *middle = new QHBoxLayout;
    auto *targetsBox = new QVBoxLayout;
    // A group of targets: its name, then why it is off (when it is), then its buttons.
    auto addGroup = [this, targetsBox](const QString &title, const QString &reasonName, QLayout *buttons) {
        auto *header = new QHBoxLayout;
        header->addWidget(new QLabel(title, m_linkBox));
        auto *reason = new QLabel(m_linkBox);
        reason->setObjectName(reasonName);
        reason->setWordWrap(true);
        reason->setTextFormat(Qt::PlainText);
        ThemeColors::setTextTone(reason, ThemeColors::Tone::Caution);
        header->addWidget(reason, 1);
        targetsBox->addLayout(header);
        targetsBox->addLayout(buttons);
        return reason;
    };
    m_targets.post = new QGridLayout;
    m_targets.postReason = addGroup(tr("Post on:"), QStringLiteral("postReason"), m_targets.post);
    m_targets.send = new QHBoxLayout;
    m_targets.sendReason = addGroup(tr("Send:"), QStringLiteral("sendReason"), m_targets.send);
    targetsBox->addStretch(1);
    middle->addLayout(targetsBox, 1);
    auto *qrBox = new QVBoxLayout;
    m_qr = new QLabel(m_linkBox);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(180, 180);
    m_qr->setMaximumWidth(220);
    qrBox->addWidget(m_qr);
    m_qrButtons = new QWidget(m_linkBox);
    auto *qrButtonsLayout = new QHBoxLayout(m_qrButtons);
    qrButtonsLayout->setContentsMargins(0, 0, 0, 0);
    auto *saveQr = new QPushButton(tr("Save QR code…"), m_qrButtons);
    connect(saveQr, &QPushButton::clicked, this, &ShareDialog::askSaveQrCode);
    qrButtonsLayout->addWidget(saveQr);
    qrBox->addWidget(m_qrButtons);
    qrBox->addStretch(1);
    middle->addLayout(qrBox);
    linkLayout->addLayout(middle);
    return m_linkBox;
}

void ShareDialog::buildSettingsTab(QTabWidget *tabs)
{
    // "Settings": what decides the link, kept in the wallet so backups carry them.
    auto *settingsPage = new QWidget(tabs);
    auto *settingsLayout = new QVBoxLayout(settingsPage);
    auto *settingsIntro = new QLabel(
        tr("A badge with its own public address is shared with that address. For the others, give a "
           "verifier page, or the web folder where you will put the verification page Satchel writes."),
        settingsPage);
    settingsIntro->setWordWrap(true);
    settingsLayout->addWidget(settingsIntro);
    auto *form = new QFormLayout;
    m_settingsTab.verifierTemplate = new QLineEdit(settingsPage);
    m_settingsTab.verifierTemplate->setPlaceholderText(QStringLiteral("https://verifierplus.org/?url={url}"));
    m_settingsTab.verifierTemplate->setToolTip(tr("{url} is replaced by the address of the credential file in your web "
                                      "folder, {id} by the credential's id."));
    form->addRow(tr("Verifier page:"), m_settingsTab.verifierTemplate);
    m_settingsTab.pageBase = new QLineEdit(settingsPage);
    m_settingsTab.pageBase->setPlaceholderText(QStringLiteral("https://me.example.org/badges/"));
    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_settingsTab.pageBase, 1);
    auto *savePage = new QPushButton(tr("Save page…"), settingsPage);
    savePage->setToolTip(tr("Write the self-contained verification page to upload to your web folder"));
    connect(savePage, &QPushButton::clicked, this, &ShareDialog::askSavePage);
    pageRow->addWidget(savePage);
    form->addRow(tr("Your web folder:"), pageRow);
    // A row holding a layout gets no buddy by itself.
    if (auto *pageLabel = qobject_cast<QLabel *>(form->labelForField(pageRow)))
        pageLabel->setBuddy(m_settingsTab.pageBase);
    m_settingsTab.mastodon = new QLineEdit(settingsPage);
    m_settingsTab.mastodon->setPlaceholderText(QStringLiteral("mastodon.social"));
    form->addRow(tr("Mastodon server:"), m_settingsTab.mastodon);
    m_settingsTab.linkedInOrganization = new QLineEdit(settingsPage);
    m_settingsTab.linkedInOrganization->setToolTip(tr("The number in the address of the issuer's LinkedIn page, when it has "
                                          "one: LinkedIn then shows the issuer's logo."));
    form->addRow(tr("Issuer's LinkedIn organization id:"), m_settingsTab.linkedInOrganization);
    m_settingsTab.publicLinkServer = new QLineEdit(settingsPage);
    m_settingsTab.publicLinkServer->setPlaceholderText(PublicLinkService::defaultServer());
    m_settingsTab.publicLinkServer->setToolTip(tr("The VerifierPlus server public links are made on; empty for %1.")
                                       .arg(PublicLinkService::defaultServer()));
    form->addRow(tr("Public link server:"), m_settingsTab.publicLinkServer);
    settingsLayout->addLayout(form);
    settingsLayout->addStretch(1);
    tabs->addTab(settingsPage, tr("Settings"));
    for (QLineEdit *edit : {m_settingsTab.verifierTemplate, m_settingsTab.pageBase, m_settingsTab.mastodon, m_settingsTab.linkedInOrganization})
        connect(edit, &QLineEdit::editingFinished, this, &ShareDialog::settingsEdited);
    connect(m_settingsTab.publicLinkServer, &QLineEdit::editingFinished, this, [this] {
        if (!m_loaded || m_settingsTab.publicLinkServer->text().trimmed() == m_wallet->setting(QLatin1String(PublicLinkService::kServerKey)))
            return;
        if (const Status saved = PublicLinkService::setServer(*m_wallet, m_settingsTab.publicLinkServer->text()); !saved)
            QMessageBox::warning(this, tr("Share"), saved.error().message);
        m_publicLinks->reload();
    });
}

void ShareDialog::rebuild()
{
    m_links = ShareLinkBuilder::build(m_credential, m_stored.summary, m_settings, QDateTime::currentDateTimeUtc());
    const QString issuer = m_credential.issuer.name.isEmpty() ? m_stored.summary.issuerName : m_credential.issuer.name;
    m_title->setText(issuer.isEmpty() ? m_credential.name : tr("%1 — %2").arg(m_credential.name, issuer));
    const QStringList warnings = shownWarnings();
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    m_warnings->setProperty("severity", notValid() ? QStringLiteral("error") : QStringLiteral("caution"));
    m_warnings->style()->unpolish(m_warnings);
    m_warnings->style()->polish(m_warnings);
    m_link->setText(m_links.targetUrl);
    m_explanation->setText(m_links.targetExplanation);
    // An OB 2.0 badge is no verifiable credential: it cannot go in a presentation.
    m_signedPresentation->setVisible(m_stored.raw.format != CredentialFormat::Ob2Json
                                     && m_stored.raw.format != CredentialFormat::Ob2Jws);
    m_explanation->setVisible(hasLink()); // without a link, the reasons beside each group say it
    m_skipped->setText(m_links.skippedTargets.join(QLatin1Char('\n')));
    m_skipped->setVisible(!m_links.skippedTargets.isEmpty());
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
    m_copyLink->setEnabled(linked);
    m_targets.postReason->setText(linked ? postOff.join(QLatin1Char('\n')) : needsLinkReason());
    m_targets.sendReason->setText(linked ? sendOff.join(QLatin1Char('\n')) : needsLinkReason());
    m_targets.postReason->setVisible(!m_targets.postReason->text().isEmpty());
    m_targets.sendReason->setVisible(!m_targets.sendReason->text().isEmpty());
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
        m_targets.send->addWidget(button);
    } else {
        const int index = m_targets.post->count();
        m_targets.post->addWidget(button, index / 3, index % 3);
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
    m_shareLayout->removeWidget(m_withoutLinkBox);
    m_shareLayout->removeWidget(m_linkBox);
    m_shareLayout->insertWidget(1, linked ? m_linkBox : m_withoutLinkBox);
    m_shareLayout->insertWidget(2, linked ? m_withoutLinkBox : m_linkBox);
    m_publicLinks->setCreateProminent(!linked && m_publicLinks->canCreate());
}

void ShareDialog::fillLinkedInFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
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
        m_fields->addRow(tr("%1:").arg(field.label), row);
    }
}

void ShareDialog::fillQrCode()
{
    const bool hasLink = !m_links.targetUrl.isEmpty();
    m_qrButtons->setVisible(hasLink);
    if (!hasLink) {
        m_qr->setPixmap({});
        // Wrapped text only: a word-wrapped label answers heightForWidth from its text, which
        // would squeeze the pixmap and its neighbours in the scroll area.
        m_qr->setWordWrap(true);
        m_qr->setMinimumSize(180, 180);
        m_qr->setText(tr("QR code: %1", "then why there is none").arg(needsLinkReason()));
        m_qr->setToolTip(QString());
        return;
    }
    const auto code = QrCode::encode(m_links.targetUrl);
    if (!code) {
        m_qr->setText(code.error().message);
        return;
    }
    QPixmap pixmap;
    pixmap.loadFromData(code->toPng(kQrModulePixels), "PNG");
    m_qr->setWordWrap(false);
    m_qr->setMinimumSize(pixmap.size());
    m_qr->setPixmap(pixmap);
    m_qr->setToolTip(m_links.targetUrl);
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
        m_status->setText(tr("Opened %1.").arg(link->label));
        Q_EMIT linkOpened(url);
    }
    else
        QMessageBox::warning(this, tr("Share"), tr("No browser or mail program could open the link."));
    return opened;
}

void ShareDialog::settingsEdited()
{
    ShareSettings edited = m_settings;
    edited.verifierUrlTemplate = m_settingsTab.verifierTemplate->text().trimmed();
    edited.pageBaseUrl = m_settingsTab.pageBase->text().trimmed();
    edited.mastodonInstance = m_settingsTab.mastodon->text().trimmed();
    const QString organization = m_settingsTab.linkedInOrganization->text().trimmed();
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
        m_saveCertificate->setVisible(m_certificateAction != nullptr);
        m_saveCertificate->setEnabled(m_certificateAction && m_certificateAction->isEnabled());
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
    m_status->setText(tr("%1 copied to the clipboard.").arg(what));
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
    return m_link->text();
}

} // namespace Satchel
