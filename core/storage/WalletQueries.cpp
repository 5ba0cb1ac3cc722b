// Wallet: reading credentials back (the gallery's list and search, one credential with its
// bytes, the values the filters offer).
#include "Wallet.h"
#include "WalletPrivate.h"


#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>

namespace Satchel {

using namespace WalletSql;

namespace {

constexpr QChar kListSeparator = QChar(0x1f);           // unit separator inside group_concat

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
        return {formatName(CredentialFormat::Ob3Json), formatName(CredentialFormat::Ob3Jwt),
                formatName(CredentialFormat::Ob3Cose)};
    if (f == QLatin1String("clr") || f == QLatin1String("clr 2.0"))
        return {formatName(CredentialFormat::ClrJson), formatName(CredentialFormat::ClrJwt),
                formatName(CredentialFormat::ClrCose)};
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
    // Prepared once per connection: Verify all reads every credential, and SQLite's parse and plan of
    // this join cost as much as reading the row.
    QSqlQuery *q = nullptr;
    if (!d->runCached(q, QLatin1String("SELECT ") + QLatin1String(kSummaryColumns)
                       + QLatin1String(", c.source, c.baked_image_type, c.baked_keyword, c.image_type,"
                                       " cd.raw, cd.baked_image, cd.image, cd.report,"
                                       " p.protocol, p.issuer_domain, p.issuer_name, p.issuer_url, p.holder_did,"
                                       " p.received_at"
                                       " FROM credentials c JOIN credential_data cd ON cd.credential_id = c.id"
                                       " LEFT JOIN credential_provenance p ON p.credential_row = c.id"
                                       " WHERE c.id = ?"),
                {id})) {
        return Error{QStringLiteral("wallet-read"),
                     tr("Could not read the wallet: %1").arg(q->lastError().text())};
    }
    const auto done = qScopeGuard([q] { q->finish(); }); // the kept statement lets go of its row
    if (!q->next())
        return Error{QStringLiteral("not-found"), tr("There is no credential %1 in the wallet.").arg(id)};
    StoredCredential stored;
    stored.summary = summaryFrom(*q);
    stored.raw.format = stored.summary.format;
    stored.raw.sourceName = q->value(17).toString();
    stored.raw.bakedImageType = q->value(18).toString();
    stored.raw.bakedKeyword = q->value(19).toString();
    stored.imageType = q->value(20).toString();
    stored.raw.bytes = q->value(21).toByteArray();
    stored.raw.bakedImage = q->value(22).toByteArray();
    stored.imageBytes = q->value(23).toByteArray();
    stored.verificationReport = q->value(24).toString();
    if (!q->value(25).isNull()) {
        stored.provenance = CredentialProvenance{q->value(25).toString(), q->value(26).toString(),
                                                 q->value(27).toString(), q->value(28).toString(),
                                                 q->value(29).toString(), WalletSql::timeFromMs(q->value(30))};
    }
    if (stored.imageBytes.isEmpty() && !stored.raw.bakedImage.isEmpty()) {
        stored.imageBytes = stored.raw.bakedImage;
        stored.imageType = stored.raw.bakedImageType;
    }
    return stored;
}

QList<qint64> Wallet::nestedIds(qint64 parentId) const
{
    return d->readAll(QStringLiteral("SELECT id FROM credentials WHERE parent_id = ? ORDER BY id"), {parentId},
                      firstColumnId);
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

int Wallet::count() const
{
    return int(d->singleId(QStringLiteral("SELECT count(*) FROM credentials"), {}));
}

QList<IssuerEntry> Wallet::issuers() const
{
    return d->readAll(QStringLiteral("SELECT issuer_id, max(issuer_name) AS n, count(*) FROM credentials"
                                     " WHERE issuer_id <> '' GROUP BY issuer_id ORDER BY n COLLATE NOCASE, issuer_id"),
                      {}, [](const QSqlQuery &q) {
                          return IssuerEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
                      });
}

QList<int> Wallet::years() const
{
    return d->readAll(QStringLiteral("SELECT DISTINCT CAST(strftime('%Y', issued / 1000, 'unixepoch') AS INTEGER) AS y"
                                     " FROM credentials WHERE issued IS NOT NULL ORDER BY y DESC"),
                      {}, [](const QSqlQuery &q) { return q.value(0).toInt(); });
}

QStringList Wallet::achievementTypes() const
{
    return d->readAll(QStringLiteral("SELECT DISTINCT achievement_type FROM credentials"
                                     " WHERE achievement_type <> '' ORDER BY achievement_type COLLATE NOCASE"),
                      {}, firstColumnText);
}

} // namespace Satchel
