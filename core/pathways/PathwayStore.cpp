#include "pathways/PathwayStore.h"

#include "pathways/PathwayFormat.h"
#include "storage/Migrations.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Satchel {

class PathwayStore::Private {
public:
    QString connection;
    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
};

namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("pathway-store-sql"),
                 PathwayStore::tr("Could not access the pathways in the wallet: %1").arg(q.lastError().text())};
}

Result<StoredPathway> fromRow(const QSqlQuery &q)
{
    auto pathway = PathwayFormat::read(q.value(1).toString().toUtf8());
    if (!pathway)
        return pathway.error();
    StoredPathway s;
    s.pathway = *pathway;
    s.pathway.source = q.value(4).toString().isEmpty() ? s.pathway.source : q.value(4).toString();
    s.source = q.value(2).toString();
    s.importedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    return s;
}

} // namespace

PathwayStore::PathwayStore() : d(std::make_unique<Private>()) {}

PathwayStore::~PathwayStore()
{
    if (d && !d->connection.isEmpty()) {
        {
            QSqlDatabase db = d->db();
            db.close();
        }
        QSqlDatabase::removeDatabase(d->connection);
    }
}

Result<std::unique_ptr<PathwayStore>> PathwayStore::open(const QString &walletPath)
{
    static QAtomicInteger<quint64> counter;
    std::unique_ptr<PathwayStore> store(new PathwayStore());
    store->d->connection = QStringLiteral("satchel-pathways-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->d->connection);
    db.setDatabaseName(walletPath);
    // The wallet may be busy with another connection's transaction; wait rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{QStringLiteral("pathway-store-open"),
                     tr("Could not open the wallet %1: %2").arg(walletPath, db.lastError().text())};
    // The table belongs to the wallet's schema (v3): migrating here too means a store opened
    // before the Wallet (or on an old file) still finds it, and there is one definition of it.
    if (auto migrated = Migrations::migrate(db); !migrated)
        return migrated.error();
    return store;
}

Status PathwayStore::put(const Pathway &pathway, const QString &source, const QDateTime &at)
{
    const Status valid = PathwayFormat::validate(pathway);
    if (!valid)
        return valid;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO pathways (id, definition, source, imported_at, kind) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(pathway.id);
    q.addBindValue(QString::fromUtf8(PathwayFormat::write(pathway)));
    q.addBindValue(source);
    q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(pathway.source.isEmpty() ? QStringLiteral("satchel") : pathway.source);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status PathwayStore::remove(const QString &id)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("DELETE FROM pathways WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("pathway-not-found"), tr("No pathway has the id %1").arg(id)};
    return {};
}

Result<QList<StoredPathway>> PathwayStore::list(QStringList *problems) const
{
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, definition, source, imported_at, kind FROM pathways")))
        return sqlError(q);
    QList<StoredPathway> out;
    while (q.next()) {
        auto row = fromRow(q);
        if (row)
            out.append(*row);
        else if (problems)
            *problems << tr("The stored pathway %1 could not be read: %2").arg(q.value(0).toString(), row.error().message);
    }
    std::sort(out.begin(), out.end(), [](const StoredPathway &a, const StoredPathway &b) {
        const int byName = QString::localeAwareCompare(a.pathway.name, b.pathway.name);
        return byName != 0 ? byName < 0 : a.pathway.id < b.pathway.id;
    });
    return out;
}

Result<StoredPathway> PathwayStore::get(const QString &id) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT id, definition, source, imported_at, kind FROM pathways WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error{QStringLiteral("pathway-not-found"), tr("No pathway has the id %1").arg(id)};
    return fromRow(q);
}

} // namespace Satchel
