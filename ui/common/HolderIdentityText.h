// How a holder identity is named in a one-line list (consent pages' "Issued to" / "Signed by"):
// the learner's label and key type first, then a shortened DID, since a narrow box clips the end.
#pragma once

#include "storage/HolderKeyRecord.h"

#include <QCoreApplication>
#include <QString>

namespace Satchel {

class HolderIdentityText {
    Q_DECLARE_TR_FUNCTIONS(Satchel::HolderIdentityText)
public:
    // "did:key:z6MkhaXg…2doK": enough to recognise, short enough for one line.
    static QString shortDid(const QString &did)
    {
        return did.size() <= 28 ? did : did.left(18) + QChar(0x2026) + did.right(4);
    }
    static QString line(const HolderKeyRecord &identity)
    {
        return tr("%1 (%2) — %3")
            .arg(identity.label, identity.keyType == QLatin1String("p256") ? QStringLiteral("P-256") : QStringLiteral("Ed25519"),
                 shortDid(identity.did));
    }
};

} // namespace Satchel
