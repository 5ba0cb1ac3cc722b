// The proofValue of an ecdsa-sd-2023 proof (VC-DI-ECDSA §3.5, "ecdsa-sd-2023 functions"): "u" +
// base64url of a CBOR array after a three-byte header that says which of the two kinds it is.
//   base proof    0xd9 0x5d 0x00: [baseSignature, publicKey, hmacKey, signatures, mandatoryPointers]
//                 what the issuer gives the holder, who derives disclosures from it;
//   derived proof 0xd9 0x5d 0x01: [baseSignature, publicKey, signatures, labelMap, mandatoryIndexes]
//                 what a verifier receives.
// publicKey is the ephemeral P-256 key (a multikey: 0x80 0x24 and a compressed point) that signed
// each non-mandatory statement; the label map (compressed: canonical index -> HMAC bytes) says which
// "_:u<base64url>" label each canonical blank node "_:c14nN" had when the issuer signed.
//
// Error codes of parseDerived(): "base-proof" (a base proof, not for verifiers), "malformed"; of
// parseBase(): "malformed".
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Satchel {

struct EcdsaSdDerivedProof {
    QByteArray baseSignature;        // 64 bytes, by the issuer's key
    QByteArray publicKey;            // the ephemeral key, multikey bytes (0x80 0x24 + 33)
    QList<QByteArray> signatures;    // one per non-mandatory statement, 64 bytes each
    QHash<QString, QString> labelMap; // "c14n3" -> "u<base64url>"
    QList<int> mandatoryIndexes;     // ascending, into the relabelled sorted statements
};

struct EcdsaSdBaseProof {
    QByteArray baseSignature;
    QByteArray publicKey;
    QByteArray hmacKey;              // 32 bytes: the holder's, never given to a verifier
    QList<QByteArray> signatures;    // one per non-mandatory statement of the whole document
    QStringList mandatoryPointers;   // JSON pointers the issuer requires in every disclosure
};

class EcdsaSdProofValue {
    Q_DECLARE_TR_FUNCTIONS(Satchel::EcdsaSdProofValue)
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024;
    static constexpr qsizetype kMaxStatements = 10000;

    static Result<EcdsaSdDerivedProof> parseDerived(const QString &proofValue);
    static Result<EcdsaSdBaseProof> parseBase(const QString &proofValue);
    // The proofValue of a derived proof ("u" + base64url).
    static QString serializeDerived(const EcdsaSdDerivedProof &proof);
};

} // namespace Satchel
