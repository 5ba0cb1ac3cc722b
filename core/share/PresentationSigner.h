// Signs a W3C Verifiable Presentation of one credential with the learner's holder key, the way
// VerifierPlus (and the DCC Learner Credential Wallet) expect it: `holder` is the did:key, the
// credential's ORIGINAL JSON bytes are embedded as they were received in `verifiableCredential`,
// and a Data Integrity proof (eddsa-rdfc-2022, proofPurpose "authentication", no challenge: a
// public link is not an answer to a verifier's request) is computed with our own JSON-LD / RDFC-1.0
// engine and Ed25519. The same presentation answers a VC-API DIDAuthentication request (issue 14)
// when signed with any holder identity's SigningKey and bound to the verifier's challenge and domain.
//
// The presentation's context follows the credential's data model (a VCDM 1.1 presentation with
// the Data Integrity context for a VCDM 1.1 credential, VCDM 2.0 otherwise), because the two base
// contexts protect the same terms differently and cannot be mixed in one document.
//
// Error codes: "format-not-presentable" (OB 2.0, VC-JWT: see presentable()), "mixed-data-models",
// "json-too-large", "json-parse" and the
// canonicalization errors of JsonLdCanonicalizer, "crypto".
#pragma once

#include "Result.h"
#include "crypto/Ed25519KeyPair.h"
#include "crypto/SigningKey.h"
#include "model/CredentialFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace Satchel {

// What binds a presentation to one request (VC-API DIDAuthentication): the proof's challenge and
// domain. Empty members are left out (a public link answers no request).
struct PresentationBinding {
    QString challenge;
    QString domain;
    QDateTime created = QDateTime::currentDateTimeUtc();
};

class PresentationSigner {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PresentationSigner)
public:
    static constexpr qsizetype kMaxCredentialBytes = 4 * 1024 * 1024;
    // A presentation file as formats::PresentationReader reads it back (its kMaxCredentials, and
    // the 16 MiB a credential file may have).
    static constexpr qsizetype kMaxCredentials = 256;
    static constexpr qsizetype kMaxPresentationBytes = 15 * 1024 * 1024;

    // Success when a credential of this format can be carried in a signed presentation; otherwise
    // the translated reason why a public link is not possible for it.
    static Status presentable(CredentialFormat format);

    // credentialJson: the credential's bytes (a JSON-LD VC object), or empty for a presentation
    // that carries no credential. The result is the presentation as compact UTF-8 JSON.
    static Result<QByteArray> sign(const QByteArray &credentialJson, const Ed25519KeyPair &key,
                                   const QDateTime &created = QDateTime::currentDateTimeUtc());
    // The same with any holder identity's key (its cryptosuite) and a binding to one request.
    static Result<QByteArray> sign(const QByteArray &credentialJson, const SigningKey &key,
                                   const PresentationBinding &binding);
    // Several credentials in one presentation (a presentation file, issue 15): JSON-LD ones as their
    // bytes, VC-JWT ones enveloped (VCDM 2.0, see envelopedJwt in the .cpp for why). They must share
    // a data model ("mixed-data-models"): the 1.1 and 2.0 base contexts cannot be mixed in one document.
    static Result<QByteArray> signCredentials(const QList<QByteArray> &credentials, const SigningKey &key,
                                              const PresentationBinding &binding);

private:
    struct Signer {
        QString did;
        QString verificationMethod;
        QString cryptosuite;
        std::function<Result<QByteArray>(QByteArrayView)> sign;
    };
    static Result<QByteArray> signWith(const QByteArray &credentialJson, const Signer &signer,
                                       const PresentationBinding &binding);
    static Result<QByteArray> signEntries(const QList<QByteArray> &credentials, const Signer &signer,
                                          const PresentationBinding &binding);
};

} // namespace Satchel
