#include "OrganizeArguments.h"

#include "CliCommand.h"

namespace Satchel::Cli {

int OrganizeArguments::open(const QStringList &words, CliContext &context, bool oneName, const QString &usage,
                            Wallet *&wallet)
{
    if (!parse(words, context))
        return ExitUsage;
    const bool change = action == QLatin1String("add") || action == QLatin1String("remove");
    const bool nameCountOk = oneName ? names.size() == 1 : !names.isEmpty();
    if ((change && (id == 0 || !nameCountOk)) || (isList() && !names.isEmpty()) || (!change && !isList())) {
        context.err << usage << '\n';
        return ExitUsage;
    }
    if (!namesAreValid(context))
        return ExitUsage;
    wallet = context.wallet();
    if (!wallet || (id != 0 && !context.credential(id)))
        return ExitFailed;
    return ExitOk;
}

bool OrganizeArguments::parse(const QStringList &words, CliContext &context)
{
    action = words.value(0);
    if (words.size() >= 2) {
        const auto given = CliCommand::credentialId(words.at(1), context);
        if (!given)
            return false;
        id = *given;
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
