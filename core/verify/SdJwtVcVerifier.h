// Verifies an SD-JWT VC (draft-ietf-oauth-sd-jwt-vc over RFC 9901): the typ header, the issuer's
// key (JwtVcIssuerKeys) and signature (when the key cannot be looked up, offline, the checks below
// still run, so a broken or lapsed credential is not merely "unknown"), every Disclosure against the signed digests, the vct claim,
// nbf/exp, and a Key Binding JWT when one is attached (typ kb+jwt, signed by the cnf key, sd_hash
// over the SD-JWT as presented, iat not in the future; aud and nonce are reported, not judged: a
// stored credential has no verifier to compare them with).
//
// A "status" claim naming an IETF Token Status List is checked by TokenStatusListChecker, the
// Status List Token's signature by the same key resolution as the credential's (a key the token
// carries itself, x5c or jwk, must be the one that signed the credential).
//
// Check codes: "malformed", "alg-none", "signature", "key-unresolvable", "issuer-mismatch",
// "disclosures", "claims-mismatch", "expired", "not-yet-valid", "key-binding", and
// TokenStatusListChecker's "revoked", "status", "status-token", "status-signature",
// "status-index", "status-unavailable".
// A VCDM 2.0 credential secured with SD-JWT (VC-JOSE-COSE §3.2, typ vc+sd-jwt and a v2 @context)
// is verified by the same rules, needing no vct but an iss that is its issuer and no vc/vp claim.
#pragma once

#include "FormatVerifier.h"
#include "DocumentFetcher.h"
#include "VerificationReport.h"
#include "crypto/PublicKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Satchel {

class SdJwt;

class SdJwtVcVerifier : private FormatVerifier {
    Q_DECLARE_TR_FUNCTIONS(Satchel::SdJwtVcVerifier)
public:
    // How far a Key Binding JWT's iat may lie ahead of now (clocks differ).
    static constexpr qint64 kClockSkewSeconds = 300;

    // fetcher may be null (offline): an https issuer's key then comes out "unknown".
    explicit SdJwtVcVerifier(DocumentFetcher *fetcher, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // A plain SD-JWT (RFC 9901's own examples, typ "example+sd-jwt") is verified by the same rules
    // when this is false; credentials in the wallet always need the SD-JWT VC typ.
    void setRequireVcType(bool require) { m_requireVcType = require; }

    VerificationReport verify(QByteArrayView serialization);
    // The claims of the last verified SD-JWT with its disclosures in place (empty when they failed).
    const QJsonObject &claims() const { return m_claims; }

private:
    enum class SignatureCheck { Verified, Unknown, Failed };
    SignatureCheck checkSignature(const SdJwt &sdJwt, VerificationReport &report);
    // A VC Data Model 2.0 credential secured as VC-JOSE-COSE §3.2 says (typ vc+sd-jwt, a v2
    // @context, no vct) rather than an SD-JWT VC of the drafts that used the same typ.
    static bool isVcdm2Credential(const SdJwt &sdJwt);
    void checkClaims(const SdJwt &sdJwt, VerificationReport &report) const;
    QStringList vcdm2Problems() const;
    void checkKeyBinding(const SdJwt &sdJwt, VerificationReport &report) const;
    VerificationCheck checkStatus(const QJsonObject &reference, const QString &issuer) const;

    bool m_requireVcType = true;
    bool m_vcdm2 = false;
    QJsonObject m_claims;
    std::optional<PublicKey> m_issuerKey; // the key that verified the last credential's signature
};

} // namespace Satchel
