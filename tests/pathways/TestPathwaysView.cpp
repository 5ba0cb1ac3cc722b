// The Pathways view, offscreen, on a demo wallet made with satchel-cli: both demo pathways listed
// with their progress, the requirement tree, a met leaf opening its badge and a missing one its
// criteria page, "Counts toward" for the detail view, and a URL import (loopback server) that runs
// off the UI thread and shows up in the list.
#include "LoopbackHttpServer.h"
#include "pathways/PathwaysView.h"
#include "storage/Wallet.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Satchel;

class TestPathwaysView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Wallet> m_wallet;

    int cli(const QStringList &args) const
    {
        QProcess p;
        p.start(QStringLiteral(SATCHEL_CLI),
            QStringList {
                QStringLiteral("--wallet"), m_dir.filePath(QStringLiteral("w.sqlite")), QStringLiteral("--offline") }
                + args);
        if (!p.waitForFinished(120000))
            qFatal("satchel-cli did not finish");
        return p.exitCode();
    }

    static QTreeWidgetItem *find(QTreeWidget *tree, const QString &prefix)
    {
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->text(0).startsWith(prefix))
                return *it;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(
            cli({ QStringLiteral("import"), QStringLiteral(SATCHEL_SOURCE_DIR "/resources/demo/credentials") }), 0);
        QCOMPARE(cli({ QStringLiteral("pathways"), QStringLiteral("import"),
                     QStringLiteral(SATCHEL_SOURCE_DIR "/resources/pathways/demo-data-analytics-certificate.json"),
                     QStringLiteral(SATCHEL_SOURCE_DIR "/resources/pathways/demo-workforce-credits.json") }),
            0);
        auto wallet = Wallet::open(m_dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(wallet.ok());
        m_wallet = std::move(wallet.value());
    }

    void listTreeAndLinks()
    {
        PathwaysView view;
        view.setWallet(m_wallet.get());
        view.resize(1100, 700);
        view.show();
        QVERIFY(view.isLoading()); // the credentials are read off the UI thread
        view.waitForLoaded();
        QVERIFY(!view.isLoading());
        QCOMPARE(view.pathwayCount(), 2);
        QCOMPARE(view.pathwayList()->topLevelItemCount(), 2);
        QCOMPARE(view.pathwayList()->topLevelItem(0)->text(0), QStringLiteral("College Certificate in Data Analytics"));
        QCOMPARE(view.pathwayList()->topLevelItem(0)->text(1), QStringLiteral("Northbrook Community College"));

        QVERIFY(
            view.selectPathway(QStringLiteral("https://northbrook.example.edu/pathways/data-analytics-certificate")));
        QTreeWidget *tree = view.requirementTree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        // Its transcript covers the four micro-credentials that count (the capstone is missing).
        QCOMPARE(view.countingCredentials(0).size(), 4);
        QTreeWidgetItem *da101 = find(tree, QStringLiteral("DA101"));
        QVERIFY(da101);
        QCOMPARE(da101->text(1), QStringLiteral("Met"));
        QTreeWidgetItem *capstone = find(tree, QStringLiteral("DA290"));
        QVERIFY(capstone);
        QCOMPARE(capstone->text(1), QStringLiteral("Not met"));
        QVERIFY(capstone->text(0).contains(QStringLiteral("next")));

        QSignalSpy opened(&view, &PathwaysView::credentialActivated);
        QSignalSpy links(&view, &PathwaysView::linkRequested);
        Q_EMIT tree->itemActivated(da101, 0);
        QCOMPARE(opened.size(), 1);
        const qint64 id = opened.first().first().toLongLong();
        QCOMPARE(m_wallet->credential(id)->summary.achievementId,
            QStringLiteral("https://northbrook.example.edu/achievements/da101"));
        Q_EMIT tree->itemActivated(capstone, 0);
        QCOMPARE(links.size(), 1);
        QCOMPARE(
            links.first().first().toUrl(), QUrl(QStringLiteral("https://northbrook.example.edu/achievements/da290")));

        const QList<PathwayCountsToward> toward = view.countsToward(id);
        QCOMPARE(toward.size(), 2); // DA101 counts toward both demo pathways

        // A change to the credentials: read again in the background, the selection kept, and
        // what is shown meanwhile is the last reading, not an empty view.
        QSignalSpy updated(&view, &PathwaysView::progressUpdated);
        view.invalidate();
        QVERIFY(view.isLoading());
        QCOMPARE(view.pathwayCount(), 2);
        QCOMPARE(view.countsToward(id).size(), 2);
        QVERIFY(updated.wait(20000));
        QCOMPARE(updated.size(), 1);
        QCOMPARE(view.pathwayCount(), 2);
        QCOMPARE(view.pathwayList()->currentItem()->text(0), QStringLiteral("College Certificate in Data Analytics"));
    }

    void importFromUrlOffTheUiThread()
    {
        QFile file(QStringLiteral(SATCHEL_SOURCE_DIR "/resources/pathways/demo-workforce-credits.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray body = file.readAll();
        body.replace("urn:satchel:demo:pathway:workforce-technology-credits", "urn:test:ui-url");
        body.replace("Workforce Technology Credits", "Fetched Credits");
        Satchel::Test::LoopbackHttpServer server;
        QVERIFY(server.start(0));
        server.setRoute(QStringLiteral("/p.json"), 200, "application/json", body);

        PathwaysView view;
        view.setWallet(m_wallet.get());
        view.show();
        view.waitForLoaded();
        QSignalSpy changed(&view, &PathwaysView::pathwaysChanged);
        view.importFromUrl(server.url(QStringLiteral("/p.json")));
        QVERIFY(view.isImporting() || changed.size() == 1);
        QVERIFY(changed.wait(20000) || changed.size() == 1);
        QCOMPARE(view.pathwayCount(), 3);
        QVERIFY(view.selectPathway(QStringLiteral("urn:test:ui-url")));
        QCOMPARE(view.pathwayList()->currentItem()->text(0), QStringLiteral("Fetched Credits (12 credits)"));
    }
};

QTEST_MAIN(TestPathwaysView)
#include "TestPathwaysView.moc"
