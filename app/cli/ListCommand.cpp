// satchel-cli list: every credential in the wallet, newest first.
#include "CliCommand.h"
#include "WalletCommandSupport.h"

namespace Satchel::Cli {

class ListCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::ListCommand)
public:
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("List the credentials in the wallet."); }
    QString help() const override
    {
        return tr("Lists the credentials in the wallet, newest first: id, date issued, format, name and issuer.\n"
                  "With --json: an array of {id, name, issuer, issued, format, status, achievementType, tags}.");
    }

    int run(const QStringList &args, CliContext &context) override
    {
        if (args.contains(QLatin1String("--json")))
            context.json = true;
        if (!WalletCommandSupport::positional(args).isEmpty()) {
            context.err << tr("list takes no arguments") << '\n';
            return ExitUsage;
        }
        auto wallet = WalletCommandSupport::openWallet(context);
        if (!wallet)
            return ExitFailed;
        auto summaries = wallet->list();
        if (!summaries) {
            context.err << summaries.error().message << '\n';
            return ExitFailed;
        }
        WalletCommandSupport::printSummaries(summaries.value(), context);
        return ExitOk;
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::ListCommand;
SATCHEL_REGISTER_CLI_COMMAND(ListCommand)
