// The readable HTML of a review: the summary.html a learner's packet carries, and the advisor's
// review report (printed to PDF by ReviewReportPdf). Plain HTML that QTextDocument renders, no
// script, no remote resources; every value from a credential is escaped.
#pragma once

#include "review/ReviewPacketWriter.h"
#include "review/ReviewResult.h"
#include "skills/SkillsSummary.h"

#include <QCoreApplication>
#include <QString>

namespace Satchel {

class ReviewHtml {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ReviewHtml)
public:
    static QString packetSummary(const ReviewPacketPlan &plan, const SkillsSummary &skills);
    static QString report(const ReviewResult &result, const QString &advisorNotes);
    // The skills section alone (also the learner's Skills view export).
    static QString skillsSection(const SkillsSummary &skills);
    // A translated status word for a status name ("valid" -> "Valid"); "Not verified" for "".
    static QString statusText(const QString &status);
};

} // namespace Satchel
