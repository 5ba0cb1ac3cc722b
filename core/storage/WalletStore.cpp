// Wallet: storing credentials (a CLR with its nested credentials, versions of the same
// credential) and their last verification; removing them. Reading is in WalletQueries.cpp.
#include "Wallet.h"
#include "WalletPrivate.h"

#include "jsonld/SafeJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <utility>

namespace Satchel {

using namespace WalletSql;

namespace {

constexpr int kMaxNestingDepth = 4;                    // CLR inside CLR inside ...

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

} // namespace

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

Status Wallet::saveVerification(qint64 id, const QString &status, const QDateTime &at,
                                const QByteArray &reportJson, const QString &recipientCheck)
{
    if (!d->begin())
        return Error{QStringLiteral("wallet-write"), tr("The wallet is busy or read-only.")};
    bool ok = false;
    auto finish = qScopeGuard([&] { d->commitOrRollback(ok); });
    auto written = d->writeVerification(VerificationRecord{id, status, at, reportJson, recipientCheck});
    if (!written)
        return written.error();
    if (!*written)
        return Error{QStringLiteral("not-found"), tr("There is no credential %1 in the wallet.").arg(id)};
    ok = true;
    return {};
}

Status Wallet::saveVerifications(const QList<VerificationRecord> &records)
{
    if (records.isEmpty())
        return {};
    if (!d->begin())
        return Error{QStringLiteral("wallet-write"), tr("The wallet is busy or read-only.")};
    bool ok = false;
    auto finish = qScopeGuard([&] { d->commitOrRollback(ok); });
    for (const VerificationRecord &record : records) {
        auto written = d->writeVerification(record);
        if (!written)
            return written.error();
    }
    ok = true;
    return {};
}

Result<bool> Wallet::Private::writeVerification(const VerificationRecord &record)
{
    // Kept statements: Verify all writes one result per credential.
    QSqlQuery *q = nullptr;
    if (!runCached(q, QStringLiteral("UPDATE credentials SET status = ?, verified_at = ?, recipient = ? WHERE id = ?"),
                   {record.status, msOrNull(record.at.isValid() ? record.at : QDateTime::currentDateTimeUtc()),
                    record.recipientCheck.left(16), record.id}))
        return sqlError(*q, Wallet::tr("Could not save the verification."));
    if (q->numRowsAffected() == 0)
        return false;
    if (!runCached(q, QStringLiteral("UPDATE credential_data SET report = ? WHERE credential_id = ?"),
                   {record.reportJson.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(QString::fromUtf8(record.reportJson)),
                    record.id}))
        return sqlError(*q, Wallet::tr("Could not save the verification."));
    return true;
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

} // namespace Satchel
