#include "WalletFile.h"

#include "Logging.h"
#include "Wallet.h"

#include <QFileInfo>

namespace Satchel {

Result<std::unique_ptr<Wallet>> WalletFile::open(const QString &path)
{
    if (const QFileInfo info(path); info.exists() && !info.isFile())
        return Error{QStringLiteral("wallet-open"), tr("%1 is not a wallet file.").arg(path)};
    auto opened = Wallet::open(path);
    if (!opened) {
        // Wallet::open says why (SQLite's words, or a migration's sentence) without the file.
        return Error{opened.error().code, tr("Could not open the wallet %1: %2").arg(path, opened.error().message)};
    }
    return opened;
}

std::unique_ptr<Wallet> WalletFile::openIfPossible(const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    auto opened = open(path);
    if (!opened) {
        qCWarning(lcStorage) << opened.error().message;
        return nullptr;
    }
    return std::move(opened.value());
}

} // namespace Satchel
