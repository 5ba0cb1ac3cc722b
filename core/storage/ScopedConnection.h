// A named QtSql connection to a file that is not opened as a Wallet (a wallet read-only for a
// snapshot, the SQLite file inside a backup), removed however the scope that made it ends.
// Only core/storage uses it.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Satchel {

class ScopedConnection {
public:
    // prefix names the connection ("satchel-backup-snapshot"); options are QSQLITE's
    // ("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000").
    ScopedConnection(const QString &prefix, const QString &path, const QString &options);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }  // the driver's words when it did not open
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

} // namespace Satchel
