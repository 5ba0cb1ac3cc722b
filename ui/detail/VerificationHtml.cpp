#include "detail/VerificationHtml.h"

#include "gallery/StatusStyle.h"
#include "i18n/Translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Satchel {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Outcome as a symbol and a word: never colour alone.
QString outcomeBadge(const QString &outcome)
{
    if (outcome == QLatin1String("pass"))
        return QStringLiteral("<span class=\"check pass\">&#10003; %1</span>").arg(esc(VerificationHtml::tr("Passed")));
    if (outcome == QLatin1String("fail"))
        return QStringLiteral("<span class=\"check fail\">&#10007; %1</span>").arg(esc(VerificationHtml::tr("Failed")));
    if (outcome == QLatin1String("warn"))
        return QStringLiteral("<span class=\"check warn\">! %1</span>").arg(esc(VerificationHtml::tr("Warning")));
    if (outcome == QLatin1String("unknown"))
        return QStringLiteral("<span class=\"check unknown\">? %1</span>").arg(esc(VerificationHtml::tr("Not checked")));
    return QStringLiteral("<span class=\"check skip\">&#8211; %1</span>").arg(esc(VerificationHtml::tr("Not needed")));
}

} // namespace

QString VerificationHtml::checkTitle(const QString &code)
{
    if (code == QLatin1String("malformed"))
        return tr("Well-formed");
    if (code == QLatin1String("schema"))
        return tr("Follows the standard's schema");
    if (code == QLatin1String("no-proof"))
        return tr("Has a proof");
    if (code == QLatin1String("unsupported-cryptosuite"))
        return tr("Proof method");
    if (code == QLatin1String("alg-none"))
        return tr("Signature algorithm");
    if (code == QLatin1String("signature"))
        return tr("Signature");
    if (code == QLatin1String("key-unresolvable"))
        return tr("Issuer's key");
    if (code == QLatin1String("issuer-mismatch"))
        return tr("Key belongs to the issuer");
    if (code == QLatin1String("claims-mismatch"))
        return tr("Token matches the credential");
    if (code == QLatin1String("data-loss"))
        return tr("Every field is signed");
    if (code == QLatin1String("revoked") || code == QLatin1String("status"))
        return tr("Not revoked");
    if (code == QLatin1String("status-unavailable"))
        return tr("Revocation status");
    if (code == QLatin1String("expired"))
        return tr("Not expired");
    if (code == QLatin1String("not-yet-valid"))
        return tr("Already valid");
    if (code == QLatin1String("recipient-mismatch"))
        return tr("Issued to you");
    if (code == QLatin1String("hosted-mismatch"))
        return tr("Matches the issuer's copy");
    if (code == QLatin1String("nested-invalid"))
        return tr("Included credentials");
    return code;
}

QString VerificationHtml::checkMeaning(const QString &code)
{
    if (code == QLatin1String("malformed"))
        return tr("The credential holds what its standard requires and can be read.");
    if (code == QLatin1String("schema"))
        return tr("Its fields have the shapes the published JSON Schema of its standard gives.");
    if (code == QLatin1String("no-proof"))
        return tr("The issuer signed it, or hosts it, so that anyone can check it.");
    if (code == QLatin1String("unsupported-cryptosuite") || code == QLatin1String("alg-none"))
        return tr("It is signed with a method Satchel can check and that is considered safe.");
    if (code == QLatin1String("signature"))
        return tr("Nothing in it has changed since the issuer signed it.");
    if (code == QLatin1String("key-unresolvable"))
        return tr("The public key that checks the signature could be found where the issuer publishes it.");
    if (code == QLatin1String("issuer-mismatch"))
        return tr("The key that signed it is controlled by the issuer named in it, not by someone else.");
    if (code == QLatin1String("claims-mismatch"))
        return tr("The signed token and the credential inside it say the same thing.");
    if (code == QLatin1String("data-loss"))
        return tr("No field of the credential was left out of what the signature covers.");
    if (code == QLatin1String("revoked") || code == QLatin1String("status") || code == QLatin1String("status-unavailable"))
        return tr("The issuer has not withdrawn it (checked in the issuer's published status list).");
    if (code == QLatin1String("expired"))
        return tr("Its validity period has not ended.");
    if (code == QLatin1String("not-yet-valid"))
        return tr("Its validity period has begun.");
    if (code == QLatin1String("recipient-mismatch"))
        return tr("It names one of the identities you listed in Settings (compared on this computer only).");
    if (code == QLatin1String("hosted-mismatch"))
        return tr("The copy on the issuer's site is the same badge.");
    if (code == QLatin1String("nested-invalid"))
        return tr("Each credential inside this record was checked on its own.");
    return {};
}

QString VerificationHtml::render(const QString &status, const QDateTime &verifiedAt, const QString &reportJson,
                                 bool offerVerify)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Verification")));
    html += QStringLiteral("<p><span class=\"chip\" style=\"background:%1\">%2</span> ")
                .arg(StatusStyle::color(status).name(), esc(StatusStyle::label(status)));
    if (status.isEmpty() || !verifiedAt.isValid())
        html += esc(tr("Satchel has not checked this credential yet."));
    else
        html += esc(tr("Last checked %1.").arg(QLocale().toString(verifiedAt.toLocalTime(), QLocale::LongFormat)));
    if (offerVerify) {
        html += QStringLiteral(" <a class=\"action\" href=\"%1\">%2</a>")
                    .arg(QLatin1String(kVerifyUrl), esc(tr("Verify now")));
    }
    html += QLatin1String("</p>");

    const QJsonObject report = QJsonDocument::fromJson(reportJson.toUtf8()).object();
    const QJsonArray checks = report.value(QLatin1String("checks")).toArray();
    if (checks.isEmpty())
        return html;
    // Each line was written at the check, in the language of the moment (English before reports
    // said which); after a change of language the reader is told why and how to renew them.
    const QString language = report.value(QLatin1String("language")).toString(QStringLiteral("en"));
    if (language != Translations::currentLanguage())
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(esc(tr("These lines were written at the last check, in another language. "
                                "Verify now to read them in this one.")));
    html += QStringLiteral("<table class=\"checks\">");
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        const QString code = check.value(QLatin1String("code")).toString();
        const QString meaning = checkMeaning(code);
        html += QStringLiteral("<tr><td class=\"outcome\">%1</td><td><b>%2</b>%3<div>%4</div></td></tr>")
                    .arg(outcomeBadge(check.value(QLatin1String("outcome")).toString()), esc(checkTitle(code)),
                         meaning.isEmpty() ? QString() : QStringLiteral("<div class=\"muted\">%1</div>").arg(esc(meaning)),
                         esc(check.value(QLatin1String("message")).toString()));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace Satchel
