// An SD-JWT VC presented to a verifier (OpenID4VP 1.0 Appendix B.3, RFC 9901 §4.3 and §5.3): the
// issuer's JWT as signed, only the Disclosures the verifier's claims need, and a Key Binding JWT
// signed by the holder key the credential's "cnf" names.
//
// Which Disclosures: for each claims path the query asks for (all its claims, or with claim_sets the
// first set the credential satisfies; no claims: none), those on the way to what the path selects
// (a parent object's or an array element's Disclosure, for a nested claim) and every Disclosure
// inside what it selects (a selected object or array goes whole). Nothing else: a Disclosure for a
// claim nobody asked for stays with the learner. Paths are read in the claims as the wallet holds
// them, every Disclosure in place; an array index counts the elements the holder has.
//
// Key Binding JWT (RFC 9901 §4.3): header typ "kb+jwt", alg the holder key's; claims iat, aud (the
// verifier's client_id as the request gives it), nonce, and sd_hash, the base64url digest (with the
// issuer's _sd_alg, sha-256 by default) of the presented SD-JWT up to and including its last "~".
// A credential without "cnf" goes without one, and only to a query that does not require holder
// binding (require_cryptographic_holder_binding, true unless the verifier says false).
//
// Error codes: SdJwt's ("malformed", "disclosure", ...), "holder-binding" (no cnf, binding required),
// "key-not-bound" (the key given is not the one cnf names), "key-refused" (it could not sign).
#pragma once

#include "PresentationRequest.h"
#include "Result.h"
#include "formats/SdJwt.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Satchel {

class SigningKey;

class SdJwtPresentation {
    Q_DECLARE_TR_FUNCTIONS(Satchel::SdJwtPresentation)
public:
    // One Disclosure to send: its place in SdJwt::disclosures() and the claim it stands for.
    struct Disclosed {
        qsizetype index = 0;
        QJsonArray path;   // e.g. ["credentialSubject", "achievement", "tag", 0]
    };

    // The claims paths a query asks to be disclosed from a credential with these claims (disclosures
    // in place): every claim's, or the first satisfied claim set's; none without claims.
    static QList<QJsonArray> requestedPaths(const RequestedCredential &query, const QJsonObject &claims);
    // The Disclosures those paths need, in the order the SD-JWT holds them.
    static Result<QList<Disclosed>> select(const SdJwt &sdJwt, const QList<QJsonArray> &paths);
    // The Disclosures a query would send from a stored SD-JWT, as a learner reads them:
    // "credentialSubject.achievement.tag[0]".
    static Result<QStringList> disclosedClaims(const QByteArray &stored, const RequestedCredential &query);
    static QString describe(const QJsonArray &path);
    // What consent says of an SD-JWT VC's answer: which claims it discloses (disclosedClaims()).
    static QString summary(const QStringList &disclosed);

    // The presentation for query: the selected Disclosures and, when the credential names a holder
    // key, the Key Binding JWT signed by key for audience and nonce.
    static Result<QByteArray> present(const QByteArray &stored, const RequestedCredential &query, const SigningKey &key,
                                      const QString &audience, const QString &nonce,
                                      const QDateTime &issuedAt = QDateTime::currentDateTimeUtc());
    // "holder-binding": why a credential without cnf cannot answer a query that requires binding.
    static Error unbound();
    // Whether key is the holder key the credential's cnf.jwk names.
    static bool isBoundTo(const QJsonObject &claims, const SigningKey &key);

private:
    class Selector;
    struct Selection {
        SdJwt sdJwt;
        QJsonObject claims;          // every Disclosure in place
        QList<Disclosed> disclosed;  // what the query needs
    };
    static Result<Selection> selection(const QByteArray &stored, const RequestedCredential &query);
    static Result<QByteArray> keyBindingJwt(const SdJwt &sdJwt, const QByteArray &presented, const SigningKey &key,
                                            const QString &audience, const QString &nonce, const QDateTime &issuedAt);
};

} // namespace Satchel
