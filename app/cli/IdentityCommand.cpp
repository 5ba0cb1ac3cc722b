// satchel-cli identity add|list|remove: the learner's identities used for recipient matching;
// add-key|rename-key|retire-key for their holder identities (HolderIdentityActions).
#include "CliCommand.h"
#include "HolderIdentityActions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel::Cli {

class IdentityCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::IdentityCommand)
public:
    IdentityCommand()
        : CliCommand(QStringLiteral("identity"),
                     QStringLiteral("identity add [--type email|url|telephone|did] VALUE | list | remove VALUE"
                                    " | add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F]"
                                    " | rename-key DID LABEL | retire-key DID"),
                     { valued({ QStringLiteral("type") }, QStringLiteral("TYPE")),
                       valued({ QStringLiteral("label") }, QStringLiteral("L")),
                       valued({ QStringLiteral("key-type") }, QStringLiteral("TYPE")), passphraseFileOption() })
    {
    }
    QString summary() const override { return tr("Manage your identities (e-mail, URL, phone, DID)."); }
    QString help() const override
    {
        return tr("Your identities let Satchel check that a credential was issued to you.\n"
                  "  identity add [--type email|url|telephone|did] VALUE   (type guessed when left out)\n"
                  "  identity list                                          (--json: [{type, value}], and your keys\n"
                  "                                                          as {type: holder, did, label, keyType,\n"
                  "                                                          storage, default, createdAt})\n"
                  "  identity remove VALUE\n"
                  "Your keys (holder identities) bind credentials issuers send to you:\n"
                  "  identity add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F]\n"
                  "                                   (kept in the keychain, else sealed under the passphrase)\n"
                  "  identity rename-key DID LABEL\n"
                  "  identity retire-key DID");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        const QString type = arguments.value(QStringLiteral("type"));
        const QStringList words = arguments.positionalArguments();
        const QString action = words.value(0);
        if (HolderIdentityActions::handles(action))
            return HolderIdentityActions::run(words,
                                              {arguments.value(QStringLiteral("label")),
                                               arguments.value(QStringLiteral("key-type")),
                                               arguments.value(QStringLiteral("passphrase-file"))},
                                              context);
        const bool needsValue = action == QLatin1String("add") || action == QLatin1String("remove");
        if ((needsValue && words.size() != 2) || (action == QLatin1String("list") && words.size() != 1)
            || (!needsValue && action != QLatin1String("list"))) {
            context.err << tr("Usage: identity add [--type TYPE] VALUE | identity list | identity remove VALUE"
                              " | identity add-key | identity rename-key DID LABEL | identity retire-key DID")
                        << '\n';
            return ExitUsage;
        }
        static const QStringList kTypes{QStringLiteral("email"), QStringLiteral("url"), QStringLiteral("telephone"),
                                        QStringLiteral("did")};
        if (!type.isEmpty() && !kTypes.contains(type)) {
            context.err << tr("Unknown identity type %1 (use email, url, telephone or did)").arg(type) << '\n';
            return ExitUsage;
        }
        Wallet *wallet = context.wallet();
        if (!wallet)
            return ExitFailed;

        if (action == QLatin1String("list")) {
            const auto identities = wallet->identities();
            if (context.json) {
                QJsonArray array;
                for (const auto &identity : identities)
                    array.append(QJsonObject{{QStringLiteral("type"), identity.first},
                                             {QStringLiteral("value"), identity.second}});
                for (const QJsonValue &holder : HolderIdentityActions::listJson(*wallet))
                    array.append(holder);
                context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            } else {
                for (const auto &identity : identities)
                    context.out << identity.first.leftJustified(10) << ' ' << identity.second << '\n';
                HolderIdentityActions::listText(*wallet, context);
            }
            return ExitOk;
        }
        const QString value = words.at(1).trimmed();
        const Status status = action == QLatin1String("add")
            ? wallet->addIdentity(type.isEmpty() ? guessType(value) : type, value)
            : wallet->removeIdentity(value);
        if (!status) {
            context.err << status.error().message << '\n';
            return ExitFailed;
        }
        return ExitOk;
    }

private:
    static QString guessType(const QString &value)
    {
        if (value.startsWith(QLatin1String("did:")))
            return QStringLiteral("did");
        if (value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://")))
            return QStringLiteral("url");
        if (value.contains(QLatin1Char('@')))
            return QStringLiteral("email");
        return QStringLiteral("telephone");
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::IdentityCommand;
SATCHEL_REGISTER_CLI_COMMAND(IdentityCommand)
