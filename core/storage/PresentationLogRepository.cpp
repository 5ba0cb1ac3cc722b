#include "PresentationLogRepository.h"

#include "WalletPrivate.h"

#include <QScopeGuard>

namespace Satchel {

using namespace WalletSql;

namespace {

Error sqlError(const QString &code, const QSqlQuery &q)
{
    return Error{code, q.lastError().text()};
}

} // namespace

PresentationLogRepository::PresentationLogRepository(const Wallet &wallet) : m_wallet(wallet) {}

Result<qint64> PresentationLogRepository::add(const PresentationLogEntry &e)
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    if (!d.begin())
        return Error{QStringLiteral("wallet-write"), d.db.lastError().text()};
    bool ok = false;
    auto finish = qScopeGuard([&] { d.commitOrRollback(ok); });
    if (!d.run(q, QStringLiteral("INSERT INTO presentation_log (verifier_name, verifier_domain, client_id, protocol,"
                                 " outcome, message, presented_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {e.verifierName, e.verifierDomain, e.clientId, e.protocol, e.outcome, e.message,
                e.at.toMSecsSinceEpoch()}))
        return sqlError(QStringLiteral("wallet-write"), q);
    const qint64 id = q.lastInsertId().toLongLong();
    int position = 0;
    for (const PresentedCredential &c : e.credentials) {
        QSqlQuery item(d.db);
        if (!d.run(item, QStringLiteral("INSERT INTO presentation_log_credentials (log_id, position, credential_row,"
                                        " credential_name) VALUES (?, ?, ?, ?)"),
                   {id, position++, nullableId(c.credentialRow), c.name}))
            return sqlError(QStringLiteral("wallet-write"), item);
    }
    ok = true;
    return id;
}

Result<QList<PresentationLogEntry>> PresentationLogRepository::entries(int limit) const
{
    return select(QStringLiteral(" ORDER BY presented_at DESC, id DESC LIMIT ?"), {limit});
}

Result<QList<PresentationLogEntry>> PresentationLogRepository::forCredential(qint64 credentialRow) const
{
    return select(QStringLiteral(" WHERE id IN (SELECT log_id FROM presentation_log_credentials WHERE credential_row = ?)"
                                 " ORDER BY presented_at DESC, id DESC"),
                  {credentialRow});
}

Result<QList<PresentationLogEntry>> PresentationLogRepository::select(const QString &tail,
                                                                      const QVariantList &values) const
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    if (!d.run(q, QStringLiteral("SELECT id, verifier_name, verifier_domain, client_id, protocol, outcome, message,"
                                 " presented_at FROM presentation_log") + tail,
               values))
        return sqlError(QStringLiteral("wallet-read"), q);
    QList<PresentationLogEntry> list;
    while (q.next()) {
        PresentationLogEntry e;
        e.id = q.value(0).toLongLong();
        e.verifierName = q.value(1).toString();
        e.verifierDomain = q.value(2).toString();
        e.clientId = q.value(3).toString();
        e.protocol = q.value(4).toString();
        e.outcome = q.value(5).toString();
        e.message = q.value(6).toString();
        e.at = timeFromMs(q.value(7));
        list.append(e);
    }
    for (PresentationLogEntry &e : list) {
        QSqlQuery items(d.db);
        if (!d.run(items, QStringLiteral("SELECT credential_row, credential_name FROM presentation_log_credentials"
                                         " WHERE log_id = ? ORDER BY position"),
                   {e.id}))
            return sqlError(QStringLiteral("wallet-read"), items);
        while (items.next())
            e.credentials.append(PresentedCredential{items.value(0).toLongLong(), items.value(1).toString()});
    }
    return list;
}

Status PresentationLogRepository::remove(qint64 id)
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    if (!d.run(q, QStringLiteral("DELETE FROM presentation_log WHERE id = ?"), {id}))
        return sqlError(QStringLiteral("wallet-write"), q);
    return {};
}

} // namespace Satchel
