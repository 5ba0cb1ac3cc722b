// The wallet's schema history: an ordered list of steps v0 -> v1 -> v2 ..., each run in one
// transaction that also records the new version, so a wallet is always at exactly one version.
// Never edit a released step; add a new one and bump Wallet::kSchemaVersion.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Satchel {

class Migrations {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Migrations)
public:
    static int latestVersion();

    // The version recorded in the database; 0 for an empty database. Error "wallet-open" when
    // the file cannot be read as SQLite.
    static Result<int> currentVersion(QSqlDatabase &db);

    // Runs every step after the current version up to target (default: the latest), each in its
    // own transaction. Errors: "wallet-newer" when the database is past target,
    // "wallet-migration" when a step fails (that step is rolled back; earlier steps stay).
    static Status migrate(QSqlDatabase &db, int targetVersion = -1);

    // The "wallet-newer" error: a wallet at schema `version`, past what this Satchel understands.
    static Error newerWallet(int version, int understood);
};

} // namespace Satchel
