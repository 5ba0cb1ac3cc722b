// PathwayStore: pathway definitions kept in the wallet's SQLite file.
#include "pathways/PathwayFormat.h"
#include "pathways/PathwayStore.h"
#include "storage/Migrations.h"
#include "storage/Wallet.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

class TestPathwayStore : public QObject {
    Q_OBJECT

    static Pathway read(const QString &name)
    {
        QFile f(QStringLiteral(SATCHEL_TEST_DATA_DIR "/pathways/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        auto p = PathwayFormat::read(f.readAll());
        if (!p)
            qFatal("%s", qPrintable(p.error().message));
        return *p;
    }

private:
    // A wallet and the pathway store on it, as the application opens them (Wallet::open migrates).
    struct Opened {
        std::unique_ptr<Wallet> wallet;
        std::unique_ptr<PathwayStore> store;
        PathwayStore *operator->() const { return store.get(); }
    };
    static Result<Opened> openStore(const QString &path)
    {
        auto wallet = Wallet::open(path);
        if (!wallet)
            return wallet.error();
        Opened opened;
        opened.wallet = std::move(wallet.value());
        opened.store = std::make_unique<PathwayStore>(*opened.wallet);
        return opened;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void putListGetRemove()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("wallet.sqlite"));
        const QDateTime at(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        {
            auto store = openStore(path);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            QVERIFY((*store)->put(read(QStringLiteral("credits.json")), QStringLiteral("credits.json"), at).ok());
            QVERIFY((*store)->put(read(QStringLiteral("all-rules.json")), QStringLiteral("all-rules.json"), at).ok());
            Pathway clr = read(QStringLiteral("nested-refs.json"));
            clr.source = QStringLiteral("clr");
            QVERIFY((*store)->put(clr, QStringLiteral("clr:urn:x"), at).ok());
        }
        auto store = openStore(path);  // reopened: the rows persisted
        QVERIFY(store.ok());
        auto list = (*store)->list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).pathway.name, QStringLiteral("Data Analytics Certificate"));  // by name
        QCOMPARE(list->at(1).pathway.name, QStringLiteral("Twelve credits in data"));
        QCOMPARE(list->at(2).pathway.source, QStringLiteral("clr"));
        QCOMPARE(list->at(2).source, QStringLiteral("clr:urn:x"));
        QCOMPARE(list->at(0).importedAt, at);

        auto got = (*store)->get(QStringLiteral("https://uni.example/pathways/credits"));
        QVERIFY(got.ok());
        QCOMPARE(PathwayFormat::write(got->pathway), PathwayFormat::write(read(QStringLiteral("credits.json"))));

        // Same id replaces.
        Pathway renamed = read(QStringLiteral("credits.json"));
        renamed.name = QStringLiteral("Renamed");
        QVERIFY((*store)->put(renamed, QStringLiteral("again"), at).ok());
        QCOMPARE((*store)->list()->size(), 3);
        QCOMPARE((*store)->get(renamed.id)->pathway.name, QStringLiteral("Renamed"));

        QVERIFY((*store)->remove(renamed.id).ok());
        QCOMPARE((*store)->get(renamed.id).error().code, QStringLiteral("pathway-not-found"));
        QCOMPARE((*store)->remove(renamed.id).error().code, QStringLiteral("pathway-not-found"));
        QCOMPARE((*store)->list()->size(), 2);
    }

    // The table is the wallet's (schema v3): a store opened first makes a complete wallet, a store
    // opened on an older wallet upgrades it, and a wallet from a newer Satchel is refused.
    void tableComesFromTheWalletSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            auto store = openStore(path);
            QVERIFY(store.ok());
        }
        {
            auto wallet = Wallet::open(path);
            QVERIFY(wallet.ok());
            QCOMPARE((*wallet)->schemaVersion(), Wallet::kSchemaVersion);
        }
        const QString old = dir.filePath(QStringLiteral("v2.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QVERIFY(Migrations::migrate(db, 2).ok());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
        {
            auto store = openStore(old);
            QVERIFY(store.ok());
            QVERIFY((*store)->list().ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2b"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QCOMPARE(Migrations::currentVersion(db).value(), Wallet::kSchemaVersion);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (99, 0)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2b"));
        auto newer = openStore(old);
        QVERIFY(!newer.ok());
        QCOMPARE(newer.error().code, QStringLiteral("wallet-newer"));
    }

    void rejectsInvalidAndReportsBrokenRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wallet.sqlite"));
        auto store = openStore(path);
        QVERIFY(store.ok());
        Pathway broken = read(QStringLiteral("credits.json"));
        broken.nodes[broken.root].children.append(broken.root);  // a cycle
        QCOMPARE((*store)->put(broken, QString()).error().code, QStringLiteral("pathway-cycle"));

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO pathways (id, definition, imported_at) VALUES ('bad', '{', '')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QStringList problems;
        auto list = (*store)->list(&problems);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 0);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).contains(QStringLiteral("bad")));
    }
};

QTEST_GUILESS_MAIN(TestPathwayStore)
#include "TestPathwayStore.moc"
