// satchel-cli import INPUT...: files, folders, .zip archives, URLs, or "-" for text on stdin.
#include "CliCommand.h"
#include "formats/CredentialReader.h"
#include "importer/ImportService.h"
#include "net/NetworkMode.h"
#include "verify/PresentationVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel::Cli {

class ImportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::ImportCommand)
public:
    ImportCommand()
        : CliCommand(QStringLiteral("import"), QStringLiteral("import [--offline] INPUT..."), {})
    {
    }
    QString summary() const override { return tr("Import credentials from files, folders, .zip archives or URLs."); }
    QString help() const override
    {
        return tr("Imports every credential found in the inputs into the wallet.\n"
                  "An input is a file (.json, .jsonld, .jws, .jwt, .txt, baked .png or .svg), a folder\n"
                  "(searched recursively), a .zip archive, an http(s) URL, or \"-\" for text on stdin.\n"
                  "Prints one line per credential: imported|duplicate|version|failed, the input, and the\n"
                  "credential's name or the reason of the failure. \"version\": the wallet already holds\n"
                  "this credential (same issuer and id) with other content; both are kept, and\n"
                  "`verify` shows the one that verifies.\n\n"
                  "Options:\n"
                  "  --offline   fetch nothing; linked documents that are not cached are reported\n"
                  "  --json      print the report as a JSON array\n\n"
                  "Exit status: 0 when every input was imported or already present, 1 when any failed.");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        ImportOptions options;
        options.network = context.network;
        options.checkPresentation = &PresentationVerifier::holderCheck;
        const QStringList inputs = arguments.positionalArguments();
        if (inputs.isEmpty())
            return usageError(context, tr("import needs at least one input (file, folder, archive, URL or -)"));

        Wallet *wallet = context.wallet();
        if (!wallet)
            return ExitFailed;
        ImportService service(*wallet, options);
        ImportReport report;
        QStringList paths = inputs;
        paths.removeAll(QStringLiteral("-"));
        if (!paths.isEmpty())
            report = service.importPaths(paths);
        if (inputs.contains(QStringLiteral("-"))) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                context.err << tr("Cannot read standard input") << '\n';
                return ExitFailed;
            }
            // One byte past the cap, so that oversized input is reported as "too large".
            const ImportReport pasted
                = service.importText(in.read(CredentialReader::kMaxFileBytes + 1), QStringLiteral("stdin"));
            report.items += pasted.items;
        }

        if (context.json) {
            QJsonArray array;
            for (const ImportItemReport &item : std::as_const(report.items))
                array.append(toJson(item));
            context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const ImportItemReport &item : std::as_const(report.items)) {
                context.out << outcomeWord(item.outcome) << "  " << item.input << "  "
                            << (item.outcome == ImportItemReport::Failed ? item.message
                                : item.outcome == ImportItemReport::Version || item.holderSignature != ImportItemReport::NotPresented
                                ? describe(item) + QLatin1String(": ") + item.message
                                                                          : describe(item)) << '\n';
                for (const QString &warning : item.warnings)
                    context.err << tr("warning: %1: %2").arg(item.input, warning) << '\n';
            }
        }
        return report.failedCount() > 0 ? ExitFailed : ExitOk;
    }

private:
    static QString outcomeWord(ImportItemReport::Outcome outcome)
    {
        // Machine-readable words (scripts match them), deliberately not translated.
        switch (outcome) {
        case ImportItemReport::Imported: return QStringLiteral("imported");
        case ImportItemReport::Duplicate: return QStringLiteral("duplicate");
        case ImportItemReport::Version: return QStringLiteral("version");
        case ImportItemReport::Failed: break;
        }
        return QStringLiteral("failed");
    }

    static QString describe(const ImportItemReport &item)
    {
        const QString name = item.name.isEmpty() ? tr("(name unknown)") : item.name;
        if (item.issuer.isEmpty())
            return name;
        return tr("%1 (issued by %2)").arg(name, item.issuer);
    }

    static QJsonObject toJson(const ImportItemReport &item)
    {
        QJsonObject o;
        o.insert(QStringLiteral("input"), item.input);
        o.insert(QStringLiteral("outcome"), outcomeWord(item.outcome));
        o.insert(QStringLiteral("code"), item.code);
        o.insert(QStringLiteral("message"), item.message);
        o.insert(QStringLiteral("id"), item.credentialId);
        o.insert(QStringLiteral("name"), item.name);
        o.insert(QStringLiteral("issuer"), item.issuer);
        o.insert(QStringLiteral("format"), item.format);
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(item.warnings));
        o.insert(QStringLiteral("nestedCount"), item.nestedCount);
        if (item.holderSignature != ImportItemReport::NotPresented) {
            // Where it came from: a verifiable presentation, by whom, and whether they signed it.
            static const char *const kHolderSignature[] = {"", "not-checked", "valid", "invalid"};
            o.insert(QStringLiteral("presentationHolder"), item.presentationHolder);
            o.insert(QStringLiteral("holderSignature"), QLatin1String(kHolderSignature[item.holderSignature]));
        }
        return o;
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::ImportCommand;
SATCHEL_REGISTER_CLI_COMMAND(ImportCommand)
