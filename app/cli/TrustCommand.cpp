// satchel-cli trust [list] | refresh | add URL | remove ID | enable ID | disable ID | known ISSUER |
// unknown ISSUER: the trust registries the wallet uses (Settings → Trust registries in the window),
// bringing their kept copies up to date, and the issuers the learner knows personally.
#include "CliCommand.h"
#include "storage/Wallet.h"
#include "trust/KnownIssuers.h"
#include "trust/TrustRegistrySettings.h"
#include "trust/TrustRegistryUpdater.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Satchel::Cli {

class TrustCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::TrustCommand)
public:
    TrustCommand()
        : CliCommand(QStringLiteral("trust"),
                     QStringLiteral("trust [list] | refresh | add URL | remove|enable|disable ID | known|unknown ISSUER"), {})
    {
    }
    QString summary() const override { return tr("Trust registries: list, refresh, add, switch; known issuers."); }
    QString help() const override
    {
        return tr("The registries that say who stands behind an issuer ('issuerTrust' in verify --json).\n"
                  "  trust list              each registry: id, on/off, format, when its copy was fetched\n"
                  "  trust refresh           fetch the registries in use again (for every issuer in the\n"
                  "                          wallet); a registry that cannot be reached keeps its copy\n"
                  "  trust add URL           a DCC-format registry, or an OpenID Federation trust anchor\n"
                  "                          (an URL ending in /.well-known/openid-federation)\n"
                  "  trust remove ID         forget an added registry (built-in ones are disabled instead)\n"
                  "  trust enable|disable ID switch a registry on or off\n"
                  "  trust known|unknown ISSUER  mark an issuer id as known to you personally, or not\n"
                  "Exit status: 0 done; 1 a registry could not be refreshed or the wallet refused; 2 usage.");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        const QStringList words = arguments.positionalArguments();
        const QString action = words.value(0, QStringLiteral("list"));
        const QString argument = words.value(1);
        const bool needsArgument = action != QLatin1String("list") && action != QLatin1String("refresh");
        if (words.size() > (needsArgument ? 2 : 1) || (needsArgument && argument.isEmpty()))
            return usageError(context);
        Wallet *wallet = context.wallet();
        if (!wallet)
            return ExitFailed;
        QList<TrustRegistry> registries = TrustRegistrySettings::load(*wallet);
        if (action == QLatin1String("list"))
            return list(registries, *wallet, context);
        if (action == QLatin1String("refresh"))
            return refresh(registries, *wallet, context);
        if (action == QLatin1String("known") || action == QLatin1String("unknown")) {
            const Status saved = KnownIssuers::setKnown(*wallet, argument, action == QLatin1String("known"));
            return saved ? ExitOk : failure(saved.error(), context);
        }
        if (action == QLatin1String("add")) {
            auto added = TrustRegistrySettings::fromUrl(argument, registries);
            if (!added)
                return failure(added.error(), context);
            registries.append(*added);
        } else {
            auto found = std::find_if(registries.begin(), registries.end(),
                                      [&argument](const TrustRegistry &r) { return r.id == argument; });
            if (found == registries.end())
                return failure(Error{QStringLiteral("not-found"), tr("No trust registry has the id %1.").arg(argument)},
                               context);
            if (action == QLatin1String("enable") || action == QLatin1String("disable"))
                found->enabled = action == QLatin1String("enable");
            else if (action == QLatin1String("remove") && !found->builtIn)
                registries.erase(found);
            else if (action == QLatin1String("remove"))
                found->enabled = false;
            else
                return usageError(context);
        }
        const Status saved = TrustRegistrySettings::save(*wallet, registries);
        return saved ? ExitOk : failure(saved.error(), context);
    }

private:
    static int list(const QList<TrustRegistry> &registries, Wallet &wallet, CliContext &context)
    {
        QJsonArray array;
        for (const TrustRegistry &registry : registries) {
            const auto copy = wallet.document(registry.cacheKey());
            const QString fetched = copy ? copy->fetchedAt.toUTC().toString(Qt::ISODate) : QString();
            const QString format = registry.format == TrustRegistry::Format::Dcc ? QStringLiteral("dcc")
                                                                                  : QStringLiteral("openid-federation");
            if (context.json) {
                array.append(QJsonObject{{QStringLiteral("id"), registry.id},
                                         {QStringLiteral("name"), registry.name},
                                         {QStringLiteral("url"), registry.url.toString()},
                                         {QStringLiteral("format"), format},
                                         {QStringLiteral("enabled"), registry.enabled},
                                         {QStringLiteral("builtIn"), registry.builtIn},
                                         {QStringLiteral("fetchedAt"), fetched}});
                continue;
            }
            context.out << (registry.enabled ? "[on]  " : "[off] ") << registry.id << "  " << format << "  "
                        << (fetched.isEmpty() ? tr("never fetched") : fetched) << "\n      " << registry.name << '\n';
        }
        if (context.json)
            context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    static int refresh(const QList<TrustRegistry> &registries, Wallet &wallet, CliContext &context)
    {
        const QList<TrustRefreshItem> items
            = TrustRegistryUpdater::refreshWallet(wallet, context.network, TrustRegistrySettings::enabled(registries));
        bool allOk = true;
        QJsonArray array;
        for (const TrustRefreshItem &item : items) {
            allOk &= item.ok;
            if (context.json) {
                array.append(QJsonObject{{QStringLiteral("registry"), item.registryName},
                                         {QStringLiteral("ok"), item.ok},
                                         {QStringLiteral("code"), item.errorCode},
                                         {QStringLiteral("message"), item.message}});
            } else {
                context.out << item.registryName << ": " << (item.ok ? tr("up to date") : item.message) << '\n';
            }
        }
        if (context.json)
            context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return allOk ? ExitOk : ExitFailed;
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::TrustCommand;
SATCHEL_REGISTER_CLI_COMMAND(TrustCommand)
