#include "trust/KnownIssuers.h"

#include "storage/KnownIssuerRepository.h"

namespace Satchel {

QSet<QString> KnownIssuers::load(const Wallet &wallet)
{
    return KnownIssuerRepository(wallet).all();
}

Status KnownIssuers::setKnown(Wallet &wallet, const QString &issuerId, bool known)
{
    return KnownIssuerRepository(wallet).setKnown(issuerId, known);
}

} // namespace Satchel
