// A satchel-cli command (import, list, verify, canon...). Each command is one subclass in its own
// file that registers itself with SATCHEL_REGISTER_CLI_COMMAND, so adding a command touches no
// shared file. A command declares its name, synopsis and options; main() parses its words with
// QCommandLineParser (the global options are accepted after the command name too, and already
// applied to the CliContext) and calls run() only with words that parsed.
#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Satchel::Cli {

// Exit codes shared by every command (design.md: 0 success, 1 some input failed, 2 usage).
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

class CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::CliCommand)
public:
    // name: the word after satchel-cli, e.g. "import"; synopsis: one line of arguments, e.g.
    // "import INPUT..."; options: the command's own options (descriptions live in help()).
    CliCommand(QString name, QString synopsis, QList<QCommandLineOption> options = {});
    virtual ~CliCommand() = default;

    QString name() const { return m_name; }
    QString synopsis() const { return m_synopsis; }
    const QList<QCommandLineOption> &options() const { return m_options; }
    virtual QString summary() const = 0;                // one translated sentence for the command list
    virtual QString help() const { return summary(); } // full translated help for --help

    // arguments: the command's words, parsed; positionalArguments() excludes every option.
    virtual int run(const QCommandLineParser &arguments, CliContext &context) = 0;

    // A credential id as printed by 'list', or nothing after printing why the word is not one.
    static std::optional<qint64> credentialId(const QString &word, CliContext &context);

    using Factory = std::function<std::unique_ptr<CliCommand>()>;
    static std::vector<Factory> &registry();

    struct Registration {
        explicit Registration(Factory factory) { registry().push_back(std::move(factory)); }
    };

protected:
    static QCommandLineOption flag(const QString &name) { return QCommandLineOption(name); }
    static QCommandLineOption valued(const QStringList &names, const QString &valueName)
    {
        return QCommandLineOption(names, QString(), valueName);
    }
    // The options several commands share, spelt the same everywhere.
    static QCommandLineOption outOption()
    {
        return valued({ QStringLiteral("o"), QStringLiteral("out") }, QStringLiteral("FILE"));
    }
    static QCommandLineOption passphraseFileOption()
    {
        return valued({ QStringLiteral("passphrase-file") }, QStringLiteral("F"));
    }
    // Prints "Usage: satchel-cli SYNOPSIS" (or message, when given) and returns ExitUsage.
    int usageError(CliContext &context, const QString &message = QString()) const;
    // A failed step: {code, message} on stdout with --json, the message (or shown, when given) on
    // stderr; returns ExitFailed.
    static int failure(const Error &error, CliContext &context, const QString &shown = QString());

private:
    QString m_name;
    QString m_synopsis;
    QList<QCommandLineOption> m_options;
};

} // namespace Satchel::Cli

// In a command's .cpp: SATCHEL_REGISTER_CLI_COMMAND(ImportCommand)
#define SATCHEL_REGISTER_CLI_COMMAND(Type)                                                          \
    static const Satchel::Cli::CliCommand::Registration s_registration##Type(                       \
        [] { return std::unique_ptr<Satchel::Cli::CliCommand>(new Type()); });
