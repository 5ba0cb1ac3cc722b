// A satchel-cli command (import, list, verify, canon...). Each command is one subclass in its own
// file that registers itself with a static CliCommand::Registration, so adding a command touches
// no shared file.
#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Satchel::Cli {

// Exit codes shared by every command (design.md: 0 success, 1 some input failed, 2 usage).
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

class CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::CliCommand)
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;       // the word after satchel-cli, e.g. "import"
    virtual QString synopsis() const = 0;   // one line: arguments, e.g. "import INPUT..."
    virtual QString summary() const = 0;    // one translated sentence for the command list
    virtual QString help() const { return summary(); } // full translated help for --help
    virtual bool needsWallet() const { return true; }
    // args are the words after the command name, with global options already removed.
    virtual int run(const QStringList &args, CliContext &context) = 0;

    using Factory = std::function<std::unique_ptr<CliCommand>()>;
    static std::vector<Factory> &registry();

    struct Registration {
        explicit Registration(Factory factory) { registry().push_back(std::move(factory)); }
    };
};

} // namespace Satchel::Cli

// In a command's .cpp: SATCHEL_REGISTER_CLI_COMMAND(ImportCommand)
#define SATCHEL_REGISTER_CLI_COMMAND(Type)                                                          \
    static const Satchel::Cli::CliCommand::Registration s_registration##Type(                       \
        [] { return std::unique_ptr<Satchel::Cli::CliCommand>(new Type()); });
