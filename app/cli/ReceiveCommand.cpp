// satchel-cli receive URL | --pending: receive credentials from an issuer's offer (OpenID4VCI 1.0 or a
// VC-API exchange), bound to the learner's holder key. Before anything beyond reading the offer is
// requested it says what consent shows (issuer, the domain contacted, the credentials, the identity)
// and asks; without --yes and without a terminal to ask on, it stops there.
#include "CliCommand.h"
#include "ConsentPrompt.h"
#include "PassphraseInput.h"
#include "net/Fetcher.h"
#include "net/NetworkMode.h"
#include "receive/CredentialReceiver.h"
#include "share/HolderKeyStore.h"
#include "share/QtKeychainVault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>

#include <optional>

namespace Satchel::Cli {

namespace {

// Beyond the shared codes (and ConsentPrompt's not confirmed, 3): every credential is deferred
// (nothing stored yet, `receive --pending` later).
constexpr int ExitPending = 4;

QJsonObject toJson(const ImportItemReport &item)
{
    return QJsonObject{{QStringLiteral("id"), item.credentialId},
                       {QStringLiteral("name"), item.name},
                       {QStringLiteral("issuer"), item.issuer},
                       {QStringLiteral("outcome"), item.outcome == ImportItemReport::Imported    ? QStringLiteral("imported")
                                                   : item.outcome == ImportItemReport::Duplicate ? QStringLiteral("duplicate")
                                                   : item.outcome == ImportItemReport::Version   ? QStringLiteral("version")
                                                                                                 : QStringLiteral("failed")},
                       {QStringLiteral("message"), item.message}};
}

QJsonObject toJson(const PendingCredentialRecord &pending)
{
    return QJsonObject{{QStringLiteral("id"), pending.id},
                       {QStringLiteral("issuer"), pending.issuerUrl},
                       {QStringLiteral("name"), pending.credentialName},
                       {QStringLiteral("message"), pending.lastMessage}};
}

} // namespace

class ReceiveCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::ReceiveCommand)
public:
    ReceiveCommand()
        : CliCommand(QStringLiteral("receive"),
                     QStringLiteral("receive URL [--tx-code CODE] [--identity DID] [--passphrase-file F] [--yes] | --pending | --forget-pending ID"),
                     { valued({ QStringLiteral("tx-code") }, QStringLiteral("CODE")),
                       valued({ QStringLiteral("identity") }, QStringLiteral("DID")), passphraseFileOption(),
                       flag(QStringLiteral("yes")), flag(QStringLiteral("pending")),
                       valued({ QStringLiteral("forget-pending") }, QStringLiteral("ID")) })
    {
    }
    QString summary() const override { return tr("Receive credentials from an issuer's offer link (OpenID4VCI or VC-API)."); }
    QString help() const override
    {
        return tr("  receive URL [--tx-code CODE] [--identity DID] [--passphrase-file F] [--yes] [--json]\n"
                  "      receive the credentials an issuer offers: URL is an openid-credential-offer:// link,\n"
                  "      an https link carrying credential_offer or credential_offer_uri, a VC-API interaction\n"
                  "      link (iuv=1) or a Learner Credential Wallet link (dccrequest://, .../request?request=).\n"
                  "      First it shows what would happen (issuer, the domain contacted, the credentials, the\n"
                  "      identity they are bound to) and asks y/N on a terminal; --yes answers yes. --tx-code\n"
                  "      gives the PIN the issuer sent separately (asked on a terminal when needed).\n"
                  "      --identity names the holder DID to bind to (default: your default identity).\n"
                  "  receive --pending [--json]\n"
                  "      ask the issuers of credentials they are still preparing again; one an issuer no\n"
                  "      longer holds is given up (listed as abandoned).\n"
                  "  receive --forget-pending ID\n"
                  "      stop waiting for a pending credential (its id is in receive --pending --json).\n"
                  "Exit codes: 0 received, 1 failed (nothing stored), 2 usage, 3 not confirmed (nothing\n"
                  "requested beyond the offer), 4 the issuer will deliver later (see receive --pending).");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        m_passphraseFile = arguments.value(QStringLiteral("passphrase-file"));
        const QStringList words = arguments.positionalArguments();
        const bool pending = arguments.isSet(QStringLiteral("pending"));
        const bool forget = arguments.isSet(QStringLiteral("forget-pending"));
        bool validId = false;
        const qint64 forgetId = arguments.value(QStringLiteral("forget-pending")).toLongLong(&validId);
        if ((pending || forget) != words.isEmpty() || words.size() > 1 || (pending && forget) || (forget && !validId))
            return usageError(context);
        Wallet *wallet = context.wallet();
        if (!wallet)
            return ExitFailed;
        Fetcher fetcher(nullptr, context.network);
        ReceiveOptions options;
        options.languages = QLocale().uiLanguages();
        options.network = context.network;
        CredentialReceiver receiver(*wallet, fetcher, options);
        if (pending)
            return retryPending(receiver, context);
        if (forget) {
            if (const Status forgotten = CredentialReceiver::forgetPending(*wallet, forgetId); !forgotten)
                return failure(forgotten.error(), context);
            if (!context.json)
                context.out << tr("Satchel no longer waits for pending credential %1.").arg(forgetId) << '\n';
            return ExitOk;
        }
        return receive(*wallet, receiver, words.first(), arguments, context);
    }

private:
    void showConsent(const ReceiveOffer &offer, const QString &identity, CliContext &context) const
    {
        QTextStream &out = context.json ? context.err : context.out;
        const QString issuer = offer.issuerName.isEmpty() ? offer.issuerDomain
                                                          : tr("%1 (%2)").arg(offer.issuerName, offer.issuerDomain);
        out << tr("Issuer: %1").arg(issuer) << '\n'
            << tr("Contacted: %1 via %2").arg(offer.issuerDomain, offer.protocolName()) << '\n';
        if (offer.credentials.isEmpty())
            out << tr("Credentials: whatever the exchange issues after you prove who you are") << '\n';
        for (const OfferedCredential &credential : offer.credentials)
            out << tr("Credential: %1 (%2)").arg(credential.name, credential.format) << '\n';
        for (const QString &format : offer.notReceivable)
            out << tr("Not requested: a credential in %1, which Satchel cannot store yet").arg(format) << '\n';
        out << tr("Bound to: %1").arg(identity) << '\n';
        if (offer.transactionCode.required)
            out << tr("The issuer asks for a PIN: %1").arg(offer.transactionCode.description) << '\n';
        if (offer.needsBrowser)
            out << tr("You will sign in at the issuer in your web browser.") << '\n';
    }

    int receive(Wallet &wallet, CredentialReceiver &receiver, const QString &url, const QCommandLineParser &arguments,
                CliContext &context)
    {
        auto offer = receiver.prepare(url);
        if (!offer && offer.error().code == QLatin1String("presentation-requested"))
            return failure(offer.error(), context,
                           offer.error().message + QLatin1Char(' ') + tr("To answer it: satchel-cli present URL"));
        if (!offer)
            return failure(offer.error(), context);
        auto vault = QtKeychainVault::create();
        HolderKeyStore keys(wallet, vault.get());
        // --identity picks one of the learner's holder identities; without it, the default one.
        std::optional<HolderKeyRecord> chosen = keys.current();
        if (const QString identity = arguments.value(QStringLiteral("identity")); !identity.isEmpty()) {
            chosen.reset();
            for (const HolderKeyRecord &record : keys.list()) {
                if (record.did == identity)
                    chosen = record;
            }
            if (!chosen)
                return failure(Error{QStringLiteral("unknown-identity"),
                                  tr("%1 is not one of your identities. Nothing was requested.").arg(identity)},
                            context);
        }
        showConsent(*offer, chosen ? chosen->did : tr("a new key of yours, made now"), context);
        int exitCode = ExitOk;
        if (!ConsentPrompt::confirmed(arguments.isSet(QStringLiteral("yes")), tr("Receive? [y/N] "),
                                      tr("Nothing was requested: run again with --yes to receive."),
                                      CredentialReceiver::cancelledAtConsent().message, context, exitCode))
            return exitCode;

        ReceiveInputs inputs;
        inputs.transactionCode = arguments.value(QStringLiteral("tx-code"));
        if (offer->transactionCode.required && inputs.transactionCode.isEmpty() && ConsentPrompt::stdinIsTerminal()) {
            context.err << tr("PIN: ") << Qt::flush;
            inputs.transactionCode = ConsentPrompt::readLine();
        }
        inputs.openBrowser = [&context](const QUrl &address) {
            context.err << tr("Sign in at the issuer in your browser: %1").arg(address.toString()) << '\n' << Qt::flush;
            // satchel-cli links no QtGui (no QDesktopServices): the platform's opener instead.
#ifdef Q_OS_MACOS
            return QProcess::startDetached(QStringLiteral("open"), {address.toString()});
#else
            return QProcess::startDetached(QStringLiteral("xdg-open"), {address.toString()});
#endif
        };
        const QString did = chosen ? chosen->did : QString(); // none: the learner's first identity, made now
        const SecureBytes passphrase = PassphraseInput::forHolderKey(keys, did, m_passphraseFile, context, exitCode);
        if (exitCode != ExitOk)
            return exitCode;
        auto key = keys.signingKeyOrFirst(did, PassphraseInput::view(passphrase));
        if (!key)
            return failure(key.error(), context);
        auto received = receiver.complete(*offer, **key, inputs);
        if (!received)
            return failure(received.error(), context);
        print(*received, context);
        return received->imported.items.isEmpty() && !received->pending.isEmpty() ? ExitPending : ExitOk;
    }

    int retryPending(CredentialReceiver &receiver, CliContext &context)
    {
        auto retried = receiver.retryPending();
        if (!retried)
            return failure(retried.error(), context);
        print(*retried, context);
        if (!context.json && retried->imported.items.isEmpty() && retried->pending.isEmpty() && retried->abandoned.isEmpty())
            context.out << tr("No credentials are pending.") << '\n';
        return retried->stillPending > 0 && retried->imported.items.isEmpty() ? ExitPending : ExitOk;
    }

    void print(const ReceiveReport &report, CliContext &context) const
    {
        if (context.json) {
            QJsonArray received;
            for (const ImportItemReport &item : report.imported.items)
                received.append(toJson(item));
            QJsonArray pending;
            for (const PendingCredentialRecord &record : report.pending)
                pending.append(toJson(record));
            QJsonArray abandoned;
            for (const PendingCredentialRecord &record : report.abandoned)
                abandoned.append(toJson(record));
            context.out << QJsonDocument(QJsonObject{{QStringLiteral("received"), received},
                                                     {QStringLiteral("pending"), pending},
                                                     {QStringLiteral("abandoned"), abandoned}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
            return;
        }
        for (const ImportItemReport &item : report.imported.items)
            context.out << tr("%1  %2 (%3): %4").arg(item.credentialId).arg(item.name, item.issuer, item.message) << '\n';
        for (const PendingCredentialRecord &record : report.pending)
            context.out << tr("Pending: %1 from %2 will be sent later; run `satchel-cli receive --pending` to ask again.")
                               .arg(record.credentialName.isEmpty() ? record.configurationId : record.credentialName,
                                    QUrl(record.issuerUrl).host())
                        << '\n';
        for (const PendingCredentialRecord &record : report.abandoned)
            context.out << tr("Abandoned: %1 from %2: %3")
                               .arg(record.credentialName.isEmpty() ? record.configurationId : record.credentialName,
                                    QUrl(record.issuerUrl).host(), record.lastMessage)
                        << '\n';
    }

    QString m_passphraseFile;
};

SATCHEL_REGISTER_CLI_COMMAND(ReceiveCommand)

} // namespace Satchel::Cli
