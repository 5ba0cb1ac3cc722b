#include "OrganizeArguments.h"

#include "CliCommand.h"
#include "WalletCommandSupport.h"

namespace Satchel::Cli {

int OrganizeArguments::open(const QStringList &args, CliContext &context, bool oneName, const QString &usage,
                            std::unique_ptr<Wallet> &wallet)
{
    if (!parse(args, context))
        return ExitUsage;
    const bool change = action == QLatin1String("add") || action == QLatin1String("remove");
    const bool nameCountOk = oneName ? names.size() == 1 : !names.isEmpty();
    if ((change && (id == 0 || !nameCountOk)) || (isList() && !names.isEmpty()) || (!change && !isList())) {
        context.err << usage << '\n';
        return ExitUsage;
    }
    if (!namesAreValid(context))
        return ExitUsage;
    wallet = WalletCommandSupport::openWallet(context);
    if (!wallet)
        return ExitFailed;
    if (id != 0) {
        if (auto stored = wallet->credential(id); !stored) {
            context.err << tr("No credential %1: %2").arg(id).arg(stored.error().message) << '\n';
            return ExitFailed;
        }
    }
    return ExitOk;
}

bool OrganizeArguments::parse(const QStringList &args, CliContext &context)
{
    QStringList words;
    bool optionsEnded = false;
    for (const QString &arg : args) {
        if (!optionsEnded && arg == QLatin1String("--")) {
            optionsEnded = true;
        } else if (!optionsEnded && arg == QLatin1String("--json")) {
            context.json = true;
        } else if (!optionsEnded && arg.startsWith(QLatin1String("--"))) {
            context.err << tr("Unknown option: %1").arg(arg) << '\n';
            return false;
        } else {
            words << arg;
        }
    }
    action = words.value(0);
    if (words.size() >= 2) {
        bool isNumber = false;
        id = words.at(1).toLongLong(&isNumber);
        if (!isNumber || id <= 0) {
            context.err << tr("Not a credential id: %1 (see 'list')").arg(words.at(1)) << '\n';
            return false;
        }
    }
    for (int i = 2; i < words.size(); ++i)
        names << words.at(i).simplified();
    return true;
}

bool OrganizeArguments::namesAreValid(CliContext &context) const
{
    for (const QString &name : names) {
        if (name.isEmpty()) {
            context.err << tr("A name cannot be empty.") << '\n';
            return false;
        }
        if (name.size() > kMaxNameLength) {
            context.err << tr("A name can have at most %1 characters.").arg(kMaxNameLength) << '\n';
            return false;
        }
    }
    return true;
}

} // namespace Satchel::Cli
