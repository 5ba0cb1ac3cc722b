#include "ShareSettings.h"

#include "storage/Wallet.h"

#include <QStringList>

namespace Satchel {

ShareSettings ShareSettings::load(const Wallet &wallet, const QStringList &issuerIds, qint64 credentialRow)
{
    ShareSettings settings;
    settings.verifierUrlTemplate = wallet.setting(QLatin1String(kVerifierTemplateKey));
    settings.pageBaseUrl = wallet.setting(QLatin1String(kPageBaseUrlKey));
    settings.mastodonInstance = wallet.setting(QLatin1String(kMastodonInstanceKey));
    for (const QString &issuerId : issuerIds) {
        if (issuerId.isEmpty())
            continue;
        const QString value = wallet.setting(QLatin1String(kLinkedInOrganizationPrefix) + issuerId);
        if (!value.isEmpty())
            settings.linkedInOrganizationIds.insert(issuerId, value);
    }
    if (credentialRow > 0) {
        for (const PublicLinkRecord &link : wallet.publicLinks(credentialRow)) {
            if (link.isActive()) {
                settings.publicLinkUrl = link.viewUrl; // newest first
                break;
            }
        }
    }
    return settings;
}

Status ShareSettings::save(Wallet &wallet) const
{
    const QList<QPair<QString, QString>> values {
        { QLatin1String(kVerifierTemplateKey), verifierUrlTemplate },
        { QLatin1String(kPageBaseUrlKey), pageBaseUrl },
        { QLatin1String(kMastodonInstanceKey), mastodonInstance },
    };
    for (const auto &[key, value] : values) {
        Status status = wallet.setSetting(key, value);
        if (!status)
            return status;
    }
    for (auto it = linkedInOrganizationIds.cbegin(); it != linkedInOrganizationIds.cend(); ++it) {
        Status status = wallet.setSetting(QLatin1String(kLinkedInOrganizationPrefix) + it.key(), it.value());
        if (!status)
            return status;
    }
    return {};
}

} // namespace Satchel
