// Share one credential: the link others will see (its own public address, the learner's verifier
// page, or the self-contained page the learner hosts), every share target (LinkedIn "Add to
// profile" and feed, X, Facebook, Mastodon, Bluesky, e-mail, copy), the LinkedIn fields as copy
// boxes for when the button does not work, a QR code of the link, and the settings that decide
// the link. Warnings (revoked, expired, unverified, no link) are shown before anything is shared.
// The links come from ShareLinkBuilder, the same code as `satchel-cli export links`.
#pragma once

#include "Result.h"
#include "export/ShareLinks.h"
#include "export/ShareSettings.h"
#include "model/Credential.h"
#include "storage/Wallet.h"

#include <QDialog>

#include <functional>

class QGridLayout;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace Satchel {

class PublicLinksWidget;

class ShareDialog : public QDialog {
    Q_OBJECT
public:
    // Opens a link in the system browser (or mail client); tests replace it.
    using UrlOpener = std::function<bool(const QUrl &)>;

    ShareDialog(Wallet *wallet, qint64 credentialId, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    // The credential's public links (Create public link, Stop sharing).
    PublicLinksWidget *publicLinks() const { return m_publicLinks; }
    void setOffline(bool offline);
    QString loadError() const { return m_loadError; }
    const ShareLinks &links() const { return m_links; }
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    // The paths the buttons take, for tests and scripted use.
    bool openTarget(const QString &key);
    Status applySettings(const ShareSettings &settings);
    Status saveQrCode(const QString &path) const; // PNG or SVG by the file's suffix
    Status saveVerificationPage(const QString &path) const;
    QStringList shownWarnings() const;
    QString shownLink() const;

Q_SIGNALS:
    void linkOpened(const QUrl &url);

private:
    bool load();
    void rebuild();
    void buildUi();
    void fillTargets();
    void fillLinkedInFields();
    void fillQrCode();
    void settingsEdited();
    void askSaveQrCode();
    void askSavePage();
    void copyText(const QString &text, const QString &what);
    void publicLinksChanged();

    Wallet *m_wallet = nullptr;
    qint64 m_id = 0;
    bool m_loaded = false;
    QString m_loadError;
    StoredCredential m_stored;
    Credential m_credential;
    QString m_issuerId;
    ShareSettings m_settings;
    ShareLinks m_links;
    UrlOpener m_opener;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_warnings = nullptr;
    QLineEdit *m_link = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_skipped = nullptr;
    QGridLayout *m_targets = nullptr;
    QLabel *m_qr = nullptr;
    QWidget *m_qrButtons = nullptr;
    QFormLayout *m_fields = nullptr;
    QLineEdit *m_verifierTemplate = nullptr;
    QLineEdit *m_pageBase = nullptr;
    QLineEdit *m_mastodon = nullptr;
    QLineEdit *m_linkedInOrganization = nullptr;
    QLineEdit *m_publicLinkServer = nullptr;
    PublicLinksWidget *m_publicLinks = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Satchel
