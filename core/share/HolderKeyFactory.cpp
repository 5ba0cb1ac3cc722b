#include "HolderKeyFactory.h"

#include "crypto/Ed25519SigningKey.h"
#include "crypto/P256SigningKey.h"

namespace Satchel {

namespace {

Error unsupported(const QString &keyType)
{
    return Error{QStringLiteral("unsupported-key-type"),
                 HolderKeyFactory::tr("Satchel has no key type \"%1\" (it knows ed25519 and p256).").arg(keyType)};
}

SecureBytes copyOf(const SecureBytes &secret)
{
    return SecureBytes(reinterpret_cast<const char *>(secret.data()), secret.size());
}

} // namespace

QString HolderKeyFactory::displayName(const QString &keyType)
{
    if (keyType == QLatin1String(kEd25519))
        return tr("Ed25519 (did:key)");
    if (keyType == QLatin1String(kP256))
        return tr("P-256 (did:jwk)");
    return keyType;
}

Result<HolderKeyFactory::NewKey> HolderKeyFactory::generate(const QString &keyType)
{
    NewKey made;
    if (keyType == QLatin1String(kEd25519)) {
        auto pair = Ed25519KeyPair::generate();
        if (!pair)
            return pair.error();
        made.secret = copyOf(pair->seed());
        made.key = std::make_unique<Ed25519SigningKey>(std::move(*pair));
    } else if (keyType == QLatin1String(kP256)) {
        auto pair = P256KeyPair::generate();
        if (!pair)
            return pair.error();
        made.secret = copyOf(pair->privateScalar());
        made.key = std::make_unique<P256SigningKey>(std::move(*pair));
    } else {
        return unsupported(keyType);
    }
    return made;
}

Result<std::unique_ptr<SigningKey>> HolderKeyFactory::fromSecret(const QString &keyType, const SecureBytes &secret)
{
    if (keyType == QLatin1String(kEd25519)) {
        auto pair = Ed25519KeyPair::fromSeed(secret);
        if (!pair)
            return pair.error();
        return std::unique_ptr<SigningKey>(std::make_unique<Ed25519SigningKey>(std::move(*pair)));
    }
    if (keyType == QLatin1String(kP256)) {
        auto pair = P256KeyPair::fromPrivateScalar(secret);
        if (!pair)
            return pair.error();
        return std::unique_ptr<SigningKey>(std::make_unique<P256SigningKey>(std::move(*pair)));
    }
    return unsupported(keyType);
}

} // namespace Satchel
