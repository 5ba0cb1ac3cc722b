// An SD-JWT (RFC 9901) in its compact serialization, <issuer-signed JWT>~<Disclosure>~…~[<KB-JWT>],
// read with size bounds, and its disclosed claims put back where the issuer's digests stand
// (RFC 9901 §7.1). The issuer's signature and the Key Binding JWT are the verifier's
// (verify::SdJwtVcVerifier); reading only decodes them.
//
// Error codes: "too-large" (input, a Disclosure, their number or the nesting), "malformed" (the
// serialization, a JWT or a Disclosure is unreadable), "unsupported-hash" (an "_sd_alg" other than
// sha-256, sha-384, sha-512), "disclosure" (a digest used twice, a Disclosure no digest refers to,
// a Disclosure of the wrong kind or with a forbidden or clashing claim name).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>

namespace Satchel {

class SdJwt {
    Q_DECLARE_TR_FUNCTIONS(Satchel::SdJwt)
public:
    static constexpr qsizetype kMaxTotalBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxDisclosureBytes = 256 * 1024;
    static constexpr int kMaxDisclosures = 2000;
    static constexpr int kMaxDepth = 32; // nesting of the claims, disclosed values included

    struct Disclosure {
        QByteArray encoded;        // the base64url text as serialized: what the digest covers
        QString salt;
        QString name;              // the claim name; empty for an array element
        bool arrayElement = false; // [salt, value] rather than [salt, name, value]
        QJsonValue value;
    };

    // The cheap test format detection makes: a JWS, then at least one "~", nothing but
    // base64url, '.' and '~' (no parsing).
    static bool looksLike(QByteArrayView text);
    // Splits and decodes the parts; digests are checked by processedClaims().
    static Result<SdJwt> parse(QByteArrayView text);

    const QByteArray &issuerJwt() const { return m_issuerJwt; }
    const QJsonObject &header() const { return m_header; }
    const QJsonObject &payload() const { return m_payload; } // as signed, digests and all
    const QList<Disclosure> &disclosures() const { return m_disclosures; }
    const QByteArray &keyBindingJwt() const { return m_keyBindingJwt; } // empty when there is none
    // What a Key Binding JWT's sd_hash covers: the serialization up to and including the last '~'.
    const QByteArray &presentedPart() const { return m_presentedPart; }
    // "_sd_alg", or "sha-256" when the issuer names none.
    QString hashAlgorithm() const;
    // The typ header is an SD-JWT VC's ("dc+sd-jwt", or "vc+sd-jwt" of drafts before 06).
    bool isVcType() const;

    // base64url(hash(data)) with an SD-JWT hash name ("sha-256"...). Error: "unsupported-hash".
    static Result<QByteArray> digest(const QString &algorithm, QByteArrayView data);

    // The payload with every disclosed claim in place of its digest, undisclosed digests, "_sd" and
    // "_sd_alg" removed (RFC 9901 §7.1 steps 3 to 5). Every Disclosure must be referenced exactly once.
    Result<QJsonObject> processedClaims() const;

private:
    class Processor;

    QByteArray m_issuerJwt;
    QJsonObject m_header;
    QJsonObject m_payload;
    QList<Disclosure> m_disclosures;
    QByteArray m_keyBindingJwt;
    QByteArray m_presentedPart;
};

} // namespace Satchel
