// Checks a verifiable presentation file (issue 15: a learner's signed presentation for someone who
// has no verifier): that its holder signed it, bound to the challenge the recipient gave, and hands
// back each credential it carries so that it is verified as usual (CredentialVerifier, or by
// importing it and letting the wallet verify it).
//
// The holder's proof: a Data Integrity proof (eddsa-rdfc-2022 with did:key, ecdsa-rdfc-2019 with a
// P-256 did:jwk; DataIntegrityVerifier::verifyHolderProof) or, for a JWT VP, its JWS (EdDSA, ES256)
// under the key its "kid" names, its typ/cty those of a presentation (vp+jwt, vp, or JWT/none), or
// for a COSE VP its COSE_Sign1 the same way (vp+cose, vp). Either way the key must be controlled by the presentation's holder
// ("holder", for a JWT VP "vp.holder" else "iss"): a presentation re-signed by someone else fails.
#pragma once

#include "DocumentFetcher.h"
#include "Result.h"
#include "VerificationCheck.h"
#include "crypto/Signature.h"
#include "formats/PresentationReader.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace Satchel {

struct PresentationCheck {
    PresentationContent content;        // holder, challenge and domain in the proof, the credentials
    VerificationCheck holderSignature;  // "signature", "issuer-mismatch", "no-proof"…: Pass when the holder signed it
    // The proof's challenge (and domain) against the ones the recipient expected: Pass, Fail, or
    // Skip when none was expected.
    VerificationCheck binding;
    // The holder signed it, for the request the recipient made (when they said which).
    bool accepted() const
    {
        return holderSignature.outcome == CheckOutcome::Pass && binding.outcome != CheckOutcome::Fail;
    }
};

class PresentationVerifier {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PresentationVerifier)
public:
    // fetcher may be null: did:key and did:jwk holders resolve without it.
    explicit PresentationVerifier(DocumentFetcher *fetcher) : m_fetcher(fetcher) {}

    // Errors: PresentationReader's (not a presentation, none of its credentials readable...). A
    // presentation that reads but is not signed by its holder is a result whose check says why.
    Result<PresentationCheck> check(const QByteArray &bytes, const QString &expectedChallenge = {},
                                    const QString &expectedDomain = {});
    // The holder's signature alone, offline (ImportOptions::checkPresentation): an error with the reason.
    static Status holderCheck(const QByteArray &bytes);

private:
    using SignatureCheck = std::function<Status(const PublicKey &, const QList<SignatureAlgorithm> &)>;
    VerificationCheck jwtHolderProof(QByteArrayView text, const QString &holder);
    VerificationCheck coseHolderProof(QByteArrayView bytes, const QString &holder);
    // The key keyId names, controlled by holder, under which verify() holds (EdDSA or ES256).
    VerificationCheck holderKeyProof(const QString &keyId, const QString &holder, const QString &algorithm,
                                     const SignatureCheck &verify);

    DocumentFetcher *m_fetcher;
};

} // namespace Satchel
