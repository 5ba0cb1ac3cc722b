#include "WalletSnapshot.h"

#include "ForeignDatabase.h"
#include "Migrations.h"
#include "ScopedConnection.h"
#include "Wallet.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Satchel {

Status WalletSnapshot::copy(const QString &walletPath, const QString &copyPath)
{
    // VACUUM INTO on a connection of our own opened read-only: the wallet may stay open in the GUI
    // while it runs, and no sqlite3 handle is needed from QtSql.
    ScopedConnection connection(QStringLiteral("satchel-backup-snapshot"), walletPath,
                                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connection.isOpen())
        return Error{QStringLiteral("snapshot-copy"), connection.error()};
    QSqlQuery q(connection.db());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return Error{QStringLiteral("snapshot-copy"), q.lastError().text()};
    q.addBindValue(copyPath);
    if (!q.exec())
        return Error{QStringLiteral("snapshot-copy"), q.lastError().text()};
    return {};
}

Result<std::unique_ptr<Wallet>> WalletSnapshot::open(const QString &copyPath)
{
    return Wallet::open(copyPath);
}

Status WalletSnapshot::prepare(const QString &path, const QDeadlineTimer &deadline)
{
    ScopedConnection snapshot(QStringLiteral("satchel-backup-merge"), path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!snapshot.isOpen())
        return Error{QStringLiteral("snapshot-open"), snapshot.error()};
    QSqlDatabase &db = snapshot.db();
    // Even an authenticated file is data, not code (a passphrase proves who sealed it, not what
    // it holds): nothing its schema defines may run, and its schema must be Satchel's own before
    // anything else is read. A view or trigger could otherwise loop, grow the wallet or make up rows.
    if (auto hardened = ForeignDatabase::harden(db, &deadline); !hardened)
        return Error{QStringLiteral("snapshot-harden"), hardened.error().message};
    if (auto schema = ForeignDatabase::checkSchema(db); !schema) {
        if (schema.error().code == QLatin1String("wallet-newer"))
            return schema.error();
        return Error{QStringLiteral("snapshot-unsafe"), schema.error().message};
    }
    {
        // Authenticated bytes can still come from a damaged wallet: check before trusting its rows.
        QSqlQuery check(db);
        if (!check.prepare(QStringLiteral("PRAGMA quick_check")) || !check.exec() || !check.next()
            || check.value(0).toString() != QLatin1String("ok")) {
            return Error{QStringLiteral("snapshot-damaged"), check.lastError().text()};
        }
    }
    auto version = Migrations::currentVersion(db);
    if (!version || *version < 1)
        return Error{QStringLiteral("snapshot-not-wallet"), QString()};
    // A backup from an older Satchel is brought up to this version's schema before merging.
    return Migrations::migrate(db, Wallet::kSchemaVersion);
}

} // namespace Satchel
