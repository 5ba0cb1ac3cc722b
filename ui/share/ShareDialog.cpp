#include "share/ShareDialog.h"

#include "export/QrCode.h"
#include "export/ShareLinkBuilder.h"
#include "export/VerificationPageWriter.h"
#include "gallery/StatusStyle.h"
#include "io/AtomicFile.h"

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
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Satchel {

namespace {

constexpr int kQrModulePixels = 5;

// Removes every row or item a previous fill put into a layout, widgets included.
void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        if (QLayout *child = item->layout())
            clearLayout(child);
        delete item;
    }
}

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
    resize(640, 500);
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
    m_settings = ShareSettings::load(*m_wallet, {m_issuerId});
    m_verifierTemplate->setText(m_settings.verifierUrlTemplate);
    m_pageBase->setText(m_settings.pageBaseUrl);
    m_mastodon->setText(m_settings.mastodonInstance);
    m_linkedInOrganization->setText(m_settings.linkedInOrganizationIds.value(m_issuerId));
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
    layout->addWidget(m_warnings);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // "Share": the link, the targets and the QR code.
    auto *sharePage = new QWidget(m_tabs);
    auto *shareLayout = new QVBoxLayout(sharePage);
    shareLayout->addWidget(new QLabel(tr("Link others will see:"), sharePage));
    auto *linkRow = new QHBoxLayout;
    m_link = new QLineEdit(sharePage);
    m_link->setReadOnly(true);
    m_link->setPlaceholderText(tr("No link yet: see Settings"));
    auto *copyLink = new QPushButton(tr("Copy"), sharePage);
    connect(copyLink, &QPushButton::clicked, this, [this] { copyText(m_links.targetUrl, tr("Link")); });
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(copyLink);
    shareLayout->addLayout(linkRow);
    m_explanation = new QLabel(sharePage);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    shareLayout->addWidget(m_explanation);
    m_skipped = new QLabel(sharePage);
    m_skipped->setWordWrap(true);
    m_skipped->setTextFormat(Qt::PlainText);
    m_skipped->setForegroundRole(QPalette::PlaceholderText);
    shareLayout->addWidget(m_skipped);

    auto *middle = new QHBoxLayout;
    auto *targetsBox = new QVBoxLayout;
    targetsBox->addWidget(new QLabel(tr("Share on:"), sharePage));
    m_targets = new QGridLayout;
    targetsBox->addLayout(m_targets);
    targetsBox->addStretch(1);
    middle->addLayout(targetsBox, 1);
    auto *qrBox = new QVBoxLayout;
    m_qr = new QLabel(sharePage);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(180, 180);
    qrBox->addWidget(m_qr);
    m_qrButtons = new QWidget(sharePage);
    auto *qrButtonsLayout = new QHBoxLayout(m_qrButtons);
    qrButtonsLayout->setContentsMargins(0, 0, 0, 0);
    auto *saveQr = new QPushButton(tr("Save QR code…"), m_qrButtons);
    connect(saveQr, &QPushButton::clicked, this, &ShareDialog::askSaveQrCode);
    qrButtonsLayout->addWidget(saveQr);
    qrBox->addWidget(m_qrButtons);
    qrBox->addStretch(1);
    middle->addLayout(qrBox);
    shareLayout->addLayout(middle, 1);
    m_tabs->addTab(sharePage, tr("Share"));

    // "LinkedIn fields": the values of the Add to profile form, one copy box each.
    auto *fieldsPage = new QWidget(m_tabs);
    auto *fieldsLayout = new QVBoxLayout(fieldsPage);
    auto *fieldsIntro = new QLabel(tr("If LinkedIn's \"Add to profile\" page does not fill itself in, add the "
                                      "certification by hand on your profile and copy each value from here."),
                                   fieldsPage);
    fieldsIntro->setWordWrap(true);
    fieldsLayout->addWidget(fieldsIntro);
    m_fields = new QFormLayout;
    fieldsLayout->addLayout(m_fields);
    fieldsLayout->addStretch(1);
    m_tabs->addTab(fieldsPage, tr("LinkedIn fields"));

    // "Settings": what decides the link, kept in the wallet so backups carry them.
    auto *settingsPage = new QWidget(m_tabs);
    auto *settingsLayout = new QVBoxLayout(settingsPage);
    auto *settingsIntro = new QLabel(
        tr("A badge with its own public address is shared with that address. For the others, give a "
           "verifier page, or the web folder where you will put the verification page Satchel writes."),
        settingsPage);
    settingsIntro->setWordWrap(true);
    settingsLayout->addWidget(settingsIntro);
    auto *form = new QFormLayout;
    m_verifierTemplate = new QLineEdit(settingsPage);
    m_verifierTemplate->setPlaceholderText(QStringLiteral("https://verifierplus.org/?url={url}"));
    m_verifierTemplate->setToolTip(tr("{url} is replaced by the address of the credential file in your web "
                                      "folder, {id} by the credential's id."));
    form->addRow(tr("Verifier page:"), m_verifierTemplate);
    m_pageBase = new QLineEdit(settingsPage);
    m_pageBase->setPlaceholderText(QStringLiteral("https://me.example.org/badges/"));
    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_pageBase, 1);
    auto *savePage = new QPushButton(tr("Save page…"), settingsPage);
    savePage->setToolTip(tr("Write the self-contained verification page to upload to your web folder"));
    connect(savePage, &QPushButton::clicked, this, &ShareDialog::askSavePage);
    pageRow->addWidget(savePage);
    form->addRow(tr("Your web folder:"), pageRow);
    m_mastodon = new QLineEdit(settingsPage);
    m_mastodon->setPlaceholderText(QStringLiteral("mastodon.social"));
    form->addRow(tr("Mastodon server:"), m_mastodon);
    m_linkedInOrganization = new QLineEdit(settingsPage);
    m_linkedInOrganization->setToolTip(tr("The number in the address of the issuer's LinkedIn page, when it has "
                                          "one: LinkedIn then shows the issuer's logo."));
    form->addRow(tr("Issuer's LinkedIn organization id:"), m_linkedInOrganization);
    settingsLayout->addLayout(form);
    settingsLayout->addStretch(1);
    m_tabs->addTab(settingsPage, tr("Settings"));
    for (QLineEdit *edit : {m_verifierTemplate, m_pageBase, m_mastodon, m_linkedInOrganization})
        connect(edit, &QLineEdit::editingFinished, this, &ShareDialog::settingsEdited);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    bottom->addWidget(m_status, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
}

void ShareDialog::rebuild()
{
    m_links = ShareLinkBuilder::build(m_credential, m_stored.summary, m_settings, QDateTime::currentDateTimeUtc());
    const QString issuer = m_credential.issuer.name.isEmpty() ? m_stored.summary.issuerName : m_credential.issuer.name;
    m_title->setText(issuer.isEmpty() ? m_credential.name : tr("%1 — %2").arg(m_credential.name, issuer));
    const QStringList warnings = shownWarnings();
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    // A revoked, expired or invalid badge is a warning (red, bold, with its border), not a hint.
    bool serious = false;
    for (const ShareWarning &warning : std::as_const(m_links.warnings))
        serious |= StatusStyle::isSetApart(warning.code);
    m_warnings->setProperty("severity", serious ? QStringLiteral("warning") : QStringLiteral("hint"));
    m_warnings->setStyleSheet(serious ? QStringLiteral("#shareWarnings { background: #fdecea; color: #611a15; font-weight: bold;"
                                                       " border: 1px solid #c0392b; border-left: 6px solid #c0392b;"
                                                       " border-radius: 4px; padding: 8px; }")
                                      : QStringLiteral("#shareWarnings { background: #fff4e5; color: #663c00;"
                                                       " border: 1px solid #f0b429; border-radius: 4px; padding: 8px; }"));
    m_link->setText(m_links.targetUrl);
    m_explanation->setText(m_links.targetExplanation);
    m_skipped->setText(m_links.skippedTargets.join(QLatin1Char('\n')));
    m_skipped->setVisible(!m_links.skippedTargets.isEmpty());
    fillTargets();
    fillLinkedInFields();
    fillQrCode();
}

void ShareDialog::fillTargets()
{
    clearLayout(m_targets);
    int index = 0;
    for (const ShareLink &link : std::as_const(m_links.links)) {
        auto *button = new QPushButton(link.label);
        button->setObjectName(QStringLiteral("share-") + link.key);
        button->setEnabled(link.available);
        button->setToolTip(link.available ? link.url : link.note);
        const QString key = link.key;
        connect(button, &QPushButton::clicked, this, [this, key] { openTarget(key); });
        m_targets->addWidget(button, index / 2, index % 2);
        ++index;
    }
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
        m_fields->addRow(tr("%1:").arg(field.label), row);
    }
}

void ShareDialog::fillQrCode()
{
    const bool hasLink = !m_links.targetUrl.isEmpty();
    m_qrButtons->setVisible(hasLink);
    if (!hasLink) {
        m_qr->setPixmap({});
        m_qr->setText(tr("A QR code appears here once the badge has a link."));
        m_qr->setWordWrap(true);
        return;
    }
    const auto code = QrCode::encode(m_links.targetUrl);
    if (!code) {
        m_qr->setText(code.error().message);
        return;
    }
    QPixmap pixmap;
    pixmap.loadFromData(code->toPng(kQrModulePixels), "PNG");
    m_qr->setPixmap(pixmap);
    m_qr->setToolTip(m_links.targetUrl);
}

bool ShareDialog::openTarget(const QString &key)
{
    const ShareLink *link = m_links.link(key);
    if (!link || !link->available || link->url.isEmpty())
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
    edited.verifierUrlTemplate = m_verifierTemplate->text().trimmed();
    edited.pageBaseUrl = m_pageBase->text().trimmed();
    edited.mastodonInstance = m_mastodon->text().trimmed();
    const QString organization = m_linkedInOrganization->text().trimmed();
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
    m_settings = ShareSettings::load(*m_wallet, {m_issuerId});
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

QStringList ShareDialog::shownWarnings() const
{
    QStringList messages;
    for (const ShareWarning &warning : m_links.warnings)
        messages << warning.message;
    return messages;
}

QString ShareDialog::shownLink() const
{
    return m_link->text();
}

} // namespace Satchel
