// Wallet: what sharing keeps (core/share): the learner's holder identities and the public links
// made with them, so that every link can still be stopped.
#include "Wallet.h"
#include "WalletPrivate.h"

#include <QScopeGuard>

namespace Satchel {

using namespace WalletSql;

namespace {

const char kHolderKeyColumns[] = "did, created_at, storage, sealed_key, label, key_type, is_default";

HolderKeyRecord holderKeyFrom(const QSqlQuery &q)
{
    HolderKeyRecord key;
    key.did = q.value(0).toString();
    key.createdAt = timeFromMs(q.value(1));
    key.storage = q.value(2).toString();
    key.sealedKey = q.value(3).toByteArray();
    key.label = q.value(4).toString();
    key.keyType = q.value(5).toString();
    key.isDefault = q.value(6).toInt() != 0;
    return key;
}

bool validHolderKey(const HolderKeyRecord &key)
{
    return key.did.startsWith(QLatin1String("did:")) && key.createdAt.isValid()
        && (key.keyType == QLatin1String("ed25519") || key.keyType == QLatin1String("p256"))
        && (key.storage == QLatin1String("keychain") || key.storage == QLatin1String("sealed"))
        && (key.storage != QLatin1String("sealed") || !key.sealedKey.isEmpty());
}

const char kLinkColumns[] = "id, credential_row, credential_id, credential_name, server, view_url, get_url, unshare_url,"
                            " holder_did, created_at, stopped_at";

PublicLinkRecord linkFrom(const QSqlQuery &q)
{
    PublicLinkRecord link;
    link.id = q.value(0).toLongLong();
    link.credentialRow = q.value(1).toLongLong();
    link.credentialId = q.value(2).toString();
    link.credentialName = q.value(3).toString();
    link.server = q.value(4).toString();
    link.viewUrl = q.value(5).toString();
    link.getUrl = q.value(6).toString();
    link.unshareUrl = q.value(7).toString();
    link.holderDid = q.value(8).toString();
    link.createdAt = timeFromMs(q.value(9));
    link.stoppedAt = timeFromMs(q.value(10));
    return link;
}

} // namespace

std::optional<HolderKeyRecord> Wallet::holderKey() const
{
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT %1 FROM holder_keys ORDER BY is_default DESC, created_at DESC, id DESC LIMIT 1")
                      .arg(QLatin1String(kHolderKeyColumns)))
        && q.next())
        return holderKeyFrom(q);
    return std::nullopt;
}

std::optional<HolderKeyRecord> Wallet::holderKey(const QString &did) const
{
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT %1 FROM holder_keys WHERE did = ?").arg(QLatin1String(kHolderKeyColumns)),
               {did})
        && q.next())
        return holderKeyFrom(q);
    return std::nullopt;
}

QList<HolderKeyRecord> Wallet::holderKeys() const
{
    QList<HolderKeyRecord> keys;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT %1 FROM holder_keys ORDER BY created_at DESC, id DESC")
                      .arg(QLatin1String(kHolderKeyColumns)))) {
        while (q.next())
            keys.append(holderKeyFrom(q));
    }
    return keys;
}

Status Wallet::putHolderKey(const HolderKeyRecord &key)
{
    if (!validHolderKey(key))
        return Error{QStringLiteral("invalid-holder-key"), tr("The holder key record is incomplete.")};
    QSqlQuery q(d->db);
    // The first identity of a wallet becomes its default.
    if (!d->run(q, QStringLiteral("INSERT INTO holder_keys(did, created_at, storage, sealed_key, label, key_type,"
                                  " is_default) VALUES (?, ?, ?, ?, ?, ?,"
                                  " NOT EXISTS (SELECT 1 FROM holder_keys WHERE is_default = 1))"
                                  " ON CONFLICT(did) DO UPDATE SET storage = excluded.storage,"
                                  " sealed_key = excluded.sealed_key"),
                {key.did, key.createdAt.toMSecsSinceEpoch(), key.storage, blobOrNull(key.sealedKey), key.label,
                 key.keyType}))
        return d->sqlError(q, tr("Could not save the holder key."));
    return {};
}

Status Wallet::renameHolderKey(const QString &did, const QString &label)
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("UPDATE holder_keys SET label = ? WHERE did = ?"), {label.trimmed(), did}))
        return d->sqlError(q, tr("Could not rename the holder key."));
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("not-found"), tr("The key %1 is not in this wallet.").arg(did)};
    return {};
}

Status Wallet::setDefaultHolderKey(const QString &did)
{
    if (!holderKey(did))
        return Error{QStringLiteral("not-found"), tr("The key %1 is not in this wallet.").arg(did)};
    if (!d->begin())
        return Error{QStringLiteral("wallet-write"), tr("Could not change the default key.")};
    bool ok = false;
    auto finish = qScopeGuard([&] { d->commitOrRollback(ok); });
    // Two statements: the unique index on the default would refuse a second default for a moment.
    QSqlQuery q(d->db);
    ok = d->run(q, QStringLiteral("UPDATE holder_keys SET is_default = 0 WHERE is_default = 1"))
        && d->run(q, QStringLiteral("UPDATE holder_keys SET is_default = 1 WHERE did = ?"), {did});
    if (!ok)
        return d->sqlError(q, tr("Could not change the default key."));
    return {};
}

Status Wallet::removeHolderKey(const QString &did)
{
    if (!d->begin())
        return Error{QStringLiteral("wallet-write"), tr("Could not remove the holder key.")};
    bool ok = false;
    auto finish = qScopeGuard([&] { d->commitOrRollback(ok); });
    QSqlQuery q(d->db);
    ok = d->run(q, QStringLiteral("DELETE FROM holder_keys WHERE did = ?"), {did})
        && d->run(q, QStringLiteral("UPDATE holder_keys SET is_default = 1"
                                    " WHERE NOT EXISTS (SELECT 1 FROM holder_keys WHERE is_default = 1)"
                                    " AND id = (SELECT id FROM holder_keys ORDER BY created_at DESC, id DESC LIMIT 1)"));
    if (!ok)
        return d->sqlError(q, tr("Could not remove the holder key."));
    return {};
}

Result<qint64> Wallet::addPublicLink(const PublicLinkRecord &link)
{
    if (link.server.isEmpty() || link.viewUrl.isEmpty() || link.getUrl.isEmpty() || link.unshareUrl.isEmpty()
        || link.holderDid.isEmpty())
        return Error{QStringLiteral("invalid-link"), tr("The public link record is incomplete.")};
    QSqlQuery q(d->db);
    const QDateTime created = link.createdAt.isValid() ? link.createdAt : QDateTime::currentDateTimeUtc();
    if (!d->run(q, QStringLiteral("INSERT INTO public_links(credential_row, credential_id, credential_name, server,"
                                  " view_url, get_url, unshare_url, holder_did, created_at, stopped_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {nullableId(link.credentialRow), link.credentialId, link.credentialName, link.server, link.viewUrl,
                 link.getUrl, link.unshareUrl, link.holderDid, created.toMSecsSinceEpoch(), msOrNull(link.stoppedAt)}))
        return d->sqlError(q, tr("Could not save the public link."));
    return q.lastInsertId().toLongLong();
}

QList<PublicLinkRecord> Wallet::publicLinks(qint64 credentialRow) const
{
    QList<PublicLinkRecord> links;
    QSqlQuery q(d->db);
    const QString sql = QStringLiteral("SELECT %1 FROM public_links%2 ORDER BY created_at DESC, id DESC")
                            .arg(QLatin1String(kLinkColumns),
                                 credentialRow ? QStringLiteral(" WHERE credential_row = ?") : QString());
    if (d->run(q, sql, credentialRow ? QVariantList{credentialRow} : QVariantList{})) {
        while (q.next())
            links.append(linkFrom(q));
    }
    return links;
}

std::optional<PublicLinkRecord> Wallet::publicLink(qint64 id) const
{
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT %1 FROM public_links WHERE id = ?").arg(QLatin1String(kLinkColumns)), {id})
        && q.next())
        return linkFrom(q);
    return std::nullopt;
}

Status Wallet::markPublicLinkStopped(qint64 id, const QDateTime &at)
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("UPDATE public_links SET stopped_at = ? WHERE id = ?"),
                {msOrNull(at.isValid() ? at : QDateTime::currentDateTimeUtc()), id}))
        return d->sqlError(q, tr("Could not update the public link."));
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("not-found"), tr("There is no public link %1 in the wallet.").arg(id)};
    return {};
}

} // namespace Satchel
