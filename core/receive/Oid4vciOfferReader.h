// The prepare() half of OpenID4VCI 1.0: the offer (by value, or fetched from credential_offer_uri),
// then the credential issuer's metadata, checked against the offer (§12.2.2: the metadata's
// credential_issuer must be identical to the offer's) and against what Satchel can store (ldp_vc and
// jwt_vc_json; any other format is refused here, before anything is requested from the issuer).
// Nothing is sent but those GETs: no token, no proof.
//
// Error codes: those of CredentialOffer, IssuerMetadata and IssuerConnection, and "offer-expired",
// "issuer-mismatch", "unsupported-format".
#pragma once

#include "ReceiveLink.h"
#include "ReceiveOffer.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Satchel {

class IssuerConnection;

class Oid4vciOfferReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Oid4vciOfferReader)
public:
    // The formats Satchel stores (credential formats OpenID4VCI 1.0 Appendix A.1.1, A.1.2 and A.3).
    static bool isStorableFormat(const QString &format);

    Oid4vciOfferReader(IssuerConnection &http, QStringList languages);
    Result<ReceiveOffer> read(const ReceiveLink &link);

private:
    Result<QByteArray> offerJson(const ReceiveLink &link);

    IssuerConnection &m_http;
    QStringList m_languages;
};

} // namespace Satchel
