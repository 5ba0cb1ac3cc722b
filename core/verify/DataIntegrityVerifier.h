// Verifies credentials secured with embedded Data Integrity proofs: eddsa-rdfc-2022 (and the
// pre-standard name eddsa-2022), ecdsa-rdfc-2019 (P-256, P-384), derived ecdsa-sd-2023 proofs and the
// legacy Ed25519Signature2020 and Ed25519Signature2018 (each suite's specifics in a ProofSuite);
// bbs-2023 is named as unsupported.
// Proof sets are supported (each proof is checked against the document with all proofs removed;
// one good proof suffices), the proof purpose must be assertionMethod, and the key's controller
// must be the credential's issuer. Also checks credentialSchema conformance (a warning only),
// validity dates, credential status and, for a CLR, every nested credential's own proof.
// verifyPresentation() checks a presentation instead: its holder's proof (purpose authentication)
// bound to a request's challenge and domain, and the proofs of the credentials it carries.
#pragma once

#include "FormatVerifier.h"
#include "DocumentFetcher.h"
#include "VerificationReport.h"
#include "jsonld/JsonValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Satchel {

class DataIntegrityVerifier : private FormatVerifier {
    Q_DECLARE_TR_FUNCTIONS(Satchel::DataIntegrityVerifier)
public:
    explicit DataIntegrityVerifier(DocumentFetcher *fetcher, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The whole pipeline for a credential's JSON bytes.
    VerificationReport verify(const QByteArray &json);
    // Only the proofs (one check: pass, or the failure that decided it). Used for status list
    // credentials and nested CLR credentials.
    VerificationCheck verifyProofs(const JsonValue &document);
    // A presentation answering one request (an ldp_vp, VC-API DIDAuthentication): one proof by its
    // holder (purpose "authentication", the key controlled by the holder) bound to challenge and
    // domain, and the proofs of every credential it carries. Dates and status of those credentials
    // are the verifier's business (verify() each one for them). Unlike verify() and verifyProofs(),
    // which check what the learner holds, a credential here is checked as a verifier must: an
    // ecdsa-sd-2023 base proof (the holder's copy, with its HMAC key) is refused, not verified.
    VerificationReport verifyPresentation(const QByteArray &json, const QString &challenge, const QString &domain);
    // Only the holder's proof of a presentation (purpose authentication, one proof, the key
    // controlled by the holder), whatever challenge and domain it carries: the caller compares them.
    VerificationCheck verifyHolderProof(const JsonValue &presentation);

private:
    // signerId: the issuer (a credential) or, with presentation, the holder.
    VerificationCheck verifyOneProof(const JsonValue &document, const JsonValue &proof, const QString &signerId,
                                     bool presentation = false);
    void checkDates(const QJsonObject &credential, VerificationReport &report) const;
    void checkNested(const JsonValue &document, VerificationReport &report, int depth);
    // The proofs of credentials carried by a CLR or a presentation, one check for all of them.
    void checkIncluded(const QList<JsonValue> &list, VerificationReport &report);

    bool m_acceptBaseProofs = true;
};

} // namespace Satchel
