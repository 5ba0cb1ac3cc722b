#include "TranscriptWriter.h"

#include "CertificateWriter.h"
#include "VerificationPageWriter.h"
#include "export/Logging.h"
#include "storage/Wallet.h"
#include "verify/VerificationReport.h"
#include "model/AchievementTypeNames.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace Satchel {

namespace {

QString esc(const QString &text)
{
    return VerificationPageWriter::escapeHtml(text);
}

QString isoDate(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().date().toString(Qt::ISODate) : QString();
}

// The translated word for a stored status name, and the colour class the templates share.
QString statusCell(const QString &status)
{
    if (status.isEmpty())
        return QStringLiteral("<span class=\"status status-warning\">%1</span>").arg(esc(TranscriptWriter::tr("Not checked")));
    for (const VerificationStatus candidate : { VerificationStatus::Valid, VerificationStatus::Unknown,
             VerificationStatus::NotYetValid, VerificationStatus::Expired, VerificationStatus::Revoked,
             VerificationStatus::Invalid }) {
        if (VerificationReport::statusName(candidate) != status)
            continue;
        const QString cssClass = candidate == VerificationStatus::Valid ? QStringLiteral("status-valid")
            : (candidate == VerificationStatus::Unknown || candidate == VerificationStatus::NotYetValid)
            ? QStringLiteral("status-warning")
            : QStringLiteral("status-bad");
        return QStringLiteral("<span class=\"status %1\">%2</span>").arg(cssClass, esc(VerificationReport::statusLabel(candidate)));
    }
    return QStringLiteral("<span class=\"status status-warning\">%1</span>").arg(esc(status));
}

QString uniqueName(const QString &fileName, QSet<QString> *used)
{
    const QFileInfo info(fileName);
    QString candidate = fileName;
    for (int n = 2; used->contains(candidate); ++n)
        candidate = QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    used->insert(candidate);
    return candidate;
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
    QSet<QString> usedNames;
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
            credits = QLocale::c().toString(*parsed->creditsEarned, 'g', 6);
        }
        rows += QStringLiteral("<tr><td><div class=\"name\">%1</div><div class=\"type\">%2</div><div class=\"id\">%3</div></td>"
                               "<td>%4</td><td class=\"date\">%5</td><td class=\"num\">%6</td><td>%7</td></tr>")
                    .arg(esc(name.isEmpty() ? tr("Untitled achievement") : name), esc(AchievementTypeNames::label(parsed->achievement.achievementType)),
                        esc(parsed->id), esc(issuer.isEmpty() ? tr("Unknown issuer") : issuer),
                        esc(isoDate(parsed->issued.isValid() ? parsed->issued : summary.issued)), esc(credits),
                        statusCell(summary.status));
        PdfAttachment attachment = CertificateWriter::attachment(*stored, *parsed);
        attachment.fileName = uniqueName(
            QFileInfo(VerificationPageWriter::rawFileName(*parsed)).fileName(), &usedNames);
        job.attachments << attachment;
    }
    if (job.attachments.isEmpty())
        return Error { QStringLiteral("transcript-empty"), tr("None of the selected credentials could be read.") };

    const int count = int(job.attachments.size());
    const QString heading = tr("Transcript");
    const QString subtitle = title.isEmpty() ? tr("Credentials held in Satchel") : title;
    QHash<QString, QString> values;
    values.insert(QStringLiteral("lang"), esc(options.language));
    values.insert(QStringLiteral("title"), esc(tr("%1: %2").arg(heading, subtitle)));
    values.insert(QStringLiteral("pageSize"),
        QStringLiteral("%1 %2").arg(options.paper == CertificateOptions::Paper::A4 ? QStringLiteral("A4") : QStringLiteral("letter"),
            options.landscape ? QStringLiteral("landscape") : QStringLiteral("portrait")));
    values.insert(QStringLiteral("heading"), esc(heading));
    values.insert(QStringLiteral("subtitle"), esc(subtitle));
    values.insert(QStringLiteral("learnerName"), esc(job.learnerName));
    values.insert(QStringLiteral("printed"), esc(tr("Printed on %1").arg(isoDate(options.printedAt))));
    values.insert(QStringLiteral("count"), esc(tr("%n credential(s)", nullptr, count)));
    values.insert(QStringLiteral("colAchievement"), esc(tr("Achievement")));
    values.insert(QStringLiteral("colIssuer"), esc(tr("Issuer")));
    values.insert(QStringLiteral("colIssued"), esc(tr("Issued")));
    values.insert(QStringLiteral("colCredits"), esc(tr("Credits")));
    values.insert(QStringLiteral("colStatus"), esc(tr("Status")));
    values.insert(QStringLiteral("rows"), rows);
    values.insert(QStringLiteral("totalLabel"), esc(tr("Total credits earned")));
    values.insert(QStringLiteral("totalCredits"), esc(QLocale::c().toString(totalCredits, 'g', 6)));
    values.insert(QStringLiteral("note"),
        esc(tr("Statuses are those Satchel last recorded before printing. Each original credential is attached to "
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
