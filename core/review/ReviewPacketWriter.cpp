#include "ReviewPacketWriter.h"

#include "ReviewHtml.h"
#include "ReviewPacketFormat.h"
#include "backup/SealedFile.h"
#include "crypto/Hash.h"
#include "formats/ArchiveWriter.h"
#include "io/AtomicFile.h"
#include "pathways/PathwayEngine.h"
#include "pathways/PathwayFormat.h"
#include "pathways/PathwayStore.h"
#include "pathways/WalletCredentials.h"
#include "skills/WalletSkills.h"
#include "storage/Wallet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QScopeGuard>

#include <openssl/crypto.h>

namespace Satchel {

namespace {

QString extensionFor(const StoredCredential &stored)
{
    switch (stored.raw.format) {
    case CredentialFormat::Ob2Jws:
        return QStringLiteral("jws");
    case CredentialFormat::Ob3Jwt:
    case CredentialFormat::ClrJwt:
        return QStringLiteral("jwt");
    case CredentialFormat::SdJwtVc:
        return QStringLiteral("sd-jwt");
    case CredentialFormat::Ob3Cose:
    case CredentialFormat::ClrCose:
        return QStringLiteral("cose");
    default:
        return QStringLiteral("json");
    }
}

QString imageExtension(const QString &type)
{
    if (type == QLatin1String("image/svg+xml"))
        return QStringLiteral("svg");
    if (type == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    if (type == QLatin1String("image/gif"))
        return QStringLiteral("gif");
    if (type == QLatin1String("image/webp"))
        return QStringLiteral("webp");
    return QStringLiteral("png");
}

// The pathways (with the wallet's progress on them) in which any of the chosen credentials counts.
struct InvolvedPathways {
    QList<StoredPathway> pathways;
    QList<qint64> pathwayCredentials; // the credentials counting toward the explicitly chosen pathway
};

Result<InvolvedPathways> involvedPathways(Wallet &wallet, const QSet<qint64> &chosen, const QString &pathwayId)
{
    InvolvedPathways out;
    const PathwayStore store(wallet);
    auto stored = store.list();
    if (!stored)
        return stored.error();
    auto earned = WalletCredentials::load(wallet);
    if (!earned)
        return earned.error();
    const PathwayEngine engine(*earned, QDateTime::currentDateTimeUtc());
    bool found = pathwayId.isEmpty();
    for (const StoredPathway &s : *stored) {
        const PathwayProgress progress = engine.evaluate(s.pathway);
        bool involved = s.pathway.id == pathwayId;
        for (int index : progress.usedCredentials) {
            // Keys are wallet row ids; a CLR's nested credentials are "<row>#<n>".
            const qint64 row = engine.credentials().at(index).key.section(u'#', 0, 0).toLongLong();
            if (s.pathway.id == pathwayId) {
                found = true;
                if (!out.pathwayCredentials.contains(row))
                    out.pathwayCredentials.append(row);
            }
            involved |= chosen.contains(row);
        }
        found |= s.pathway.id == pathwayId;
        if (involved)
            out.pathways.append(s);
    }
    if (!found) {
        return Error{QStringLiteral("pathway-not-found"),
                     ReviewPacketWriter::tr("The wallet has no pathway with the id %1.").arg(pathwayId)};
    }
    return out;
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

Result<QList<qint64>> ReviewPacketWriter::allCredentialIds() const
{
    return m_wallet.matchingIds(CredentialQuery::ascending(SortKey::Issued, false));
}

Result<ReviewPacketPlan> ReviewPacketWriter::plan(const ReviewSelection &selection) const
{
    ReviewPacketPlan plan;
    plan.learnerName = selection.learnerName.trimmed();
    plan.created = selection.created.isValid() ? selection.created.toUTC() : QDateTime::currentDateTimeUtc();
    QList<qint64> ids = selection.credentialIds;
    if (selection.allCredentials) {
        auto rows = allCredentialIds();
        if (!rows)
            return rows.error();
        ids += *rows;
    }
    if (!selection.collection.isEmpty()) {
        qint64 collectionId = 0;
        for (const Collection &c : m_wallet.collections()) {
            if (c.name == selection.collection)
                collectionId = c.id;
        }
        if (collectionId == 0) {
            return Error{QStringLiteral("collection-not-found"),
                         tr("The wallet has no collection named \"%1\".").arg(selection.collection)};
        }
        CredentialQuery query = CredentialQuery::ascending(SortKey::Issued, true);
        query.collectionId = collectionId;
        auto rows = m_wallet.matchingIds(query);
        if (!rows)
            return rows.error();
        ids += *rows;
    }
    QSet<qint64> chosen(ids.begin(), ids.end());
    auto pathways = involvedPathways(m_wallet, chosen, selection.pathwayId);
    if (!pathways)
        return pathways.error();
    for (qint64 id : pathways->pathwayCredentials) {
        if (!chosen.contains(id))
            ids.append(id);
    }
    if (!selection.pathwayId.isEmpty()) {
        // The credentials the pathway brought in may make more pathways relevant.
        chosen = QSet<qint64>(ids.begin(), ids.end());
        pathways = involvedPathways(m_wallet, chosen, selection.pathwayId);
        if (!pathways)
            return pathways.error();
    }

    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto stored = m_wallet.credential(id);
        if (!stored)
            return Error{QStringLiteral("not-found"), tr("The wallet has no credential %1.").arg(id)};
        ReviewPacketPlan::Item item;
        item.id = id;
        item.name = stored->summary.name;
        item.issuer = stored->summary.issuerName.isEmpty() ? stored->summary.issuerId : stored->summary.issuerName;
        item.receiptStatus = stored->summary.status;
        item.hasImage = !stored->imageBytes.isEmpty();
        plan.credentials.append(item);
    }
    if (plan.credentials.isEmpty())
        return Error{QStringLiteral("review-empty"), tr("Choose at least one credential for the review packet.")};
    if (plan.credentials.size() > ReviewPacketFormat::kMaxCredentials) {
        return Error{QStringLiteral("review-too-large"),
                     tr("A review packet holds at most %1 credentials.").arg(ReviewPacketFormat::kMaxCredentials)};
    }
    for (const StoredPathway &s : pathways->pathways)
        plan.pathways.append({s.pathway.id, s.pathway.name});
    if (selection.includeIdentities)
        plan.identities = int(m_wallet.identities().size());
    return plan;
}

Result<QByteArray> ReviewPacketWriter::build(const ReviewPacketPlan &plan) const
{
    ArchiveWriter zip;
    QJsonArray entries;
    const auto add = [&zip, &entries](const QString &name, const QByteArray &bytes) -> Status {
        if (Status added = zip.add(name, bytes); !added)
            return added;
        entries.append(QJsonObject{{QStringLiteral("name"), name},
                                   {QStringLiteral("size"), double(bytes.size())},
                                   {QStringLiteral("sha256"), QString::fromLatin1(Hash::sha256(bytes).toHex())}});
        return {};
    };

    QJsonArray credentials;
    QList<SkillSource> skillSources;
    int n = 0;
    for (const ReviewPacketPlan::Item &item : plan.credentials) {
        auto stored = m_wallet.credential(item.id);
        if (!stored)
            return Error{QStringLiteral("not-found"), tr("The wallet has no credential %1.").arg(item.id)};
        const QString entryId = QStringLiteral("c%1").arg(++n);
        const QString folder = QStringLiteral("credentials/%1/").arg(entryId);
        const QString file = folder + QStringLiteral("credential.") + extensionFor(*stored);
        if (Status s = add(file, stored->raw.bytes); !s)
            return s.error();
        QJsonObject credential{{QStringLiteral("id"), entryId},
                               {QStringLiteral("name"), stored->summary.name},
                               {QStringLiteral("format"), formatName(stored->raw.format)},
                               {QStringLiteral("file"), file}};
        if (!stored->imageBytes.isEmpty()) {
            const QString image = folder + QStringLiteral("image.") + imageExtension(stored->imageType);
            if (Status s = add(image, stored->imageBytes); !s)
                return s.error();
            credential.insert(QStringLiteral("image"), image);
            credential.insert(QStringLiteral("imageType"), stored->imageType);
        }
        if (!stored->summary.status.isEmpty()) {
            QJsonObject receipt{{QStringLiteral("status"), stored->summary.status},
                                {QStringLiteral("verifiedAt"), stored->summary.verifiedAt.toUTC().toString(Qt::ISODate)}};
            const QJsonDocument report = QJsonDocument::fromJson(stored->verificationReport.toUtf8());
            if (report.isObject())
                receipt.insert(QStringLiteral("report"), report.object());
            const QString receiptFile = folder + QStringLiteral("receipt.json");
            if (Status s = add(receiptFile, compactJson(receipt)); !s)
                return s.error();
            credential.insert(QStringLiteral("receipt"), receiptFile);
        }
        credentials.append(credential);

        SkillSource source;
        source.key = entryId;
        source.name = stored->summary.name;
        source.counts = stored->summary.status != QLatin1String("invalid") && stored->summary.status != QLatin1String("revoked");
        if (auto parsed = m_wallet.parsed(item.id)) {
            source.alignments = parsed->achievement.alignments;
            source.tags = parsed->achievement.tags;
        }
        skillSources.append(source);
    }

    QJsonArray pathways;
    if (!plan.pathways.isEmpty()) {
        const PathwayStore store(m_wallet);
        int p = 0;
        for (const auto &[id, name] : plan.pathways) {
            auto stored = store.get(id);
            if (!stored)
                return stored.error();
            const QString file = QStringLiteral("pathways/p%1.json").arg(++p);
            if (Status s = add(file, PathwayFormat::write(stored->pathway)); !s)
                return s.error();
            pathways.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
                                        {QStringLiteral("file"), file}});
        }
    }

    if (plan.identities > 0) {
        QJsonArray identities;
        for (const auto &[type, value] : m_wallet.identities())
            identities.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("value"), value}});
        if (Status s = add(ReviewPacketFormat::kIdentitiesName, QJsonDocument(identities).toJson()); !s)
            return s.error();
    }

    const SkillsSummary skills = SkillsSummary::build(skillSources);
    if (Status s = add(ReviewPacketFormat::kSummaryName, ReviewHtml::packetSummary(plan, skills).toUtf8()); !s)
        return s.error();

    QJsonObject manifest{{QStringLiteral("format"), ReviewPacketFormat::kFormatName},
                         {QStringLiteral("formatVersion"), 1},
                         {QStringLiteral("created"), plan.created.toUTC().toString(Qt::ISODate)},
                         {QStringLiteral("learner"), QJsonObject{{QStringLiteral("displayName"), plan.learnerName}}},
                         {QStringLiteral("credentials"), credentials},
                         {QStringLiteral("pathways"), pathways},
                         {QStringLiteral("summary"), ReviewPacketFormat::kSummaryName},
                         {QStringLiteral("entries"), entries}};
    if (plan.identities > 0)
        manifest.insert(QStringLiteral("identities"), ReviewPacketFormat::kIdentitiesName);
    if (Status s = zip.add(ReviewPacketFormat::kManifestName, compactJson(manifest)); !s)
        return s.error();
    return zip.finish();
}

Status ReviewPacketWriter::write(const ReviewPacketPlan &plan, const QString &outPath, QByteArrayView passphrase,
                                 const ScryptParameters &scrypt) const
{
    auto zip = build(plan);
    if (!zip)
        return zip.error();
    if (!passphrase.isEmpty()) {
        auto sealed = SealedFile::seal(*zip, passphrase, ReviewPacketFormat::sealedMagic(), scrypt);
        // The plaintext packet is wiped however this ends (it may hold identities).
        OPENSSL_cleanse(zip->data(), size_t(zip->size()));
        if (!sealed)
            return sealed.error();
        *zip = *sealed;
    }
    const QByteArray &bytes = *zip;
    return AtomicFile::write(outPath, bytes);
}

} // namespace Satchel
