#include "PublicKey.h"

#include "MalformedInput.h"
#include "Base64Url.h"
#include "Multibase.h"
#include "Multicodec.h"
#include "OpenSslPtr.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QJsonValue>

namespace Satchel {

namespace {

constexpr qsizetype kMaxPemBytes = 64 * 1024;

QByteArray bnToBytes(const BIGNUM *bn, int width = 0)
{
    const int len = width > 0 ? width : BN_num_bytes(bn);
    QByteArray out(len, '\0');
    if (BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), len) < 0)
        return {};
    return out;
}

Result<QByteArray> jwkMember(const QJsonObject &jwk, const char *name)
{
    const QJsonValue v = jwk.value(QLatin1String(name));
    if (!v.isString() || v.toString().isEmpty())
        return malformed(PublicKey::tr("The JWK has no \"%1\" member.").arg(QLatin1String(name)));
    return Base64Url::decode(v.toString().toLatin1());
}

} // namespace

Result<PublicKey> PublicKey::adopt(EVP_PKEY *raw)
{
    std::shared_ptr<EVP_PKEY> key(raw, EVP_PKEY_free);
    if (EVP_PKEY_is_a(raw, "ED25519"))
        return PublicKey(std::move(key), Type::Ed25519);
    if (EVP_PKEY_is_a(raw, "EC")) {
        char group[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(raw, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len) != 1)
            return Error{QStringLiteral("unsupported-key"), tr("The elliptic curve of the key is unknown.")};
        if (qstrcmp(group, "prime256v1") == 0 || qstrcmp(group, "P-256") == 0)
            return PublicKey(std::move(key), Type::P256);
        if (qstrcmp(group, "secp384r1") == 0 || qstrcmp(group, "P-384") == 0)
            return PublicKey(std::move(key), Type::P384);
        if (qstrcmp(group, "secp521r1") == 0 || qstrcmp(group, "P-521") == 0)
            return PublicKey(std::move(key), Type::P521);
        return Error{QStringLiteral("unsupported-key"),
                     tr("Only the P-256, P-384 and P-521 elliptic curves are supported.")};
    }
    if (EVP_PKEY_is_a(raw, "RSA")) {
        const int bits = EVP_PKEY_get_bits(raw);
        if (bits < kMinRsaBits)
            return Error{QStringLiteral("weak-key"),
                         tr("The RSA key has %1 bits; at least %2 are required.").arg(bits).arg(kMinRsaBits)};
        if (bits > kMaxRsaBits)
            return Error{QStringLiteral("unsupported-key"), tr("The RSA key is too large (%1 bits).").arg(bits)};
        return PublicKey(std::move(key), Type::Rsa);
    }
    return Error{QStringLiteral("unsupported-key"), tr("Unsupported public key type.")};
}

Result<PublicKey> PublicKey::fromEd25519(QByteArrayView raw)
{
    if (raw.size() != 32)
        return malformed(tr("An Ed25519 public key must be 32 bytes, not %1.").arg(raw.size()));
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char *>(raw.data()), 32);
    if (!key)
        return malformed(tr("Invalid Ed25519 public key."));
    return adopt(key);
}

Result<PublicKey> PublicKey::fromP256Point(QByteArrayView point)
{
    return fromEcPoint(Type::P256, point);
}

Result<PublicKey> PublicKey::fromP384Point(QByteArrayView point)
{
    return fromEcPoint(Type::P384, point);
}

qsizetype PublicKey::coordinateBytes(Type type)
{
    switch (type) {
    case Type::P256:
        return 32;
    case Type::P384:
        return 48;
    case Type::P521:
        return 66;
    case Type::None:
    case Type::Ed25519:
    case Type::Rsa:
        break;
    }
    return 0;
}

Result<PublicKey> PublicKey::fromEcPoint(Type type, QByteArrayView point)
{
    const qsizetype coordinate = coordinateBytes(type);
    const QString curve = PublicKey(nullptr, type).typeName();
    const bool compressed = point.size() == coordinate + 1 && (point[0] == 0x02 || point[0] == 0x03);
    const bool uncompressed = point.size() == 2 * coordinate + 1 && point[0] == 0x04;
    if (!compressed && !uncompressed)
        return malformed(tr("Invalid %1 public key encoding.").arg(curve));
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return malformed(tr("Cannot create an EC key."));
    QByteArray group = curve.toLatin1();
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group.data(), 0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, const_cast<char *>(point.data()),
                                          size_t(point.size())),
        OSSL_PARAM_construct_end(),
    };
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params) != 1 || !raw)
        return malformed(tr("Invalid %1 public key.").arg(curve));
    EvpPkeyPtr owned(raw);
    // A point off the curve enables invalid-curve attacks; make OpenSSL check it explicitly.
    EvpPkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, raw, nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return malformed(tr("The %1 public key is not a point on the curve.").arg(curve));
    return adopt(owned.release());
}

Result<PublicKey> PublicKey::fromJwk(const QJsonObject &jwk)
{
    if (jwk.contains(QLatin1String("d")) || jwk.contains(QLatin1String("p")) || jwk.contains(QLatin1String("k")))
        return Error{QStringLiteral("private-key"), tr("The JWK contains private key material.")};
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    if (kty == QLatin1String("OKP")) {
        if (jwk.value(QLatin1String("crv")).toString() != QLatin1String("Ed25519"))
            return Error{QStringLiteral("unsupported-key"), tr("Unsupported OKP curve in JWK.")};
        auto x = jwkMember(jwk, "x");
        if (!x)
            return x.error();
        return fromEd25519(*x);
    }
    if (kty == QLatin1String("EC")) {
        const QString crv = jwk.value(QLatin1String("crv")).toString();
        const Type type = crv == QLatin1String("P-256") ? Type::P256
            : crv == QLatin1String("P-384")                 ? Type::P384
            : crv == QLatin1String("P-521")                 ? Type::P521
                                                            : Type::None;
        if (type == Type::None)
            return Error{QStringLiteral("unsupported-key"), tr("Unsupported EC curve in JWK.")};
        const qsizetype width = coordinateBytes(type);
        auto x = jwkMember(jwk, "x");
        if (!x)
            return x.error();
        auto y = jwkMember(jwk, "y");
        if (!y)
            return y.error();
        if (x->size() != width || y->size() != width)
            return malformed(tr("Invalid %1 coordinates in JWK.").arg(crv));
        const QByteArray point = QByteArray(1, 0x04) + *x + *y;
        return fromEcPoint(type, point);
    }
    if (kty == QLatin1String("RSA")) {
        auto n = jwkMember(jwk, "n");
        if (!n)
            return n.error();
        auto e = jwkMember(jwk, "e");
        if (!e)
            return e.error();
        if (n->size() > kMaxRsaBits / 8 || e->size() > 8)
            return Error{QStringLiteral("unsupported-key"), tr("The RSA key in the JWK is too large.")};
        BignumPtr bnN(BN_bin2bn(reinterpret_cast<const unsigned char *>(n->constData()), int(n->size()), nullptr));
        BignumPtr bnE(BN_bin2bn(reinterpret_cast<const unsigned char *>(e->constData()), int(e->size()), nullptr));
        ParamBldPtr bld(OSSL_PARAM_BLD_new());
        if (!bnN || !bnE || !bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) != 1
            || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()) != 1)
            return malformed(tr("Invalid RSA key in JWK."));
        ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
        EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
        EVP_PKEY *raw = nullptr;
        if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
            || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1 || !raw)
            return malformed(tr("Invalid RSA key in JWK."));
        return adopt(raw);
    }
    return Error{QStringLiteral("unsupported-key"), tr("Unsupported JWK key type \"%1\".").arg(kty)};
}

Result<PublicKey> PublicKey::fromPem(QByteArrayView pem)
{
    if (pem.size() > kMaxPemBytes)
        return Error{QStringLiteral("too-large"), tr("The PEM key is too large.")};
    BioPtr bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        return malformed(tr("Cannot read the PEM key."));
    EVP_PKEY *raw = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (!raw)
        return malformed(tr("The text is not a PEM public key (SubjectPublicKeyInfo)."));
    return adopt(raw);
}

Result<PublicKey> PublicKey::fromCertificateDer(QByteArrayView der)
{
    if (der.size() > kMaxPemBytes)
        return Error{QStringLiteral("too-large"), tr("The certificate is too large.")};
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.data());
    std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>> certificate(d2i_X509(nullptr, &cursor, long(der.size())));
    if (!certificate || cursor != reinterpret_cast<const unsigned char *>(der.data()) + der.size())
        return malformed(tr("The data is not a DER X.509 certificate."));
    EVP_PKEY *raw = X509_get_pubkey(certificate.get());
    if (!raw)
        return malformed(tr("The certificate's public key cannot be read."));
    return adopt(raw);
}

Result<PublicKey> PublicKey::fromMultibase(QStringView publicKeyMultibase)
{
    if (!publicKeyMultibase.startsWith(QLatin1Char('z')))
        return malformed(tr("A multikey must be base58btc ('z' prefix)."));
    auto bytes = Multibase::decode(publicKeyMultibase.toLatin1());
    if (!bytes)
        return bytes.error();
    auto value = Multicodec::decode(*bytes);
    if (!value)
        return value.error();
    switch (value->codec) {
    case Multicodec::kEd25519Pub:
        return fromEd25519(value->data);
    case Multicodec::kP256Pub:
        if (value->data.size() != 33)
            return malformed(tr("A P-256 multikey must hold a compressed point."));
        return fromP256Point(value->data);
    case Multicodec::kP384Pub:
        if (value->data.size() != 49)
            return malformed(tr("A P-384 multikey must hold a compressed point."));
        return fromP384Point(value->data);
    case Multicodec::kEd25519Priv:
        return Error{QStringLiteral("private-key"), tr("The multikey is a secret key.")};
    default:
        return Error{QStringLiteral("unsupported-key"),
                     tr("Unsupported multikey type 0x%1.").arg(value->codec, 0, 16)};
    }
}

int PublicKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QString PublicKey::typeName() const
{
    switch (m_type) {
    case Type::Ed25519:
        return QStringLiteral("Ed25519");
    case Type::P256:
        return QStringLiteral("P-256");
    case Type::P384:
        return QStringLiteral("P-384");
    case Type::P521:
        return QStringLiteral("P-521");
    case Type::Rsa:
        return QStringLiteral("RSA");
    case Type::None:
        break;
    }
    return QString();
}

QByteArray PublicKey::rawEd25519() const
{
    if (m_type != Type::Ed25519)
        return {};
    QByteArray out(32, '\0');
    size_t len = 32;
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(out.data()), &len) != 1)
        return {};
    return out;
}

QJsonObject PublicKey::toJwk() const
{
    auto b64 = [](const QByteArray &b) { return QString::fromLatin1(Base64Url::encode(b)); };
    switch (m_type) {
    case Type::Ed25519:
        return {{QStringLiteral("kty"), QStringLiteral("OKP")},
                {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                {QStringLiteral("x"), b64(rawEd25519())}};
    case Type::P256:
    case Type::P384:
    case Type::P521: {
        const int width = int(coordinateBytes(m_type));
        BIGNUM *x = nullptr;
        BIGNUM *y = nullptr;
        EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, &x);
        EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, &y);
        BignumPtr ox(x), oy(y);
        if (!x || !y)
            return {};
        return {{QStringLiteral("kty"), QStringLiteral("EC")},
                {QStringLiteral("crv"), typeName()},
                {QStringLiteral("x"), b64(bnToBytes(x, width))},
                {QStringLiteral("y"), b64(bnToBytes(y, width))}};
    }
    case Type::Rsa: {
        BIGNUM *n = nullptr;
        BIGNUM *e = nullptr;
        EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_RSA_N, &n);
        EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_RSA_E, &e);
        BignumPtr on(n), oe(e);
        if (!n || !e)
            return {};
        return {{QStringLiteral("kty"), QStringLiteral("RSA")},
                {QStringLiteral("n"), b64(bnToBytes(n))},
                {QStringLiteral("e"), b64(bnToBytes(e))}};
    }
    case Type::None:
        break;
    }
    return {};
}

bool PublicKey::operator==(const PublicKey &other) const
{
    if (!m_key || !other.m_key)
        return m_key == other.m_key;
    return EVP_PKEY_eq(m_key.get(), other.m_key.get()) == 1;
}

} // namespace Satchel
