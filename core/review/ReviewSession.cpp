#include "ReviewSession.h"

#include "formats/CredentialReader.h"
#include "pathways/PathwayEngine.h"
#include "pathways/PathwayFormat.h"
#include "pathways/PathwayReader.h"
#include "pathways/WalletCredentials.h"
#include "review/Logging.h"
#include "skills/WalletSkills.h"
#include "storage/ScratchWallet.h"
#include "storage/Wallet.h"
#include "verify/NetworkDocumentFetcher.h"
#include "verify/WalletVerifier.h"

#include <QCryptographicHash>
#include <QHash>

namespace Satchel {

namespace {

bool countsForCredits(const QString &status)
{
    return status != QLatin1String("invalid") && status != QLatin1String("revoked");
}

// A credential that could not even be stored is shown as invalid, with the reason.
ReviewedCredential unreadable(const ReviewPacketCredential &entry, const Error &error)
{
    ReviewedCredential c;
    c.entryId = entry.entryId;
    c.name = entry.file;
    c.status = QStringLiteral("invalid");
    c.reasonCode = QStringLiteral("malformed");
    c.reason = error.message;
    c.checks.append(VerificationCheck{QStringLiteral("malformed"), CheckOutcome::Fail, error.message});
    c.receiptStatus = entry.receipt.status;
    c.receiptVerifiedAt = entry.receipt.verifiedAt;
    c.image = entry.image;
    c.imageType = entry.imageType;
    return c;
}

// The packet's credentials stored in the review's wallet, each from its original bytes as an
// import would (nothing from the learner's parsed view or receipts is used).
struct LoadedPacket {
    QHash<QString, qint64> rowOf;   // packet entry id -> wallet row
    QHash<QString, Error> failures; // packet entry id -> why it could not be read
    QList<qint64> rows;             // the rows to verify, each once
};

LoadedPacket loadCredentials(const ReviewPacket &packet, Wallet &wallet)
{
    LoadedPacket loaded;
    for (const ReviewPacketCredential &entry : packet.credentials) {
        auto raw = CredentialReader::detect(entry.bytes, entry.file);
        if (!raw) {
            loaded.failures.insert(entry.entryId, raw.error());
            continue;
        }
        auto parsed = CredentialReader::parse(*raw);
        if (!parsed) {
            loaded.failures.insert(entry.entryId, parsed.error());
            continue;
        }
        auto stored = wallet.store(*raw, *parsed, entry.image, entry.imageType);
        if (!stored) {
            loaded.failures.insert(entry.entryId, stored.error());
            continue;
        }
        loaded.rowOf.insert(entry.entryId, stored->id);
        if (!loaded.rows.contains(stored->id))
            loaded.rows.append(stored->id);
    }
    return loaded;
}

// One credential as the advisor sees it: what it says, and Satchel's own verdict on it.
ReviewedCredential reviewed(const ReviewPacketCredential &entry, qint64 row, const Wallet &wallet,
                            const QHash<qint64, VerificationReport> &reports)
{
    ReviewedCredential c;
    c.entryId = entry.entryId;
    c.walletId = row;
    c.receiptStatus = entry.receipt.status;
    c.receiptVerifiedAt = entry.receipt.verifiedAt;
    c.image = entry.image;
    c.imageType = entry.imageType;
    if (auto parsed = wallet.parsed(row)) {
        c.name = parsed->name;
        c.issuer = parsed->issuer.name.isEmpty() ? parsed->issuer.id : parsed->issuer.name;
        c.issuerId = parsed->issuer.id;
        c.format = formatFamily(parsed->format);
        c.issued = parsed->issued;
        c.validUntil = parsed->validUntil;
        c.credits = parsed->creditsEarned;
        for (const Alignment &alignment : parsed->achievement.alignments) {
            const QString skill = alignment.targetName.isEmpty() ? alignment.targetCode : alignment.targetName;
            if (!skill.isEmpty() && !c.skills.contains(skill))
                c.skills.append(skill);
        }
    }
    if (reports.contains(row)) {
        const VerificationReport &report = reports[row];
        c.status = VerificationReport::statusName(report.status());
        c.reasonCode = report.reasonCode();
        c.checks = report.checks;
        for (const VerificationCheck &check : report.checks) {
            if (check.code == c.reasonCode && check.outcome != CheckOutcome::Pass) {
                c.reason = check.message;
                break;
            }
        }
    } else {
        // Cancelled before this one: Satchel has no verdict, which is not the learner's.
        c.status = QStringLiteral("unknown");
        c.reason = ReviewSession::tr("Not verified: the review was cancelled.");
    }
    return c;
}

// Skills, credits and pathways, judged on the statuses the verifier saved (Satchel's own).
void summarize(const ReviewPacket &packet, Wallet &wallet, ReviewResult &result)
{
    if (auto skills = WalletSkills::summarize(wallet))
        result.skills = *skills;
    if (auto all = wallet.list(CredentialQuery())) {
        for (const CredentialSummary &s : *all) {
            if (!countsForCredits(s.status))
                continue;
            if (auto parsed = wallet.parsed(s.id); parsed && parsed->creditsEarned)
                result.totalCredits += *parsed->creditsEarned;
        }
    }
    if (auto earned = WalletCredentials::load(wallet)) {
        const PathwayEngine engine(*earned, result.reviewedAt);
        for (const auto &[name, bytes] : packet.pathways) {
            auto read = PathwayReader::fromBytes(bytes, name);
            if (!read) {
                // A pathway that does not read is the learner's problem, not the review's.
                qCInfo(lcReview) << "the packet's pathway" << name << "was left out:" << read.error().message;
                continue;
            }
            for (const Pathway &pathway : *read) {
                if (const Status valid = PathwayFormat::validate(pathway); !valid) {
                    qCInfo(lcReview) << "the packet's pathway" << pathway.id
                                     << "was left out:" << valid.error().message;
                    continue;
                }
                const PathwayProgress progress = engine.evaluate(pathway);
                result.pathways.append(ReviewedPathway{pathway.id, pathway.name, progress.percent, progress.satisfied,
                                                       PathwayOverview::rows(pathway, progress, engine)});
            }
        }
    } else {
        qCInfo(lcReview) << "the packet's pathways were left out: the review's credentials did not load:"
                         << earned.error().message;
    }
}

} // namespace

Result<ReviewResult> ReviewSession::review(const ReviewPacket &packet, const ReviewOptions &options)
{
    ReviewResult result;
    result.learnerName = packet.learnerName;
    result.created = packet.created;
    result.manifestSha256 = packet.manifestSha256;
    result.encrypted = packet.encrypted;
    result.reviewedAt = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();

    // The review's own wallet: the packet never touches the advisor's.
    auto scratch = ScratchWallet::create(options.workspace, QStringLiteral("review.sqlite"));
    if (!scratch) {
        if (scratch.error().code == QLatin1String("scratch-folder"))
            return Error{QStringLiteral("review-workspace"), tr("Could not create a temporary folder for the review.")};
        return scratch.error();
    }
    if (!options.workspace.isEmpty())
        result.walletPath = scratch->path();
    Wallet &wallet = scratch->wallet();
    // A bad identity only weakens the recipient check.
    for (const auto &[type, value] : packet.identities) {
        if (const Status added = wallet.addIdentity(type, value); !added)
            qCInfo(lcReview) << "the packet's identity of type" << type << "was left out:" << added.error().message;
    }

    const LoadedPacket loaded = loadCredentials(packet, wallet);

    NetworkDocumentFetcher fetcher(&wallet, options.network);
    WalletVerifier verifier(&wallet, &fetcher);
    verifier.setNow(result.reviewedAt);
    verifier.setCancelFlag(options.cancel);
    if (options.progress) {
        verifier.setProgress([&options](const WalletVerification &v, int done, int total) {
            options.progress(done, total, VerificationReport::statusName(v.report.status()));
        });
    }
    const WalletVerificationBatch batch = loaded.rows.isEmpty() ? WalletVerificationBatch{} : verifier.verifyAll(loaded.rows);
    result.cancelled = batch.cancelled;
    QHash<qint64, VerificationReport> reports;
    for (const WalletVerification &v : batch.verified)
        reports.insert(v.id, v.report);

    for (const ReviewPacketCredential &entry : packet.credentials) {
        if (loaded.failures.contains(entry.entryId)) {
            result.credentials.append(unreadable(entry, loaded.failures.value(entry.entryId)));
            continue;
        }
        result.credentials.append(reviewed(entry, loaded.rowOf.value(entry.entryId), wallet, reports));
    }

    summarize(packet, wallet, result);
    return result;
}

Result<ReviewResult> ReviewSession::reviewPresentation(const QByteArray &bytes, const QString &expectedChallenge,
                                                       const ReviewOptions &options)
{
    // The holder's DID resolves without the network (did:key, did:jwk); another method comes out
    // "could not be checked" rather than being fetched from wherever the file points.
    auto checked = PresentationVerifier(nullptr).check(bytes, expectedChallenge);
    if (!checked)
        return checked.error();
    ReviewPacket packet;
    packet.learnerName = checked->content.holder;
    // The advisor's notes are kept by this key: the file's own hash, as a packet's manifest's.
    packet.manifestSha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    for (qsizetype i = 0; i < checked->content.credentials.size(); ++i) {
        ReviewPacketCredential credential;
        credential.entryId = QStringLiteral("c%1").arg(i + 1);
        credential.file = credential.entryId;
        credential.bytes = checked->content.credentials.at(i);
        packet.credentials.append(credential);
    }
    auto reviewed = review(packet, options);
    if (!reviewed)
        return reviewed.error();
    reviewed->presentation = *checked;
    return reviewed;
}

} // namespace Satchel
