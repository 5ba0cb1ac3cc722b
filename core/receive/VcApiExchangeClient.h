// The wallet's side of a VC-API exchange (W3C CCG VC-API, "Exchanges"): POST {} to the exchange,
// answer each verifiablePresentationRequest that asks for DIDAuthentication with a presentation
// signed by the holder key (PresentationSigner, proofPurpose "authentication", bound to the request's
// challenge and domain), and take the credentials the exchange sends back in its
// verifiablePresentation. The DCC wallet's older links (vc_request_url + challenge) skip the first
// round: the signed presentation is posted straight to the request URL.
//
// Requests for anything but DID authentication (QueryByExample: presenting credentials) are not
// answered here: presenting is the next issue's work.
//
// Error codes: "unsupported-flow", "unsupported-key", "issuer-refused", "key-refused", and
// IssuerConnection's.
#pragma once

#include "ReceiveLink.h"
#include "ReceiveSessionState.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Satchel {

class IssuerConnection;
class SigningKey;

class VcApiExchangeClient {
    Q_DECLARE_TR_FUNCTIONS(Satchel::VcApiExchangeClient)
public:
    explicit VcApiExchangeClient(IssuerConnection &http);

    Result<QList<IssuedCredential>> run(const ReceiveLink &link, const SigningKey &key);

    // The credentials in an exchange's (or a DCC issuer's) answer, in the shapes issuers use.
    static QList<IssuedCredential> credentialsIn(const QJsonObject &answer);

private:
    Result<QJsonObject> didAuthentication(const QJsonObject &request, const SigningKey &key);
    Result<QJsonObject> signedPresentation(const SigningKey &key, const QString &challenge, const QString &domain);

    IssuerConnection &m_http;
};

} // namespace Satchel
