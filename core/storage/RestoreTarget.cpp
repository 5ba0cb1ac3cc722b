#include "RestoreTarget.h"

#include "Wallet.h"
#include "WalletFile.h"

#include <QFile>
#include <QFileInfo>

namespace Satchel {

Result<RestoreReport> RestoreTarget::restoreInto(const QString &walletPath, const Restore &restore)
{
    const bool existed = QFileInfo::exists(walletPath);
    Result<RestoreReport> report = [&]() -> Result<RestoreReport> {
        auto wallet = WalletFile::open(walletPath);
        if (!wallet)
            return wallet.error();
        return restore(**wallet);
    }(); // the connection to the target is closed here, before its files may go
    if (!report && !existed) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(walletPath + QLatin1String(suffix));
    }
    return report;
}

} // namespace Satchel
