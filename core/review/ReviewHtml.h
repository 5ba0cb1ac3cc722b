// The readable HTML of a review: the summary.html a learner's packet carries, and the advisor's
// review report (printed to PDF by ui/review/ReviewReportPdf): a summary table, then one full-width block per
// credential with its verdict in words and human dates, no raw addresses in the running text. Plain HTML that QTextDocument renders, no
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
    // A verification message for reading: addresses shortened to their host, DIDs shortened, ISO
    // times as dates (the full message stays in the credential's detail).
    static QString readableReason(const QString &reason);
    // An issuer for running text: its name, or the host of its URL, or a shortened DID.
    static QString issuerText(const QString &issuer);
};

} // namespace Satchel
