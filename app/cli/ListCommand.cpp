// satchel-cli list: every credential in the wallet, newest first.
#include "CliCommand.h"
#include "WalletCommandSupport.h"

namespace Satchel::Cli {

class ListCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::ListCommand)
public:
    ListCommand()
        : CliCommand(QStringLiteral("list"), QStringLiteral("list"), {})
    {
    }
    QString summary() const override { return tr("List the credentials in the wallet."); }
    QString help() const override
    {
        return tr("Lists the credentials in the wallet, newest first: id, date issued, format, name and issuer.\n"
                  "With --json: an array of {id, name, issuer, issued, format, status, achievementType, tags}.");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        if (!arguments.positionalArguments().isEmpty())
            return usageError(context, tr("list takes no arguments"));
        return WalletCommandSupport::printMatches(CredentialQuery(), context);
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::ListCommand;
SATCHEL_REGISTER_CLI_COMMAND(ListCommand)
