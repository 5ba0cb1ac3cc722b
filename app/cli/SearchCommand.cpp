// satchel-cli search TEXT: full-text search over names, descriptions, issuers, tags and skills.
#include "CliCommand.h"
#include "WalletCommandSupport.h"

namespace Satchel::Cli {

class SearchCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::SearchCommand)
public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override { return QStringLiteral("search TEXT"); }
    QString summary() const override { return tr("Search the wallet by name, description, issuer, tag or skill."); }
    QString help() const override
    {
        return tr("Searches the wallet (names, descriptions, issuers, tags and skills) and prints the\n"
                  "matches as 'list' does; with --json the same array as 'list --json'.");
    }

    int run(const QStringList &args, CliContext &context) override
    {
        if (args.contains(QLatin1String("--json")))
            context.json = true;
        const QStringList words = WalletCommandSupport::positional(args);
        if (words.isEmpty()) {
            context.err << tr("search needs the text to look for") << '\n';
            return ExitUsage;
        }
        auto wallet = WalletCommandSupport::openWallet(context);
        if (!wallet)
            return ExitFailed;
        CredentialQuery query;
        query.text = words.join(QLatin1Char(' '));
        auto summaries = wallet->list(query);
        if (!summaries) {
            context.err << summaries.error().message << '\n';
            return ExitFailed;
        }
        WalletCommandSupport::printSummaries(summaries.value(), context);
        return ExitOk;
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::SearchCommand;
SATCHEL_REGISTER_CLI_COMMAND(SearchCommand)
