// What verifying a credential secured by an enveloping proof (VC-JOSE-COSE: a VC-JWT, a COSE_Sign1
// credential) takes the same way whatever the envelope: the issuer's key its header names, and once
// the signature holds, the credential's schema conformance, validity dates and status.
#pragma once

#include "DocumentFetcher.h"
#include "KeyResolver.h"
#include "VerificationReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Satchel {

class SecuredCredentialChecks {
    Q_DECLARE_TR_FUNCTIONS(Satchel::SecuredCredentialChecks)
public:
    // The key a header ("jwk", or "kid": a DID URL, a key URL on the issuer's origin, or a bare name
    // for one of the keys the issuer publishes, JwtVcIssuerKeys) names for issuerId, or nullopt
    // after reporting why there is none. fetcher may be null (offline); now: when certificates
    // must be valid.
    static std::optional<ResolvedKey> issuerKey(DocumentFetcher *fetcher, const QDateTime &now,
                                                const QJsonObject &header, const QString &issuerId,
                                                VerificationReport &report);
    // After a valid signature under key: a warning when only the credential vouches for the key,
    // credentialSchema conformance (a warning only), the validity window from..until and the
    // credential's status, status list credentials judged by their Data Integrity proofs.
    static void checkContent(DocumentFetcher *fetcher, const QDateTime &now, const QJsonObject &credential,
                             const ResolvedKey &key, const QDateTime &from, const QDateTime &until,
                             VerificationReport &report);
};

} // namespace Satchel
