#include "WalletVerifier.h"

#include "CredentialVerifier.h"
#include "OfflineMissCounter.h"
#include "RecipientMatcher.h"
#include "storage/Wallet.h"
#include "verify/Logging.h"

#include <QScopeGuard>
#include <QJsonDocument>
#include <algorithm>
#include <optional>

namespace Satchel {

namespace {

const QString kNestedCode = QStringLiteral("nested-invalid");

bool isClr(CredentialFormat format)
{
    return format == CredentialFormat::ClrJson || format == CredentialFormat::ClrJwt || format == CredentialFormat::ClrCose;
}

// Puts the check in place of an earlier one with the same code that passed (the Data Integrity
// verifier's proofs-only verdict on the nested credentials), so the report does not say both.
void replacePassedOrAdd(VerificationReport &report, const VerificationCheck &check)
{
    for (VerificationCheck &existing : report.checks) {
        if (existing.code == check.code && existing.outcome == CheckOutcome::Pass) {
            existing = check;
            return;
        }
    }
    report.add(check);
}

} // namespace

WalletVerifier::WalletVerifier(Wallet *wallet, DocumentFetcher *fetcher)
    : m_wallet(wallet)
    , m_fetcher(fetcher)
{
}

WalletVerifier::~WalletVerifier()
{
    flushSaves();
}

void WalletVerifier::save(const WalletVerification &verification)
{
    if (!m_save)
        return;
    const VerificationReport &report = verification.report;
    m_unsaved.append(VerificationRecord{verification.id, VerificationReport::statusName(report.status()),
                                        report.checkedAt, QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact),
                                        report.recipientOutcome()});
    if (m_unsaved.size() >= kSaveBatch)
        flushSaves();
}

void WalletVerifier::flushSaves()
{
    if (m_unsaved.isEmpty())
        return;
    const Status saved = m_wallet->saveVerifications(m_unsaved);
    // The reports are still returned to the caller; only the stored copies are stale.
    if (!saved)
        qCWarning(lcVerify) << "could not save the verification of" << m_unsaved.size() << "credentials:"
                            << saved.error().code;
    m_unsaved.clear();
}

VerificationReport WalletVerifier::reportOn(const RawCredential &raw, const Result<Credential> &parsed)
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    OfflineMissCounter counted(m_fetcher);
    VerificationReport report
        = CredentialVerifier(m_fetcher ? &counted : nullptr).verify(raw.format, raw.bytes, now);
    if (counted.misses() > 0) {
        // The verifiers treat an unreachable status list as a warning (the issuer's server may be
        // down; 1EdTech does the same). But when the wallet is offline with no copy kept, the
        // status was simply never looked at: a revoked credential must not read "valid" then.
        for (VerificationCheck &check : report.checks) {
            if (check.code == QLatin1String("status-unavailable") && check.outcome == CheckOutcome::Warn)
                check.outcome = CheckOutcome::Unknown;
        }
    }
    if (parsed) {
        report.add(RecipientMatcher(m_runIdentities ? *m_runIdentities : m_wallet->recipientIdentities())
                       .check(parsed->recipients));
    } else {
        report.add(QStringLiteral("recipient-mismatch"), CheckOutcome::Skip,
            tr("The recipient could not be read: %1").arg(parsed.error().message));
    }
    return report;
}

Result<WalletVerification> WalletVerifier::verifyRow(qint64 id, QList<WalletVerification> *nestedOut)
{
    auto stored = m_wallet->credential(id);
    if (!stored)
        return stored.error();

    WalletVerification result;
    result.id = id;
    result.parentId = stored->summary.parentId;
    result.name = stored->summary.name;
    result.report = reportOn(stored->raw, m_wallet->parsed(*stored));

    // A CLR vouches for every credential it carries: a forged or revoked one makes the record as a
    // whole invalid, even when the CLR's own proof holds. An expired (or not yet valid) one is only
    // a warning: a transcript rightly lists a certificate that has since lapsed. One that could not
    // be checked (offline) leaves the CLR unknown, never invalid.
    if (isClr(stored->raw.format) && nestedOut) {
        std::optional<VerificationCheck> nestedCheck;
        auto severity = [](CheckOutcome outcome) {
            return outcome == CheckOutcome::Fail ? 3 : outcome == CheckOutcome::Unknown ? 2 : 1;
        };
        for (qint64 nestedId : m_wallet->nestedIds(id)) {
            auto nested = verifyRow(nestedId, nullptr);
            if (!nested)
                continue; // removed meanwhile
            save(*nested);
            nestedOut->append(*nested);
            const VerificationStatus status = nested->report.status();
            if (status == VerificationStatus::Valid)
                continue;
            VerificationCheck check { kNestedCode, CheckOutcome::Warn,
                tr("The included credential \"%1\" is not valid: %2")
                    .arg(nested->name, VerificationReport::statusLabel(status)) };
            if (status == VerificationStatus::Invalid || status == VerificationStatus::Revoked)
                check.outcome = CheckOutcome::Fail;
            else if (status == VerificationStatus::Unknown)
                check = { kNestedCode, CheckOutcome::Unknown,
                    tr("The included credential \"%1\" could not be checked.").arg(nested->name) };
            if (!nestedCheck || severity(check.outcome) > severity(nestedCheck->outcome))
                nestedCheck = check;
        }
        // A failure the CLR verifier already found stands; otherwise ours replaces its "pass".
        if (nestedCheck && !result.report.has(kNestedCode, CheckOutcome::Fail))
            replacePassedOrAdd(result.report, *nestedCheck);
    }
    save(result);
    return result;
}

bool WalletVerifier::showVersionThatVerifies(qint64 id, const VerificationReport &shown)
{
    const QList<CredentialVersion> versions = m_wallet->versions(id);
    const CredentialVersion *best = nullptr;
    Credential bestParsed;
    for (const CredentialVersion &version : versions) {
        if (cancelled())
            return false;
        StoredCredential stored;
        stored.raw = version.raw;
        const Result<Credential> parsed = m_wallet->parsed(stored);
        const VerificationReport report = reportOn(version.raw, parsed);
        (void)m_wallet->saveVersionVerification(version.id, VerificationReport::statusName(report.status()),
            report.checkedAt, QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact), report.recipientOutcome());
        // Of several that verify, the latest (OB 3.0 §2.3: a later validFrom supersedes).
        if (report.status() == VerificationStatus::Valid && parsed
            && (!best || version.validFrom > best->validFrom)) {
            best = &version;
            bestParsed = *parsed;
        }
    }
    if (!best || shown.status() == VerificationStatus::Valid)
        return false;
    flushSaves(); // the row's report goes in before the row changes what it shows
    const auto previous = m_wallet->showVersion(best->id, bestParsed);
    if (!previous) {
        qCWarning(lcVerify) << "could not show the version that verifies of credential" << id << ":"
                                  << previous.error().code;
        return false;
    }
    return true;
}

Result<WalletVerification> WalletVerifier::verifyTopLevel(qint64 id, QList<WalletVerification> &nested)
{
    auto shown = verifyRow(id, &nested);
    // A read-only run (a review: setSaveReports(false)) changes nothing, so its versions wait.
    if (!shown || shown->parentId != 0 || !m_save)
        return shown;
    if (!showVersionThatVerifies(id, shown->report))
        return shown;
    // The row holds other bytes now (and a CLR other nested rows): its report is made again.
    nested.clear();
    return verifyRow(id, &nested);
}

Result<WalletVerification> WalletVerifier::verify(qint64 id)
{
    QList<WalletVerification> nested;
    auto verified = verifyTopLevel(id, nested);
    flushSaves();
    return verified;
}

WalletVerificationBatch WalletVerifier::verifyAll(const QList<qint64> &ids)
{
    WalletVerificationBatch batch;
    QList<qint64> todo = ids;
    if (todo.isEmpty()) {
        auto all = m_wallet->matchingIds(CredentialQuery::topLevel());
        if (all)
            todo = *all;
        std::sort(todo.begin(), todo.end());
    }
    m_runIdentities = m_wallet->recipientIdentities();
    const auto forgetIdentities = qScopeGuard([this] { m_runIdentities.reset(); });
    int done = 0;
    for (qint64 id : std::as_const(todo)) {
        if (cancelled()) {
            batch.cancelled = true;
            break;
        }
        QList<WalletVerification> nested;
        auto verified = verifyTopLevel(id, nested);
        ++done;
        if (!verified) {
            batch.failed.append({ id, verified.error() });
            continue;
        }
        batch.verified.append(*verified);
        batch.verified.append(nested);
        if (m_progress)
            m_progress(*verified, done, int(todo.size()));
    }
    flushSaves();
    return batch;
}

} // namespace Satchel
