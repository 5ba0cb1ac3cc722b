#include "Ed25519KeyPair.h"

#include "crypto/Multibase.h"
#include "crypto/Multicodec.h"

namespace Satchel {

Result<Ed25519KeyPair> Ed25519KeyPair::generate()
{
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &key) != 1)
        return Error{QStringLiteral("crypto"), tr("Could not create a new signing key.")};
    return adopt(key);
}

Result<Ed25519KeyPair> Ed25519KeyPair::fromSeed(const SecureBytes &seed)
{
    if (seed.size() != size_t(kSeedBytes))
        return Error{QStringLiteral("malformed"), tr("A signing key must be %1 bytes.").arg(kSeedBytes)};
    EVP_PKEY *key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), seed.size());
    if (!key)
        return Error{QStringLiteral("crypto"), tr("The signing key could not be read.")};
    return adopt(key);
}

Result<Ed25519KeyPair> Ed25519KeyPair::adopt(EVP_PKEY *raw)
{
    EvpPkeyPtr key(raw);
    SecureBytes seed(kSeedBytes);
    size_t seedLength = seed.size();
    unsigned char pub[32];
    size_t pubLength = sizeof pub;
    if (EVP_PKEY_get_raw_private_key(key.get(), seed.data(), &seedLength) != 1 || seedLength != seed.size()
        || EVP_PKEY_get_raw_public_key(key.get(), pub, &pubLength) != 1 || pubLength != sizeof pub)
        return Error{QStringLiteral("crypto"), tr("The signing key could not be read.")};
    Ed25519KeyPair pair;
    pair.m_key = std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free);
    pair.m_seed = std::move(seed);
    pair.m_public = QByteArray(reinterpret_cast<const char *>(pub), qsizetype(pubLength));
    return pair;
}

QString Ed25519KeyPair::publicKeyMultibase() const
{
    return QString::fromLatin1(Multibase::encode(Multicodec::encode(Multicodec::kEd25519Pub, m_public)));
}

QString Ed25519KeyPair::did() const
{
    return QStringLiteral("did:key:") + publicKeyMultibase();
}

QString Ed25519KeyPair::verificationMethod() const
{
    return did() + QLatin1Char('#') + publicKeyMultibase();
}

Result<QByteArray> Ed25519KeyPair::sign(QByteArrayView message) const
{
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    unsigned char signature[64];
    size_t length = sizeof signature;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), signature, &length, reinterpret_cast<const unsigned char *>(message.data()),
                          size_t(message.size()))
            != 1)
        return Error{QStringLiteral("crypto"), tr("Signing failed.")};
    return QByteArray(reinterpret_cast<const char *>(signature), qsizetype(length));
}

} // namespace Satchel
