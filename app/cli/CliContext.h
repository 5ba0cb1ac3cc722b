// What every satchel-cli command receives: the global options, the wallet (opened on first use)
// and the output streams.
#pragma once

#include "storage/Wallet.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Satchel {
class NetworkMode;
}

namespace Satchel::Cli {

struct CliContext {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::CliContext)
public:
    CliContext(QTextStream &out, QTextStream &err) : out(out), err(err) {}

    QString walletPath;   // --wallet PATH, or the GUI's wallet when empty
    bool json = false;    // --json: machine-readable output on stdout
    // Built once in main(); --offline (global or a command's) sets it offline by choice.
    NetworkMode *network = nullptr;
    QDateTime now;        // --now ISO: the verification time (invalid = the real clock)
    QTextStream &out;
    QTextStream &err;

    // The options every command accepts, before or after its name.
    static QList<QCommandLineOption> globalOptions();
    // Takes the global options parser holds (a later one wins); false after printing why a value
    // is unusable.
    bool applyGlobalOptions(const QCommandLineParser &parser);

    // The wallet file to open: --wallet, else the wallet the GUI opens (WalletLocation).
    QString resolvedWalletPath() const;
    // The moment to verify at: --now when given, else the current UTC time.
    QDateTime verificationTime() const;
    // The wallet, opened on first use; null after printing why it cannot be opened.
    Wallet *wallet();
    // The credential id holds, or nothing after printing why (no wallet, no such credential).
    std::optional<StoredCredential> credential(qint64 id);

private:
    std::unique_ptr<Wallet> m_wallet;
};

} // namespace Satchel::Cli
