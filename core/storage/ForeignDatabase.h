// Reading an SQLite file that came from outside (the wallet inside a backup) as data, never as
// code. SQLite runs what a file's schema says: a view is a query, a trigger runs on writes, a
// CHECK or index expression is evaluated. So before any query the connection is put in defensive
// mode with views and triggers off, and the file's schema (sqlite_master) must be one Satchel
// itself writes, entry for entry; every statement after that is bounded in time.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDatabase>

namespace Satchel {

class ForeignDatabase {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ForeignDatabase)
public:
    // On an open connection, before its first statement: SQLITE_DBCONFIG_DEFENSIVE, views and
    // triggers disabled, trusted_schema off, and bound() below. Error "foreign-db-open".
    static Status harden(QSqlDatabase &db, const QDeadlineTimer *deadline);
    // A progress handler that interrupts any statement once *deadline has expired (the deadline
    // must outlive the connection's use). Error "foreign-db-open" when no SQLite handle is found.
    static Status bound(QSqlDatabase &db, const QDeadlineTimer *deadline);
    // Removes bound()'s deadline, for a connection that outlives the timer (a wallet's own).
    static void unbound(QSqlDatabase &db);

    // Compares the schema with Satchel's own (the migrations' output at the recorded version,
    // plus the pathways table older versions created themselves) and returns that version.
    // Errors: "foreign-schema" (a view, a trigger, a table or index Satchel does not make, or an
    // entry written differently), "wallet-newer", "wallet-open" (unreadable).
    static Result<int> checkSchema(QSqlDatabase &db);
};

} // namespace Satchel
