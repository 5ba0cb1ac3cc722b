#include "SdJwtPresentation.h"

#include "CredentialMatcher.h"
#include "crypto/Jws.h"
#include "crypto/PublicKey.h"
#include "crypto/SigningKey.h"
#include "formats/SdJwt.h"
#include "jsonld/SafeJson.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Satchel {

namespace {

QJsonArray extended(QJsonArray path, const QJsonValue &step)
{
    path.append(step);
    return path;
}

} // namespace

// Walks the payload as the issuer signed it, following one claims path at a time through open
// claims and Disclosures alike, and keeps the Disclosures it passes through or finds below.
class SdJwtPresentation::Selector {
public:
    explicit Selector(const SdJwt &sdJwt) : m_sdJwt(sdJwt)
    {
        const QString alg = sdJwt.hashAlgorithm();
        for (qsizetype i = 0; i < sdJwt.disclosures().size(); ++i) {
            if (auto hash = SdJwt::digest(alg, sdJwt.disclosures().at(i).encoded))
                m_byDigest.insert(QString::fromLatin1(*hash), i);
        }
    }

    void follow(const QJsonArray &path) { walk(m_sdJwt.payload(), path, 0, {}, 0); }

    QList<Disclosed> taken() const
    {
        QList<Disclosed> out;
        for (auto it = m_taken.cbegin(); it != m_taken.cend(); ++it)
            out.append(Disclosed{it.key(), it.value()});
        std::sort(out.begin(), out.end(), [](const Disclosed &a, const Disclosed &b) { return a.index < b.index; });
        return out;
    }

private:
    const SdJwt::Disclosure &disclosure(qsizetype index) const { return m_sdJwt.disclosures().at(index); }
    void take(qsizetype index, const QJsonArray &at) { m_taken.insert(index, at); }

    // The Disclosure a digest names, -1 for a decoy or one the holder does not have.
    qsizetype byDigest(const QJsonValue &digest) const
    {
        return digest.isString() ? m_byDigest.value(digest.toString(), -1) : -1;
    }

    // The elements of an array as the holder sees it: {value, index of its Disclosure or -1}.
    QList<QPair<QJsonValue, qsizetype>> elements(const QJsonArray &array) const
    {
        QList<QPair<QJsonValue, qsizetype>> out;
        for (const QJsonValue &element : array) {
            const QJsonObject o = element.toObject();
            if (element.isObject() && o.size() == 1 && o.contains(QLatin1String("..."))) {
                const qsizetype index = byDigest(o.value(QLatin1String("...")));
                if (index >= 0 && disclosure(index).arrayElement)
                    out.append({disclosure(index).value, index});
                continue;
            }
            out.append({element, -1});
        }
        return out;
    }

    // Every Disclosure under value: what a selected object or array brings along.
    void all(const QJsonValue &value, const QJsonArray &at, int depth)
    {
        if (depth > SdJwt::kMaxDepth)
            return;
        if (value.isArray()) {
            const auto items = elements(value.toArray());
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (items.at(i).second >= 0)
                    take(items.at(i).second, extended(at, int(i)));
                all(items.at(i).first, extended(at, int(i)), depth + 1);
            }
            return;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != QLatin1String("_sd") && it.key() != QLatin1String("_sd_alg"))
                all(it.value(), extended(at, it.key()), depth + 1);
        }
        for (const QJsonValue &digest : object.value(QLatin1String("_sd")).toArray()) {
            const qsizetype index = byDigest(digest);
            if (index >= 0 && !disclosure(index).arrayElement) {
                take(index, extended(at, disclosure(index).name));
                all(disclosure(index).value, extended(at, disclosure(index).name), depth + 1);
            }
        }
    }

    // Whether path (from step on) selects something under value; what it needs is taken.
    bool walk(const QJsonValue &value, const QJsonArray &path, int step, const QJsonArray &at, int depth)
    {
        if (depth > SdJwt::kMaxDepth)
            return false;
        if (step == path.size()) {
            all(value, at, depth);
            return true;
        }
        const QJsonValue here = path.at(step);
        if (here.isString()) {
            const QString name = here.toString();
            const QJsonObject object = value.toObject();
            if (name == QLatin1String("_sd") || name == QLatin1String("_sd_alg"))
                return false;
            if (object.contains(name))
                return walk(object.value(name), path, step + 1, extended(at, name), depth + 1);
            for (const QJsonValue &digest : object.value(QLatin1String("_sd")).toArray()) {
                const qsizetype index = byDigest(digest);
                if (index < 0 || disclosure(index).arrayElement || disclosure(index).name != name)
                    continue;
                if (!walk(disclosure(index).value, path, step + 1, extended(at, name), depth + 1))
                    return false;
                take(index, extended(at, name));
                return true;
            }
            return false;
        }
        if (!value.isArray())
            return false;
        const auto items = elements(value.toArray());
        bool selected = false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (here.isDouble() && here.toInteger() != i)
                continue;
            if (!walk(items.at(i).first, path, step + 1, extended(at, int(i)), depth + 1))
                continue;
            selected = true;
            if (items.at(i).second >= 0)
                take(items.at(i).second, extended(at, int(i)));
        }
        return selected;
    }

    const SdJwt &m_sdJwt;
    QHash<QString, qsizetype> m_byDigest;
    QHash<qsizetype, QJsonArray> m_taken;
};

QList<QJsonArray> SdJwtPresentation::requestedPaths(const RequestedCredential &query, const QJsonObject &claims)
{
    const auto pathsOf = [](const ClaimConstraint &claim) { return claim.paths.mid(0, 1); };
    QList<QJsonArray> out;
    if (query.claimSets.isEmpty()) {
        for (const ClaimConstraint &claim : query.claims)
            out += pathsOf(claim);
        return out;
    }
    // §6.4.1: the first claim set the credential can satisfy is the one the wallet answers with.
    for (const QStringList &set : query.claimSets) {
        QList<QJsonArray> paths;
        bool satisfied = true;
        for (const QString &id : set) {
            for (const ClaimConstraint &claim : query.claims) {
                bool selected = false;
                if (claim.id != id)
                    continue;
                satisfied = satisfied && CredentialMatcher::claimHolds(claim, claims, &selected);
                paths += pathsOf(claim);
            }
        }
        if (satisfied)
            return paths;
    }
    return out;
}

Result<QList<SdJwtPresentation::Disclosed>> SdJwtPresentation::select(const SdJwt &sdJwt, const QList<QJsonArray> &paths)
{
    // Only an SD-JWT whose Disclosures all check out is walked (and the walk is bounded by its depth).
    auto claims = sdJwt.processedClaims();
    if (!claims)
        return claims.error();
    Selector selector(sdJwt);
    for (const QJsonArray &path : paths)
        selector.follow(path);
    return selector.taken();
}

QString SdJwtPresentation::describe(const QJsonArray &path)
{
    QString out;
    for (const QJsonValue &step : path) {
        if (step.isString())
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + step.toString();
        else
            out += QStringLiteral("[%1]").arg(step.isNull() ? QStringLiteral("*") : QString::number(step.toInteger()));
    }
    return out;
}

QString SdJwtPresentation::summary(const QStringList &disclosed)
{
    if (disclosed.isEmpty())
        return tr("Discloses none of its selectively disclosable claims: the verifier sees only what the issuer "
                  "always shows.");
    return tr("Discloses only %1, besides what the issuer always shows; its other selectively disclosable claims "
              "stay hidden.")
        .arg(disclosed.join(QLatin1String(", ")));
}

Result<SdJwtPresentation::Selection> SdJwtPresentation::selection(const QByteArray &stored,
                                                                 const RequestedCredential &query)
{
    auto sdJwt = SdJwt::parse(stored);
    if (!sdJwt)
        return sdJwt.error();
    auto claims = sdJwt->processedClaims();
    if (!claims)
        return claims.error();
    auto disclosed = select(*sdJwt, requestedPaths(query, *claims));
    if (!disclosed)
        return disclosed.error();
    return Selection{*sdJwt, *claims, *disclosed};
}

Result<QStringList> SdJwtPresentation::disclosedClaims(const QByteArray &stored, const RequestedCredential &query)
{
    auto chosen = selection(stored, query);
    if (!chosen)
        return chosen.error();
    QStringList out;
    for (const Disclosed &d : std::as_const(chosen->disclosed))
        out.append(describe(d.path));
    return out;
}

Error SdJwtPresentation::unbound()
{
    return Error{QStringLiteral("holder-binding"),
                 tr("The verifier asks for proof that this credential is yours, but its issuer did not bind it to a "
                    "key of yours, so Satchel cannot give that proof.")};
}

bool SdJwtPresentation::isBoundTo(const QJsonObject &claims, const SigningKey &key)
{
    const auto bound = PublicKey::fromJwk(claims.value(QLatin1String("cnf")).toObject().value(QLatin1String("jwk")).toObject());
    const auto holder = SafeJson::parseObject(key.publicJwk());
    if (!bound || !holder)
        return false;
    const auto mine = PublicKey::fromJwk(*holder);
    return mine && *mine == *bound;
}

Result<QByteArray> SdJwtPresentation::present(const QByteArray &stored, const RequestedCredential &query,
                                              const SigningKey &key, const QString &audience, const QString &nonce,
                                              const QDateTime &issuedAt)
{
    auto chosen = selection(stored, query);
    if (!chosen)
        return chosen.error();
    const bool bound = chosen->claims.value(QLatin1String("cnf")).toObject().contains(QLatin1String("jwk"));
    if (!bound && query.requireHolderBinding)
        return unbound();
    if (bound && !isBoundTo(chosen->claims, key))
        return Error{QStringLiteral("key-not-bound"),
                     tr("This credential is bound to another of your identities: choose that one to present it.")};
    QByteArray presented = chosen->sdJwt.issuerJwt() + '~';
    for (const Disclosed &d : std::as_const(chosen->disclosed))
        presented += chosen->sdJwt.disclosures().at(d.index).encoded + '~';
    if (!bound)
        return presented;
    auto kb = keyBindingJwt(chosen->sdJwt, presented, key, audience, nonce, issuedAt);
    if (!kb)
        return kb.error();
    return QByteArray(presented + *kb);
}

Result<QByteArray> SdJwtPresentation::keyBindingJwt(const SdJwt &sdJwt, const QByteArray &presented,
                                                    const SigningKey &key, const QString &audience,
                                                    const QString &nonce, const QDateTime &issuedAt)
{
    auto sdHash = SdJwt::digest(sdJwt.hashAlgorithm(), presented);
    if (!sdHash)
        return sdHash.error();
    const QJsonObject header{{QStringLiteral("alg"), QString::fromLatin1(key.jwsAlgorithm())},
                             {QStringLiteral("typ"), QStringLiteral("kb+jwt")}};
    const QJsonObject claims{{QStringLiteral("iat"), issuedAt.toSecsSinceEpoch()},
                             {QStringLiteral("aud"), audience},
                             {QStringLiteral("nonce"), nonce},
                             {QStringLiteral("sd_hash"), QString::fromLatin1(*sdHash)}};
    auto jwt = Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), key);
    if (!jwt)
        return Error{QStringLiteral("key-refused"),
                     tr("Your key could not sign the proof that this credential is yours: %1").arg(jwt.error().message)};
    return jwt;
}

} // namespace Satchel
