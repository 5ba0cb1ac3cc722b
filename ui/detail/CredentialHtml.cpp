#include "detail/CredentialHtml.h"

#include "common/StatusStyle.h"
#include "i18n/Translations.h"
#include "detail/AssociationText.h"
#include "detail/DetailHtmlBuilder.h"
#include "detail/SafeMarkdown.h"
#include "detail/VerificationHtml.h"
#include "io/HtmlEscape.h"
#include "jsonld/SafeJson.h"
#include "model/AchievementTypeNames.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Satchel {

namespace {

constexpr int kMaxRawChars = 512 * 1024;        // setHtml is limited to 2 MB in all

QString dateText(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date.toLocalTime(), QLocale::LongFormat);
}

// A URL shown as a link when its scheme is safe, as plain text otherwise.
QString linkOrText(const QString &url, const QString &label = {})
{
    const QString shown = label.isEmpty() ? url : label;
    if (SafeMarkdown::isSafeLink(url))
        return QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(HtmlEscape::escape(QUrl(url.trimmed()).toString(QUrl::FullyEncoded)), HtmlEscape::escape(shown));
    return HtmlEscape::escape(shown);
}

QString colorName(const QColor &color)
{
    return color.name(QColor::HexRgb);
}


QString recipientText(const RecipientIdentity &recipient)
{
    if (recipient.hashed) {
        const QString algorithm = recipient.identity.section(QLatin1Char('$'), 0, 0);
        return CredentialHtml::tr("%1 (hashed, %2)").arg(recipient.type, algorithm);
    }
    return recipient.type.isEmpty() ? recipient.identity
                                    : QStringLiteral("%1: %2").arg(recipient.type, recipient.identity);
}

QString rawSection(const CredentialPage &page)
{
    QString text;
    if (isJwsFormat(page.raw.format) || !page.credential.jwsHeader.isEmpty()) {
        // An SD-JWT VC's json is its claims with the disclosures in place, not the signed payload.
        const bool sdJwt = page.raw.format == CredentialFormat::SdJwtVc;
        // A COSE credential's header is shown by the JOSE names of its parameters.
        const bool cose = isCoseFormat(page.raw.format);
        text = (cose ? CredentialHtml::tr("COSE header:") : CredentialHtml::tr("JWS header:")) + QLatin1Char('\n')
            + QString::fromUtf8(QJsonDocument(page.credential.jwsHeader).toJson(QJsonDocument::Indented))
            + QLatin1Char('\n')
            + (sdJwt  ? CredentialHtml::tr("Claims, disclosed ones in place:")
               : cose ? CredentialHtml::tr("COSE payload:")
                      : CredentialHtml::tr("JWS payload:"))
            + QLatin1Char('\n')
            + QString::fromUtf8(QJsonDocument(page.credential.json).toJson(QJsonDocument::Indented));
    } else {
        // The same strict reader as import and verification: what is shown is what was checked.
        const auto document = SafeJson::parse(page.raw.bytes);
        if (document && (document->isObject() || document->isArray()))
            text = QString::fromUtf8(document->toJson(QJsonDocument::Indented));
        else if (!page.credential.json.isEmpty())
            text = QString::fromUtf8(QJsonDocument(page.credential.json).toJson(QJsonDocument::Indented));
        else
            text = QString::fromUtf8(page.raw.bytes);
    }
    QString note;
    if (text.size() > kMaxRawChars) {
        text.truncate(kMaxRawChars);
        note = QStringLiteral("<p class=\"muted\">%1</p>")
                   .arg(HtmlEscape::escape(CredentialHtml::tr("The raw credential is long; only its beginning is shown.")));
    }
    return QStringLiteral("<details><summary>%1</summary>%2<pre class=\"raw\">%3</pre></details>")
        .arg(HtmlEscape::escape(CredentialHtml::tr("Show the raw credential")), note, HtmlEscape::escape(text));
}

void profileRows(DetailHtmlBuilder &b, const Profile &profile)
{
    b.row(CredentialHtml::tr("Name"), HtmlEscape::escape(profile.name));
    if (!profile.url.isEmpty())
        b.row(CredentialHtml::tr("Website"), linkOrText(profile.url));
    if (!profile.email.isEmpty())
        b.row(CredentialHtml::tr("E-mail"), linkOrText(QStringLiteral("mailto:") + profile.email, profile.email));
    b.row(CredentialHtml::tr("Phone"), HtmlEscape::escape(profile.phone));
    b.row(CredentialHtml::tr("Address"), HtmlEscape::escape(profile.address));
    b.row(CredentialHtml::tr("Identifier"), HtmlEscape::escape(profile.id));
}

// The other copies of this credential (same issuer and id, other bytes): that they exist, which
// one is shown and why, each with its own verification, so a forged copy cannot hide unnoticed.
void versionsSection(DetailHtmlBuilder &b, const CredentialPage &page)
{
    if (page.otherVersions.isEmpty())
        return;
    const int count = int(page.otherVersions.size());
    b.section(CredentialHtml::tr("Other versions"));
    QString intro;
    if (page.summary.status.isEmpty()) {
        intro = CredentialHtml::tr("The wallet holds %n other copy(ies) of this credential: the same issuer and id, "
                                   "with different content. Verify it to show the copy that verifies.", nullptr, count);
    } else if (page.summary.status == QLatin1String("valid")) {
        intro = CredentialHtml::tr("The wallet holds %n other copy(ies) of this credential: the same issuer and id, "
                                   "with different content. The copy shown is one that verifies; the others are "
                                   "kept unchanged.", nullptr, count);
    } else {
        intro = CredentialHtml::tr("The wallet holds %n other copy(ies) of this credential: the same issuer and id, "
                                   "with different content. No copy verified, so the one shown is the one kept "
                                   "first or the newest.", nullptr, count);
    }
    b.raw(QStringLiteral("<p>%1</p>").arg(HtmlEscape::escape(intro)));
    for (const CredentialVersion &version : page.otherVersions) {
        QString value = HtmlEscape::escape(StatusStyle::label(version.status));
        if (!version.raw.sourceName.isEmpty())
            value += HtmlEscape::escape(CredentialHtml::tr(" · from %1").arg(version.raw.sourceName));
        b.row(CredentialHtml::tr("Copy added %1").arg(dateText(version.addedAt)), value);
    }
}

QString creditsText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value) : QString();
}

// The issuer's own words (a description, criteria): Markdown made safe, in their own direction
// (dir="auto"), and marked with their language when the credential declares one (inLanguage), so a
// screen reader reads French criteria with a French voice inside an English page.
QString issuerText(const QString &markdown, const QString &language = QString(), const QString &cssClass = QString())
{
    static const QRegularExpression bcp47(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$"));
    QString attributes;
    if (!cssClass.isEmpty())
        attributes += QStringLiteral(" class=\"%1\"").arg(cssClass);
    attributes += QStringLiteral(" dir=\"auto\"");
    if (bcp47.match(language).hasMatch())
        attributes += QStringLiteral(" lang=\"%1\"").arg(language);
    return QStringLiteral("<div%1>%2</div>").arg(attributes, SafeMarkdown::toHtml(markdown));
}

} // namespace

QString CredentialHtml::imageDataUri(const QByteArray &bytes, int maxSide)
{
    if (bytes.isEmpty() || bytes.size() > kMaxImageBytes)
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > maxSide || size.height() > maxSide))
        reader.setScaledSize(size.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    else if (!size.isValid() || size.width() * size.height() > 64 * 1024 * 1024)
        return {};
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > maxSide || image.height() > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Re-encoding means the page only ever holds pixels we produced, whatever the file contained.
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    image.save(&out, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString CredentialHtml::shownStatus(const CredentialPage &page)
{
    return StatusStyle::presentation(page.summary.status, page.summary.recipientCheck, page.hasIdentities);
}

QString CredentialHtml::render(const CredentialPage &page, const QPalette &palette)
{
    const Credential &c = page.credential;
    const Achievement &a = c.achievement;
    const QString status = shownStatus(page);
    DetailHtmlBuilder b;

    // Header: image, name, issuer, status chip.
    b.raw(headerHtml(page, status));
    // Not plainly valid: said right under the header, before anything else, with what to do.
    b.raw(VerificationHtml::banner(status, page.summary.verifiedAt, page.verificationReport,
                                   c.validUntil.isValid() ? c.validUntil : page.summary.validUntil));

    const QString description = c.description.isEmpty() ? a.description : c.description;
    if (!description.isEmpty())
        b.raw(issuerText(description, a.inLanguage, QStringLiteral("description")));

    // What Satchel could prove about it, right under the header.
    b.raw(VerificationHtml::render(status, page.summary.verifiedAt, page.verificationReport, page.offerVerify));

    versionsSection(b, page);

    // Pathways: what this badge adds up to, near the top because it is what a learner asks next.
    countsTowardSection(b, page);

    awardSection(b, page);
    peopleSections(b, page);
    achievementSections(b, page);
    evidenceAndResultSections(b, page);
    recordSections(b, page);
    sourceSections(b, page);

    const QString css = pageCss(palette);

    // The CSP repeats, inside the page, what the view's settings and interceptor already enforce.
    // The page's language is the interface's (its headings and labels), for screen readers' voices;
    // its title is the credential's name, which they announce for the document.
    const QString title = page.credential.name.isEmpty() ? page.summary.name : page.credential.name;
    // The page runs the way the window does (right to left under an RTL language or -reverse); its
    // style uses start/end, not left/right, so it mirrors with it.
    const QString direction = QGuiApplication::isRightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr");
    return QStringLiteral("<!DOCTYPE html><html lang=\"%3\" dir=\"%5\"><head><meta charset=\"utf-8\">"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "img-src data:; style-src 'unsafe-inline'\">"
                          "<title>%4</title><style>%1</style></head><body>%2</body></html>")
        .arg(css, b.html(), HtmlEscape::escape(Translations::currentLanguage()),
             HtmlEscape::escape(title.isEmpty() ? tr("Untitled credential") : title), direction);
}


QString CredentialHtml::headerHtml(const CredentialPage &page, const QString &status)
{
    const Credential &c = page.credential;
    const QString image = imageDataUri(page.imageBytes, 256);
    const bool setApart = StatusStyle::isSetApart(status);
    QString header = QStringLiteral("<div class=\"header\">");
    const QString name = c.name.isEmpty() ? page.summary.name : c.name;
    // A screen reader names the badge image by the achievement it stands for.
    if (!image.isEmpty())
        header += QStringLiteral("<img class=\"badge%1\" alt=\"%3\" src=\"%2\">")
                      .arg(setApart ? QStringLiteral(" dimmed") : QString(), image,
                           HtmlEscape::escape(tr("Badge image: %1").arg(name.isEmpty() ? tr("Untitled credential") : name)));
    else
        header += QStringLiteral("<div class=\"badge noimage\">%1</div>").arg(HtmlEscape::escape(tr("No image")));
    header += QStringLiteral("<div class=\"title\"><h1>%1</h1>").arg(HtmlEscape::escape(name.isEmpty() ? tr("Untitled credential") : name));
    const QString issuerName = c.issuer.name.isEmpty() ? page.summary.issuerName : c.issuer.name;
    if (!issuerName.isEmpty())
        header += QStringLiteral("<p class=\"issuer\">%1</p>").arg(HtmlEscape::escape(tr("Issued by %1").arg(issuerName)));
    header += trustHtml(page);
    // Where it came from, when the issuer sent it itself: the domain Satchel contacted, which the
    // learner agreed to at the time, not the name inside the credential.
    if (page.provenance)
        header += QStringLiteral("<p class=\"provenance\">%1</p>")
                      .arg(HtmlEscape::escape(tr("Received from %1 via %2 on %3")
                                                  .arg(page.provenance->issuerDomain, page.provenance->protocol,
                                                       dateText(page.provenance->receivedAt))));
    header += QStringLiteral("<span class=\"chip\" style=\"background:%1\">%2</span>")
                  .arg(colorName(StatusStyle::color(status)), HtmlEscape::escape(StatusStyle::label(status)));
    const QString family = formatFamily(c.format == CredentialFormat::Unknown ? page.summary.format : c.format);
    if (!family.isEmpty())
        header += QStringLiteral(" <span class=\"tag\">%1</span>").arg(HtmlEscape::escape(family));
    if (c.revokedFlag)
        header += QStringLiteral(" <span class=\"chip\" style=\"background:%1\">%2</span>")
                      .arg(colorName(StatusStyle::color(QStringLiteral("revoked"))), HtmlEscape::escape(tr("Marked revoked by the issuer")));
    header += QStringLiteral("<p class=\"actions\"><a class=\"button\" href=\"%1\">%2</a></p>")
                  .arg(QLatin1String(kPrintUrl), HtmlEscape::escape(tr("Print certificate…")));
    header += QLatin1String("</div></div>");
    return header;
}

QString CredentialHtml::trustHtml(const CredentialPage &page)
{
    if (!page.issuerTrust)
        return {};
    const IssuerTrust &trust = *page.issuerTrust;
    QString html = QStringLiteral("<p class=\"trust\"><span class=\"trusticon\" aria-hidden=\"true\">%1</span> %2")
                       .arg(HtmlEscape::escape(trust.symbol()), HtmlEscape::escape(trust.line()));
    if (trust.isListed() && trust.fetchedAt.isValid())
        html += QStringLiteral(" <span class=\"muted\">%1</span>")
                    .arg(HtmlEscape::escape(tr("(registry copy of %1)").arg(dateText(trust.fetchedAt))));
    if (!trust.uncheckedRegistries.isEmpty() && !trust.isListed())
        html += QStringLiteral("<br><span class=\"muted\">%1</span>")
                    .arg(HtmlEscape::escape(tr("Not checked in: %1").arg(trust.uncheckedRegistries.join(QStringLiteral(", ")))));
    // Only where the learner acts on their own wallet (not in a review).
    if (page.offerVerify && !page.summary.issuerId.isEmpty()) {
        html += trust.knownPersonally
                    ? QStringLiteral(" <a href=\"%1\">%2</a>")
                          .arg(QLatin1String(kUnknownIssuerUrl), HtmlEscape::escape(tr("I do not know this issuer")))
                    : QStringLiteral(" <a href=\"%1\">%2</a>")
                          .arg(QLatin1String(kKnownIssuerUrl), HtmlEscape::escape(tr("Mark this issuer as known to me")));
    }
    return html + QLatin1String("</p>");
}

void CredentialHtml::countsTowardSection(DetailHtmlBuilder &b, const CredentialPage &page)
{
    if (!page.countsToward.isEmpty()) {
        b.section(tr("Counts toward"));
        for (const PathwayCountsToward &t : page.countsToward) {
            const int percent = int(t.percent + 0.5);
            const QString state = t.satisfied ? tr("complete") : tr("%1% complete").arg(percent);
            b.row(t.pathwayName,
                  // The words after the bar say the same: the bar is hidden from screen readers.
                  QStringLiteral("<span class=\"pathway-bar\" aria-hidden=\"true\">"
                                 "<span style=\"width:%1%\"></span></span> ")
                          .arg(percent)
                      + HtmlEscape::escape(tr("%1 · counts for: %2").arg(state, t.requirements.join(QStringLiteral(", ")))));
        }
    }
}

void CredentialHtml::awardSection(DetailHtmlBuilder &b, const CredentialPage &page)
{
    const Credential &c = page.credential;
    const Achievement &a = page.credential.achievement;
    b.section(tr("Award"));
    b.row(tr("Issued"), HtmlEscape::escape(dateText(c.issued.isValid() ? c.issued : page.summary.issued)));
    b.row(tr("Awarded"), HtmlEscape::escape(dateText(c.awardedDate)));
    b.row(tr("Valid from"), HtmlEscape::escape(dateText(c.validFrom)));
    b.row(tr("Valid until"), HtmlEscape::escape(dateText(c.validUntil)));
    if (!c.validUntil.isValid())
        b.row(tr("Expires"), HtmlEscape::escape(tr("Never")));
    if (!c.revocationReason.isEmpty())
        b.row(tr("Revocation reason"), HtmlEscape::escape(c.revocationReason));
    b.row(tr("Achievement type"), HtmlEscape::escape(AchievementTypeNames::label(a.achievementType)));
    b.row(tr("Code"), HtmlEscape::escape(a.humanCode));
    b.row(tr("Field of study"), HtmlEscape::escape(a.fieldOfStudy));
    b.row(tr("Specialization"), HtmlEscape::escape(a.specialization));
    b.row(tr("Language"), HtmlEscape::escape(a.inLanguage));
    b.row(tr("Version"), HtmlEscape::escape(a.version));
    b.row(tr("Credits available"), HtmlEscape::escape(creditsText(a.creditsAvailable)));
    b.row(tr("Credits earned"), HtmlEscape::escape(creditsText(c.creditsEarned)));
    b.row(tr("Term"), HtmlEscape::escape(c.term));
    b.row(tr("Licence number"), HtmlEscape::escape(c.licenseNumber));
    if (c.activityStartDate.isValid() || c.activityEndDate.isValid())
        b.row(tr("Activity"), HtmlEscape::escape(tr("%1 to %2").arg(dateText(c.activityStartDate), dateText(c.activityEndDate))));
}

void CredentialHtml::peopleSections(DetailHtmlBuilder &b, const CredentialPage &page)
{
    const Credential &c = page.credential;
    const Achievement &a = page.credential.achievement;
    // Recipient.
    b.section(tr("Recipient"));
    b.row(tr("Name"), HtmlEscape::escape(c.recipientName));
    b.row(tr("Identifier"), HtmlEscape::escape(c.subjectId));
    for (const RecipientIdentity &recipient : c.recipients)
        b.row(tr("Identity"), HtmlEscape::escape(recipientText(recipient)));
    if (c.recipientName.isEmpty() && c.subjectId.isEmpty() && c.recipients.isEmpty())
        b.raw(QStringLiteral("<p class=\"muted\">%1</p>").arg(HtmlEscape::escape(tr("The credential does not name its recipient."))));

    // Issuer.
    b.section(tr("Issuer"));
    const QString issuerImage = imageDataUri(page.issuerImageBytes, 96);
    if (!issuerImage.isEmpty())
        b.raw(QStringLiteral("<img class=\"issuerimage\" alt=\"%2\" src=\"%1\">")
                  .arg(issuerImage, HtmlEscape::escape(c.issuer.name.isEmpty() ? tr("Issuer's image")
                                                                               : tr("Image of %1").arg(c.issuer.name))));
    profileRows(b, c.issuer);
    if (!c.issuer.description.isEmpty())
        b.raw(issuerText(c.issuer.description));
    if (!a.creator.name.isEmpty() && a.creator.id != c.issuer.id) {
        b.section(tr("Achievement created by"));
        profileRows(b, a.creator);
    }
}

void CredentialHtml::achievementSections(DetailHtmlBuilder &b, const CredentialPage &page)
{
    const Credential &c = page.credential;
    const Achievement &a = page.credential.achievement;
    // Criteria.
    if (!a.criteriaNarrative.isEmpty() || !a.criteriaId.isEmpty()) {
        b.section(tr("Criteria"));
        if (!a.criteriaId.isEmpty())
            b.row(tr("Criteria page"), linkOrText(a.criteriaId));
        if (!a.criteriaNarrative.isEmpty())
            b.raw(issuerText(a.criteriaNarrative, a.inLanguage));
    }
    if (!c.narrative.isEmpty()) {
        b.section(tr("Narrative"));
        b.raw(issuerText(c.narrative));
    }

    // Alignments / skills.
    if (!a.alignments.isEmpty()) {
        b.section(tr("Skills and alignments"));
        QString list = QStringLiteral("<ul class=\"cards\">");
        for (const Alignment &al : a.alignments) {
            list += QLatin1String("<li>");
            list += QStringLiteral("<strong>%1</strong>").arg(linkOrText(al.targetUrl, al.targetName.isEmpty() ? al.targetUrl : al.targetName));
            QStringList meta;
            if (!al.targetFramework.isEmpty())
                meta << HtmlEscape::escape(al.targetFramework);
            if (!al.targetCode.isEmpty())
                meta << HtmlEscape::escape(al.targetCode);
            if (!al.targetType.isEmpty())
                meta << HtmlEscape::escape(al.targetType);
            if (!meta.isEmpty())
                list += QStringLiteral(" <span class=\"muted\">%1</span>").arg(meta.join(QStringLiteral(" · ")));
            if (!al.targetDescription.isEmpty())
                list += QStringLiteral("<div>%1</div>").arg(SafeMarkdown::toHtml(al.targetDescription));
            list += QLatin1String("</li>");
        }
        b.raw(list + QLatin1String("</ul>"));
    }
}

void CredentialHtml::evidenceAndResultSections(DetailHtmlBuilder &b, const CredentialPage &page)
{
    const Credential &c = page.credential;
    const Achievement &a = page.credential.achievement;
    // Evidence.
    if (!c.evidence.isEmpty()) {
        b.section(tr("Evidence"));
        QString list = QStringLiteral("<ul class=\"cards\">");
        for (const Evidence &e : c.evidence) {
            list += QLatin1String("<li>");
            const QString title = e.name.isEmpty() ? (e.id.isEmpty() ? tr("Evidence") : e.id) : e.name;
            list += QStringLiteral("<strong>%1</strong>").arg(e.id.isEmpty() ? HtmlEscape::escape(title) : linkOrText(e.id, title));
            QStringList meta;
            if (!e.genre.isEmpty())
                meta << HtmlEscape::escape(e.genre);
            if (!e.audience.isEmpty())
                meta << HtmlEscape::escape(e.audience);
            if (!meta.isEmpty())
                list += QStringLiteral(" <span class=\"muted\">%1</span>").arg(meta.join(QStringLiteral(" · ")));
            list += SafeMarkdown::toHtml(e.description);
            list += SafeMarkdown::toHtml(e.narrative);
            list += QLatin1String("</li>");
        }
        b.raw(list + QLatin1String("</ul>"));
    }

    // Results, matched with their descriptions.
    if (!c.results.isEmpty() || !a.resultDescriptions.isEmpty()) {
        b.section(tr("Results"));
        QString table = QStringLiteral("<table class=\"grid\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                            .arg(HtmlEscape::escape(tr("Result")), HtmlEscape::escape(tr("Value")), HtmlEscape::escape(tr("Status")), HtmlEscape::escape(tr("Expected")));
        QSet<QString> shown;
        auto describe = [&](const ResultDescription &rd) {
            QStringList expected;
            if (!rd.requiredValue.isEmpty())
                expected << tr("required value %1").arg(rd.requiredValue);
            if (!rd.requiredLevel.isEmpty())
                expected << tr("required level %1").arg(rd.requiredLevel);
            if (!rd.valueMin.isEmpty() || !rd.valueMax.isEmpty())
                expected << tr("from %1 to %2").arg(rd.valueMin, rd.valueMax);
            if (!rd.allowedValues.isEmpty())
                expected << tr("one of %1").arg(rd.allowedValues.join(QLatin1String(", ")));
            return expected.join(QLatin1String("; "));
        };
        for (const AchievementResult &r : c.results) {
            const ResultDescription *rd = nullptr;
            for (const ResultDescription &candidate : a.resultDescriptions)
                if (candidate.id == r.resultDescription)
                    rd = &candidate;
            if (rd)
                shown.insert(rd->id);
            const QString title = rd ? (rd->name.isEmpty() ? rd->id : rd->name) : r.resultDescription;
            const QString value = r.value.isEmpty() ? r.achievedLevel : r.value;
            table += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                         .arg(HtmlEscape::escape(title), HtmlEscape::escape(value), HtmlEscape::escape(r.status), HtmlEscape::escape(rd ? describe(*rd) : QString()));
        }
        for (const ResultDescription &rd : a.resultDescriptions) {
            if (shown.contains(rd.id))
                continue;
            table += QStringLiteral("<tr><td>%1</td><td></td><td></td><td>%2</td></tr>")
                         .arg(HtmlEscape::escape(rd.name.isEmpty() ? rd.id : rd.name), HtmlEscape::escape(describe(rd)));
        }
        b.raw(table + QLatin1String("</table>"));
    }
}

void CredentialHtml::recordSections(DetailHtmlBuilder &b, const CredentialPage &page)
{
    const Credential &c = page.credential;
    // Endorsements.
    if (!c.endorsements.isEmpty()) {
        b.section(tr("Endorsements"));
        QString list = QStringLiteral("<ul class=\"cards\">");
        for (const Endorsement &e : c.endorsements) {
            const QString who = e.issuerName.isEmpty() ? e.issuerId : e.issuerName;
            list += QStringLiteral("<li><strong>%1</strong>").arg(HtmlEscape::escape(who.isEmpty() ? tr("Unknown endorser") : who));
            if (e.issued.isValid())
                list += QStringLiteral(" <span class=\"muted\">%1</span>").arg(HtmlEscape::escape(dateText(e.issued)));
            list += SafeMarkdown::toHtml(e.comment) + QLatin1String("</li>");
        }
        b.raw(list + QLatin1String("</ul>"));
    }

    // CLR contents.
    if (c.isClr() && (!c.nested.isEmpty() || !c.clrAchievements.isEmpty())) {
        b.section(tr("Credentials in this record"));
        QString list = QStringLiteral("<ul class=\"cards\">");
        for (const Credential &n : c.nested)
            list += QStringLiteral("<li><strong>%1</strong> <span class=\"muted\">%2</span></li>")
                        .arg(HtmlEscape::escape(n.name), HtmlEscape::escape(dateText(n.issued)));
        list += QLatin1String("</ul>");
        b.raw(list);
        if (!c.associations.isEmpty()) {
            // Associations name achievements by id: show their names, the id only behind a link.
            QHash<QString, QString> names;
            for (const Achievement &achievement : c.clrAchievements)
                names.insert(achievement.id, achievement.name);
            for (const Credential &n : c.nested)
                if (!names.contains(n.achievement.id) || names.value(n.achievement.id).isEmpty())
                    names.insert(n.achievement.id, n.achievement.name.isEmpty() ? n.name : n.achievement.name);
            auto achievementHtml = [&names](const QString &id) {
                const QString name = names.value(id);
                const QString shown = name.isEmpty() ? tr("an achievement not described in this record") : name;
                return QStringLiteral("<strong>%1</strong>").arg(linkOrText(id, shown));
            };
            QString assoc = QStringLiteral("<ul class=\"associations\">");
            for (const Association &as : c.associations)
                assoc += QStringLiteral("<li>%1</li>")
                             .arg(AssociationText::html(as, achievementHtml(as.sourceId), achievementHtml(as.targetId)));
            b.raw(QStringLiteral("<h3>%1</h3>").arg(HtmlEscape::escape(tr("How they fit together"))) + assoc + QLatin1String("</ul>"));
        }
    }
}

void CredentialHtml::sourceSections(DetailHtmlBuilder &b, const CredentialPage &page)
{
    const Credential &c = page.credential;
    const Achievement &a = page.credential.achievement;
    // Tags.
    QStringList tags = page.summary.tags;
    for (const QString &tag : a.tags)
        if (!tags.contains(tag))
            tags << tag;
    if (!tags.isEmpty()) {
        b.section(tr("Tags"));
        QString chips;
        for (const QString &tag : tags)
            chips += QStringLiteral("<span class=\"tag\">%1</span> ").arg(HtmlEscape::escape(tag));
        b.raw(QStringLiteral("<p>%1</p>").arg(chips));
    }

    // Who the learner has shown it to: the presentation log, which never leaves the wallet.
    if (!page.presentations.isEmpty()) {
        b.section(tr("Shared with verifiers"));
        for (const PresentationLogEntry &entry : page.presentations) {
            const QString verifier = entry.verifierName.isEmpty()
                ? entry.verifierDomain
                : tr("%1 (%2)").arg(entry.verifierName, entry.verifierDomain);
            const QString what = entry.outcome == QLatin1String("sent")       ? tr("Shared with %1")
                               : entry.outcome == QLatin1String("declined") ? tr("Declined %1's request")
                                                                            : tr("Could not be shared with %1");
            b.row(dateText(entry.at), HtmlEscape::escape(what.arg(verifier)));
        }
    }

    // Source and technical facts.
    b.section(tr("Source"));
    if (page.provenance) {
        const CredentialProvenance &received = *page.provenance;
        const QString issuer = received.issuerName.isEmpty() ? received.issuerDomain
                                                             : tr("%1 (%2)").arg(received.issuerName, received.issuerDomain);
        b.row(tr("Received"), HtmlEscape::escape(tr("From %1 via %2 on %3")
                                                     .arg(issuer, received.protocol, dateText(received.receivedAt))));
        b.row(tr("Bound to"), HtmlEscape::escape(received.holderDid));
    } else {
        b.row(tr("Imported from"), HtmlEscape::escape(page.raw.sourceName));
    }
    b.row(tr("Added"), HtmlEscape::escape(dateText(page.summary.addedAt)));
    b.row(tr("Format"), HtmlEscape::escape(formatName(page.raw.format)));
    b.row(tr("Specification"), HtmlEscape::escape(c.specVersion));
    b.row(tr("Credential id"), HtmlEscape::escape(c.id));
    b.row(tr("Baked in"), HtmlEscape::escape(page.raw.bakedKeyword.isEmpty() ? QString() : tr("%1 (%2)").arg(page.raw.bakedImageType, page.raw.bakedKeyword)));
    b.row(tr("Proof"), HtmlEscape::escape(c.proofTypes.join(QLatin1String(", "))));
    b.row(tr("Last verified"), HtmlEscape::escape(dateText(page.summary.verifiedAt)));
    for (const QString &warning : c.warnings)
        b.row(tr("Note"), HtmlEscape::escape(warning));
    b.raw(rawSection(page));
}

QString CredentialHtml::pageCss(const QPalette &palette)
{
    return QStringLiteral(
        "body{font-family:sans-serif;background:%1;color:%2;margin:16px 24px;line-height:1.4}"
        "a{color:%3}h1{margin:0 0 4px 0;font-size:1.6em}h2{font-size:1.1em;border-bottom:1px solid %4;"
        "padding-bottom:2px;margin-top:1.4em}.header{display:flex;gap:20px;align-items:center}"
        "img.badge,.noimage{width:160px;height:160px;object-fit:contain;flex:none}"
        ".noimage{display:flex;align-items:center;justify-content:center;border:1px dashed %4;border-radius:8px}"
        ".issuer{margin:0 0 8px 0;font-size:1.05em}.trust{margin:0 0 8px 0}.trusticon{font-weight:bold}.chip{color:#fff;border-radius:10px;padding:2px 10px;font-size:.85em}"
        ".tag{border:1px solid %4;border-radius:10px;padding:1px 8px;font-size:.85em}"
        "table.facts th{text-align:start;font-weight:normal;opacity:.75;padding-inline-end:16px;vertical-align:top}"
        "table.grid{border-collapse:collapse}table.grid td,table.grid th{border:1px solid %4;padding:3px 8px;text-align:start}"
        "ul.cards{padding-inline-start:18px}ul.cards li{margin-bottom:6px}.muted{opacity:.7}.blocked{opacity:.6;font-style:italic}"
        "img.issuerimage{width:64px;height:64px;object-fit:contain}pre{white-space:pre-wrap;word-break:break-all}"
        "pre.raw{background:%5;border:1px solid %4;padding:8px;font-size:.85em}summary{cursor:pointer;color:%3}"
        "table.checks td{vertical-align:top;padding:3px 0 5px 0;padding-inline-end:10px}td.outcome{white-space:nowrap}"
        ".check{font-weight:bold}.check.pass{color:%6}.check.fail{color:%7}.check.warn{color:%8}"
        ".pathway-bar{display:inline-block;width:8em;height:0.7em;border:1px solid %9;border-radius:3px;"
        "vertical-align:middle}.pathway-bar span{display:block;height:100%;background:%6}"
        ".check.unknown,.check.skip{opacity:.75}a.action{margin-inline-start:12px;font-weight:bold}"
        "p.actions{margin:10px 0 0 0}a.button{display:inline-block;border:1px solid %3;border-radius:6px;"
        "padding:3px 12px;text-decoration:none;font-weight:bold}"
        "img.dimmed{filter:grayscale(1);opacity:.45}.advice{margin-top:2px}"
        ".banner{display:flex;gap:12px;align-items:flex-start;border-radius:6px;padding:10px 14px;margin:14px 0;"
        "border:1px solid;border-inline-start-width:6px}.banner img{width:24px;height:24px;flex:none;margin-top:2px}"
        ".banner strong{font-size:1.1em}.banner .todo{margin-top:6px}"
        ".banner.danger{%10}.banner.notice{%11}.banner.info{%12}")
        .arg(colorName(palette.color(QPalette::Base)), colorName(palette.color(QPalette::Text)),
             colorName(palette.color(QPalette::Link)), colorName(palette.color(QPalette::Mid)),
             colorName(palette.color(QPalette::AlternateBase)),
             colorName(ThemeColors::text(ThemeColors::Tone::Positive, palette)),
             colorName(ThemeColors::text(ThemeColors::Tone::Negative, palette)),
             colorName(ThemeColors::text(ThemeColors::Tone::Caution, palette)),
             colorName(palette.color(QPalette::WindowText)))
        .arg(ThemeColors::bannerCss(ThemeColors::Tone::Negative, palette),
             ThemeColors::bannerCss(ThemeColors::Tone::Notice, palette),
             ThemeColors::bannerCss(ThemeColors::Tone::Neutral, palette));
}

} // namespace Satchel
