// The issuers a learner marked as known to them personally ("Mark this issuer as known to me" on the
// detail page), kept in the wallet (storage/KnownIssuerRepository, merged by a restore). A mark is
// about the issuer id, never the name a credential claims: another issuer cannot borrow it by
// copying a name.
#pragma once

#include "Result.h"

#include <QSet>
#include <QString>

namespace Satchel {

class Wallet;

class KnownIssuers {
public:
    static QSet<QString> load(const Wallet &wallet);
    static Status setKnown(Wallet &wallet, const QString &issuerId, bool known);
};

} // namespace Satchel
