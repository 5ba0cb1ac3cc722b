#include "PlainExporter.h"

#include "BakedExporter.h"
#include "VerificationPageWriter.h"
#include "formats/ArchiveWriter.h"
#include "io/AtomicFile.h"
#include "io/UniqueFileName.h"
#include "storage/Wallet.h"

#include <QFileInfo>

namespace Satchel {

namespace {

QByteArray readme(const PlainExporter::Summary &summary)
{
    QStringList lines;
    lines << PlainExporter::tr("Your badges and micro-credentials, exported by Satchel.") << QString()
          << PlainExporter::tr("originals/     each credential exactly as its issuer sent it (%n file(s)). Any "
                               "Open Badges or Verifiable Credentials verifier checks these.",
                               nullptr, summary.credentials)
          << PlainExporter::tr("badges/        each badge image with its credential baked in (%n image(s)). Badge "
                               "wallets and backpacks import these.",
                               nullptr, summary.badges);
    if (summary.certificates > 0)
        lines << PlainExporter::tr("certificates/  a printable PDF certificate of each (%n file(s)); the credential "
                                   "is attached inside each PDF.",
                                   nullptr, summary.certificates);
    if (!summary.problems.isEmpty())
        lines << QString() << PlainExporter::tr("Not included:") << summary.problems;
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace

Result<PlainExporter::Summary> PlainExporter::write(const Wallet &wallet, const QString &outPath,
                                                     const QList<QPair<QString, QByteArray>> &certificates,
                                                     const Progress &progress, const std::atomic_bool *cancelled)
{
    auto summaries = wallet.list(CredentialQuery::ascending(SortKey::Issued, false));
    if (!summaries)
        return summaries.error();

    ArchiveWriter archive;
    Summary summary;
    UniqueFileName entryNames; // "name.ext", then "name-2.ext", ... in each archive folder
    const int total = int(summaries->size());
    for (int i = 0; i < total; ++i) {
        if (cancelled && cancelled->load())
            return Error{QStringLiteral("cancelled"), tr("The export was cancelled.")};
        const CredentialSummary &row = summaries->at(i);
        auto stored = wallet.credential(row.id);
        auto parsed = stored ? wallet.parsed(*stored) : Result<Credential>(stored.error());
        if (!stored || !parsed) {
            summary.problems << tr("%1: %2").arg(row.name, stored ? parsed.error().message : stored.error().message);
            continue;
        }
        const QString rawName = VerificationPageWriter::rawFileName(*parsed);
        if (Status added = archive.add(entryNames.take(QStringLiteral("originals/") + rawName), stored->raw.bytes); !added)
            return added.error();
        ++summary.credentials;

        // The image as received when the credential came baked: that file is an original too.
        QByteArray badge = stored->raw.bakedImage;
        QString suffix = stored->raw.bakedImageType == QLatin1String("image/svg+xml") ? QStringLiteral("svg")
                                                                                       : QStringLiteral("png");
        if (badge.isEmpty()) {
            auto baked = BakedExporter::bake(*stored, *parsed, BakedExporter::ImageKind::Png);
            if (baked) {
                badge = baked->bytes;
                suffix = QStringLiteral("png");
            } else {
                summary.problems << tr("%1: no baked image (%2)").arg(row.name, baked.error().message);
            }
        }
        if (!badge.isEmpty()) {
            const QString name = QFileInfo(rawName).completeBaseName() + QLatin1Char('.') + suffix;
            if (Status added = archive.add(entryNames.take(QStringLiteral("badges/") + name), badge); !added)
                return added.error();
            ++summary.badges;
        }
        if (progress)
            progress(i + 1, total);
    }
    for (const auto &certificate : certificates) {
        const QString name = entryNames.take(QStringLiteral("certificates/") + QFileInfo(certificate.first).fileName());
        if (Status added = archive.add(name, certificate.second); !added)
            return added.error();
        ++summary.certificates;
    }
    if (Status added = archive.add(QStringLiteral("README.txt"), readme(summary)); !added)
        return added.error();

    auto zip = archive.finish();
    if (!zip)
        return zip.error();
    if (Status written = AtomicFile::write(outPath, *zip); !written)
        return written.error();
    return summary;
}

} // namespace Satchel
