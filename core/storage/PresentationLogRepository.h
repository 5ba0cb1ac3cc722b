// The presentation log (schema v9) on the wallet's own connection: every presentation sent to a
// verifier, declined or failed, with the credentials it carried. What the protocol means is
// core/present's job; rows in, rows out here.
//
// Errors: "wallet-read" / "wallet-write" with SQLite's own words, for the caller's sentence.
#pragma once

#include "PresentationLogEntry.h"
#include "Result.h"

#include <QList>

namespace Satchel {

class Wallet;

class PresentationLogRepository {
public:
    // The wallet must outlive the repository; like the Wallet, use it on one thread.
    // A const wallet is enough (a detail page reads the log from one); writes go through the
    // wallet's own connection all the same.
    explicit PresentationLogRepository(const Wallet &wallet);

    // Adds the entry and its credentials in one transaction; its new id.
    Result<qint64> add(const PresentationLogEntry &entry);
    // Newest first; limit < 0: all of them.
    Result<QList<PresentationLogEntry>> entries(int limit = -1) const;
    // The entries that carried the credentials row credentialRow, newest first (for its detail page).
    Result<QList<PresentationLogEntry>> forCredential(qint64 credentialRow) const;
    Status remove(qint64 id);

private:
    Result<QList<PresentationLogEntry>> select(const QString &where, const QVariantList &values) const;

    const Wallet &m_wallet;
};

} // namespace Satchel
