#include "HolderIdentityActions.h"

#include "CliCommand.h"
#include "PassphraseInput.h"
#include "share/HolderKeyFactory.h"
#include "share/HolderKeyStore.h"
#include "share/QtKeychainVault.h"

#include <QJsonObject>

namespace Satchel::Cli {

namespace {

const QString kAddKey = QStringLiteral("add-key");
const QString kRenameKey = QStringLiteral("rename-key");
const QString kRetireKey = QStringLiteral("retire-key");

int failed(const Error &error, CliContext &context)
{
    context.err << error.message << '\n';
    return ExitFailed;
}

// The passphrase of --passphrase-file, else typed at the terminal after saying why it is asked.
SecureBytes newKeyPassphrase(const HolderIdentityActions::Options &options, const QString &why, CliContext &context,
                             int &exitCode)
{
    if (options.passphraseFile.isEmpty())
        context.err << why << '\n';
    return PassphraseInput::read(options.passphraseFile, true, context, exitCode);
}

int addKey(HolderKeyStore &keys, const HolderIdentityActions::Options &options, CliContext &context)
{
    const QString keyType = options.keyType.isEmpty() ? QString::fromLatin1(HolderKeyFactory::kEd25519) : options.keyType;
    int exitCode = ExitOk;
    // The keychain when there is one; the passphrase seals the key when there is none (or it refuses).
    SecureBytes passphrase;
    if (!options.passphraseFile.isEmpty())
        passphrase = newKeyPassphrase(options, {}, context, exitCode);
    if (exitCode != ExitOk)
        return exitCode;
    auto created = keys.create(keyType, options.label, PassphraseInput::view(passphrase));
    if (!created && created.error().code == QLatin1String("passphrase-needed") && passphrase.isEmpty()) {
        passphrase = newKeyPassphrase(options, created.error().message, context, exitCode);
        if (exitCode != ExitOk)
            return exitCode;
        created = keys.create(keyType, options.label, PassphraseInput::view(passphrase));
    }
    if (!created)
        return failed(created.error(), context);
    context.out << created->did << '\n';
    return ExitOk;
}

} // namespace

bool HolderIdentityActions::handles(const QString &action)
{
    return action == kAddKey || action == kRenameKey || action == kRetireKey;
}

int HolderIdentityActions::run(const QStringList &words, const Options &options, CliContext &context)
{
    const QString action = words.value(0);
    const int expected = action == kAddKey ? 1 : action == kRenameKey ? 3 : 2;
    if (words.size() != expected) {
        context.err << tr("Usage: identity add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F]"
                          " | identity rename-key DID LABEL | identity retire-key DID")
                    << '\n';
        return ExitUsage;
    }
    if (!options.keyType.isEmpty() && !HolderKeyFactory::isKeyType(options.keyType)) {
        context.err << tr("Unknown key type %1 (use ed25519 or p256)").arg(options.keyType) << '\n';
        return ExitUsage;
    }
    Wallet *wallet = context.wallet();
    if (!wallet)
        return ExitFailed;
    const std::unique_ptr<KeyVault> vault = QtKeychainVault::create();
    HolderKeyStore keys(*wallet, vault.get());
    if (action == kAddKey)
        return addKey(keys, options, context);
    const Status status = action == kRenameKey ? keys.rename(words.at(1), words.at(2)) : keys.retire(words.at(1));
    return status ? int(ExitOk) : failed(status.error(), context);
}

QJsonArray HolderIdentityActions::listJson(Wallet &wallet)
{
    QJsonArray array;
    for (const HolderKeyRecord &identity : wallet.holderKeys()) {
        array.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("holder")},
                                 {QStringLiteral("value"), identity.did},
                                 {QStringLiteral("did"), identity.did},
                                 {QStringLiteral("label"), identity.label},
                                 {QStringLiteral("keyType"), identity.keyType},
                                 {QStringLiteral("storage"), identity.storage},
                                 {QStringLiteral("default"), identity.isDefault},
                                 {QStringLiteral("createdAt"), identity.createdAt.toString(Qt::ISODateWithMs)}});
    }
    return array;
}

void HolderIdentityActions::listText(Wallet &wallet, CliContext &context)
{
    for (const HolderKeyRecord &identity : wallet.holderKeys()) {
        const QString storage = identity.storage == QLatin1String(HolderKeyStore::kKeychain) ? tr("keychain") : tr("sealed");
        context.out << QStringLiteral("holder").leftJustified(10) << ' ' << identity.did << "  " << identity.label
                    << " (" << HolderKeyFactory::displayName(identity.keyType) << ", " << storage
                    << (identity.isDefault ? QStringLiteral(", ") + tr("default") : QString()) << ")\n";
    }
}

} // namespace Satchel::Cli
