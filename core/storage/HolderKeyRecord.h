// The public part of one of the learner's holder identities (core/share/HolderKeyStore): its key
// type and label, where its private part lives, and that part itself only when it is sealed under
// a passphrase. One identity of a wallet that has any is its default.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Satchel {

struct HolderKeyRecord {
    QString did;               // did:key:z6Mk... (ed25519) or did:jwk:eyJ... (p256)
    QDateTime createdAt;
    QString storage;           // "keychain" (the platform keychain, entry named by the DID) or "sealed"
    QByteArray sealedKey;      // SealedFile bytes of the seed (or P-256 scalar) when storage is "sealed"
    QString label;             // the learner's name for it ("School", "Work")
    QString keyType = QStringLiteral("ed25519"); // "ed25519" or "p256"
    bool isDefault = false;    // read only: Wallet::setDefaultHolderKey() chooses it
};

} // namespace Satchel
