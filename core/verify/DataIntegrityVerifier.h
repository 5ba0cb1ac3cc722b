// Verifies credentials secured with embedded Data Integrity proofs: eddsa-rdfc-2022
// (DataIntegrityProof), the legacy Ed25519Signature2020 and the pre-standard name eddsa-2022.
// Proof sets are supported (each proof is checked against the document with all proofs removed;
// one good proof suffices), the proof purpose must be assertionMethod, and the key's controller
// must be the credential's issuer. Also checks credentialSchema conformance (a warning only),
// validity dates, credential status and, for a CLR, every nested credential's own proof.
#pragma once

#include "DocumentFetcher.h"
#include "VerificationReport.h"
#include "jsonld/JsonValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Satchel {

class DataIntegrityVerifier {
    Q_DECLARE_TR_FUNCTIONS(Satchel::DataIntegrityVerifier)
public:
    static constexpr int kMaxProofs = 8;
    static constexpr int kMaxNestedCredentials = 256;

    explicit DataIntegrityVerifier(DocumentFetcher *fetcher, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The whole pipeline for a credential's JSON bytes.
    VerificationReport verify(const QByteArray &json);
    // Only the proofs (one check: pass, or the failure that decided it). Used for status list
    // credentials and nested CLR credentials.
    VerificationCheck verifyProofs(const JsonValue &document);

private:
    VerificationCheck verifyOneProof(const JsonValue &document, const JsonValue &proof, const QString &issuerId);
    void checkDates(const QJsonObject &credential, VerificationReport &report) const;
    void checkNested(const JsonValue &document, VerificationReport &report, int depth);

    DocumentFetcher *m_fetcher;
    QDateTime m_now;
};

} // namespace Satchel
