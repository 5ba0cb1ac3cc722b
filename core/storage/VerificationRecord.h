// The last verification of one credential row, as the wallet keeps it (Wallet::saveVerifications).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Satchel {

struct VerificationRecord {
    qint64 id = 0;
    QString status;          // VerificationReport::statusName()
    QDateTime at;            // invalid: now
    QByteArray reportJson;   // the report, compact JSON; empty for none
    QString recipientCheck;  // the outcome name of its "recipient-mismatch" check (CredentialSummary::recipientCheck)
};

} // namespace Satchel
