// How satchel-cli gets a passphrase (backup, review packets, holder keys): never from the command
// line, where it would sit in shell history and `ps`, but from the first line of --passphrase-file,
// or typed at the terminal without echo (twice when a file or a key is being created).
#pragma once

#include "CliContext.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Satchel {
class HolderKeyStore;
}

namespace Satchel::Cli {

class PassphraseInput {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::PassphraseInput)
public:
    // exitCode is set (ExitFailed or ExitUsage) when no passphrase could be had.
    static SecureBytes read(const QString &file, bool confirm, CliContext &context, int &exitCode);
    // For signing with the learner's holder identity did (empty: the default one, or a first one
    // made now, as HolderKeyStore::signingKeyOrFirst does): the passphrase when that key is sealed
    // or a new one must be sealed, else nothing. exitCode is set when none could be had.
    static SecureBytes forHolderKey(HolderKeyStore &keys, const QString &did, const QString &file,
                                    CliContext &context, int &exitCode);
    // A passphrase's bytes as the core's calls take them (valid while passphrase lives).
    static QByteArrayView view(const SecureBytes &passphrase)
    {
        return QByteArrayView(reinterpret_cast<const char *>(passphrase.data()), qsizetype(passphrase.size()));
    }

private:
    static SecureBytes promptOnce(const QString &prompt, CliContext &context);
};

} // namespace Satchel::Cli
