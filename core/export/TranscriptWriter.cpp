#include "TranscriptWriter.h"

#include "CertificateWriter.h"
#include "VerificationPageWriter.h"
#include "export/Logging.h"
#include "i18n/LocaleText.h"
#include "io/HtmlEscape.h"
#include "io/UniqueFileName.h"
#include "storage/Wallet.h"
#include "verify/VerificationReport.h"
#include "model/AchievementTypeNames.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace Satchel {

namespace {

// The translated word for a stored status name, and the colour class the templates share.
QString statusCell(const QString &status)
{
    if (status.isEmpty())
        return QStringLiteral("<span class=\"status status-warning\">%1</span>").arg(HtmlEscape::escape(TranscriptWriter::tr("Not checked")));
    for (const VerificationStatus candidate : { VerificationStatus::Valid, VerificationStatus::Unknown,
             VerificationStatus::NotYetValid, VerificationStatus::Expired, VerificationStatus::Revoked,
             VerificationStatus::Invalid }) {
        if (VerificationReport::statusName(candidate) != status)
            continue;
        const QString cssClass = candidate == VerificationStatus::Valid ? QStringLiteral("status-valid")
            : (candidate == VerificationStatus::Unknown || candidate == VerificationStatus::NotYetValid)
            ? QStringLiteral("status-warning")
            : QStringLiteral("status-bad");
        return QStringLiteral("<span class=\"status %1\">%2</span>").arg(cssClass, HtmlEscape::escape(VerificationReport::statusLabel(candidate)));
    }
    return QStringLiteral("<span class=\"status status-warning\">%1</span>").arg(HtmlEscape::escape(status));
}

} // namespace

Result<CertificateJob> TranscriptWriter::prepare(
    const Wallet &wallet, const QList<qint64> &credentialIds, CertificateOptions options, const QString &title)
{
    if (credentialIds.isEmpty())
        return Error { QStringLiteral("transcript-empty"), tr("A transcript needs at least one credential.") };
    if (credentialIds.size() > kMaxCredentials)
        return Error { QStringLiteral("transcript-too-large"),
            tr("A transcript lists at most %1 credentials; select fewer.").arg(kMaxCredentials) };
    QFile file(QStringLiteral(":/satchel/templates/transcript.html"));
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("template-missing"), tr("The transcript template is missing.") };
    const QString templ = QString::fromUtf8(file.readAll());
    if (!options.printedAt.isValid())
        options.printedAt = QDateTime::currentDateTimeUtc();
    if (options.learnerName.trimmed().isEmpty())
        options.learnerName = wallet.setting(QStringLiteral("learner.name"));

    CertificateJob job;
    // The transcript is the learner's own: the name they gave first, else the first credential's.
    job.learnerName = options.learnerName.trimmed();
    QString rows;
    QStringList issuers;
    UniqueFileName attachmentNames; // two credentials with the same name must not share a file name
    double totalCredits = 0;
    for (const qint64 id : credentialIds) {
        auto stored = wallet.credential(id);
        auto parsed = stored ? wallet.parsed(*stored) : Result<Credential>(stored.error());
        if (!stored || !parsed) {
            qCInfo(lcExport) << "credential" << id << "was left out of the transcript:" << parsed.error().message;
            continue;
        }
        const CredentialSummary &summary = stored->summary;
        const QString name = parsed->name.isEmpty() ? summary.name : parsed->name;
        const QString issuer = parsed->issuer.name.isEmpty() ? summary.issuerName : parsed->issuer.name;
        if (job.learnerName.isEmpty())
            job.learnerName = CertificateWriter::learnerName(*parsed, options);
        if (!issuer.isEmpty() && !issuers.contains(issuer))
            issuers << issuer;
        QString credits;
        if (parsed->creditsEarned) {
            totalCredits += *parsed->creditsEarned;
            credits = LocaleText::number(*parsed->creditsEarned);
        }
        rows += QStringLiteral("<tr><td><div class=\"name\">%1</div><div class=\"type\">%2</div><div class=\"id\">%3</div></td>"
                               "<td>%4</td><td class=\"date\">%5</td><td class=\"num\">%6</td><td>%7</td></tr>")
                    .arg(HtmlEscape::escape(name.isEmpty() ? tr("Untitled achievement") : name), HtmlEscape::escape(AchievementTypeNames::label(parsed->achievement.achievementType)),
                        HtmlEscape::escape(parsed->id), HtmlEscape::escape(issuer.isEmpty() ? tr("Unknown issuer") : issuer),
                        HtmlEscape::escape(LocaleText::day(parsed->issued.isValid() ? parsed->issued : summary.issued)), HtmlEscape::escape(credits),
                        statusCell(summary.status));
        PdfAttachment attachment = CertificateWriter::attachment(*stored, *parsed);
        attachment.fileName = attachmentNames.take(QFileInfo(VerificationPageWriter::rawFileName(*parsed)).fileName());
        job.attachments << attachment;
    }
    if (job.attachments.isEmpty())
        return Error { QStringLiteral("transcript-empty"), tr("None of the selected credentials could be read.") };

    const int count = int(job.attachments.size());
    const QString heading = tr("Transcript");
    const QString subtitle = title.isEmpty() ? tr("Credentials held in Satchel") : title;
    QHash<QString, QString> values;
    values.insert(QStringLiteral("lang"), HtmlEscape::escape(options.language.isEmpty() ? LocaleText::languageTag() : options.language));
    values.insert(QStringLiteral("title"), HtmlEscape::escape(tr("%1: %2").arg(heading, subtitle)));
    values.insert(QStringLiteral("pageSize"),
        QStringLiteral("%1 %2").arg(options.paper == CertificateOptions::Paper::A4 ? QStringLiteral("A4") : QStringLiteral("letter"),
            options.landscape ? QStringLiteral("landscape") : QStringLiteral("portrait")));
    values.insert(QStringLiteral("heading"), HtmlEscape::escape(heading));
    values.insert(QStringLiteral("subtitle"), HtmlEscape::escape(subtitle));
    values.insert(QStringLiteral("learnerName"), HtmlEscape::escape(job.learnerName));
    values.insert(QStringLiteral("printed"), HtmlEscape::escape(tr("Printed on %1").arg(LocaleText::localDay(options.printedAt))));
    values.insert(QStringLiteral("count"), HtmlEscape::escape(tr("%n credential(s)", nullptr, count)));
    values.insert(QStringLiteral("colAchievement"), HtmlEscape::escape(tr("Achievement")));
    values.insert(QStringLiteral("colIssuer"), HtmlEscape::escape(tr("Issuer")));
    values.insert(QStringLiteral("colIssued"), HtmlEscape::escape(tr("Issued")));
    values.insert(QStringLiteral("colCredits"), HtmlEscape::escape(tr("Credits")));
    values.insert(QStringLiteral("colStatus"), HtmlEscape::escape(tr("Status")));
    values.insert(QStringLiteral("rows"), rows);
    values.insert(QStringLiteral("totalLabel"), HtmlEscape::escape(tr("Total credits earned")));
    values.insert(QStringLiteral("totalCredits"), HtmlEscape::escape(LocaleText::number(totalCredits)));
    values.insert(QStringLiteral("note"),
        HtmlEscape::escape(tr("Statuses are those Satchel last recorded before printing. Each original credential is attached to "
               "this PDF; import the PDF into Satchel or any Open Badges verifier to check them.")));
    auto filled = VerificationPageWriter::fillTemplate(templ, values);
    if (!filled)
        return filled.error();

    job.html = filled->toUtf8();
    job.metadata.title = tr("%1: %2").arg(heading, subtitle);
    job.metadata.author = job.learnerName;
    job.metadata.subject = tr("Transcript of %n credential(s)", nullptr, count);
    job.metadata.keywords = (QStringList { QStringLiteral("Open Badges"), QStringLiteral("transcript") } + issuers)
                                .join(QStringLiteral(", "));
    job.metadata.creator = QStringLiteral("Satchel");
    job.metadata.producer = QStringLiteral("Satchel (Qt WebEngine)");
    job.metadata.modified = options.printedAt;
    // Chromium takes the page margins from the print layout, not from CSS @page: the rows of a
    // long transcript need them on every page.
    job.marginMillimetres = 14;
    job.fileName = tr("transcript") + QLatin1String(".pdf");
    return job;
}

} // namespace Satchel
