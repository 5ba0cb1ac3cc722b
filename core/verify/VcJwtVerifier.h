// Verifies an OB 3.0 VC-JWT (OB 3.0 §8.2): JOSE header checks, the key from the header "jwk" or
// "kid" (did:key, did:jwk, did:web, or an http(s) URL serving a JWK), the signature, the JWT
// claims against the credential (iss/sub/jti/nbf/exp), credentialSchema conformance (a warning
// only), validity dates and credential status.
// VCDM 1.1 JWTs carrying the credential in a "vc" claim are accepted too. VC-JOSE-COSE's rules
// apply as well: the media type (typ vc+jwt, cty vc, or the older JWT), no "vc"/"vp" claim beside a
// VCDM 2.0 credential, and a kid that is no URL names a key the issuer publishes (JwtVcIssuerKeys).
#pragma once

#include "FormatVerifier.h"
#include "DocumentFetcher.h"
#include "KeyResolver.h"
#include "VerificationReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Satchel {

class Jws;

class VcJwtVerifier : private FormatVerifier {
    Q_DECLARE_TR_FUNCTIONS(Satchel::VcJwtVerifier)
public:
    // fetcher may be null (offline): URL keys and status lists then come out "unknown"/"warn".
    explicit VcJwtVerifier(DocumentFetcher *fetcher, const QDateTime &now = QDateTime::currentDateTimeUtc());

    VerificationReport verify(QByteArrayView compactJws);
    // The credential inside the last verified JWT (the payload or its "vc" claim).
    const QJsonObject &credential() const { return m_credential; }

private:
    void checkClaims(const QJsonObject &payload, const QJsonObject &credential, VerificationReport &report) const;
    // The validity window (nbf/exp, else validFrom/validUntil), then SecuredCredentialChecks::checkContent.
    void checkDates(const QJsonObject &payload, const QJsonObject &credential, const ResolvedKey &key,
                    VerificationReport &report) const;

    QJsonObject m_credential;
};

} // namespace Satchel
