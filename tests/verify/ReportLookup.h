// What verifier tests ask of a report: the outcome of one check, and the whole report as one line
// of JSON for a failure message.
#pragma once

#include "verify/VerificationReport.h"

#include <QJsonDocument>

namespace SatchelTest {

// Skip when the report has no check with this code.
inline Satchel::CheckOutcome outcomeOf(const Satchel::VerificationReport &report, const QString &code)
{
    for (const Satchel::VerificationCheck &check : report.checks) {
        if (check.code == code)
            return check.outcome;
    }
    return Satchel::CheckOutcome::Skip;
}

inline QString describe(const Satchel::VerificationReport &report)
{
    return QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace SatchelTest
