#include "WalletMerger.h"

#include "storage/SnapshotMerge.h"
#include "storage/Wallet.h"
#include "storage/WalletSnapshot.h"


namespace Satchel {

namespace {

// The snapshot's checks (storage/WalletSnapshot) in the words a restore reports.
Error snapshotError(const Error &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("snapshot-open")) {
        return Error{QStringLiteral("backup-damaged"),
                     WalletMerger::tr("The backup's contents are not a wallet: %1").arg(error.message)};
    }
    if (code == QLatin1String("snapshot-harden")) {
        return Error{QStringLiteral("backup-damaged"),
                     WalletMerger::tr("The backup's contents cannot be opened safely: %1").arg(error.message)};
    }
    if (code == QLatin1String("snapshot-unsafe"))
        return Error{QStringLiteral("backup-unsafe"), WalletMerger::tr("The backup was refused: %1").arg(error.message)};
    if (code == QLatin1String("snapshot-damaged"))
        return Error{QStringLiteral("backup-damaged"), WalletMerger::tr("The wallet inside the backup is damaged.")};
    if (code == QLatin1String("snapshot-not-wallet"))
        return Error{QStringLiteral("backup-damaged"), WalletMerger::tr("The backup's contents are not a wallet.")};
    return error; // "wallet-newer", "wallet-migration": already in the user's words
}

// The merge's failures (storage/SnapshotMerge) in the words a restore reports.
Error mergeError(const Error &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("merge-attach")) {
        return Error{QStringLiteral("wallet-open"),
                     WalletMerger::tr("Could not open the backup's contents: %1").arg(error.message)};
    }
    if (code == QLatin1String("merge-busy")) {
        return Error{QStringLiteral("wallet-write"),
                     WalletMerger::tr("The wallet is busy or read-only: %1").arg(error.message)};
    }
    if (code == QLatin1String("merge-failed")) {
        return Error{QStringLiteral("wallet-write"),
                     WalletMerger::tr("Restoring the backup failed; the wallet was not changed: %1").arg(error.message)};
    }
    return Error{QStringLiteral("wallet-open"), error.message}; // the deadline could not be set
}

Result<RestoreReport> mergeInto(const QString &snapshotPath, Wallet &target, const QDeadlineTimer &deadline)
{
    if (auto prepared = WalletSnapshot::prepare(snapshotPath, deadline); !prepared)
        return snapshotError(prepared.error());
    auto report = SnapshotMerge::into(target, snapshotPath, deadline);
    if (!report)
        return mergeError(report.error());
    return report;
}

} // namespace

Result<RestoreReport> WalletMerger::merge(const QString &snapshotPath, Wallet &target)
{
    // Every statement on the snapshot and the target runs under this one deadline.
    const QDeadlineTimer deadline{std::chrono::seconds(kMaxSeconds)};
    auto report = mergeInto(snapshotPath, target, deadline);
    if (!report && deadline.hasExpired())
        report = Error{QStringLiteral("backup-too-slow"),
                       tr("Restoring the backup took longer than %1 seconds and was stopped; the wallet was not changed.")
                           .arg(kMaxSeconds)};
    return report;
}

} // namespace Satchel
