#include "pathways/PathwayStore.h"

#include "pathways/PathwayFormat.h"
#include "storage/PathwayRepository.h"
#include "storage/Wallet.h"

namespace Satchel {

class PathwayStore::Private {
public:
    explicit Private(Wallet &wallet) : pathways(std::make_unique<PathwayRepository>(wallet)) {}
    std::unique_ptr<PathwayRepository> pathways;
};

namespace {

Error storageError(const Error &error)
{
    return Error{QStringLiteral("pathway-store-sql"),
                 PathwayStore::tr("Could not access the pathways in the wallet: %1").arg(error.message)};
}

Result<StoredPathway> fromRecord(const PathwayRecord &record)
{
    auto pathway = PathwayFormat::read(record.definition);
    if (!pathway)
        return pathway.error();
    StoredPathway s;
    s.pathway = *pathway;
    s.pathway.source = record.kind.isEmpty() ? s.pathway.source : record.kind;
    s.source = record.source;
    s.importedAt = record.importedAt;
    return s;
}

} // namespace

PathwayStore::PathwayStore(Wallet &wallet) : d(std::make_unique<Private>(wallet)) {}

PathwayStore::~PathwayStore() = default;

Status PathwayStore::put(const Pathway &pathway, const QString &source, const QDateTime &at)
{
    const Status valid = PathwayFormat::validate(pathway);
    if (!valid)
        return valid;
    const PathwayRecord record{pathway.id, PathwayFormat::write(pathway), source, at,
                               pathway.source.isEmpty() ? QStringLiteral("satchel") : pathway.source};
    if (auto put = d->pathways->put(record); !put)
        return storageError(put.error());
    return {};
}

Status PathwayStore::remove(const QString &id)
{
    auto removed = d->pathways->remove(id);
    if (!removed)
        return storageError(removed.error());
    if (!*removed)
        return Error{QStringLiteral("pathway-not-found"), tr("No pathway has the id %1").arg(id)};
    return {};
}

Result<QList<StoredPathway>> PathwayStore::list(QStringList *problems) const
{
    auto records = d->pathways->all();
    if (!records)
        return storageError(records.error());
    QList<StoredPathway> out;
    for (const PathwayRecord &record : std::as_const(*records)) {
        auto row = fromRecord(record);
        if (row)
            out.append(*row);
        else if (problems)
            *problems << tr("The stored pathway %1 could not be read: %2").arg(record.id, row.error().message);
    }
    std::sort(out.begin(), out.end(), [](const StoredPathway &a, const StoredPathway &b) {
        const int byName = QString::localeAwareCompare(a.pathway.name, b.pathway.name);
        return byName != 0 ? byName < 0 : a.pathway.id < b.pathway.id;
    });
    return out;
}

Result<StoredPathway> PathwayStore::get(const QString &id) const
{
    auto record = d->pathways->find(id);
    if (!record)
        return storageError(record.error());
    if (!record->has_value())
        return Error{QStringLiteral("pathway-not-found"), tr("No pathway has the id %1").arg(id)};
    return fromRecord(**record);
}

} // namespace Satchel
