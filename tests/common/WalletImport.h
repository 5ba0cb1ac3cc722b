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
            return failed(inputs, wallet.error());
        return Satchel::ImportService(**wallet, m_options).importPaths(inputs, progress, cancel);
    }

    Satchel::ImportReport importText(const QByteArray &text, const QString &sourceName = QStringLiteral("clipboard"))
    {
        auto wallet = Satchel::Wallet::open(m_walletPath);
        if (!wallet)
            return failed({sourceName}, wallet.error());
        return Satchel::ImportService(**wallet, m_options).importText(text, sourceName);
    }

private:
    static Satchel::ImportReport failed(const QStringList &inputs, const Satchel::Error &error)
    {
        Satchel::ImportReport report;
        for (const QString &input : inputs) {
            Satchel::ImportItemReport item;
            item.input = input;
            item.code = error.code;
            item.message = error.message;
            report.items.append(item);
        }
        return report;
    }

    QString m_walletPath;
    Satchel::ImportOptions m_options;
};

} // namespace SatchelTest
