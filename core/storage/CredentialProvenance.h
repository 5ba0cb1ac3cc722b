// How a credential reached the wallet when an issuer sent it (core/receive): the detail page says
// "Received from DOMAIN via PROTOCOL on DATE". Credentials imported from files, URLs or paste
// have none.
#pragma once

#include <QDateTime>
#include <QString>

namespace Satchel {

struct CredentialProvenance {
    QString protocol;        // "OpenID4VCI" or "VC-API"
    QString issuerDomain;    // the host Satchel contacted
    QString issuerName;      // the issuer's display name at the time, may be empty
    QString issuerUrl;       // credential issuer identifier or exchange URL
    QString holderDid;       // the identity it was bound to
    QDateTime receivedAt;
};

} // namespace Satchel
