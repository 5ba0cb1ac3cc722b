// satchel-cli pathways: import pathway definitions into the wallet and show progress on them.
//   pathways import FILE|URL... our format, a Badgr/Canvas pathway, or a CLR 2.0 (its associations)
//   pathways import --credential ID   the associations of a CLR already in the wallet
//   pathways list [--json]      each pathway with id, name, percent, satisfied, missing, next
//   pathways show ID [--json]   the evaluated requirement tree
//   pathways remove ID
#include "CliCommand.h"

#include "net/Fetcher.h"
#include "pathways/ClrPathwayImporter.h"
#include "pathways/PathwayEngine.h"
#include "pathways/PathwayFormat.h"
#include "pathways/PathwayReader.h"
#include "pathways/PathwayStore.h"
#include "pathways/WalletCredentials.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Satchel::Cli {

class PathwaysCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::PathwaysCommand)
public:
    PathwaysCommand()
        : CliCommand(QStringLiteral("pathways"), QStringLiteral("pathways import FILE|URL...|--credential ID | list | show ID | remove ID"),
                     { valued({ QStringLiteral("credential") }, QStringLiteral("ID")) })
    {
    }
    QString summary() const override { return tr("Import stackable pathways and see progress on them."); }
    QString help() const override
    {
        return tr("pathways import FILE|URL...   import pathway definitions (files or http/https addresses): Satchel's\n"
                  "                              format (\"satchelPathway\": 1), a Badgr/Canvas pathway, or a CLR 2.0\n"
                  "                              credential's associations\n"
                  "pathways import --credential ID   import the associations of a CLR stored in the wallet\n"
                  "pathways list                 every pathway with its progress\n"
                  "pathways show ID              the evaluated requirement tree of one pathway\n"
                  "pathways remove ID            delete a pathway (not the credentials)\n"
                  "With --json: list gives [{id, name, percent, satisfied, missing, next}], show the tree,\n"
                  "import [{file, ok, id, name, source, error}]. Progress is judged at --now when given.");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        QStringList words = arguments.positionalArguments();
        const QString credentialId = arguments.value(QStringLiteral("credential"));
        if (words.isEmpty())
            return usageError(context);
        const QString action = words.takeFirst();
        if (action == QLatin1String("import")) {
            if (words.isEmpty() && credentialId.isEmpty()) {
                context.err << tr("pathways import needs a file, a URL or --credential ID") << '\n';
                return ExitUsage;
            }
            return runImport(words, credentialId, context);
        }
        if (action == QLatin1String("list")) {
            if (!words.isEmpty()) {
                context.err << tr("pathways list takes no arguments") << '\n';
                return ExitUsage;
            }
            return runList(context);
        }
        if (action == QLatin1String("show") || action == QLatin1String("remove")) {
            if (words.size() != 1) {
                context.err << tr("pathways %1 needs one pathway id").arg(action) << '\n';
                return ExitUsage;
            }
            return action == QLatin1String("show") ? runShow(words.first(), context) : runRemove(words.first(), context);
        }
        context.err << tr("Unknown pathways action: %1").arg(action) << '\n';
        return ExitUsage;
    }

private:
    struct Opened {
        Wallet *wallet = nullptr;
        std::unique_ptr<PathwayStore> store;
    };

    // The wallet first (it creates and migrates the file), then the pathways table on it.
    static bool open(CliContext &context, Opened &opened)
    {
        opened.wallet = context.wallet();
        if (!opened.wallet)
            return false;
        opened.store = std::make_unique<PathwayStore>(*opened.wallet);
        return true;
    }

    static QList<EarnedCredential> earnedCredentials(Wallet &wallet, CliContext &context)
    {
        auto loaded = WalletCredentials::load(wallet);
        if (!loaded) {
            context.err << loaded.error().message << '\n';
            return {};
        }
        return *loaded;
    }

    int runImport(const QStringList &files, const QString &credentialId, CliContext &context)
    {
        Opened opened;
        if (!open(context, opened))
            return ExitFailed;
        QJsonArray report;
        bool failed = false;
        auto record = [&](const QString &input, const Result<QList<Pathway>> &result, const QString &source) {
            if (!result) {
                failed = true;
                report.append(QJsonObject{{QStringLiteral("file"), input}, {QStringLiteral("ok"), false},
                                          {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), result.error().code},
                                                                                {QStringLiteral("message"), result.error().message}}}});
                if (!context.json)
                    context.err << tr("%1: %2").arg(input, result.error().message) << '\n';
                return;
            }
            for (const Pathway &p : *result) {
                const Status stored = opened.store->put(p, source, QDateTime::currentDateTimeUtc());
                QJsonObject entry{{QStringLiteral("file"), input}, {QStringLiteral("ok"), stored.ok()},
                                  {QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name},
                                  {QStringLiteral("source"), p.source}};
                if (!stored) {
                    failed = true;
                    entry.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), stored.error().code},
                                                                      {QStringLiteral("message"), stored.error().message}});
                    if (!context.json)
                        context.err << tr("%1: %2").arg(input, stored.error().message) << '\n';
                } else if (!context.json) {
                    context.out << tr("Imported pathway %1 (%2)").arg(p.name, p.id) << '\n';
                }
                report.append(entry);
            }
        };
        Fetcher fetcher(nullptr, context.network); // no cache: a pathway document is kept in the wallet once imported
        for (const QString &input : files) {
            if (PathwayReader::isUrl(input))
                record(input, PathwayReader::fromUrl(QUrl(input), fetcher), input);
            else
                record(input, PathwayReader::fromFile(input), QFileInfo(input).fileName());
        }
        if (!credentialId.isEmpty()) {
            bool isNumber = false;
            const qint64 id = credentialId.toLongLong(&isNumber);
            Result<QList<Pathway>> result = Error{QStringLiteral("usage"), tr("Not a wallet credential id: %1").arg(credentialId)};
            if (isNumber) {
                auto parsed = opened.wallet->parsed(id);
                if (!parsed)
                    result = parsed.error();
                else if (!parsed->isClr())
                    result = Error{QStringLiteral("not-a-clr"), tr("Credential %1 is not a CLR").arg(credentialId)};
                else
                    result = ClrPathwayImporter::fromClr(*parsed);
            }
            record(QStringLiteral("credential:") + credentialId, result, QStringLiteral("wallet:") + credentialId);
        }
        if (context.json)
            context.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        return failed ? ExitFailed : ExitOk;
    }

    int runList(CliContext &context)
    {
        Opened opened;
        if (!open(context, opened))
            return ExitFailed;
        QStringList problems;
        auto stored = opened.store->list(&problems);
        if (!stored) {
            context.err << stored.error().message << '\n';
            return ExitFailed;
        }
        for (const QString &problem : problems)
            context.err << problem << '\n';
        PathwayEngine engine(earnedCredentials(*opened.wallet, context), context.verificationTime());
        QJsonArray array;
        for (const StoredPathway &s : *stored) {
            const PathwayProgress progress = engine.evaluate(s.pathway);
            if (context.json) {
                array.append(engine.summaryJson(s.pathway, progress));
                continue;
            }
            context.out << QString::number(progress.percent, 'f', 0).rightJustified(4) << "%  "
                        << (progress.satisfied ? tr("complete") : tr("open")).leftJustified(9) << ' '
                        << s.pathway.name << "  (" << s.pathway.id << ")\n";
        }
        if (context.json)
            context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return problems.isEmpty() ? ExitOk : ExitFailed;
    }

    static void printTree(const Pathway &p, const PathwayProgress &progress, const PathwayEngine &engine, int index,
                          int depth, QTextStream &out)
    {
        const PathwayNode &n = p.nodes.at(index);
        const NodeProgress &np = progress.nodes.at(index);
        const QString mark = np.satisfied ? QStringLiteral("[x]") : np.percent > 0 ? QStringLiteral("[~]") : QStringLiteral("[ ]");
        QString what;
        switch (n.kind) {
        case PathwayNodeKind::AllOf: what = tr("all of %1").arg(n.children.size()); break;
        case PathwayNodeKind::AtLeast: what = tr("%1 of %2").arg(n.requiredNumber).arg(n.children.size()); break;
        case PathwayNodeKind::Credits: what = tr("%1 of %2 credits").arg(np.creditsEarned).arg(n.requiredCredits); break;
        case PathwayNodeKind::Leaf: break;
        }
        const QString indent(depth * 2, QLatin1Char(' '));
        out << indent << mark << ' ' << (n.name.isEmpty() ? n.id : n.name);
        if (!what.isEmpty())
            out << "  (" << what << ')';
        out << "  " << QString::number(np.percent, 'f', 0) << "%\n";
        for (const CountedCredential &c : np.counted)
            out << indent << "    " << tr("counts: %1 [%2]").arg(engine.credentials().at(c.credential).name,
                                                                  engine.credentials().at(c.credential).key) << '\n';
        for (const SkippedCredential &s : np.skipped)
            out << indent << "    " << tr("does not count: %1 [%2]: %3")
                                           .arg(engine.credentials().at(s.credential).name,
                                                engine.credentials().at(s.credential).key, s.message) << '\n';
        if (depth > PathwayFormat::kMaxDepth)
            return;
        for (int c : n.children)
            printTree(p, progress, engine, c, depth + 1, out);
    }

    int runShow(const QString &id, CliContext &context)
    {
        Opened opened;
        if (!open(context, opened))
            return ExitFailed;
        auto stored = opened.store->get(id);
        if (!stored) {
            context.err << stored.error().message << '\n';
            return ExitFailed;
        }
        const Pathway &p = stored->pathway;
        PathwayEngine engine(earnedCredentials(*opened.wallet, context), context.verificationTime());
        const PathwayProgress progress = engine.evaluate(p);
        if (context.json) {
            context.out << QJsonDocument(engine.toJson(p, progress)).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        context.out << p.name << "  " << QString::number(progress.percent, 'f', 0) << "%"
                    << (progress.satisfied ? QStringLiteral("  ") + tr("complete") : QString()) << '\n';
        printTree(p, progress, engine, p.root, 0, context.out);
        const NodeProgress &root = progress.nodes.at(p.root);
        if (!root.next.isEmpty()) {
            QStringList next;
            for (int i : root.next)
                next << (p.nodes.at(i).name.isEmpty() ? p.nodes.at(i).id : p.nodes.at(i).name);
            context.out << tr("Next: %1").arg(next.join(QStringLiteral("; "))) << '\n';
        }
        return ExitOk;
    }

    int runRemove(const QString &id, CliContext &context)
    {
        Opened opened;
        if (!open(context, opened))
            return ExitFailed;
        const Status removed = opened.store->remove(id);
        if (!removed) {
            context.err << removed.error().message << '\n';
            return ExitFailed;
        }
        if (!context.json)
            context.out << tr("Removed pathway %1").arg(id) << '\n';
        return ExitOk;
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::PathwaysCommand;
SATCHEL_REGISTER_CLI_COMMAND(PathwaysCommand)
