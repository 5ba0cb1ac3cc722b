// Share one credential: the link others will see (a public link, its own public address, the
// learner's verifier page, or the self-contained page the learner hosts), every share target
// (LinkedIn "Add to profile" and feed, X, Facebook, Mastodon, Bluesky, e-mail, copy), the LinkedIn
// fields as copy boxes for when the button does not work, a QR code of the link, and the settings
// that decide the link. Warnings (revoked, expired, unverified, no link) are shown before anything
// is shared. The links come from ShareLinkBuilder, the same code as `satchel-cli export links`.
// Without a link the dialog leads with what works anyway (Create public link, LinkedIn "Add to
// profile", the credential file, the PDF certificate) and says beside each group of link-needing
// targets why they are off; once a link exists they turn on in place.
#pragma once

#include "Result.h"
#include "export/ShareLinks.h"
#include "export/ShareSettings.h"
#include "model/Credential.h"
#include "storage/Wallet.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>

class QAction;
class QBoxLayout;
class QFormLayout;
class QLayout;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace Satchel {

class NetworkMode;
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
    void setNetworkMode(NetworkMode *network); // for the public links; not owned
    QString loadError() const { return m_loadError; }
    const ShareLinks &links() const { return m_links; }
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    // The window's own Print certificate action (the preview that saves the PDF); the dialog's
    // Save PDF certificate button triggers it, and is hidden while there is none.
    void setCertificateAction(QAction *action);

    // The paths the buttons take, for tests and scripted use.
    bool openTarget(const QString &key);
    Status applySettings(const ShareSettings &settings);
    Status saveQrCode(const QString &path) const; // PNG or SVG by the file's suffix
    Status saveVerificationPage(const QString &path) const;
    Status saveCredentialFile(const QString &path) const; // the original bytes, as File → Export
    // Whether the targets that need a link are on: there is a link others can open.
    bool hasLink() const { return !m_links.targetUrl.isEmpty(); }
    QStringList shownWarnings() const;
    // Others will see the badge is not valid (revoked, expired, invalid): the warnings show in red.
    bool notValid() const;
    QString shownLink() const;

Q_SIGNALS:
    void linkOpened(const QUrl &url);

private:
    // The share tab's targets: one button per target, in the group its kind belongs to, and the
    // line beside each link-needing group that says why it is off. Filled by targetButton().
    struct Targets {
        QLayout *profile = nullptr;    // needs no link: LinkedIn "Add to profile", then the file and the PDF
        QGridLayout *post = nullptr;   // posts with the link, three a row
        QBoxLayout *send = nullptr;    // e-mail and the link itself
        QLabel *postReason = nullptr;
        QLabel *sendReason = nullptr;
        QHash<QString, QPushButton *> buttons; // by target key, made on first sight and kept
    };
    // The Settings tab's fields: filled by load(), read back together by settingsEdited(); the
    // public link server is the wallet's own setting, saved through PublicLinkService.
    struct SettingsTab {
        QLineEdit *verifierTemplate = nullptr;
        QLineEdit *pageBase = nullptr;
        QLineEdit *mastodon = nullptr;
        QLineEdit *linkedInOrganization = nullptr;
        QLineEdit *publicLinkServer = nullptr;
    };

    bool load();
    void rebuild();
    void buildUi();
    void buildShareTab(QTabWidget *tabs);    // the public link, what works without a link, what needs one
    QGroupBox *buildWithoutLinkBox(QWidget *sharePage);
    QGroupBox *buildLinkBox(QWidget *sharePage);
    void buildSettingsTab(QTabWidget *tabs); // what decides the link, kept in the wallet
    void fillTargets();
    QPushButton *targetButton(const ShareLink &link);
    QString needsLinkReason() const;
    void orderGroups();
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

    QVBoxLayout *m_shareLayout = nullptr;
    QGroupBox *m_withoutLinkBox = nullptr;
    QGroupBox *m_linkBox = nullptr;
    QPushButton *m_copyLink = nullptr;
    Targets m_targets;
    QPushButton *m_saveCertificate = nullptr;
    QPushButton *m_signedPresentation = nullptr;
    QPointer<QAction> m_certificateAction;
    QLabel *m_title = nullptr;
    QLabel *m_warnings = nullptr;
    QLineEdit *m_link = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_skipped = nullptr;
    QLabel *m_qr = nullptr;
    QWidget *m_qrButtons = nullptr;
    QFormLayout *m_fields = nullptr;
    SettingsTab m_settingsTab;
    PublicLinksWidget *m_publicLinks = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Satchel
