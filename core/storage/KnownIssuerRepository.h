// The issuers the learner marked as known to them personally (schema v10), by issuer id, on the
// wallet's own connection. What a mark means for a trust line is core/trust's job (KnownIssuers).
//
// Errors: "wallet-write" with SQLite's own words.
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace Satchel {

class Wallet;

class KnownIssuerRepository {
public:
    // The wallet must outlive the repository; like the Wallet, use it on one thread.
    explicit KnownIssuerRepository(const Wallet &wallet) : m_wallet(wallet) {}

    QSet<QString> all() const;
    // Marks (at: when) or unmarks an issuer id; marking twice keeps the first time.
    Status setKnown(const QString &issuerId, bool known, const QDateTime &at = QDateTime::currentDateTimeUtc());

private:
    const Wallet &m_wallet;
};

} // namespace Satchel
