#include "PathwayRepository.h"

#include "WalletPrivate.h"

namespace Satchel {

namespace {

const char kColumns[] = "id, definition, source, imported_at, kind";

// imported_at is ISO 8601 text with milliseconds (the table predates the wallet's epoch-ms
// columns: PathwayStore made it before schema v3).
PathwayRecord recordFrom(const QSqlQuery &q)
{
    PathwayRecord record;
    record.id = q.value(0).toString();
    record.definition = q.value(1).toString().toUtf8();
    record.source = q.value(2).toString();
    record.importedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    record.kind = q.value(4).toString();
    return record;
}

Error sqlError(const QString &code, const QSqlQuery &q)
{
    return Error{code, q.lastError().text()};
}

} // namespace

PathwayRepository::PathwayRepository(Wallet &wallet) : m_wallet(wallet) {}

Status PathwayRepository::put(const PathwayRecord &record)
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    if (!d.run(q, QStringLiteral("INSERT OR REPLACE INTO pathways (id, definition, source, imported_at, kind)"
                                 " VALUES (?, ?, ?, ?, ?)"),
               {record.id, QString::fromUtf8(record.definition), record.source,
                record.importedAt.toUTC().toString(Qt::ISODateWithMs), record.kind})) {
        return sqlError(QStringLiteral("wallet-write"), q);
    }
    return {};
}

Result<bool> PathwayRepository::remove(const QString &id)
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    if (!d.run(q, QStringLiteral("DELETE FROM pathways WHERE id = ?"), {id}))
        return sqlError(QStringLiteral("wallet-write"), q);
    return q.numRowsAffected() > 0;
}

Result<QList<PathwayRecord>> PathwayRepository::all() const
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    if (!d.run(q, QStringLiteral("SELECT %1 FROM pathways").arg(QLatin1String(kColumns))))
        return sqlError(QStringLiteral("wallet-read"), q);
    QList<PathwayRecord> records;
    while (q.next())
        records.append(recordFrom(q));
    return records;
}

Result<std::optional<PathwayRecord>> PathwayRepository::find(const QString &id) const
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    if (!d.run(q, QStringLiteral("SELECT %1 FROM pathways WHERE id = ?").arg(QLatin1String(kColumns)), {id}))
        return sqlError(QStringLiteral("wallet-read"), q);
    if (!q.next())
        return std::optional<PathwayRecord>();
    return std::optional<PathwayRecord>(recordFrom(q));
}

} // namespace Satchel
