// Verifies a credential secured with COSE (VC-JOSE-COSE §3.3, application/vc+cose): a COSE_Sign1
// whose payload is the JSON-LD credential, binary or base64 text. The checks and their codes are
// VcJwtVerifier's for the same faults: "malformed" (no COSE_Sign1, a payload that is no JSON
// object, a media type other than vc+cose / vc), "signature" (an algorithm Satchel does not
// verify, a signature that does not hold), the key named by "kid" as for a VC-JWT
// (SecuredCredentialChecks::issuerKey), then schema, validity dates and status.
#pragma once

#include "FormatVerifier.h"
#include "DocumentFetcher.h"
#include "VerificationReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Satchel {

class VcCoseVerifier : private FormatVerifier {
    Q_DECLARE_TR_FUNCTIONS(Satchel::VcCoseVerifier)
public:
    // fetcher may be null (offline): published keys and status lists then come out "unknown"/"warn".
    explicit VcCoseVerifier(DocumentFetcher *fetcher, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // bytes: the message as stored, binary or base64 text (never trimmed: binary CBOR may end in
    // what looks like white space).
    VerificationReport verify(QByteArrayView bytes);
    // The credential (the payload) of the last verified message.
    const QJsonObject &credential() const { return m_credential; }

private:
    QJsonObject m_credential;
};

} // namespace Satchel
