#include "trust/DccRegistry.h"

#include "jsonld/SafeJson.h"

namespace Satchel {

namespace {
constexpr int kMaxDepth = 8; // registry → entries → entry → members: anything deeper is not this format
}

Result<DccRegistry> DccRegistry::parse(QByteArrayView json)
{
    if (json.size() > kMaxBytes)
        return Error{QStringLiteral("too-large"), tr("The registry is larger than %1 MB.").arg(kMaxBytes >> 20)};
    auto object = SafeJson::parseObject(json, kMaxDepth, kMaxBytes);
    if (!object) {
        return SafeJson::orCallerError(object.error(), QStringLiteral("malformed"),
                                       tr("The registry is not JSON."));
    }
    const QJsonValue registry = object->value(QLatin1String("registry"));
    if (!registry.isObject()) {
        return Error{QStringLiteral("malformed"),
                     tr("The registry has no \"registry\" object: it is not in the DCC known-issuer format.")};
    }
    DccRegistry out;
    out.m_registry = registry.toObject();
    if (out.m_registry.size() > kMaxEntries)
        return Error{QStringLiteral("too-large"), tr("The registry lists more than %1 issuers.").arg(kMaxEntries)};
    return out;
}

std::optional<DccRegistryEntry> DccRegistry::find(const QString &issuerId) const
{
    const QJsonValue value = m_registry.value(issuerId);
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject entry = value.toObject();
    DccRegistryEntry out{entry.value(QLatin1String("name")).toString().trimmed(),
                         entry.value(QLatin1String("location")).toString(),
                         entry.value(QLatin1String("url")).toString()};
    if (out.name.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace Satchel
