// Verifies an OB 2.0 signed assertion (a compact JWS whose payload is the Assertion JSON). Keys are
// trusted only when the issuer Profile lists them in "publicKey" and the CryptographicKey names the
// issuer as its "owner"; keys that appear only in the assertion are ignored. Then expiry and the
// issuer's RevocationList.
#pragma once

#include "FormatVerifier.h"
#include "DocumentFetcher.h"
#include "VerificationReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Satchel {

class Ob2SignedVerifier : private FormatVerifier {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Ob2SignedVerifier)
public:
    static constexpr int kMaxCandidateKeys = 8;

    explicit Ob2SignedVerifier(DocumentFetcher *fetcher, const QDateTime &now = QDateTime::currentDateTimeUtc());

    VerificationReport verify(QByteArrayView compactJws);
    const QJsonObject &assertion() const { return m_assertion; }

private:
    // The document at url, or the embedded object when value is one (only used for non-key data).
    Result<QJsonObject> resolveObject(const QJsonValue &value);

    QJsonObject m_assertion;
};

} // namespace Satchel
