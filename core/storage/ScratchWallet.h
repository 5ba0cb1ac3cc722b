// A wallet that lives for one piece of work and holds nothing of the learner's: a review packet's
// credentials are imported and verified again in one, never in the advisor's wallet. It is made in
// a folder the caller names (which keeps the file afterwards: the review window reopens it for the
// drill-down) or else in a private temporary folder (0700), removed with everything in it when the
// ScratchWallet goes, after its connection has closed.
#pragma once

#include "Result.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace Satchel {

class Wallet;

class ScratchWallet {
public:
    // A new wallet named fileName in folder, or in a temporary folder when folder is empty.
    // Errors: "scratch-folder" (no temporary folder could be made; the message is QTemporaryDir's),
    // and those of WalletFile::open.
    static Result<ScratchWallet> create(const QString &folder, const QString &fileName);

    ScratchWallet(ScratchWallet &&) noexcept;
    // No assignment: a defaulted one would remove this folder while the old wallet still had it open.
    ScratchWallet &operator=(ScratchWallet &&) = delete;
    ~ScratchWallet();

    Wallet &wallet() const { return *m_wallet; }
    QString path() const;

private:
    ScratchWallet();

    // Declared before the wallet, so the connection closes before the folder is removed.
    std::unique_ptr<QTemporaryDir> m_temporary;
    std::unique_ptr<Wallet> m_wallet;
};

} // namespace Satchel
