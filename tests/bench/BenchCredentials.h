// Bench credentials: eddsa-rdfc-2022 OpenBadgeCredentials made from a refvc template, each with
// its own id and subject name and signed by a did:key issuer made for the run (as the reference
// bench does). Shared by bench_verify and bench_verify_wallet; signing is never what they time.
#pragma once

#include "crypto/Multibase.h"
#include "crypto/Multicodec.h"
#include "jsonld/JsonLdCanonicalizer.h"
#include "jsonld/JsonValue.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>

namespace BenchCredentials {

using namespace Satchel;

struct Signer {
    EVP_PKEY *key = nullptr;
    QString did;
    QString verificationMethod;

    Signer()
    {
        EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
        EVP_PKEY_keygen_init(ctx);
        EVP_PKEY_keygen(ctx, &key);
        EVP_PKEY_CTX_free(ctx);
        unsigned char pub[32];
        size_t len = sizeof pub;
        EVP_PKEY_get_raw_public_key(key, pub, &len);
        const QByteArray multikey
            = Multibase::encode(Multicodec::encode(Multicodec::kEd25519Pub, QByteArrayView(pub, qsizetype(len))));
        did = QStringLiteral("did:key:") + QString::fromLatin1(multikey);
        verificationMethod = did + QLatin1Char('#') + QString::fromLatin1(multikey);
    }
    ~Signer() { EVP_PKEY_free(key); }

    QByteArray sign(const QByteArray &message) const
    {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        unsigned char signature[64];
        size_t len = sizeof signature;
        EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, key);
        EVP_DigestSign(ctx, signature, &len, reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size()));
        EVP_MD_CTX_free(ctx);
        return QByteArray(reinterpret_cast<const char *>(signature), qsizetype(len));
    }
};

// The template with its own id, subject name and issuer key, signed with eddsa-rdfc-2022.
inline QByteArray makeCredential(const QJsonObject &base, const Signer &signer, int i)
{
    QJsonObject vc = base;
    vc.remove(QStringLiteral("proof"));
    vc.insert(QStringLiteral("id"), QStringLiteral("urn:uuid:00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
    QJsonObject issuer = vc.value(QStringLiteral("issuer")).toObject();
    issuer.insert(QStringLiteral("id"), signer.did);
    vc.insert(QStringLiteral("issuer"), issuer);
    QJsonObject subject = vc.value(QStringLiteral("credentialSubject")).toObject();
    subject.insert(QStringLiteral("name"), QStringLiteral("Bench Learner %1").arg(i));
    vc.insert(QStringLiteral("credentialSubject"), subject);
    QJsonObject proof{{QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
                      {QStringLiteral("cryptosuite"), QStringLiteral("eddsa-rdfc-2022")},
                      {QStringLiteral("created"), QStringLiteral("2025-01-01T00:00:00Z")},
                      {QStringLiteral("verificationMethod"), signer.verificationMethod},
                      {QStringLiteral("proofPurpose"), QStringLiteral("assertionMethod")}};
    const JsonValue document = JsonValue::fromQJson(vc);
    auto input = JsonLdCanonicalizer::dataIntegrityInput(document, JsonValue::fromQJson(proof));
    if (!input)
        return {};
    proof.insert(QStringLiteral("proofValue"), QString::fromLatin1(Multibase::encode(signer.sign(input->hashData))));
    vc.insert(QStringLiteral("proof"), proof);
    return QJsonDocument(vc).toJson(QJsonDocument::Compact);
}

} // namespace BenchCredentials
