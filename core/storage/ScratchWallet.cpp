#include "ScratchWallet.h"

#include "Wallet.h"
#include "WalletFile.h"

#include <QDir>
#include <QTemporaryDir>

namespace Satchel {

ScratchWallet::ScratchWallet() = default;
ScratchWallet::ScratchWallet(ScratchWallet &&) noexcept = default;
ScratchWallet::~ScratchWallet() = default;

Result<ScratchWallet> ScratchWallet::create(const QString &folder, const QString &fileName)
{
    ScratchWallet scratch;
    QString where = folder;
    if (where.isEmpty()) {
        scratch.m_temporary = std::make_unique<QTemporaryDir>();
        if (!scratch.m_temporary->isValid())
            return Error{QStringLiteral("scratch-folder"), scratch.m_temporary->errorString()};
        where = scratch.m_temporary->path();
    }
    auto opened = WalletFile::open(QDir(where).filePath(fileName));
    if (!opened)
        return opened.error();
    scratch.m_wallet = std::move(opened.value());
    return scratch;
}

QString ScratchWallet::path() const
{
    return m_wallet->path();
}

} // namespace Satchel
