#include "ReceivedCredentialRepository.h"

#include "WalletPrivate.h"

namespace Satchel {

using namespace WalletSql;

namespace {

const char kPendingColumns[] = "id, issuer_url, issuer_name, deferred_endpoint, transaction_id, access_token,"
                               " configuration_id, credential_name, holder_did, protocol, created_at, last_tried_at,"
                               " interval_seconds, last_message";

PendingCredentialRecord pendingFrom(const QSqlQuery &q)
{
    PendingCredentialRecord r;
    r.id = q.value(0).toLongLong();
    r.issuerUrl = q.value(1).toString();
    r.issuerName = q.value(2).toString();
    r.deferredEndpoint = q.value(3).toString();
    r.transactionId = q.value(4).toString();
    r.accessToken = q.value(5).toString();
    r.configurationId = q.value(6).toString();
    r.credentialName = q.value(7).toString();
    r.holderDid = q.value(8).toString();
    r.protocol = q.value(9).toString();
    r.createdAt = timeFromMs(q.value(10));
    r.lastTriedAt = timeFromMs(q.value(11));
    r.intervalSeconds = q.value(12).toInt();
    r.lastMessage = q.value(13).toString();
    return r;
}

Error sqlError(const QString &code, const QSqlQuery &q)
{
    return Error{code, q.lastError().text()};
}

} // namespace

ReceivedCredentialRepository::ReceivedCredentialRepository(Wallet &wallet) : m_wallet(wallet) {}

Status ReceivedCredentialRepository::putProvenance(qint64 credentialRow, const CredentialProvenance &p)
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    if (!d.run(q, QStringLiteral("INSERT OR REPLACE INTO credential_provenance (credential_row, protocol, issuer_domain,"
                                 " issuer_name, issuer_url, holder_did, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {credentialRow, p.protocol, p.issuerDomain, p.issuerName, p.issuerUrl, p.holderDid,
                p.receivedAt.toMSecsSinceEpoch()})) {
        return sqlError(QStringLiteral("wallet-write"), q);
    }
    return {};
}

std::optional<CredentialProvenance> ReceivedCredentialRepository::provenance(qint64 credentialRow) const
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    if (!d.run(q, QStringLiteral("SELECT protocol, issuer_domain, issuer_name, issuer_url, holder_did, received_at"
                                 " FROM credential_provenance WHERE credential_row = ?"),
               {credentialRow})
        || !q.next()) {
        return std::nullopt;
    }
    return CredentialProvenance{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), timeFromMs(q.value(5))};
}

Result<qint64> ReceivedCredentialRepository::addPending(const PendingCredentialRecord &r)
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    if (!d.run(q, QStringLiteral("INSERT INTO pending_credentials (issuer_url, issuer_name, deferred_endpoint,"
                                 " transaction_id, access_token, configuration_id, credential_name, holder_did, protocol,"
                                 " created_at, last_tried_at, interval_seconds, last_message)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {r.issuerUrl, r.issuerName, r.deferredEndpoint, r.transactionId, r.accessToken, r.configurationId,
                r.credentialName, r.holderDid, r.protocol, r.createdAt.toMSecsSinceEpoch(), msOrNull(r.lastTriedAt),
                r.intervalSeconds, r.lastMessage})) {
        return sqlError(QStringLiteral("wallet-write"), q);
    }
    return q.lastInsertId().toLongLong();
}

Result<QList<PendingCredentialRecord>> ReceivedCredentialRepository::pending() const
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    if (!d.run(q, QLatin1String("SELECT ") + QLatin1String(kPendingColumns)
                      + QLatin1String(" FROM pending_credentials ORDER BY created_at, id")))
        return sqlError(QStringLiteral("wallet-read"), q);
    QList<PendingCredentialRecord> records;
    while (q.next())
        records.append(pendingFrom(q));
    return records;
}

Status ReceivedCredentialRepository::notePendingTry(qint64 id, const QDateTime &at, int intervalSeconds,
                                                    const QString &message, const QString &transactionId)
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    if (!d.run(q, QStringLiteral("UPDATE pending_credentials SET last_tried_at = ?, interval_seconds = ?,"
                                 " last_message = ?, transaction_id = coalesce(nullif(?, ''), transaction_id)"
                                 " WHERE id = ?"),
               {at.toMSecsSinceEpoch(), intervalSeconds, message, transactionId, id})) {
        return sqlError(QStringLiteral("wallet-write"), q);
    }
    return {};
}

Status ReceivedCredentialRepository::removePending(qint64 id)
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    if (!d.run(q, QStringLiteral("DELETE FROM pending_credentials WHERE id = ?"), {id}))
        return sqlError(QStringLiteral("wallet-write"), q);
    return {};
}

} // namespace Satchel
