#include "main/MainActions.h"

#include "review/ReviewActions.h"

#include <QAction>
#include <QActionGroup>
#include <QGuiApplication>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QTransform>

namespace Satchel {

namespace {

// "Back" points the way reading goes back: to the right in a right-to-left layout (an RTL language,
// or -reverse). The SVG draws a left arrow; Qt mirrors only its own standard icons.
QIcon backIcon(const QIcon &leftArrow)
{
    if (!QGuiApplication::isRightToLeft())
        return leftArrow;
    QIcon mirrored;
    for (const int size : { 16, 22, 24, 32, 48, 64 })
        mirrored.addPixmap(leftArrow.pixmap(size).transformed(QTransform().scale(-1, 1)));
    return mirrored;
}

} // namespace

MainActions::MainActions(QMainWindow *window)
    : m_window(window)
{
    auto icon = [](const char *name) { return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))); };
    importFiles = new QAction(icon("import-files"), QString(), window);
    importFiles->setShortcut(QKeySequence::Open);
    importFolder = new QAction(icon("import-folder"), QString(), window);
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    importUrl = new QAction(icon("import-url"), QString(), window);
    importUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    paste = new QAction(icon("paste"), QString(), window);
    paste->setShortcut(QKeySequence::Paste);
    receive = new QAction(icon("receive"), QString(), window);
    receive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    checkPending = new QAction(QString(), window);
    quit = new QAction(window);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    auto *modes = new QActionGroup(window);
    galleryMode = new QAction(icon("view-gallery"), QString(), modes);
    galleryMode->setCheckable(true);
    galleryMode->setChecked(true);
    galleryMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    listMode = new QAction(icon("view-list"), QString(), modes);
    listMode->setCheckable(true);
    listMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    pathwaysMode = new QAction(icon("view-pathways"), QString(), modes);
    pathwaysMode->setCheckable(true);
    pathwaysMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    back = new QAction(backIcon(icon("back")), QString(), window);
    back->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Back});
    back->setEnabled(false);
    find = new QAction(window);
    find->setShortcut(QKeySequence::Find);
    remove = new QAction(window);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the gallery handles Delete itself
    organize = new QAction(window);
    organize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    backup = new QAction(window);
    restore = new QAction(window);
    exportOriginal = new QAction(window);
    exportBaked = new QAction(window);
    exportEverything = new QAction(window);
    share = new QAction(icon("share"), QString(), window);
    sharedLinks = new QAction(window);
    presentationHistory = new QAction(window);
    signedPresentation = new QAction(window);
    share->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    printCertificate = new QAction(icon("print"), QString(), window);
    printCertificate->setShortcut(QKeySequence::Print);
    exportCertificates = new QAction(window);
    verify = new QAction(icon("status-valid"), QString(), window);
    verify->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    verifyAll = new QAction(window);
    verifyAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    workOffline = new QAction(window);
    workOffline->setCheckable(true);
    settings = new QAction(icon("settings"), QString(), window);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    about = new QAction(window);
    about->setMenuRole(QAction::AboutRole);
    openDemo = new QAction(icon("satchel"), QString(), window);
    openDemo->setVisible(false); // until the composition root says this build has the demo
}

void MainActions::buildMenus(const ReviewActions &review)
{
    QMainWindow *window = m_window;
    fileMenu = window->menuBar()->addMenu(QString());
    fileMenu->addActions({importFiles, importFolder, importUrl, paste});
    fileMenu->addSeparator();
    fileMenu->addActions({receive, checkPending});
    fileMenu->addSeparator();
    fileMenu->addActions({share, signedPresentation, printCertificate});
    exportMenu = fileMenu->addMenu(QString());
    exportMenu->addActions({exportOriginal, exportBaked, exportCertificates});
    exportMenu->addSeparator();
    exportMenu->addAction(exportEverything);
    fileMenu->addActions({review.createPacketAction(), review.openPacketAction()});
    fileMenu->addSeparator();
    fileMenu->addAction(organize);
    fileMenu->addAction(remove);
    fileMenu->addSeparator();
    fileMenu->addActions({backup, restore});
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
    viewMenu = window->menuBar()->addMenu(QString());
    viewMenu->addActions({galleryMode, listMode, pathwaysMode, review.skillsAction(), sharedLinks, presentationHistory});
    viewMenu->addSeparator();
    viewMenu->addActions({back, find});
    toolsMenu = window->menuBar()->addMenu(QString());
    toolsMenu->addActions({verify, verifyAll, workOffline});
    toolsMenu->addSeparator();
    toolsMenu->addAction(settings);
    helpMenu = window->menuBar()->addMenu(QString());
    helpMenu->addActions({openDemo, about});

    toolBar = window->addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(back);
    toolBar->addSeparator();
    // Import folder stays in the File menu and the empty wallet's buttons: the toolbar keeps room
    // for Print and Settings.
    toolBar->addActions({importFiles, importUrl, paste, receive});
    toolBar->addSeparator();
    toolBar->addActions({galleryMode, listMode, pathwaysMode});
    toolBar->addSeparator();
    toolBar->addAction(verify);
    toolBar->addAction(share);
    toolBar->addAction(printCertificate);
    toolBar->addAction(settings);
}

void MainActions::retranslate()
{
    importFiles->setText(tr("Import &files…"));
    importFiles->setToolTip(tr("Import badge files (JSON, JWS, PNG, SVG, ZIP)"));
    importFolder->setText(tr("Import f&older…"));
    importFolder->setToolTip(tr("Import every badge in a folder and its subfolders"));
    importUrl->setText(tr("Import from &URL…"));
    importUrl->setToolTip(tr("Import a hosted badge or credential from its web address"));
    paste->setText(tr("&Paste"));
    paste->setToolTip(tr("Import the badge, JWS or address on the clipboard (Ctrl+V)"));
    receive->setText(tr("Receive &a credential…"));
    receive->setIconText(tr("Receive…")); // the tool bar's shorter name
    receive->setToolTip(tr("Receive a credential straight from its issuer: a link or QR code (Ctrl+Shift+V)"));
    checkPending->setText(tr("Chec&k pending credentials"));
    checkPending->setToolTip(tr("Ask issuers again for credentials they said would be ready later"));
    quit->setText(tr("&Quit"));
    galleryMode->setText(tr("&Gallery"));
    galleryMode->setToolTip(tr("Show credentials as cards"));
    listMode->setText(tr("&List"));
    listMode->setToolTip(tr("Show credentials as a sortable list"));
    pathwaysMode->setText(tr("&Pathways"));
    pathwaysMode->setToolTip(tr("See how your badges add up to bigger credentials (Ctrl+3)"));
    back->setText(tr("&Back"));
    back->setToolTip(tr("Back to all credentials (Esc)"));
    find->setText(tr("&Search"));
    remove->setText(tr("Re&move from wallet…"));
    verify->setText(tr("&Verify"));
    verify->setToolTip(tr("Check that the selected credentials are genuine and still valid (Ctrl+R)"));
    verifyAll->setText(tr("Verify &all"));
    verifyAll->setToolTip(tr("Check every credential in the wallet, in the background"));
    workOffline->setText(tr("Work &offline"));
    workOffline->setToolTip(tr("Verify from what the wallet has kept, without using the network"));
    exportMenu->setTitle(tr("&Export"));
    exportOriginal->setText(tr("&Original file…"));
    exportOriginal->setToolTip(tr("Save the credential exactly as the issuer sent it"));
    exportBaked->setText(tr("&Baked badge image…"));
    exportBaked->setToolTip(tr("Save the badge image with the credential inside, for any badge wallet"));
    exportEverything->setText(tr("&Everything as a zip…"));
    exportEverything->setToolTip(tr("All your badges as plain files: originals, baked images and PDF certificates"));
    backup->setText(tr("&Back up wallet…"));
    backup->setToolTip(tr("Save the whole wallet to one encrypted file"));
    restore->setText(tr("&Restore from backup…"));
    restore->setToolTip(tr("Bring back the credentials of an encrypted backup; those already here are kept"));
    share->setText(tr("S&hare…"));
    signedPresentation->setText(tr("Si&gned presentation…"));
    signedPresentation->setToolTip(tr("Save the selected credentials in one file signed by you, for someone who "
                                      "asked to see them and gave you a code"));
    sharedLinks->setText(tr("Shared li&nks…"));
    sharedLinks->setToolTip(tr("The public links you made, with Stop sharing"));
    presentationHistory->setText(tr("Presentation &history…"));
    presentationHistory->setToolTip(tr("What you sent to verifiers or declined, and when; kept on this computer"));
    share->setToolTip(tr("Share the selected badge on LinkedIn, social media or by e-mail, or as a QR code "
                           "(Ctrl+Shift+S)"));
    organize->setText(tr("&Tags and collections…"));
    organize->setToolTip(tr("Tag the selected credentials and put them in collections (Ctrl+T)"));
    printCertificate->setText(tr("Pr&int certificate…"));
    printCertificate->setIconText(tr("Print"));
    printCertificate->setToolTip(tr("Preview, save as PDF or print a certificate of this credential (Ctrl+P)"));
    exportCertificates->setText(tr("PDF &certificates…"));
    exportCertificates->setToolTip(tr("Save a PDF certificate of each selected credential into a folder"));
    settings->setText(tr("&Settings…"));
    about->setText(tr("&About Satchel"));
    openDemo->setText(tr("Open the &demo wallet"));
    openDemo->setToolTip(tr("Try Satchel on example badges, in a window and wallet of their own"));
    fileMenu->setTitle(tr("&File"));
    viewMenu->setTitle(tr("&View"));
    toolsMenu->setTitle(tr("&Tools"));
    helpMenu->setTitle(tr("&Help"));
    toolBar->setWindowTitle(tr("Main toolbar"));
}

void MainActions::fitToolBar(bool textWidthChanged)
{
    // Names beside the icons while they all fit; icons alone (names in tooltips) on a narrow window
    // or in a longer language, rather than Verify, Share and Settings hidden behind the overflow
    // arrow. The width with names is measured while they are shown and kept for when they are not.
    if (textWidthChanged)
        toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (toolBar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
        m_toolBarTextWidth = toolBar->sizeHint().width();
    toolBar->setToolButtonStyle(m_toolBarTextWidth <= m_window->width() ? Qt::ToolButtonTextBesideIcon
                                                                        : Qt::ToolButtonIconOnly);
}

} // namespace Satchel
