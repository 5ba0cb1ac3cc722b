// A COSE_Sign1 message (RFC 9052 §4.2), the way VC-JOSE-COSE §3.3 secures a credential
// (application/vc+cose) or a presentation (application/vp+cose): the JSON-LD document is the
// payload, the protected header names the algorithm, the key ("kid", label 4) and the media types
// (content type, label 3; typ, label 16). Read through the bounded CborReader (untrusted input),
// verified like a JWS: against a key chosen by the caller and an explicit set of allowed
// algorithms, ECDSA signatures raw r||s as in JOSE (RFC 9053 §2.1).
//
// Error codes: "too-large", "malformed", "alg-not-allowed", "alg-key-mismatch", "signature".
#pragma once

#include "SignedMessageLimits.h"
#include "PublicKey.h"
#include "Result.h"
#include "Signature.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Satchel {

class CoseSign1 {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CoseSign1)
public:

    // Cheap: whether bytes begin as a COSE_Sign1 does (tag 18 or not, an array of four whose first
    // item is a byte string), in binary.
    static bool looksLike(QByteArrayView bytes);
    // The same for a file or a pasted text holding it in base64 or base64url (VC-JOSE-COSE §3.3.1
    // carries it base64 in data: URLs); hexadecimal is no encoding the specification uses.
    static bool looksLikeText(QByteArrayView text);
    // The message's CBOR bytes: binary as it is, base64/base64url text decoded (white space around
    // it ignored). "malformed" when it is neither.
    static Result<QByteArray> decode(QByteArrayView bytesOrText);

    // decode() then the structure: protected header a map in a byte string, naming the algorithm
    // and no critical extension ("crit", label 2, RFC 9052 §3.1) Satchel does not understand; the
    // unprotected header a map repeating no protected label; the payload attached.
    static Result<CoseSign1> parse(QByteArrayView bytesOrText,
                                   qsizetype maxBytes = SignedMessageLimits::kMaxTotalBytes);

    // The "alg" label's value (RFC 9053: -7 ES256, -35 ES384, -36 ES512, -8 EdDSA).
    qint64 algorithmId() const { return m_algorithm; }
    std::optional<SignatureAlgorithm> signatureAlgorithm() const;
    // The JOSE name of the algorithm when Satchel knows it, else its number.
    QString algorithmName() const;
    QString keyId() const { return m_keyId; }
    QString contentType() const { return m_contentType; }
    QString type() const { return m_type; }
    const QByteArray &payload() const { return m_payload; }
    const QByteArray &signature() const { return m_signature; }
    // Sig_structure ["Signature1", protected, external_aad (empty), payload] (RFC 9052 §4.4).
    QByteArray toBeSigned() const;
    // The header as the JOSE members the key lookups read ("alg", "kid", "typ", "cty").
    QJsonObject joseHeader() const;

    Status verify(const PublicKey &key, const QList<SignatureAlgorithm> &allowedAlgorithms) const;

private:
    QByteArray m_protected;
    QByteArray m_payload;
    QByteArray m_signature;
    qint64 m_algorithm = 0;
    QString m_keyId;
    QString m_contentType;
    QString m_type;
};

} // namespace Satchel
