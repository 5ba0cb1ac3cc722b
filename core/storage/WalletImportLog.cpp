// Wallet: the import history, what the import dialog and `satchel-cli import` reported.
#include "Wallet.h"
#include "WalletPrivate.h"

namespace Satchel {

using namespace WalletSql;

Status Wallet::logImport(const QString &source, const QString &outcome, qint64 credentialId,
                         const QString &message)
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("INSERT INTO import_log(at, source, outcome, credential_id, message)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                {QDateTime::currentMSecsSinceEpoch(), source, outcome, nullableId(credentialId), message})) {
        return d->sqlError(q, tr("Could not record the import."));
    }
    return {};
}

QList<ImportLogEntry> Wallet::importLog(int limit) const
{
    QList<ImportLogEntry> result;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT id, at, source, outcome, credential_id, message FROM import_log"
                                 " ORDER BY at DESC, id DESC LIMIT ?"), {limit})) {
        while (q.next()) {
            result.append({q.value(0).toLongLong(), timeFromMs(q.value(1)), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString()});
        }
    }
    return result;
}

} // namespace Satchel
