// Pathway definitions kept inside the wallet file, in a table of their own (schema v3):
// storage/PathwayRepository keeps the rows; this class reads and checks the definitions
// (PathwayFormat) and orders them. open() opens the wallet like Wallet::open (migrating the file);
// one PathwayStore per thread, as for a Wallet.
#pragma once

#include "Result.h"
#include "pathways/Pathway.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Satchel {

struct StoredPathway {
    Pathway pathway;
    QString source;        // file name or URL it was imported from, "clr:<credential id>"...
    QDateTime importedAt;
};

class PathwayStore {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PathwayStore)
public:
    // Error codes: those of Wallet::open ("wallet-open", "wallet-newer", "wallet-migration"), then
    // "pathway-store-sql" when the table cannot be read or written.
    static Result<std::unique_ptr<PathwayStore>> open(const QString &walletPath);
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
    PathwayStore();
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Satchel
