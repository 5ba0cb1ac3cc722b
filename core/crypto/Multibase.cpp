#include "Multibase.h"

#include "Base58.h"
#include "Base64Url.h"

namespace Satchel {

QByteArray Multibase::encode(QByteArrayView bytes, Base base)
{
    if (base == Base::Base64Url)
        return 'u' + Base64Url::encode(bytes);
    return 'z' + Base58::encode(bytes);
}

Result<QByteArray> Multibase::decode(QByteArrayView text)
{
    if (text.isEmpty())
        return Error{QStringLiteral("malformed"), tr("Empty multibase value.")};
    switch (text.front()) {
    case 'z':
        return Base58::decode(text.sliced(1));
    case 'u':
        return Base64Url::decode(text.sliced(1));
    default:
        return Error{QStringLiteral("malformed"),
                     tr("Unsupported multibase prefix '%1'.").arg(QChar::fromLatin1(text.front()))};
    }
}

} // namespace Satchel
