// The public part of a learner's holder key (core/share/HolderKeyStore): where its private part
// lives, and that part itself only when it is sealed under a passphrase.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Satchel {

struct HolderKeyRecord {
    QString did;               // did:key:z6Mk...
    QDateTime createdAt;
    QString storage;           // "keychain" (the platform keychain, entry named by the DID) or "sealed"
    QByteArray sealedKey;      // SealedFile bytes of the seed when storage is "sealed"
};

} // namespace Satchel
