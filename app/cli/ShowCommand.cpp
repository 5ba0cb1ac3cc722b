// satchel-cli show ID: everything the wallet knows about one credential.
#include "CliCommand.h"
#include "CredentialJson.h"
#include "receive/CredentialReceiver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Satchel::Cli {

class ShowCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::ShowCommand)
public:
    ShowCommand()
        : CliCommand(QStringLiteral("show"), QStringLiteral("show ID"), {})
    {
    }
    QString summary() const override { return tr("Show every field of one credential."); }
    QString help() const override
    {
        return tr("Shows one credential (ID as printed by 'list'): every field the issuer gave, the\n"
                  "wallet's data (tags, status, source) and the raw credential.\n"
                  "With --json: {\"summary\": {...}, \"credential\": {...parsed...}, \"raw\": {...},\n"
                  "\"otherVersions\": [...]} (other copies with the same issuer and id; `verify` shows the one\n"
                  "that verifies).");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        const QStringList words = arguments.positionalArguments();
        bool isNumber = false;
        const qint64 id = words.value(0).toLongLong(&isNumber);
        if (words.size() != 1 || !isNumber)
            return usageError(context, tr("show needs one credential id (see 'list')"));
        const auto stored = context.credential(id);
        if (!stored)
            return ExitFailed;
        Wallet *wallet = context.wallet();
        auto parsed = wallet->parsed(id);
        if (!parsed) {
            context.err << tr("Cannot read credential %1: %2").arg(id).arg(parsed.error().message) << '\n';
            return ExitFailed;
        }
        const QJsonObject credential = CredentialJson::credentialToJson(parsed.value());
        const RawCredential &raw = stored->raw;
        const QList<CredentialVersion> versions = wallet->versions(id, false);
        if (context.json) {
            QJsonObject rawJson;
            rawJson.insert(QStringLiteral("format"), formatName(raw.format));
            rawJson.insert(QStringLiteral("sourceName"), raw.sourceName);
            rawJson.insert(QStringLiteral("text"), QString::fromUtf8(raw.bytes));
            rawJson.insert(QStringLiteral("json"), parsed->json);
            if (!parsed->jwsHeader.isEmpty())
                rawJson.insert(QStringLiteral("jwsHeader"), parsed->jwsHeader);
            rawJson.insert(QStringLiteral("bakedImageType"), raw.bakedImageType);
            rawJson.insert(QStringLiteral("bakedKeyword"), raw.bakedKeyword);
            QJsonObject root;
            root.insert(QStringLiteral("summary"), CredentialJson::summaryToJson(stored->summary));
            root.insert(QStringLiteral("credential"), credential);
            root.insert(QStringLiteral("raw"), rawJson);
            // The other copies of this credential (same issuer and id, other bytes).
            QJsonArray versionsJson;
            for (const CredentialVersion &version : versions) {
                versionsJson.append(QJsonObject{
                    {QStringLiteral("versionId"), version.id},
                    {QStringLiteral("sourceName"), version.raw.sourceName},
                    {QStringLiteral("format"), formatName(version.raw.format)},
                    {QStringLiteral("addedAt"), version.addedAt.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("status"), version.status}});
            }
            root.insert(QStringLiteral("otherVersions"), versionsJson);
            // How it reached the wallet when an issuer sent it (satchel-cli receive, the Receive dialog).
            const auto &received = stored->provenance;
            root.insert(QStringLiteral("received"),
                        received ? QJsonValue(QJsonObject{{QStringLiteral("protocol"), received->protocol},
                                                          {QStringLiteral("issuerDomain"), received->issuerDomain},
                                                          {QStringLiteral("issuerName"), received->issuerName},
                                                          {QStringLiteral("issuerUrl"), received->issuerUrl},
                                                          {QStringLiteral("holder"), received->holderDid},
                                                          {QStringLiteral("receivedAt"), received->receivedAt.toString(Qt::ISODate)}})
                                 : QJsonValue());
            context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        const CredentialSummary &s = stored->summary;
        context.out << tr("Wallet id: %1").arg(s.id) << '\n';
        if (s.addedAt.isValid())
            context.out << tr("Added: %1").arg(s.addedAt.toUTC().toString(Qt::ISODate)) << '\n';
        if (!s.status.isEmpty())
            context.out << tr("Status: %1").arg(s.status) << '\n';
        if (!s.tags.isEmpty())
            context.out << tr("Tags: %1").arg(s.tags.join(QStringLiteral(", "))) << '\n';
        if (!raw.sourceName.isEmpty())
            context.out << tr("Source: %1").arg(raw.sourceName) << '\n';
        if (stored->provenance)
            context.out << CredentialReceiver::provenanceText(*stored->provenance) << '\n';
        if (!stored->imageBytes.isEmpty())
            context.out << tr("Image: %1 (%2 bytes)").arg(stored->imageType).arg(stored->imageBytes.size()) << '\n';
        for (const CredentialVersion &version : versions) {
            context.out << tr("Other version: added %1 from %2, status %3")
                               .arg(version.addedAt.toUTC().toString(Qt::ISODate), version.raw.sourceName,
                                    version.status.isEmpty() ? tr("not verified") : version.status)
                        << '\n';
        }
        printObject(credential, 0, context);
        context.out << '\n' << tr("Raw credential:") << '\n';
        if (parsed->json.isEmpty())
            context.out << QString::fromUtf8(raw.bytes) << '\n';
        else
            context.out << QJsonDocument(parsed->json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

private:
    // "key: value" lines, nested objects indented; every field of the parsed view.
    static void printObject(const QJsonObject &object, int indent, CliContext &context)
    {
        const QString pad(indent * 2, QLatin1Char(' '));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue value = it.value();
            if (value.isObject()) {
                context.out << pad << it.key() << ":\n";
                printObject(value.toObject(), indent + 1, context);
            } else if (value.isArray()) {
                context.out << pad << it.key() << ":\n";
                for (const QJsonValue &element : value.toArray()) {
                    if (element.isObject()) {
                        context.out << pad << "  -\n";
                        printObject(element.toObject(), indent + 2, context);
                    } else {
                        context.out << pad << "  - " << scalar(element) << '\n';
                    }
                }
            } else {
                context.out << pad << it.key() << ": " << scalar(value) << '\n';
            }
        }
    }

    static QString scalar(const QJsonValue &value)
    {
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (value.isDouble())
            return QString::number(value.toDouble());
        return value.toString();
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::ShowCommand;
SATCHEL_REGISTER_CLI_COMMAND(ShowCommand)
