#include "WalletCommandSupport.h"

#include "CliCommand.h"
#include "CredentialJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Satchel::Cli {

int WalletCommandSupport::printMatches(const CredentialQuery &query, CliContext &context)
{
    Wallet *wallet = context.wallet();
    if (!wallet)
        return ExitFailed;
    const auto matches = wallet->list(query);
    if (!matches) {
        context.err << matches.error().message << '\n';
        return ExitFailed;
    }
    const QList<CredentialSummary> &summaries = matches.value();
    if (context.json) {
        QJsonArray array;
        for (const CredentialSummary &summary : summaries)
            array.append(CredentialJson::summaryToJson(summary));
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const CredentialSummary &summary : summaries) {
        const QString date = summary.issued.isValid() ? summary.issued.toUTC().date().toString(Qt::ISODate)
                                                      : QStringLiteral("----------");
        const QString issuer = summary.issuerName.isEmpty() ? summary.issuerId : summary.issuerName;
        context.out << QString::number(summary.id).rightJustified(6) << "  " << date << "  "
                    << formatName(summary.format).leftJustified(8) << "  "
                    << tr("%1 — %2").arg(summary.name, issuer) << '\n';
    }
    return ExitOk;
}

} // namespace Satchel::Cli
