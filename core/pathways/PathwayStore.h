// Pathway definitions kept inside the wallet file, in a table of their own (schema v3):
// storage/PathwayRepository keeps the rows; this class reads and checks the definitions
// (PathwayFormat) and orders them. It works on the caller's Wallet (its connection, already
// migrated), so it is used on the wallet's thread and must not outlive it.
#pragma once

#include "Result.h"
#include "pathways/Pathway.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Satchel {

class Wallet;

struct StoredPathway {
    Pathway pathway;
    QString source;        // file name or URL it was imported from, "clr:<credential id>"...
    QDateTime importedAt;
};

class PathwayStore {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PathwayStore)
public:
    // Error code "pathway-store-sql" when the table cannot be read or written.
    explicit PathwayStore(Wallet &wallet);
    ~PathwayStore();

    // Inserts or replaces (same id) the definition. The pathway must pass PathwayFormat::validate().
    Status put(const Pathway &pathway, const QString &source, const QDateTime &at = QDateTime::currentDateTimeUtc());
    Status remove(const QString &id);
    // Ordered by name, then id. A stored definition that no longer reads is skipped and reported
    // in `problems` (translated), never silently dropped from the table.
    Result<QList<StoredPathway>> list(QStringList *problems = nullptr) const;
    // Error code "pathway-not-found" when no pathway has that id.
    Result<StoredPathway> get(const QString &id) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Satchel
