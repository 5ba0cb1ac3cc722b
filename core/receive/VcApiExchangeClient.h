// The wallet's side of a VC-API exchange (W3C CCG VC-API, "Exchanges"): POST {} to the exchange,
// answer each verifiablePresentationRequest that asks for DIDAuthentication with a presentation
// signed by the holder key (PresentationSigner, proofPurpose "authentication", bound to the request's
// challenge and domain), and take the credentials the exchange sends back in its
// verifiablePresentation. The DCC wallet's older links (vc_request_url + challenge) skip the first
// round: the signed presentation is posted straight to the request URL.
//
// An exchange that asks the learner to present credentials (QueryByExample) is a verifier's, not an
// issuer's: error "presentation-requested", and core/present answers it (VcApiPresenter).
//
// Error codes: "presentation-requested", "unsupported-flow", "unsupported-key", "issuer-refused",
// "key-refused", "offer-expired", and IssuerConnection's.
#pragma once

#include "IssuerConnection.h"
#include "ReceiveLink.h"
#include "ReceiveSessionState.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Satchel {

class IssuerConnection;
class SigningKey;

class VcApiExchangeClient {
    Q_DECLARE_TR_FUNCTIONS(Satchel::VcApiExchangeClient)
public:
    explicit VcApiExchangeClient(IssuerConnection &http);

    // Starts the exchange (POST {}) to see what it asks for before consent: its answer when it is an
    // issuance (a DID authentication request, or credentials straight away), "presentation-requested"
    // when it asks for credentials. Nothing of the learner's is sent.
    Result<QJsonObject> start(const ReceiveLink &link);
    // started: start()'s answer, continued from; empty: the exchange is started here.
    Result<QList<IssuedCredential>> run(const ReceiveLink &link, const SigningKey &key, const QJsonObject &started = {});

    // Whether a verifiablePresentationRequest asks for credentials (a QueryByExample), not only
    // for DID authentication.
    static bool asksForCredentials(const QJsonObject &request);
    // A request's "query": VC-API writes a list; the DCC's service one object.
    static QJsonArray queriesOf(const QJsonObject &request);

    // The credentials in an exchange's (or a DCC issuer's) answer, in the shapes issuers use.
    static QList<IssuedCredential> credentialsIn(const QJsonObject &answer);

private:
    static Error presentationRequested();
    // An exchange's answer as JSON, or why there is none (the request failed, the exchange is over,
    // or the issuer refused).
    static Result<QJsonObject> answered(const Result<IssuerAnswer> &answer, const QString &step);
    Result<QJsonObject> didAuthentication(const QJsonObject &request, const SigningKey &key);
    Result<QJsonObject> signedPresentation(const SigningKey &key, const QString &challenge, const QString &domain);

    IssuerConnection &m_http;
};

} // namespace Satchel
