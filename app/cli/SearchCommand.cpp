// satchel-cli search TEXT: full-text search over names, descriptions, issuers, tags and skills.
#include "CliCommand.h"
#include "WalletCommandSupport.h"

namespace Satchel::Cli {

class SearchCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::SearchCommand)
public:
    SearchCommand()
        : CliCommand(QStringLiteral("search"), QStringLiteral("search TEXT"), {})
    {
    }
    QString summary() const override { return tr("Search the wallet by name, description, issuer, tag or skill."); }
    QString help() const override
    {
        return tr("Searches the wallet (names, descriptions, issuers, tags and skills) and prints the\n"
                  "matches as 'list' does; with --json the same array as 'list --json'.");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        const QStringList words = arguments.positionalArguments();
        if (words.isEmpty())
            return usageError(context, tr("search needs the text to look for"));
        CredentialQuery query;
        query.text = words.join(QLatin1Char(' '));
        return WalletCommandSupport::printMatches(query, context);
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::SearchCommand;
SATCHEL_REGISTER_CLI_COMMAND(SearchCommand)
