// An OpenID4VCI 1.0 credential offer (§4.1.1): which issuer, which credential configurations, and
// the grants the wallet may use. Parsed strictly where a mistake would send the learner's proof
// elsewhere (credential_issuer must be an https URL, or loopback in tests), leniently elsewhere.
//
// Error code: "bad-offer".
#pragma once

#include "ReceiveOffer.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace Satchel {

struct CredentialOffer {
    QString credentialIssuer;            // exactly as offered: compared with the metadata's
    QStringList configurationIds;

    bool preAuthorized = false;          // urn:ietf:params:oauth:grant-type:pre-authorized_code
    QString preAuthorizedCode;
    TransactionCodeRequest transactionCode;
    bool authorizationCode = false;      // authorization_code
    QString issuerState;
    QString authorizationServer;         // the grant's authorization_server, when the issuer names one

    static constexpr const char *kPreAuthorizedGrant = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

    static Result<CredentialOffer> parse(const QByteArray &json);

    Q_DECLARE_TR_FUNCTIONS(Satchel::CredentialOffer) // last: it leaves the members after it private
};

} // namespace Satchel
