#include "CertificateWriter.h"

#include "QrCode.h"
#include "ShareLinkBuilder.h"
#include "ShareSettings.h"
#include "VerificationPageWriter.h"
#include "i18n/LocaleText.h"
#include "io/DataUri.h"
#include "io/HtmlEscape.h"
#include "model/AchievementTypeNames.h"
#include "trust/IssuerTrustChecker.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace Satchel {

namespace {

QString imageTag(const QByteArray &bytes, const QString &type, const QString &cssClass, const QString &alt)
{
    static const QStringList s_types { QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
        QStringLiteral("image/gif"), QStringLiteral("image/webp"), QStringLiteral("image/svg+xml") };
    if (bytes.isEmpty() || bytes.size() > CertificateWriter::kMaxImageBytes || !s_types.contains(type))
        return {};
    return QStringLiteral("<img class=\"%1\" alt=\"%2\" src=\"data:%3;base64,%4\">")
        .arg(cssClass, HtmlEscape::escape(alt), type, QString::fromLatin1(bytes.toBase64()));
}

// An issuer image is only used when the credential carries it inline: printing fetches nothing.
// The certificate has only ever printed base64 images; percent-encoded ones stay left out.
QString dataUriImageTag(const QString &uri, const QString &cssClass, const QString &alt)
{
    const auto embedded = DataUri::decode(uri, CertificateWriter::kMaxImageBytes);
    if (!embedded || !embedded->base64)
        return {};
    return imageTag(embedded->bytes, embedded->mediaType, cssClass, alt);
}

// Markdown marks would print as noise; a summary keeps the words only.
QString plainSummary(const QString &markdown, int limit)
{
    QString text = markdown;
    static const QRegularExpression s_link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression s_marks(QStringLiteral("[#*_`>|]+"));
    static const QRegularExpression s_space(QStringLiteral("\\s+"));
    text.replace(s_link, QStringLiteral("\\1"));
    text.replace(s_marks, QString());
    text = text.replace(s_space, QStringLiteral(" ")).trimmed();
    if (text.size() > limit) {
        text.truncate(limit);
        const qsizetype space = text.lastIndexOf(u' ');
        if (space > limit / 2)
            text.truncate(space);
        text += QChar(0x2026);
    }
    return text;
}

QString section(const QString &cssClass, const QString &label, const QString &bodyHtml)
{
    if (bodyHtml.isEmpty())
        return {};
    return QStringLiteral("<div class=\"field %1\"><div class=\"label\">%2</div><div class=\"value\">%3</div></div>")
        .arg(cssClass, HtmlEscape::escape(label), bodyHtml);
}

QString statusLine(const CredentialSummary &summary, const QDateTime &printedAt, QString *cssClass)
{
    const QString checked = LocaleText::localDay(summary.verifiedAt);
    const QString printed = LocaleText::localDay(printedAt);
    const QString &status = summary.status;
    *cssClass = QStringLiteral("status-warning");
    if (status.isEmpty())
        return CertificateWriter::tr("Not verified by the wallet when printed on %1").arg(printed);
    // Genuine but naming none of the wallet owner's identities: a reader must not take it for theirs.
    if (status == QLatin1String("valid") && summary.recipientCheck == QLatin1String("warn"))
        return CertificateWriter::tr("Valid, but not issued to the holder of this wallet (checked on %1, printed on %2)")
            .arg(checked, printed);
    if (status == QLatin1String("valid")) {
        *cssClass = QStringLiteral("status-valid");
        return CertificateWriter::tr("Verified as valid on %1 (printed on %2)").arg(checked, printed);
    }
    *cssClass = QStringLiteral("status-bad");
    if (status == QLatin1String("revoked"))
        return CertificateWriter::tr("Revoked by the issuer (checked on %1, printed on %2)").arg(checked, printed);
    if (status == QLatin1String("expired"))
        return CertificateWriter::tr("Expired (checked on %1, printed on %2)").arg(checked, printed);
    if (status == QLatin1String("invalid"))
        return CertificateWriter::tr("Verification failed (checked on %1, printed on %2)").arg(checked, printed);
    *cssClass = QStringLiteral("status-warning");
    if (status == QLatin1String("not-yet-valid"))
        return CertificateWriter::tr("Not valid yet (checked on %1, printed on %2)").arg(checked, printed);
    return CertificateWriter::tr("Could not be fully checked (on %1, printed on %2)").arg(checked, printed);
}


} // namespace

QStringList CertificateWriter::designNames()
{
    return { QStringLiteral("classic"), QStringLiteral("modern"), QStringLiteral("compact") };
}

QString CertificateWriter::designName(CertificateOptions::Design design)
{
    return designNames().value(int(design));
}

Result<CertificateOptions::Design> CertificateWriter::designFromName(const QString &name)
{
    const qsizetype index = designNames().indexOf(name.toLower());
    if (index < 0)
        return Error { QStringLiteral("invalid-argument"),
            tr("Unknown certificate design: %1 (use classic, modern or compact)").arg(name) };
    return CertificateOptions::Design(index);
}

Result<CertificateOptions::Paper> CertificateWriter::paperFromName(const QString &name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return CertificateOptions::Paper::A4;
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return CertificateOptions::Paper::Letter;
    return Error { QStringLiteral("invalid-argument"), tr("Unknown paper size: %1 (use a4 or letter)").arg(name) };
}

QSizeF CertificateWriter::pageSizeMillimetres(CertificateOptions::Paper paper, bool landscape)
{
    const QSizeF portrait = paper == CertificateOptions::Paper::A4 ? QSizeF(210.0, 297.0) : QSizeF(215.9, 279.4);
    return landscape ? portrait.transposed() : portrait;
}

QString CertificateWriter::learnerName(const Credential &credential, const CertificateOptions &options)
{
    return credential.recipientName.trimmed().isEmpty() ? options.learnerName.trimmed()
                                                        : credential.recipientName.trimmed();
}

QString CertificateWriter::qrTarget(const Credential &credential, const CertificateOptions &options)
{
    return options.shareLink.isEmpty() ? credential.id : options.shareLink;
}

PdfMetadata CertificateWriter::metadata(
    const StoredCredential &stored, const Credential &credential, const CertificateOptions &options)
{
    PdfMetadata meta;
    const QString name = credential.name.isEmpty() ? stored.summary.name : credential.name;
    const QString issuer = credential.issuer.name.isEmpty() ? stored.summary.issuerName : credential.issuer.name;
    meta.title = name;
    meta.author = learnerName(credential, options);
    meta.subject = tr("Certificate for %1, issued by %2").arg(name, issuer);
    QStringList keywords { QStringLiteral("Open Badges"), issuer };
    for (const Alignment &alignment : credential.achievement.alignments)
        keywords << alignment.targetName;
    keywords.removeAll(QString());
    meta.keywords = keywords.join(QStringLiteral(", "));
    meta.creator = QStringLiteral("Satchel");
    meta.producer = QStringLiteral("Satchel (Qt WebEngine)");
    meta.modified = options.printedAt;
    return meta;
}

PdfAttachment CertificateWriter::attachment(const StoredCredential &stored, const Credential &credential)
{
    PdfAttachment file;
    const CredentialFormat format = credential.format == CredentialFormat::Unknown ? stored.raw.format : credential.format;
    const bool jws = isJwsFormat(format);
    file.fileName = jws ? QStringLiteral("credential.jwt") : QStringLiteral("credential.json");
    file.mimeType = jws ? QStringLiteral("application/jwt") : QStringLiteral("application/json");
    if (format == CredentialFormat::SdJwtVc) {
        file.fileName = QStringLiteral("credential.sd-jwt");
        file.mimeType = QStringLiteral("application/dc+sd-jwt");
    }
    file.description = tr("The original credential, to verify this certificate");
    file.bytes = stored.raw.bytes;
    file.modified = stored.summary.addedAt;
    return file;
}

Result<CertificateJob> CertificateWriter::prepare(const Wallet &wallet, qint64 id, CertificateOptions options)
{
    auto stored = wallet.credential(id);
    if (!stored)
        return stored.error();
    auto parsed = wallet.parsed(*stored);
    if (!parsed)
        return parsed.error();
    if (!options.printedAt.isValid())
        options.printedAt = QDateTime::currentDateTimeUtc();
    if (options.learnerName.trimmed().isEmpty())
        options.learnerName = wallet.setting(QStringLiteral("learner.name"));
    const QString issuerId = parsed->issuer.id.isEmpty() ? stored->summary.issuerId : parsed->issuer.id;
    if (options.issuerTrust.isEmpty() && !issuerId.isEmpty()) {
        // A certificate says what the registries said; "no copy to answer from" is not worth ink.
        const IssuerTrust trust = IssuerTrustChecker(wallet).check(issuerId);
        if (trust.kind != IssuerTrust::Kind::Unknown)
            options.issuerTrust = tr("%1 %2", "trust symbol, trust line").arg(trust.symbol(), trust.line());
    }
    if (options.shareLink.isEmpty()) {
        options.shareLink = ShareLinkBuilder::build(*parsed, stored->summary,
            ShareSettings::load(wallet, { issuerId }, stored->summary.id), options.printedAt).targetUrl;
    }
    return prepare(*stored, *parsed, options);
}

Result<CertificateJob> CertificateWriter::prepare(
    const StoredCredential &stored, const Credential &credential, const CertificateOptions &options)
{
    auto page = html(stored, credential, options);
    if (!page)
        return page.error();
    CertificateJob job;
    job.credentialId = stored.summary.id;
    job.html = *page;
    job.metadata = metadata(stored, credential, options);
    job.attachments = { attachment(stored, credential) };
    job.learnerName = learnerName(credential, options);
    job.qrText = qrTarget(credential, options);
    job.fileName = QFileInfo(VerificationPageWriter::pageFileName(credential)).completeBaseName() + QLatin1String(".pdf");
    return job;
}

Result<QByteArray> CertificateWriter::finish(const CertificateJob &job, const QByteArray &renderedPdf)
{
    return PdfIncrementalUpdate::apply(renderedPdf, job.metadata, job.attachments);
}

Result<QByteArray> CertificateWriter::html(
    const StoredCredential &stored, const Credential &credential, const CertificateOptions &options)
{
    const QString path = QStringLiteral(":/satchel/templates/certificate-%1.html").arg(designName(options.design));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("template-missing"), tr("The certificate template %1 is missing.").arg(path) };
    const QString templ = QString::fromUtf8(file.readAll());

    const CredentialSummary &summary = stored.summary;
    const QString name = credential.name.isEmpty() ? summary.name : credential.name;
    const QString issuerName = credential.issuer.name.isEmpty() ? summary.issuerName : credential.issuer.name;
    const QString learner = learnerName(credential, options);
    const QDateTime printedAt = options.printedAt.isValid() ? options.printedAt : QDateTime::currentDateTimeUtc();

    QString dates = HtmlEscape::escape(tr("Issued %1").arg(LocaleText::day(credential.issued.isValid() ? credential.issued : summary.issued)));
    const QDateTime validUntil = credential.validUntil.isValid() ? credential.validUntil : summary.validUntil;
    if (validUntil.isValid())
        dates += QStringLiteral(" &middot; ") + HtmlEscape::escape(tr("Valid until %1").arg(LocaleText::day(validUntil)));

    const QString criteriaSource = !credential.achievement.criteriaNarrative.isEmpty()
        ? credential.achievement.criteriaNarrative
        : (credential.achievement.description.isEmpty() ? credential.description : credential.achievement.description);
    const QString criteria = plainSummary(criteriaSource, kCriteriaChars);

    QStringList skills;
    for (const Alignment &alignment : credential.achievement.alignments) {
        if (!alignment.targetName.isEmpty() && !skills.contains(alignment.targetName))
            skills << alignment.targetName;
    }
    for (const QString &tag : credential.achievement.tags) {
        if (!tag.isEmpty() && !skills.contains(tag))
            skills << tag;
    }
    QString skillsHtml;
    for (const QString &skill : skills.mid(0, kMaxSkills))
        skillsHtml += QStringLiteral("<span class=\"skill\">%1</span> ").arg(HtmlEscape::escape(skill));

    QString credits;
    if (credential.creditsEarned)
        credits = tr("%1 credits earned").arg(LocaleText::number(*credential.creditsEarned));
    else if (credential.achievement.creditsAvailable)
        credits = tr("%1 credits").arg(LocaleText::number(*credential.achievement.creditsAvailable));

    // The QR code opens the share link; without one it still names the credential.
    const QString qrText = qrTarget(credential, options);
    QString qrHtml;
    if (!qrText.isEmpty()) {
        auto qr = QrCode::encode(qrText, QrCode::ErrorCorrection::Medium);
        if (qr)
            qrHtml = QStringLiteral("<img class=\"qr\" alt=\"%1\" src=\"data:image/svg+xml;base64,%2\">")
                         .arg(HtmlEscape::escape(tr("QR code")), QString::fromLatin1(qr->toSvg(4, 4).toBase64()));
    }
    QString statusClass;
    const QString status = statusLine(summary, printedAt, &statusClass);
    const QSizeF page = pageSizeMillimetres(options.paper, options.landscape);

    QHash<QString, QString> values;
    values.insert(QStringLiteral("lang"), HtmlEscape::escape(options.language.isEmpty() ? LocaleText::languageTag() : options.language));
    values.insert(QStringLiteral("title"), HtmlEscape::escape(tr("Certificate: %1").arg(name)));
    values.insert(QStringLiteral("pageSize"),
        QStringLiteral("%1 %2").arg(options.paper == CertificateOptions::Paper::A4 ? QStringLiteral("A4")
                                                                                  : QStringLiteral("letter"),
            options.landscape ? QStringLiteral("landscape") : QStringLiteral("portrait")));
    values.insert(QStringLiteral("pageWidth"), QStringLiteral("%1mm").arg(page.width()));
    values.insert(QStringLiteral("pageHeight"), QStringLiteral("%1mm").arg(page.height()));
    values.insert(QStringLiteral("orientation"), options.landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
    values.insert(QStringLiteral("heading"), HtmlEscape::escape(tr("Certificate of Achievement")));
    values.insert(QStringLiteral("labelCertifies"), HtmlEscape::escape(tr("This certifies that")));
    values.insert(QStringLiteral("learnerName"), HtmlEscape::escape(learner.isEmpty() ? tr("The holder of this credential") : learner));
    values.insert(QStringLiteral("labelEarned"), HtmlEscape::escape(tr("has earned")));
    // An OB 2.0 assertion imported offline may lack its BadgeClass and Issuer documents.
    values.insert(QStringLiteral("achievementName"), HtmlEscape::escape(name.isEmpty() ? tr("Untitled achievement") : name));
    values.insert(QStringLiteral("achievementType"), HtmlEscape::escape(AchievementTypeNames::label(credential.achievement.achievementType)));
    values.insert(QStringLiteral("labelIssuedBy"), HtmlEscape::escape(tr("Issued by")));
    values.insert(QStringLiteral("issuerName"),
        HtmlEscape::escape(issuerName.isEmpty() ? tr("an issuer whose profile the wallet has not fetched") : issuerName));
    values.insert(QStringLiteral("issuerLogo"), dataUriImageTag(credential.issuer.imageUrl, QStringLiteral("logo"), issuerName));
    values.insert(QStringLiteral("badgeImage"), imageTag(stored.imageBytes, stored.imageType, QStringLiteral("badge"), name));
    values.insert(QStringLiteral("dates"), dates);
    values.insert(QStringLiteral("criteriaSection"), section(QStringLiteral("criteria"), tr("Criteria"), HtmlEscape::escape(criteria)));
    values.insert(QStringLiteral("skillsSection"), section(QStringLiteral("skills"), tr("Skills"), skillsHtml.trimmed()));
    values.insert(QStringLiteral("creditsSection"), section(QStringLiteral("credits"), tr("Credits"), HtmlEscape::escape(credits)));
    values.insert(QStringLiteral("labelCredentialId"), HtmlEscape::escape(tr("Credential")));
    values.insert(QStringLiteral("credentialId"), HtmlEscape::escape(credential.id.isEmpty() ? tr("(no id)") : credential.id));
    values.insert(QStringLiteral("statusClass"), statusClass);
    values.insert(QStringLiteral("statusText"), HtmlEscape::escape(status));
    values.insert(QStringLiteral("issuerTrust"),
                  options.issuerTrust.isEmpty()
                      ? QString()
                      : QStringLiteral("<div class=\"trust\">%1</div>").arg(HtmlEscape::escape(options.issuerTrust)));
    values.insert(QStringLiteral("qrCode"), qrHtml);
    values.insert(QStringLiteral("qrCaption"),
        HtmlEscape::escape(options.shareLink.isEmpty() ? tr("Scan for the credential id; the original credential is attached to this PDF.")
                                        : tr("Scan to verify online; the original credential is attached to this PDF.")));
    auto filled = VerificationPageWriter::fillTemplate(templ, values);
    if (!filled)
        return filled.error();
    return filled->toUtf8();
}

} // namespace Satchel
