#include "SnapshotMerge.h"

#include "ForeignDatabase.h"
#include "Wallet.h"
#include "WalletPrivate.h"

#include <QHash>
#include <QSet>
#include <QSqlRecord>
#include <QStringList>

namespace Satchel {

using namespace WalletSql;

namespace {

// The statements that merge a table whose rows the target matches by name (tags, collections).
// select reads the backup's rows, id and name first; find takes a name; insertKeepingId binds every
// selected column, insert every column but the id.
struct ByNameSql {
    const char *select;
    const char *find;
    const char *insertKeepingId;
    const char *insert;
};

// tags.name is COLLATE NOCASE: "Cloud" and "cloud" are one tag, as in Wallet::addTag().
constexpr ByNameSql kTagsByName { "SELECT id, name FROM backup.tags ORDER BY id",
                                  "SELECT id FROM main.tags WHERE name = ?",
                                  "INSERT INTO main.tags(id, name) VALUES (?, ?)",
                                  "INSERT INTO main.tags(name) VALUES (?)" };

// Collections are matched by name: the learner's "Job applications" is one collection.
constexpr ByNameSql kCollectionsByName { "SELECT id, name, created_at FROM backup.collections ORDER BY id",
                                         "SELECT id FROM main.collections WHERE name = ? ORDER BY id LIMIT 1",
                                         "INSERT INTO main.collections(id, name, created_at) VALUES (?, ?, ?)",
                                         "INSERT INTO main.collections(name, created_at) VALUES (?, ?)" };

// The merge proper, on the wallet's connection with the snapshot attached as "backup".
class Merge {
public:
    explicit Merge(WalletAccess::Internals &wallet) : m_wallet(wallet) {}

    QString error;

    bool run(QSqlQuery &q, const QString &sql, const QVariantList &values = {})
    {
        if (!m_wallet.run(q, sql, values)) {
            error = q.lastError().text();
            return false;
        }
        return true;
    }
    QSqlQuery query() const { return QSqlQuery(m_wallet.db); }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q = query();
        return run(q, sql, values);
    }
    qint64 scalar(const QString &sql, const QVariantList &values = {}, bool *ok = nullptr)
    {
        QSqlQuery q = query();
        const bool done = run(q, sql, values);
        if (ok)
            *ok = done;
        return done && q.next() ? q.value(0).toLongLong() : 0;
    }
    // Column names of a table in one schema ("main" or "backup"), in table order.
    QStringList columns(const QString &schema, const QString &table)
    {
        QSqlQuery q = query();
        QStringList names;
        if (run(q, QStringLiteral("SELECT name FROM pragma_table_info(?, ?)"), {table, schema})) {
            while (q.next())
                names.append(q.value(0).toString());
        }
        return names;
    }
    // Columns both sides have: the snapshot is migrated to our schema, but a table another module
    // created lazily (pathways before schema v3) may differ.
    QStringList sharedColumns(const QString &table)
    {
        const QStringList theirs = columns(QStringLiteral("backup"), table);
        QStringList shared;
        for (const QString &c : columns(QStringLiteral("main"), table)) {
            if (theirs.contains(c))
                shared.append(c);
        }
        return shared;
    }

    bool mergeAll(RestoreReport &report);

private:
    bool credentials(RestoreReport &report);
    bool keepAsVersion(qint64 backupId, qint64 targetRow, RestoreReport &report);
    bool versions(RestoreReport &report);
    bool mergeByName(const ByNameSql &sql, QHash<qint64, qint64> &ids, int &added);
    bool tags(RestoreReport &report);
    bool collections(RestoreReport &report);
    bool simpleTables(RestoreReport &report);
    bool receivedCredentials();
    bool presentationLog();
    bool searchIndex();

    WalletAccess::Internals &m_wallet;
    bool m_fresh = false;
    QHash<qint64, qint64> m_credentialIds; // backup id -> target id (duplicates map to the kept row)
    QSet<qint64> m_duplicates;             // backup ids of top-level duplicates
    QSet<qint64> m_touched;                // target rows whose search entry must be rebuilt
};

bool Merge::mergeAll(RestoreReport &report)
{
    bool ok = true;
    // Ids can be kept only when nothing in the target could collide with them.
    m_fresh = scalar(QStringLiteral("SELECT (SELECT count(*) FROM main.credentials) + (SELECT count(*) FROM main.tags)"
                                    " + (SELECT count(*) FROM main.collections) + (SELECT count(*) FROM main.identities)"
                                    " + (SELECT count(*) FROM main.import_log)"),
                     {}, &ok)
            == 0
        && ok;
    if (!ok)
        return false;
    report.intoEmptyWallet = m_fresh;
    return credentials(report) && tags(report) && collections(report) && simpleTables(report) && receivedCredentials()
        && presentationLog() && searchIndex();
}

bool Merge::credentials(RestoreReport &report)
{
    const QStringList cols = sharedColumns(QStringLiteral("credentials"));
    QStringList insertCols;
    QStringList selectCols;
    for (const QString &c : cols) {
        if (c == QLatin1String("id") && !m_fresh)
            continue;
        insertCols.append(c);
        selectCols.append(c == QLatin1String("parent_id") ? QStringLiteral("?") : c);
    }
    const QString insertSql = QStringLiteral("INSERT INTO main.credentials(%1) SELECT %2 FROM backup.credentials"
                                             " WHERE id = ?")
                                  .arg(insertCols.join(QLatin1String(", ")), selectCols.join(QLatin1String(", ")));
    const QString dataSql = QStringLiteral("INSERT INTO main.credential_data(credential_id, raw, baked_image, image, report)"
                                           " SELECT ?, raw, baked_image, image, report FROM backup.credential_data"
                                           " WHERE credential_id = ?");
    // The same rule as Wallet::store(): a top-level credential is a duplicate when its bytes or its
    // issuer + credential id (identity_key, already normalised by Wallet) match a top-level row.
    const QString duplicateSql = QStringLiteral("SELECT id FROM main.credentials WHERE parent_id IS NULL"
                                                " AND (content_hash = ? OR (? IS NOT NULL AND identity_key = ?))"
                                                " ORDER BY id LIMIT 1");
    QSqlQuery rows = query();
    // Parents are always stored before their nested rows, so id order visits a parent first.
    if (!run(rows, QStringLiteral("SELECT id, parent_id, content_hash, identity_key FROM backup.credentials ORDER BY id")))
        return false;
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const QVariant parent = rows.value(1);
        QVariant newParent(QMetaType::fromType<qint64>());
        if (!parent.isNull()) {
            const qint64 mapped = m_credentialIds.value(parent.toLongLong(), 0);
            // The parent was a duplicate (its nested rows are already in the target) or missing.
            if (mapped == 0 || m_duplicates.contains(parent.toLongLong()))
                continue;
            newParent = mapped;
        } else {
            const QVariant identity = rows.value(3);
            bool ok = true;
            const qint64 existing = scalar(duplicateSql, {rows.value(2), identity, identity}, &ok);
            if (!ok)
                return false;
            if (existing != 0) {
                m_credentialIds.insert(id, existing);
                m_duplicates.insert(id); // its nested rows are the kept row's already
                const qint64 sameBytes = scalar(QStringLiteral("SELECT count(*) FROM main.credentials"
                                                               " WHERE id = ? AND content_hash = ?"),
                                                {existing, rows.value(2)}, &ok);
                if (!ok)
                    return false;
                if (sameBytes > 0)
                    ++report.duplicates;
                else if (!keepAsVersion(id, existing, report))
                    return false;
                continue;
            }
        }
        QSqlQuery insert = query();
        if (!run(insert, insertSql, {newParent, id}))
            return false;
        const qint64 newId = insert.lastInsertId().toLongLong();
        if (!exec(dataSql, {newId, id}))
            return false;
        m_credentialIds.insert(id, newId);
        m_touched.insert(newId);
        if (parent.isNull())
            ++report.imported;
    }
    return versions(report);
}

// The same credential (issuer and id) with other bytes: never dropped, kept as a version of the
// row the wallet has, which is verified again to show the version that verifies.
bool Merge::keepAsVersion(qint64 backupId, qint64 targetRow, RestoreReport &report)
{
    QSqlQuery insert = query();
    if (!run(insert, QStringLiteral(
            "INSERT OR IGNORE INTO main.credential_versions(credential_row, content_hash, format, raw, baked_image,"
            " baked_image_type, baked_keyword, source, added_at, valid_from, status, verified_at, recipient, report)"
            " SELECT ?, c.content_hash, c.format, d.raw, d.baked_image, c.baked_image_type, c.baked_keyword, c.source,"
            "  c.added_at, c.valid_from, c.status, c.verified_at, c.recipient, d.report"
            " FROM backup.credentials c JOIN backup.credential_data d ON d.credential_id = c.id WHERE c.id = ?"),
             {targetRow, backupId})) {
        return false;
    }
    if (insert.numRowsAffected() == 0) { // already one of its versions
        ++report.duplicates;
        return true;
    }
    ++report.versions;
    // The row is verified again, as a version stored by an import would make it (report included).
    if (!m_wallet.clearVerification(targetRow)) {
        error = m_wallet.db.lastError().text();
        return false;
    }
    return true;
}

// The backup's own versions, under the rows their credentials now have.
bool Merge::versions(RestoreReport &report)
{
    QSqlQuery rows = query();
    if (!run(rows, QStringLiteral("SELECT id, credential_row, content_hash FROM backup.credential_versions ORDER BY id")))
        return false;
    while (rows.next()) {
        const qint64 target = m_credentialIds.value(rows.value(1).toLongLong(), 0);
        if (target == 0)
            continue;
        bool ok = true;
        const qint64 shown = scalar(QStringLiteral("SELECT count(*) FROM main.credentials"
                                                   " WHERE parent_id IS NULL AND content_hash = ?"),
                                    {rows.value(2)}, &ok);
        if (!ok)
            return false;
        if (shown > 0)
            continue;
        QSqlQuery insert = query();
        if (!run(insert, QStringLiteral(
                "INSERT OR IGNORE INTO main.credential_versions(credential_row, content_hash, format, raw, baked_image,"
                " baked_image_type, baked_keyword, source, added_at, valid_from, status, verified_at, recipient, report)"
                " SELECT ?, content_hash, format, raw, baked_image, baked_image_type, baked_keyword, source, added_at,"
                "  valid_from, status, verified_at, recipient, report FROM backup.credential_versions WHERE id = ?"),
                 {target, rows.value(0)})) {
            return false;
        }
        if (insert.numRowsAffected() > 0 && m_duplicates.contains(rows.value(1).toLongLong()))
            ++report.versions; // a version the wallet did not have of a credential it had
    }
    return true;
}

// Each backup row becomes the target's row of the same name, or a new row (with its backup id in
// an empty wallet, so that a restore into a new wallet keeps every id); ids maps one to the other.
bool Merge::mergeByName(const ByNameSql &sql, QHash<qint64, qint64> &ids, int &added)
{
    QSqlQuery rows = query();
    if (!run(rows, QString::fromLatin1(sql.select)))
        return false;
    while (rows.next()) {
        bool ok = true;
        qint64 target = scalar(QString::fromLatin1(sql.find), {rows.value(1)}, &ok);
        if (!ok)
            return false;
        if (target == 0) {
            QVariantList values;
            for (int i = m_fresh ? 0 : 1; i < rows.record().count(); ++i)
                values.append(rows.value(i));
            QSqlQuery insert = query();
            if (!run(insert, QString::fromLatin1(m_fresh ? sql.insertKeepingId : sql.insert), values))
                return false;
            target = insert.lastInsertId().toLongLong();
            ++added;
        }
        ids.insert(rows.value(0).toLongLong(), target);
    }
    return true;
}

bool Merge::tags(RestoreReport &report)
{
    QHash<qint64, qint64> tagIds;
    if (!mergeByName(kTagsByName, tagIds, report.tags))
        return false;
    QSqlQuery rows = query();
    if (!run(rows, QStringLiteral("SELECT credential_id, tag_id FROM backup.credential_tags")))
        return false;
    while (rows.next()) {
        const qint64 credential = m_credentialIds.value(rows.value(0).toLongLong(), 0);
        const qint64 tag = tagIds.value(rows.value(1).toLongLong(), 0);
        if (credential == 0 || tag == 0)
            continue;
        QSqlQuery insert = query();
        if (!run(insert, QStringLiteral("INSERT OR IGNORE INTO main.credential_tags(credential_id, tag_id) VALUES (?, ?)"),
                 {credential, tag}))
            return false;
        if (insert.numRowsAffected() > 0)
            m_touched.insert(credential); // a kept duplicate gained a tag: its search entry changes
    }
    return true;
}

bool Merge::collections(RestoreReport &report)
{
    QHash<qint64, qint64> collectionIds;
    if (!mergeByName(kCollectionsByName, collectionIds, report.collections))
        return false;
    QSqlQuery rows = query();
    if (!run(rows, QStringLiteral("SELECT collection_id, credential_id, position FROM backup.collection_items")))
        return false;
    while (rows.next()) {
        const qint64 collection = collectionIds.value(rows.value(0).toLongLong(), 0);
        const qint64 credential = m_credentialIds.value(rows.value(1).toLongLong(), 0);
        if (collection == 0 || credential == 0)
            continue;
        if (!exec(QStringLiteral("INSERT OR IGNORE INTO main.collection_items(collection_id, credential_id, position)"
                                 " VALUES (?, ?, ?)"),
                  {collection, credential, rows.value(2)}))
            return false;
    }
    return true;
}

// Tables keyed by a natural key: the target's row wins on a clash (its own settings, its own
// identities), except a cached document, where the later fetch wins.
bool Merge::simpleTables(RestoreReport &report)
{
    auto added = [this](const QString &table, const QString &sql, const QVariantList &values, int &count) {
        bool ok = true;
        const QString countSql = QStringLiteral("SELECT count(*) FROM main.%1").arg(table);
        const qint64 before = scalar(countSql, {}, &ok);
        if (!ok || !exec(sql, values))
            return false;
        count += int(scalar(countSql, {}, &ok) - before);
        return ok;
    };
    const QString identitySql = m_fresh
        ? QStringLiteral("INSERT OR IGNORE INTO main.identities(id, type, value) SELECT id, type, value FROM backup.identities ORDER BY id")
        : QStringLiteral("INSERT OR IGNORE INTO main.identities(type, value) SELECT type, value FROM backup.identities ORDER BY id");
    if (!added(QStringLiteral("identities"), identitySql, {}, report.identities))
        return false;
    // "WHERE true" keeps SQLite from reading ON CONFLICT as a join constraint.
    if (!added(QStringLiteral("documents"),
               QStringLiteral("INSERT INTO main.documents(url, body, content_type, fetched_at, http_status)"
                              " SELECT url, body, content_type, fetched_at, http_status FROM backup.documents WHERE true"
                              " ON CONFLICT(url) DO UPDATE SET body = excluded.body, content_type = excluded.content_type,"
                              " fetched_at = excluded.fetched_at, http_status = excluded.http_status"
                              " WHERE excluded.fetched_at > documents.fetched_at"),
               {}, report.documents))
        return false;
    if (!added(QStringLiteral("settings"),
               QStringLiteral("INSERT OR IGNORE INTO main.settings(key, value) SELECT key, value FROM backup.settings"
                              " WHERE key <> ?"),
               {QLatin1String(kSearchPendingKey)}, report.settings))
        return false;
    // Issuers known personally: a mark in either wallet stays (the target's time wins).
    int knownIssuers = 0;
    if (!added(QStringLiteral("known_issuers"),
               QStringLiteral("INSERT OR IGNORE INTO main.known_issuers(issuer_id, marked_at)"
                              " SELECT issuer_id, marked_at FROM backup.known_issuers"),
               {}, knownIssuers))
        return false;
    if (m_fresh) {
        // The import history only makes sense with the ids it refers to.
        if (!exec(QStringLiteral("INSERT INTO main.import_log(id, at, source, outcome, credential_id, message)"
                                 " SELECT id, at, source, outcome, credential_id, message FROM backup.import_log")))
            return false;
    }
    // Holder keys by DID (the target's own row wins); links by their unshare URL, pointing at the
    // credential rows as merged, so that every link can still be stopped after a restore.
    // The target's default stays; into a wallet with none, the backup's default comes as the default.
    if (!exec(QStringLiteral("INSERT OR IGNORE INTO main.holder_keys(did, created_at, storage, sealed_key, label,"
                             " key_type, is_default)"
                             " SELECT did, created_at, storage, sealed_key, label, key_type,"
                             "  is_default AND NOT EXISTS (SELECT 1 FROM main.holder_keys WHERE is_default = 1)"
                             " FROM backup.holder_keys ORDER BY id")))
        return false;
    QSqlQuery links = query();
    if (!run(links, QStringLiteral("SELECT credential_row, credential_id, credential_name, server, view_url, get_url,"
                                   " unshare_url, holder_did, created_at, stopped_at FROM backup.public_links ORDER BY id")))
        return false;
    while (links.next()) {
        QVariantList values;
        for (int i = 0; i < 10; ++i)
            values.append(links.value(i));
        const qint64 row = m_credentialIds.value(links.value(0).toLongLong(), 0);
        values[0] = row > 0 ? QVariant(row) : QVariant(QMetaType::fromType<qint64>());
        if (!exec(QStringLiteral("INSERT OR IGNORE INTO main.public_links(credential_row, credential_id, credential_name,"
                                 " server, view_url, get_url, unshare_url, holder_did, created_at, stopped_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  values))
            return false;
    }
    const QStringList pathwayCols = sharedColumns(QStringLiteral("pathways"));
    if (pathwayCols.contains(QLatin1String("id"))) {
        const QString list = pathwayCols.join(QLatin1String(", "));
        if (!added(QStringLiteral("pathways"),
                   QStringLiteral("INSERT OR IGNORE INTO main.pathways(%1) SELECT %1 FROM backup.pathways").arg(list), {},
                   report.pathways))
            return false;
    }
    return true;
}

// Schema v7: a received credential's provenance follows its row as merged (the target's own record
// wins), and the credentials an issuer is still preparing stay pending. A backup made before v7
// has neither table.
bool Merge::receivedCredentials()
{
    if (!sharedColumns(QStringLiteral("credential_provenance")).isEmpty()) {
        QSqlQuery rows = query();
        if (!run(rows, QStringLiteral("SELECT credential_row, protocol, issuer_domain, issuer_name, issuer_url, holder_did,"
                                      " received_at FROM backup.credential_provenance ORDER BY credential_row")))
            return false;
        while (rows.next()) {
            const qint64 row = m_credentialIds.value(rows.value(0).toLongLong(), 0);
            if (row <= 0)
                continue;
            QVariantList values{row};
            for (int i = 1; i < 7; ++i)
                values.append(rows.value(i));
            if (!exec(QStringLiteral("INSERT OR IGNORE INTO main.credential_provenance(credential_row, protocol, issuer_domain,"
                                     " issuer_name, issuer_url, holder_did, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      values))
                return false;
        }
    }
    const QStringList pendingCols = sharedColumns(QStringLiteral("pending_credentials"));
    if (pendingCols.isEmpty())
        return true;
    QStringList withoutId = pendingCols;
    withoutId.removeAll(QStringLiteral("id"));
    const QString list = withoutId.join(QLatin1String(", "));
    // The same transaction at the same issuer is one pending credential, whichever wallet noted it.
    return exec(QStringLiteral("INSERT INTO main.pending_credentials(%1) SELECT %1 FROM backup.pending_credentials b"
                               " WHERE NOT EXISTS (SELECT 1 FROM main.pending_credentials m"
                               "  WHERE m.issuer_url = b.issuer_url AND m.transaction_id = b.transaction_id) ORDER BY id")
                    .arg(list));
}

// Schema v9: the presentation log. A line the target already has (same time, verifier and outcome)
// is not doubled; the credentials a line carried follow their rows as merged, and keep their names
// when the row is not in the wallet. A backup made before v9 has no log.
bool Merge::presentationLog()
{
    if (sharedColumns(QStringLiteral("presentation_log")).isEmpty())
        return true;
    QSqlQuery lines = query();
    if (!run(lines, QStringLiteral("SELECT id, verifier_name, verifier_domain, client_id, protocol, outcome, message,"
                                   " presented_at FROM backup.presentation_log b WHERE NOT EXISTS (SELECT 1 FROM"
                                   " main.presentation_log m WHERE m.presented_at = b.presented_at"
                                   " AND m.client_id = b.client_id AND m.outcome = b.outcome) ORDER BY id")))
        return false;
    while (lines.next()) {
        QVariantList values;
        for (int i = 1; i < 8; ++i)
            values.append(lines.value(i));
        QSqlQuery insert = query();
        if (!run(insert, QStringLiteral("INSERT INTO main.presentation_log(verifier_name, verifier_domain, client_id,"
                                        " protocol, outcome, message, presented_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 values))
            return false;
        const qint64 target = insert.lastInsertId().toLongLong();
        QSqlQuery items = query();
        if (!run(items, QStringLiteral("SELECT position, credential_row, credential_name FROM"
                                       " backup.presentation_log_credentials WHERE log_id = ? ORDER BY position"),
                 {lines.value(0)}))
            return false;
        while (items.next()) {
            const qint64 row = items.value(1).isNull() ? 0 : m_credentialIds.value(items.value(1).toLongLong(), 0);
            if (!exec(QStringLiteral("INSERT INTO main.presentation_log_credentials(log_id, position, credential_row,"
                                     " credential_name) VALUES (?, ?, ?, ?)"),
                      {target, items.value(0), nullableId(row), items.value(2)}))
                return false;
        }
    }
    return true;
}

// The search index is built here rather than copied: it is derived data, and the target's rows
// may have new ids.
bool Merge::searchIndex()
{
    // The wallet's own statement; unqualified, its tables are main's (the attached ones come after).
    for (qint64 id : std::as_const(m_touched)) {
        if (!m_wallet.refreshFts(id)) {
            error = m_wallet.db.lastError().text();
            return false;
        }
    }
    return true;
}

// The snapshot attached, one transaction, the snapshot detached whatever happened.
Result<RestoreReport> attachedMerge(Merge &merge, const QString &snapshotPath)
{
    if (!merge.exec(QStringLiteral("PRAGMA trusted_schema = OFF"))
        || !merge.exec(QStringLiteral("ATTACH DATABASE ? AS backup"), {snapshotPath})) {
        return Error{QStringLiteral("merge-attach"), merge.error};
    }
    RestoreReport report;
    if (!merge.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const Error busy{QStringLiteral("merge-busy"), merge.error};
        if (!merge.exec(QStringLiteral("DETACH DATABASE backup")))
            qCInfo(lcStorage) << "DETACH DATABASE backup after a busy wallet failed:" << merge.error;
        return busy;
    }
    const bool ok = merge.mergeAll(report);
    const QString failure = merge.error;
    if (!ok || !merge.exec(QStringLiteral("COMMIT"))) {
        const QString reason = ok ? merge.error : failure;
        // The caller hears the restore's own failure; a failed clean-up is only logged.
        for (const QString &cleanup : {QStringLiteral("ROLLBACK"), QStringLiteral("DETACH DATABASE backup")}) {
            if (!merge.exec(cleanup))
                qCInfo(lcStorage) << cleanup << "after a failed restore failed:" << merge.error;
        }
        return Error{QStringLiteral("merge-failed"), reason};
    }
    if (!merge.exec(QStringLiteral("DETACH DATABASE backup")))
        qCInfo(lcStorage) << "DETACH DATABASE backup after a restore failed:" << merge.error;
    return report;
}

} // namespace

Result<RestoreReport> SnapshotMerge::into(Wallet &wallet, const QString &snapshotPath, const QDeadlineTimer &deadline)
{
    WalletAccess::Internals &d = WalletAccess::of(wallet);
    Merge merge(d);
    // The merge runs on the wallet's own connection: the deadline and trusted_schema apply to it
    // for the merge only, and the connection is handed back as it was.
    const bool trustedSchema = merge.scalar(QStringLiteral("PRAGMA trusted_schema")) != 0;
    if (auto bounded = ForeignDatabase::bound(d.db, &deadline); !bounded)
        return bounded.error();
    auto report = attachedMerge(merge, snapshotPath);
    ForeignDatabase::unbound(d.db);
    if (trustedSchema && !merge.exec(QStringLiteral("PRAGMA trusted_schema = ON")))
        qCInfo(lcStorage) << "trusted_schema could not be restored after a restore:" << merge.error;
    return report;
}

} // namespace Satchel
