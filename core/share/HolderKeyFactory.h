// The key types a holder identity can have, and how each is made: freshly generated, or rebuilt
// from the 32 secret bytes the keychain or a sealed record keeps (an Ed25519 seed, a P-256
// private scalar). HolderKeyStore keeps the secrets; this is the one place that knows the types.
//
// Error codes: "unsupported-key-type", and those of Ed25519KeyPair and P256KeyPair.
#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "crypto/SigningKey.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace Satchel {

class HolderKeyFactory {
    Q_DECLARE_TR_FUNCTIONS(Satchel::HolderKeyFactory)
public:
    static constexpr const char *kEd25519 = "ed25519"; // did:key, EdDSA (the default)
    static constexpr const char *kP256 = "p256";       // did:jwk, ES256

    struct NewKey {
        std::unique_ptr<SigningKey> key;
        SecureBytes secret; // what the keychain or a sealed record keeps
    };

    static QStringList keyTypes() { return {QLatin1String(kEd25519), QLatin1String(kP256)}; }
    static bool isKeyType(const QString &keyType) { return keyTypes().contains(keyType); }
    // "Ed25519 (did:key)", "P-256 (did:jwk)": for lists and menus.
    static QString displayName(const QString &keyType);

    static Result<NewKey> generate(const QString &keyType);
    static Result<std::unique_ptr<SigningKey>> fromSecret(const QString &keyType, const SecureBytes &secret);
};

} // namespace Satchel
