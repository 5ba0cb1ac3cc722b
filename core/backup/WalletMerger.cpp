#include "WalletMerger.h"

#include "storage/SnapshotMerge.h"
#include "storage/Wallet.h"
#include "storage/WalletSnapshot.h"

#include <QFile>
#include <QFileInfo>

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

Result<RestoreReport> mergeInto(const QString &snapshotPath, const QString &targetPath,
                                const QDeadlineTimer &deadline)
{
    if (auto prepared = WalletSnapshot::prepare(snapshotPath, deadline); !prepared)
        return snapshotError(prepared.error());
    // Creates the target when missing and brings it to the current schema.
    auto wallet = Wallet::open(targetPath);
    if (!wallet)
        return wallet.error();
    auto report = SnapshotMerge::into(**wallet, snapshotPath, deadline);
    if (!report)
        return mergeError(report.error());
    return report;
}

} // namespace

Result<RestoreReport> WalletMerger::merge(const QString &snapshotPath, const QString &targetPath)
{
    const bool existed = QFileInfo::exists(targetPath);
    // Every statement on the snapshot and the target runs under this one deadline.
    const QDeadlineTimer deadline{std::chrono::seconds(kMaxSeconds)};
    auto report = mergeInto(snapshotPath, targetPath, deadline); // every connection to the target is closed here
    if (!report && deadline.hasExpired())
        report = Error{QStringLiteral("backup-too-slow"),
                       tr("Restoring the backup took longer than %1 seconds and was stopped; the wallet was not changed.")
                           .arg(kMaxSeconds)};
    if (!report && !existed) {
        // The target was created for this restore: a restore that failed leaves no new wallet behind.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(targetPath + QLatin1String(suffix));
    }
    return report;
}

} // namespace Satchel
