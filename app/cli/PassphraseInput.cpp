#include "PassphraseInput.h"

#include "CliCommand.h"
#include "share/HolderKeyStore.h"

#include <QFile>

#include <openssl/crypto.h>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Satchel::Cli {

SecureBytes PassphraseInput::forHolderKey(HolderKeyStore &keys, const QString &did, const QString &file,
                                          CliContext &context, int &exitCode)
{
    if (!keys.needsPassphrase(did))
        return {};
    const bool creating = did.isEmpty() && !keys.current();
    if (creating && file.isEmpty())
        context.err << tr("There is no keychain here: your new key will be sealed in the wallet under a passphrase.")
                    << '\n';
    return read(file, creating, context, exitCode);
}

// Reads the passphrase (see the file comment). exitCode is set when none could be had.
SecureBytes PassphraseInput::read(const QString &file, bool confirm, CliContext &context, int &exitCode)
{
    if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            context.err << tr("Cannot read the passphrase file %1: %2").arg(file, in.errorString()) << '\n';
            exitCode = ExitFailed;
            return {};
        }
        // A passphrase is one line; a bound keeps a wrong path (a disk image) from being slurped.
        QByteArray line = in.read(64 * 1024);
        qsizetype end = line.indexOf('\n');
        if (end < 0)
            end = line.size();
        if (end > 0 && line.at(end - 1) == '\r')
            --end;
        SecureBytes secret(line.constData(), std::size_t(end));
        OPENSSL_cleanse(line.data(), size_t(line.size()));
        if (secret.isEmpty()) {
            context.err << tr("The passphrase file %1 is empty.").arg(file) << '\n';
            exitCode = ExitFailed;
        }
        return secret;
    }
    context.out.flush();
    context.err.flush();
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO)) {
        context.err << tr("No passphrase: use --passphrase-file when the input is not a terminal.") << '\n';
        exitCode = ExitUsage;
        return {};
    }
    SecureBytes first = promptOnce(tr("Passphrase: "), context);
    if (first.isEmpty()) {
        context.err << tr("The passphrase is empty.") << '\n';
        exitCode = ExitFailed;
        return {};
    }
    if (confirm) {
        const SecureBytes second = promptOnce(tr("Passphrase again: "), context);
        if (second != first) {
            context.err << tr("The passphrases do not match.") << '\n';
            exitCode = ExitFailed;
            return {};
        }
    }
    return first;
#else
    Q_UNUSED(confirm);
    context.err << tr("No passphrase: use --passphrase-file.") << '\n';
    exitCode = ExitUsage;
    return {};
#endif
}

#ifdef Q_OS_UNIX
// One line from the terminal with echo off (restored even when reading fails).
SecureBytes PassphraseInput::promptOnce(const QString &prompt, CliContext &context)
{
    context.err << prompt;
    context.err.flush();
    termios saved {};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerm) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[1024];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    context.err << '\n';
    context.err.flush();
    std::size_t length = got ? std::strlen(buffer) : 0;
    while (length > 0 && (buffer[length - 1] == '\n' || buffer[length - 1] == '\r'))
        --length;
    SecureBytes secret(buffer, length);
    OPENSSL_cleanse(buffer, sizeof buffer);
    return secret;
}
#endif

} // namespace Satchel::Cli
