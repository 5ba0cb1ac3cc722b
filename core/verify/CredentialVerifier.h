// The entry point of verification: picks the verifier for a credential's format and runs it.
// One instance can verify many credentials; status lists fetched once are reused by the fetcher.
#pragma once

#include "DocumentFetcher.h"
#include "VerificationReport.h"
#include "model/CredentialFormat.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Satchel {

class CredentialVerifier {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CredentialVerifier)
public:
    // fetcher may be null: offline verification (lookups come out "unknown", never "invalid").
    explicit CredentialVerifier(DocumentFetcher *fetcher) : m_fetcher(fetcher) {}

    VerificationReport verify(CredentialFormat format, const QByteArray &bytes,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    DocumentFetcher *m_fetcher;
};

} // namespace Satchel
