// The wallet a backup is restored into, named by its path: opened (created when missing) for the
// restore, and removed again when it was created for a restore that failed, so that a failed
// restore leaves no new wallet behind. The restore itself (backup/BackupReader, then the holder
// keys it brought) works on the Wallet it is given.
#pragma once

#include "Result.h"
#include "storage/RestoreReport.h"

#include <QString>

#include <functional>

namespace Satchel {

class Wallet;

class RestoreTarget {
public:
    using Restore = std::function<Result<RestoreReport>(Wallet &target)>;

    // Errors: those of WalletFile::open, and restore's.
    static Result<RestoreReport> restoreInto(const QString &walletPath, const Restore &restore);
};

} // namespace Satchel
