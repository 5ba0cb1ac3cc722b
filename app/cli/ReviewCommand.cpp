// satchel-cli review create|open: the learner exports a review packet for a career advisor; the
// advisor opens one and gets Satchel's own verdict on every credential next to the learner's
// receipt, with skills, pathways and credits (docs/review-packet.md). Opening never touches a wallet.
#include "CliCommand.h"
#include "PassphraseInput.h"
#include "formats/CredentialReader.h"
#include "net/NetworkMode.h"
#include "review/ReviewHtml.h"
#include "review/ReviewPacketReader.h"
#include "review/ReviewPacketWriter.h"
#include "review/ReviewSession.h"
#include "storage/Wallet.h"
#include "trust/IssuerTrustChecker.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel::Cli {

class ReviewCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::ReviewCommand)
public:
    ReviewCommand()
        : CliCommand(QStringLiteral("review"), QStringLiteral("review create --out FILE [ID...|--all|--collection NAME|--pathway ID] [--passphrase-file F] | "
                              "open FILE [--passphrase-file F] [--challenge C] [--json]"),
                     { outOption(), passphraseFileOption(), flag(QStringLiteral("all")),
                       valued({ QStringLiteral("collection") }, QStringLiteral("NAME")),
                       valued({ QStringLiteral("pathway") }, QStringLiteral("ID")),
                       valued({ QStringLiteral("learner") }, QStringLiteral("NAME")),
                       flag(QStringLiteral("include-identities")), flag(QStringLiteral("encrypt")),
                       valued({ QStringLiteral("challenge") }, QStringLiteral("C")) })
    {
    }
    QString summary() const override { return tr("Export a review packet for an advisor, or review one."); }
    QString help() const override
    {
        return tr("  review create --out FILE [ID...] [--all] [--collection NAME] [--pathway ID]\n"
                  "                [--learner NAME] [--include-identities] [--encrypt | --passphrase-file F]\n"
                  "      writes the chosen credentials (--all: every one), with their original bytes, images and\n"
                  "      your last verification,\n"
                  "      the pathways involved and a summary to FILE (.satchel-review); with --encrypt or\n"
                  "      --passphrase-file it is sealed with a passphrase. Identities only with --include-identities.\n"
                  "  review open FILE [--passphrase-file F] [--offline] [--json]\n"
                  "      verifies every credential of the packet again, compares with the learner's receipts,\n"
                  "      and prints the credentials, skills, pathways and credits. Exit 0 only when every\n"
                  "      credential is valid.\n"
                  "  review open FILE.json [--challenge C] [--offline] [--json]\n"
                  "      the same for a signed presentation file (satchel-cli share presentation): also checks that\n"
                  "      its holder signed it, for the code C you gave them. Exit 0 only when all is valid.\n"
                  "The passphrase is read from the first line of --passphrase-file, or asked on the terminal.\n"
                  "It is never taken from the command line.");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        Options options;
        options.out = arguments.value(QStringLiteral("out"));
        options.passphraseFile = arguments.value(QStringLiteral("passphrase-file"));
        options.selection.allCredentials = arguments.isSet(QStringLiteral("all"));
        options.selection.collection = arguments.value(QStringLiteral("collection"));
        options.selection.pathwayId = arguments.value(QStringLiteral("pathway"));
        options.selection.learnerName = arguments.value(QStringLiteral("learner"));
        options.selection.includeIdentities = arguments.isSet(QStringLiteral("include-identities"));
        options.encrypt = arguments.isSet(QStringLiteral("encrypt"));
        options.words = arguments.positionalArguments();
        options.challenge = arguments.value(QStringLiteral("challenge"));
        const QString action = options.words.value(0);
        if (action == QLatin1String("create") && !options.out.isEmpty())
            return create(options, context);
        if (action == QLatin1String("open") && options.words.size() == 2 && options.out.isEmpty())
            return open(options, context);
        context.err << tr("Usage: review create --out FILE [ID...|--all|--collection NAME|--pathway ID] [--passphrase-file F] "
                          "| review open FILE [--passphrase-file F] [--json]")
                    << '\n';
        return ExitUsage;
    }

private:
    struct Options {
        QString out;
        QString passphraseFile;
        QString challenge;
        bool encrypt = false;
        ReviewSelection selection;
        QStringList words;
    };

    static int create(Options &options, CliContext &context)
    {
        for (int i = 1; i < options.words.size(); ++i) {
            const auto id = credentialId(options.words.at(i), context);
            if (!id)
                return ExitUsage;
            options.selection.credentialIds.append(*id);
        }
        SecureBytes passphrase;
        if (options.encrypt || !options.passphraseFile.isEmpty()) {
            int exitCode = ExitOk;
            passphrase = PassphraseInput::read(options.passphraseFile, true, context, exitCode);
            if (exitCode != ExitOk)
                return exitCode;
        }
        Wallet *wallet = context.wallet();
        if (!wallet)
            return ExitFailed;
        const ReviewPacketWriter writer(*wallet);
        auto plan = writer.plan(options.selection);
        if (!plan) {
            context.err << tr("Cannot make the review packet: %1").arg(plan.error().message) << '\n';
            return plan.error().code == QLatin1String("review-empty") ? ExitUsage : ExitFailed;
        }
        const QByteArrayView secret = PassphraseInput::view(passphrase);
        if (Status written = writer.write(*plan, options.out, secret); !written) {
            context.err << tr("Cannot make the review packet: %1").arg(written.error().message) << '\n';
            return ExitFailed;
        }
        if (context.json) {
            context.out << QJsonDocument(QJsonObject{{QStringLiteral("packet"), options.out},
                                                     {QStringLiteral("credentials"), int(plan->credentials.size())},
                                                     {QStringLiteral("pathways"), int(plan->pathways.size())},
                                                     {QStringLiteral("encrypted"), !passphrase.isEmpty()}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
        } else {
            context.out << tr("Review packet written to %1").arg(options.out) << '\n'
                        << tr("%n credential(s)", nullptr, int(plan->credentials.size())) << '\n'
                        << tr("%n pathway(s)", nullptr, int(plan->pathways.size())) << '\n';
        }
        return ExitOk;
    }

    static int open(const Options &options, CliContext &context)
    {
        const QString path = options.words.at(1);
        if (!path.endsWith(QLatin1String(".satchel-review"), Qt::CaseInsensitive))
            return openPresentation(path, options.challenge, context);
        SecureBytes passphrase;
        if (ReviewPacketReader::isEncrypted(path)) {
            int exitCode = ExitOk;
            passphrase = PassphraseInput::read(options.passphraseFile, false, context, exitCode);
            if (exitCode != ExitOk)
                return exitCode;
        }
        const QByteArrayView secret = PassphraseInput::view(passphrase);
        auto packet = ReviewPacketReader::read(path, secret);
        if (!packet)
            return failed(packet.error(), context);
        ReviewOptions reviewOptions;
        reviewOptions.now = context.verificationTime();
        reviewOptions.network = context.network;
        return show(ReviewSession::review(*packet, reviewOptions), context);
    }

    static int openPresentation(const QString &path, const QString &challenge, CliContext &context)
    {
        QFile file(path);
        if (file.size() > CredentialReader::kMaxFileBytes)
            return failed(Error{QStringLiteral("too-large"), tr("The file is too large to be a presentation.")}, context);
        if (!file.open(QIODevice::ReadOnly))
            return failed(Error{QStringLiteral("review-read"), file.errorString()}, context);
        ReviewOptions reviewOptions;
        reviewOptions.now = context.verificationTime();
        reviewOptions.network = context.network;
        return show(ReviewSession::reviewPresentation(file.readAll(), challenge, reviewOptions), context);
    }

    static int show(Result<ReviewResult> result, CliContext &context)
    {
        if (!result)
            return failed(result.error(), context);
        // Each issuer as the advisor's own trust registries see it, when the advisor has a wallet
        // (reviewing makes none).
        if (QFileInfo::exists(context.resolvedWalletPath())) {
            if (Wallet *advisor = context.wallet())
                result->applyIssuerTrust(IssuerTrustChecker(*advisor));
        }

        bool allValid = !result->presentation || result->presentation->accepted();
        for (const ReviewedCredential &c : result->credentials)
            allValid &= c.status == QLatin1String("valid");
        if (context.json) {
            context.out << QJsonDocument(result->toJson()).toJson(QJsonDocument::Indented);
            return allValid ? ExitOk : ExitFailed;
        }
        const QString learner = result->learnerName.isEmpty() ? tr("a learner") : result->learnerName;
        if (result->presentation) {
            context.out << tr("Signed presentation by %1").arg(learner) << '\n'
                        << result->presentation->holderSignature.message << '\n'
                        << result->presentation->binding.message << '\n';
        } else {
            context.out << tr("Review packet of %1, made %2").arg(learner, result->created.toString(Qt::ISODate)) << '\n';
        }
        for (const ReviewedCredential &c : result->credentials) {
            QString line = QStringLiteral("%1  %2  %3").arg(c.entryId.leftJustified(5),
                                                         ReviewHtml::statusText(c.status).leftJustified(14), c.name);
            if (c.differs())
                line += QStringLiteral("  ") + tr("(the learner's receipt says: %1)").arg(ReviewHtml::statusText(c.receiptStatus));
            context.out << line << '\n';
            if (c.issuerTrust && c.issuerTrust->kind != IssuerTrust::Kind::Unknown)
                context.out << "       " << c.issuerTrust->symbol() << ' ' << c.issuerTrust->line() << '\n';
        }
        for (const SkillFramework &framework : result->skills.frameworks) {
            context.out << tr("Skills: %1").arg(framework.name) << '\n';
            for (const SkillEntry &skill : framework.skills)
                context.out << "  " << tr("%1 — %2").arg(skill.name, skill.badges.join(QStringLiteral(", "))) << '\n';
        }
        for (const ReviewedPathway &p : result->pathways)
            context.out << tr("Pathway: %1  %2%").arg(p.name).arg(qRound(p.percent)) << '\n';
        context.out << tr("Total credits: %1").arg(result->totalCredits) << '\n';
        context.out << result->counts().text() << '\n';
        return allValid ? ExitOk : ExitFailed;
    }

    static int failed(const Error &error, CliContext &context)
    {
        return failure(error, context, tr("Cannot open the review packet: %1").arg(error.message));
    }
};

SATCHEL_REGISTER_CLI_COMMAND(ReviewCommand)

} // namespace Satchel::Cli
