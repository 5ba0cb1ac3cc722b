#include "ForeignDatabase.h"

#include "Migrations.h"

#include <QAtomicInteger>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <mutex>
#include <vector>

namespace Satchel {

namespace {

QAtomicInteger<quint64> s_referenceCounter;

// One row of sqlite_master, rootpage aside: what the schema says, not where it is stored.
struct SchemaEntry {
    QString type;
    QString name;
    QString table;
    QString sql; // empty for automatic indexes
    QString key() const { return type + QChar(0x1f) + name + QChar(0x1f) + table + QChar(0x1f) + sql; }
};

// PathwayStore created this table itself before migration v3 took it over (same columns,
// written on one line); a wallet upgraded since keeps that text.
const char kLegacyPathwaysSql[]
    = "CREATE TABLE pathways (id TEXT PRIMARY KEY NOT NULL, definition TEXT NOT NULL, source TEXT NOT NULL "
      "DEFAULT '', imported_at TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'satchel')";

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

int progress(void *deadline)
{
    return static_cast<const QDeadlineTimer *>(deadline)->hasExpired() ? 1 : 0;
}

Result<std::vector<SchemaEntry>> readSchema(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master")) || !q.exec())
        return Error{QStringLiteral("wallet-open"),
                     ForeignDatabase::tr("The database's schema cannot be read: %1").arg(q.lastError().text())};
    std::vector<SchemaEntry> entries;
    while (q.next())
        entries.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return entries;
}

// Satchel's schema at each version, made once by running the migrations on an empty database.
const QHash<int, QSet<QString>> &referenceSchemas()
{
    static QHash<int, QSet<QString>> schemas;
    static std::once_flag once;
    std::call_once(once, [] {
        const QString name = QStringLiteral("satchel-reference-schema-%1").arg(++s_referenceCounter);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open()) {
                for (int version = 1; version <= Migrations::latestVersion(); ++version) {
                    if (!Migrations::migrate(db, version))
                        break;
                    auto entries = readSchema(db);
                    if (!entries)
                        break;
                    QSet<QString> &keys = schemas[version];
                    for (const SchemaEntry &e : *entries)
                        keys.insert(e.key());
                    keys.insert(SchemaEntry{QStringLiteral("table"), QStringLiteral("pathways"), QStringLiteral("pathways"),
                                            QString::fromLatin1(kLegacyPathwaysSql)}.key());
                    keys.insert(SchemaEntry{QStringLiteral("index"), QStringLiteral("sqlite_autoindex_pathways_1"),
                                            QStringLiteral("pathways"), QString()}.key());
                }
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    });
    return schemas;
}

Error foreignEntry(const SchemaEntry &entry)
{
    const QString name = Error::excerpt(entry.name);
    if (entry.type == QLatin1String("view"))
        return Error{QStringLiteral("foreign-schema"),
                     ForeignDatabase::tr("The wallet file defines a view (\"%1\"); Satchel's wallets have none.").arg(name)};
    if (entry.type == QLatin1String("trigger"))
        return Error{QStringLiteral("foreign-schema"),
                     ForeignDatabase::tr("The wallet file defines a trigger (\"%1\") that Satchel does not make.").arg(name)};
    return Error{QStringLiteral("foreign-schema"),
                 ForeignDatabase::tr("The wallet file holds a table or index (\"%1\") that is not part of Satchel's "
                                     "wallet schema, or is defined differently.")
                     .arg(name)};
}

} // namespace

Status ForeignDatabase::bound(QSqlDatabase &db, const QDeadlineTimer *deadline)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Error{QStringLiteral("foreign-db-open"), tr("The database is not an open SQLite connection.")};
    // Every 10,000 virtual-machine steps: a few hundred microseconds, so an expired deadline
    // stops any statement at once.
    sqlite3_progress_handler(handle, 10000, &progress, const_cast<QDeadlineTimer *>(deadline));
    return {};
}

void ForeignDatabase::unbound(QSqlDatabase &db)
{
    if (sqlite3 *handle = handleOf(db))
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
}

Status ForeignDatabase::harden(QSqlDatabase &db, const QDeadlineTimer *deadline)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Error{QStringLiteral("foreign-db-open"), tr("The database is not an open SQLite connection.")};
    int on = 0;
    // Each call must succeed: a connection that is not hardened is not used.
    const bool ok = sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &on) == SQLITE_OK && on == 1
        && sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &on) == SQLITE_OK && on == 0
        && sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &on) == SQLITE_OK && on == 0
        && sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on) == SQLITE_OK && on == 0;
    if (!ok)
        return Error{QStringLiteral("foreign-db-open"), tr("SQLite refused to open the database defensively.")};
    return bound(db, deadline);
}

Result<int> ForeignDatabase::checkSchema(QSqlDatabase &db)
{
    const QHash<int, QSet<QString>> &references = referenceSchemas();
    if (references.size() != Migrations::latestVersion())
        return Error{QStringLiteral("wallet-open"), tr("Satchel's own wallet schema could not be built.")};
    QSet<QString> known;
    for (const QSet<QString> &keys : references)
        known.unite(keys);
    auto entries = readSchema(db);
    if (!entries)
        return entries.error();
    const auto versionTable = std::find_if(entries->begin(), entries->end(), [](const SchemaEntry &e) {
        return e.name == QLatin1String("schema_version");
    });
    // Only the plain table Satchel makes is read (views are off, and it has no expressions): a
    // wallet from a newer Satchel is told apart from a foreign file before its schema is judged.
    if (versionTable == entries->end() || !known.contains(versionTable->key()))
        return Error{QStringLiteral("foreign-schema"), tr("The database is not a Satchel wallet.")};
    auto version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    if (*version > Migrations::latestVersion())
        return Migrations::newerWallet(*version, Migrations::latestVersion());
    if (*version < 1)
        return Error{QStringLiteral("foreign-schema"), tr("The database is not a Satchel wallet.")};
    // Each entry must belong to the recorded version, not merely to some version.
    const QSet<QString> &expected = references.value(*version);
    for (const SchemaEntry &entry : *entries) {
        if (!expected.contains(entry.key()))
            return foreignEntry(entry);
    }
    return *version;
}

} // namespace Satchel
