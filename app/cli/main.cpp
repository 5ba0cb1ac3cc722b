// satchel-cli: the scripting face of Satchel. Global options are taken here; each command is a
// self-registered CliCommand (see CliCommand.h).
#include "CliCommand.h"
#include "CliContext.h"
#include "CoreInfo.h"
#include "common/AppSettings.h"
#include "i18n/Translations.h"
#include "net/NetworkMode.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Satchel;
using namespace Satchel::Cli;

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::Main)
};

void printUsage(QTextStream &out, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    out << CliText::tr("Usage: satchel-cli [--wallet PATH] [--json] [--offline] [--now ISO] COMMAND [ARGS...]")
        << '\n' << '\n' << CliText::tr("Commands:") << '\n';
    for (const auto &command : commands)
        out << "  " << command->synopsis().leftJustified(34) << ' ' << command->summary() << '\n';
    out << '\n' << CliText::tr("Run 'satchel-cli COMMAND --help' for the options of one command.") << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Satchel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Satchel"));
    QCoreApplication::setApplicationVersion(CoreInfo::version());
    Translations::installForSystemLocale(&app, AppSettings().language());

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    std::vector<std::unique_ptr<CliCommand>> commands;
    for (const auto &factory : CliCommand::registry())
        commands.push_back(factory());
    std::sort(commands.begin(), commands.end(),
              [](const auto &a, const auto &b) { return a->name() < b->name(); });

    NetworkMode network;
    CliContext context{QString(), false, &network, QDateTime(), out, err};
    QStringList args = app.arguments().mid(1);
    QString commandName;
    QStringList commandArgs;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto takeValue = [&](QString &target) {
            if (i + 1 >= args.size())
                return false;
            target = args.at(++i);
            return true;
        };
        if (arg == QLatin1String("--wallet")) {
            if (!takeValue(context.walletPath)) {
                err << CliText::tr("--wallet needs a path") << '\n';
                return ExitUsage;
            }
        } else if (arg.startsWith(QLatin1String("--wallet="))) {
            context.walletPath = arg.mid(9);
        } else if (arg == QLatin1String("--json")) {
            context.json = true;
        } else if (arg == QLatin1String("--offline")) {
            network.setOfflineByChoice(true);
        } else if (arg == QLatin1String("--now") || arg.startsWith(QLatin1String("--now="))) {
            QString value = arg.mid(6);
            if (arg == QLatin1String("--now") && !takeValue(value)) {
                err << CliText::tr("--now needs an ISO 8601 date and time") << '\n';
                return ExitUsage;
            }
            context.now = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!context.now.isValid())
                context.now = QDateTime::fromString(value, Qt::ISODate);
            if (!context.now.isValid()) {
                err << CliText::tr("Not an ISO 8601 date and time: %1").arg(value) << '\n';
                return ExitUsage;
            }
            context.now = context.now.toUTC();
        } else if (commandName.isEmpty() && (arg == QLatin1String("--help") || arg == QLatin1String("-h"))) {
            printUsage(out, commands);
            return ExitOk;
        } else if (commandName.isEmpty() && arg == QLatin1String("--version")) {
            out << "satchel-cli " << CoreInfo::version() << '\n';
            return ExitOk;
        } else if (commandName.isEmpty()) {
            if (arg.startsWith(QLatin1Char('-'))) {
                err << CliText::tr("Unknown option: %1").arg(arg) << '\n';
                return ExitUsage;
            }
            commandName = arg;
        } else {
            commandArgs << arg;
        }
    }

    if (commandName.isEmpty()) {
        printUsage(err, commands);
        return ExitUsage;
    }
    auto it = std::find_if(commands.begin(), commands.end(),
                           [&](const auto &c) { return c->name() == commandName; });
    if (it == commands.end()) {
        err << CliText::tr("Unknown command: %1").arg(commandName) << '\n';
        printUsage(err, commands);
        return ExitUsage;
    }
    CliCommand &command = **it;
    if (commandArgs.contains(QLatin1String("--help")) || commandArgs.contains(QLatin1String("-h"))) {
        out << CliText::tr("Usage: satchel-cli [--wallet PATH] [--json] %1").arg(command.synopsis()) << '\n'
            << '\n' << command.help() << '\n';
        return ExitOk;
    }
    const int code = command.run(commandArgs, context);
    out.flush();
    err.flush();
    return code;
}
