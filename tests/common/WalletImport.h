// An import into the wallet file at a path, as the application runs one on a worker: a wallet
// connection of its own for each call. For tests that import by path.
#pragma once

#include "importer/ImportService.h"
#include "storage/Wallet.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace SatchelTest {

class WalletImport {
public:
    explicit WalletImport(QString walletPath, Satchel::ImportOptions options = {})
        : m_walletPath(std::move(walletPath)), m_options(std::move(options))
    {
    }

    Satchel::ImportReport importPaths(const QStringList &inputs, const Satchel::ImportService::Progress &progress = {},
                                      const std::atomic_bool *cancel = nullptr)
    {
        auto wallet = Satchel::Wallet::open(m_walletPath);
        if (!wallet)
            return Satchel::ImportReport::allFailed(inputs, wallet.error().code, wallet.error().message);
        return Satchel::ImportService(**wallet, m_options).importPaths(inputs, progress, cancel);
    }

    Satchel::ImportReport importText(const QByteArray &text, const QString &sourceName = QStringLiteral("clipboard"))
    {
        auto wallet = Satchel::Wallet::open(m_walletPath);
        if (!wallet)
            return Satchel::ImportReport::allFailed({sourceName}, wallet.error().code, wallet.error().message);
        return Satchel::ImportService(**wallet, m_options).importText(text, sourceName);
    }

private:
    QString m_walletPath;
    Satchel::ImportOptions m_options;
};

} // namespace SatchelTest
