// Turns a verifier's OpenID4VP 1.0 authorization request into a PresentationRequest, checking who
// the verifier says it is against where the answer would go (client identifier prefixes, §5.9):
//   redirect_uri:URI              unsigned; the response_uri must be URI itself;
//   decentralized_identifier:DID  the request object must be signed by a key of DID (did:key and
//                                 did:jwk, resolved offline; EdDSA or ES256);
//   x509_san_dns:DNSNAME          the request object must be signed by the leaf of its x5c chain, the
//                                 chain must lead to a trusted root, the leaf must name DNSNAME, and
//                                 the response_uri's host must be DNSNAME (VerifierCertificate);
//   x509_hash:, openid_federation:, verifier_attestation:, origin:, or no prefix
//                                 refused: Satchel cannot check them yet, and says so.
// Older verifiers (drafts 18 to 22) write the client id bare with a client_id_scheme parameter
// ("redirect_uri", "did", "x509_san_dns"), or a bare DID: read as the prefix it stands for.
// Only response_type=vp_token with response_mode=direct_post is answered (a desktop wallet posts its
// answer; an encrypted direct_post.jwt is not supported yet).
//
// Error codes (each message translated, in plain words):
//   "bad-request"               a required parameter missing or malformed
//   "unsupported-response"      another response_type or response_mode
//   "insecure-url"              a response_uri that is not HTTPS (loopback excepted)
//   "unsupported-client-id"     a client identifier prefix Satchel cannot check
//   "client-id-mismatch"        redirect_uri: the answer would go somewhere else than the client id
//   "unsigned-request"          decentralized_identifier: the request is not signed
//   "signature-mismatch"        the request is not signed by the key it names (or that key is not the DID's)
//   "certificate-untrusted", "certificate-name-mismatch"   VerifierCertificate's (x509_san_dns)
//   "unsupported-did"           a DID that cannot be resolved without the network
//   "client-id-changed"         the request object's client_id is not the link's
//   "request-expired"           the request object's exp has passed
//   "wallet-nonce-mismatch"     the request object does not carry the nonce Satchel posted for it
//   and PresentationQueryReader's "bad-query" / "unsupported-query".
#pragma once

#include "PresentationRequest.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Satchel {

class Jws;

class PresentationRequestReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PresentationRequestReader)
public:
    static constexpr qsizetype kMaxRequestObjectBytes = 256 * 1024;

    // A request by value: the link's parameters (PresentationLink::parameters), never signed.
    static Result<PresentationRequest> fromParameters(const QJsonObject &parameters);
    // A request by reference: the request object the verifier served (a JWT,
    // application/oauth-authz-req+jwt), the client_id of the link that named it, and the
    // wallet_nonce Satchel posted for it (empty after a GET). trustAnchorsPem: certificates trusted
    // besides the system's for x509_san_dns (PresentOptions::extraTrustAnchorsPem).
    static Result<PresentationRequest> fromRequestObject(const QByteArray &jwt, const QString &linkClientId,
                                                         const QString &walletNonce, const QByteArray &trustAnchorsPem = {},
                                                         const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The client id with its 1.0 prefix: as written when it has one; else from the drafts'
    // client_id_scheme ("redirect_uri", "did", "x509_san_dns"), or "decentralized_identifier:" for a
    // bare DID (drafts 19 to 21 let a did: client id name its own scheme). What the checks use; the
    // presentation is bound to the client id as the verifier wrote it.
    static QString prefixedClientId(const QJsonObject &parameters);

private:
    static Result<PresentationRequest> read(const QJsonObject &parameters, bool verifiedSignature);
    static Status checkSignature(const Jws &jws, const QString &did);
    static Status checkCertificateSignature(const Jws &jws, const QString &dnsName, const QByteArray &trustAnchorsPem,
                                            const QDateTime &now);
};

} // namespace Satchel
