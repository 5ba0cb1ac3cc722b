// satchel-cli tag add|remove|list: the learner's own tags on a credential, as File → Tags and
// collections sets them in the GUI (searchable at once, shown as a filter).
#include "CliCommand.h"
#include "OrganizeArguments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel::Cli {

class TagCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::TagCommand)
public:
    TagCommand()
        : CliCommand(QStringLiteral("tag"), QStringLiteral("tag add|remove ID TAG... | list [ID]"), {})
    {
    }
    QString summary() const override { return tr("Tag a credential, untag it, list tags."); }
    QString help() const override
    {
        return tr("Your own tags on a credential (ID as printed by 'list'), as in the window's Tags and collections.\n"
                  "  tag add ID TAG...      add one or more tags (quote a tag with spaces; at most %1 characters)\n"
                  "  tag remove ID TAG...   remove them\n"
                  "  tag list [ID]          every tag in the wallet, or those of one credential\n"
                  "Put -- before a tag that starts with two dashes.\n"
                  "With --json: add and remove print {\"id\": ID, \"tags\": [...]} (the tags afterwards), list an array.\n"
                  "Exit status: 0 done; 1 no such credential, a tag it does not have, or the wallet refused;\n"
                  "2 usage error.")
            .arg(OrganizeArguments::kMaxNameLength);
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        OrganizeArguments a;
        Wallet *wallet = nullptr;
        if (const int code = a.open(arguments.positionalArguments(), context, false,
                                    tr("Usage: tag add ID TAG... | tag remove ID TAG... | tag list [ID]"), wallet))
            return code;

        if (a.isList()) {
            const QStringList tags = a.id != 0 ? wallet->tags(a.id) : wallet->allTags();
            if (context.json)
                context.out << QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Indented);
            else
                for (const QString &tag : tags)
                    context.out << tag << '\n';
            return ExitOk;
        }
        int code = ExitOk;
        for (const QString &tag : std::as_const(a.names)) {
            const Status status = a.isAdd() ? wallet->addTag(a.id, tag) : wallet->removeTag(a.id, tag);
            if (!status) {
                context.err << status.error().message << '\n';
                code = ExitFailed; // the other tags are still tried: each is its own change
            }
        }
        if (context.json) {
            const QJsonObject result{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("tags"), QJsonArray::fromStringList(wallet->tags(a.id))}};
            context.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        }
        return code;
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::TagCommand;
SATCHEL_REGISTER_CLI_COMMAND(TagCommand)
