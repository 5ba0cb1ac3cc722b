// satchel-cli backup create|restore: the whole wallet to and from one encrypted file. The
// passphrase never comes from the command line (it would sit in shell history and `ps`): it is read
// from --passphrase-file, or typed at the terminal without echo.
#include "CliCommand.h"
#include "PassphraseInput.h"
#include "backup/BackupReader.h"
#include "backup/BackupWriter.h"
#include "crypto/SecureBytes.h"
#include "share/HolderKeyStore.h"
#include "share/QtKeychainVault.h"
#include "storage/RestoreTarget.h"
#include "storage/Wallet.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel::Cli {

class BackupCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::BackupCommand)
public:
    BackupCommand()
        : CliCommand(QStringLiteral("backup"), QStringLiteral("backup create --out FILE [--passphrase-file F] | restore FILE [--passphrase-file F]"),
                     { outOption(), passphraseFileOption() })
    {
    }
    QString summary() const override { return tr("Back up the whole wallet to an encrypted file, or restore one."); }
    QString help() const override
    {
        return tr("Backups are encrypted with a passphrase (AES-256-GCM, key from scrypt).\n"
                  "  backup create --out FILE [--passphrase-file F]   write the wallet to FILE\n"
                  "  backup restore FILE [--passphrase-file F]        restore FILE into the wallet; credentials\n"
                  "                                                   it already holds are reported as duplicates\n"
                  "The passphrase is read from the first line of --passphrase-file, or asked on the terminal\n"
                  "(twice when creating). It is never taken from the command line.");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        const QString out = arguments.value(QStringLiteral("out"));
        const QString passphraseFile = arguments.value(QStringLiteral("passphrase-file"));
        const QStringList words = arguments.positionalArguments();
        const QString action = words.value(0);
        const bool create = action == QLatin1String("create") && words.size() == 1 && !out.isEmpty();
        const bool restore = action == QLatin1String("restore") && words.size() == 2 && out.isEmpty();
        if (!create && !restore) {
            context.err << tr("Usage: backup create --out FILE [--passphrase-file F] | backup restore FILE "
                              "[--passphrase-file F]")
                        << '\n';
            return ExitUsage;
        }
        int exitCode = ExitOk;
        const SecureBytes passphrase = PassphraseInput::read(passphraseFile, create, context, exitCode);
        if (exitCode != ExitOk)
            return exitCode;
        const QByteArrayView secret = PassphraseInput::view(passphrase);
        const QString walletPath = context.resolvedWalletPath();
        // The holder key kept in the keychain travels sealed under the backup's passphrase.
        const std::unique_ptr<KeyVault> vault = QtKeychainVault::create();

        if (create) {
            const Status written = BackupWriter::write(walletPath, out, secret, BackupWriter::defaultScrypt(),
                                                       HolderKeyStore::backupHook(vault.get()));
            if (!written) {
                context.err << tr("Backup failed: %1").arg(written.error().message) << '\n';
                return ExitFailed;
            }
            if (context.json)
                context.out << QJsonDocument(QJsonObject{{QStringLiteral("backup"), out}}).toJson(QJsonDocument::Compact) << '\n';
            else
                context.out << tr("Backup written to %1").arg(out) << '\n';
            return ExitOk;
        }
        const auto report = RestoreTarget::restoreInto(walletPath, [&](Wallet &wallet) {
            auto restored = BackupReader::restore(words.at(1), secret, wallet);
            if (restored)
                (void)HolderKeyStore(wallet, vault.get()).adoptRestoredKeys(secret);
            return restored;
        });
        if (!report) {
            if (context.json) {
                context.out << QJsonDocument(QJsonObject{{QStringLiteral("code"), report.error().code},
                                                         {QStringLiteral("message"), report.error().message}})
                                   .toJson(QJsonDocument::Compact)
                            << '\n';
            }
            context.err << tr("Restore failed: %1").arg(report.error().message) << '\n';
            return ExitFailed;
        }
        if (context.json) {
            context.out << QJsonDocument(QJsonObject{{QStringLiteral("imported"), report->imported},
                                                     {QStringLiteral("duplicates"), report->duplicates},
                                                     {QStringLiteral("versions"), report->versions},
                                                     {QStringLiteral("identities"), report->identities},
                                                     {QStringLiteral("tags"), report->tags},
                                                     {QStringLiteral("collections"), report->collections},
                                                     {QStringLiteral("documents"), report->documents},
                                                     {QStringLiteral("pathways"), report->pathways}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
        } else {
            // One line each: a translated plural cannot be glued to another sentence.
            context.out << tr("%n credential(s) imported", nullptr, report->imported) << '\n'
                        << tr("%n duplicate(s) already in the wallet, kept as they were", nullptr, report->duplicates)
                        << '\n';
            if (report->versions > 0) {
                context.out << tr("%n credential(s) held with other content, both kept as versions", nullptr,
                                  report->versions)
                            << '\n';
            }
        }
        return ExitOk;
    }

};

SATCHEL_REGISTER_CLI_COMMAND(BackupCommand)

} // namespace Satchel::Cli
