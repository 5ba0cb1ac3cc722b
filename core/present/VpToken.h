// The answer's vp_token (OpenID4VP 1.0 §8.1), one signed presentation per chosen credential:
//   ldp_vc       an ldp_vp: a VP with the credential's original JSON, Data Integrity proof by the
//                holder key with challenge = nonce and domain = client_id (PresentationSigner); one
//                with an ecdsa-sd-2023 base proof goes as a copy derived for the query (EcdsaSdPresentation);
//   jwt_vc_json  a jwt_vp_json: the credential's JWT in a JWT VP with aud = client_id and nonce
//                (JwtPresentation).
//   dc+sd-jwt    the SD-JWT VC with only the Disclosures the query needs and a Key Binding JWT
//                (aud = client_id, nonce) by the holder key its cnf names (SdJwtPresentation); DCQL only.
// DCQL: a JSON object keyed by credential query id, each value an array of presentations.
// Presentation Exchange: the presentation itself when there is one, else an array of them, with the
// presentation_submission that maps each input descriptor to its place.
// Built as text so that each credential's bytes go out exactly as the issuer signed them (a number
// re-serialised by a JSON library could change what a Data Integrity signature covers).
//
// Error codes: PresentationSigner's, JwtPresentation's, SdJwtPresentation's and EcdsaSdPresentation's.
#pragma once

#include "PresentationRequest.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace Satchel {

class SigningKey;

struct PresentedItem {
    QString queryId;            // the credential query or input descriptor it answers
    QString format;             // "ldp_vc", "jwt_vc_json" or "dc+sd-jwt"
    QByteArray credential;      // the credential's stored bytes (JSON, the compact JWT, or the whole SD-JWT)
};

struct VpToken {
    QByteArray vpToken;                 // JSON text (an object, an array, or a JSON string for one JWT)
    QByteArray presentationSubmission;  // JSON text, PE only

    static Result<VpToken> build(const PresentationRequest &request, const QList<PresentedItem> &items,
                                 const SigningKey &key, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The form value of a JSON text: a JSON string is sent as its content (a bare JWT), anything else as is.
    static QString formValue(const QByteArray &json);
};

} // namespace Satchel
