#include "ReviewHtml.h"

#include "verify/VerificationReport.h"

#include <QLocale>

namespace Satchel {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;} table{border-collapse:collapse;} "
                          "td,th{padding:3px 8px;text-align:left;vertical-align:top;} th{background:#eef1f5;} "
                          ".bad{color:#a0001c;font-weight:bold;} .muted{color:#666;}</style></head><body>%2</body></html>")
        .arg(esc(title), body);
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
                    .arg(esc(framework.name), tr("%n badge(s)", nullptr, framework.badgeCount));
        html += QStringLiteral("<tr><th>%1</th><th>%2</th></tr>").arg(tr("Skill"), tr("Evidenced by"));
        for (const SkillEntry &skill : framework.skills) {
            QString evidence = esc(skill.badges.join(QStringLiteral(", ")));
            if (!skill.notCounted.isEmpty()) {
                evidence += QStringLiteral(" <span class=\"bad\">%1</span>")
                                .arg(esc(tr("not counted (not valid): %1").arg(skill.notCounted.join(QStringLiteral(", ")))));
            }
            const QString code = skill.code.isEmpty() ? QString() : QStringLiteral(" <span class=\"muted\">%1</span>").arg(esc(skill.code));
            html += QStringLiteral("<tr><td>%1%2</td><td>%3</td></tr>").arg(esc(skill.name), code, evidence);
        }
        html += QStringLiteral("</table>");
    }
    if (!skills.tags.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\">").arg(tr("Tags"));
        for (const TagEntry &tag : skills.tags)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(tag.tag), esc(tag.badges.join(QStringLiteral(", "))));
        html += QStringLiteral("</table>");
    }
    return html;
}

QString ReviewHtml::packetSummary(const ReviewPacketPlan &plan, const SkillsSummary &skills)
{
    const QString learner = plan.learnerName.isEmpty() ? tr("a learner") : plan.learnerName;
    QString body = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(esc(tr("Review packet of %1").arg(learner)), esc(tr("Made on %1 with Satchel.").arg(date(plan.created))));
    body += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(tr("The statuses below are the learner's own last verification. Open this packet in Satchel to "
                        "verify every credential again."));
    body += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\"><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(tr("Credentials"), tr("Name"), tr("Issuer"), tr("Learner's status"));
    for (const ReviewPacketPlan::Item &item : plan.credentials) {
        body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(item.name), esc(item.issuer), esc(statusText(item.receiptStatus)));
    }
    body += QStringLiteral("</table>");
    if (!plan.pathways.isEmpty()) {
        body += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Pathways"));
        for (const auto &pathway : plan.pathways)
            body += QStringLiteral("<li>%1</li>").arg(esc(pathway.second));
        body += QStringLiteral("</ul>");
    }
    body += skillsSection(skills);
    return page(tr("Review packet of %1").arg(learner), body);
}

QString ReviewHtml::report(const ReviewResult &result, const QString &advisorNotes)
{
    const QString learner = result.learnerName.isEmpty() ? tr("a learner") : result.learnerName;
    QString body = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Review of %1").arg(learner)));
    body += QStringLiteral("<p>%1<br>%2<br><span class=\"muted\">%3</span></p>")
                .arg(esc(tr("Packet made on %1; verified again by Satchel on %2.").arg(date(result.created), date(result.reviewedAt))),
                     esc(tr("Total credits: %1").arg(QLocale().toString(result.totalCredits, 'g', 6))),
                     esc(tr("Packet fingerprint (SHA-256): %1").arg(result.manifestSha256)));
    if (result.differing() > 0) {
        body += QStringLiteral("<p class=\"bad\">%1</p>")
                    .arg(esc(tr("%n credential(s) verified differently from the learner's receipt.", nullptr, result.differing())));
    }
    body += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(tr("Credentials"), tr("Name"), tr("Issuer"), tr("Issued"), tr("Satchel's verdict"), tr("Learner's receipt"));
    for (const ReviewedCredential &c : result.credentials) {
        QString verdict = esc(statusText(c.status));
        if (!c.reason.isEmpty())
            verdict += QStringLiteral("<br><span class=\"muted\">%1</span>").arg(esc(c.reason));
        const QString receipt = c.differs() ? QStringLiteral("<span class=\"bad\">%1</span>").arg(esc(statusText(c.receiptStatus)))
                                            : esc(statusText(c.receiptStatus));
        body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(c.name), esc(c.issuer), esc(date(c.issued)), verdict, receipt);
    }
    body += QStringLiteral("</table>");
    body += skillsSection(result.skills);
    if (!result.pathways.isEmpty()) {
        body += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">").arg(tr("Pathways"));
        for (const ReviewedPathway &p : result.pathways) {
            body += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(esc(p.name), esc(p.satisfied ? tr("complete") : tr("%1% done").arg(qRound(p.percent))));
        }
        body += QStringLiteral("</table>");
    }
    body += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Timeline"));
    for (const ReviewedCredential *c : result.timeline())
        body += QStringLiteral("<li>%1 — %2</li>").arg(esc(c->issued.isValid() ? date(c->issued) : tr("undated")), esc(c->name));
    body += QStringLiteral("</ul>");
    if (!advisorNotes.trimmed().isEmpty()) {
        body += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(tr("Advisor's notes"), esc(advisorNotes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    return page(tr("Review of %1").arg(learner), body);
}

} // namespace Satchel
