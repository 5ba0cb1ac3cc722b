// satchel-cli share create|list|stop: public links on a VerifierPlus server. The credential goes
// up in a presentation signed with the learner's holder key (made on first use: in the keychain,
// or sealed in the wallet under a passphrase where there is none); nothing is uploaded without
// --yes, and without it the command says what would be uploaded and where.
#include "CliCommand.h"
#include "PassphraseInput.h"
#include "net/Fetcher.h"
#include "net/NetworkMode.h"
#include "share/HolderKeyStore.h"
#include "share/PublicLinkService.h"
#include "share/QtKeychainVault.h"
#include "share/SignedPresentationFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel::Cli {

class ShareCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::ShareCommand)
public:
    ShareCommand()
        : CliCommand(QStringLiteral("share"), QStringLiteral("share create ID [--server URL] [--passphrase-file F] [--yes] | list | stop LINK | server [URL|--default] | "
                                                             "presentation ID... --challenge C [--domain D] [--identity DID] -o FILE"),
                     { valued({ QStringLiteral("server") }, QStringLiteral("URL")), passphraseFileOption(),
                       flag(QStringLiteral("default")), flag(QStringLiteral("yes")),
                       valued({ QStringLiteral("challenge") }, QStringLiteral("C")),
                       valued({ QStringLiteral("domain") }, QStringLiteral("D")),
                       valued({ QStringLiteral("identity") }, QStringLiteral("DID")), outOption() })
    {
    }
    QString summary() const override
    {
        return tr("Make a public link to a credential on a VerifierPlus server, list or stop links; or a signed "
                  "presentation file.");
    }
    QString help() const override
    {
        return tr("  share create ID [--server URL] [--passphrase-file F] --yes [--json]\n"
                  "      upload credential ID (as in `list`) in a presentation signed with your key to a\n"
                  "      VerifierPlus server (the wallet's setting, default %1) and print the link;\n"
                  "      with --json: {id, view, get, unshare}, absolute URLs. Without --yes nothing is\n"
                  "      uploaded: it says what would be uploaded and where.\n"
                  "  share list [--json]\n"
                  "      every link made, with its LINK id, credential, server, dates and state\n"
                  "  share stop LINK [--passphrase-file F]\n"
                  "      take down the link with that LINK id (the first column of `share list`, not the\n"
                  "      credential's id: a credential may have several links)\n"
                  "  share server [URL | --default]\n"
                  "      show or set the VerifierPlus server kept in the wallet\n"
                  "  share presentation ID... --challenge C [--domain D] [--identity DID] -o FILE\n"
                  "      write a presentation of the credentials ID... signed by your identity (--identity,\n"
                  "      else your default one) for someone with no verifier: C is the code they gave you,\n"
                  "      D the domain if they gave one. They open FILE with Satchel's review or any verifier.\n"
                  "Your key is made on first use and kept in the system keychain; where there is none it\n"
                  "is sealed in the wallet under a passphrase, read from the first line of\n"
                  "--passphrase-file or asked on the terminal. Only Open Badges 3.0 and CLR 2.0\n"
                  "credentials in JSON-LD form can be shared this way.")
            .arg(PublicLinkService::defaultServer());
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        m_server = arguments.value(QStringLiteral("server"));
        m_passphraseFile = arguments.value(QStringLiteral("passphrase-file"));
        m_default = arguments.isSet(QStringLiteral("default"));
        m_yes = arguments.isSet(QStringLiteral("yes"));
        const QStringList words = arguments.positionalArguments();
        const QString action = words.value(0);
        bool isNumber = false;
        const qint64 id = words.value(1).toLongLong(&isNumber);
        if (action == QLatin1String("list") && words.size() == 1)
            return list(context);
        if (action == QLatin1String("server") && words.size() <= 2 && !(m_default && words.size() == 2))
            return server(words.value(1), context);
        if (action == QLatin1String("presentation") && words.size() >= 2)
            return presentation(words.mid(1), arguments, context);
        if ((action == QLatin1String("create") || action == QLatin1String("stop")) && words.size() == 2 && isNumber) {
            Wallet *wallet = context.wallet();
            if (!wallet)
                return ExitFailed;
            return action == QLatin1String("create") ? create(*wallet, id, context) : stop(*wallet, id, context);
        }
        return usageError(context);
    }

private:
    struct Services {
        explicit Services(NetworkMode *network) : fetcher(nullptr, network) {}
        std::unique_ptr<KeyVault> vault = QtKeychainVault::create();
        Fetcher fetcher;
        std::unique_ptr<HolderKeyStore> keys;
        std::unique_ptr<PublicLinkService> links;
    };

    std::unique_ptr<Services> services(Wallet &wallet, const CliContext &context) const
    {
        auto s = std::make_unique<Services>(context.network);
        s->keys = std::make_unique<HolderKeyStore>(wallet, s->vault.get());
        s->links = std::make_unique<PublicLinkService>(wallet, *s->keys, s->fetcher);
        return s;
    }

    static QJsonObject toJson(const PublicLinkRecord &link)
    {
        QJsonObject o{{QStringLiteral("id"), link.id},
                      {QStringLiteral("credential"), link.credentialRow > 0 ? QJsonValue(link.credentialRow) : QJsonValue()},
                      {QStringLiteral("credentialId"), link.credentialId},
                      {QStringLiteral("name"), link.credentialName},
                      {QStringLiteral("server"), link.server},
                      {QStringLiteral("view"), link.viewUrl},
                      {QStringLiteral("get"), link.getUrl},
                      {QStringLiteral("unshare"), link.unshareUrl},
                      {QStringLiteral("holder"), link.holderDid},
                      {QStringLiteral("created"), link.createdAt.toString(Qt::ISODate)},
                      {QStringLiteral("stopped"), link.stoppedAt.isValid() ? QJsonValue(link.stoppedAt.toString(Qt::ISODate))
                                                                           : QJsonValue()}};
        return o;
    }

    int create(Wallet &wallet, qint64 id, CliContext &context)
    {
        auto s = services(wallet, context);
        auto plan = PublicLinkService::plan(wallet, id, m_server);
        if (!plan)
            return failure(plan.error(), context);
        if (!m_yes) {
            context.out << tr("This would upload the whole credential \"%1\" (%n byte(s)), with the name it gives you"
                              " (%2), in a presentation signed with your key, to %3.",
                              nullptr, int(plan->credentialJson.size()))
                               .arg(plan->credentialName,
                                    plan->recipientName.isEmpty() ? tr("none") : plan->recipientName,
                                    plan->server.toString())
                        << '\n'
                        << tr("Anyone with the link can see it until you stop sharing. Run again with --yes to upload.")
                        << '\n';
            return ExitOk;
        }
        int exitCode = ExitOk;
        const SecureBytes passphrase
            = PassphraseInput::forHolderKey(*s->keys, {}, m_passphraseFile, context, exitCode);
        if (exitCode != ExitOk)
            return exitCode;
        auto link = s->links->create(*plan, PassphraseInput::view(passphrase));
        if (!link)
            return failure(link.error(), context);
        if (context.json) {
            context.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), link->id},
                                                     {QStringLiteral("view"), link->viewUrl},
                                                     {QStringLiteral("get"), link->getUrl},
                                                     {QStringLiteral("unshare"), link->unshareUrl}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
        } else {
            context.out << tr("Public link %1: %2").arg(link->id).arg(link->viewUrl) << '\n';
        }
        return ExitOk;
    }

    int presentation(const QStringList &ids, const QCommandLineParser &arguments, CliContext &context)
    {
        SignedPresentationOptions options;
        for (const QString &word : ids) {
            bool isNumber = false;
            options.credentialIds.append(word.toLongLong(&isNumber));
            if (!isNumber)
                return usageError(context, tr("share presentation takes credential ids (as in `list`), not \"%1\"").arg(word));
        }
        options.challenge = arguments.value(QStringLiteral("challenge"));
        options.domain = arguments.value(QStringLiteral("domain"));
        const QString out = arguments.value(QStringLiteral("out"));
        if (out.isEmpty())
            return usageError(context, tr("share presentation needs -o FILE"));
        if (const Status checked = SignedPresentationFile::check(options); !checked)
            return usageError(context, checked.error().message);
        Wallet *wallet = context.wallet();
        if (!wallet)
            return ExitFailed;
        auto s = services(*wallet, context);
        QString did = arguments.value(QStringLiteral("identity"));
        if (const auto fallback = wallet->holderKey(); did.isEmpty() && fallback)
            did = fallback->did; // the default identity; with none yet, one is made
        int exitCode = ExitOk;
        const SecureBytes passphrase
            = PassphraseInput::forHolderKey(*s->keys, did, m_passphraseFile, context, exitCode);
        if (exitCode != ExitOk)
            return exitCode;
        auto key = s->keys->signingKeyOrFirst(did, PassphraseInput::view(passphrase));
        if (!key)
            return failure(key.error(), context);
        if (const Status written = SignedPresentationFile::write(out, *wallet, options, **key); !written)
            return failure(written.error(), context);
        if (context.json)
            context.out << QJsonDocument(QJsonObject{{QStringLiteral("file"), out},
                                                     {QStringLiteral("holder"), (*key)->did()},
                                                     {QStringLiteral("credentials"), int(options.credentialIds.size())}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
        else
            context.out << tr("Wrote %1: %n credential(s) signed by %2.", nullptr, int(options.credentialIds.size()))
                               .arg(out, (*key)->did())
                        << '\n';
        return ExitOk;
    }

    int list(CliContext &context)
    {
        Wallet *wallet = context.wallet();
        if (!wallet)
            return ExitFailed;
        const QList<PublicLinkRecord> links = wallet->publicLinks();
        if (context.json) {
            QJsonArray array;
            for (const PublicLinkRecord &link : links)
                array.append(toJson(link));
            context.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
            return ExitOk;
        }
        for (const PublicLinkRecord &link : links) {
            const QString state = link.isActive() ? tr("shared") : tr("stopped %1").arg(link.stoppedAt.toString(Qt::ISODate));
            context.out << link.id << "  " << link.createdAt.toString(Qt::ISODate) << "  " << state << "  "
                        << link.credentialName << "  " << link.viewUrl << '\n';
        }
        if (links.isEmpty())
            context.out << tr("No public links yet.") << '\n';
        return ExitOk;
    }

    int stop(Wallet &wallet, qint64 linkId, CliContext &context)
    {
        auto s = services(wallet, context);
        const auto link = wallet.publicLink(linkId);
        int exitCode = ExitOk;
        const SecureBytes passphrase = link && link->isActive()
            ? PassphraseInput::forHolderKey(*s->keys, link->holderDid, m_passphraseFile, context, exitCode)
            : SecureBytes();
        if (exitCode != ExitOk)
            return exitCode;
        auto stopped = s->links->stop(linkId, PassphraseInput::view(passphrase));
        if (!stopped)
            return failure(stopped.error(), context);
        if (context.json)
            context.out << QJsonDocument(toJson(*stopped)).toJson(QJsonDocument::Compact) << '\n';
        else
            context.out << tr("Stopped sharing %1").arg(stopped->viewUrl) << '\n';
        return ExitOk;
    }

    int server(const QString &url, CliContext &context)
    {
        Wallet *wallet = context.wallet();
        if (!wallet)
            return ExitFailed;
        if (!url.isEmpty() || m_default) {
            if (const Status saved = PublicLinkService::setServer(*wallet, url); !saved)
                return failure(saved.error(), context);
        }
        context.out << PublicLinkService::server(*wallet) << '\n';
        return ExitOk;
    }

    QString m_server;
    QString m_passphraseFile;
    bool m_default = false;
    bool m_yes = false;
};

SATCHEL_REGISTER_CLI_COMMAND(ShareCommand)

} // namespace Satchel::Cli
