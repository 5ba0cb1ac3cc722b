#include "CredentialMatcher.h"

#include "ClaimPath.h"
#include "EcdsaSdPresentation.h"
#include "SdJwtPresentation.h"
#include "crypto/DidResolver.h"
#include "crypto/Jws.h"
#include "formats/SdJwt.h"
#include "jsonld/SafeJson.h"
#include "schema/JsonSchemaValidator.h"
#include "storage/Wallet.h"

#include <QHash>
#include <QJsonArray>

namespace Satchel {

namespace {

constexpr qsizetype kMaxCredentialBytes = 4 * 1024 * 1024;

QStringList typesOf(const QJsonObject &credential)
{
    const QJsonValue type = credential.value(QLatin1String("type"));
    if (type.isString())
        return {type.toString()};
    QStringList out;
    for (const QJsonValue &value : type.toArray())
        out.append(value.toString());
    return out;
}

// A type asked for as written ("OpenBadgeCredential") or as its expanded IRI (".../vocab.html#OpenBadgeCredential").
bool hasType(const QStringList &types, const QString &wanted)
{
    for (const QString &type : types) {
        if (type.isEmpty())
            continue;
        if (type == wanted || wanted.endsWith(QLatin1Char('#') + type) || wanted.endsWith(QLatin1Char('/') + type))
            return true;
    }
    return false;
}

QString issuerIdOf(const QJsonObject &credential)
{
    const QJsonValue issuer = credential.value(QLatin1String("issuer"));
    return issuer.isString() ? issuer.toString() : issuer.toObject().value(QLatin1String("id")).toString();
}

// The first step of a claim's path that names a member: what kind of problem its failure is.
QString subjectOf(const ClaimConstraint &claim)
{
    for (const QJsonArray &path : claim.paths) {
        for (const QJsonValue &step : path) {
            if (step.isString() && step.toString() != QLatin1String("vc"))
                return step.toString();
        }
    }
    return {};
}

// The field a claim names, as the learner can find it on the detail page: "achievement.name"
// rather than "credentialSubject" alone (a VC-JWT's "vc" wrapper left out).
QString fieldOf(const ClaimConstraint &claim)
{
    QStringList steps;
    if (!claim.paths.isEmpty()) {
        for (const QJsonValue &step : claim.paths.first()) {
            if (step.isString() && step.toString() != QLatin1String("vc") && step.toString() != QLatin1String("credentialSubject"))
                steps << step.toString();
        }
    }
    return steps.isEmpty() ? subjectOf(claim) : steps.join(QLatin1Char('.'));
}

// An SD-JWT VC names its holder by key (cnf.jwk): the learner's identity with that key, if any.
void bindToIdentity(WalletCandidate &candidate, const QList<HolderKeyRecord> &identities)
{
    const QJsonValue jwk = candidate.credential.value(QLatin1String("cnf")).toObject().value(QLatin1String("jwk"));
    if (!jwk.isObject())
        return;
    const auto bound = PublicKey::fromJwk(jwk.toObject());
    for (const HolderKeyRecord &identity : identities) {
        const auto key = DidResolver::resolveLocal(identity.did);
        if (bound && key && key->key == *bound) {
            candidate.subjectId = identity.did;
            return;
        }
    }
    candidate.holderKeyMissing = true;
}

} // namespace

QString CredentialMatcher::presentationFormat(CredentialFormat format)
{
    switch (format) {
    case CredentialFormat::Ob3Json:
    case CredentialFormat::ClrJson:
        return QStringLiteral("ldp_vc");
    case CredentialFormat::Ob3Jwt:
    case CredentialFormat::ClrJwt:
        return QStringLiteral("jwt_vc_json");
    case CredentialFormat::SdJwtVc:
        return QStringLiteral("dc+sd-jwt");
    default:
        return {};
    }
}

WalletCandidate CredentialMatcher::candidateFrom(qint64 row, CredentialFormat format, const QByteArray &bytes)
{
    WalletCandidate candidate;
    candidate.row = row;
    candidate.format = format;
    if (bytes.size() > kMaxCredentialBytes)
        return candidate;
    if (format == CredentialFormat::SdJwtVc) {
        // Matched on its claims as the learner holds them, every Disclosure in place.
        auto sdJwt = SdJwt::parse(bytes);
        auto claims = sdJwt ? sdJwt->processedClaims() : Result<QJsonObject>(sdJwt.error());
        if (claims) {
            candidate.credential = *claims;
            candidate.sdJwt = bytes.trimmed();
        }
        return candidate;
    }
    if (isJwsFormat(format)) {
        auto jws = Jws::parseStructure(bytes.trimmed(), kMaxCredentialBytes);
        auto payload = jws ? SafeJson::parseObject(jws->payload()) : Result<QJsonObject>(jws.error());
        if (payload) {
            const QJsonValue vc = payload->value(QLatin1String("vc"));
            candidate.credential = vc.isObject() ? vc.toObject() : *payload;
        }
    } else if (auto object = SafeJson::parseObject(bytes)) {
        candidate.credential = *object;
    }
    const QJsonValue subject = candidate.credential.value(QLatin1String("credentialSubject"));
    const QJsonObject firstSubject = (subject.isArray() ? subject.toArray().at(0) : subject).toObject();
    candidate.subjectId = firstSubject.value(QLatin1String("id")).toString();
    return candidate;
}

Result<QList<WalletCandidate>> CredentialMatcher::candidates(const Wallet &wallet)
{
    auto summaries = wallet.list();
    if (!summaries)
        return Error{QStringLiteral("wallet-read"), summaries.error().message};
    QList<WalletCandidate> out;
    std::optional<QList<HolderKeyRecord>> identities; // read once, at the first SD-JWT VC
    for (const CredentialSummary &summary : std::as_const(*summaries)) {
        WalletCandidate candidate;
        // Only presentable formats need their bytes: the others are listed with their reason.
        if (!presentationFormat(summary.format).isEmpty()) {
            auto stored = wallet.credential(summary.id);
            if (!stored)
                return Error{QStringLiteral("wallet-read"), stored.error().message};
            candidate = candidateFrom(summary.id, summary.format, stored->raw.bytes);
        }
        if (!candidate.sdJwt.isEmpty()) {
            if (!identities)
                identities = wallet.holderKeys();
            bindToIdentity(candidate, *identities);
        }
        candidate.row = summary.id;
        candidate.format = summary.format;
        candidate.name = summary.name;
        candidate.issuerName = summary.issuerName;
        candidate.status = summary.status;
        candidate.validUntil = summary.validUntil;
        out.append(candidate);
    }
    return out;
}

QList<QueryMatches> CredentialMatcher::match(const PresentationRequest &request, const QList<WalletCandidate> &candidates,
                                             const QDateTime &now)
{
    QList<QueryMatches> out;
    for (const RequestedCredential &query : request.credentials) {
        QueryMatches matches;
        matches.queryId = query.id;
        for (const WalletCandidate &candidate : candidates) {
            CandidateVerdict verdict = judge(query, request.language, candidate, now);
            (verdict.matches() ? matches.matching : matches.others).append(verdict);
        }
        out.append(matches);
    }
    return out;
}

CandidateVerdict CredentialMatcher::refusal(CandidateVerdict verdict, MatchProblem problem, const QString &reason)
{
    verdict.problem = problem;
    verdict.reason = reason;
    return verdict;
}

CandidateVerdict CredentialMatcher::judge(const RequestedCredential &query, QueryLanguage language,
                                          const WalletCandidate &candidate, const QDateTime &now)
{
    CandidateVerdict verdict;
    verdict.row = candidate.row;
    verdict.name = candidate.name;
    verdict.issuerName = candidate.issuerName;
    verdict.format = candidate.format;
    verdict.subjectId = candidate.subjectId;
    verdict.expired = candidate.validUntil.isValid() && candidate.validUntil < now;
    verdict.revoked = candidate.status == QLatin1String("revoked") || candidate.status == QLatin1String("suspended");
    verdict.unverified = candidate.status != QLatin1String("valid");

    const QString format = presentationFormat(candidate.format);
    if (format.isEmpty() || candidate.credential.isEmpty())
        return refusal(verdict, MatchProblem::NotPresentable,
                       candidate.format == CredentialFormat::Ob2Json || candidate.format == CredentialFormat::Ob2Jws
                           ? tr("An Open Badges 2.0 badge is not a verifiable credential, so it cannot be presented "
                                "to a verifier.")
                           : tr("This credential cannot be presented to a verifier."));
    if (!formatAccepted(query, language, format))
        return refusal(verdict, MatchProblem::WrongFormat,
                       tr("The verifier accepts it only as %1; this credential is a %2.")
                           .arg(query.formats.join(QLatin1String(", ")),
                                format == QLatin1String("ldp_vc")     ? tr("Data Integrity credential")
                                    : format == QLatin1String("dc+sd-jwt") ? tr("SD-JWT VC")
                                                                           : tr("VC-JWT")));
    const bool sdJwt = format == QLatin1String("dc+sd-jwt");
    if (sdJwt) {
        if (auto refused = sdJwtRefusal(query, candidate, verdict))
            return *refused;
    } else if (!query.typeValues.isEmpty()) {
        bool typed = false;
        for (const QStringList &alternative : query.typeValues)
            typed = typed || typesMatch(alternative, candidate.credential);
        if (!typed)
            return refusal(verdict, MatchProblem::WrongType,
                           tr("It is not of the kind the verifier asks for (%1).")
                               .arg(Error::excerpt(query.typeValues.first().join(QLatin1String(", ")), 120)));
    }

    // Claims: every one, or (DCQL claim_sets) every one of some set; the first that fails explains.
    QHash<QString, bool> held;
    const ClaimConstraint *failed = nullptr;
    bool failedSelected = false;
    for (const ClaimConstraint &claim : query.claims) {
        bool selected = false;
        const bool holds = claimHolds(claim, candidate.credential, &selected);
        if (!claim.id.isEmpty())
            held.insert(claim.id, holds);
        if (!holds && !failed && (query.claimSets.isEmpty() || claim.id.isEmpty())) {
            failed = &claim;
            failedSelected = selected;
        }
    }
    if (!failed && !query.claimSets.isEmpty()) {
        bool anySet = false;
        for (const QStringList &set : query.claimSets) {
            bool all = true;
            for (const QString &id : set)
                all = all && held.value(id);
            anySet = anySet || all;
        }
        if (!anySet) {
            for (const ClaimConstraint &claim : query.claims) {
                if (!held.value(claim.id) && !failed) {
                    failed = &claim;
                    claimHolds(claim, candidate.credential, &failedSelected);
                }
            }
        }
    }
    if (failed) {
        const QString subject = subjectOf(*failed);
        if (subject == QLatin1String("issuer"))
            return refusal(verdict, MatchProblem::WrongIssuer,
                           tr("It was issued by %1, not by an issuer the verifier accepts.")
                               .arg(Error::excerpt(candidate.issuerName.isEmpty() ? issuerIdOf(candidate.credential)
                                                                                  : candidate.issuerName, 80)));
        if (subject == QLatin1String("type"))
            return refusal(verdict, MatchProblem::WrongType, tr("It is not of the kind the verifier asks for."));
        if (!failedSelected)
            return refusal(verdict, MatchProblem::FieldMissing,
                           tr("It has no “%1”, which the verifier asks for.").arg(Error::excerpt(fieldOf(*failed))));
        return refusal(verdict, MatchProblem::ValueMismatch,
                       tr("Its “%1” is not what the verifier asks for.").arg(Error::excerpt(fieldOf(*failed))));
    }
    if (sdJwt) {
        auto disclosed = SdJwtPresentation::disclosedClaims(candidate.sdJwt, query);
        if (!disclosed)
            return refusal(verdict, MatchProblem::NotPresentable, disclosed.error().message);
        verdict.selective = true;
        verdict.disclosed = *disclosed;
    } else if (EcdsaSdPresentation::isSelective(query, language)
               && EcdsaSdPresentation::hasBaseProof(candidate.credential)) {
        verdict.selective = true;
        verdict.disclosed = EcdsaSdPresentation::disclosedClaims(candidate.credential, query);
    }
    return verdict;
}

std::optional<CandidateVerdict> CredentialMatcher::sdJwtRefusal(const RequestedCredential &query,
                                                                const WalletCandidate &candidate,
                                                                const CandidateVerdict &verdict)
{
    const QString vct = candidate.credential.value(QLatin1String("vct")).toString();
    if (!query.vctValues.isEmpty() && !query.vctValues.contains(vct))
        return refusal(verdict, MatchProblem::WrongType,
                       tr("It is not of the kind the verifier asks for (%1).")
                           .arg(Error::excerpt(query.vctValues.join(QLatin1String(", ")), 120)));
    if (!query.requireHolderBinding)
        return std::nullopt;
    if (!candidate.credential.value(QLatin1String("cnf")).toObject().contains(QLatin1String("jwk")))
        return refusal(verdict, MatchProblem::NoHolderBinding, SdJwtPresentation::unbound().message);
    if (candidate.holderKeyMissing)
        return refusal(verdict, MatchProblem::NoHolderBinding,
                       tr("Its issuer bound it to a key that none of your identities in this wallet has, so Satchel "
                          "cannot prove it is yours."));
    return std::nullopt;
}

bool CredentialMatcher::typesMatch(const QStringList &wanted, const QJsonObject &credential)
{
    const QStringList types = typesOf(credential);
    for (const QString &type : wanted) {
        if (!hasType(types, type))
            return false;
    }
    return true;
}

bool CredentialMatcher::formatAccepted(const RequestedCredential &query, QueryLanguage language, const QString &format)
{
    if (language == QueryLanguage::Dcql)
        return query.formats.contains(format);
    // Presentation Exchange names formats loosely: a presentation format or the credential's own.
    static const QStringList ldp{QStringLiteral("ldp_vc"), QStringLiteral("ldp_vp"), QStringLiteral("ldp")};
    static const QStringList jwt{QStringLiteral("jwt_vc_json"), QStringLiteral("jwt_vp_json"), QStringLiteral("jwt_vc"),
                                 QStringLiteral("jwt_vp"), QStringLiteral("jwt")};
    const QStringList &family = format == QLatin1String("ldp_vc") ? ldp : jwt;
    for (const QString &accepted : query.formats) {
        if (family.contains(accepted))
            return true;
    }
    return false;
}

bool CredentialMatcher::claimHolds(const ClaimConstraint &claim, const QJsonObject &credential, bool *selected)
{
    *selected = false;
    for (QJsonArray path : claim.paths) {
        // Paths written for a VC-JWT's payload ("$.vc.type") read the credential Satchel holds.
        if (path.size() > 1 && path.first() == QLatin1String("vc") && !credential.contains(QLatin1String("vc")))
            path.removeFirst();
        const QList<QJsonValue> values = ClaimPath::select(credential, path);
        if (values.isEmpty())
            continue;
        // PE: the first path that selects something decides.
        *selected = true;
        if (!claim.filter.isEmpty()) {
            const JsonSchemaValidator filter(claim.filter);
            for (const QJsonValue &value : values) {
                if (filter.validate(value).isEmpty())
                    return true;
            }
            return false;
        }
        if (claim.values.isEmpty())
            return true;
        for (const QJsonValue &value : values) {
            if (claim.values.contains(value))
                return true;
        }
        return false;
    }
    return claim.optional;
}

} // namespace Satchel
