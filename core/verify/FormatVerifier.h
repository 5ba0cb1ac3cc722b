// What every verifier of one credential format starts from: where documents come from (issuer
// profiles, keys, status lists; a null fetcher means offline, nothing is fetched) and the moment the
// credential is judged at (validity dates, a status list's own validity, certificates), given
// rather than read from the clock so that a verification can be repeated and tested.
#pragma once

#include "DocumentFetcher.h"
#include "VerificationReport.h"

#include <QDateTime>

namespace Satchel {

class FormatVerifier {
protected:
    FormatVerifier(DocumentFetcher *fetcher, const QDateTime &now) : m_fetcher(fetcher), m_now(now) {}

    // An empty report, dated by the moment of judgement.
    VerificationReport newReport() const
    {
        VerificationReport report;
        report.checkedAt = m_now;
        return report;
    }

    DocumentFetcher *m_fetcher;
    QDateTime m_now;
};

} // namespace Satchel
