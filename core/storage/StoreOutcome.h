// What Wallet::store() did with a credential.
#pragma once

#include <QtGlobal>

namespace Satchel {

struct StoreOutcome {
    // Replaced: an older copy of the same credential (same issuer id + credential id) was
    // updated in place with this newer one (later validFrom, OB 3.0 §2.3); id is the kept row,
    // and the older copy is kept as one of its versions.
    // Version: the same credential with other bytes and no later validFrom; kept as a version of
    // the row id (versionId), which waits for verification to show the version that verifies.
    enum Kind { Imported, Duplicate, Replaced, Version } kind = Imported;
    qint64 id = 0;             // the new row, or the existing one for a duplicate or a version
    qint64 versionId = 0;      // Version: the credential_versions row
};

} // namespace Satchel
