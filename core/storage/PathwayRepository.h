// The pathways table of a wallet (schema v3), on the wallet's own connection: rows in, rows out.
// Parsing and validating a definition is core/pathways' job (PathwayStore, PathwayFormat).
//
// Errors: "wallet-read" / "wallet-write" with SQLite's own words as the message, for the caller to
// put in its sentence.
#pragma once

#include "PathwayRecord.h"
#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Satchel {

class Wallet;

class PathwayRepository {
public:
    // The wallet must outlive the repository; like the Wallet, use it on one thread.
    explicit PathwayRepository(Wallet &wallet);

    // Inserts the record, or replaces the one with the same id.
    Status put(const PathwayRecord &record);
    // False when no pathway has that id.
    Result<bool> remove(const QString &id);
    Result<QList<PathwayRecord>> all() const;
    Result<std::optional<PathwayRecord>> find(const QString &id) const;

private:
    Wallet &m_wallet;
};

} // namespace Satchel
