// Selective disclosure with ecdsa-sd-2023 (the createDisclosureData and derive algorithms of the
// W3C VC-DI-ECDSA specification): from a credential whose issuer gave the holder a base proof, makes the copy a
// verifier receives: only the fields the issuer made mandatory and those the learner chose (JSON
// pointers), with a derived proof that the verifier checks without learning the rest.
//
// How: the blank nodes of the credential are first given stable names (skolemized), its
// statements canonicalized and relabelled with the base proof's HMAC key, exactly as the issuer
// did when signing; each pointer selection is turned into statements and matched to that list.
// The derived proof keeps the issuer's base signature, the ephemeral key, the signatures of the
// disclosed non-mandatory statements, the mandatory statements' positions and the label map from
// the blank node names the verifier will compute to the issuer's HMAC names.
//
// Error codes: "not-derivable" (no ecdsa-sd-2023 base proof), "malformed" (an unreadable base
// proof or document), "pointer" (a pointer that does not match), the canonicalizer's codes.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Satchel {

class EcdsaSdDisclosure {
    Q_DECLARE_TR_FUNCTIONS(Satchel::EcdsaSdDisclosure)
public:
    // The disclosed credential as JSON (compact).
    static Result<QByteArray> derive(const QByteArray &credentialJson, const QStringList &selectivePointers);
};

} // namespace Satchel
