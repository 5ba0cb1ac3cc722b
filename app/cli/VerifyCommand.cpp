// satchel-cli verify [ID...]: verifies stored credentials (every top-level one by default), saves
// each report in the wallet and prints the verdicts.
#include "CliCommand.h"
#include "i18n/LocaleText.h"
#include "net/NetworkMode.h"
#include "trust/IssuerTrustChecker.h"
#include "verify/NetworkDocumentFetcher.h"
#include "verify/VerifyUtil.h"
#include "verify/WalletVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel::Cli {

class VerifyCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::VerifyCommand)
public:
    VerifyCommand()
        : CliCommand(QStringLiteral("verify"), QStringLiteral("verify [--offline] [--now ISO] [ID...]"), {})
    {
    }
    QString summary() const override { return tr("Verify credentials and save the reports in the wallet."); }
    QString help() const override
    {
        return tr("Verifies the credentials with the given ids (see 'list'), or every credential that\n"
                  "is not inside a CLR when no id is given. A CLR's included credentials are verified\n"
                  "too. Each report is saved in the wallet. Keys, status lists and hosted badges are\n"
                  "fetched when needed and kept, so a later offline run gives the same verdicts.\n"
                  "Prints one line per credential: id, status (valid, invalid, revoked, expired,\n"
                  "not-yet-valid or unknown), name, and the check that decided a status other than valid.\n\n"
                  "Options:\n"
                  "  --offline   fetch nothing; use the documents kept in the wallet (checks that need\n"
                  "              anything else come out unknown, never invalid)\n"
                  "  --now ISO   verify as at this date and time (e.g. 2026-06-01T12:00:00Z)\n"
                  "  --json      print [{id, name, status, reasonCode, verifiedAt, checks: [{code,\n"
                  "              outcome, message}], issuerTrust: {status, text, registry, name,\n"
                  "              fetchedAt, ageDays, knownPersonally}}]; issuerTrust comes from the\n"
                  "              trust registries kept in the wallet ('trust refresh') and never\n"
                  "              changes the status\n\n"
                  "Exit status: 0 when every credential is valid, 1 when any is not valid or could not\n"
                  "be checked, 2 on a usage error.");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        QList<qint64> ids;
        for (const QString &word : arguments.positionalArguments()) {
            const auto id = credentialId(word, context);
            if (!id)
                return ExitUsage;
            ids.append(*id);
        }

        Wallet *wallet = context.wallet();
        if (!wallet)
            return ExitFailed;
        NetworkDocumentFetcher fetcher(wallet, context.network);
        WalletVerifier verifier(wallet, &fetcher);
        verifier.setNow(context.verificationTime());
        if (!context.json) {
            // Long runs show their lines as they come.
            verifier.setProgress([&context](const WalletVerification &verification, int, int) {
                context.out << line(verification) << '\n';
                context.out.flush();
            });
        }
        const WalletVerificationBatch batch = verifier.verifyAll(ids);

        bool allValid = batch.failed.isEmpty();
        QJsonArray array;
        IssuerTrustChecker trust(*wallet);
        for (const WalletVerification &verification : batch.verified) {
            // A CLR's included credentials are verified and saved, and their verdict shows in the
            // CLR's own ("nested-invalid"); only the credentials asked for are printed.
            if (verification.parentId != 0 && !ids.contains(verification.id))
                continue;
            allValid &= verification.report.status() == VerificationStatus::Valid;
            if (context.json) {
                QJsonObject o = toJson(verification);
                const auto stored = wallet->credential(verification.id);
                if (stored)
                    o.insert(QStringLiteral("issuerTrust"), trust.check(stored->summary.issuerId).toJson());
                array.append(o);
            }
        }
        if (context.json)
            context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        for (const auto &[id, error] : batch.failed)
            context.err << tr("Cannot verify credential %1: %2").arg(id).arg(error.message) << '\n';
        if (!context.json && batch.verified.isEmpty() && batch.failed.isEmpty())
            context.err << tr("The wallet holds no credentials.") << '\n';
        if (context.network->state() == NetworkMode::State::OfflineDetected)
            context.err << tr("The network could not be reached; documents not kept in the wallet were not "
                              "checked (offline since %1).")
                               .arg(LocaleText::dateTime(context.network->offlineSince()))
                        << '\n';
        return allValid ? ExitOk : ExitFailed;
    }

private:
    // The check that decided a status other than valid.
    static const VerificationCheck *decidingCheck(const VerificationReport &report)
    {
        const QString code = report.reasonCode();
        if (code.isEmpty())
            return nullptr;
        const CheckOutcome wanted
            = report.status() == VerificationStatus::Unknown ? CheckOutcome::Unknown : CheckOutcome::Fail;
        for (const VerificationCheck &check : report.checks) {
            if (check.code == code && check.outcome == wanted)
                return &check;
        }
        return nullptr;
    }

    static QString line(const WalletVerification &verification)
    {
        // The status word is machine-readable (scripts match it), deliberately not translated.
        const QString status = VerificationReport::statusName(verification.report.status());
        const QString name = verification.name.isEmpty() ? tr("(name unknown)") : verification.name;
        QString text = QString::number(verification.id).rightJustified(6) + QStringLiteral("  ")
            + status.leftJustified(13) + QStringLiteral("  ") + name;
        if (const VerificationCheck *check = decidingCheck(verification.report))
            text = tr("%1 — %2: %3").arg(text, check->code, check->message);
        return text;
    }

    static QJsonObject toJson(const WalletVerification &verification)
    {
        const VerificationReport &report = verification.report;
        QJsonObject o;
        o.insert(QStringLiteral("id"), verification.id);
        if (verification.parentId != 0)
            o.insert(QStringLiteral("parentId"), verification.parentId);
        o.insert(QStringLiteral("name"), verification.name);
        o.insert(QStringLiteral("status"), VerificationReport::statusName(report.status()));
        // Beside the status, never folded into it: a genuine badge issued to another address of the
        // learner's stays "valid". null: no identity set, or nothing to compare (see RecipientMatcher).
        const std::optional<bool> yours = report.issuedToYou();
        o.insert(QStringLiteral("issuedToYou"), yours ? QJsonValue(*yours) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("reasonCode"), report.reasonCode());
        o.insert(QStringLiteral("verifiedAt"), report.checkedAt.toUTC().toString(Qt::ISODate));
        QJsonArray checks;
        for (const VerificationCheck &check : report.checks)
            checks.append(check.toJson());
        o.insert(QStringLiteral("checks"), checks);
        return o;
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::VerifyCommand;
SATCHEL_REGISTER_CLI_COMMAND(VerifyCommand)
