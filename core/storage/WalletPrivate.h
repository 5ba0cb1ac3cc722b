// Inside the wallet: its connection, prepared statements and transactions (Wallet::Private), and
// the row helpers every storage source file shares. Only core/storage includes this header.
#pragma once

#include "Wallet.h"
#include "storage/Logging.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <type_traits>
#include <unordered_map>

namespace Satchel {

namespace WalletSql {

inline QVariant nullableText(const QString &text)
{
    // Qt 6 binds an empty QString as '' rather than NULL; the partial unique indexes need NULL.
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime timeFromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Row readers for Wallet::Private::readAll() of a one-column SELECT.
inline QString firstColumnText(const QSqlQuery &q)
{
    return q.value(0).toString();
}

inline qint64 firstColumnId(const QSqlQuery &q)
{
    return q.value(0).toLongLong();
}

inline QVariant blobOrNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes);
}

inline QString normalizedId(const QString &id)
{
    return QUrl::fromPercentEncoding(id.trimmed().toUtf8()).trimmed();
}

// issuer id + credential id, both percent-decoded and trimmed, so that "https://a.org/b%201" and
// " https://a.org/b 1" are the same credential. Empty when the credential has no id.
inline QString identityKey(const QString &issuerId, const QString &credentialId)
{
    const QString credential = normalizedId(credentialId);
    if (credential.isEmpty())
        return {};
    return normalizedId(issuerId) + QLatin1Char('\n') + credential;
}

inline QString contentHash(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Everything one credentials row holds, derived once from (raw, parsed).
struct Row {
    const Credential *parsed = nullptr;
    CredentialFormat format = CredentialFormat::Unknown;
    QByteArray bytes;
    QString hash;               // contentHash(bytes), when the caller already has it
    QByteArray bakedImage;
    QString bakedImageType;
    QString bakedKeyword;
    QString source;
    QByteArray image;
    QString imageType;
    qint64 parentId = 0;
    bool extracted = false;
};

inline constexpr char kRefreshFts[] =
    "INSERT INTO credentials_fts(rowid, name, description, issuer, tags, skills, achievement_type)"
    " SELECT c.id, c.name, c.description, c.issuer_name,"
    "  c.keywords || char(10) || coalesce((SELECT group_concat(t.name, char(10))"
    "   FROM credential_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.credential_id = c.id), ''),"
    "  c.skills, c.achievement_type"
    " FROM credentials c WHERE c.id = ?";

// An unindexed row only: a row stored while indexing was deferred may also have been re-indexed
// since (a replaced copy, a new tag), and FTS5 would keep both entries.
inline constexpr char kIndexMissingFts[] =
    "INSERT INTO credentials_fts(rowid, name, description, issuer, tags, skills, achievement_type)"
    " SELECT c.id, c.name, c.description, c.issuer_name,"
    "  c.keywords || char(10) || coalesce((SELECT group_concat(t.name, char(10))"
    "   FROM credential_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.credential_id = c.id), ''),"
    "  c.skills, c.achievement_type"
    " FROM credentials c WHERE (c.id = ? OR ? IS NULL)"
    "  AND NOT EXISTS (SELECT 1 FROM credentials_fts f WHERE f.rowid = c.id)";

// Set in the settings table while stored rows wait for the search index (see refreshFts()).
inline constexpr char kSearchPendingKey[] = "storage.searchIndexPending";

} // namespace WalletSql

class Wallet::Private {
public:
    QString path;
    QString connectionName;
    QSqlDatabase db;
    int version = 0;

    // Deferred search indexing (setDeferSearchIndexing): rows stored but not yet in the FTS index.
    bool deferFts = false;
    mutable QList<qint64> pendingFts;
    mutable bool pendingMarked = false; // the settings mark is written in the open transaction or before
    // Indexes the given rows, or every row missing from the index when ids is empty.
    bool indexMissing(const QList<qint64> &ids) const;
    static bool buildQuery(const CredentialQuery &query, const QString &columns, QString &sql,
                           QVariantList &values);

    // Statements of the import hot path, prepared once per connection (see runCached()).
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements;

    static QVariant bindable(const QVariant &v)
    {
        // QSQLITE binds a null QString as NULL; only nullableText() means NULL here.
        if (v.metaType().id() == QMetaType::QString && !v.isNull() && v.toString().isNull())
            return QString(QLatin1String(""));
        return v;
    }

    // A prepared statement with its values bound in order. Every SQL in this file goes through it
    // or runCached(). The query must have been made on db.
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {}) const
    {
        query.setForwardOnly(true); // no client-side row cache: results are read once, in order
        if (!query.prepare(sql)) {
            qCWarning(lcStorage) << "prepare failed:" << query.lastError().text();
            return false;
        }
        for (const QVariant &v : values)
            query.addBindValue(bindable(v));
        if (!query.exec()) {
            qCDebug(lcStorage) << "statement failed:" << query.lastError().text();
            return false;
        }
        return true;
    }

    // As run(), on a statement prepared once and kept: saves SQLite's parse and plan on every
    // store() of a large import. The returned query stays valid until the Wallet is destroyed;
    // a caller reading rows calls finish() when done.
    bool runCached(QSqlQuery *&query, const QString &sql, const QVariantList &values = {}) const
    {
        auto &slot = statements[sql];
        if (!slot) {
            slot = std::make_unique<QSqlQuery>(db);
            slot->setForwardOnly(true);
            if (!slot->prepare(sql)) {
                qCWarning(lcStorage) << "prepare failed:" << slot->lastError().text();
                query = slot.get();
                QSqlQuery *failed = slot.release();
                statements.erase(sql);
                m_failed.reset(failed); // keep lastError() readable for the caller
                return false;
            }
        }
        query = slot.get();
        for (int i = 0; i < values.size(); ++i)
            query->bindValue(i, bindable(values.at(i)));
        if (!query->exec()) {
            qCDebug(lcStorage) << "statement failed:" << query->lastError().text();
            query->finish();
            return false;
        }
        return true;
    }
    mutable std::unique_ptr<QSqlQuery> m_failed;

    Error sqlError(const QSqlQuery &query, const QString &message) const
    {
        return Error{QStringLiteral("wallet-write"),
                     Wallet::tr("%1 (%2)").arg(message, query.lastError().text())};
    }

    bool begin() const
    {
        QSqlQuery *q = nullptr;
        return runCached(q, QStringLiteral("BEGIN IMMEDIATE"));
    }
    void commitOrRollback(bool commit) const
    {
        QSqlQuery *q = nullptr;
        if (!commit || !runCached(q, QStringLiteral("COMMIT"))) {
            runCached(q, QStringLiteral("ROLLBACK"));
            pendingMarked = false; // the mark may have gone with the rollback: write it again
        }
    }

    Result<qint64> writeRow(const WalletSql::Row &row, qint64 replaceId);
    // One verification, inside the caller's transaction; false when the row is gone.
    Result<bool> writeVerification(const VerificationRecord &record);
    // Versions (WalletVersions.cpp), inside the caller's transaction: the bytes and verification a
    // row shows, copied to a new version; a new version from an incoming copy; a row's
    // verification cleared, so that it is verified again.
    Result<qint64> keepShownAsVersion(qint64 credentialRow);
    Result<qint64> addVersion(qint64 credentialRow, const WalletSql::Row &row);
    bool clearVerification(qint64 credentialRow);
    // True when the row, or one of its versions, holds the same content as bytes in another
    // encoding (whitespace, member order): a duplicate, not a version.
    bool holdsSameContent(qint64 credentialRow, const QByteArray &bytes) const;
    Status writeNested(const Credential &parent, qint64 parentId, const QString &parentSource, int depth,
                       const QList<CredentialImage> &images = {});
    // Re-indexes one credential for search. A freshly inserted row has nothing to delete.
    bool refreshFts(qint64 id, bool fresh = false) const
    {
        if (fresh && deferFts) {
            // Marked in the same transaction as the row, so a crash before flushSearchIndex()
            // is repaired by the next open().
            QSqlQuery *mark = nullptr;
            if (!pendingMarked
                && !runCached(mark, QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, '1')"),
                              {QLatin1String(WalletSql::kSearchPendingKey)})) {
                return false;
            }
            pendingMarked = true;
            pendingFts.append(id);
            return true;
        }
        pendingFts.removeAll(id); // indexed now: flushing it again would index it twice
        QSqlQuery *q = nullptr;
        return (fresh || runCached(q, QStringLiteral("DELETE FROM credentials_fts WHERE rowid = ?"), {id}))
            && runCached(q, QString::fromLatin1(WalletSql::kRefreshFts), {id});
    }
    // Every row of a SELECT, each made by read(query). Empty when the SELECT fails: the lists
    // views show (issuers, tags, collections…) read as empty rather than as an error, and run()
    // has logged why.
    template <typename Read>
    auto readAll(const QString &sql, const QVariantList &values, Read read) const
        -> QList<std::invoke_result_t<Read, const QSqlQuery &>>
    {
        QList<std::invoke_result_t<Read, const QSqlQuery &>> rows;
        QSqlQuery q(db);
        if (run(q, sql, values)) {
            while (q.next())
                rows.append(read(q));
        }
        return rows;
    }
    qint64 singleId(const QString &sql, const QVariantList &values) const
    {
        QSqlQuery *q = nullptr;
        qint64 id = 0;
        if (runCached(q, sql, values) && q->next())
            id = q->value(0).toLongLong();
        if (q)
            q->finish();
        return id;
    }
};

// How a storage class other than Wallet (PathwayRepository, SnapshotMerge) reaches a wallet's
// connection: it shares it (one connection per thread) instead of opening the file again.
class WalletAccess {
public:
    using Internals = Wallet::Private;
    static Internals &of(Wallet &wallet) { return *wallet.d; }
    static const Internals &of(const Wallet &wallet) { return *wallet.d; }
};

} // namespace Satchel
