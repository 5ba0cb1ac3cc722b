#include "TokenStatusList.h"

#include "crypto/Base64Url.h"
#include "crypto/Inflate.h"

namespace Satchel {

Result<TokenStatusList> TokenStatusList::fromJson(const QJsonObject &statusList)
{
    const QJsonValue bits = statusList.value(QLatin1String("bits"));
    const int size = bits.toInt(0);
    if (!bits.isDouble() || bits.toDouble() != double(size) || (size != 1 && size != 2 && size != 4 && size != 8))
        return Error{QStringLiteral("malformed"), tr("The status list gives %1 bits per status; only 1, 2, 4 and 8 are "
                                                     "allowed.").arg(Error::excerpt(bits.toVariant().toString()))};
    const QString lst = statusList.value(QLatin1String("lst")).toString();
    if (lst.isEmpty())
        return Error{QStringLiteral("malformed"), tr("The status list has no list (\"lst\").")};
    if (lst.size() > kMaxBytes)
        return Error{QStringLiteral("too-large"), tr("The status list is too large.")};
    auto compressed = Base64Url::decode(lst.toLatin1());
    if (!compressed)
        return Error{QStringLiteral("malformed"), tr("The status list (\"lst\") is not valid base64url.")};
    auto bytes = Inflate::decompress(*compressed, kMaxBytes, Inflate::Format::Zlib);
    if (!bytes)
        return Error{bytes.error().code, bytes.error().code == QLatin1String("too-large")
                                             ? tr("The status list is larger than Satchel reads (%1 MiB).").arg(kMaxBytes >> 20)
                                             : tr("The status list (\"lst\") is not ZLIB-compressed data.")};
    TokenStatusList list;
    list.m_bits = size;
    list.m_bytes = std::move(*bytes);
    return list;
}

bool TokenStatusList::isTokenType(const QString &typ)
{
    return typ.compare(QLatin1String(kJwtType), Qt::CaseInsensitive) == 0
        || typ.compare(QLatin1String(kMediaType), Qt::CaseInsensitive) == 0;
}

Result<quint32> TokenStatusList::statusAt(quint64 index) const
{
    return StatusListChecker::statusAt(m_bytes, index, m_bits, StatusListChecker::BitOrder::LeastSignificantFirst);
}

} // namespace Satchel
