#include "EcdsaSdPresentation.h"

#include "ClaimPath.h"
#include "EcdsaSdDisclosure.h"
#include "SdJwtPresentation.h"
#include "jsonld/SafeJson.h"
#include "verify/EcdsaSdProofValue.h"
#include "verify/VerifyUtil.h"

namespace Satchel {

namespace {

QString pointerOf(const QJsonArray &path)
{
    QString out;
    for (const QJsonValue &step : path) {
        QString token = step.isString() ? step.toString() : QString::number(step.toInteger());
        token.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
        out += QLatin1Char('/') + token;
    }
    return out;
}

} // namespace

bool EcdsaSdPresentation::hasBaseProof(const QJsonObject &credential)
{
    for (const QJsonValue &proof : VerifyUtil::asArray(credential.value(QLatin1String("proof")))) {
        const QJsonObject object = proof.toObject();
        if (object.value(QLatin1String("cryptosuite")).toString() == QLatin1String("ecdsa-sd-2023")
            && EcdsaSdProofValue::parseBase(object.value(QLatin1String("proofValue")).toString()).ok())
            return true;
    }
    return false;
}

bool EcdsaSdPresentation::isSelective(const RequestedCredential &query, QueryLanguage language)
{
    return language == QueryLanguage::Dcql && !query.claims.isEmpty();
}

EcdsaSdPresentation::Selection EcdsaSdPresentation::select(const QJsonObject &credential,
                                                           const QList<QJsonArray> &claimPaths)
{
    Selection out;
    for (QJsonArray path : claimPaths) {
        // As CredentialMatcher::claimHolds: a path written for a VC-JWT's payload reads the credential.
        if (path.size() > 1 && path.first() == QLatin1String("vc") && !credential.contains(QLatin1String("vc")))
            path.removeFirst();
        const QList<ClaimPath::Located> found
            = ClaimPath::isValid(path) ? ClaimPath::locate(credential, path) : QList<ClaimPath::Located>{};
        for (const ClaimPath::Located &located : found) {
            const QJsonArray &concrete = located.at;
            const QString pointer = pointerOf(concrete);
            // The proof is the issuer's base proof: the derivation writes the verifier's own.
            if (concrete.isEmpty() || concrete.first() == QLatin1String("proof") || out.pointers.contains(pointer))
                continue;
            out.paths.append(concrete);
            out.pointers.append(pointer);
        }
    }
    return out;
}

QStringList EcdsaSdPresentation::pointers(const QJsonObject &credential, const RequestedCredential &query,
                                          QueryLanguage language)
{
    if (isSelective(query, language))
        return select(credential, SdJwtPresentation::requestedPaths(query, credential)).pointers;
    QStringList whole;
    for (auto it = credential.constBegin(); it != credential.constEnd(); ++it) {
        if (it.key() != QLatin1String("proof") && it.key() != QLatin1String("@context"))
            whole.append(pointerOf(QJsonArray{it.key()}));
    }
    return whole;
}

QStringList EcdsaSdPresentation::disclosedClaims(const QJsonObject &credential, const RequestedCredential &query)
{
    QStringList out;
    const Selection chosen = select(credential, SdJwtPresentation::requestedPaths(query, credential));
    for (const QJsonArray &path : chosen.paths)
        out.append(SdJwtPresentation::describe(path));
    return out;
}

Result<QByteArray> EcdsaSdPresentation::derive(const QByteArray &stored, const RequestedCredential &query,
                                               QueryLanguage language)
{
    auto credential = SafeJson::parseObject(stored);
    if (!credential)
        return credential.error();
    return EcdsaSdDisclosure::derive(stored, pointers(*credential, query, language));
}

Result<QByteArray> EcdsaSdPresentation::forVerifier(const QByteArray &stored, const RequestedCredential &query,
                                                    QueryLanguage language)
{
    const auto credential = SafeJson::parseObject(stored);
    if (!credential || !hasBaseProof(*credential))
        return stored;
    return derive(stored, query, language);
}

} // namespace Satchel
