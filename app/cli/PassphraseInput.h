// How satchel-cli gets a passphrase (backup, review packets): never from the command line, where
// it would sit in shell history and `ps`, but from the first line of --passphrase-file, or typed at
// the terminal without echo (twice when a file is being created).
#pragma once

#include "CliContext.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace Satchel::Cli {

class PassphraseInput {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::PassphraseInput)
public:
    // exitCode is set (ExitFailed or ExitUsage) when no passphrase could be had.
    static SecureBytes read(const QString &file, bool confirm, CliContext &context, int &exitCode);

private:
    static SecureBytes promptOnce(const QString &prompt, CliContext &context);
};

} // namespace Satchel::Cli
