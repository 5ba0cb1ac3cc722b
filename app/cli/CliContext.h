// What every satchel-cli command receives: the global options and the output streams.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Satchel {
class NetworkMode;
}

namespace Satchel::Cli {

struct CliContext {
    QString walletPath;   // --wallet PATH, or the GUI's wallet when empty
    bool json = false;    // --json: machine-readable output on stdout
    // Built once in main(); --offline (global or a command's) sets it offline by choice.
    NetworkMode *network = nullptr;
    QDateTime now;        // --now ISO: the verification time (invalid = the real clock)
    QTextStream &out;
    QTextStream &err;

    // The wallet file to open: --wallet, else the wallet the GUI opens (WalletLocation).
    QString resolvedWalletPath() const;
    // The moment to verify at: --now when given, else the current UTC time.
    QDateTime verificationTime() const;
};

} // namespace Satchel::Cli
