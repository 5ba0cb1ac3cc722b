// The tables of credentials received straight from issuers (schema v8), on the wallet's own
// connection: each received credential's provenance, and the deferred ones still pending.
// What the protocols mean is core/receive's job; rows in, rows out here.
//
// Errors: "wallet-read" / "wallet-write" with SQLite's own words, for the caller's sentence.
#pragma once

#include "CredentialProvenance.h"
#include "PendingCredentialRecord.h"
#include "Result.h"

#include <QList>

#include <optional>

namespace Satchel {

class Wallet;

class ReceivedCredentialRepository {
public:
    // The wallet must outlive the repository; like the Wallet, use it on one thread.
    explicit ReceivedCredentialRepository(Wallet &wallet);

    // Records (or replaces) how the credentials row credentialRow was received. The row's own
    // StoredCredential::provenance reads it back.
    Status putProvenance(qint64 credentialRow, const CredentialProvenance &provenance);
    std::optional<CredentialProvenance> provenance(qint64 credentialRow) const;

    // Pending (deferred) credentials, oldest first.
    Result<qint64> addPending(const PendingCredentialRecord &record);
    Result<QList<PendingCredentialRecord>> pending() const;
    // After a retry that did not deliver: when, the issuer's advice, its words; a new transaction
    // id when the issuer gave one.
    Status notePendingTry(qint64 id, const QDateTime &at, int intervalSeconds, const QString &message,
                          const QString &transactionId);
    Status removePending(qint64 id);

private:
    Wallet &m_wallet;
};

} // namespace Satchel
