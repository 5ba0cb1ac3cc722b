// satchel-cli list: every credential in the wallet, newest first; with --expiring DAYS, those that
// expire within DAYS or have expired, soonest first.
#include "CliCommand.h"
#include "CredentialJson.h"
#include "WalletCommandSupport.h"
#include "reminders/ExpiryReminderPlanner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Satchel::Cli {

class ListCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::ListCommand)
public:
    ListCommand()
        : CliCommand(QStringLiteral("list"), QStringLiteral("list [--expiring DAYS]"),
                     { valued({ QStringLiteral("expiring") }, QStringLiteral("DAYS")) })
    {
    }
    QString summary() const override { return tr("List the credentials in the wallet."); }
    QString help() const override
    {
        return tr("Lists the credentials in the wallet, newest first: id, date issued, format, name and issuer.\n"
                  "With --json: an array of {id, name, issuer, issued, format, status, achievementType, tags}.\n\n"
                  "  --expiring DAYS   only the credentials whose expiry date is within DAYS days of now\n"
                  "                    (--now when given), and those already expired, soonest first:\n"
                  "                    id, expiry date, \"expiring\" or \"expired\", name and issuer. With --json\n"
                  "                    each object also has validUntil and expiry (\"expiring\" or \"expired\").");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        if (!arguments.positionalArguments().isEmpty())
            return usageError(context, tr("list takes no arguments"));
        if (!arguments.isSet(QStringLiteral("expiring")))
            return WalletCommandSupport::printMatches(CredentialQuery(), context);
        bool ok = false;
        const int days = arguments.value(QStringLiteral("expiring")).toInt(&ok);
        if (!ok || days < 0 || days > 36500)
            return usageError(context, tr("--expiring needs a number of days from 0 to 36500"));
        return printExpiring(days, context);
    }

private:
    static int printExpiring(int days, CliContext &context)
    {
        Wallet *wallet = context.wallet();
        if (!wallet)
            return ExitFailed;
        auto all = wallet->list(CredentialQuery());
        if (!all)
            return failure(all.error(), context);
        const QDateTime now = context.verificationTime();
        QList<std::pair<CredentialSummary, ReminderStage>> matches;
        for (const CredentialSummary &credential : std::as_const(*all)) {
            if (const auto stage = ExpiryReminderPlanner::stageAt(credential, now, days))
                matches.append({credential, *stage});
        }
        std::stable_sort(matches.begin(), matches.end(),
                         [](const auto &a, const auto &b) { return a.first.validUntil < b.first.validUntil; });
        QJsonArray array;
        for (const auto &[credential, stage] : std::as_const(matches)) {
            const QString expiry = stage == ReminderStage::Expired ? QStringLiteral("expired") : QStringLiteral("expiring");
            if (context.json) {
                QJsonObject object = CredentialJson::summaryToJson(credential);
                object.insert(QStringLiteral("validUntil"), credential.validUntil.toUTC().toString(Qt::ISODate));
                object.insert(QStringLiteral("expiry"), expiry);
                array.append(object);
                continue;
            }
            const QString issuer = credential.issuerName.isEmpty() ? credential.issuerId : credential.issuerName;
            const QString shown = stage == ReminderStage::Expired ? tr("expired") : tr("expiring");
            context.out << QString::number(credential.id).rightJustified(6) << "  "
                        << credential.validUntil.toUTC().date().toString(Qt::ISODate) << "  " << shown.leftJustified(8)
                        << "  " << tr("%1 — %2").arg(credential.name, issuer) << '\n';
        }
        if (context.json)
            context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::ListCommand;
SATCHEL_REGISTER_CLI_COMMAND(ListCommand)
