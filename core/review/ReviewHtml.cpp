#include "ReviewHtml.h"

#include "i18n/LocaleText.h"

#include "io/HtmlEscape.h"
#include "io/StandalonePagePolicy.h"
#include "verify/VerificationReport.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace Satchel {

namespace {

// The packet's summary.html is opened in any browser: the same policy as the verification page.
QString page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">%3<title>%1</title>"
                          "<style>body{font-family:sans-serif;} table{border-collapse:collapse;} "
                          "td,th{padding:3px 8px;text-align:left;vertical-align:top;} th{background:#eef1f5;} "
                          ".bad{color:#a0001c;font-weight:bold;} .muted{color:#666;}</style></head><body>%2</body></html>")
        .arg(HtmlEscape::escape(title), body, StandalonePagePolicy::headMeta());
}

// The report is read on paper: one readable size, blocks spaced apart, colours that print dark.
QString reportPage(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;font-size:10pt;} h1{font-size:17pt;margin-bottom:6px;} "
                          "h2{font-size:13pt;margin-top:14px;margin-bottom:4px;} p{margin-top:0;margin-bottom:1px;} "
                          "table.summary{border-collapse:collapse;margin-bottom:6px;} "
                          "table.summary th,table.summary td{padding:3px 8px;text-align:left;vertical-align:top;"
                          "border-bottom:1px solid #d0d5dc;} table.summary th{background:#eef1f5;font-weight:normal;} "
                          "p.name{font-size:11pt;font-weight:bold;margin-top:9px;} "
                          ".valid{color:#1b6e3a;} .notvalid{color:#a0001c;} .dated{color:#8a5300;} .unknown{color:#333333;} "
                          ".bad{color:#a0001c;font-weight:bold;} .muted{color:#555555;} .small{font-size:8pt;margin-top:12px;}"
                          "</style></head><body>%2</body></html>")
        .arg(HtmlEscape::escape(title), body);
}

QString statusClass(const QString &status)
{
    if (status == QLatin1String("valid"))
        return QStringLiteral("valid");
    if (status == QLatin1String("expired") || status == QLatin1String("not-yet-valid"))
        return QStringLiteral("dated");
    if (status == QLatin1String("unknown") || status.isEmpty())
        return QStringLiteral("unknown");
    return QStringLiteral("notvalid");
}

QString date(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

} // namespace

QString ReviewHtml::statusText(const QString &status)
{
    for (VerificationStatus s : {VerificationStatus::Valid, VerificationStatus::Unknown, VerificationStatus::NotYetValid,
                                 VerificationStatus::Expired, VerificationStatus::Revoked, VerificationStatus::Invalid}) {
        if (VerificationReport::statusName(s) == status)
            return VerificationReport::statusLabel(s);
    }
    return status.isEmpty() ? tr("Not verified") : status;
}

QString ReviewHtml::skillsSection(const SkillsSummary &skills)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Skills"));
    if (skills.frameworks.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(tr("No credential names a skill or framework."));
    for (const SkillFramework &framework : skills.frameworks) {
        html += QStringLiteral("<h3>%1 <span class=\"muted\">(%2)</span></h3><table width=\"100%\" cellspacing=\"0\">")
                    .arg(HtmlEscape::escape(framework.name), tr("%n badge(s)", nullptr, framework.badgeCount));
        html += QStringLiteral("<tr><th>%1</th><th>%2</th></tr>").arg(tr("Skill"), tr("Evidenced by"));
        for (const SkillEntry &skill : framework.skills) {
            QString evidence = HtmlEscape::escape(skill.badges.join(QStringLiteral(", ")));
            if (!skill.notCounted.isEmpty()) {
                evidence += QStringLiteral(" <span class=\"bad\">%1</span>")
                                .arg(HtmlEscape::escape(tr("not counted (not valid): %1").arg(skill.notCounted.join(QStringLiteral(", ")))));
            }
            const QString code = skill.code.isEmpty() ? QString() : QStringLiteral(" <span class=\"muted\">%1</span>").arg(HtmlEscape::escape(skill.code));
            html += QStringLiteral("<tr><td>%1%2</td><td>%3</td></tr>").arg(HtmlEscape::escape(skill.name), code, evidence);
        }
        html += QStringLiteral("</table>");
    }
    if (!skills.tags.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\">").arg(tr("Tags"));
        for (const TagEntry &tag : skills.tags)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(HtmlEscape::escape(tag.tag), HtmlEscape::escape(tag.badges.join(QStringLiteral(", "))));
        html += QStringLiteral("</table>");
    }
    return html;
}

QString ReviewHtml::packetSummary(const ReviewPacketPlan &plan, const SkillsSummary &skills)
{
    const QString learner = plan.learnerName.isEmpty() ? tr("a learner") : plan.learnerName;
    QString body = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(HtmlEscape::escape(tr("Review packet of %1").arg(learner)), HtmlEscape::escape(tr("Made on %1 with Satchel.").arg(date(plan.created))));
    body += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(tr("The statuses below are the learner's own last verification. Open this packet in Satchel to "
                        "verify every credential again."));
    body += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\"><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(tr("Credentials"), tr("Name"), tr("Issuer"), tr("Learner's status"));
    for (const ReviewPacketPlan::Item &item : plan.credentials) {
        body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(HtmlEscape::escape(item.name), HtmlEscape::escape(item.issuer), HtmlEscape::escape(statusText(item.receiptStatus)));
    }
    body += QStringLiteral("</table>");
    if (!plan.pathways.isEmpty()) {
        body += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Pathways"));
        for (const auto &pathway : plan.pathways)
            body += QStringLiteral("<li>%1</li>").arg(HtmlEscape::escape(pathway.second));
        body += QStringLiteral("</ul>");
    }
    body += skillsSection(skills);
    return page(tr("Review packet of %1").arg(learner), body);
}

QString ReviewHtml::readableReason(const QString &reason)
{
    // Verification messages name exactly what they looked at (addresses, DIDs, ISO times); a reader
    // needs the site and the day.
    static const QRegularExpression technical(
        QStringLiteral("(\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)"
                       "|(\\bhttps?://[^\\s\"'<>()]+|\\bdid:[a-z0-9]+:[A-Za-z0-9._%:#-]{12,})"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = reason.left(2000); // a message is a sentence: bound what a packet can make us lay out
    QString out;
    qsizetype last = 0;
    for (auto it = technical.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        if (m.capturedLength(1) > 0) {
            const QDateTime when = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
            out += when.isValid() ? LocaleText::day(when) : m.captured(1);
        } else {
            out += issuerText(m.captured(2));
        }
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

QString ReviewHtml::issuerText(const QString &issuer)
{
    if (issuer.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || issuer.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        const QUrl url(issuer);
        return url.host().isEmpty() ? issuer.left(40) : url.host();
    }
    if (issuer.startsWith(QLatin1String("did:"), Qt::CaseInsensitive) && issuer.size() > 24)
        return issuer.left(20) + QStringLiteral("…");
    return issuer;
}

QString ReviewHtml::report(const ReviewResult &result, const QString &advisorNotes)
{
    const QString learner = result.learnerName.isEmpty() ? tr("a learner") : result.learnerName;
    const ReviewCounts counts = result.counts();
    QString body = QStringLiteral("<h1>%1</h1>").arg(HtmlEscape::escape(tr("Review of %1").arg(learner)));

    // The summary: who, when, and what the review found, before any detail.
    QString summary = QStringLiteral("<table class=\"summary\" width=\"100%\" cellspacing=\"0\">");
    const auto summaryRow = [&summary](const QString &label, const QString &valueHtml) {
        summary += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>").arg(HtmlEscape::escape(label), valueHtml);
    };
    summaryRow(tr("Learner"), HtmlEscape::escape(result.learnerName.isEmpty() ? tr("Not named in the packet") : result.learnerName));
    summaryRow(tr("Date of review"), HtmlEscape::escape(LocaleText::localDay(result.reviewedAt)));
    if (result.presentation) {
        // A signed presentation file: no packet date, but who signed it and for which code.
        const PresentationCheck &check = *result.presentation;
        const auto finding = [](bool bad, const QString &text) {
            return bad ? QStringLiteral("<span class=\"bad\">%1</span>").arg(HtmlEscape::escape(text)) : HtmlEscape::escape(text);
        };
        const bool signedByHolder = check.holderSignature.outcome == CheckOutcome::Pass;
        summaryRow(tr("Holder's signature"),
                   finding(!signedByHolder, signedByHolder ? tr("Valid: the holder signed this presentation.")
                                                           : check.holderSignature.message));
        summaryRow(tr("Challenge"), finding(check.binding.outcome == CheckOutcome::Fail, check.binding.message));
    } else {
        summaryRow(tr("Packet made on"), HtmlEscape::escape(LocaleText::localDay(result.created)));
    }
    summaryRow(tr("Credentials"), QStringLiteral("<b>%1</b><br>%2")
                                      .arg(HtmlEscape::escape(tr("%n credential(s)", nullptr, int(result.credentials.size()))),
                                           HtmlEscape::escape(counts.text())));
    const int differing = result.differing();
    summaryRow(tr("Learner's own results"),
               differing > 0 ? QStringLiteral("<span class=\"bad\">%1</span>")
                                   .arg(HtmlEscape::escape(tr("%n credential(s) verified differently from the learner's receipt.",
                                               nullptr, differing)))
                             : HtmlEscape::escape(tr("Satchel agrees with every result the learner's wallet recorded.")));
    summaryRow(tr("Total credits"), HtmlEscape::escape(LocaleText::number(result.totalCredits)));
    if (!result.pathways.isEmpty()) {
        QStringList pathways;
        for (const ReviewedPathway &p : result.pathways)
            pathways << HtmlEscape::escape(tr("%1: %2").arg(p.name, p.satisfied ? tr("complete") : tr("%1% done").arg(qRound(p.percent))));
        summaryRow(tr("Pathways"), pathways.join(QStringLiteral("<br>")));
    }
    if (result.cancelled)
        summaryRow(tr("Note"), HtmlEscape::escape(tr("The review was cancelled: some credentials were not verified.")));
    body += summary + QStringLiteral("</table>");

    // One block per credential, full width, in the packet's order.
    body += QStringLiteral("<h2>%1</h2>").arg(HtmlEscape::escape(tr("Credentials")));
    for (const ReviewedCredential &c : result.credentials) {
        QString block = QStringLiteral("<p class=\"name\">%1</p>").arg(HtmlEscape::escape(c.name.isEmpty() ? tr("Untitled credential") : c.name));
        QString issuer = c.issuer.isEmpty() ? tr("Issuer not named") : tr("Issued by %1").arg(issuerText(c.issuer));
        if (!c.format.isEmpty())
            issuer = tr("%1 · %2").arg(issuer, c.format);
        block += QStringLiteral("<p>%1</p>").arg(HtmlEscape::escape(issuer));
        if (c.issuerTrust)
            block += QStringLiteral("<p>%1 %2</p>")
                         .arg(HtmlEscape::escape(c.issuerTrust->symbol()), HtmlEscape::escape(c.issuerTrust->line()));
        // A genuine badge that names someone other than the learner (the identities in the packet)
        // is not reported as plainly valid: the verdict stays, the recipient is said with it, as
        // in the review window.
        const bool notTheLearners = c.status == QLatin1String("valid")
            && VerificationReport::recipientOutcome(c.checks) == QLatin1String("warn");
        QString reason = c.status == QLatin1String("valid") ? tr("every check passed.") : readableReason(c.reason);
        if (notTheLearners) {
            reason = tr("it names someone other than the learner.");
            for (const VerificationCheck &check : c.checks) {
                if (check.code == QLatin1String("recipient-mismatch") && !check.message.isEmpty())
                    reason = readableReason(check.message);
            }
        }
        block += QStringLiteral("<p><b class=\"%1\">%2</b>%3</p>")
                     .arg(notTheLearners ? QStringLiteral("dated") : statusClass(c.status),
                          HtmlEscape::escape(notTheLearners ? tr("Valid, but not issued to the learner") : statusText(c.status)),
                          reason.isEmpty() ? QString() : HtmlEscape::escape(tr(": %1", "status: reason").arg(reason)));
        if (c.differs()) {
            block += QStringLiteral("<p class=\"bad\">%1</p>")
                         .arg(HtmlEscape::escape(tr("The learner's wallet said: %1.").arg(statusText(c.receiptStatus))));
        }
        QStringList dates;
        if (c.issued.isValid())
            dates << tr("Issued %1").arg(LocaleText::day(c.issued));
        if (c.validUntil.isValid()) {
            dates << (c.validUntil < result.reviewedAt ? tr("expired %1").arg(LocaleText::day(c.validUntil))
                                                      : tr("expires %1").arg(LocaleText::day(c.validUntil)));
        } else if (c.walletId > 0) { // an unreadable credential has no dates to speak of
            dates << tr("no expiry date");
        }
        if (c.credits)
            dates << tr("%1 credits").arg(LocaleText::number(*c.credits));
        if (!dates.isEmpty())
            block += QStringLiteral("<p class=\"muted\">%1</p>").arg(HtmlEscape::escape(dates.join(QStringLiteral(" · "))));
        if (!c.skills.isEmpty())
            block += QStringLiteral("<p>%1</p>").arg(HtmlEscape::escape(tr("Skills: %1").arg(c.skills.join(QStringLiteral(", ")))));
        body += block;
    }

    // The roll-up, one line per framework: what the credentials add up to.
    if (!result.skills.frameworks.isEmpty()) {
        body += QStringLiteral("<h2>%1</h2>").arg(HtmlEscape::escape(tr("Skills across the credentials")));
        for (const SkillFramework &framework : result.skills.frameworks) {
            QStringList skills;
            for (const SkillEntry &skill : framework.skills)
                skills << (skill.badges.size() > 1 ? tr("%1 (%n credentials)", nullptr, int(skill.badges.size())).arg(skill.name)
                                                   : skill.name);
            body += QStringLiteral("<p><b>%1</b>: %2</p>").arg(HtmlEscape::escape(framework.name), HtmlEscape::escape(skills.join(QStringLiteral(", "))));
        }
    }
    if (!advisorNotes.trimmed().isEmpty()) {
        body += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(HtmlEscape::escape(tr("Advisor's notes")), HtmlEscape::escape(advisorNotes.left(100000)).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    body += QStringLiteral("<p class=\"muted small\">%1</p>")
                .arg(HtmlEscape::escape(tr("Every credential was verified again by Satchel from the packet's original files. "
                            "Packet fingerprint (SHA-256): %1").arg(result.manifestSha256)));
    return reportPage(tr("Review of %1").arg(learner), body);
}

} // namespace Satchel
