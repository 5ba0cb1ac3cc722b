// The main window: the gallery (or list) of credentials, the detail page of one, the import and
// settings dialogs, and the menus, shortcuts and drag-and-drop that lead to them.
#pragma once

#include "main/ImportLauncher.h"
#include "main/MainActions.h"
#include "verify/VerificationRunner.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace Satchel {

class BackgroundJob;

class PresentDialog;
class PresentationHistoryWindow;
class ReceiveDialog;
class DetailView;
class GalleryView;
class ImportDialog;
class NoticeBanner;
class PathwaysView;
class ProgressStrip;
class ReminderActions;
class ReviewActions;
class CertificateOptionsStore;
class NetworkMode;
class SettingsDialog;
class SharedLinksWindow;
class Wallet;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // network: the application's; Tools → Work offline sets it, verification, reviews and sharing
    // read it. Not owned; must outlive the window.
    MainWindow(std::unique_ptr<Wallet> wallet, NetworkMode *network, QWidget *parent = nullptr);
    ~MainWindow() override;

    Wallet *wallet() const { return m_wallet.get(); }
    GalleryView *gallery() const { return m_gallery; }
    DetailView *detailView() const { return m_detail; }
    PathwaysView *pathwaysView() const { return m_pathways; }
    NoticeBanner *noticeBanner() const { return m_notice; }
    ReminderActions *reminders() const { return m_reminders; } // expiry reminders, Export → Calendar
    ImportDialog *importDialog();        // created on first use
    SettingsDialog *createSettingsDialog(); // the caller shows it; deleted on close
    void setDemoMode(bool demo);
    // Help → Open the demo wallet (and the empty wallet's button) are offered only when true.
    void setDemoAvailable(bool available);
    // Where the print dialogs remember the last design and paper (null: not remembered). Not owned.
    void setCertificateOptionsStore(CertificateOptionsStore *store);

    bool openDetail(qint64 credentialId);
    void showGallery();
    void showPathways();
    bool isShowingPathways() const;
    bool isShowingDetail() const;
    bool reopenWallet(const QString &path);

    // Verifies the given credentials (all when empty) in the background; quiet runs only show
    // progress in the status bar. False when nothing was started.
    bool startVerification(const QList<qint64> &ids, bool quiet);
    // Re-verifies, quietly, credentials never verified or verified longer ago than the refresh age.
    bool verifyStaleQuietly();
    // Credentials an issuer said would be ready later (deferred) are asked for again, without a
    // dialog; what arrives shows in the gallery. False when none is pending or Satchel is offline.
    bool receivePendingQuietly();
    // Trust registries in use whose kept copy is missing or a day old, or that were not asked about
    // an issuer the wallet holds, are fetched again in the background (at start: new issuers wait
    // for the next start or Refresh now); the trust lines shown follow. False when none is due or
    // Satchel is offline.
    bool refreshTrustQuietly();
    bool isVerifying() const;

    // Imports, through the import dialog (shown), what was dropped or pasted.
    void importInputs(const QStringList &inputs);
    void importClipboard();
    // File → Receive…: the receive dialog (one, reused), reading link's offer at once when given.
    // Paste, drops and `satchel URL` route offer links here rather than to the import.
    void receive(const QString &link = {});
    void checkPendingCredentials();
    // A verifier's request (OpenID4VP link or QR code): the present dialog shows what it asks and
    // sends nothing without the learner's Share. Paste, drops and `satchel URL` route requests here.
    void present(const QString &link);
    // Whether text is a link Satchel handles itself (an issuer's offer or a verifier's request),
    // and, when it is, opens it in the right dialog.
    bool openWalletLink(const QString &text);
    // Opens a .satchel-review packet in a review window of its own (File → Open review packet…).
    void openReviewPacket(const QString &path);

Q_SIGNALS:
    void walletChanged(const QString &path);
    void demoRequested(); // the learner asked to try the demo wallet
    void verificationFinished();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    ReceiveDialog *receiveDialog(); // created on first use
    void createActions();
    void retranslateUi();
    void updateTitle();
    void updateCounts(int shown, int total);
    void openSettings();
    void deleteSelected();
    void organizeSelected();
    void shareSelected();
    void presentSelectedToFile();
    void showSharedLinks();
    void showPresentationHistory(); // one window, reused; it follows the wallet and new presentations
    void onPresentationLogged();
    void exportEverything(); // File → Export → Everything as a zip…
    // The one selected credential, else 0 with the hint in the status bar.
    qint64 singleSelectedId(const QString &hint);
    void markIssuerKnown(bool known); // the detail page's "Mark this issuer as known to me"
    void printCertificate();   // the preview of one; several go to exportCertificates()
    void exportCertificates(); // one PDF per selected credential, in the background
    QList<qint64> selectedIds() const; // the open credential, or the gallery's selection
    void confirmOpenLink(const QUrl &url);
    void onImportFinished(int imported, int versions);
    void onVerificationFinished(const VerificationRunner::Outcome &outcome);

    std::unique_ptr<Wallet> m_wallet;
    NetworkMode *m_network;
    CertificateOptionsStore *m_certificateOptions = nullptr;
    bool m_demo = false;
    QStackedWidget *m_stack = nullptr;
    GalleryView *m_gallery = nullptr;
    DetailView *m_detail = nullptr;
    PathwaysView *m_pathways = nullptr;
    NoticeBanner *m_notice = nullptr;
    MainActions m_actions; // the menus and the tool bar
    ImportLauncher m_imports;
    QPointer<ReceiveDialog> m_receive;
    QPointer<PresentDialog> m_present;
    QPointer<PresentationHistoryWindow> m_history;
    QPointer<SharedLinksWindow> m_sharedLinks;
    QLabel *m_counts = nullptr;
    VerificationRunner *m_verifier = nullptr;
    BackgroundJob *m_trustRefresh = nullptr;
    ProgressStrip *m_verifyProgress = nullptr;
    ReviewActions *m_review = nullptr;
    ReminderActions *m_reminders = nullptr;
    int m_shown = 0;
    int m_total = 0;
};

} // namespace Satchel
