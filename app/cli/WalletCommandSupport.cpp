#include "WalletCommandSupport.h"

#include "CredentialJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Satchel::Cli {

std::unique_ptr<Wallet> WalletCommandSupport::openWallet(CliContext &context)
{
    auto wallet = Wallet::open(context.resolvedWalletPath());
    if (!wallet) {
        context.err << tr("Cannot open the wallet %1: %2").arg(context.resolvedWalletPath(), wallet.error().message)
                    << '\n';
        return nullptr;
    }
    return std::move(wallet.value());
}

void WalletCommandSupport::printSummaries(const QList<CredentialSummary> &summaries, CliContext &context)
{
    if (context.json) {
        QJsonArray array;
        for (const CredentialSummary &summary : summaries)
            array.append(CredentialJson::summaryToJson(summary));
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    for (const CredentialSummary &summary : summaries) {
        const QString date = summary.issued.isValid() ? summary.issued.toUTC().date().toString(Qt::ISODate)
                                                      : QStringLiteral("----------");
        const QString issuer = summary.issuerName.isEmpty() ? summary.issuerId : summary.issuerName;
        context.out << QString::number(summary.id).rightJustified(6) << "  " << date << "  "
                    << formatName(summary.format).leftJustified(8) << "  "
                    << tr("%1 — %2").arg(summary.name, issuer) << '\n';
    }
}

QStringList WalletCommandSupport::positional(const QStringList &args)
{
    QStringList out;
    for (const QString &arg : args) {
        if (!arg.startsWith(QLatin1String("--")))
            out.append(arg);
    }
    return out;
}

} // namespace Satchel::Cli
