// The main window as a learner meets it in the first hour: an empty wallet and a search that finds
// nothing both offer a way on; the keyboard goes from the search box to the results; every menu
// has distinct mnemonics and the window distinct shortcuts, in every shipped language; Print is on
// the toolbar and the detail page; removing names what goes.
// SATCHEL_SCREENSHOT_DIR=... saves what the learner sees, for a look by eye.
#include "NamedCredential.h"
#include "OfflineNetwork.h"
#include "net/NetworkMode.h"
#include "detail/CredentialHtml.h"
#include "detail/DetailView.h"
#include "gallery/EmptyStateView.h"
#include "gallery/GalleryView.h"
#include "i18n/Translations.h"
#include "importer/ImportService.h"
#include "main/MainWindow.h"
#include "present/PresentDialog.h"
#include "present/PresentationHistoryWindow.h"
#include "print/CertificatePreviewDialog.h"
#include "share/ShareDialog.h"
#include "share/SharedLinksWindow.h"
#include "storage/PresentationLogRepository.h"
#include "storage/ReceivedCredentialRepository.h"
#include "storage/Wallet.h"
#include "WalletImport.h"
#include "WhenModal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QListView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace Satchel;
using SatchelTest::storeNamed;
using SatchelTest::whenModal;

namespace {

void keepForALook(QWidget &widget, const QString &name)
{
    if (!qEnvironmentVariableIsSet("SATCHEL_SCREENSHOT_DIR"))
        return;
    widget.grab().save(qEnvironmentVariable("SATCHEL_SCREENSHOT_DIR") + QLatin1Char('/') + name);
}

// The letter after a lone '&' ("Re&move" -> 'm'), null when the text has none.
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "File > Export: 'O' in "&Original file…" and "&Open…"" for each clash among visible entries.
void mnemonicClashes(const QString &where, const QList<QAction *> &actions, QStringList *clashes)
{
    QHash<QChar, QString> taken;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = action->menu() ? action->menu()->title() : action->text();
        const QChar key = mnemonic(text);
        if (key.isNull())
            clashes->append(QStringLiteral("%1: \"%2\" has no mnemonic").arg(where, text));
        else if (taken.contains(key))
            clashes->append(QStringLiteral("%1: '%2' in \"%3\" and \"%4\"").arg(where, key, taken.value(key), text));
        else
            taken.insert(key, text);
        if (action->menu())
            mnemonicClashes(where + QStringLiteral(" > ") + action->menu()->title(), action->menu()->actions(), clashes);
    }
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    NetworkMode m_network;

    std::unique_ptr<MainWindow> openWindow(const QString &fileName)
    {
        auto wallet = Wallet::open(m_dir.filePath(fileName));
        if (!wallet.ok())
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(wallet.value()), &m_network);
        window->resize(1366, 768);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

    static QAction *actionWithShortcut(MainWindow &window, const QKeySequence &key)
    {
        for (QAction *action : window.findChildren<QAction *>())
            if (action->shortcuts().contains(key))
                return action;
        return nullptr;
    }

public:
    // The detail page is a web view: WebEngine needs shared GL contexts before QApplication exists.
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void emptyWalletOffersTheImportActions()
    {
        auto window = openWindow(QStringLiteral("empty.sqlite"));
        QVERIFY(window);
        EmptyStateView *empty = window->gallery()->emptyState();
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->reason(), EmptyStateView::Reason::EmptyWallet);
        QCOMPARE(empty->title(), QStringLiteral("Your wallet is empty"));
        QVERIFY(!empty->clearButton()->isVisible());

        // Each button is one of the window's own menu actions: none leads to a menu item that does not exist.
        QList<QAction *> menuActions;
        for (QAction *top : window->menuBar()->actions())
            menuActions += top->menu()->actions();
        const auto visibleButtons = [empty] {
            QStringList texts;
            for (QToolButton *button : empty->findChildren<QToolButton *>())
                if (button->isVisible()) {
                    texts << button->defaultAction()->text();
                }
            return texts;
        };
        for (QAction *action : empty->walletActions())
            QVERIFY2(menuActions.contains(action), qPrintable(action->text()));
        QCOMPARE(visibleButtons(), (QStringList{QStringLiteral("Import &files…"), QStringLiteral("Import f&older…"),
                                                QStringLiteral("Import from &URL…"), QStringLiteral("&Paste"),
                                                QStringLiteral("Receive &a credential…")}));
        window->setDemoAvailable(true); // a build with the demo credentials
        QCOMPARE(visibleButtons().size(), 6);
        QVERIFY(visibleButtons().contains(QStringLiteral("Open the &demo wallet")));
        QSignalSpy demo(window.get(), &MainWindow::demoRequested);
        for (QToolButton *button : empty->findChildren<QToolButton *>())
            if (button->defaultAction()->text() == QLatin1String("Open the &demo wallet"))
                button->click();
        QCOMPARE(demo.count(), 1);
        keepForALook(*window, QStringLiteral("empty-wallet.png"));
    }

    void searchWithoutResultsOffersClear()
    {
        auto window = openWindow(QStringLiteral("search.sqlite"));
        QVERIFY(window);
        QVERIFY(storeNamed(*window->wallet(), QStringLiteral("Welding Basics"), 1) > 0);
        QVERIFY(storeNamed(*window->wallet(), QStringLiteral("First Aid"), 2) > 0);
        GalleryView *gallery = window->gallery();
        gallery->reload();
        QCOMPARE(gallery->shownCount(), 2);
        EmptyStateView *empty = gallery->emptyState();
        QVERIFY(!empty->isVisible());

        gallery->setSearchText(QStringLiteral("underwater basket weaving"));
        QCOMPARE(gallery->shownCount(), 0);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->reason(), EmptyStateView::Reason::NoMatches);
        QCOMPARE(empty->title(), QStringLiteral("No credentials match “underwater basket weaving”"));
        QVERIFY(empty->clearButton()->isVisible());
        keepForALook(*window, QStringLiteral("no-results.png"));

        QTest::mouseClick(empty->clearButton(), Qt::LeftButton);
        QCOMPARE(gallery->shownCount(), 2);
        QCOMPARE(gallery->searchBox()->text(), QString());
        QVERIFY(!empty->isVisible());
        QVERIFY(gallery->galleryWidget()->isVisible());
    }

    void enterAndDownReachTheResults()
    {
        auto window = openWindow(QStringLiteral("keys.sqlite"));
        QVERIFY(window);
        const qint64 welding = storeNamed(*window->wallet(), QStringLiteral("Welding Basics"), 1);
        const qint64 advanced = storeNamed(*window->wallet(), QStringLiteral("Advanced Welding"), 2);
        QVERIFY(welding > 0 && advanced > 0);
        GalleryView *gallery = window->gallery();
        gallery->reload();
        QSignalSpy activated(gallery, &GalleryView::credentialActivated);

        for (GalleryView::Mode mode : {GalleryView::Gallery, GalleryView::List}) {
            gallery->setMode(mode);
            QAbstractItemView *view = mode == GalleryView::List ? static_cast<QAbstractItemView *>(gallery->listWidget())
                                                                : gallery->galleryWidget();
            view->clearSelection();
            view->setCurrentIndex({});
            for (int key : {int(Qt::Key_Return), int(Qt::Key_Down)}) {
                gallery->focusSearch();
                QLineEdit *search = gallery->searchBox();
                QVERIFY(search->hasFocus());
                search->clear();
                QTest::keyClicks(search, QStringLiteral("welding")); // typed faster than the debounce
                QTest::keyClick(search, Qt::Key(key));
                QVERIFY2(view->hasFocus(), "focus went to the results");
                QCOMPARE(gallery->shownCount(), 2);
                QCOMPARE(view->currentIndex().row(), 0);
                QVERIFY(view->selectionModel()->isSelected(view->currentIndex()));
            }
            keepForALook(*window, mode == GalleryView::List ? QStringLiteral("focus-list.png") : QStringLiteral("focus-gallery.png"));
            // Enter on the selected result opens it (newest first: Advanced Welding).
            activated.clear();
            QTest::keyClick(view, Qt::Key_Return);
            QCOMPARE(activated.count(), 1);
            QCOMPARE(activated.first().first().toLongLong(), advanced);
            window->showGallery();
        }

        // Nothing found: Enter leaves the focus in the search box.
        gallery->focusSearch();
        gallery->searchBox()->setText(QStringLiteral("no such badge"));
        QTest::keyClick(gallery->searchBox(), Qt::Key_Return);
        QVERIFY(gallery->searchBox()->hasFocus());
    }

    void menusHaveDistinctMnemonicsAndShortcuts_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Translations::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void menusHaveDistinctMnemonicsAndShortcuts()
    {
        QFETCH(QString, language);
        auto window = openWindow(QStringLiteral("menus-%1.sqlite").arg(language));
        QVERIFY(window);
        window->setDemoAvailable(true); // every entry there can be
        QVERIFY(Translations::install(qApp, language));
        auto restore = qScopeGuard([] { Translations::install(qApp, QStringLiteral("en")); });
        QCoreApplication::processEvents();

        QStringList clashes;
        mnemonicClashes(QStringLiteral("menu bar"), window->menuBar()->actions(), &clashes);
        // The right-click menu of the cards and rows.
        mnemonicClashes(QStringLiteral("context menu"), window->gallery()->actions(), &clashes);

        // A shortcut does one thing in the whole window.
        QHash<QKeySequence, QAction *> owners;
        for (QAction *action : window->findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                if (key.isEmpty())
                    continue;
                if (QAction *owner = owners.value(key); owner && owner != action)
                    clashes << QStringLiteral("shortcut %1: \"%2\" and \"%3\"")
                                   .arg(key.toString(QKeySequence::NativeText), owner->text(), action->text());
                owners.insert(key, action);
            }
        }
        if (!clashes.isEmpty())
            qInfo("%s: %s", qPrintable(language), qPrintable(clashes.join(QLatin1String("; "))));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));

        if (language == QLatin1String("en") && qEnvironmentVariableIsSet("SATCHEL_SCREENSHOT_DIR")) {
            for (QAction *top : window->menuBar()->actions()) {
                QMenu *menu = top->menu();
                menu->popup(window->mapToGlobal(QPoint(0, 0)));
                QTest::qWait(50);
                keepForALook(*menu, QStringLiteral("menu-%1.png").arg(mnemonic(menu->title())));
                menu->hide();
            }
        }
    }

    void removeConfirmationNamesTheBadge()
    {
        auto window = openWindow(QStringLiteral("remove.sqlite"));
        QVERIFY(window);
        const qint64 analysis = storeNamed(*window->wallet(), QStringLiteral("Data Analysis Fundamentals"), 1);
        QVERIFY(storeNamed(*window->wallet(), QStringLiteral("First Aid"), 2) > 0);
        window->gallery()->reload();
        QAction *remove = actionWithShortcut(*window, QKeySequence::Delete);
        QVERIFY(remove);

        QVERIFY(window->openDetail(analysis));
        QString asked;
        whenModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        remove->trigger();
        QCOMPARE(asked, QStringLiteral("Remove “Data Analysis Fundamentals” from your wallet? The original file is not touched."));
        QCOMPARE(window->wallet()->count(), 2); // cancelled: nothing removed

        window->showGallery();
        window->gallery()->galleryWidget()->selectAll();
        whenModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        remove->trigger();
        QVERIFY2(asked.startsWith(QLatin1String("Remove 2 credential")), qPrintable(asked));

        // Confirmed: the one named goes.
        QVERIFY(window->openDetail(analysis));
        whenModal<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
        });
        remove->trigger();
        QCOMPARE(window->wallet()->count(), 1);
        QVERIFY(!window->wallet()->credential(analysis).ok());
    }

    void printFromTheToolbarAndTheDetailPage()
    {
        auto window = openWindow(QStringLiteral("print.sqlite"));
        QVERIFY(window);
        const qint64 id = storeNamed(*window->wallet(), QStringLiteral("Welding Basics"), 1);
        window->gallery()->reload();
        QAction *print = actionWithShortcut(*window, QKeySequence::Print);
        QVERIFY(print);
        auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar);
        QVERIFY(toolBar->actions().contains(print));
        QVERIFY(!print->icon().isNull());

        QSignalSpy loaded(window->detailView(), &DetailView::loadFinished);
        QVERIFY(window->openDetail(id));
        QVERIFY(window->detailView()->lastHtml().contains(
            QStringLiteral("href=\"%1\"").arg(QLatin1String(CredentialHtml::kPrintUrl))));
        QVERIFY(loaded.wait(30000));
        QTest::qWait(200);
        keepForALook(*window, QStringLiteral("detail.png"));

        // The page's link asks the window, which runs the menu's Print for the open credential.
        QSignalSpy printed(print, &QAction::triggered);
        Q_EMIT window->detailView()->printRequested();
        QCOMPARE(printed.count(), 1);
        auto *preview = window->findChild<CertificatePreviewDialog *>();
        QVERIFY(preview);
        delete preview;
    }

    // Keyboard users leave the detail page the way they came, with the focus in the page itself:
    // the web view sees every key first, and must leave the window's shortcuts (Esc, Alt+Left,
    // Ctrl+1/2) to the window.
    void windowShortcutsWorkFromInsideThePage_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("Esc") << QKeySequence(Qt::Key_Escape);
        QTest::newRow("Alt+Left") << QKeySequence(Qt::ALT | Qt::Key_Left);
        QTest::newRow("Ctrl+1") << QKeySequence(Qt::CTRL | Qt::Key_1);
        QTest::newRow("Ctrl+2") << QKeySequence(Qt::CTRL | Qt::Key_2);
    }

    void windowShortcutsWorkFromInsideThePage()
    {
        QFETCH(QKeySequence, keys);
        auto window = openWindow(QStringLiteral("keys.sqlite"));
        QVERIFY(window);
        const qint64 id = storeNamed(*window->wallet(), QStringLiteral("Welding Basics"), 1);
        window->gallery()->reload();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QSignalSpy loaded(window->detailView(), &DetailView::loadFinished);
        QVERIFY(window->openDetail(id));
        QVERIFY(loaded.wait(30000));
        QWidget *page = window->detailView()->webView()->focusProxy();
        QVERIFY(page);
        page->setFocus();
        QTRY_VERIFY(page->hasFocus());
        QTest::keySequence(page, keys);
        QTRY_VERIFY(!window->isShowingDetail());
    }

    // A credential an issuer sent says on its page where it came from and whose key it is bound
    // to, in the window as the learner sees it (the HTML itself is TestCredentialHtml's).
    void receivedCredentialShowsWhereItCameFrom()
    {
        auto window = openWindow(QStringLiteral("received.sqlite"));
        QVERIFY(window);
        const qint64 id = storeNamed(*window->wallet(), QStringLiteral("Safe Lifting"), 1);
        CredentialProvenance provenance;
        provenance.protocol = QStringLiteral("OpenID4VCI");
        provenance.issuerDomain = QStringLiteral("credentials.northbrook.example.edu");
        provenance.issuerName = QStringLiteral("Northbrook College");
        provenance.issuerUrl = QStringLiteral("https://credentials.northbrook.example.edu");
        provenance.holderDid = QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
        provenance.receivedAt = QDateTime(QDate(2026, 11, 30), QTime(14, 5), Qt::UTC);
        QVERIFY(ReceivedCredentialRepository(*window->wallet()).putProvenance(id, provenance).ok());
        window->gallery()->reload();

        QSignalSpy loaded(window->detailView(), &DetailView::loadFinished);
        QVERIFY(window->openDetail(id));
        const QString html = window->detailView()->lastHtml();
        QVERIFY2(html.contains(QStringLiteral("Received from credentials.northbrook.example.edu via OpenID4VCI on ")),
                 qPrintable(html.left(2000)));
        QVERIFY(html.contains(provenance.holderDid));
        QVERIFY(loaded.wait(30000));
        QTest::qWait(200);
        keepForALook(*window, QStringLiteral("detail-received.png"));
    }

    // The Share dialog's Save PDF certificate is the window's own Print certificate; Share on an
    // expired badge asks first, and Cancel opens nothing.
    void shareSavesTheCertificateAndAsksOnABadBadge()
    {
        auto window = openWindow(QStringLiteral("share.sqlite"));
        QVERIFY(window);
        const qint64 id = storeNamed(*window->wallet(), QStringLiteral("Welding Basics"), 1);
        window->gallery()->reload();
        QAction *share = actionWithShortcut(*window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QAction *print = actionWithShortcut(*window, QKeySequence::Print);
        QVERIFY(share && print);
        QVERIFY(window->openDetail(id));
        share->trigger();
        auto *dialog = window->findChild<ShareDialog *>();
        QVERIFY(dialog);
        auto *certificate = dialog->findChild<QPushButton *>(QStringLiteral("saveCertificate"));
        QVERIFY(certificate && certificate->isVisibleTo(dialog));
        QSignalSpy printed(print, &QAction::triggered);
        certificate->click();
        QCOMPARE(printed.count(), 1);
        auto *preview = window->findChild<CertificatePreviewDialog *>();
        QVERIFY(preview);
        delete preview;
        delete dialog;

        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const ImportReport report = SatchelTest::WalletImport(window->wallet()->path(), offline)
                                        .importPaths({QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/ob3/di-invalid-expired.json")});
        QCOMPARE(report.importedCount(), 1);
        window->gallery()->reload();
        QVERIFY(window->openDetail(report.items.first().credentialId));
        QString asked;
        whenModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text() + QLatin1Char('\n') + box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        share->trigger();
        QVERIFY2(asked.contains(QLatin1String("expired")), qPrintable(asked));
        QVERIFY(!window->findChild<ShareDialog *>());
    }

    // View > Presentation history: one window, that opens a credential's page in the main window
    // and follows a presentation logged meanwhile and the wallet opened next.
    // The Shared links window shows, and writes, the wallet it was opened on: opening another
    // wallet closes it (it kept the closed wallet's pointer and touched it on its next reload).
    void sharedLinksCloseWithTheirWallet()
    {
        auto window = openWindow(QStringLiteral("links.sqlite"));
        QVERIFY(window);
        QAction *action = nullptr;
        for (QAction *candidate : window->findChildren<QAction *>())
            if (candidate->text() == QStringLiteral("Shared li&nks…"))
                action = candidate;
        QVERIFY(action);
        action->trigger();
        QPointer<SharedLinksWindow> links = window->findChild<SharedLinksWindow *>();
        QVERIFY(links && links->isVisible());
        action->trigger(); // the same window again, not a second one
        QCOMPARE(window->findChildren<SharedLinksWindow *>().size(), 1);
        QVERIFY(window->reopenWallet(m_dir.filePath(QStringLiteral("links-other.sqlite"))));
        QVERIFY(links.isNull());
        action->trigger();
        auto *again = window->findChild<SharedLinksWindow *>();
        QVERIFY(again && again->isVisible());
    }

    void presentationHistoryFollowsTheWallet()
    {
        auto window = openWindow(QStringLiteral("history.sqlite"));
        QVERIFY(window);
        const qint64 id = storeNamed(*window->wallet(), QStringLiteral("Safe Lifting"), 1);
        PresentationLogEntry entry;
        entry.verifierDomain = QStringLiteral("verify.northbrook.example");
        entry.protocol = QStringLiteral("OpenID4VP");
        entry.outcome = QStringLiteral("sent");
        entry.at = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
        entry.credentials = {{id, QStringLiteral("Safe Lifting")}};
        QVERIFY(PresentationLogRepository(*window->wallet()).add(entry).ok());
        QAction *action = nullptr;
        for (QAction *candidate : window->findChildren<QAction *>())
            if (candidate->text() == QStringLiteral("Presentation &history…"))
                action = candidate;
        QVERIFY(action);
        action->trigger();
        auto *history = window->findChild<PresentationHistoryWindow *>();
        QVERIFY(history && history->isVisible());
        QAbstractItemModel *rows = history->view()->model();
        QCOMPARE(rows->rowCount(), 1);

        history->view()->setCurrentIndex(rows->index(0, 0, rows->index(0, 0)));
        QTest::keyClick(history->view(), Qt::Key_Return);
        QVERIFY(window->isShowingDetail());
        QCOMPARE(window->detailView()->credentialId(), id);

        // The present dialog says when it logged an answer: the open history shows it.
        entry.outcome = QStringLiteral("declined");
        entry.credentials.clear();
        QVERIFY(PresentationLogRepository(*window->wallet()).add(entry).ok());
        window->present(QStringLiteral("openid4vp://?client_id=nothing-to-read"));
        auto *present = window->findChild<PresentDialog *>();
        QVERIFY(present);
        QTRY_VERIFY(present->stage() != PresentDialog::Stage::Reading);
        Q_EMIT present->presentationLogged();
        QCOMPARE(rows->rowCount(), 2);

        QVERIFY(window->reopenWallet(m_dir.filePath(QStringLiteral("history-other.sqlite"))));
        QCOMPARE(rows->rowCount(), 0);
        QVERIFY(!history->emptyText().isEmpty());
        action->trigger();
        QCOMPARE(window->findChildren<PresentationHistoryWindow *>().size(), 1);
    }

    // A CLR's detail page in the window: its parts by name, how they fit together in words, the
    // achievement type as words. (The page is made taller for the picture, to show it whole.)
    void clrDetailNamesItsParts()
    {
        auto window = openWindow(QStringLiteral("clr.sqlite"));
        QVERIFY(window);
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const ImportReport report = SatchelTest::WalletImport(window->wallet()->path(), offline)
                                        .importPaths({QStringLiteral(SATCHEL_SOURCE_DIR "/resources/demo/credentials/ncc-learner-record.clr.json")});
        QCOMPARE(report.importedCount(), 1);
        window->gallery()->reload();
        QSignalSpy loaded(window->detailView(), &DetailView::loadFinished);
        QVERIFY(window->openDetail(report.items.first().credentialId));
        const QString html = window->detailView()->lastHtml();
        const auto named = [](const char *slug, const char *name) {
            return QStringLiteral("<strong><a href=\"https://northbrook.example.edu/achievements/%1\">%2</a></strong>")
                .arg(QLatin1String(slug), QLatin1String(name));
        };
        const QString certificate = named("cert-data-analytics", "College Certificate in Data Analytics");
        const QString spreadsheets = named("da101", "Spreadsheet Foundations for Analysts");
        const QString sql = named("da110", "SQL for Data Analysis");
        QVERIFY(html.contains(QStringLiteral("<li>%1 is part of %2</li>").arg(spreadsheets, certificate)));
        QVERIFY(html.contains(QStringLiteral("<li>%1 comes before %2</li>").arg(spreadsheets, sql)));
        QVERIFY(loaded.wait(30000));
        if (qEnvironmentVariableIsSet("SATCHEL_SCREENSHOT_DIR")) {
            window->resize(1366, 3400);
            QTest::qWait(1500);
            keepForALook(*window, QStringLiteral("detail-clr.png"));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
