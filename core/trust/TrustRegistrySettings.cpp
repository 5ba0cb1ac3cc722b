#include "trust/TrustRegistrySettings.h"

#include "net/Fetcher.h"
#include "storage/Wallet.h"
#include "trust/FederationAnchor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel {

namespace {

const QString kSettingKey = QStringLiteral("trust.registries");
const QLatin1String kFederation("openid-federation");
const QLatin1String kDcc("dcc");

TrustRegistry builtIn(const char *id, const QString &name, const char *url, TrustRegistry::Format format,
                      bool enabled)
{
    return TrustRegistry{QString::fromLatin1(id), name, QUrl(QString::fromLatin1(url)), format, true, enabled};
}

} // namespace

QList<TrustRegistry> TrustRegistrySettings::builtIns()
{
    using Format = TrustRegistry::Format;
    return {
        builtIn("dcc-member", tr("DCC Member Registry"), "https://registry.dcconsortium.org/.well-known/openid-federation",
                Format::OpenIdFederation, true),
        builtIn("dcc-community", tr("DCC Community Registry"),
                "https://digitalcredentials.github.io/community-registry/registry.json", Format::Dcc, true),
        builtIn("dcc-sandbox", tr("DCC Sandbox Registry (test issuers)"),
                "https://digitalcredentials.github.io/sandbox-registry/registry.json", Format::Dcc, false),
        builtIn("dcc-member-test", tr("DCC Member Registry, test instance"),
                "https://test.registry.dcconsortium.org/.well-known/openid-federation", Format::OpenIdFederation,
                false),
    };
}

QList<TrustRegistry> TrustRegistrySettings::load(const Wallet &wallet)
{
    const QJsonObject saved = QJsonDocument::fromJson(wallet.setting(kSettingKey).toUtf8()).object();
    const QJsonObject switches = saved.value(QLatin1String("builtIn")).toObject();
    QList<TrustRegistry> out = builtIns();
    for (TrustRegistry &registry : out)
        registry.enabled = switches.value(registry.id).toBool(registry.enabled);
    for (const QJsonValue &value : saved.value(QLatin1String("added")).toArray()) {
        const QJsonObject added = value.toObject();
        const QUrl url(added.value(QLatin1String("url")).toString());
        if (!Fetcher::isFetchableUrl(url))
            continue;
        const auto format = added.value(QLatin1String("format")).toString() == kFederation
                                ? TrustRegistry::Format::OpenIdFederation
                                : TrustRegistry::Format::Dcc;
        const QString name = added.value(QLatin1String("name")).toString();
        out.append(TrustRegistry{url.toString(), name.isEmpty() ? url.host() : name, url, format, false,
                                 added.value(QLatin1String("enabled")).toBool(true)});
    }
    return out;
}

Status TrustRegistrySettings::save(Wallet &wallet, const QList<TrustRegistry> &registries)
{
    QJsonObject switches;
    QJsonArray added;
    for (const TrustRegistry &registry : registries) {
        if (registry.builtIn) {
            switches.insert(registry.id, registry.enabled);
            continue;
        }
        added.append(QJsonObject{
            {QStringLiteral("url"), registry.url.toString()},
            {QStringLiteral("name"), registry.name},
            {QStringLiteral("format"), registry.format == TrustRegistry::Format::OpenIdFederation ? kFederation : kDcc},
            {QStringLiteral("enabled"), registry.enabled}});
    }
    const QJsonObject saved{{QStringLiteral("builtIn"), switches}, {QStringLiteral("added"), added}};
    return wallet.setSetting(kSettingKey, QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
}

QList<TrustRegistry> TrustRegistrySettings::enabled(const QList<TrustRegistry> &registries)
{
    QList<TrustRegistry> out;
    for (const TrustRegistry &registry : registries) {
        if (registry.enabled)
            out.append(registry);
    }
    return out;
}

Result<TrustRegistry> TrustRegistrySettings::fromUrl(const QString &text, const QList<TrustRegistry> &existing)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!Fetcher::isFetchableUrl(url))
        return Error{QStringLiteral("bad-url"), tr("A trust registry is added by its http or https address.")};
    for (const TrustRegistry &registry : existing) {
        if (registry.url == url)
            return Error{QStringLiteral("duplicate"), tr("%1 is already in the list.").arg(registry.name)};
    }
    const bool federation = !FederationAnchor::entityIdFor(url).isEmpty();
    return TrustRegistry{url.toString(), url.host(), url,
                         federation ? TrustRegistry::Format::OpenIdFederation : TrustRegistry::Format::Dcc, false, true};
}

} // namespace Satchel
