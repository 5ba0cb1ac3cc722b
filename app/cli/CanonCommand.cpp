// satchel-cli canon FILE [--hash] [--unsafe]: the RDFC-1.0 canonical N-Quads of a JSON-LD
// document (bundled contexts only, JSON-LD safe mode) or of an .nq file. No wallet needed.
#include "CliCommand.h"

#include "jsonld/JsonLdCanonicalizer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel::Cli {

class CanonCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::CanonCommand)
public:
    CanonCommand()
        : CliCommand(QStringLiteral("canon"), QStringLiteral("canon FILE [--hash] [--unsafe]"),
                     { flag(QStringLiteral("hash")), flag(QStringLiteral("unsafe")) })
    {
    }
    QString summary() const override { return tr("Print the canonical N-Quads (RDFC-1.0) of a JSON-LD or N-Quads file."); }
    QString help() const override
    {
        return tr("Canonicalizes FILE with RDFC-1.0 and prints the canonical N-Quads.\n"
                  "FILE is a JSON-LD document (only the contexts bundled with Satchel are used; nothing is\n"
                  "fetched) or an N-Quads file (.nq). JSON-LD safe mode is on: a document that uses undefined\n"
                  "terms or relative IRIs is an error (code data-loss), as Data Integrity requires.\n"
                  "  --hash    print the SHA-256 of the canonical N-Quads in hex instead\n"
                  "  --unsafe  drop undefined terms silently instead of failing (diagnostics only)\n"
                  "With --json: {file, sha256, quads, nquads} or {file, error: {code, message}}.");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        const bool hash = arguments.isSet(QStringLiteral("hash"));
        JsonLdCanonicalizer::Options options;
        options.safeMode = !arguments.isSet(QStringLiteral("unsafe"));
        const QStringList files = arguments.positionalArguments();
        if (files.size() != 1)
            return usageError(context);
        QFile f(files.front());
        if (!f.open(QIODevice::ReadOnly)) {
            return report(context, files.front(),
                          Error{QStringLiteral("io"), tr("cannot read %1: %2").arg(files.front(), f.errorString())});
        }
        const QByteArray bytes = f.read(64 * 1024 * 1024);
        const bool nquads = files.front().endsWith(QLatin1String(".nq"), Qt::CaseInsensitive)
            || files.front().endsWith(QLatin1String(".nquads"), Qt::CaseInsensitive);
        const Result<QByteArray> canon = nquads
            ? JsonLdCanonicalizer::canonicalizeNQuads(bytes, options)
            : JsonLdCanonicalizer::canonicalize(bytes, BundledContextLoader::instance(), options);
        if (!canon.ok())
            return report(context, files.front(), canon.error());
        const QByteArray digest = JsonLdCanonicalizer::sha256(*canon).toHex();
        if (context.json) {
            QJsonObject o;
            o.insert(QStringLiteral("file"), files.front());
            o.insert(QStringLiteral("sha256"), QString::fromLatin1(digest));
            o.insert(QStringLiteral("quads"), int(canon->count('\n')));
            o.insert(QStringLiteral("nquads"), QString::fromUtf8(*canon));
            context.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else if (hash) {
            context.out << digest << '\n';
        } else {
            context.out << QString::fromUtf8(*canon);
        }
        context.out.flush();
        return ExitOk;
    }

private:
    int report(CliContext &context, const QString &file, const Error &error)
    {
        if (context.json) {
            QJsonObject e;
            e.insert(QStringLiteral("code"), error.code);
            e.insert(QStringLiteral("message"), error.message);
            QJsonObject o;
            o.insert(QStringLiteral("file"), file);
            o.insert(QStringLiteral("error"), e);
            context.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            context.out.flush();
        } else {
            context.err << tr("canon: %1: %2 (%3)").arg(file, error.message, error.code) << '\n';
        }
        return ExitFailed;
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::CanonCommand;
SATCHEL_REGISTER_CLI_COMMAND(CanonCommand)
