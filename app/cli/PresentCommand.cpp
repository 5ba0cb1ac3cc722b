// satchel-cli present URL: answer a verifier's OpenID4VP request with credentials from the wallet.
// It first shows what consent shows in the GUI (who asks, where the answer goes, what is asked and
// which credentials answer it), then sends only what the learner chose, after --yes or a y on a
// terminal. --dry-run stops after showing; --decline tells the verifier no.
#include "CliCommand.h"
#include "ConsentPrompt.h"
#include "PassphraseInput.h"
#include "net/Fetcher.h"
#include "present/PresentationResponder.h"
#include "present/SdJwtPresentation.h"
#include "share/HolderKeyStore.h"
#include "share/QtKeychainVault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace Satchel::Cli {

namespace {

QJsonObject verdictJson(const CandidateVerdict &verdict)
{
    QJsonObject object { { QStringLiteral("id"), verdict.row }, { QStringLiteral("name"), verdict.name },
        { QStringLiteral("issuer"), verdict.issuerName },
        { QStringLiteral("format"), CredentialMatcher::presentationFormat(verdict.format) } };
    if (verdict.matches()) {
        object.insert(QStringLiteral("expired"), verdict.expired);
        object.insert(QStringLiteral("revoked"), verdict.revoked);
        object.insert(QStringLiteral("unverified"), verdict.unverified);
        object.insert(QStringLiteral("subjectId"), verdict.subjectId);
        if (verdict.selective)
            object.insert(QStringLiteral("disclosed"), QJsonArray::fromStringList(verdict.disclosed));
    } else {
        object.insert(QStringLiteral("reason"), verdict.reason);
    }
    return object;
}

const RequestedCredential *queryById(const PresentationRequest &request, const QString &id)
{
    for (const RequestedCredential &query : request.credentials) {
        if (query.id == id)
            return &query;
    }
    return nullptr;
}

// What the verifier calls the credential it asks for: its name (Presentation Exchange), else its id.
QString queryName(const PresentationRequest &request, const QString &id)
{
    const RequestedCredential *query = queryById(request, id);
    return query && !query->name.isEmpty() ? query->name : id;
}

const CandidateVerdict *matchingVerdict(const PreparedPresentation &prepared, const ChosenCredential &chosen)
{
    for (const QueryMatches &matches : prepared.matches) {
        if (matches.queryId != chosen.queryId)
            continue;
        for (const CandidateVerdict &verdict : matches.matching) {
            if (verdict.row == chosen.row)
                return &verdict;
        }
    }
    return nullptr;
}

} // namespace

class PresentCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::PresentCommand)
public:
    PresentCommand()
        : CliCommand(QStringLiteral("present"),
            QStringLiteral("present URL [--credential ID]... [--identity DID] [--passphrase-file F] [--yes] | "
                           "URL --dry-run | URL --decline"),
            { valued({ QStringLiteral("credential") }, QStringLiteral("ID")),
                valued({ QStringLiteral("identity") }, QStringLiteral("DID")), passphraseFileOption(),
                flag(QStringLiteral("yes")), flag(QStringLiteral("dry-run")), flag(QStringLiteral("decline")) })
    {
    }
    QString summary() const override { return tr("Present credentials to a verifier that asks for them (OpenID4VP)."); }
    QString help() const override
    {
        return tr("  present URL [--credential ID]... [--identity DID] [--passphrase-file F] [--yes] [--json]\n"
                  "      answer a verifier's request: URL is an openid4vp://, openid-vc://, haip-vp:// or https link\n"
                  "      carrying one. First it shows who asks (the name the verifier gives itself, the domain\n"
                  "      that receives the answer, whether the request was signed and by whom), each credential\n"
                  "      asked for and which of yours match, then asks y/N on a terminal; --yes answers yes.\n"
                  "      Whole credentials are sent, except SD-JWT VCs: only the claims the verifier asks for\n"
                  "      are disclosed from them (listed under each), with proof of your key.\n"
                  "      --credential ID (repeatable, ids as 'list' shows) chooses what to send; each goes to the\n"
                  "      first thing asked for that it answers. Without it, when each thing asked for has exactly\n"
                  "      one matching credential, those are sent; otherwise the candidates are listed.\n"
                  "      --identity names the holder DID that signs (default: the identity the credentials were\n"
                  "      issued to, else your default identity).\n"
                  "  present URL --dry-run [--json]\n"
                  "      only show the request and the matches; nothing is sent.\n"
                  "  present URL --decline\n"
                  "      tell the verifier you decline; it is written to your presentation log either way.\n"
                  "Exit codes: 0 sent (or declined, or shown with --dry-run), 1 failed (nothing sent, or the\n"
                  "verifier refused the answer), 2 usage or an unclear choice (the candidates are listed),\n"
                  "3 not confirmed (nothing sent).");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        const QStringList words = arguments.positionalArguments();
        const bool dryRun = arguments.isSet(QStringLiteral("dry-run"));
        const bool decline = arguments.isSet(QStringLiteral("decline"));
        const bool choosing
            = arguments.isSet(QStringLiteral("credential")) || arguments.isSet(QStringLiteral("identity"));
        if (words.size() != 1 || (dryRun && decline) || ((dryRun || decline) && choosing))
            return usageError(context);
        Wallet *wallet = context.wallet();
        if (!wallet)
            return ExitFailed;
        Fetcher fetcher(nullptr, context.network);
        PresentationResponder responder(*wallet, fetcher);
        auto prepared = responder.prepare(words.first());
        if (!prepared && prepared.error().code == QLatin1String("issuance-exchange"))
            return failure(prepared.error(), context,
                           prepared.error().message + QLatin1Char(' ') + tr("To receive it: satchel-cli receive URL"));
        if (!prepared)
            return failure(prepared.error(), context);
        if (dryRun && context.json) {
            context.out << QJsonDocument(toJson(*prepared)).toJson(QJsonDocument::Compact) << '\n';
            return ExitOk;
        }
        showRequest(*prepared, context);
        if (dryRun)
            return ExitOk;
        if (decline)
            return declined(responder.decline(*prepared), context);
        return present(*wallet, responder, *prepared, arguments, context);
    }

private:
    QTextStream &consentStream(CliContext &context) const { return context.json ? context.err : context.out; }

    QString signer(const PresentationRequest &request) const
    {
        const QString &named = request.signedBy;
        switch (request.prefix) {
        case ClientIdPrefix::DecentralizedIdentifier:
            return tr("signed by %1").arg(named);
        case ClientIdPrefix::X509SanDns:
            return tr("signed with a certificate for %1").arg(named);
        case ClientIdPrefix::RedirectUri:
            break;
        }
        return tr("not signed: only the domain above vouches for it");
    }

    QString flags(const CandidateVerdict &verdict) const
    {
        QStringList words;
        if (verdict.expired)
            words << tr("expired");
        if (verdict.revoked)
            words << tr("revoked");
        if (verdict.unverified)
            words << tr("not verified");
        return words.isEmpty() ? QString() : tr(" [%1]").arg(words.join(tr(", ")));
    }

    void showRequest(const PreparedPresentation &prepared, CliContext &context) const
    {
        QTextStream &out = consentStream(context);
        const PresentationRequest &request = prepared.request;
        out << tr("Verifier: %1")
                   .arg(request.verifierName.isEmpty() ? tr("(no name given)")
                                                       : tr("%1 (the name it gives itself)").arg(request.verifierName))
            << '\n'
            << tr("The answer goes to: %1").arg(request.verifierDomain) << '\n'
            << tr("Request: %1").arg(signer(request)) << '\n';
        for (const QueryMatches &matches : prepared.matches) {
            const RequestedCredential *query = queryById(request, matches.queryId);
            out << tr("Asks for: %1").arg(queryName(request, matches.queryId)) << '\n';
            if (query && !query->purpose.isEmpty())
                out << tr("  Purpose: %1").arg(query->purpose) << '\n';
            if (matches.matching.isEmpty())
                out << tr("  None of your credentials answers it.") << '\n';
            for (const CandidateVerdict &verdict : matches.matching) {
                out << tr("  Matches: %1  %2 (%3)%4")
                           .arg(verdict.row)
                           .arg(verdict.name, verdict.issuerName, flags(verdict))
                    << '\n';
                if (verdict.selective)
                    out << "    " << SdJwtPresentation::summary(verdict.disclosed) << '\n';
            }
            for (const CandidateVerdict &verdict : matches.others)
                out << tr("  Does not match: %1  %2 (%3): %4")
                           .arg(verdict.row)
                           .arg(verdict.name, verdict.issuerName, verdict.reason)
                    << '\n';
        }
        out << tr("Whole credentials are shared, except SD-JWT VCs, which disclose only the claims listed under "
                  "them.")
            << '\n';
    }

    QJsonObject toJson(const PreparedPresentation &prepared) const
    {
        const PresentationRequest &request = prepared.request;
        QJsonArray queries;
        bool selective = false; // whether some credential that answers discloses only part of itself
        for (const QueryMatches &matches : prepared.matches) {
            for (const CandidateVerdict &verdict : matches.matching)
                selective = selective || verdict.selective;
            const RequestedCredential *query = queryById(request, matches.queryId);
            QJsonArray matching;
            for (const CandidateVerdict &verdict : matches.matching)
                matching.append(verdictJson(verdict));
            QJsonArray others;
            for (const CandidateVerdict &verdict : matches.others)
                others.append(verdictJson(verdict));
            queries.append(QJsonObject { { QStringLiteral("id"), matches.queryId },
                { QStringLiteral("name"), query ? query->name : QString() },
                { QStringLiteral("purpose"), query ? query->purpose : QString() },
                { QStringLiteral("formats"), QJsonArray::fromStringList(query ? query->formats : QStringList()) },
                { QStringLiteral("matching"), matching }, { QStringLiteral("others"), others } });
        }
        return QJsonObject { { QStringLiteral("verifierName"), request.verifierName },
            { QStringLiteral("verifierDomain"), request.verifierDomain },
            { QStringLiteral("clientId"), request.clientId }, { QStringLiteral("signed"), request.signedRequest },
            { QStringLiteral("protocol"), request.protocolName() },
            { QStringLiteral("selectiveDisclosure"), selective }, { QStringLiteral("queries"), queries } };
    }

    int declined(const PresentationOutcome &outcome, CliContext &context) const
    {
        if (context.json) {
            context.out << QJsonDocument(QJsonObject { { QStringLiteral("declined"), true },
                                             { QStringLiteral("verifierInformed"), outcome.verifierInformed },
                                             { QStringLiteral("message"), outcome.message } })
                               .toJson(QJsonDocument::Compact)
                        << '\n';
            return ExitOk;
        }
        if (outcome.verifierInformed)
            context.out << tr("You declined; the verifier was told.") << '\n';
        else
            context.out
                << tr("You declined; the verifier could not be told (%1). Nothing was sent.").arg(outcome.message)
                << '\n';
        return ExitOk;
    }

    // The learner's --credential words, each mapped to the first query it answers; nothing after
    // printing why (exitCode set).
    std::optional<QList<ChosenCredential>> chosenByLearner(
        const PreparedPresentation &prepared, const QStringList &words, CliContext &context, int &exitCode) const
    {
        QList<ChosenCredential> choice;
        for (const QString &word : words) {
            const std::optional<qint64> row = credentialId(word, context);
            if (!row) {
                exitCode = ExitUsage;
                return std::nullopt;
            }
            std::optional<ChosenCredential> chosen;
            for (const QueryMatches &matches : prepared.matches) {
                for (const CandidateVerdict &verdict : matches.matching) {
                    if (!chosen && verdict.row == *row)
                        chosen = ChosenCredential { matches.queryId, *row };
                }
            }
            if (!chosen) {
                context.err << tr("Credential %1 answers nothing this verifier asks for.").arg(*row) << '\n';
                if (const QString why = reasonFor(prepared, *row); !why.isEmpty())
                    context.err << "  " << why << '\n';
                listCandidates(prepared, context);
                exitCode = ExitUsage;
                return std::nullopt;
            }
            choice.append(*chosen);
        }
        return choice;
    }

    // Without --credential: every query with exactly one match gets it, if that answers the request.
    std::optional<QList<ChosenCredential>> proposedChoice(
        const PreparedPresentation &prepared, CliContext &context, int &exitCode) const
    {
        QList<ChosenCredential> choice;
        bool ambiguous = false;
        for (const QueryMatches &matches : prepared.matches) {
            if (matches.matching.size() == 1)
                choice.append(ChosenCredential { matches.queryId, matches.matching.first().row });
            ambiguous = ambiguous || matches.matching.size() > 1;
        }
        const Status answers = PresentationResponder::checkChoice(prepared, choice);
        if (answers)
            return choice;
        if (ambiguous) {
            context.err << tr("Several of your credentials answer this request: choose with --credential ID.") << '\n';
            listCandidates(prepared, context);
            exitCode = ExitUsage;
        } else {
            QStringList unanswered;
            for (const QueryMatches &matches : prepared.matches) {
                if (matches.matching.isEmpty())
                    unanswered << queryName(prepared.request, matches.queryId);
            }
            // checkChoice's words say what is missing when no single query is (a credential set).
            const QString missing = unanswered.isEmpty() ? answers.error().message : unanswered.join(tr(", "));
            exitCode = failure(Error { QStringLiteral("nothing-to-present"),
                                   tr("You have no credential that gives this verifier what it asks for (%1). "
                                      "Nothing was sent.")
                                       .arg(missing) },
                context);
        }
        return std::nullopt;
    }

    // Why a credential does not answer the request (the first query's reason), empty if it is not listed.
    static QString reasonFor(const PreparedPresentation &prepared, qint64 row)
    {
        for (const QueryMatches &matches : prepared.matches) {
            for (const CandidateVerdict &verdict : matches.others) {
                if (verdict.row == row)
                    return verdict.reason;
            }
        }
        return {};
    }

    void listCandidates(const PreparedPresentation &prepared, CliContext &context) const
    {
        for (const QueryMatches &matches : prepared.matches) {
            QStringList rows;
            for (const CandidateVerdict &verdict : matches.matching)
                rows << tr("%1 (%2)").arg(verdict.row).arg(verdict.name);
            context.err << tr("  %1: %2").arg(matches.queryId, rows.isEmpty() ? tr("none") : rows.join(tr(", ")))
                        << '\n';
        }
    }

    // The identity that signs: --identity, else the one the chosen credentials name, else the default.
    std::optional<HolderKeyRecord> identityFor(
        const HolderKeyStore &keys, const QString &asked, const QList<const CandidateVerdict *> &chosen) const
    {
        const QList<HolderKeyRecord> identities = keys.list();
        auto byDid = [&identities](const QString &did) -> std::optional<HolderKeyRecord> {
            for (const HolderKeyRecord &record : identities) {
                if (!did.isEmpty() && record.did == did)
                    return record;
            }
            return std::nullopt;
        };
        if (!asked.isEmpty())
            return byDid(asked);
        for (const CandidateVerdict *verdict : chosen) {
            if (auto named = byDid(verdict->subjectId))
                return named;
        }
        return keys.current();
    }

    int present(Wallet &wallet, PresentationResponder &responder, const PreparedPresentation &prepared,
        const QCommandLineParser &arguments, CliContext &context)
    {
        int exitCode = ExitOk;
        const QStringList words = arguments.values(QStringLiteral("credential"));
        const std::optional<QList<ChosenCredential>> choice = words.isEmpty()
            ? proposedChoice(prepared, context, exitCode)
            : chosenByLearner(prepared, words, context, exitCode);
        if (!choice)
            return exitCode;
        if (const Status answers = PresentationResponder::checkChoice(prepared, *choice); !answers)
            return failure(answers.error(), context);
        QList<const CandidateVerdict *> verdicts;
        for (const ChosenCredential &chosen : *choice)
            verdicts.append(matchingVerdict(prepared, chosen));

        auto vault = QtKeychainVault::create();
        HolderKeyStore keys(wallet, vault.get());
        const QString asked = arguments.value(QStringLiteral("identity"));
        const std::optional<HolderKeyRecord> identity = identityFor(keys, asked, verdicts);
        if (!identity)
            return failure(asked.isEmpty() ? Error { QStringLiteral("no-identity"),
                               tr("You have no holder identity to sign the presentation with (see 'identity "
                                  "add-key'). Nothing was sent.") }
                                           : Error { QStringLiteral("unknown-identity"),
                                               tr("%1 is not one of your identities. Nothing was sent.").arg(asked) },
                context);

        QTextStream &out = consentStream(context);
        for (const CandidateVerdict *verdict : verdicts)
            out << tr("Will send: %1  %2 (%3)%4")
                       .arg(verdict->row)
                       .arg(verdict->name, verdict->issuerName, flags(*verdict))
                << '\n';
        out << tr("Signed as: %1").arg(identity->did) << '\n';
        if (!ConsentPrompt::confirmed(arguments.isSet(QStringLiteral("yes")), tr("Send? [y/N] "),
                tr("Nothing was sent: run again with --yes to present."), tr("Nothing was sent."), context, exitCode))
            return exitCode;

        const SecureBytes passphrase = PassphraseInput::forHolderKey(
            keys, identity->did, arguments.value(QStringLiteral("passphrase-file")), context, exitCode);
        if (exitCode != ExitOk)
            return exitCode;
        auto key = keys.signingKey(identity->did, PassphraseInput::view(passphrase));
        if (!key)
            return failure(key.error(), context);
        for (const CandidateVerdict *verdict : verdicts) {
            const Status suits = PresentationResponder::checkKey(
                prepared.request, CredentialMatcher::presentationFormat(verdict->format), **key);
            if (!suits)
                return failure(suits.error(), context);
        }
        auto outcome = responder.respond(prepared, *choice, **key);
        if (!outcome)
            return failure(outcome.error(), context);
        printSent(prepared, verdicts, *outcome, context);
        return ExitOk;
    }

    void printSent(const PreparedPresentation &prepared, const QList<const CandidateVerdict *> &verdicts,
        const PresentationOutcome &outcome, CliContext &context) const
    {
        if (context.json) {
            QJsonArray sent;
            for (const CandidateVerdict *verdict : verdicts)
                sent.append(verdictJson(*verdict));
            context.out << QJsonDocument(QJsonObject { { QStringLiteral("sent"), sent },
                                             { QStringLiteral("verifierDomain"), prepared.request.verifierDomain },
                                             { QStringLiteral("redirectUri"), outcome.redirectUri.toString() },
                                             { QStringLiteral("message"), outcome.message } })
                               .toJson(QJsonDocument::Compact)
                        << '\n';
            return;
        }
        for (const CandidateVerdict *verdict : verdicts)
            context.out
                << tr("Sent to %1: %2  %3").arg(prepared.request.verifierDomain).arg(verdict->row).arg(verdict->name)
                << '\n';
        if (outcome.redirectUri.isValid())
            context.out
                << tr("The verifier asks you to continue at %1 (not opened).").arg(outcome.redirectUri.toString())
                << '\n';
    }
};

SATCHEL_REGISTER_CLI_COMMAND(PresentCommand)

} // namespace Satchel::Cli
