#include "Wallet.h"

#include "Migrations.h"
#include "WalletPrivate.h"
#include "formats/CredentialReader.h"
#include "jsonld/SafeJson.h"
#include "storage/Logging.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <unordered_map>
#include <utility>

namespace Satchel {

using namespace WalletSql;

namespace {

constexpr int kMaxNestingDepth = 4;                    // CLR inside CLR inside ...
constexpr qint64 kMaxDocumentBytes = 16 * 1024 * 1024;  // one cached linked document
constexpr QChar kListSeparator = QChar(0x1f);           // unit separator inside group_concat

QAtomicInteger<quint64> s_connectionCounter;


// The id a nested entry of a CLR carries: the object's id, or the JWT payload's id/vc.id/jti.
QString entryId(const QJsonValue &entry)
{
    if (entry.isObject())
        return entry.toObject().value(QLatin1String("id")).toString();
    if (!entry.isString())
        return {};
    const QList<QByteArray> parts = entry.toString().toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return {};
    const auto parsed = SafeJson::parseObject(*decoded);
    const QJsonObject payload = parsed ? *parsed : QJsonObject();
    for (const auto &candidate : {payload.value(QLatin1String("id")).toString(),
                                  payload.value(QLatin1String("vc")).toObject().value(QLatin1String("id")).toString(),
                                  payload.value(QLatin1String("jti")).toString()}) {
        if (!candidate.isEmpty())
            return candidate;
    }
    return {};
}

// The nested credentials' own bytes, cut out of the parent's JSON rather than re-serialised from
// the model: a JWS entry keeps its exact compact string, an object its members (compact JSON).
QList<QPair<QByteArray, bool /*jws*/>> nestedBytes(const Credential &parent)
{
    QJsonArray entries;
    const QJsonValue subject = parent.json.value(QLatin1String("credentialSubject"));
    const QJsonValue value = subject.toObject().value(QLatin1String("verifiableCredential"));
    if (value.isArray())
        entries = value.toArray();
    else if (!value.isUndefined() && !value.isNull())
        entries.append(value);

    QList<QString> ids;
    ids.reserve(entries.size());
    for (const auto &entry : std::as_const(entries))
        ids.append(entryId(entry));
    QList<bool> used(entries.size(), false);

    auto bytesOf = [](const QJsonValue &entry) {
        if (entry.isString())
            return qMakePair(entry.toString().toUtf8(), true);
        return qMakePair(QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact), false);
    };

    QList<QPair<QByteArray, bool>> result;
    result.reserve(parent.nested.size());
    for (int i = 0; i < parent.nested.size(); ++i) {
        const Credential &nested = parent.nested.at(i);
        int match = -1;
        if (!nested.id.isEmpty()) {
            for (int j = 0; j < entries.size() && match < 0; ++j) {
                if (!used.at(j) && ids.at(j) == nested.id)
                    match = j;
            }
        }
        if (match < 0 && entries.size() == parent.nested.size() && !used.at(i))
            match = i;
        if (match >= 0) {
            used[match] = true;
            result.append(bytesOf(entries.at(match)));
        } else {
            // The parser found a credential we cannot locate in the JSON: keep its decoded form.
            result.append(qMakePair(QJsonDocument(nested.json).toJson(QJsonDocument::Compact),
                                    isJwsFormat(nested.format)));
        }
    }
    return result;
}

QString joined(const QStringList &values)
{
    QStringList cleaned;
    for (const QString &v : values) {
        const QString t = v.trimmed();
        if (!t.isEmpty() && !cleaned.contains(t))
            cleaned.append(t);
    }
    return cleaned.join(QLatin1Char('\n'));
}

// FTS5 query from what the learner typed: every word quoted (so no operator or column syntax can
// be injected) and prefix-matched (instant search while typing); words are ANDed.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        bool hasWordChar = false;
        for (const QChar c : word) {
            if (c.isLetterOrNumber()) {
                hasWordChar = true;
                break;
            }
        }
        if (!hasWordChar)
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + quoted + QLatin1String("\"*"));
        if (terms.size() >= 16)
            break;
    }
    return terms.join(QLatin1Char(' '));
}

QStringList formatsForFamily(const QString &family)
{
    const QString f = family.trimmed().toLower();
    if (f == QLatin1String("ob2") || f == QLatin1String("ob 2.0"))
        return {formatName(CredentialFormat::Ob2Json), formatName(CredentialFormat::Ob2Jws)};
    if (f == QLatin1String("ob3") || f == QLatin1String("ob 3.0"))
        return {formatName(CredentialFormat::Ob3Json), formatName(CredentialFormat::Ob3Jwt)};
    if (f == QLatin1String("clr") || f == QLatin1String("clr 2.0"))
        return {formatName(CredentialFormat::ClrJson), formatName(CredentialFormat::ClrJwt)};
    return {f}; // an exact format name ("ob3-jwt")
}

#define SATCHEL_SUMMARY_COLUMNS                                                                   \
    "c.id, c.credential_id, c.name, c.issuer_id, c.issuer_name, c.achievement_type,"              \
    " c.achievement_id, c.format, c.issued, c.valid_until, c.added_at, c.status, c.verified_at,"  \
    " c.parent_id, c.has_image, c.recipient, "
const char kSummaryColumns[] = SATCHEL_SUMMARY_COLUMNS
    "(SELECT group_concat(t.name, char(31)) FROM credential_tags ct JOIN tags t ON t.id = ct.tag_id"
    " WHERE ct.credential_id = c.id)";
// list() reads the tags in one separate pass: SQLite evaluates result columns before sorting, so
// a per-row subquery would run for every row even under a LIMIT.
const char kListColumns[] = SATCHEL_SUMMARY_COLUMNS "NULL";
#undef SATCHEL_SUMMARY_COLUMNS

CredentialSummary summaryFrom(const QSqlQuery &q)
{
    CredentialSummary s;
    s.id = q.value(0).toLongLong();
    s.credentialId = q.value(1).toString();
    s.name = q.value(2).toString();
    s.issuerId = q.value(3).toString();
    s.issuerName = q.value(4).toString();
    s.achievementType = q.value(5).toString();
    s.achievementId = q.value(6).toString();
    s.format = formatFromName(q.value(7).toString());
    s.issued = timeFromMs(q.value(8));
    s.validUntil = timeFromMs(q.value(9));
    s.addedAt = timeFromMs(q.value(10));
    s.status = q.value(11).toString();
    s.verifiedAt = timeFromMs(q.value(12));
    s.parentId = q.value(13).toLongLong();
    s.hasImage = q.value(14).toBool();
    s.recipientCheck = q.value(15).toString();
    const QString tags = q.value(16).toString();
    if (!tags.isEmpty()) {
        s.tags = tags.split(kListSeparator);
        s.tags.sort(Qt::CaseInsensitive);
    }
    return s;
}


} // namespace


bool Wallet::Private::indexMissing(const QList<qint64> &ids) const
{
    QSqlQuery *q = nullptr;
    if (ids.isEmpty())
        return runCached(q, QString::fromLatin1(kIndexMissingFts), {QVariant(), QVariant()});
    // The pending rows are known to be unindexed (refreshFts() drops a row it indexes from the
    // list; a rolled-back or deleted row selects nothing), so no per-row probe of the index. A
    // rolled-back id may have been reused by a later row: index each id once.
    QList<qint64> unique = ids;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (qint64 id : std::as_const(unique)) {
        if (!runCached(q, QString::fromLatin1(kRefreshFts), {id}))
            return false;
    }
    return true;
}

// Writes one credentials row (insert, or update in place of replaceId) and its data row.
Result<qint64> Wallet::Private::writeRow(const Row &row, qint64 replaceId)
{
    const Credential &c = *row.parsed;
    QStringList skills;
    for (const Alignment &a : c.achievement.alignments)
        skills.append(a.targetName);
    const QString name = c.name.isEmpty() ? c.achievement.name : c.name;
    const QString description = c.description.isEmpty() ? c.achievement.description : c.description;
    const QVariantList values = {
        c.id.trimmed(),
        c.issuer.id.trimmed(),
        nullableText(identityKey(c.issuer.id, c.id)),
        row.hash.isEmpty() ? contentHash(row.bytes) : row.hash,
        formatName(row.format),
        c.specVersion,
        name,
        description,
        c.issuer.name,
        c.achievement.id,
        c.achievement.achievementType,
        joined(skills),
        joined(c.achievement.tags),
        msOrNull(c.issued.isValid() ? c.issued : c.validFrom),
        msOrNull(c.validFrom.isValid() ? c.validFrom : c.issued),
        msOrNull(c.validUntil),
        row.source,
        row.bakedImage.isEmpty() ? QString() : row.bakedImageType,
        row.bakedImage.isEmpty() ? QString() : row.bakedKeyword,
        row.image.isEmpty() ? QString() : row.imageType,
        int(!row.image.isEmpty() || !row.bakedImage.isEmpty()),
        nullableId(row.parentId),
        int(row.extracted),
    };
    static const char *const kColumns[] = {
        "credential_id", "issuer_id", "identity_key", "content_hash", "format", "spec_version",
        "name", "description", "issuer_name", "achievement_id", "achievement_type", "skills",
        "keywords", "issued", "valid_from", "valid_until", "source", "baked_image_type",
        "baked_keyword", "image_type", "has_image", "parent_id", "extracted"};
    static_assert(std::size(kColumns) == 23);
    Q_ASSERT(values.size() == 23);

    QSqlQuery q(db);
    qint64 id = replaceId;
    if (replaceId > 0) {
        QStringList sets;
        for (const char *col : kColumns)
            sets.append(QString::fromLatin1(col) + QLatin1String(" = ?"));
        QVariantList bound = values;
        bound.append(replaceId);
        // A new copy has not been verified yet: the old report described other bytes.
        if (!run(q, QLatin1String("UPDATE credentials SET ") + sets.join(QLatin1String(", "))
                        + QLatin1String(", status = '', verified_at = NULL, recipient = '' WHERE id = ?"),
                 bound)) {
            return sqlError(q, Wallet::tr("Could not update the stored credential."));
        }
        if (!run(q, QStringLiteral("DELETE FROM credentials WHERE parent_id = ?"), {replaceId}))
            return sqlError(q, Wallet::tr("Could not update the stored credential."));
    } else {
        QStringList cols;
        for (const char *col : kColumns)
            cols.append(QString::fromLatin1(col));
        QVariantList bound = values;
        bound.append(QDateTime::currentMSecsSinceEpoch());
        static const QString insertSql = [&]() -> QString {
            const QString marks = QString(QStringLiteral("?, ")).repeated(cols.size()) + QLatin1Char('?');
            return QLatin1String("INSERT INTO credentials(") + cols.join(QLatin1String(", "))
                + QLatin1String(", added_at) VALUES (") + marks + QLatin1Char(')');
        }();
        QSqlQuery *insert = nullptr;
        if (!runCached(insert, insertSql, bound))
            return sqlError(*insert, Wallet::tr("Could not store the credential."));
        id = insert->lastInsertId().toLongLong();
    }
    QSqlQuery *data = nullptr;
    if (!runCached(data, QStringLiteral("INSERT OR REPLACE INTO credential_data(credential_id, raw, baked_image, image, report)"
                                        " VALUES (?, ?, ?, ?, NULL)"),
                   {id, QVariant(row.bytes), blobOrNull(row.bakedImage), blobOrNull(row.image)})) {
        return sqlError(*data, Wallet::tr("Could not store the credential's bytes."));
    }
    if (!refreshFts(id, replaceId == 0))
        return Error{QStringLiteral("wallet-write"), Wallet::tr("Could not index the credential for search.")};
    return id;
}

Status Wallet::Private::writeNested(const Credential &parent, qint64 parentId, const QString &parentSource,
                                    int depth, const QList<CredentialImage> &images)
{
    if (parent.nested.isEmpty())
        return {};
    if (depth >= kMaxNestingDepth) {
        return Error{QStringLiteral("too-deep"),
                     Wallet::tr("The credential nests other credentials too deeply.")};
    }
    const auto bytes = nestedBytes(parent);
    for (int i = 0; i < parent.nested.size(); ++i) {
        const Credential &nested = parent.nested.at(i);
        Row row;
        row.parsed = &nested;
        row.bytes = bytes.at(i).first;
        row.format = nested.format != CredentialFormat::Unknown
            ? nested.format
            : (bytes.at(i).second ? CredentialFormat::Ob3Jwt : CredentialFormat::Ob3Json);
        row.source = parentSource + QStringLiteral("#credentialSubject.verifiableCredential[%1]").arg(i);
        row.parentId = parentId;
        row.extracted = true;
        if (i < images.size() && !images.at(i).bytes.isEmpty()) {
            row.image = images.at(i).bytes;
            row.imageType = images.at(i).type;
        }
        auto id = writeRow(row, 0);
        if (!id)
            return id.error();
        if (auto st = writeNested(nested, *id, row.source, depth + 1); !st)
            return st;
    }
    return {};
}

Wallet::Wallet() : d(std::make_unique<Private>()) {}

Wallet::~Wallet()
{
    // On failure the pending mark stays and open() repairs it.
    if (!d->pendingFts.isEmpty()) {
        if (const Status flushed = flushSearchIndex(); !flushed)
            qCInfo(lcStorage) << "search index flush on close failed:" << flushed.error().message;
    }
    if (!d->connectionName.isEmpty()) {
        d->statements.clear();
        d->m_failed.reset();
        d->db.close();
        d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->connectionName);
    }
}

Result<std::unique_ptr<Wallet>> Wallet::open(const QString &path)
{
    std::unique_ptr<Wallet> wallet(new Wallet);
    Private &d = *wallet->d;
    d.path = path;
    d.connectionName = QStringLiteral("satchel-wallet-%1").arg(++s_connectionCounter);
    d.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d.connectionName);
    if (!d.db.isValid()) {
        return Error{QStringLiteral("wallet-open"),
                     tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).")};
    }
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile()) {
            return Error{QStringLiteral("wallet-open"), tr("%1 is not a wallet file.").arg(path)};
        }
        QDir().mkpath(info.absolutePath());
    }
    d.db.setDatabaseName(path);
    if (!d.db.open()) {
        return Error{QStringLiteral("wallet-open"),
                     tr("Could not open the wallet %1: %2").arg(path, d.db.lastError().text())};
    }
    QSqlQuery q(d.db);
    // journal_mode answers with a row; a file that is not SQLite fails here.
    // A 16 MB page cache and memory-mapped reads keep a 10,000-credential gallery off pread();
    // checkpointing every 16 MB of WAL rather than 4 MB cuts the rewrites of hot index pages
    // during a large import.
    for (const char *pragma : {"PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON",
                               "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA cache_size = -16384", "PRAGMA mmap_size = 268435456",
                               "PRAGMA temp_store = MEMORY", "PRAGMA wal_autocheckpoint = 4000"}) {
        if (!d.run(q, QString::fromLatin1(pragma))) {
            return Error{QStringLiteral("wallet-open"),
                         tr("Could not open the wallet %1: %2").arg(path, q.lastError().text())};
        }
    }
    if (auto st = Migrations::migrate(d.db, kSchemaVersion); !st)
        return st.error();
    auto version = Migrations::currentVersion(d.db);
    if (!version)
        return version.error();
    d.version = *version;
    if (wallet->setting(QLatin1String(kSearchPendingKey)) == QLatin1String("1")) {
        // The last bulk import ended before it indexed everything (a crash): catch up now.
        if (!d.begin())
            return Error{QStringLiteral("wallet-open"), tr("The wallet %1 is busy.").arg(path)};
        const bool indexed = d.indexMissing({})
            && d.run(q, QStringLiteral("DELETE FROM settings WHERE key = ?"), {QLatin1String(kSearchPendingKey)});
        d.commitOrRollback(indexed);
    }
    return wallet;
}

void Wallet::setDeferSearchIndexing(bool defer)
{
    if (!defer && !d->pendingFts.isEmpty()) {
        if (const Status flushed = flushSearchIndex(); !flushed)
            qCInfo(lcStorage) << "search index flush failed:" << flushed.error().message;
    }
    d->deferFts = defer;
}

Status Wallet::flushSearchIndex()
{
    if (d->pendingFts.isEmpty())
        return {};
    if (!d->begin())
        return Error{QStringLiteral("wallet-write"), tr("The wallet is busy or read-only.")};
    QSqlQuery *q = nullptr;
    const bool indexed = d->indexMissing(d->pendingFts)
        && d->runCached(q, QStringLiteral("DELETE FROM settings WHERE key = ?"), {QLatin1String(kSearchPendingKey)});
    d->commitOrRollback(indexed);
    if (!indexed)
        return Error{QStringLiteral("wallet-write"), tr("Could not index the credentials for search.")};
    d->pendingFts.clear();
    d->pendingMarked = false;
    return {};
}

QString Wallet::path() const
{
    return d->path;
}

int Wallet::schemaVersion() const
{
    return d->version;
}

Result<StoreOutcome> Wallet::store(const RawCredential &raw, const Credential &parsed,
                                   const QByteArray &imageBytes, const QString &imageType,
                                   const QList<CredentialImage> &nestedImages)
{
    if (raw.bytes.isEmpty()) {
        return Error{QStringLiteral("empty"), tr("There are no credential bytes to store.")};
    }
    Row row;
    row.parsed = &parsed;
    row.format = raw.format != CredentialFormat::Unknown ? raw.format : parsed.format;
    row.bytes = raw.bytes;
    row.bakedImage = raw.bakedImage;
    row.bakedImageType = raw.bakedImageType;
    row.bakedKeyword = raw.bakedKeyword;
    row.source = raw.sourceName;
    row.image = imageBytes;
    row.imageType = imageType;
    row.hash = contentHash(raw.bytes);

    if (!d->begin()) {
        return Error{QStringLiteral("wallet-write"), tr("The wallet is busy or read-only.")};
    }
    bool committed = false;
    auto finish = qScopeGuard([&] { d->commitOrRollback(committed); });

    if (const qint64 existing = d->singleId(
            QStringLiteral("SELECT id FROM credentials WHERE content_hash = ? AND parent_id IS NULL"),
            {row.hash})) {
        return StoreOutcome{StoreOutcome::Duplicate, existing};
    }
    if (const qint64 versionOf = d->singleId(
            QStringLiteral("SELECT credential_row FROM credential_versions WHERE content_hash = ?"), {row.hash})) {
        return StoreOutcome{StoreOutcome::Duplicate, versionOf};
    }
    qint64 replaceId = 0;
    const QString key = identityKey(parsed.issuer.id, parsed.id);
    if (!key.isEmpty()) {
        QSqlQuery *q = nullptr;
        if (!d->runCached(q, QStringLiteral("SELECT id, valid_from FROM credentials"
                                            " WHERE identity_key = ? AND parent_id IS NULL"), {key})) {
            return d->sqlError(*q, tr("Could not look for duplicates."));
        }
        const bool found = q->next();
        const qint64 existing = found ? q->value(0).toLongLong() : 0;
        const QDateTime stored = found ? timeFromMs(q->value(1)) : QDateTime();
        q->finish();
        if (found && d->holdsSameContent(existing, row.bytes))
            return StoreOutcome{StoreOutcome::Duplicate, existing};
        if (found) {
            // OB 3.0 §2.3: two credentials with the same issuer and id are the same credential, and
            // a copy with a later validFrom supersedes the one stored. But the bytes differ, and
            // either copy may be the forged one: both are kept, and the next verification shows
            // the one that verifies.
            const QDateTime incoming = parsed.validFrom.isValid() ? parsed.validFrom : parsed.issued;
            if (!(incoming.isValid() && stored.isValid() && incoming > stored)) {
                auto version = d->addVersion(existing, row);
                if (!version)
                    return version.error();
                if (!d->clearVerification(existing))
                    return Error{QStringLiteral("wallet-write"), tr("Could not update the stored credential.")};
                committed = true;
                return StoreOutcome{StoreOutcome::Version, existing, *version};
            }
            if (auto kept = d->keepShownAsVersion(existing); !kept)
                return kept.error();
            replaceId = existing;
        }
    }
    auto id = d->writeRow(row, replaceId);
    if (!id)
        return id.error();
    if (auto st = d->writeNested(parsed, *id, raw.sourceName, 0, nestedImages); !st)
        return st.error();
    committed = true;
    return StoreOutcome{replaceId > 0 ? StoreOutcome::Replaced : StoreOutcome::Imported, *id};
}

// The SELECT of list() and matchingIds(): columns, filters, order and limit of a query. False
// when the query cannot match anything (search text of punctuation only).
bool Wallet::Private::buildQuery(const CredentialQuery &query, const QString &columns, QString &sql,
                                 QVariantList &values)
{
    sql = QLatin1String("SELECT ") + columns + QLatin1String(" FROM credentials c WHERE 1");
    if (!query.text.trimmed().isEmpty()) {
        const QString match = ftsQuery(query.text);
        if (match.isEmpty())
            return false;
        sql += QLatin1String(" AND c.id IN (SELECT rowid FROM credentials_fts WHERE credentials_fts MATCH ?)");
        values.append(match);
    }
    if (!query.issuerId.isEmpty()) {
        sql += QLatin1String(" AND c.issuer_id = ?");
        values.append(query.issuerId);
    }
    if (!query.format.isEmpty()) {
        const QStringList formats = formatsForFamily(query.format);
        sql += QLatin1String(" AND c.format IN (")
            + QString(QStringLiteral("?, ")).repeated(formats.size() - 1) + QLatin1String("?)");
        for (const QString &f : formats)
            values.append(f);
    }
    if (!query.achievementType.isEmpty()) {
        sql += QLatin1String(" AND c.achievement_type = ?");
        values.append(query.achievementType);
    }
    if (!query.tag.isEmpty()) {
        sql += QLatin1String(" AND EXISTS (SELECT 1 FROM credential_tags ct JOIN tags t ON t.id = ct.tag_id"
                             " WHERE ct.credential_id = c.id AND t.name = ?)");
        values.append(query.tag);
    }
    if (query.collectionId > 0) {
        sql += QLatin1String(" AND EXISTS (SELECT 1 FROM collection_items ci"
                             " WHERE ci.collection_id = ? AND ci.credential_id = c.id)");
        values.append(query.collectionId);
    }
    if (query.year > 0) {
        sql += QLatin1String(" AND c.issued >= ? AND c.issued < ?");
        values.append(QDateTime(QDate(query.year, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        values.append(QDateTime(QDate(query.year + 1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }
    if (!query.includeNested) {
        sql += QLatin1String(" AND c.parent_id IS NULL");
    } else if (!query.includeNestedCopies) {
        sql += QLatin1String(" AND NOT (c.parent_id IS NOT NULL AND c.identity_key IS NOT NULL AND EXISTS"
                             " (SELECT 1 FROM credentials t WHERE t.identity_key = c.identity_key"
                             " AND t.parent_id IS NULL))");
    }

    const QLatin1String dir = query.descending ? QLatin1String(" DESC") : QLatin1String(" ASC");
    switch (query.sort) {
    case SortKey::Issued:
        // Undated credentials go last in either direction.
        sql += QLatin1String(" ORDER BY c.issued IS NULL, c.issued") + dir + QLatin1String(", c.id") + dir;
        break;
    case SortKey::Name:
        sql += QLatin1String(" ORDER BY c.name COLLATE NOCASE") + dir + QLatin1String(", c.id") + dir;
        break;
    case SortKey::Issuer:
        sql += QLatin1String(" ORDER BY c.issuer_name COLLATE NOCASE") + dir
            + QLatin1String(", c.name COLLATE NOCASE, c.id");
        break;
    case SortKey::Added:
        sql += QLatin1String(" ORDER BY c.added_at") + dir + QLatin1String(", c.id") + dir;
        break;
    }
    if (query.limit >= 0) {
        sql += QLatin1String(" LIMIT ?");
        values.append(query.limit);
    }
    return true;
}

Result<QList<qint64>> Wallet::matchingIds(const CredentialQuery &query) const
{
    QString sql;
    QVariantList values;
    if (!Private::buildQuery(query, QStringLiteral("c.id"), sql, values))
        return QList<qint64>(); // only punctuation: nothing can match
    QSqlQuery q(d->db);
    if (!d->run(q, sql, values)) {
        return Error{QStringLiteral("wallet-read"),
                     tr("Could not read the wallet: %1").arg(q.lastError().text())};
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<CredentialSummary>> Wallet::list(const CredentialQuery &query) const
{
    QString sql;
    QVariantList values;
    if (!Private::buildQuery(query, QLatin1String(kListColumns), sql, values))
        return QList<CredentialSummary>(); // only punctuation: nothing can match

    QSqlQuery q(d->db);
    if (!d->run(q, sql, values)) {
        return Error{QStringLiteral("wallet-read"),
                     tr("Could not read the wallet: %1").arg(q.lastError().text())};
    }
    QList<CredentialSummary> result;
    QHash<qint64, qsizetype> rowOf;
    while (q.next()) {
        result.append(summaryFrom(q));
        rowOf.insert(result.last().id, result.size() - 1);
    }
    if (!result.isEmpty()) {
        QSqlQuery tags(d->db);
        if (d->run(tags, QStringLiteral("SELECT ct.credential_id, t.name FROM credential_tags ct"
                                        " JOIN tags t ON t.id = ct.tag_id ORDER BY t.name COLLATE NOCASE"))) {
            while (tags.next()) {
                const auto it = rowOf.constFind(tags.value(0).toLongLong());
                if (it != rowOf.constEnd())
                    result[*it].tags.append(tags.value(1).toString());
            }
        }
    }
    return result;
}

Result<StoredCredential> Wallet::credential(qint64 id) const
{
    QSqlQuery q(d->db);
    if (!d->run(q, QLatin1String("SELECT ") + QLatin1String(kSummaryColumns)
                       + QLatin1String(", c.source, c.baked_image_type, c.baked_keyword, c.image_type,"
                                       " cd.raw, cd.baked_image, cd.image, cd.report"
                                       " FROM credentials c JOIN credential_data cd ON cd.credential_id = c.id"
                                       " WHERE c.id = ?"),
                {id})) {
        return Error{QStringLiteral("wallet-read"),
                     tr("Could not read the wallet: %1").arg(q.lastError().text())};
    }
    if (!q.next())
        return Error{QStringLiteral("not-found"), tr("There is no credential %1 in the wallet.").arg(id)};
    StoredCredential stored;
    stored.summary = summaryFrom(q);
    stored.raw.format = stored.summary.format;
    stored.raw.sourceName = q.value(17).toString();
    stored.raw.bakedImageType = q.value(18).toString();
    stored.raw.bakedKeyword = q.value(19).toString();
    stored.imageType = q.value(20).toString();
    stored.raw.bytes = q.value(21).toByteArray();
    stored.raw.bakedImage = q.value(22).toByteArray();
    stored.imageBytes = q.value(23).toByteArray();
    stored.verificationReport = q.value(24).toString();
    if (stored.imageBytes.isEmpty() && !stored.raw.bakedImage.isEmpty()) {
        stored.imageBytes = stored.raw.bakedImage;
        stored.imageType = stored.raw.bakedImageType;
    }
    return stored;
}

Result<Credential> Wallet::parsed(qint64 id) const
{
    auto stored = credential(id);
    if (!stored)
        return stored.error();
    return parsed(*stored);
}

Result<Credential> Wallet::parsed(const StoredCredential &stored) const
{
    const RawCredential &raw = stored.raw;
    // Linked OB 2.0 documents come from the cache; each round may reveal one more link
    // (the issuer only becomes known from the BadgeClass).
    LinkedDocuments linked;
    for (int round = 0; round < 8; ++round) {
        bool added = false;
        for (const QString &url : CredentialReader::linkedDocumentUrls(raw, linked)) {
            if (linked.contains(url))
                continue;
            if (auto doc = document(url)) {
                if (const auto json = SafeJson::parseObject(doc->body)) {
                    linked.insert(url, *json);
                    added = true;
                }
            }
        }
        if (!added)
            break;
    }
    return CredentialReader::parse(raw, linked);
}

QList<qint64> Wallet::nestedIds(qint64 parentId) const
{
    QList<qint64> ids;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT id FROM credentials WHERE parent_id = ? ORDER BY id"), {parentId})) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

Result<QByteArray> Wallet::image(qint64 id) const
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("SELECT coalesce(image, baked_image) FROM credential_data WHERE credential_id = ?"),
                {id})) {
        return Error{QStringLiteral("wallet-read"),
                     tr("Could not read the wallet: %1").arg(q.lastError().text())};
    }
    if (!q.next())
        return Error{QStringLiteral("not-found"), tr("There is no credential %1 in the wallet.").arg(id)};
    return q.value(0).toByteArray();
}

Status Wallet::remove(qint64 id)
{
    QSqlQuery q(d->db);
    if (!d->begin())
        return Error{QStringLiteral("wallet-write"), tr("The wallet is busy or read-only.")};
    // Nested rows, tags, collection entries, data and the search index follow by cascade/trigger.
    const bool ok = d->run(q, QStringLiteral("DELETE FROM credentials WHERE id = ?"), {id});
    const int affected = ok ? q.numRowsAffected() : 0;
    d->commitOrRollback(ok && affected > 0);
    if (!ok)
        return d->sqlError(q, tr("Could not remove the credential."));
    if (affected == 0)
        return Error{QStringLiteral("not-found"), tr("There is no credential %1 in the wallet.").arg(id)};
    return {};
}

int Wallet::count() const
{
    return int(d->singleId(QStringLiteral("SELECT count(*) FROM credentials"), {}));
}

QList<IssuerEntry> Wallet::issuers() const
{
    QList<IssuerEntry> result;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT issuer_id, max(issuer_name) AS n, count(*) FROM credentials"
                                 " WHERE issuer_id <> '' GROUP BY issuer_id ORDER BY n COLLATE NOCASE, issuer_id"))) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    }
    return result;
}

QList<int> Wallet::years() const
{
    QList<int> result;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT DISTINCT CAST(strftime('%Y', issued / 1000, 'unixepoch') AS INTEGER) AS y"
                                 " FROM credentials WHERE issued IS NOT NULL ORDER BY y DESC"))) {
        while (q.next())
            result.append(q.value(0).toInt());
    }
    return result;
}

QStringList Wallet::achievementTypes() const
{
    QStringList result;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT DISTINCT achievement_type FROM credentials"
                                 " WHERE achievement_type <> '' ORDER BY achievement_type COLLATE NOCASE"))) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    return result;
}

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
    QList<QPair<QString, QString>> result;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT type, value FROM identities ORDER BY type, value"))) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString()});
    }
    return result;
}

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
    QStringList result;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE"))) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    return result;
}

QStringList Wallet::tags(qint64 credentialId) const
{
    QStringList result;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT t.name FROM credential_tags ct JOIN tags t ON t.id = ct.tag_id"
                                 " WHERE ct.credential_id = ? ORDER BY t.name COLLATE NOCASE"), {credentialId})) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    return result;
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
    QList<Collection> result;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT c.id, c.name, (SELECT count(*) FROM collection_items i WHERE i.collection_id = c.id)"
                                 " FROM collections c ORDER BY c.name COLLATE NOCASE, c.id"))) {
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    }
    return result;
}

QList<qint64> Wallet::collectionsOf(qint64 credentialId) const
{
    QList<qint64> result;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT collection_id FROM collection_items WHERE credential_id = ? ORDER BY collection_id"),
               {credentialId})) {
        while (q.next())
            result.append(q.value(0).toLongLong());
    }
    return result;
}

Status Wallet::putDocument(const FetchedDocument &document)
{
    if (document.url.isEmpty())
        return Error{QStringLiteral("invalid-document"), tr("A cached document needs its URL.")};
    if (document.body.size() > kMaxDocumentBytes)
        return Error{QStringLiteral("too-large"), tr("The document %1 is too large to keep.").arg(document.url)};
    QSqlQuery q(d->db);
    const QDateTime at = document.fetchedAt.isValid() ? document.fetchedAt : QDateTime::currentDateTimeUtc();
    if (!d->run(q, QStringLiteral("INSERT OR REPLACE INTO documents(url, body, content_type, fetched_at, http_status)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                {document.url, QVariant(document.body), document.contentType, at.toMSecsSinceEpoch(),
                 document.httpStatus})) {
        return d->sqlError(q, tr("Could not keep the document %1.").arg(document.url));
    }
    return {};
}

std::optional<FetchedDocument> Wallet::document(const QString &url) const
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("SELECT body, content_type, fetched_at, http_status FROM documents WHERE url = ?"),
                {url})
        || !q.next()) {
        return std::nullopt;
    }
    FetchedDocument doc;
    doc.url = url;
    doc.body = q.value(0).toByteArray();
    doc.contentType = q.value(1).toString();
    doc.fetchedAt = timeFromMs(q.value(2));
    doc.httpStatus = q.value(3).toInt();
    doc.fromCache = true;
    return doc;
}

int Wallet::documentCount() const
{
    return int(d->singleId(QStringLiteral("SELECT count(*) FROM documents"), {}));
}

Status Wallet::saveVerification(qint64 id, const QString &status, const QDateTime &at,
                                const QByteArray &reportJson, const QString &recipientCheck)
{
    if (!d->begin())
        return Error{QStringLiteral("wallet-write"), tr("The wallet is busy or read-only.")};
    bool ok = false;
    auto finish = qScopeGuard([&] { d->commitOrRollback(ok); });
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("UPDATE credentials SET status = ?, verified_at = ?, recipient = ? WHERE id = ?"),
                {status, msOrNull(at.isValid() ? at : QDateTime::currentDateTimeUtc()), recipientCheck.left(16), id})) {
        return d->sqlError(q, tr("Could not save the verification."));
    }
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("not-found"), tr("There is no credential %1 in the wallet.").arg(id)};
    if (!d->run(q, QStringLiteral("UPDATE credential_data SET report = ? WHERE credential_id = ?"),
                {reportJson.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(reportJson)),
                 id})) {
        return d->sqlError(q, tr("Could not save the verification."));
    }
    ok = true;
    return {};
}

Status Wallet::logImport(const QString &source, const QString &outcome, qint64 credentialId,
                         const QString &message)
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("INSERT INTO import_log(at, source, outcome, credential_id, message)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                {QDateTime::currentMSecsSinceEpoch(), source, outcome, nullableId(credentialId), message})) {
        return d->sqlError(q, tr("Could not record the import."));
    }
    return {};
}

QList<ImportLogEntry> Wallet::importLog(int limit) const
{
    QList<ImportLogEntry> result;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT id, at, source, outcome, credential_id, message FROM import_log"
                                 " ORDER BY at DESC, id DESC LIMIT ?"), {limit})) {
        while (q.next()) {
            result.append({q.value(0).toLongLong(), timeFromMs(q.value(1)), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString()});
        }
    }
    return result;
}

Status Wallet::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"), {key, value}))
        return d->sqlError(q, tr("Could not save the setting %1.").arg(key));
    return {};
}

QString Wallet::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) && q.next())
        return q.value(0).toString();
    return fallback;
}

} // namespace Satchel

namespace Satchel {

namespace {

const char kHolderKeyColumns[] = "did, created_at, storage, sealed_key";

HolderKeyRecord holderKeyFrom(const QSqlQuery &q)
{
    HolderKeyRecord key;
    key.did = q.value(0).toString();
    key.createdAt = timeFromMs(q.value(1));
    key.storage = q.value(2).toString();
    key.sealedKey = q.value(3).toByteArray();
    return key;
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
    if (d->run(q, QStringLiteral("SELECT %1 FROM holder_keys ORDER BY created_at DESC, id DESC LIMIT 1")
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
    if (!key.did.startsWith(QLatin1String("did:")) || !key.createdAt.isValid()
        || (key.storage != QLatin1String("keychain") && key.storage != QLatin1String("sealed"))
        || (key.storage == QLatin1String("sealed") && key.sealedKey.isEmpty()))
        return Error{QStringLiteral("invalid-holder-key"), tr("The holder key record is incomplete.")};
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("INSERT INTO holder_keys(did, created_at, storage, sealed_key) VALUES (?, ?, ?, ?)"
                                  " ON CONFLICT(did) DO UPDATE SET storage = excluded.storage,"
                                  " sealed_key = excluded.sealed_key"),
                {key.did, key.createdAt.toMSecsSinceEpoch(), key.storage, blobOrNull(key.sealedKey)}))
        return d->sqlError(q, tr("Could not save the holder key."));
    return {};
}

Status Wallet::removeHolderKey(const QString &did)
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("DELETE FROM holder_keys WHERE did = ?"), {did}))
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
