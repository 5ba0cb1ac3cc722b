#include "ScopedConnection.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace Satchel {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

} // namespace

ScopedConnection::ScopedConnection(const QString &prefix, const QString &path, const QString &options)
    : m_name(QStringLiteral("%1-%2").arg(prefix).arg(++s_connectionCounter))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(options);
    m_open = m_db.open();
    if (!m_open)
        m_error = m_db.lastError().text();
}

ScopedConnection::~ScopedConnection()
{
    m_db.close();
    m_db = QSqlDatabase(); // removeDatabase() wants no handle on the connection left
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace Satchel
