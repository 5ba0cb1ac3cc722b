#include "detail/VerificationHtml.h"

#include "common/StatusStyle.h"
#include "i18n/LocaleText.h"
#include "i18n/Translations.h"
#include "io/HtmlEscape.h"
#include "verify/CheckText.h"
#include "verify/VerifyUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Satchel {

namespace {

// Outcome as a symbol and a word: never colour alone.
QString outcomeBadge(const QString &outcome)
{
    if (outcome == QLatin1String("pass"))
        return QStringLiteral("<span class=\"check pass\">&#10003; %1</span>").arg(HtmlEscape::escape(VerificationHtml::tr("Passed")));
    if (outcome == QLatin1String("fail"))
        return QStringLiteral("<span class=\"check fail\">&#10007; %1</span>").arg(HtmlEscape::escape(VerificationHtml::tr("Failed")));
    if (outcome == QLatin1String("warn"))
        return QStringLiteral("<span class=\"check warn\">! %1</span>").arg(HtmlEscape::escape(VerificationHtml::tr("Warning")));
    if (outcome == QLatin1String("unknown"))
        return QStringLiteral("<span class=\"check unknown\">? %1</span>").arg(HtmlEscape::escape(VerificationHtml::tr("Could not check")));
    return QStringLiteral("<span class=\"check skip\">&#8211; %1</span>").arg(HtmlEscape::escape(VerificationHtml::tr("Not needed")));
}

// The stored report (Satchel's own JSON); empty when it is missing or unreadable.
QJsonObject reportOf(const QString &reportJson)
{
    return QJsonDocument::fromJson(reportJson.toUtf8()).object();
}

// The report's checks; none when it has none.
QList<VerificationCheck> checksOf(const QJsonObject &report)
{
    QList<VerificationCheck> checks;
    for (const QJsonValue &value : report.value(QLatin1String("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        const auto outcome = VerificationCheck::outcomeFromName(check.value(QLatin1String("outcome")).toString());
        checks.append({check.value(QLatin1String("code")).toString(), outcome.value_or(CheckOutcome::Unknown),
                       check.value(QLatin1String("message")).toString()});
    }
    return checks;
}

// The status icon as a data: URI (the page may load nothing else).
QString iconDataUri(const QString &status)
{
    QFile file(StatusStyle::iconPath(status));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(file.readAll().toBase64());
}

} // namespace

QString VerificationHtml::render(const QString &status, const QDateTime &verifiedAt, const QString &reportJson,
                                 bool offerVerify)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(HtmlEscape::escape(tr("Verification")));
    html += QStringLiteral("<p><span class=\"chip\" style=\"background:%1\">%2</span> ")
                .arg(StatusStyle::color(status).name(), HtmlEscape::escape(StatusStyle::label(status)));
    if (status.isEmpty() || !verifiedAt.isValid())
        html += HtmlEscape::escape(tr("Satchel has not checked this credential yet."));
    else
        html += HtmlEscape::escape(tr("Last checked %1.").arg(LocaleText::dateTime(verifiedAt)));
    if (offerVerify) {
        html += QStringLiteral(" <a class=\"action\" href=\"%1\">%2</a>")
                    .arg(QLatin1String(kVerifyUrl), HtmlEscape::escape(tr("Verify now")));
    }
    html += QLatin1String("</p>");

    const QJsonObject report = reportOf(reportJson);
    const QList<VerificationCheck> checks = checksOf(report);
    if (checks.isEmpty())
        return html;
    // Each line was written at the check, in the language of the moment (English before reports
    // said which); after a change of language the reader is told why and how to renew them.
    const QString language = report.value(QLatin1String("language")).toString(QStringLiteral("en"));
    if (language != Translations::currentLanguage())
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(HtmlEscape::escape(tr("These lines were written at the last check, in another language. "
                                "Verify now to read them in this one.")));
    html += QStringLiteral("<table class=\"checks\">");
    for (const VerificationCheck &check : checks) {
        // One sentence for what was found; the verifier's own words under it as the detail (a pass
        // needs none); then what to do, when there is something to do.
        QString cell = QStringLiteral("<b>%1</b> &#8212; %2")
                           .arg(HtmlEscape::escape(CheckText::title(check.code)), HtmlEscape::escape(CheckText::sentence(check.code, check.outcome)));
        if (check.outcome != CheckOutcome::Pass && !check.message.isEmpty()
            && !CheckText::detailRepeatsSentence(check.code, check.outcome))
            cell += QStringLiteral("<div class=\"muted\">%1</div>").arg(HtmlEscape::escape(check.message));
        const QString advice = CheckText::advice(check.code, check.outcome);
        if (!advice.isEmpty())
            cell += QStringLiteral("<div class=\"advice\">%1</div>").arg(HtmlEscape::escape(advice));
        html += QStringLiteral("<tr><td class=\"outcome\">%1</td><td>%2</td></tr>")
                    .arg(outcomeBadge(VerificationCheck::outcomeName(check.outcome)), cell);
    }
    html += QStringLiteral("</table>");
    return html;
}

QString VerificationHtml::banner(const QString &status, const QDateTime &verifiedAt, const QString &reportJson,
                                 const QDateTime &validUntil)
{
    if (status.isEmpty() || status == QLatin1String("valid"))
        return QString();
    const QList<VerificationCheck> checks = checksOf(reportOf(reportJson));
    // The check that decided the status: the first failure for a set-apart credential, the first
    // that could not be made for an unknown one, the recipient check for "not yours".
    const VerificationCheck *deciding = nullptr;
    for (const VerificationCheck &check : checks) {
        const bool wanted = status == QLatin1String(StatusStyle::kNotYours)
            ? check.code == QLatin1String("recipient-mismatch")
            : status == QLatin1String("unknown") ? check.outcome == CheckOutcome::Unknown
                                                 : check.outcome == CheckOutcome::Fail
                                                       && (status == QLatin1String("invalid") || check.code == status);
        if (wanted) {
            deciding = &check;
            break;
        }
    }
    QString heading = StatusStyle::label(status);
    if (status == QLatin1String("expired") && validUntil.isValid())
        heading = tr("Expired on %1").arg(LocaleText::dateTime(validUntil));
    else if (status == QLatin1String("revoked"))
        heading = tr("Revoked by the issuer");

    QStringList lines;
    if (deciding) {
        // The heading already says "revoked" or "expired"; other states need the sentence.
        if (status != QLatin1String("revoked") && status != QLatin1String("expired"))
            lines << CheckText::sentence(deciding->code, deciding->outcome);
        if (!deciding->message.isEmpty() && !CheckText::detailRepeatsSentence(deciding->code, deciding->outcome))
            lines << deciding->message;
    }
    if (status == QLatin1String("expired"))
        lines << tr("It still records what you achieved, but no longer proves it is current.");
    if (verifiedAt.isValid())
        lines << tr("Found when Satchel checked it on %1.").arg(LocaleText::dateTime(verifiedAt));
    QString advice = deciding ? CheckText::advice(deciding->code, deciding->outcome) : QString();
    if (advice.isEmpty() && status == QLatin1String("unknown"))
        advice = CheckText::advice(QString(), CheckOutcome::Unknown);
    if (StatusStyle::isSetApart(status))
        advice = tr("Satchel asks before you share, print or export it.") + QLatin1Char(' ') + advice;

    const QString kind = StatusStyle::isSetApart(status) ? QStringLiteral("danger")
        : status == QLatin1String(StatusStyle::kNotYours)  ? QStringLiteral("notice")
                                                           : QStringLiteral("info");
    QString html = QStringLiteral("<div class=\"banner %1\" role=\"alert\"><img alt=\"\" src=\"%2\"><div>"
                                  "<strong>%3</strong>")
                       .arg(kind, iconDataUri(status), HtmlEscape::escape(heading));
    for (const QString &line : std::as_const(lines))
        html += QStringLiteral("<div>%1</div>").arg(HtmlEscape::escape(line));
    if (!advice.trimmed().isEmpty())
        html += QStringLiteral("<div class=\"todo\"><b>%1</b> %2</div>").arg(HtmlEscape::escape(tr("What to do:")), HtmlEscape::escape(advice.trimmed()));
    html += QStringLiteral("</div></div>");
    return html;
}

} // namespace Satchel
