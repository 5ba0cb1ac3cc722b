// The one way a wallet is opened by its path outside storage: the GUI's and the CLI's wallet, the
// demo wallet, File → Open another wallet, the review window's wallets, and each BackgroundJob's
// connection on its worker. Opening names the file once in a single sentence, so every caller
// shows the same words ("Could not open the wallet %1: %2") instead of wording its own.
//
// A Wallet belongs to the thread that opened it (its own QSqlDatabase connection): open it on the
// thread that uses it; a pool thread gets its own through ui/common/BackgroundJob or ThreadWallet.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Satchel {

class Wallet;

class WalletFile {
    // Its sentences are the wallet's own (same catalogue context as Wallet's messages).
    Q_DECLARE_TR_FUNCTIONS(Satchel::Wallet)
public:
    // The wallet at path (":memory:" for one in memory), opened on this thread; the file and its
    // folder are created when missing, an older schema is migrated. Errors keep Wallet::open's
    // codes ("wallet-open", "wallet-newer", "wallet-migration"); the message is one sentence
    // naming path: "Could not open the wallet <path>: <why>", or "<path> is not a wallet file.".
    static Result<std::unique_ptr<Wallet>> open(const QString &path);
    // The same, for a wallet a window can do without (the advisor's own trust lines in a review):
    // null when path is empty or the wallet does not open (why is logged to satchel.storage).
    static std::unique_ptr<Wallet> openIfPossible(const QString &path);
};

} // namespace Satchel
