// What the wallet commands share: opening the wallet with a usable message, and the list/search
// output (one line per credential, or the --json array).
#pragma once

#include "CliContext.h"
#include "storage/Wallet.h"

#include <QCoreApplication>

#include <memory>

namespace Satchel::Cli {

class WalletCommandSupport {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::WalletCommandSupport)
public:
    // Null (after printing the reason on err) when the wallet cannot be opened.
    static std::unique_ptr<Wallet> openWallet(CliContext &context);
    // Prints summaries as "ID  DATE  FORMAT  NAME — ISSUER" lines or, with --json, an array of
    // {id, name, issuer, issued, format, status, achievementType, tags}.
    static void printSummaries(const QList<CredentialSummary> &summaries, CliContext &context);
    // Splits args into options (words starting with "--") and positional words.
    static QStringList positional(const QStringList &args);
};

} // namespace Satchel::Cli
