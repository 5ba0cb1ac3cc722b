#include "KnownIssuerRepository.h"

#include "WalletPrivate.h"

namespace Satchel {

QSet<QString> KnownIssuerRepository::all() const
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    QSet<QString> out;
    if (!d.run(q, QStringLiteral("SELECT issuer_id FROM known_issuers")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Status KnownIssuerRepository::setKnown(const QString &issuerId, bool known, const QDateTime &at)
{
    const WalletAccess::Internals &d = WalletAccess::of(m_wallet);
    QSqlQuery q(d.db);
    const bool ok = known ? d.run(q, QStringLiteral("INSERT OR IGNORE INTO known_issuers(issuer_id, marked_at) VALUES (?, ?)"),
                                  {issuerId, at.toMSecsSinceEpoch()})
                          : d.run(q, QStringLiteral("DELETE FROM known_issuers WHERE issuer_id = ?"), {issuerId});
    if (!ok)
        return Error{QStringLiteral("wallet-write"), q.lastError().text()};
    return {};
}

} // namespace Satchel
