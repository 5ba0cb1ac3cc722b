// satchel-cli identity add|list|remove: the learner's identities used for recipient matching.
#include "CliCommand.h"
#include "WalletCommandSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel::Cli {

class IdentityCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::IdentityCommand)
public:
    QString name() const override { return QStringLiteral("identity"); }
    QString synopsis() const override
    {
        return QStringLiteral("identity add [--type email|url|telephone|did] VALUE | list | remove VALUE");
    }
    QString summary() const override { return tr("Manage your identities (e-mail, URL, phone, DID)."); }
    QString help() const override
    {
        return tr("Your identities let Satchel check that a credential was issued to you.\n"
                  "  identity add [--type email|url|telephone|did] VALUE   (type guessed when left out)\n"
                  "  identity list                                          (--json: [{type, value}])\n"
                  "  identity remove VALUE");
    }

    int run(const QStringList &args, CliContext &context) override
    {
        QString type;
        QStringList words;
        for (int i = 0; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            if (arg == QLatin1String("--type") && i + 1 < args.size()) {
                type = args.at(++i);
            } else if (arg.startsWith(QLatin1String("--type="))) {
                type = arg.mid(7);
            } else if (arg == QLatin1String("--json")) {
                context.json = true;
            } else if (arg.startsWith(QLatin1String("--"))) {
                context.err << tr("Unknown option: %1").arg(arg) << '\n';
                return ExitUsage;
            } else {
                words << arg;
            }
        }
        const QString action = words.value(0);
        const bool needsValue = action == QLatin1String("add") || action == QLatin1String("remove");
        if ((needsValue && words.size() != 2) || (action == QLatin1String("list") && words.size() != 1)
            || (!needsValue && action != QLatin1String("list"))) {
            context.err << tr("Usage: identity add [--type TYPE] VALUE | identity list | identity remove VALUE") << '\n';
            return ExitUsage;
        }
        static const QStringList kTypes{QStringLiteral("email"), QStringLiteral("url"), QStringLiteral("telephone"),
                                        QStringLiteral("did")};
        if (!type.isEmpty() && !kTypes.contains(type)) {
            context.err << tr("Unknown identity type %1 (use email, url, telephone or did)").arg(type) << '\n';
            return ExitUsage;
        }
        auto wallet = WalletCommandSupport::openWallet(context);
        if (!wallet)
            return ExitFailed;

        if (action == QLatin1String("list")) {
            const auto identities = wallet->identities();
            if (context.json) {
                QJsonArray array;
                for (const auto &identity : identities)
                    array.append(QJsonObject{{QStringLiteral("type"), identity.first},
                                             {QStringLiteral("value"), identity.second}});
                context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            } else {
                for (const auto &identity : identities)
                    context.out << identity.first.leftJustified(10) << ' ' << identity.second << '\n';
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
