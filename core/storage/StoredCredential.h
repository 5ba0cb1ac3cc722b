// A stored credential with its original bytes: what Wallet::credential() reads back.
#pragma once

#include "CredentialProvenance.h"
#include "CredentialSummary.h"
#include "formats/RawCredential.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Satchel {

struct StoredCredential {
    CredentialSummary summary;
    RawCredential raw;         // format, original bytes, baked image, source name
    QByteArray imageBytes;     // the badge image (baked image, or fetched/decoded image), may be empty
    QString imageType;
    QString verificationReport; // JSON of the last report, empty when never verified
    std::optional<CredentialProvenance> provenance; // set when an issuer sent it (core/receive)
};

} // namespace Satchel
