// What a verifier asks for, once its request is read: an OpenID4VP 1.0 request with its client
// identifier checked (PresentationRequestReader), or a VC-API exchange's verifiablePresentationRequest
// (VcApiQueryReader). Who asks, where the answer goes, and which credentials it wants, in one model
// for the three query languages (DCQL, Presentation Exchange 2.0 for older verifiers, and VC-API's
// QueryByExample). Plain values: read on a worker, shown at consent on the UI thread.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Satchel {

// One condition on a credential's content. DCQL: a claims query (its path pointer and accepted
// values). PE: one constraints.fields entry (its JSONPaths turned into path pointers, the first
// that selects something decides, and its filter, a JSON Schema).
struct ClaimConstraint {
    QString id;                 // DCQL claim id (for claim_sets); may be empty
    QList<QJsonArray> paths;    // claims path pointers (OpenID4VP §7): keys, indexes, null for every element
    QJsonArray values;          // DCQL: accepted values, empty for any
    QJsonObject filter;         // PE: JSON Schema the selected value must satisfy, empty for any
    bool optional = false;      // PE: the field may be absent
};

// One DCQL credential query or one PE input descriptor.
struct RequestedCredential {
    QString id;                 // credential query id / input descriptor id (keys of the answer)
    QString name;               // PE name, may be empty
    QString purpose;            // PE purpose, may be empty
    QStringList formats;        // "ldp_vc", "jwt_vc_json", "dc+sd-jwt", or others Satchel cannot present
    // DCQL meta.type_values: the credential matches if its types include every value of one inner list.
    QList<QStringList> typeValues;
    // DCQL meta.vct_values (dc+sd-jwt): the SD-JWT VC's vct must be one of them; empty for any.
    QStringList vctValues;
    // DCQL require_cryptographic_holder_binding (OpenID4VP 1.0 §6.1, true unless the verifier says
    // false): the answer proves the holder's key (an SD-JWT VC's Key Binding JWT).
    bool requireHolderBinding = true;
    QList<ClaimConstraint> claims;
    QList<QStringList> claimSets; // DCQL claim_sets (ids of claims); empty: every claim is needed
    bool multiple = false;        // more than one credential may answer it
};

// DCQL credential_sets: which combinations of credential queries satisfy the verifier.
struct CredentialSetQuery {
    QList<QStringList> options; // each a list of credential query ids
    bool required = true;
};

enum class QueryLanguage { Dcql, PresentationExchange, QueryByExample };

enum class PresentationProtocol { OpenId4Vp, VcApi };

enum class ClientIdPrefix { RedirectUri, DecentralizedIdentifier, X509SanDns };

struct PresentationRequest {
    PresentationProtocol protocol = PresentationProtocol::OpenId4Vp;
    // OpenID4VP: as the verifier wrote it, prefix included. VC-API: the request's domain (what the
    // presentation's proof is bound to, with the challenge in nonce).
    QString clientId;
    ClientIdPrefix prefix = ClientIdPrefix::RedirectUri;
    // client_metadata.client_name, may be empty. Self-asserted (nothing vouches for it under
    // redirect_uri:): consent names verifierDomain as who receives the answer, the name beside it.
    QString verifierName;
    QString verifierDomain;     // the host the answer goes to: what consent must name
    QUrl responseUri;           // direct_post target; VC-API: the exchange the presentation is posted to
    QString nonce;              // VC-API: the request's challenge
    QString state;              // may be empty
    // client_metadata's vp_formats_supported (OpenID4VP 1.0; "vp_formats" of earlier drafts): which
    // proof types, cryptosuites and algorithms the verifier accepts, per format. Empty: it does not say.
    QJsonObject formatsSupported;
    bool signedRequest = false; // the request object was signed by the key its client id names (DID or certificate)
    QString signedBy;           // then: that DID, or the DNS name its certificate is for
    // VC-API DIDAuthentication acceptedMethods ("key", "jwk"): the holder DID methods the verifier
    // accepts. Empty: any.
    QStringList acceptedDidMethods;

    QueryLanguage language = QueryLanguage::Dcql;
    QList<RequestedCredential> credentials;
    QList<CredentialSetQuery> credentialSets; // DCQL only; empty: every credential query is required
    QString definitionId;                     // PE presentation_definition.id
    bool submissionRequirements = false;      // PE: the definition has submission_requirements

    // "OpenID4VP" or "VC-API": the protocol's name as the presentation log shows it (not translated).
    QString protocolName() const
    {
        return protocol == PresentationProtocol::VcApi ? QStringLiteral("VC-API") : QStringLiteral("OpenID4VP");
    }
};

} // namespace Satchel
