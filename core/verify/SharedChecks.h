// The steps several verifiers take the same way, with one wording: reading a compact JWS into its
// payload, refusing an unsigned one, judging a JWT's algorithm and signature, fetching a linked JSON
// document, and the validity window.
#pragma once

#include "Result.h"
#include "VerificationReport.h"
#include "crypto/Jws.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>
#include <utility>

namespace Satchel {

struct ResolvedKey;

class DocumentFetcher;

class SharedChecks {
    Q_DECLARE_TR_FUNCTIONS(Satchel::SharedChecks)
public:
    // The JWS and its payload object; nothing after a "malformed" failure is added to report.
    static std::optional<std::pair<Jws, QJsonObject>> readJws(QByteArrayView compactJws, VerificationReport &report);
    // False after an "alg-none" failure (unsignedMessage) when the JWS says it is unsigned ("none",
    // any case): never acceptable, whatever else the token says.
    static bool checkSigned(const Jws &jws, VerificationReport &report, const QString &unsignedMessage);
    // A JWT's "alg" as an algorithm Satchel verifies: nothing after an "alg-none" failure, or a
    // "signature" failure when it is unknown or (allowed not empty) not one of allowed.
    static std::optional<SignatureAlgorithm> checkJwtAlgorithm(const Jws &jws, VerificationReport &report,
                                                               const QList<SignatureAlgorithm> &allowed = {});
    // The JWT's signature under key with one of allowed: a "signature" check that passes naming
    // algorithm, or fails saying whether the algorithm does not suit the key. True when it passed.
    static bool checkJwtSignature(const Jws &jws, const PublicKey &key, SignatureAlgorithm algorithm,
                                  const QList<SignatureAlgorithm> &allowed, VerificationReport &report);
    // The same check from a signature verification's result (Jws::verify, CoseSign1::verify).
    static bool reportSignature(const Status &verified, SignatureAlgorithm algorithm, VerificationReport &report);
    // Whether a JOSE header's typ and cty fit a credential (kind "vc") or a presentation ("vp"):
    // each absent, or typ "JWT", "<kind>+jwt" ("<kind>+ld+jwt" in VC-JOSE-COSE's drafts) and cty
    // "<kind>" ("<kind>+ld+json"), with or without "application/" (RFC 7515 §4.1.9), any case.
    static bool hasJwtMediaType(const QJsonObject &header, const QString &kind);
    // The rule itself for any securing mechanism ("jwt", "cose"): typ absent or "<kind>+<securing>"
    // ("<kind>+ld+<securing>"), cty absent or "<kind>" ("<kind>+ld+json"), "application/" optional.
    static bool hasMediaType(const QString &typ, const QString &cty, const QString &kind, const QString &securing);
    // A key lookup's error (KeyResolver, JwtVcIssuerKeys) as a check: "lookup-failed" is an unknown
    // "key-unresolvable", "issuer-mismatch" stays itself, anything else fails "key-unresolvable".
    static void reportKeyError(const Error &error, VerificationReport &report);
    // Who vouches for a key found for a signature that verified, as "key-unresolvable": a warning
    // when only the credential does (its provenance says why, else the usual words); a pass with
    // its provenance (a certificate authority) or confirmedText when someone else does; nothing
    // when there is neither.
    static void reportKeyStanding(const ResolvedKey &key, const QString &confirmedText, VerificationReport &report);
    // A JSON object at url through fetcher ("lookup-failed" when offline, unreachable or not a
    // success; "malformed" when it is not an object). A null fetcher means offline.
    static Result<QJsonObject> fetchObject(DocumentFetcher *fetcher, const QString &url);
    // "expired" when until is before now, "not-yet-valid" when from is after it (either may be invalid: no bound).
    static void checkValidityWindow(const QDateTime &from, const QDateTime &until, const QDateTime &now,
                                    VerificationReport &report);
    // An Open Badges 2.0 assertion's "expires" and "issuedOn" against now (hosted or signed alike).
    static void checkAssertionDates(const QJsonObject &assertion, const QDateTime &now, VerificationReport &report);
};

} // namespace Satchel
