// Turns a VC-API exchange's verifiablePresentationRequest (W3C CCG "Verifiable Presentation Request"
// specification) into a PresentationRequest, so that matching, consent and the log treat it like an
// OpenID4VP request:
//   QueryByExample      each credentialQuery becomes one requested credential: its example's type
//                       (every listed type must be the credential's), its issuer and trustedIssuer
//                       (the accepted issuers) and every other value in the example (a field the
//                       credential must hold with that value; "" or {} only asks that it be there);
//                       "required": false makes it optional; "reason" is its purpose;
//   DIDAuthentication   the holder binding: acceptedMethods and acceptedCryptosuites say which of the
//                       learner's identities the verifier accepts;
//   challenge, domain   what the presentation's proof is bound to (nonce and clientId);
//   interact            an UnmediatedPresentationService2021 endpoint, when the answer goes there
//                       rather than back to the exchange.
// Credentials are presented as Data Integrity credentials in one Data Integrity presentation: a
// VC-JWT cannot be embedded in one as the issuer signed it.
//
// Error codes: "bad-query" (malformed, or too large), "issuance-exchange" (the request asks for
// nothing but DID authentication: an issuer's exchange, for receiving), "unsupported-query" (a query
// type Satchel cannot answer, named), "insecure-url" (an interact endpoint that is not HTTPS).
#pragma once

#include "PresentationRequest.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace Satchel {

class VcApiQueryReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::VcApiQueryReader)
public:
    // exchangeUrl: where the request came from, and where the answer goes unless it names a service.
    static Result<PresentationRequest> read(const QJsonObject &request, const QUrl &exchangeUrl);

private:
    static Status readCredentialQuery(const QJsonObject &query, PresentationRequest &request);
    static Status readDidAuthentication(const QJsonObject &query, PresentationRequest &request);
    static Result<QUrl> answerEndpoint(const QJsonObject &request, const QUrl &exchangeUrl);
};

} // namespace Satchel
