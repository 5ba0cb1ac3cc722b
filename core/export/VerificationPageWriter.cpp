#include "VerificationPageWriter.h"

#include "crypto/CoseSign1.h"
#include "formats/BakedImageReader.h"
#include "i18n/LocaleText.h"
#include "io/HtmlEscape.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

namespace Satchel {

namespace {

// Only raster and SVG images go into an <img>; an SVG there is an image document and runs no script.
bool isEmbeddableImage(const QString &type)
{
    static const QStringList s_types { QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
        QStringLiteral("image/gif"), QStringLiteral("image/webp"), QStringLiteral("image/svg+xml") };
    return s_types.contains(type);
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QLatin1String("<tr><th>") + HtmlEscape::escape(label) + QLatin1String("</th><td>")
        + HtmlEscape::escape(value) + QLatin1String("</td></tr>\n");
}

QString anchor(const QString &url, const QString &text)
{
    return QLatin1String("<a href=\"") + HtmlEscape::escape(url) + QLatin1String("\">")
        + HtmlEscape::escape(text) + QLatin1String("</a>");
}

} // namespace

Result<QString> VerificationPageWriter::fillTemplate(const QString &templ, const QHash<QString, QString> &values)
{
    static const QRegularExpression s_placeholder(QStringLiteral("\\{\\{([A-Za-z]+)\\}\\}"));
    QString out;
    out.reserve(templ.size() * 2);
    qsizetype last = 0;
    auto it = s_placeholder.globalMatch(templ);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        const auto value = values.constFind(name);
        if (value == values.cend())
            return Error { QStringLiteral("template-placeholder"),
                tr("The page template uses an unknown field {{%1}}.").arg(name) };
        out += QStringView(templ).mid(last, match.capturedStart() - last);
        out += *value;
        last = match.capturedEnd();
    }
    out += QStringView(templ).mid(last);
    return out;
}

QString VerificationPageWriter::fileStem(const Credential &credential)
{
    // ASCII slug of the name: readable in a URL without percent-encoding.
    const QString decomposed = credential.name.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (c.unicode() < 128 && !slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    slug.truncate(48);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("credential");
    const QByteArray key = credential.id.toUtf8() + '\n' + credential.issuer.id.toUtf8() + '\n'
        + credential.issued.toUTC().toString(Qt::ISODate).toUtf8() + '\n' + credential.name.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(8);
    return slug + u'-' + QString::fromLatin1(hash);
}

QString VerificationPageWriter::pageFileName(const Credential &credential)
{
    return fileStem(credential) + QLatin1String(".html");
}

QString VerificationPageWriter::rawFileName(const Credential &credential)
{
    if (credential.format == CredentialFormat::SdJwtVc)
        return fileStem(credential) + QLatin1String(".sd-jwt");
    if (isCoseFormat(credential.format))
        return fileStem(credential) + QLatin1String(".cose");
    return fileStem(credential) + (isJwsFormat(credential.format) ? QLatin1String(".jwt") : QLatin1String(".json"));
}

Result<QByteArray> VerificationPageWriter::write(
    const StoredCredential &stored, const Credential &credential, const QDateTime &exportedAt)
{
    const RawCredential &raw = stored.raw;
    if (raw.bytes.isEmpty())
        return Error { QStringLiteral("no-credential"), tr("The credential has no stored text to put on the page.") };
    QFile file { QString::fromLatin1(kTemplatePath) };
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("template-missing"), tr("The verification page template is missing.") };
    const QString templ = QString::fromUtf8(file.readAll());

    const CredentialSummary &summary = stored.summary;
    const QString name = credential.name.isEmpty() ? summary.name : credential.name;
    const QString issuerName = credential.issuer.name.isEmpty() ? summary.issuerName : credential.issuer.name;
    const QString issuerId = credential.issuer.id.isEmpty() ? summary.issuerId : credential.issuer.id;
    const QString description
        = credential.description.isEmpty() ? credential.achievement.description : credential.description;
    const QString exported = exportedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));

    // The status the learner's wallet saw, dated: the page is a snapshot, not a live check.
    QString statusText;
    QString statusClass = QStringLiteral("status-warning");
    const QString verifiedOn = LocaleText::localDay(summary.verifiedAt);
    const QString &status = summary.status;
    if (status.isEmpty()) {
        statusText = tr("Not verified by the wallet when this page was made (%1)").arg(exported);
    } else if (status == QLatin1String("valid")) {
        statusText = tr("Verified as valid on %1").arg(verifiedOn);
        statusClass = QStringLiteral("status-valid");
    } else if (status == QLatin1String("revoked")) {
        statusText = tr("Revoked by the issuer (checked on %1)").arg(verifiedOn);
        statusClass = QStringLiteral("status-bad");
    } else if (status == QLatin1String("expired")) {
        statusText = tr("Expired (checked on %1)").arg(verifiedOn);
        statusClass = QStringLiteral("status-bad");
    } else if (status == QLatin1String("invalid")) {
        statusText = tr("Verification failed (checked on %1)").arg(verifiedOn);
        statusClass = QStringLiteral("status-bad");
    } else if (status == QLatin1String("not-yet-valid")) {
        statusText = tr("Not valid yet (checked on %1)").arg(verifiedOn);
    } else {
        statusText = tr("Could not be fully checked (on %1)").arg(verifiedOn);
    }

    QString imageBlock;
    QByteArray image = stored.imageBytes;
    QString imageType = stored.imageType.section(u';', 0, 0).trimmed().toLower();
    if (image.isEmpty() && !raw.bakedImage.isEmpty()) {
        image = raw.bakedImage;
        imageType = raw.bakedImageType;
    }
    // A missing or generic type must not hide a badge the wallet holds: trust the bytes instead.
    if (!isEmbeddableImage(imageType)) {
        if (BakedImageReader::isPng(image))
            imageType = QStringLiteral("image/png");
        else if (BakedImageReader::looksLikeSvg(image))
            imageType = QStringLiteral("image/svg+xml");
    }
    if (!image.isEmpty() && image.size() <= kMaxImageBytes && isEmbeddableImage(imageType))
        imageBlock = QLatin1String("<img src=\"data:") + imageType + QLatin1String(";base64,")
            + QString::fromLatin1(image.toBase64()) + QLatin1String("\" alt=\"") + HtmlEscape::escape(tr("Badge image"))
            + QLatin1String("\">");

    QString rows;
    rows += row(tr("Achievement"), name);
    rows += row(tr("Issuer"), issuerName.isEmpty() ? issuerId : tr("%1 (%2)").arg(issuerName, issuerId));
    rows += row(tr("Awarded to"), credential.recipientName);
    rows += row(tr("Issued on"), LocaleText::day(credential.issued.isValid() ? credential.issued : summary.issued));
    rows
        += row(tr("Expires on"), LocaleText::day(credential.validUntil.isValid() ? credential.validUntil : summary.validUntil));
    rows += row(tr("Credential id"), credential.id);
    rows += row(tr("Format"), formatFamily(credential.format));
    rows += row(tr("Status when this page was made"), statusText);

    // How to verify: the generic steps, then what the verifier checks for this kind of credential.
    QStringList steps;
    steps << HtmlEscape::escape(tr("Download the credential file below, or copy the text in the box."));
    steps << HtmlEscape::escape(tr("Open a verifier you trust, for example the 1EdTech Open Badges validator (%1) or "
                           "VerifierPlus (%2), and give it the file."))
                 .arg(anchor(QStringLiteral("https://openbadgesvalidator.imsglobal.org/"),
                          QStringLiteral("openbadgesvalidator.imsglobal.org")),
                     anchor(QStringLiteral("https://verifierplus.org/"), QStringLiteral("verifierplus.org")));
    const bool hosted = credential.proofTypes.contains(QLatin1String("hosted"))
        || credential.json.value(QLatin1String("verification"))
                .toObject()
                .value(QLatin1String("type"))
                .toString()
                .compare(QLatin1String("hosted"), Qt::CaseInsensitive)
            == 0;
    if (hosted)
        steps << HtmlEscape::escape(tr("This is a hosted badge: the issuer publishes it at %1. The verifier fetches the "
                               "issuer's copy and compares it with this one.")
                                .arg(credential.id));
    else
        steps << HtmlEscape::escape(tr("The verifier checks the issuer's digital signature: it gets the public key of the "
                               "issuer (%1) and confirms that not one character of the credential has changed "
                               "since it was signed.")
                                .arg(issuerId));
    steps << HtmlEscape::escape(tr("It also checks whether the issuer has revoked the credential and whether it has expired. "
                           "The status above is only what the learner's wallet saw when this page was made."));
    steps << HtmlEscape::escape(tr("Anyone can edit a web page, so this page proves nothing by itself: trust the verifier's "
                           "answer about the file, not the text of this page."));
    QString stepsHtml;
    for (const QString &step : steps)
        stepsHtml += QLatin1String("<li>") + step + QLatin1String("</li>\n");

    const bool jws = isJwsFormat(raw.format) || isJwsFormat(credential.format) || raw.format == CredentialFormat::SdJwtVc;
    // A COSE credential kept binary is offered as the media type VC-JOSE-COSE §3.3.1 gives it.
    const QString mediaType = CoseSign1::looksLike(raw.bytes) ? QStringLiteral("application/vc+cose")
        : jws || isCoseFormat(raw.format)                    ? QStringLiteral("text/plain")
                                                             : QStringLiteral("application/json");

    QHash<QString, QString> values;
    values.insert(QStringLiteral("lang"), HtmlEscape::escape(tr("en", "the page's language code (BCP 47)")));
    values.insert(QStringLiteral("pageTitle"), HtmlEscape::escape(tr("%1 — verification page").arg(name)));
    values.insert(QStringLiteral("imageBlock"), imageBlock);
    values.insert(QStringLiteral("heading"), HtmlEscape::escape(name));
    values.insert(QStringLiteral("issuerLine"),
        HtmlEscape::escape(issuerName.isEmpty() ? tr("Issued by %1").arg(issuerId) : tr("Issued by %1").arg(issuerName)));
    values.insert(QStringLiteral("statusClass"), statusClass);
    values.insert(QStringLiteral("statusText"), HtmlEscape::escape(statusText));
    values.insert(QStringLiteral("description"), HtmlEscape::escape(description));
    values.insert(QStringLiteral("summaryHeading"), HtmlEscape::escape(tr("Summary")));
    values.insert(QStringLiteral("summaryRows"), rows);
    values.insert(QStringLiteral("verifyHeading"), HtmlEscape::escape(tr("How to check that it is genuine")));
    values.insert(QStringLiteral("verifyIntro"),
        HtmlEscape::escape(tr("This page holds the credential exactly as the issuer made it. Anyone can check it "
                      "in a few minutes, without an account:")));
    values.insert(QStringLiteral("verifySteps"), stepsHtml);
    values.insert(QStringLiteral("credentialHeading"), HtmlEscape::escape(tr("The credential")));
    values.insert(QStringLiteral("credentialIntro"),
        HtmlEscape::escape(jws ? tr("The original credential, a signed token (JWS), byte for byte as issued:")
                       : tr("The original credential (JSON), byte for byte as issued:")));
    values.insert(QStringLiteral("downloadHref"),
        QLatin1String("data:") + mediaType + QLatin1String(";base64,") + QString::fromLatin1(raw.bytes.toBase64()));
    values.insert(QStringLiteral("downloadName"), HtmlEscape::escape(rawFileName(credential)));
    values.insert(QStringLiteral("downloadLabel"), HtmlEscape::escape(tr("Download the credential file")));
    values.insert(QStringLiteral("credentialText"), HtmlEscape::escape(QString::fromUtf8(raw.bytes)));
    values.insert(QStringLiteral("footer"), HtmlEscape::escape(tr("Made with Satchel on %1.").arg(exported)));

    auto page = fillTemplate(templ, values);
    if (!page)
        return page.error();
    return page->toUtf8();
}

} // namespace Satchel
