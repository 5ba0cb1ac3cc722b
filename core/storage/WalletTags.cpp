// Wallet: the learner's tags and collections. A tag is part of a credential's search entry, so
// changing one re-indexes the credential in the same transaction.
#include "Wallet.h"
#include "WalletPrivate.h"

#include <QScopeGuard>

namespace Satchel {

Status Wallet::addTag(qint64 credentialId, const QString &tag)
{
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return Error{QStringLiteral("invalid-tag"), tr("A tag cannot be empty.")};
    if (!d->begin())
        return Error{QStringLiteral("wallet-write"), tr("The wallet is busy or read-only.")};
    bool ok = false;
    auto finish = qScopeGuard([&] { d->commitOrRollback(ok); });
    if (!d->singleId(QStringLiteral("SELECT id FROM credentials WHERE id = ?"), {credentialId}))
        return Error{QStringLiteral("not-found"), tr("There is no credential %1 in the wallet.").arg(credentialId)};
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("INSERT OR IGNORE INTO tags(name) VALUES (?)"), {name}))
        return d->sqlError(q, tr("Could not save the tag."));
    const qint64 tagId = d->singleId(QStringLiteral("SELECT id FROM tags WHERE name = ?"), {name});
    if (!d->run(q, QStringLiteral("INSERT OR IGNORE INTO credential_tags(credential_id, tag_id) VALUES (?, ?)"),
                {credentialId, tagId})
        || !d->refreshFts(credentialId)) {
        return d->sqlError(q, tr("Could not save the tag."));
    }
    ok = true;
    return {};
}

Status Wallet::removeTag(qint64 credentialId, const QString &tag)
{
    if (!d->begin())
        return Error{QStringLiteral("wallet-write"), tr("The wallet is busy or read-only.")};
    bool ok = false;
    auto finish = qScopeGuard([&] { d->commitOrRollback(ok); });
    const qint64 tagId = d->singleId(QStringLiteral("SELECT id FROM tags WHERE name = ?"), {tag.trimmed()});
    QSqlQuery q(d->db);
    if (!tagId
        || !d->run(q, QStringLiteral("DELETE FROM credential_tags WHERE credential_id = ? AND tag_id = ?"),
                   {credentialId, tagId})
        || q.numRowsAffected() == 0) {
        return Error{QStringLiteral("not-found"), tr("The credential has no tag %1.").arg(tag)};
    }
    // A tag no credential carries any more leaves the tag list too.
    if (!d->run(q, QStringLiteral("DELETE FROM tags WHERE id = ? AND NOT EXISTS"
                                  " (SELECT 1 FROM credential_tags WHERE tag_id = ?)"), {tagId, tagId})
        || !d->refreshFts(credentialId)) {
        return d->sqlError(q, tr("Could not remove the tag."));
    }
    ok = true;
    return {};
}

QStringList Wallet::allTags() const
{
    return d->readAll(QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE"), {},
                      WalletSql::firstColumnText);
}

QStringList Wallet::tags(qint64 credentialId) const
{
    return d->readAll(QStringLiteral("SELECT t.name FROM credential_tags ct JOIN tags t ON t.id = ct.tag_id"
                                     " WHERE ct.credential_id = ? ORDER BY t.name COLLATE NOCASE"),
                      {credentialId}, WalletSql::firstColumnText);
}

Result<qint64> Wallet::createCollection(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Error{QStringLiteral("invalid-collection"), tr("A collection needs a name.")};
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("INSERT INTO collections(name, created_at) VALUES (?, ?)"),
                {n, QDateTime::currentMSecsSinceEpoch()})) {
        return d->sqlError(q, tr("Could not create the collection."));
    }
    return q.lastInsertId().toLongLong();
}

Status Wallet::renameCollection(qint64 collectionId, const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Error{QStringLiteral("invalid-collection"), tr("A collection needs a name.")};
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("UPDATE collections SET name = ? WHERE id = ?"), {n, collectionId}))
        return d->sqlError(q, tr("Could not rename the collection."));
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("not-found"), tr("There is no collection %1.").arg(collectionId)};
    return {};
}

Status Wallet::removeCollection(qint64 collectionId)
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("DELETE FROM collections WHERE id = ?"), {collectionId}))
        return d->sqlError(q, tr("Could not remove the collection."));
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("not-found"), tr("There is no collection %1.").arg(collectionId)};
    return {};
}

Status Wallet::addToCollection(qint64 collectionId, qint64 credentialId)
{
    QSqlQuery q(d->db);
    // The foreign keys reject an unknown collection or credential.
    if (!d->run(q, QStringLiteral("INSERT OR IGNORE INTO collection_items(collection_id, credential_id, position)"
                                  " VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM collection_items"
                                  " WHERE collection_id = ?))"),
                {collectionId, credentialId, collectionId})) {
        return Error{QStringLiteral("not-found"),
                     tr("Could not add credential %1 to collection %2.").arg(credentialId).arg(collectionId)};
    }
    return {};
}

Status Wallet::removeFromCollection(qint64 collectionId, qint64 credentialId)
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("DELETE FROM collection_items WHERE collection_id = ? AND credential_id = ?"),
                {collectionId, credentialId}))
        return d->sqlError(q, tr("Could not change the collection."));
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("not-found"), tr("The credential is not in that collection.")};
    return {};
}

QList<Collection> Wallet::collections() const
{
    return d->readAll(QStringLiteral("SELECT c.id, c.name,"
                                     " (SELECT count(*) FROM collection_items i WHERE i.collection_id = c.id)"
                                     " FROM collections c ORDER BY c.name COLLATE NOCASE, c.id"),
                      {}, [](const QSqlQuery &q) {
                          return Collection{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()};
                      });
}

QList<qint64> Wallet::collectionsOf(qint64 credentialId) const
{
    return d->readAll(QStringLiteral("SELECT collection_id FROM collection_items WHERE credential_id = ?"
                                     " ORDER BY collection_id"),
                      {credentialId}, WalletSql::firstColumnId);
}

} // namespace Satchel
