// Bench credentials: OpenBadgeCredentials made from a refvc template, each with its own id and
// subject name and signed by an issuer key made for the run (as the reference bench does), with
// the key's Data Integrity suite: eddsa-rdfc-2022 (Ed25519, did:key) or ecdsa-rdfc-2019 (P-256,
// did:jwk). Shared by bench_verify and bench_verify_wallet; signing is never what they time.
#pragma once

#include "crypto/Ed25519SigningKey.h"
#include "crypto/Multibase.h"
#include "crypto/P256SigningKey.h"
#include "jsonld/JsonLdCanonicalizer.h"
#include "jsonld/JsonValue.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace BenchCredentials {

using namespace Satchel;

// A new issuer key for cryptosuite ("eddsa-rdfc-2022" or "ecdsa-rdfc-2019"); null if it cannot be made.
inline std::unique_ptr<SigningKey> issuerKey(const QString &cryptosuite)
{
    if (cryptosuite == QLatin1String("ecdsa-rdfc-2019")) {
        auto key = P256KeyPair::generate();
        return key ? std::make_unique<P256SigningKey>(std::move(*key)) : nullptr;
    }
    auto key = Ed25519KeyPair::generate();
    return key ? std::make_unique<Ed25519SigningKey>(std::move(*key)) : nullptr;
}

// The template with its own id, subject name and issuer, signed by signer; empty on failure.
inline QByteArray makeCredential(const QJsonObject &base, const SigningKey &signer, int i)
{
    QJsonObject vc = base;
    vc.remove(QStringLiteral("proof"));
    vc.insert(QStringLiteral("id"), QStringLiteral("urn:uuid:00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
    QJsonObject issuer = vc.value(QStringLiteral("issuer")).toObject();
    issuer.insert(QStringLiteral("id"), signer.did());
    vc.insert(QStringLiteral("issuer"), issuer);
    QJsonObject subject = vc.value(QStringLiteral("credentialSubject")).toObject();
    subject.insert(QStringLiteral("name"), QStringLiteral("Bench Learner %1").arg(i));
    vc.insert(QStringLiteral("credentialSubject"), subject);
    QJsonObject proof{{QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
                      {QStringLiteral("cryptosuite"), signer.dataIntegrityCryptosuite()},
                      {QStringLiteral("created"), QStringLiteral("2025-01-01T00:00:00Z")},
                      {QStringLiteral("verificationMethod"), signer.verificationMethod()},
                      {QStringLiteral("proofPurpose"), QStringLiteral("assertionMethod")}};
    const JsonValue document = JsonValue::fromQJson(vc);
    // Both suites hash with SHA-256 at this key size; the ECDSA signature hashes hashData again.
    auto input = JsonLdCanonicalizer::dataIntegrityInput(document, JsonValue::fromQJson(proof));
    if (!input)
        return {};
    auto signature = signer.sign(input->hashData);
    if (!signature)
        return {};
    proof.insert(QStringLiteral("proofValue"), QString::fromLatin1(Multibase::encode(*signature)));
    vc.insert(QStringLiteral("proof"), proof);
    return QJsonDocument(vc).toJson(QJsonDocument::Compact);
}

} // namespace BenchCredentials
