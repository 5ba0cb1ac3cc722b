#include "P256KeyPair.h"

#include "crypto/Base64Url.h"
#include "crypto/Signature.h"

#include <openssl/core_names.h>
#include <openssl/obj_mac.h>

namespace Satchel {

namespace {

constexpr int kPointBytes = 1 + 2 * P256KeyPair::kScalarBytes; // 0x04 || x || y

Error unreadable()
{
    return Error{QStringLiteral("crypto"), P256KeyPair::tr("The signing key could not be read.")};
}

// The uncompressed public point scalar·G, or empty when OpenSSL fails.
QByteArray publicPoint(const EC_GROUP *group, const BIGNUM *scalar)
{
    BnCtxPtr bnContext(BN_CTX_new());
    EcPointPtr point(EC_POINT_new(group));
    QByteArray encoded(kPointBytes, '\0');
    if (!bnContext || !point
        || EC_POINT_mul(group, point.get(), scalar, nullptr, nullptr, bnContext.get()) != 1
        || EC_POINT_point2oct(group, point.get(), POINT_CONVERSION_UNCOMPRESSED,
                              reinterpret_cast<unsigned char *>(encoded.data()), size_t(encoded.size()),
                              bnContext.get())
            != size_t(kPointBytes))
        return {};
    return encoded;
}

} // namespace

Result<P256KeyPair> P256KeyPair::generate()
{
    EvpPkeyPtr key(EVP_EC_gen("P-256"));
    BIGNUM *rawScalar = nullptr;
    if (!key || EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_PRIV_KEY, &rawScalar) != 1)
        return Error{QStringLiteral("crypto"), tr("Could not create a new signing key.")};
    SecretBignumPtr scalar(rawScalar);
    SecureBytes bytes(kScalarBytes);
    if (BN_bn2binpad(scalar.get(), bytes.data(), kScalarBytes) != kScalarBytes)
        return Error{QStringLiteral("crypto"), tr("Could not create a new signing key.")};
    // One way in for every key: the pair is rebuilt from its scalar as a stored one will be.
    return fromPrivateScalar(bytes);
}

Result<P256KeyPair> P256KeyPair::fromPrivateScalar(const SecureBytes &scalarBytes)
{
    if (scalarBytes.size() != size_t(kScalarBytes))
        return Error{QStringLiteral("malformed"), tr("A P-256 signing key must be %1 bytes.").arg(kScalarBytes)};
    EcGroupPtr group(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
    SecretBignumPtr scalar(BN_bin2bn(scalarBytes.data(), kScalarBytes, nullptr));
    if (!group || !scalar)
        return unreadable();
    // Zero and multiples of the order are no key at all; OpenSSL would accept some of them here.
    if (BN_is_zero(scalar.get()) || BN_cmp(scalar.get(), EC_GROUP_get0_order(group.get())) >= 0)
        return Error{QStringLiteral("malformed"), tr("The P-256 signing key is out of range.")};
    QByteArray point = publicPoint(group.get(), scalar.get());
    if (point.isEmpty())
        return unreadable();

    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder
        || OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "P-256", 0) != 1
        || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, scalar.get()) != 1
        || OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                            size_t(point.size()))
            != 1)
        return unreadable();
    ParamPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    EvpPkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1
        || EVP_PKEY_fromdata(context.get(), &raw, EVP_PKEY_KEYPAIR, params.get()) != 1 || !raw)
        return unreadable();

    P256KeyPair pair;
    pair.m_key = std::shared_ptr<EVP_PKEY>(raw, EVP_PKEY_free);
    pair.m_scalar = SecureBytes(reinterpret_cast<const char *>(scalarBytes.data()), scalarBytes.size());
    pair.m_x = point.mid(1, kScalarBytes);
    pair.m_y = point.mid(1 + kScalarBytes, kScalarBytes);
    return pair;
}

QByteArray P256KeyPair::publicJwk() const
{
    // Built by hand rather than through QJsonDocument: the DID is these exact bytes.
    return QByteArrayLiteral("{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"") + Base64Url::encode(m_x)
        + QByteArrayLiteral("\",\"y\":\"") + Base64Url::encode(m_y) + QByteArrayLiteral("\"}");
}

QString P256KeyPair::did() const
{
    return QStringLiteral("did:jwk:") + QString::fromLatin1(Base64Url::encode(publicJwk()));
}

QString P256KeyPair::verificationMethod() const
{
    return did() + QStringLiteral("#0");
}

Result<QByteArray> P256KeyPair::sign(QByteArrayView message) const
{
    EvpMdCtxPtr context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(message.data()),
                          size_t(message.size()))
            != 1)
        return Error{QStringLiteral("crypto"), tr("Signing failed.")};
    QByteArray der(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(der.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()))
        != 1)
        return Error{QStringLiteral("crypto"), tr("Signing failed.")};
    der.truncate(qsizetype(length));
    const QByteArray raw = Signature::derEcdsaToRaw(der);
    if (raw.size() != 2 * kScalarBytes)
        return Error{QStringLiteral("crypto"), tr("Signing failed.")};
    return raw;
}

} // namespace Satchel
