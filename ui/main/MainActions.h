// The main window's actions, menus and tool bar: each action made once with its icon and
// shortcut, named (again on a change of language) in the main window's words, and laid out in the
// menus and the tool bar. What the actions do is the window's business: it connects them.
#pragma once

#include <QCoreApplication>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace Satchel {

class ReviewActions;

class MainActions {
    // The strings keep the Satchel::MainWindow context their translations are filed under.
    Q_DECLARE_TR_FUNCTIONS(Satchel::MainWindow)
public:
    explicit MainActions(QMainWindow *window); // the actions are the window's children

    // The menus and the tool bar, with the review entries in their places.
    void buildMenus(const ReviewActions &review);
    void retranslate();
    // Names beside the icons while they all fit the window's width, icons alone otherwise.
    // textWidthChanged: the names changed (a new language), so their width is measured again.
    void fitToolBar(bool textWidthChanged = false);

    QAction *importFiles = nullptr;
    QAction *importFolder = nullptr;
    QAction *importUrl = nullptr;
    QAction *paste = nullptr;
    QAction *receive = nullptr;
    QAction *checkPending = nullptr;
    QAction *quit = nullptr;
    QAction *galleryMode = nullptr;
    QAction *listMode = nullptr;
    QAction *back = nullptr;
    QAction *pathwaysMode = nullptr;
    QAction *find = nullptr;
    QAction *remove = nullptr;
    QAction *organize = nullptr;
    QAction *share = nullptr;
    QAction *sharedLinks = nullptr;
    QAction *presentationHistory = nullptr;
    QAction *signedPresentation = nullptr; // a presentation file of the selected credentials (issue 15)
    QAction *backup = nullptr;
    QAction *restore = nullptr;
    QAction *exportOriginal = nullptr;
    QAction *exportBaked = nullptr;
    QAction *exportEverything = nullptr;
    QAction *printCertificate = nullptr;
    QAction *exportCertificates = nullptr;
    QAction *verify = nullptr;
    QAction *verifyAll = nullptr;
    QAction *workOffline = nullptr; // checkable: the learner's choice, kept by the window in sync
    QAction *settings = nullptr;
    QAction *about = nullptr;
    QAction *openDemo = nullptr;

    QMenu *fileMenu = nullptr;
    QMenu *exportMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *toolsMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QToolBar *toolBar = nullptr;

private:
    QMainWindow *m_window;
    int m_toolBarTextWidth = 0; // the tool bar's width with names beside its icons
};

} // namespace Satchel
