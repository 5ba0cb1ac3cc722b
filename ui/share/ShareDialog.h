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
#include <memory>

class QAction;
class QLayout;
class QPushButton;

namespace Satchel {

namespace Ui {
class ShareDialog;
}

class NetworkMode;
class PublicLinksWidget;

class ShareDialog : public QDialog {
    Q_OBJECT
public:
    // Opens a link in the system browser (or mail client); tests replace it.
    using UrlOpener = std::function<bool(const QUrl &)>;

    ShareDialog(Wallet *wallet, qint64 credentialId, QWidget *parent = nullptr);
    ~ShareDialog() override;

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
    // The share targets made from the links: one button per target, in the group its kind belongs
    // to (the form's postTargets and sendTargets, or profile). Filled by targetButton().
    struct Targets {
        QLayout *profile = nullptr; // needs no link: LinkedIn "Add to profile", then the file and the PDF
        QHash<QString, QPushButton *> buttons; // by target key, made on first sight and kept
    };

    bool load();
    void rebuild();
    void setUpShareTab();    // the public link, what works without a link, what needs one
    void setUpSettingsTab(); // what decides the link, kept in the wallet
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

    std::unique_ptr<Ui::ShareDialog> m_ui; // ShareDialog.ui
    PublicLinksWidget *m_publicLinks = nullptr;
    Targets m_targets;
    QPointer<QAction> m_certificateAction;
};

} // namespace Satchel
