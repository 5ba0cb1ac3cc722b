// One Data Integrity cryptosuite as DataIntegrityVerifier uses it: what a proof's value covers
// (prepare: canonicalization, done before the key is looked up, so data the contexts cannot express
// is the finding whoever signed) and how the value is checked with the signer's key (verify).
// What every suite shares (the purpose, the creation date, resolving the key and who controls it)
// stays in the verifier. forProof() picks the suite a proof names:
//
//   DataIntegrityProof eddsa-rdfc-2022 / eddsa-2022, Ed25519Signature2020   RdfcProofSuite (Ed25519)
//   DataIntegrityProof ecdsa-rdfc-2019 (P-256 + SHA-256, P-384 + SHA-384)   RdfcProofSuite (ECDSA)
//   Ed25519Signature2018 (detached JWS, b64 false)                           Ed25519Signature2018Suite
//   DataIntegrityProof ecdsa-sd-2023 (derived proofs)                        EcdsaSd2023Suite
//
// Error codes of prepare(): the canonicalizer's ("data-loss", ...), "signature" (a proof value that
// cannot be read or does not fit the document) or "unsupported-cryptosuite" (a proof Satchel reads
// but a verifier cannot use: an ecdsa-sd-2023 base proof when not accepted); of verify(): "signature".
#pragma once

#include "Result.h"
#include "crypto/PublicKey.h"
#include "jsonld/JsonValue.h"

#include <QCoreApplication>

#include <memory>

namespace Satchel {

class ProofSuite {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ProofSuite)
public:
    virtual ~ProofSuite() = default;

    // The name messages give the suite ("ecdsa-rdfc-2019", "Ed25519Signature2018").
    virtual QString name() const = 0;
    virtual Status prepare(const JsonValue &document, const JsonValue &proof) = 0;
    virtual bool acceptsKey(PublicKey::Type type) const = 0;
    // After prepare() succeeded.
    virtual Status verify(const PublicKey &key) = 0;

    // The suite for proof, or an Error (code "unsupported-cryptosuite") that says why there is none.
    // acceptBaseProofs: the holder checking its own credentials may check an ecdsa-sd-2023 base
    // proof; a verifier may not (it is told so).
    static Result<std::shared_ptr<ProofSuite>> forProof(const JsonValue &proof, bool acceptBaseProofs);
};

} // namespace Satchel
