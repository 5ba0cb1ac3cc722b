// Wallet: opening the file (connection, pragmas, migrations), closing it, and the deferred
// search index of bulk imports. The rest of Wallet is split by concern: WalletStore, WalletQueries,
// WalletVersions, WalletTags, WalletIdentities, WalletDocuments, WalletImportLog, WalletSettings,
// WalletSharing.
#include "Wallet.h"

#include "Migrations.h"
#include "WalletPrivate.h"
#include "storage/Logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>

namespace Satchel {

using namespace WalletSql;

namespace {

QAtomicInteger<quint64> s_connectionCounter;

} // namespace

bool Wallet::Private::indexMissing(const QList<qint64> &ids) const
{
    QSqlQuery *q = nullptr;
    if (ids.isEmpty())
        return runCached(q, QString::fromLatin1(kIndexMissingFts), {QVariant(), QVariant()});
    // The pending rows are known to be unindexed (refreshFts() drops a row it indexes from the
    // list; a rolled-back or deleted row selects nothing), so no per-row probe of the index. A
    // rolled-back id may have been reused by a later row: index each id once.
    QList<qint64> unique = ids;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (qint64 id : std::as_const(unique)) {
        if (!runCached(q, QString::fromLatin1(kRefreshFts), {id}))
            return false;
    }
    return true;
}

Wallet::Wallet() : d(std::make_unique<Private>()) {}

Wallet::~Wallet()
{
    // On failure the pending mark stays and open() repairs it.
    if (!d->pendingFts.isEmpty()) {
        if (const Status flushed = flushSearchIndex(); !flushed)
            qCInfo(lcStorage) << "search index flush on close failed:" << flushed.error().message;
    }
    if (!d->connectionName.isEmpty()) {
        d->statements.clear();
        d->m_failed.reset();
        d->db.close();
        d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->connectionName);
    }
}

Result<std::unique_ptr<Wallet>> Wallet::open(const QString &path)
{
    std::unique_ptr<Wallet> wallet(new Wallet);
    Private &d = *wallet->d;
    d.path = path;
    d.connectionName = QStringLiteral("satchel-wallet-%1").arg(++s_connectionCounter);
    d.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d.connectionName);
    if (!d.db.isValid()) {
        return Error{QStringLiteral("wallet-open"),
                     tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).")};
    }
    // The messages say why without naming the file: WalletFile::open, the way in from outside
    // storage, puts them in one sentence with the path (and refuses a folder before SQLite does).
    if (path != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(path).absolutePath());
    d.db.setDatabaseName(path);
    if (!d.db.open()) {
        return Error{QStringLiteral("wallet-open"), d.db.lastError().text()};
    }
    QSqlQuery q(d.db);
    // journal_mode answers with a row; a file that is not SQLite fails here.
    // A 16 MB page cache and memory-mapped reads keep a 10,000-credential gallery off pread();
    // checkpointing every 16 MB of WAL rather than 4 MB cuts the rewrites of hot index pages
    // during a large import.
    for (const char *pragma : {"PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON",
                               "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA cache_size = -16384", "PRAGMA mmap_size = 268435456",
                               "PRAGMA temp_store = MEMORY", "PRAGMA wal_autocheckpoint = 4000"}) {
        if (!d.run(q, QString::fromLatin1(pragma))) {
            return Error{QStringLiteral("wallet-open"), q.lastError().text()};
        }
    }
    if (auto st = Migrations::migrate(d.db, kSchemaVersion); !st)
        return st.error();
    auto version = Migrations::currentVersion(d.db);
    if (!version)
        return version.error();
    d.version = *version;
    if (wallet->setting(QLatin1String(kSearchPendingKey)) == QLatin1String("1")) {
        // The last bulk import ended before it indexed everything (a crash): catch up now.
        if (!d.begin())
            return Error{QStringLiteral("wallet-open"), tr("The wallet is busy or read-only.")};
        const bool indexed = d.indexMissing({})
            && d.run(q, QStringLiteral("DELETE FROM settings WHERE key = ?"), {QLatin1String(kSearchPendingKey)});
        d.commitOrRollback(indexed);
    }
    return wallet;
}

void Wallet::setDeferSearchIndexing(bool defer)
{
    if (!defer && !d->pendingFts.isEmpty()) {
        if (const Status flushed = flushSearchIndex(); !flushed)
            qCInfo(lcStorage) << "search index flush failed:" << flushed.error().message;
    }
    d->deferFts = defer;
}

Status Wallet::flushSearchIndex()
{
    if (d->pendingFts.isEmpty())
        return {};
    if (!d->begin())
        return Error{QStringLiteral("wallet-write"), tr("The wallet is busy or read-only.")};
    QSqlQuery *q = nullptr;
    const bool indexed = d->indexMissing(d->pendingFts)
        && d->runCached(q, QStringLiteral("DELETE FROM settings WHERE key = ?"), {QLatin1String(kSearchPendingKey)});
    d->commitOrRollback(indexed);
    if (!indexed)
        return Error{QStringLiteral("wallet-write"), tr("Could not index the credentials for search.")};
    d->pendingFts.clear();
    d->pendingMarked = false;
    return {};
}

QString Wallet::path() const
{
    return d->path;
}

int Wallet::schemaVersion() const
{
    return d->version;
}

} // namespace Satchel
