// What CredentialReceiver::complete() and retryPending() did: the credentials stored through the
// import pipeline (each with its provenance), and those the issuer will deliver later (deferred).
#pragma once

#include "importer/ImportReport.h"
#include "storage/PendingCredentialRecord.h"

#include <QList>

namespace Satchel {

struct ReceiveReport {
    ImportReport imported;                   // one item per received credential (Imported, Duplicate...)
    QList<PendingCredentialRecord> pending;  // deferred: kept in the wallet, retried later
    int stillPending = 0;                    // retryPending(): how many the issuers have not delivered yet
    // retryPending(): pending ones the issuer no longer holds (lastMessage says why), removed from
    // the wallet so that they are not asked for at every start.
    QList<PendingCredentialRecord> abandoned;
};

} // namespace Satchel
