#include "main/MainWindow.h"

#include "common/WindowFit.h"
#include "io/HtmlEscape.h"

#include "detail/DetailView.h"
#include "gallery/GalleryView.h"
#include "importer/ImportDialog.h"
#include "organize/OrganizeDialog.h"
#include "share/ShareDialog.h"
#include "share/SharedLinksWindow.h"
#include "share/SignedPresentationDialog.h"
#include "backup/BackupActions.h"
#include "common/CredentialExportActions.h"
#include "common/ProgressStrip.h"
#include "export/ExportEverything.h"
#include "pathways/PathwaysView.h"
#include "print/CertificateBatchDialog.h"
#include "print/CertificatePreviewDialog.h"
#include "present/PresentDialog.h"
#include "present/PresentationHistoryWindow.h"
#include "present/PresentationResponder.h"
#include "receive/CredentialReceiver.h"
#include "receive/ReceiveDialog.h"
#include "storage/ReceivedCredentialRepository.h"
#include "reminders/ReminderActions.h"
#include "reminders/ReminderBanner.h"
#include "review/ReviewActions.h"
#include "common/StatusConfirmation.h"
#include "verify/VerificationRunner.h"
#include "main/MainActions.h"
#include "main/NoticeBanner.h"
#include "net/NetworkMode.h"
#include "settings/SettingsDialog.h"
#include "storage/Wallet.h"
#include "storage/WalletFile.h"
#include "common/BackgroundJob.h"
#include "trust/KnownIssuers.h"
#include "trust/TrustRegistryUpdater.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDate>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QToolButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace Satchel {

MainWindow::MainWindow(std::unique_ptr<Wallet> wallet, NetworkMode *network, QWidget *parent)
    : QMainWindow(parent)
    , m_wallet(std::move(wallet))
    , m_network(network)
    , m_actions(this)
    , m_imports(
          this, [this] { return m_wallet.get(); },
          [this](ImportDialog *dialog) {
              dialog->setNetworkMode(m_network);
              connect(dialog, &ImportDialog::importFinished, this, &MainWindow::onImportFinished);
          })
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/satchel.svg")));
    setAcceptDrops(true);
    WindowFit::resizeToFit(this, QSize(1180, 780)); // never taller than a 768-px laptop screen

    m_gallery = new GalleryView(this);
    m_detail = new DetailView(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_gallery);
    m_stack->addWidget(m_detail);
    m_pathways = new PathwaysView(this);
    m_pathways->setNetworkMode(m_network);
    m_stack->addWidget(m_pathways);
    // The notice banner sits above whatever view is shown (NoticeBanner: non-modal, closable).
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_notice = new NoticeBanner(central);
    column->addWidget(m_notice);
    m_reminders = new ReminderActions(this, [this] { return m_wallet.get(); }, [this] { return selectedIds(); });
    column->addWidget(m_reminders->banner());
    column->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_notice, &NoticeBanner::showRequested, this, [this](const QList<qint64> &ids) {
        showGallery();
        m_gallery->selectCredentials(ids);
    });

    m_counts = new QLabel(this);
    m_verifyProgress = new ProgressStrip(ProgressStrip::Idle::Hidden, new QToolButton, this);
    m_verifyProgress->bar()->setMaximumWidth(220);
    m_verifyProgress->bar()->setTextVisible(true);
    statusBar()->addPermanentWidget(m_verifyProgress);
    statusBar()->addPermanentWidget(m_counts);
    m_verifier = new VerificationRunner(m_network, this);
    m_trustRefresh = new BackgroundJob(this, BackgroundJob::OnDestroy::CancelAndLeave);
    connect(m_verifier, &VerificationRunner::progress, this, [this](int done, int total) {
        m_verifyProgress->setProgress(done, total);
        m_verifyProgress->bar()->setFormat(tr("Verifying %1 of %2").arg(done).arg(total));
    });
    connect(m_verifier, &VerificationRunner::finished, this, &MainWindow::onVerificationFinished);
    connect(m_verifyProgress, &ProgressStrip::cancelRequested, m_verifier, &VerificationRunner::cancel);

    createActions();
    m_actions.exportMenu->addAction(m_reminders->calendarAction());
    connect(this, &MainWindow::walletChanged, m_reminders, &ReminderActions::walletReplaced);
    connect(m_reminders, &ReminderActions::linkRequested, this, &MainWindow::confirmOpenLink);
    retranslateUi();

    connect(m_gallery, &GalleryView::credentialActivated, this, [this](qint64 id) { openDetail(id); });
    connect(m_gallery, &GalleryView::countsChanged, this, &MainWindow::updateCounts);
    connect(m_gallery, &GalleryView::deleteRequested, this, &MainWindow::deleteSelected);
    connect(m_gallery, &GalleryView::queryFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_detail, &DetailView::linkRequested, this, &MainWindow::confirmOpenLink);
    connect(m_pathways, &PathwaysView::credentialActivated, this, [this](qint64 id) { openDetail(id); });
    connect(m_pathways, &PathwaysView::linkRequested, this, &MainWindow::confirmOpenLink);
    connect(m_pathways, &PathwaysView::messageShown, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_detail, &DetailView::printRequested, m_actions.printCertificate, &QAction::trigger);
    connect(m_detail, &DetailView::knownIssuerRequested, this, &MainWindow::markIssuerKnown);
    connect(m_detail, &DetailView::verifyRequested, this, [this] {
        if (m_detail->credentialId() > 0)
            startVerification({m_detail->credentialId()}, false);
    });

    m_gallery->setWallet(m_wallet.get());
    m_pathways->setWallet(m_wallet.get());
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_verifier->cancel();
    m_verifier->waitForFinished();
    // The views hold pointers into the wallet: detach them before it closes.
    m_imports.deleteDialog();
    m_detail->clear();
    m_gallery->setWallet(nullptr);
    m_pathways->setWallet(nullptr);
}

void MainWindow::createActions()
{
    // Reached only through the menu actions connected below, which keep them; no member needed.
    auto *backups = new BackupActions(this);
    auto *exports = new CredentialExportActions(this);
    m_actions.workOffline->setChecked(m_network->isOfflineByChoice());

    m_review = new ReviewActions(this, [this] { return m_wallet.get(); }, [this] { return selectedIds(); }, m_network);

    m_actions.buildMenus(*m_review);
    // An empty wallet offers the same ways in as the menus, as buttons.
    m_gallery->setEmptyWalletActions({m_actions.importFiles, m_actions.importFolder, m_actions.importUrl, m_actions.paste,
                                      m_actions.receive, m_actions.openDemo});

    connect(m_actions.importFiles, &QAction::triggered, this, [this] { m_imports.chooseFiles(); });
    connect(m_actions.importFolder, &QAction::triggered, this, [this] { m_imports.chooseFolder(); });
    connect(m_actions.importUrl, &QAction::triggered, this, [this] { m_imports.askUrl(); });
    connect(m_actions.paste, &QAction::triggered, this, &MainWindow::importClipboard);
    connect(m_actions.receive, &QAction::triggered, this, [this] { receive(); });
    connect(m_actions.checkPending, &QAction::triggered, this, &MainWindow::checkPendingCredentials);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.galleryMode, &QAction::triggered, this, [this] {
        showGallery();
        m_gallery->setMode(GalleryView::Gallery);
    });
    connect(m_actions.listMode, &QAction::triggered, this, [this] {
        showGallery();
        m_gallery->setMode(GalleryView::List);
    });
    connect(m_actions.back, &QAction::triggered, this, &MainWindow::showGallery);
    connect(m_actions.pathwaysMode, &QAction::triggered, this, &MainWindow::showPathways);
    connect(m_actions.find, &QAction::triggered, this, [this] {
        showGallery();
        m_gallery->focusSearch();
    });
    connect(m_actions.remove, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_actions.organize, &QAction::triggered, this, &MainWindow::organizeSelected);
    connect(m_actions.share, &QAction::triggered, this, &MainWindow::shareSelected);
    connect(m_actions.sharedLinks, &QAction::triggered, this, &MainWindow::showSharedLinks);
    connect(m_actions.presentationHistory, &QAction::triggered, this, &MainWindow::showPresentationHistory);
    connect(m_actions.signedPresentation, &QAction::triggered, this, &MainWindow::presentSelectedToFile);
    connect(m_actions.exportOriginal, &QAction::triggered, this, [this, exports] {
        const qint64 id = singleSelectedId(tr("Select one credential to export."));
        if (id && StatusConfirmation::confirm(this, *m_wallet, {id}, StatusConfirmation::Purpose::Export))
            exports->askSaveOriginal(*m_wallet, id);
    });
    connect(m_actions.exportBaked, &QAction::triggered, this, [this, exports] {
        const qint64 id = singleSelectedId(tr("Select one credential to export."));
        if (id) // askSaveBaked asks before a credential that is not valid leaves as a badge
            exports->askSaveBaked(*m_wallet, id);
    });
    connect(m_actions.exportEverything, &QAction::triggered, this, &MainWindow::exportEverything);
    connect(m_actions.backup, &QAction::triggered, this, [this, backups] {
        if (m_wallet)
            backups->askCreate(m_wallet->path());
    });
    connect(m_actions.restore, &QAction::triggered, this, [this, backups] {
        if (m_wallet)
            backups->askRestore(m_wallet->path());
    });
    // Pathway progress is worked out in the background: when it comes in, the open detail page
    // shows the new "Counts toward" section (only if it changed, so the page does not jump).
    connect(m_pathways, &PathwaysView::progressUpdated, this, [this] {
        if (!isShowingDetail() || !m_wallet)
            return;
        const qint64 id = m_detail->credentialId();
        const QList<PathwayCountsToward> toward = m_pathways->countsToward(id);
        if (toward != m_detail->shownCountsToward())
            m_detail->showCredential(*m_wallet, id, nullptr, toward);
    });
    connect(backups, &BackupActions::restored, this, [this] {
        m_gallery->reload();
        m_pathways->invalidate();
    });
    connect(m_actions.printCertificate, &QAction::triggered, this, &MainWindow::printCertificate);
    connect(m_actions.exportCertificates, &QAction::triggered, this, &MainWindow::exportCertificates);
    connect(m_actions.verify, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.isEmpty())
            statusBar()->showMessage(tr("Select the credentials to verify, or use Verify all."), 5000);
        else
            startVerification(ids, false);
    });
    connect(m_actions.verifyAll, &QAction::triggered, this, [this] { startVerification({}, false); });
    connect(m_actions.workOffline, &QAction::toggled, m_network, &NetworkMode::setOfflineByChoice);
    // The choice can also come from elsewhere (--offline, the self-test); a detected outage is not
    // the learner's choice and leaves the box as it is.
    connect(m_network, &NetworkMode::changed, m_actions.workOffline, [this] {
        m_actions.workOffline->setChecked(m_network->isOfflineByChoice());
    });
    // Right-click on a card or row: the same actions as the menu.
    m_gallery->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_gallery->addActions({m_actions.verify, m_actions.share, m_actions.signedPresentation, m_actions.organize, m_actions.printCertificate, m_actions.exportCertificates, m_actions.remove});
    connect(m_actions.settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_actions.openDemo, &QAction::triggered, this, &MainWindow::demoRequested);
    connect(m_actions.about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Satchel"),
                           tr("<b>Satchel %1</b><br>A desktop wallet for Open Badges 2.0 and 3.0 and CLR 2.0 "
                              "micro-credentials, kept on your own computer.")
                               .arg(HtmlEscape::escape(QCoreApplication::applicationVersion())));
    });
}

void MainWindow::retranslateUi()
{
    m_actions.retranslate();
    m_verifyProgress->cancelButton()->setText(tr("Cancel"));
    m_verifyProgress->cancelButton()->setToolTip(tr("Stop verifying (the credentials checked so far keep their result)"));
    updateCounts(m_shown, m_total);
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_actions.fitToolBar(true); // measured again with the new names
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setCertificateOptionsStore(CertificateOptionsStore *store)
{
    m_certificateOptions = store;
    m_pathways->setCertificateOptionsStore(store);
}

void MainWindow::setDemoAvailable(bool available)
{
    m_actions.openDemo->setVisible(available);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_actions.fitToolBar();
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString title = tr("Satchel");
    if (m_demo)
        title = tr("Satchel — demo wallet");
    else if (m_wallet)
        title = tr("Satchel — %1").arg(QFileInfo(m_wallet->path()).fileName());
    if (isShowingDetail() && !m_detail->credentialName().isEmpty())
        title = tr("%1 — %2").arg(m_detail->credentialName(), title);
    setWindowTitle(title);
}

void MainWindow::updateCounts(int shown, int total)
{
    m_shown = shown;
    m_total = total;
    if (shown == total)
        m_counts->setText(tr("%n credential(s)", nullptr, total));
    else
        m_counts->setText(tr("Showing %1 of %n credential(s)", nullptr, total).arg(shown));
}

bool MainWindow::isShowingDetail() const
{
    return m_stack && m_stack->currentWidget() == m_detail;
}

void MainWindow::markIssuerKnown(bool known)
{
    const qint64 id = m_detail->credentialId();
    if (!m_wallet || id <= 0)
        return;
    const auto stored = m_wallet->credential(id);
    if (!stored || stored->summary.issuerId.isEmpty())
        return;
    if (const Status saved = KnownIssuers::setKnown(*m_wallet, stored->summary.issuerId, known); !saved) {
        statusBar()->showMessage(saved.error().message, 8000);
        return;
    }
    m_detail->showCredential(*m_wallet, id, nullptr, m_detail->shownCountsToward());
    m_gallery->reload(); // the cards of the same issuer change their trust icon too
}

bool MainWindow::openDetail(qint64 credentialId)
{
    if (!m_wallet || credentialId <= 0)
        return false;
    QString error;
    if (!m_detail->showCredential(*m_wallet, credentialId, &error, m_pathways->countsToward(credentialId))) {
        statusBar()->showMessage(tr("Could not open the credential: %1").arg(error), 8000);
        return false;
    }
    m_stack->setCurrentWidget(m_detail);
    m_actions.back->setEnabled(true);
    updateTitle();
    return true;
}

void MainWindow::showPathways()
{
    m_actions.pathwaysMode->setChecked(true);
    m_stack->setCurrentWidget(m_pathways);
    m_actions.back->setEnabled(true);
    updateTitle();
}

bool MainWindow::isShowingPathways() const
{
    return m_stack && m_stack->currentWidget() == m_pathways;
}

void MainWindow::showGallery()
{
    if (m_actions.pathwaysMode->isChecked()) // leaving the pathways: the gallery's own mode is checked again
        (m_gallery->mode() == GalleryView::List ? m_actions.listMode : m_actions.galleryMode)->setChecked(true);
    m_stack->setCurrentWidget(m_gallery);
    m_actions.back->setEnabled(false);
    updateTitle();
}

ImportDialog *MainWindow::importDialog()
{
    return m_imports.dialog();
}

bool MainWindow::startVerification(const QList<qint64> &ids, bool quiet)
{
    if (!m_wallet)
        return false;
    if (m_verifier->isRunning()) {
        if (!quiet)
            statusBar()->showMessage(tr("A verification is already running."), 5000);
        return false;
    }
    // What each credential was before, to flag the ones that turn revoked or expired.
    QHash<qint64, QString> previous;
    CredentialQuery query;
    query.includeNested = true;
    query.includeNestedCopies = true;
    if (auto rows = m_wallet->list(query)) {
        for (const CredentialSummary &row : std::as_const(rows.value()))
            previous.insert(row.id, row.status);
    }
    if (ids.isEmpty() && previous.isEmpty()) { // Verify all in a wallet without credentials
        if (!quiet)
            statusBar()->showMessage(tr("There is nothing to verify."), 5000);
        return false;
    }
    if (!m_verifier->start(m_wallet->path(), ids, previous, quiet)) {
        if (!quiet)
            statusBar()->showMessage(tr("There is nothing to verify."), 5000);
        return false;
    }
    m_verifyProgress->start();
    m_verifyProgress->bar()->setFormat(tr("Verifying…"));
    m_actions.verify->setEnabled(false);
    m_actions.verifyAll->setEnabled(false);
    return true;
}

bool MainWindow::verifyStaleQuietly()
{
    // Status lists and hosted badges can change: results older than the refresh age are redone.
    const int maxAgeHours = m_wallet ? m_wallet->setting(QStringLiteral("verify.maxAgeHours"), QStringLiteral("24")).toInt() : 24;
    const QList<qint64> stale = m_wallet ? VerificationRunner::staleIds(*m_wallet, maxAgeHours > 0 ? maxAgeHours : 24)
                                         : QList<qint64>();
    return !stale.isEmpty() && startVerification(stale, true);
}

bool MainWindow::receivePendingQuietly()
{
    if (!m_wallet || m_network->isOffline())
        return false;
    const auto pending = ReceivedCredentialRepository(*m_wallet).pending();
    if (!pending || pending->isEmpty())
        return false;
    receiveDialog()->retryPending(); // not shown: credentialsReceived updates the gallery
    return true;
}

bool MainWindow::refreshTrustQuietly()
{
    if (!m_wallet || m_network->isOffline() || m_trustRefresh->isRunning())
        return false;
    const QList<TrustRegistry> due = TrustRegistryUpdater::dueForRefresh(*m_wallet, 1);
    if (due.isEmpty())
        return false;
    NetworkMode *network = m_network;
    return m_trustRefresh->start(
        m_wallet->path(),
        [due, network](Wallet &wallet, JobControl &control) -> Result<QList<TrustRefreshItem>> {
            return TrustRegistryUpdater::refreshWallet(wallet, network, due,
                                                       [&control](int, int) { return !control.isCancelled(); });
        },
        [this](const Result<QList<TrustRefreshItem>> &) {
            // Whatever could not be fetched keeps answering from its copy: nothing to tell here.
            m_gallery->reload();
            if (isShowingDetail() && m_wallet)
                m_detail->showCredential(*m_wallet, m_detail->credentialId(), nullptr, m_detail->shownCountsToward());
        });
}

bool MainWindow::isVerifying() const
{
    return m_verifier->isRunning();
}

void MainWindow::onVerificationFinished(const VerificationRunner::Outcome &outcome)
{
    m_verifyProgress->finish();
    m_actions.verify->setEnabled(true);
    m_actions.verifyAll->setEnabled(true);
    m_gallery->reload();
    m_pathways->invalidate(); // revoked or expired badges stop counting
    if (isShowingDetail())
        openDetail(m_detail->credentialId());
    QString message = tr("Verified %n credential(s): ", nullptr, outcome.verified)
        + tr("%1 valid, %2 not valid, %3 could not be checked.").arg(outcome.valid).arg(outcome.notValid).arg(outcome.unknown);
    if (outcome.cancelled)
        message += QLatin1Char(' ') + tr("Stopped before the end.");
    statusBar()->showMessage(message, 10000);
    // A badge that stopped being valid must not go unnoticed, even after a quiet run; a banner,
    // not a message box, so nothing pops up at start-up or over the import report.
    m_notice->addChanged(outcome.newlyRevoked, outcome.newlyExpired, outcome.changedNames);
    Q_EMIT verificationFinished();
}

void MainWindow::onImportFinished(int imported, int versions)
{
    if (imported + versions > 0) {
        m_gallery->reload();
        m_pathways->invalidate();
        // New credentials have never been verified; a credential that gained a version must be
        // verified again to show the version that verifies.
        verifyStaleQuietly();
        m_reminders->check(); // a badge imported close to its expiry date
    }
    QString message = tr("%n credential(s) imported.", nullptr, imported);
    if (versions > 0)
        message += QLatin1Char(' ') + tr("%n kept as another version.", nullptr, versions);
    statusBar()->showMessage(message, 6000);
}

void MainWindow::importInputs(const QStringList &inputs)
{
    m_imports.importInputs(inputs);
}

void MainWindow::importClipboard()
{
    const QString text = QApplication::clipboard()->text().trimmed();
    if (openWalletLink(text)) // an issuer's offer or a verifier's request: not an import
        return;
    m_imports.importClipboard();
}

SettingsDialog *MainWindow::createSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_wallet.get(), this, m_network);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::trustRegistriesChanged, this, [this] {
        m_gallery->reload();
        if (isShowingDetail() && m_wallet)
            m_detail->showCredential(*m_wallet, m_detail->credentialId(), nullptr, m_detail->shownCountsToward());
    });
    connect(dialog, &SettingsDialog::remindersChanged, m_reminders, &ReminderActions::recheckSoon);
    connect(dialog, &SettingsDialog::walletChangeRequested, this, [this](const QString &path) {
        // Queued: the dialog finishes closing before the wallet it points at goes away.
        QMetaObject::invokeMethod(this, [this, path] { reopenWallet(path); }, Qt::QueuedConnection);
    });
    return dialog;
}

void MainWindow::openSettings()
{
    SettingsDialog *dialog = createSettingsDialog();
    dialog->open();
}

bool MainWindow::reopenWallet(const QString &path)
{
    if (m_imports.isImporting()) {
        QMessageBox::information(this, tr("Open another wallet"),
                                 tr("Wait for the import to finish before opening another wallet."));
        return false;
    }
    if (m_verifier->isRunning()) {
        m_verifier->cancel();
        m_verifier->waitForFinished(); // the workers stop at their next credential
    }
    auto opened = WalletFile::open(path);
    if (!opened.ok()) {
        QMessageBox::warning(this, tr("Open another wallet"), opened.error().message); // names the file
        return false;
    }
    showGallery();
    delete m_receive; // it works on the wallet's path; a receive under way is cancelled, not waited for
    delete m_sharedLinks; // it holds the wallet being closed (a link request under way is dropped)
    m_detail->clear();
    m_gallery->setWallet(nullptr);
    m_pathways->setWallet(nullptr);
    m_wallet = std::move(opened.value());
    m_gallery->setWallet(m_wallet.get());
    m_pathways->setWallet(m_wallet.get());
    if (m_history)
        m_history->setWallet(m_wallet.get());
    if (ImportDialog *dialog = m_imports.existingDialog())
        dialog->setWalletPath(m_wallet->path());
    m_demo = false;
    updateTitle();
    Q_EMIT walletChanged(m_wallet->path());
    return true;
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    if (isShowingDetail())
        ids << m_detail->credentialId();
    else
        ids = m_gallery->selectedCredentialIds();
    ids.removeAll(0);
    return ids;
}

void MainWindow::organizeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_wallet || ids.isEmpty()) {
        statusBar()->showMessage(tr("Select one or more credentials first."), 5000);
        return;
    }
    auto *dialog = new OrganizeDialog(m_wallet.get(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrganizeDialog::changed, this, [this] {
        m_gallery->reload();
        m_pathways->invalidate(); // tag rules count the learner's own tags
        if (isShowingDetail())
            openDetail(m_detail->credentialId());
    });
    dialog->open();
}

void MainWindow::printCertificate()
{
    const QList<qint64> ids = selectedIds();
    if (!m_wallet || ids.isEmpty()) {
        statusBar()->showMessage(tr("Select one or more credentials first."), 5000);
        return;
    }
    if (ids.size() > 1) { // several: the batch export, not one preview per credential
        exportCertificates();
        return;
    }
    if (!StatusConfirmation::confirm(this, *m_wallet, ids, StatusConfirmation::Purpose::Print))
        return;
    auto *dialog = new CertificatePreviewDialog(m_wallet.get(), ids.first(), m_certificateOptions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportCertificates()
{
    const QList<qint64> ids = selectedIds();
    if (!m_wallet || ids.isEmpty()) {
        statusBar()->showMessage(tr("Select one or more credentials first."), 5000);
        return;
    }
    if (!StatusConfirmation::confirm(this, *m_wallet, ids, StatusConfirmation::Purpose::Export))
        return;
    auto *dialog = new CertificateBatchDialog(m_wallet.get(), ids, m_certificateOptions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportEverything()
{
    if (m_wallet)
        ExportEverything::start(this, m_wallet.get(), m_total);
}

qint64 MainWindow::singleSelectedId(const QString &hint)
{
    const QList<qint64> ids = selectedIds();
    if (!m_wallet || ids.size() != 1) {
        statusBar()->showMessage(hint, 5000);
        return 0;
    }
    return ids.first();
}

void MainWindow::shareSelected()
{
    const qint64 id = singleSelectedId(tr("Select one credential to share."));
    if (!id || !StatusConfirmation::confirm(this, *m_wallet, {id}, StatusConfirmation::Purpose::Share))
        return;
    auto *dialog = new ShareDialog(m_wallet.get(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNetworkMode(m_network);
    // Save PDF certificate there is this window's Print certificate: the selection it prints is
    // the credential being shared (the dialog is window-modal, so it cannot change meanwhile).
    dialog->setCertificateAction(m_actions.printCertificate);
    dialog->open();
}

void MainWindow::presentSelectedToFile()
{
    const QList<qint64> ids = selectedIds();
    if (!m_wallet || ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the credentials to put in a signed presentation."), 5000);
        return;
    }
    if (!StatusConfirmation::confirm(this, *m_wallet, ids, StatusConfirmation::Purpose::Share))
        return;
    auto *dialog = new SignedPresentationDialog(m_wallet->path(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSharedLinks()
{
    if (!m_wallet)
        return;
    if (!m_sharedLinks) {
        m_sharedLinks = new SharedLinksWindow(m_wallet.get(), m_network, this);
        m_sharedLinks->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_sharedLinks->show();
    m_sharedLinks->raise();
    m_sharedLinks->activateWindow();
}

void MainWindow::showPresentationHistory()
{
    if (!m_wallet)
        return;
    if (!m_history) {
        m_history = new PresentationHistoryWindow(m_wallet.get(), this);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_history, &PresentationHistoryWindow::credentialActivated, this, [this](qint64 id) {
            if (openDetail(id))
                activateWindow();
        });
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

// Something was sent to a verifier or declined: the open history and the detail page (its
// "Shared with verifiers") show the new line.
void MainWindow::onPresentationLogged()
{
    if (m_history)
        m_history->reload();
    if (isShowingDetail())
        openDetail(m_detail->credentialId());
}

void MainWindow::deleteSelected()
{
    if (!m_wallet)
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Name the badge: "Remove 3 credentials?" alone does not tell the learner they picked the right one.
    QString question = tr("Remove %n credential(s) from your wallet? The original files are not touched.", nullptr,
                          int(ids.size()));
    if (ids.size() == 1) {
        const auto stored = m_wallet->credential(ids.first());
        const QString name = stored.ok() ? stored->summary.name.left(200) : QString();
        if (!name.isEmpty())
            question = tr("Remove “%1” from your wallet? The original file is not touched.").arg(name);
    }
    QMessageBox ask(QMessageBox::Question, tr("Remove from wallet"), question, QMessageBox::Cancel, this);
    ask.setTextFormat(Qt::PlainText); // the name is the issuer's text
    QPushButton *remove = ask.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    int failed = 0;
    for (qint64 id : std::as_const(ids))
        if (!m_wallet->remove(id).ok())
            ++failed;
    showGallery();
    m_detail->clear();
    m_gallery->reload();
    m_pathways->invalidate();
    if (failed > 0)
        statusBar()->showMessage(tr("%n credential(s) could not be removed.", nullptr, failed), 8000);
}

void MainWindow::confirmOpenLink(const QUrl &url)
{
    DetailView::confirmOpenLink(this, url);
}

void MainWindow::openReviewPacket(const QString &path)
{
    m_review->openPacket(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        QStringList inputs;
        for (const QUrl &url : mime->urls()) {
            if (!url.isLocalFile() && openWalletLink(url.toString()))
                continue;
            if (url.isLocalFile() && ReviewActions::isReviewPacket(url.toLocalFile()))
                openReviewPacket(url.toLocalFile()); // reviewed apart, never imported
            else if (url.isLocalFile())
                inputs << url.toLocalFile();
            else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
                inputs << url.toString();
        }
        importInputs(inputs);
        event->acceptProposedAction();
    } else if (mime->hasText() && openWalletLink(mime->text().trimmed())) {
        event->acceptProposedAction();
    } else if (mime->hasText() && m_wallet) {
        m_imports.importText(mime->text().toUtf8(), tr("dropped text"));
        event->acceptProposedAction();
    }
}

ReceiveDialog *MainWindow::receiveDialog()
{
    if (!m_receive) {
        m_receive = new ReceiveDialog(m_wallet->path(), m_network, this);
        connect(m_receive, &ReceiveDialog::credentialsReceived, this, [this](const QList<qint64> &ids) {
            m_gallery->reload();
            m_pathways->invalidate();
            verifyStaleQuietly(); // the pipeline stored them unverified, as any import
            statusBar()->showMessage(tr("%n credential(s) received.", nullptr, int(ids.size())), 6000);
        });
        connect(m_receive, &ReceiveDialog::showCredential, this, [this](qint64 id) { openDetail(id); });
        connect(m_receive, &ReceiveDialog::presentationLinkGiven, this, &MainWindow::present);
    }
    return m_receive;
}

bool MainWindow::openWalletLink(const QString &text)
{
    if (PresentationResponder::isPresentationLink(text))
        present(text);
    else if (CredentialReceiver::isReceiveLink(text))
        receive(text);
    else
        return false;
    return true;
}

void MainWindow::present(const QString &link)
{
    if (!m_wallet)
        return;
    if (!m_present) {
        m_present = new PresentDialog(m_wallet->path(), m_network, this);
        m_present->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_present, &PresentDialog::presentationLogged, this, &MainWindow::onPresentationLogged);
    }
    m_present->show();
    m_present->raise();
    m_present->activateWindow();
    m_present->present(link);
}

void MainWindow::receive(const QString &link)
{
    if (!m_wallet)
        return;
    ReceiveDialog *dialog = receiveDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    if (!link.isEmpty())
        dialog->receiveLink(link);
}

void MainWindow::checkPendingCredentials()
{
    if (!m_wallet)
        return;
    ReceiveDialog *dialog = receiveDialog();
    dialog->show();
    dialog->raise();
    dialog->retryPending();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_imports.isImporting()) {
        ImportDialog *dialog = m_imports.existingDialog();
        dialog->cancel();
        dialog->show();
        statusBar()->showMessage(tr("Stopping the import…"), 4000);
        event->ignore();
        connect(dialog, &ImportDialog::importFinished, this, &QWidget::close, Qt::SingleShotConnection);
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace Satchel
