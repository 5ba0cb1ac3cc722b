#include "trust/KnownIssuers.h"

#include "storage/Wallet.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Satchel {

namespace {
const QString kSettingKey = QStringLiteral("trust.knownIssuers");
}

QSet<QString> KnownIssuers::load(const Wallet &wallet)
{
    QSet<QString> out;
    for (const QJsonValue &value : QJsonDocument::fromJson(wallet.setting(kSettingKey).toUtf8()).array()) {
        if (value.isString() && !value.toString().isEmpty())
            out.insert(value.toString());
    }
    return out;
}

Status KnownIssuers::setKnown(Wallet &wallet, const QString &issuerId, bool known)
{
    QSet<QString> ids = load(wallet);
    if (known)
        ids.insert(issuerId);
    else
        ids.remove(issuerId);
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort();
    return wallet.setSetting(kSettingKey,
                             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact)));
}

} // namespace Satchel
