// A JWS in compact serialization (header.payload.signature), parsed with size bounds and verified
// against a key chosen by the caller and an explicit set of allowed algorithms: the header never
// picks the algorithm on its own (no "none", no HMAC, no RS256 header with an Ed25519 key).
//
// Error codes: "too-large", "malformed", "alg-none", "alg-not-allowed", "alg-key-mismatch", "signature".
#pragma once

#include "SignedMessageLimits.h"
#include "PublicKey.h"
#include "Result.h"
#include "Signature.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Satchel {

class SigningKey;

class Jws {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Jws)
public:
    static constexpr qsizetype kMaxTotalBytes = SignedMessageLimits::kMaxTotalBytes;
    static constexpr qsizetype kMaxHeaderBytes = SignedMessageLimits::kMaxHeaderBytes;

    // Three dot-separated base64url segments, header and payload not empty (the signature may be,
    // for alg "none"), nothing else: the cheap test format detection makes before parsing.
    static bool looksLike(QByteArrayView text);

    // For verification: parseStructure() within kMaxTotalBytes, and the header names an "alg" and
    // uses no extension ("crit", "b64") this parser does not understand (RFC 7515 §4.1.11).
    // Surrounding whitespace is ignored (files usually end with a newline).
    static Result<Jws> parse(QByteArrayView text);
    // For reading a credential: the parts decoded and the header a JSON object, within maxBytes
    // (a whole credential file may be larger than a JWS the verifier takes). parse()'s header
    // rules are left to verification, so an odd header gives a credential that fails verification
    // with its reason rather than a file the wallet cannot import.
    static Result<Jws> parseStructure(QByteArrayView text, qsizetype maxBytes);

    const QJsonObject &header() const { return m_header; }
    QString algorithm() const { return m_header.value(QLatin1String("alg")).toString(); }
    QString keyId() const { return m_header.value(QLatin1String("kid")).toString(); }
    const QByteArray &payload() const { return m_payload; }
    // The payload as a JSON object ("malformed" if it is not one).
    Result<QJsonObject> payloadObject() const;
    const QByteArray &signingInput() const { return m_signingInput; }
    const QByteArray &signature() const { return m_signature; }

    // Checks alg against allowedAlgorithms and the key type, then the signature.
    Status verify(const PublicKey &key, const QList<SignatureAlgorithm> &allowedAlgorithms) const;

    // Makes header.payload.signature from parts (used by tests and re-baking); no signing here.
    static QByteArray assemble(const QJsonObject &header, QByteArrayView payload, QByteArrayView signature);
    // Signs header.payload with key (header's "alg" is the caller's, normally key.jwsAlgorithm()):
    // the one place a holder key makes a compact JWS (key proofs, JWT presentations). Errors: sign()'s.
    static Result<QByteArray> sign(const QJsonObject &header, QByteArrayView payload, const SigningKey &key);

private:
    QJsonObject m_header;
    QByteArray m_payload;
    QByteArray m_signingInput;
    QByteArray m_signature;
};

} // namespace Satchel
