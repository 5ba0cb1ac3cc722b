// What `tag` and `collection` share: their words split into action, credential id and names (the
// parser's "--" lets a name start with a dash), the length bound the GUI applies to tag and
// collection names, and the check that the credential exists before anything is written.
#pragma once

#include "CliContext.h"
#include "storage/Wallet.h"

#include <QCoreApplication>
#include <QStringList>

namespace Satchel::Cli {

class OrganizeArguments {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::OrganizeArguments)
public:
    static constexpr int kMaxNameLength = 100; // as in the Tags and collections dialog

    QString action;      // "add", "remove", "list"
    qint64 id = 0;       // the credential, 0 when none was given
    QStringList names;   // tags or the collection name, simplified

    bool isList() const { return action == QLatin1String("list"); }
    bool isAdd() const { return action == QLatin1String("add"); }

    // Reads words (the command's positional words) as "add|remove ID NAME..." (exactly one NAME
    // when oneName) or "list [ID]", checks the names, opens the wallet and checks that the
    // credential exists. ExitOk with wallet set, else the exit code to return, the reason printed
    // (usage, which is shown on a usage error, included).
    int open(const QStringList &words, CliContext &context, bool oneName, const QString &usage, Wallet *&wallet);

private:
    bool parse(const QStringList &words, CliContext &context);
    bool namesAreValid(CliContext &context) const;
};

} // namespace Satchel::Cli
