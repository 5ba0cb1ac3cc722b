// Checks an SD-JWT VC's status reference, "status": {"status_list": {"idx": N, "uri": "…"}},
// against the IETF Token Status List it names, by the validation rules of
// draft-ietf-oauth-status-list §8.3: the Status List Token fetched from uri (Accept
// application/statuslist+jwt, through StatusListSource, so the wallet's cache answers offline and
// its date is given), typ statuslist+jwt, its signature (the caller's check, which resolves the
// key as for the credential itself), sub equal to uri, iss (when given) equal to the credential's,
// iat not in the future, exp not past; then the status at idx (TokenStatusList).
//
// Check codes: "revoked" (0x00 VALID passes, 0x01 INVALID fails, 0x02 SUSPENDED fails in its own
// words, as suspension lists do elsewhere), "status" (a warning naming any other value: those
// belong to applications), "status-token" (no usable Status List Token), "status-signature",
// "status-index" (idx or uri missing, or idx outside the list), "status-unavailable" (a warning:
// the list could not be fetched or its key not looked up; WalletVerifier makes it unknown when
// the wallet is offline with no kept copy). The draft says a credential whose list fails these
// checks SHOULD be rejected, so those failures make it invalid rather than unknown.
#pragma once

#include "DocumentFetcher.h"
#include "Result.h"
#include "StatusListSource.h"
#include "TokenStatusList.h"
#include "VerificationCheck.h"
#include "crypto/Jws.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace Satchel {

class TokenStatusListChecker {
    Q_DECLARE_TR_FUNCTIONS(Satchel::TokenStatusListChecker)
public:
    // Verifies the token's signature with the credential issuer's key. The error code
    // "lookup-failed" means the key could not be looked up (offline): the status is then not
    // known, rather than failed.
    using SignatureCheck = std::function<Status(const Jws &token)>;
    // How far the token's iat may lie ahead of now (clocks differ).
    static constexpr qint64 kClockSkewSeconds = 300;

    // fetcher: null means offline. Not owned.
    TokenStatusListChecker(DocumentFetcher *fetcher, const QDateTime &now, SignatureCheck signatureCheck);

    // reference: the credential's "status" → "status_list" object; issuer: its "iss" (may be empty).
    VerificationCheck check(const QJsonObject &reference, const QString &issuer);

private:
    Result<TokenStatusList> loadList(const QString &uri, const QString &issuer);
    Status checkClaims(const QJsonObject &claims, const QString &uri, const QString &issuer,
                       const FetchedDocument &fetched) const;
    VerificationCheck verdict(quint32 status) const;

    StatusListSource m_source;
    QDateTime m_now;
    SignatureCheck m_signatureCheck;
};

} // namespace Satchel
