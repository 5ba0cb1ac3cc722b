// Wallet: key/value settings kept inside the wallet file (not QSettings: they travel with
// backups).
#include "Wallet.h"
#include "WalletPrivate.h"

namespace Satchel {

Status Wallet::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"), {key, value}))
        return d->sqlError(q, tr("Could not save the setting %1.").arg(key));
    return {};
}

QString Wallet::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) && q.next())
        return q.value(0).toString();
    return fallback;
}

} // namespace Satchel
