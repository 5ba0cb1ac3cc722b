// What `list` and `search` share: the credentials matching a query, printed one line each or, with
// --json, as an array.
#pragma once

#include "CliContext.h"
#include "storage/Wallet.h"

#include <QCoreApplication>

namespace Satchel::Cli {

class WalletCommandSupport {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::WalletCommandSupport)
public:
    // Prints the credentials query matches as "ID  DATE  FORMAT  NAME — ISSUER" lines or, with
    // --json, an array of {id, name, issuer, issued, format, status, achievementType, tags}.
    // The exit code: ExitFailed after printing why the wallet could not be read.
    static int printMatches(const CredentialQuery &query, CliContext &context);
};

} // namespace Satchel::Cli
