#include "trust/IssuerTrust.h"

#include <QJsonArray>

namespace Satchel {

QString IssuerTrust::code() const
{
    switch (kind) {
    case Kind::Listed:
        return QStringLiteral("listed");
    case Kind::ListedStale:
        return QStringLiteral("listed-stale");
    case Kind::KnownPersonally:
        return QStringLiteral("known-personally");
    case Kind::NotListed:
        return QStringLiteral("not-listed");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString IssuerTrust::line() const
{
    switch (kind) {
    case Kind::Listed:
        return knownPersonally ? tr("Listed by %1 as %2; you also know this issuer personally")
                                     .arg(registryName, issuerName)
                               : tr("Listed by %1 as %2").arg(registryName, issuerName);
    case Kind::ListedStale:
        return tr("Listed by %1 as %2, but the registry's copy is %n day(s) old", nullptr, ageDays)
            .arg(registryName, issuerName);
    case Kind::KnownPersonally:
        return tr("Not listed in the registries you use; you marked this issuer as known to you");
    case Kind::NotListed:
        return tr("Not listed in the registries you use");
    case Kind::Unknown:
        break;
    }
    return tr("Not checked: no trust registry copy to answer from (Settings, Trust registries)");
}

QString IssuerTrust::symbol() const
{
    switch (kind) {
    case Kind::Listed:
        return QStringLiteral("\u2713");
    case Kind::ListedStale:
        return QStringLiteral("\u25F7");
    case Kind::KnownPersonally:
        return QStringLiteral("\u2605");
    case Kind::NotListed:
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QJsonObject IssuerTrust::toJson() const
{
    QJsonObject out{{QStringLiteral("status"), code()},
                    {QStringLiteral("text"), line()},
                    {QStringLiteral("knownPersonally"), knownPersonally}};
    if (isListed()) {
        out.insert(QStringLiteral("registry"), registryName);
        out.insert(QStringLiteral("name"), issuerName);
        out.insert(QStringLiteral("fetchedAt"), fetchedAt.toUTC().toString(Qt::ISODate));
        out.insert(QStringLiteral("ageDays"), ageDays);
    }
    if (!uncheckedRegistries.isEmpty())
        out.insert(QStringLiteral("uncheckedRegistries"), QJsonArray::fromStringList(uncheckedRegistries));
    return out;
}

} // namespace Satchel
