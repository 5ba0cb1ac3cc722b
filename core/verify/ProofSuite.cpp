#include "ProofSuite.h"

#include "EcdsaSd2023Suite.h"
#include "Ed25519Signature2018Suite.h"
#include "RdfcProofSuite.h"

namespace Satchel {

Result<std::shared_ptr<ProofSuite>> ProofSuite::forProof(const JsonValue &proof, bool acceptBaseProofs)
{
    const QString type = proof.value(QStringLiteral("type")).toString();
    const QString suite = proof.value(QStringLiteral("cryptosuite")).toString();
    if (type == QLatin1String("Ed25519Signature2020"))
        return std::shared_ptr<ProofSuite>(std::make_shared<RdfcProofSuite>(RdfcProofSuite::Family::EdDsa, type));
    if (type == QLatin1String("Ed25519Signature2018"))
        return std::shared_ptr<ProofSuite>(std::make_shared<Ed25519Signature2018Suite>());
    if (type == QLatin1String("DataIntegrityProof")) {
        if (suite == QLatin1String("eddsa-rdfc-2022") || suite == QLatin1String("eddsa-2022"))
            return std::shared_ptr<ProofSuite>(std::make_shared<RdfcProofSuite>(RdfcProofSuite::Family::EdDsa, suite));
        if (suite == QLatin1String("ecdsa-rdfc-2019"))
            return std::shared_ptr<ProofSuite>(std::make_shared<RdfcProofSuite>(RdfcProofSuite::Family::Ecdsa, suite));
        if (suite == QLatin1String("ecdsa-sd-2023"))
            return std::shared_ptr<ProofSuite>(std::make_shared<EcdsaSd2023Suite>(acceptBaseProofs));
        if (suite == QLatin1String("bbs-2023"))
            return Error{QStringLiteral("unsupported-cryptosuite"),
                         tr("The proof uses bbs-2023, which needs BLS12-381 pairing-friendly curves that the "
                            "cryptography library Satchel uses (OpenSSL) does not provide, so Satchel cannot check "
                            "it. Ask the issuer for a copy signed with eddsa-rdfc-2022 or ecdsa-rdfc-2019.")};
    }
    return Error{QStringLiteral("unsupported-cryptosuite"),
                 tr("The proof type \"%1\" is not supported.")
                     .arg(suite.isEmpty() ? type : type + QLatin1Char('/') + suite)};
}

} // namespace Satchel
