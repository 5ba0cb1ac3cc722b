#include "SelfTest.h"

#include "detail/DetailView.h"
#include "gallery/CredentialListModel.h"
#include "gallery/GalleryView.h"
#include "gallery/ThumbnailCache.h"
#include "importer/ImportDialog.h"
#include "io/HtmlEscape.h"
#include "main/MainWindow.h"
#include "pathways/PathwaysView.h"
#include "settings/SettingsDialog.h"
#include "share/ShareDialog.h"
#include "storage/Wallet.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMap>
#include <QTimer>
#include <QElapsedTimer>
#include <QListView>
#include <QPixmap>
#include <QTableView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace Satchel {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool fail(const QString &message)
{
    out() << "self-test: FAIL " << message << Qt::endl;
    return false;
}

void settle(int ms)
{
    SelfTest::waitUntil([] { return false; }, ms);
}

bool saveGrab(QWidget &widget, const QString &path)
{
    const QPixmap pixmap = widget.grab();
    if (pixmap.isNull() || !pixmap.save(path))
        return fail(QStringLiteral("could not save screenshot %1").arg(path));
    out() << "self-test: screenshot " << path << " " << pixmap.width() << "x" << pixmap.height() << Qt::endl;
    return true;
}

bool waitThumbnails(MainWindow &window)
{
    // Let the views request what is visible, then wait for the pool to deliver it.
    settle(50);
    ThumbnailCache *cache = window.gallery()->thumbnails();
    const bool idle = SelfTest::waitUntil([cache] { return cache->pendingCount() == 0; }, 10000);
    settle(50);
    return idle;
}

bool openDetail(MainWindow &window, qint64 id, int *loadMs)
{
    QElapsedTimer timer;
    timer.start();
    bool finished = false;
    bool ok = false;
    auto connection = QObject::connect(window.detailView(), &DetailView::loadFinished, window.detailView(),
                                       [&](bool success) { finished = true; ok = success; });
    const bool opened = window.openDetail(id);
    const bool done = opened && SelfTest::waitUntil([&] { return finished; }, 30000);
    QObject::disconnect(connection);
    if (loadMs)
        *loadMs = int(timer.elapsed());
    if (!opened)
        return fail(QStringLiteral("could not open credential %1").arg(id));
    if (!done)
        return fail(QStringLiteral("detail view of credential %1 did not finish loading").arg(id));
    if (!ok)
        return fail(QStringLiteral("detail view of credential %1 failed to load").arg(id));
    settle(100);
    return true;
}

} // namespace

bool SelfTest::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

int SelfTest::run(MainWindow &window, const Options &options)
{
    QElapsedTimer total;
    total.start();
    window.show();
    settle(100);
    GalleryView *gallery = window.gallery();
    // What an unfiltered gallery must show: every row except the copies inside a CLR of
    // credentials also held on their own (Wallet::list lists those once).
    const Result<QList<qint64>> listed = window.wallet() ? window.wallet()->matchingIds(CredentialQuery{})
                                                         : Result<QList<qint64>>(QList<qint64>());
    const int count = listed.ok() ? int(listed->size()) : -1;
    out() << "self-test: wallet " << (window.wallet() ? window.wallet()->path() : QString()) << " holds "
          << (window.wallet() ? window.wallet()->count() : 0) << " rows, " << count
          << " to show; gallery shows " << gallery->shownCount() << Qt::endl;

    bool ok = true;
    if (options.runChecks) {
        if (!window.wallet())
            ok = fail(QStringLiteral("no wallet is open"));
        if (options.expectCredentials && count == 0)
            ok = fail(QStringLiteral("the demo wallet is empty"));
        if (gallery->shownCount() != count)
            ok = fail(QStringLiteral("gallery shows %1 of %2 credentials").arg(gallery->shownCount()).arg(count));
    }
    ok = verifyAllOffline(window, options, count) && ok;
    if (!waitThumbnails(window))
        ok = fail(QStringLiteral("thumbnails did not finish loading"));
    if (!options.screenshot.isEmpty())
        ok = saveGrab(window, options.screenshot) && ok;
    ok = checkListView(window, options, count) && ok;
    ok = checkDetail(window, options) && ok;
    ok = checkPathways(window, options) && ok;
    ok = checkDialogsAndSearch(window, options, count) && ok;

    out() << "self-test: " << (ok ? "ok" : "FAILED") << " in " << total.elapsed() << " ms" << Qt::endl;
    return ok ? 0 : 1;
}

bool SelfTest::verifyAllOffline(MainWindow &window, const Options &options, int count)
{
    bool ok = true;
    // Verify everything the way "Verify all" does (worker threads, progress in the status bar),
    // offline (main() sets the network mode offline for headless runs: tests never touch the
    // network). The cards then show real statuses.
    if (options.verify && count > 0) {
        QElapsedTimer verifyClock;
        verifyClock.start();
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::verificationFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        if (window.startVerification({}, true))
            loop.exec();
        QMap<QString, int> statuses;
        CredentialQuery topLevel;
        topLevel.includeNested = false;
        if (auto rows = window.wallet()->list(topLevel)) {
            for (const CredentialSummary &row : std::as_const(rows.value()))
                ++statuses[row.status.isEmpty() ? QStringLiteral("not verified") : row.status];
        }
        QStringList parts;
        for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        out() << "self-test: verified offline in " << verifyClock.elapsed() << " ms: " << parts.join(QStringLiteral(", "))
              << Qt::endl;
        if (options.runChecks && (window.isVerifying() || statuses.contains(QStringLiteral("not verified"))))
            ok = fail(QStringLiteral("Verify all left credentials unverified"));
        if (options.runChecks && statuses.contains(QStringLiteral("invalid")))
            ok = fail(QStringLiteral("a demo credential verified as invalid"));
    }
    return ok;
}

bool SelfTest::checkListView(MainWindow &window, const Options &options, int count)
{
    GalleryView *gallery = window.gallery();
    if (!(options.runChecks || !options.screenshotList.isEmpty()))
        return true;
    bool ok = true;
    gallery->setMode(GalleryView::List);
    settle(100);
    waitThumbnails(window);
    if (gallery->listWidget()->isHidden() || !gallery->listWidget()->isVisible())
        if (count > 0)
            ok = fail(QStringLiteral("the list view is not shown"));
    if (!options.screenshotList.isEmpty())
        ok = saveGrab(window, options.screenshotList) && ok;
    gallery->setMode(GalleryView::Gallery);
    settle(50);
    return ok;
}

bool SelfTest::checkDetail(MainWindow &window, const Options &options)
{
    GalleryView *gallery = window.gallery();
    bool ok = true;
    const qint64 detailId = options.detailId > 0 ? options.detailId : gallery->firstCredentialId();
    if ((options.runChecks || !options.screenshotDetail.isEmpty()) && detailId > 0) {
        int loadMs = 0;
        // Pathway progress is read in the background; have it in before the page is checked.
        window.pathwaysView()->countsToward(detailId);
        window.pathwaysView()->waitForLoaded();
        if (openDetail(window, detailId, &loadMs)) {
            out() << "self-test: detail view of credential " << detailId << " loaded in " << loadMs << " ms" << Qt::endl;
            if (options.runChecks && window.detailView()->lastHtml().isEmpty())
                ok = fail(QStringLiteral("the detail page is empty"));
            const QList<PathwayCountsToward> toward = window.pathwaysView()->countsToward(detailId);
            if (options.runChecks && !toward.isEmpty()
                && !window.detailView()->lastHtml().contains(HtmlEscape::escape(toward.first().pathwayName)))
                ok = fail(QStringLiteral("the detail page does not say which pathways the credential counts toward"));
            if (!options.screenshotDetail.isEmpty())
                ok = saveGrab(window, options.screenshotDetail) && ok;
            if (options.runChecks) { // the Share dialog opens on it with a LinkedIn link ready
                ShareDialog share(window.wallet(), detailId, &window);
                const ShareLink *linkedIn = share.links().link(QStringLiteral("linkedin-profile"));
                if (!share.isLoaded() || !linkedIn || !linkedIn->available)
                    ok = fail(QStringLiteral("the Share dialog has no LinkedIn link: %1").arg(share.loadError()));
                else
                    out() << "self-test: share links for credential " << detailId << ": "
                          << share.links().links.size() << Qt::endl;
            }
        } else {
            ok = false;
        }
        window.showGallery();
        settle(50);
    }
    return ok;
}

bool SelfTest::checkPathways(MainWindow &window, const Options &options)
{
    if (!(options.runChecks || !options.screenshotPathways.isEmpty()))
        return true;
    bool ok = true;
    window.showPathways();
    window.pathwaysView()->waitForLoaded();
    settle(100);
    PathwaysView *pathways = window.pathwaysView();
    out() << "self-test: pathways view shows " << pathways->pathwayCount() << " pathways" << Qt::endl;
    if (options.runChecks && !pathways->isVisible())
        ok = fail(QStringLiteral("the pathways view is not shown"));
    if (options.runChecks && options.expectCredentials && pathways->pathwayCount() < 2)
        ok = fail(QStringLiteral("the demo wallet shows %1 pathways, expected 2").arg(pathways->pathwayCount()));
    if (options.runChecks && pathways->pathwayCount() > 0 && pathways->requirementTree()->topLevelItemCount() == 0)
        ok = fail(QStringLiteral("the selected pathway shows no requirement tree"));
    if (!options.pathwayId.isEmpty() && !pathways->selectPathway(options.pathwayId))
        ok = fail(QStringLiteral("no pathway has the id %1").arg(options.pathwayId));
    // The first "next" suggestion selected, so the picture shows a requirement's details too.
    QTreeWidget *tree = pathways->requirementTree();
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0).contains(QStringLiteral("←"))) {
            tree->setCurrentItem(*it);
            break;
        }
    }
    settle(50);
    if (!options.screenshotPathways.isEmpty())
        ok = saveGrab(window, options.screenshotPathways) && ok;
    window.showGallery();
    settle(50);
    return ok;
}

bool SelfTest::checkDialogsAndSearch(MainWindow &window, const Options &options, int count)
{
    GalleryView *gallery = window.gallery();
    if (!(options.runChecks))
        return true;
    bool ok = true;
    ImportDialog *dialog = window.importDialog();
    dialog->show();
    settle(100);
    if (!dialog->isVisible())
        ok = fail(QStringLiteral("the import dialog did not open"));
    dialog->hide();

    SettingsDialog *settings = window.createSettingsDialog();
    settings->show();
    settle(100);
    if (!settings->isVisible())
        ok = fail(QStringLiteral("the settings dialog did not open"));
    settings->close();
    settle(50);

    // Search round trip: a query that cannot match, then back to everything.
    gallery->setSearchText(QStringLiteral("zqxjkvw"));
    if (gallery->shownCount() != 0)
        ok = fail(QStringLiteral("a search for nonsense still shows %1 credentials").arg(gallery->shownCount()));
    gallery->setSearchText(QString());
    if (gallery->shownCount() != count)
        ok = fail(QStringLiteral("clearing the search shows %1 of %2").arg(gallery->shownCount()).arg(count));
    return ok;
}

} // namespace Satchel
