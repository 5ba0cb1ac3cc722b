// Another version of a stored credential: the same issuer and credential id, other bytes. The
// credentials row shows one version; the others are kept with their own last verification, so
// that nothing imported is ever dropped and the version that verifies can be shown (schema v6).
#pragma once

#include "formats/RawCredential.h"

#include <QDateTime>
#include <QString>

namespace Satchel {

struct CredentialVersion {
    qint64 id = 0;
    qint64 credentialRow = 0;  // the credentials row it is a version of
    RawCredential raw;         // format, original bytes, baked image, source name
    QDateTime addedAt;
    QDateTime validFrom;       // validFrom, or issuanceDate / issuedOn
    QString status;            // its last verification ("valid", "invalid", ...; empty = never)
    QDateTime verifiedAt;
    QString recipientCheck;    // as CredentialSummary::recipientCheck
    QString verificationReport; // JSON of that verification
};

} // namespace Satchel
