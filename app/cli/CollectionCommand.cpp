// satchel-cli collection add|remove|list: puts a credential in one of the learner's collections
// (made on first use, as the GUI's "New collection…") or takes it out, and lists them.
#include "CliCommand.h"
#include "OrganizeArguments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel::Cli {

class CollectionCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::CollectionCommand)
public:
    CollectionCommand()
        : CliCommand(QStringLiteral("collection"), QStringLiteral("collection add|remove ID NAME | list [ID]"), {})
    {
    }
    QString summary() const override { return tr("Put a credential in a collection, take it out, list them."); }
    QString help() const override
    {
        return tr("Your collections (ID as printed by 'list'), as in the window's Tags and collections.\n"
                  "  collection add ID NAME      put the credential in the collection NAME, made when there is none\n"
                  "                              (quote a name with spaces; at most %1 characters)\n"
                  "  collection remove ID NAME   take it out (the collection stays, the credential stays in the wallet)\n"
                  "  collection list [ID]        every collection with its size, or those holding one credential\n"
                  "Names are matched exactly, else ignoring case.\n"
                  "With --json: add and remove print {\"id\": ID, \"collections\": [...]} (its collections afterwards),\n"
                  "list an array of {id, name, count}.\n"
                  "Exit status: 0 done; 1 no such credential or collection, or the wallet refused; 2 usage error.")
            .arg(OrganizeArguments::kMaxNameLength);
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        OrganizeArguments a;
        Wallet *wallet = nullptr;
        if (const int code = a.open(arguments.positionalArguments(), context, true,
                                    tr("Usage: collection add ID NAME | collection remove ID NAME | collection list [ID]"),
                                    wallet))
            return code;

        if (a.isList()) {
            printCollections(collectionsOf(*wallet, a.id), context);
            return ExitOk;
        }
        const QString &name = a.names.constFirst();
        qint64 collectionId = find(*wallet, name);
        if (collectionId < 0) {
            context.err << tr("Several collections are called %1: rename one in the window first.").arg(name) << '\n';
            return ExitFailed;
        }
        Status status;
        if (a.isAdd()) {
            if (collectionId == 0) {
                auto created = wallet->createCollection(name);
                if (!created) {
                    context.err << created.error().message << '\n';
                    return ExitFailed;
                }
                collectionId = created.value();
            }
            status = wallet->addToCollection(collectionId, a.id);
        } else if (collectionId == 0) {
            context.err << tr("There is no collection %1 (see 'collection list').").arg(name) << '\n';
            return ExitFailed;
        } else {
            status = wallet->removeFromCollection(collectionId, a.id);
        }
        if (!status) {
            context.err << status.error().message << '\n';
            return ExitFailed;
        }
        if (context.json) {
            QJsonArray names;
            for (const Collection &collection : collectionsOf(*wallet, a.id))
                names.append(collection.name);
            context.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("collections"), names}})
                               .toJson(QJsonDocument::Indented);
        }
        return ExitOk;
    }

private:
    // The collection called name: exactly, else ignoring case; 0 when none, -1 when ambiguous.
    static qint64 find(const Wallet &wallet, const QString &name)
    {
        const QList<Collection> all = wallet.collections();
        for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            QList<qint64> matches;
            for (const Collection &collection : all)
                if (collection.name.compare(name, cs) == 0)
                    matches << collection.id;
            if (matches.size() == 1)
                return matches.first();
            if (matches.size() > 1)
                return -1;
        }
        return 0;
    }

    // Every collection, or (id > 0) those holding credential id.
    static QList<Collection> collectionsOf(const Wallet &wallet, qint64 id)
    {
        QList<Collection> shown = wallet.collections();
        if (id > 0) {
            const QList<qint64> holding = wallet.collectionsOf(id);
            shown.removeIf([&holding](const Collection &c) { return !holding.contains(c.id); });
        }
        return shown;
    }

    static void printCollections(const QList<Collection> &collections, CliContext &context)
    {
        if (context.json) {
            QJsonArray array;
            for (const Collection &c : collections)
                array.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
                                         {QStringLiteral("count"), c.count}});
            context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return;
        }
        for (const Collection &c : collections)
            context.out << QString::number(c.id).rightJustified(4) << "  " << tr("%1 (%n credential(s))", nullptr, c.count).arg(c.name)
                        << '\n';
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::CollectionCommand;
SATCHEL_REGISTER_CLI_COMMAND(CollectionCommand)
