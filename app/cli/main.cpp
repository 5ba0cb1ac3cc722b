// satchel-cli: the scripting face of Satchel. Global options are taken here with QCommandLineParser;
// each command is a self-registered CliCommand (see CliCommand.h) whose words are parsed here too,
// so every command has the same --help, option syntax (--out F, --out=F, "--" ends options) and
// usage errors (exit status 2).
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
    // A synopsis too long for the column gets its summary on the next line, aligned with the others.
    constexpr int kColumn = 34;
    for (const auto &command : commands) {
        const QString synopsis = command->synopsis();
        if (synopsis.size() <= kColumn)
            out << "  " << synopsis.leftJustified(kColumn) << ' ' << command->summary() << '\n';
        else
            out << "  " << synopsis << '\n' << QString(kColumn + 3, u' ') << command->summary() << '\n';
    }
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
    CliContext context(out, err);
    context.network = &network;
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringLiteral("version"));

    // The global options before the command name; everything from the command name on is the
    // command's, parsed below with its own options (and the global ones again).
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOptions(CliContext::globalOptions());
    global.addOption(helpOption);
    global.addOption(versionOption);
    if (!global.parse(app.arguments())) {
        err << global.errorText() << '\n';
        printUsage(err, commands);
        return ExitUsage;
    }
    if (!context.applyGlobalOptions(global))
        return ExitUsage;
    const QStringList words = global.positionalArguments();
    if (words.isEmpty() && global.isSet(helpOption)) {
        printUsage(out, commands);
        return ExitOk;
    }
    if (words.isEmpty() && global.isSet(versionOption)) {
        out << "satchel-cli " << CoreInfo::version() << '\n';
        out << "malloc: " << CoreInfo::allocator() << '\n';
        return ExitOk;
    }
    if (words.isEmpty()) {
        printUsage(err, commands);
        return ExitUsage;
    }
    const QString commandName = words.first();
    auto it = std::find_if(commands.begin(), commands.end(),
                           [&](const auto &c) { return c->name() == commandName; });
    if (it == commands.end()) {
        err << CliText::tr("Unknown command: %1").arg(commandName) << '\n';
        printUsage(err, commands);
        return ExitUsage;
    }
    CliCommand &command = **it;
    QCommandLineParser arguments;
    arguments.addOptions(CliContext::globalOptions());
    arguments.addOptions(command.options());
    arguments.addOption(helpOption);
    if (!arguments.parse(QStringList{app.arguments().constFirst()} + words.mid(1))) {
        err << arguments.errorText() << '\n'
            << CliText::tr("Run 'satchel-cli %1 --help' for its options.").arg(commandName) << '\n';
        return ExitUsage;
    }
    if (arguments.isSet(helpOption)) {
        out << CliText::tr("Usage: satchel-cli [--wallet PATH] [--json] %1").arg(command.synopsis()) << '\n'
            << '\n' << command.help() << '\n';
        return ExitOk;
    }
    if (!context.applyGlobalOptions(arguments))
        return ExitUsage;
    const int code = command.run(arguments, context);
    out.flush();
    err.flush();
    return code;
}
