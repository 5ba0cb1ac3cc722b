// Verifies an OB 2.0 hosted assertion: the copy the learner holds is only a pointer; the truth is
// the document served at the assertion's id (HTTP 410 or "revoked": true means revoked). The
// served copy must match the held one, and the assertion must lie in the issuer's verification
// scope (same origin as the issuer, or the issuer's startsWith / allowedOrigins).
#pragma once

#include "FormatVerifier.h"
#include "DocumentFetcher.h"
#include "VerificationReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Satchel {

class Ob2HostedVerifier : private FormatVerifier {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Ob2HostedVerifier)
public:
    explicit Ob2HostedVerifier(DocumentFetcher *fetcher, const QDateTime &now = QDateTime::currentDateTimeUtc());

    VerificationReport verify(const QByteArray &assertionJson);

private:
    Result<QJsonObject> fetchObject(const QString &url);
    VerificationCheck checkScope(const QString &assertionId, const QJsonObject &issuer) const;

};

} // namespace Satchel
