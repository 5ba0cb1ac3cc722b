// Wallet: other versions of a stored credential (schema v6, see Migrations.cpp and Wallet::store()).
#include "Wallet.h"
#include "WalletPrivate.h"

#include "jsonld/SafeJson.h"

#include <QJsonDocument>
#include <QScopeGuard>

namespace Satchel {

using namespace WalletSql;

namespace {

// The columns a version shares with its row, in the order versions() reads them.
const char kVersionColumns[] =
    "id, credential_row, format, %1, %2, baked_image_type, baked_keyword, source, added_at, valid_from,"
    " status, verified_at, recipient, report";

CredentialVersion versionFrom(const QSqlQuery &q)
{
    CredentialVersion v;
    v.id = q.value(0).toLongLong();
    v.credentialRow = q.value(1).toLongLong();
    v.raw.format = formatFromName(q.value(2).toString());
    v.raw.bytes = q.value(3).toByteArray();
    v.raw.bakedImage = q.value(4).toByteArray();
    v.raw.bakedImageType = q.value(5).toString();
    v.raw.bakedKeyword = q.value(6).toString();
    v.raw.sourceName = q.value(7).toString();
    v.addedAt = timeFromMs(q.value(8));
    v.validFrom = timeFromMs(q.value(9));
    v.status = q.value(10).toString();
    v.verifiedAt = timeFromMs(q.value(11));
    v.recipientCheck = q.value(12).toString();
    v.verificationReport = q.value(13).toString();
    return v;
}

// What a credential says, apart from its encoding: JSON compacted with its members sorted
// (QJsonObject keeps them so), anything else (a compact JWS) trimmed. The same credential baked
// into an SVG, or pretty-printed again, is then the same content and not another version.
QByteArray contentKey(const QByteArray &bytes)
{
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.startsWith('{')) {
        if (const auto object = SafeJson::parseObject(trimmed))
            return QJsonDocument(*object).toJson(QJsonDocument::Compact);
    }
    return trimmed;
}

} // namespace

bool Wallet::Private::holdsSameContent(qint64 credentialRow, const QByteArray &bytes) const
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT raw FROM credential_data WHERE credential_id = ?"
                               " UNION ALL SELECT raw FROM credential_versions WHERE credential_row = ?"),
             {credentialRow, credentialRow})) {
        return false;
    }
    const QByteArray key = contentKey(bytes);
    while (q.next()) {
        if (contentKey(q.value(0).toByteArray()) == key)
            return true;
    }
    return false;
}

Result<qint64> Wallet::Private::keepShownAsVersion(qint64 credentialRow)
{
    QSqlQuery *q = nullptr;
    // The row's own verification goes with its bytes: it described them.
    if (!runCached(q, QStringLiteral(
            "INSERT INTO credential_versions(credential_row, content_hash, format, raw, baked_image,"
            " baked_image_type, baked_keyword, source, added_at, valid_from, status, verified_at, recipient, report)"
            " SELECT c.id, c.content_hash, c.format, d.raw, d.baked_image, c.baked_image_type, c.baked_keyword,"
            "  c.source, c.added_at, c.valid_from, c.status, c.verified_at, c.recipient, d.report"
            " FROM credentials c JOIN credential_data d ON d.credential_id = c.id WHERE c.id = ?"),
                   {credentialRow})) {
        return sqlError(*q, Wallet::tr("Could not keep the earlier version of the credential."));
    }
    return q->lastInsertId().toLongLong();
}

Result<qint64> Wallet::Private::addVersion(qint64 credentialRow, const Row &row)
{
    const Credential &c = *row.parsed;
    QSqlQuery *q = nullptr;
    if (!runCached(q, QStringLiteral(
            "INSERT INTO credential_versions(credential_row, content_hash, format, raw, baked_image,"
            " baked_image_type, baked_keyword, source, added_at, valid_from)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {credentialRow, row.hash.isEmpty() ? contentHash(row.bytes) : row.hash, formatName(row.format),
                    QVariant(row.bytes), blobOrNull(row.bakedImage),
                    row.bakedImage.isEmpty() ? QString() : row.bakedImageType,
                    row.bakedImage.isEmpty() ? QString() : row.bakedKeyword, row.source,
                    QDateTime::currentMSecsSinceEpoch(), msOrNull(c.validFrom.isValid() ? c.validFrom : c.issued)})) {
        return sqlError(*q, Wallet::tr("Could not store the credential's other version."));
    }
    return q->lastInsertId().toLongLong();
}

bool Wallet::Private::clearVerification(qint64 credentialRow)
{
    QSqlQuery *q = nullptr;
    return runCached(q, QStringLiteral("UPDATE credentials SET status = '', verified_at = NULL, recipient = ''"
                                       " WHERE id = ?"), {credentialRow})
        && runCached(q, QStringLiteral("UPDATE credential_data SET report = NULL WHERE credential_id = ?"),
                     {credentialRow});
}

QList<CredentialVersion> Wallet::versions(qint64 credentialRow, bool withBytes) const
{
    QList<CredentialVersion> result;
    QSqlQuery *q = nullptr;
    const QString sql = QLatin1String("SELECT ")
        + QString::fromLatin1(kVersionColumns)
              .arg(withBytes ? QStringLiteral("raw") : QStringLiteral("NULL"),
                   withBytes ? QStringLiteral("baked_image") : QStringLiteral("NULL"))
        + QLatin1String(" FROM credential_versions WHERE credential_row = ? ORDER BY id");
    if (!d->runCached(q, sql, {credentialRow})) // Verify all asks for every row's versions
        return result;
    while (q->next())
        result.append(versionFrom(*q));
    q->finish();
    return result;
}

int Wallet::versionCount(qint64 credentialRow) const
{
    return int(d->singleId(QStringLiteral("SELECT count(*) FROM credential_versions WHERE credential_row = ?"),
                           {credentialRow}));
}

Status Wallet::saveVersionVerification(qint64 versionId, const QString &status, const QDateTime &at,
                                       const QByteArray &reportJson, const QString &recipientCheck)
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("UPDATE credential_versions SET status = ?, verified_at = ?, recipient = ?, report = ?"
                                  " WHERE id = ?"),
                {status, msOrNull(at.isValid() ? at : QDateTime::currentDateTimeUtc()), recipientCheck.left(16),
                 reportJson.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(reportJson)),
                 versionId})) {
        return d->sqlError(q, tr("Could not save the verification."));
    }
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("not-found"), tr("There is no credential version %1 in the wallet.").arg(versionId)};
    return {};
}

Result<qint64> Wallet::showVersion(qint64 versionId, const Credential &parsed)
{
    if (!d->begin())
        return Error{QStringLiteral("wallet-write"), tr("The wallet is busy or read-only.")};
    bool committed = false;
    auto finish = qScopeGuard([&] { d->commitOrRollback(committed); });

    QSqlQuery q(d->db);
    if (!d->run(q, QLatin1String("SELECT ") + QString::fromLatin1(kVersionColumns).arg(QStringLiteral("raw"),
                                                                                        QStringLiteral("baked_image"))
                       + QLatin1String(" FROM credential_versions WHERE id = ?"),
                {versionId})) {
        return d->sqlError(q, tr("Could not read the credential's other version."));
    }
    if (!q.next())
        return Error{QStringLiteral("not-found"), tr("There is no credential version %1 in the wallet.").arg(versionId)};
    const CredentialVersion version = versionFrom(q);
    q.finish();
    const qint64 rowId = version.credentialRow;

    Row row;
    row.parsed = &parsed;
    row.format = version.raw.format;
    row.bytes = version.raw.bytes;
    row.bakedImage = version.raw.bakedImage;
    row.bakedImageType = version.raw.bakedImageType;
    row.bakedKeyword = version.raw.bakedKeyword;
    row.source = version.raw.sourceName;
    if (row.bakedImage.isEmpty()) {
        // The gallery image the row has (fetched or decoded at import) is the same badge's.
        if (!d->run(q, QStringLiteral("SELECT c.image_type, d.image FROM credentials c"
                                      " JOIN credential_data d ON d.credential_id = c.id WHERE c.id = ?"), {rowId})) {
            return d->sqlError(q, tr("Could not read the stored credential."));
        }
        if (q.next()) {
            row.imageType = q.value(0).toString();
            row.image = q.value(1).toByteArray();
        }
        q.finish();
    }

    auto previous = d->keepShownAsVersion(rowId);
    if (!previous)
        return previous.error();
    if (!d->run(q, QStringLiteral("DELETE FROM credential_versions WHERE id = ?"), {versionId}))
        return d->sqlError(q, tr("Could not update the stored credential."));
    auto written = d->writeRow(row, rowId);
    if (!written)
        return written.error();
    if (auto st = d->writeNested(parsed, rowId, row.source, 0); !st)
        return st.error();
    // The version's last verification describes the bytes the row now holds.
    if (!d->run(q, QStringLiteral("UPDATE credentials SET status = ?, verified_at = ?, recipient = ? WHERE id = ?"),
                {version.status, msOrNull(version.verifiedAt), version.recipientCheck, rowId})
        || !d->run(q, QStringLiteral("UPDATE credential_data SET report = ? WHERE credential_id = ?"),
                   {version.verificationReport.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                         : QVariant(version.verificationReport),
                    rowId})) {
        return d->sqlError(q, tr("Could not update the stored credential."));
    }
    committed = true;
    return *previous;
}

} // namespace Satchel
