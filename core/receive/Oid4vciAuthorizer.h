// The OAuth half of OpenID4VCI 1.0: an access token for the offered credentials, through the
// pre-authorized code grant (§6.1, with the transaction code when the offer asks for one) or the
// authorization code grant with PKCE S256 (§5, RFC 7636) through the learner's browser and a
// loopback redirect (RFC 8252), with a pushed authorization request when the server requires one
// (RFC 9126). The authorization server is the one the offer's grant names, else the first of the
// issuer's authorization_servers, else the credential issuer itself; its metadata comes from
// RFC 8414's well-known address (path inserted), falling back to OpenID Connect discovery.
//
// Error codes: "wrong-tx-code", "tx-code-needed", "offer-expired", "authorization-failed",
// "issuer-refused", "bad-metadata", "unsupported-flow", and IssuerConnection's.
#pragma once

#include "CredentialReceiver.h"
#include "IssuerConnection.h"
#include "IssuerMetadata.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <atomic>

namespace Satchel {

struct ReceiveSessionState;

// What the token endpoint granted.
struct AccessGrant {
    QString accessToken;
    QString cNonce;                                  // drafts gave the nonce here; 1.0 has a nonce endpoint
    QHash<QString, QStringList> credentialIdentifiers; // by configuration id (authorization_details)
    QString clientId;                                // the proof's iss: set in the authorization code flow
};

class Oid4vciAuthorizer {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Oid4vciAuthorizer)
public:
    Oid4vciAuthorizer(IssuerConnection &http, const ReceiveOptions &options, const std::atomic_bool *cancel);
    Result<AccessGrant> authorize(const ReceiveSessionState &state, const ReceiveInputs &inputs);

private:
    Result<AuthorizationServerMetadata> serverMetadata(const ReceiveSessionState &state);
    Result<AccessGrant> preAuthorized(const ReceiveSessionState &state, const AuthorizationServerMetadata &server,
                                      const ReceiveInputs &inputs);
    Result<AccessGrant> authorizationCode(const ReceiveSessionState &state, const AuthorizationServerMetadata &server,
                                          const ReceiveInputs &inputs);
    Result<QUrl> authorizationRequestUrl(const ReceiveSessionState &state, const AuthorizationServerMetadata &server,
                                         const FormFields &parameters);
    Result<AccessGrant> token(const QUrl &endpoint, const FormFields &form, bool transactionCodeSent);

    IssuerConnection &m_http;
    ReceiveOptions m_options;
    const std::atomic_bool *m_cancel;
};

} // namespace Satchel
