// Reads a Verifiable Presentation file (issue 15: a learner's signed presentation sent to someone
// without a verifier) for what it carries: its holder, the challenge and domain its proof binds it
// to, and each credential's own text. Pure bytes in, nothing verified: the holder's signature is
// verify::PresentationVerifier's, each credential is verified like any other once imported.
//
// Forms read:
//   - a JSON-LD VP ({"type":["VerifiablePresentation"], "verifiableCredential": [...]}); a credential
//     object is handed out as the exact bytes it has in the file (so a credential presented from the
//     wallet comes back byte for byte and is recognised as the one already held), an enveloped one
//     ({"type":"EnvelopedVerifiableCredential","id":"data:application/vc+jwt,<jwt>"}, VCDM 2.0
//     §4.13) as its JWT (data:application/vc+sd-jwt,… as its SD-JWT with its disclosures,
//     data:application/vc+cose;base64,… as its binary COSE_Sign1), and a bare JWT string (the VC 1.1
//     form) as it is; other envelopes are refused;
//   - a JWT VP: a compact JWS whose payload has a "vp" claim (VC-JWT 1.1) or is the presentation
//     itself (VC-JOSE-COSE); holder from "vp.holder" or "iss", challenge and domain from "nonce"
//     and "aud";
//   - a COSE VP (VC-JOSE-COSE §3.3.2, application/vp+cose): a COSE_Sign1, binary or base64 text,
//     whose payload is the presentation; holder from "holder".
//
// Error codes: "not-a-presentation", "empty-presentation" (no credential in it), "too-large",
// "malformed" and SafeJson's.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Satchel {

struct PresentationContent {
    QString holder;                 // the holder's id (a DID), empty when the presentation names none
    QString challenge;              // what the proof binds it to (the JWT's nonce)
    QString domain;                 // the same for the domain (the JWT's aud)
    bool jwt = false;               // a JWT VP (else JSON-LD with an embedded proof, or COSE)
    bool cose = false;              // a COSE VP
    QList<QByteArray> credentials;  // each credential's JSON text, compact JWT or binary COSE_Sign1
};

class PresentationReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PresentationReader)
public:
    static constexpr int kMaxCredentials = 256;

    // Cheap: whether text (trimmed JSON or JWS text, a COSE message) may be a presentation, worth read()ing.
    static bool looksLikePresentation(QByteArrayView text);
    static Result<PresentationContent> read(QByteArrayView text);
};

} // namespace Satchel
