// What prepare() learned and complete() continues from (ReceiveOffer::state): internal to
// core/receive, opaque to callers.
#pragma once

#include "CredentialOffer.h"
#include "IssuerMetadata.h"
#include "ReceiveLink.h"

#include <QJsonObject>
#include <QStringList>

namespace Satchel {

struct ReceiveSessionState {
    ReceiveLink link;                  // VC-API: the exchange (or DCC request) URL and challenge
    QJsonObject exchangeStarted;       // VC-API: the exchange's first answer, read before consent
    CredentialOffer offer;             // OpenID4VCI
    IssuerMetadata metadata;           // OpenID4VCI
    QStringList configurationIds;      // the offered configurations Satchel can store, in offer order
    QString issuerName;
};

// One credential as the issuer sent it: a JSON-LD object's compact JSON, or a compact JWS.
struct IssuedCredential {
    QByteArray bytes;
    QString configurationId;
};

} // namespace Satchel
