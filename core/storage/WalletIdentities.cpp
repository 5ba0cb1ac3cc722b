// Wallet: the learner's identities (email, URL, DID...), which recipient matching compares a
// credential's recipient with, joined there by the DIDs of the learner's holder identities.
#include "Wallet.h"
#include "WalletPrivate.h"

namespace Satchel {

Status Wallet::addIdentity(const QString &type, const QString &value)
{
    const QString v = value.trimmed();
    const QString t = type.trimmed().toLower();
    if (v.isEmpty() || t.isEmpty())
        return Error{QStringLiteral("invalid-identity"), tr("An identity needs a type and a value.")};
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("INSERT INTO identities(type, value) VALUES (?, ?)"
                                  " ON CONFLICT(value) DO UPDATE SET type = excluded.type"),
                {t, v})) {
        return d->sqlError(q, tr("Could not save the identity."));
    }
    return {};
}

Status Wallet::removeIdentity(const QString &value)
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("DELETE FROM identities WHERE value = ?"), {value.trimmed()}))
        return d->sqlError(q, tr("Could not remove the identity."));
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("not-found"), tr("The identity %1 is not in the wallet.").arg(value)};
    return {};
}

QList<QPair<QString, QString>> Wallet::identities() const
{
    return d->readAll(QStringLiteral("SELECT type, value FROM identities ORDER BY type, value"), {},
                      [](const QSqlQuery &q) { return qMakePair(q.value(0).toString(), q.value(1).toString()); });
}

QList<QPair<QString, QString>> Wallet::recipientIdentities() const
{
    QList<QPair<QString, QString>> result = identities();
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT did FROM holder_keys ORDER BY did"))) {
        while (q.next())
            result.append({QStringLiteral("did"), q.value(0).toString()});
    }
    return result;
}

} // namespace Satchel
