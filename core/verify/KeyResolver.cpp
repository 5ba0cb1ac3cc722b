#include "KeyResolver.h"

#include "VerifyUtil.h"
#include "crypto/Base58.h"
#include "crypto/DidResolver.h"

#include <QJsonArray>
#include <QUrl>

namespace Satchel {

namespace {

Error unresolvable(const QString &message)
{
    return Error{QStringLiteral("key-unresolvable"), message};
}

QString fragmentOf(const QString &id)
{
    const qsizetype hash = id.indexOf(QLatin1Char('#'));
    return hash < 0 ? QString() : id.mid(hash + 1);
}

QString withoutFragment(const QString &id)
{
    const qsizetype hash = id.indexOf(QLatin1Char('#'));
    return hash < 0 ? id : id.left(hash);
}

// A verification method id may be relative ("#key-1") to the document that holds it.
bool sameMethodId(const QString &candidate, const QString &keyId, const QString &documentId)
{
    if (candidate == keyId)
        return true;
    if (candidate.startsWith(QLatin1Char('#')))
        return documentId + candidate == keyId;
    return false;
}

} // namespace

Result<PublicKey> KeyResolver::keyFromVerificationMethod(const QJsonObject &method)
{
    if (method.value(QLatin1String("publicKeyJwk")).isObject())
        return PublicKey::fromJwk(method.value(QLatin1String("publicKeyJwk")).toObject());
    if (method.value(QLatin1String("publicKeyMultibase")).isString())
        return PublicKey::fromMultibase(method.value(QLatin1String("publicKeyMultibase")).toString());
    if (method.value(QLatin1String("publicKeyBase58")).isString()) {
        // Ed25519VerificationKey2018: the raw key in plain base58.
        auto raw = Base58::decode(method.value(QLatin1String("publicKeyBase58")).toString().toLatin1());
        if (!raw)
            return raw.error();
        return PublicKey::fromEd25519(*raw);
    }
    if (method.value(QLatin1String("publicKeyPem")).isString())
        return PublicKey::fromPem(method.value(QLatin1String("publicKeyPem")).toString().toLatin1());
    return unresolvable(tr("The verification method holds no public key."));
}

Result<ResolvedKey> KeyResolver::fromDocument(const QJsonObject &document, const QString &keyId)
{
    const QString documentId = document.value(QLatin1String("id")).toString();

    // A bare JWK.
    if (document.contains(QLatin1String("kty"))) {
        auto key = PublicKey::fromJwk(document);
        if (!key)
            return unresolvable(key.error().message);
        return ResolvedKey{*key, keyId, document.value(QLatin1String("controller")).toString()};
    }
    // A JWK Set: the kid (or its fragment) names the key; a set of one needs no name.
    if (document.value(QLatin1String("keys")).isArray()) {
        const QJsonArray keys = document.value(QLatin1String("keys")).toArray();
        const QString fragment = fragmentOf(keyId);
        for (const auto &k : keys) {
            const QString kid = k.toObject().value(QLatin1String("kid")).toString();
            if (keys.size() == 1 || (!kid.isEmpty() && (kid == keyId || kid == fragment))) {
                auto key = PublicKey::fromJwk(k.toObject());
                if (!key)
                    return unresolvable(key.error().message);
                return ResolvedKey{*key, keyId, QString()};
            }
        }
        return unresolvable(tr("The key set does not contain the key %1.").arg(keyId));
    }
    // A controller / DID document: find the method, and require it to be usable for assertions.
    // Some DID documents only embed their keys in assertionMethod (the DCC did:web fixtures).
    if (document.contains(QLatin1String("verificationMethod")) || document.contains(QLatin1String("assertionMethod"))) {
        QJsonObject method;
        for (const auto &v : VerifyUtil::asArray(document.value(QLatin1String("verificationMethod")))) {
            if (sameMethodId(v.toObject().value(QLatin1String("id")).toString(), keyId, documentId)) {
                method = v.toObject();
                break;
            }
        }
        bool authorised = false;
        for (const auto &v : VerifyUtil::asArray(document.value(QLatin1String("assertionMethod")))) {
            if (v.isString() ? sameMethodId(v.toString(), keyId, documentId)
                             : sameMethodId(v.toObject().value(QLatin1String("id")).toString(), keyId, documentId)) {
                authorised = true;
                if (method.isEmpty() && v.isObject())
                    method = v.toObject();
            }
        }
        if (method.isEmpty())
            return unresolvable(tr("The document does not contain the key %1.").arg(keyId));
        if (!authorised)
            return unresolvable(tr("The key %1 is not authorised for assertions by its controller.").arg(keyId));
        auto key = keyFromVerificationMethod(method);
        if (!key)
            return unresolvable(key.error().message);
        QString controller = method.value(QLatin1String("controller")).toString();
        if (controller.isEmpty())
            controller = documentId;
        return ResolvedKey{*key, keyId, controller};
    }
    // A single verification method document (Multikey, JsonWebKey, CryptographicKey).
    if (documentId == keyId || documentId == withoutFragment(keyId)) {
        auto key = keyFromVerificationMethod(document);
        if (!key)
            return unresolvable(key.error().message);
        QString controller = document.value(QLatin1String("controller")).toString();
        if (controller.isEmpty())
            controller = document.value(QLatin1String("owner")).toString();
        return ResolvedKey{*key, keyId, controller};
    }
    return unresolvable(tr("The document at %1 is not a key.").arg(withoutFragment(keyId)));
}

Result<QJsonObject> KeyResolver::fetchJson(const QString &url) const
{
    if (!m_fetcher)
        return Error{QStringLiteral("lookup-failed"), tr("The key %1 needs a network lookup.").arg(url)};
    auto fetched = m_fetcher->fetch(url);
    if (!fetched)
        return Error{QStringLiteral("lookup-failed"),
                     tr("The key at %1 could not be fetched: %2").arg(url, fetched.error().message)};
    if (!fetched->isSuccess())
        return Error{QStringLiteral("lookup-failed"),
                     tr("The key at %1 could not be fetched (HTTP %2).").arg(url).arg(fetched->httpStatus)};
    auto object = VerifyUtil::parseObject(fetched->body);
    if (!object)
        return unresolvable(tr("The key document at %1 is not valid JSON.").arg(url));
    return object;
}

Result<ResolvedKey> KeyResolver::resolve(const QString &keyId) const
{
    if (keyId.isEmpty())
        return unresolvable(tr("No key is named."));
    if (DidResolver::isLocallyResolvable(keyId)) {
        auto local = DidResolver::resolveLocal(keyId);
        if (!local)
            return unresolvable(local.error().message);
        return ResolvedKey{local->key, local->verificationMethodId, local->did};
    }
    if (keyId.startsWith(QLatin1String("did:web:"))) {
        auto url = DidResolver::didWebUrl(keyId);
        if (!url)
            return unresolvable(url.error().message);
        auto document = fetchJson(*url);
        if (!document)
            return document.error();
        if (document->value(QLatin1String("id")).toString() != withoutFragment(keyId))
            return unresolvable(tr("The DID document at %1 is for another DID.").arg(*url));
        return fromDocument(*document, keyId);
    }
    if (keyId.startsWith(QLatin1String("did:")))
        return unresolvable(tr("The DID method of %1 is not supported.").arg(keyId));

    const QUrl url(keyId);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return unresolvable(tr("The key id %1 is not a URL or a supported DID.").arg(keyId));
    // 1EdTech convention: "<issuer>#z6Mk…" (or a P-256 zDn…, P-384 z82…) names a multikey by itself;
    // the part before '#' controls it.
    // The issuer document is asked first; the fragment alone is only a fallback, marked as such.
    auto document = fetchJson(withoutFragment(keyId));
    if (document) {
        auto fromDoc = fromDocument(*document, keyId);
        if (fromDoc)
            return fromDoc;
    }
    const QString fragment = url.fragment();
    if (fragment.startsWith(QLatin1String("z6Mk")) || fragment.startsWith(QLatin1String("zDn"))
        || fragment.startsWith(QLatin1String("z82"))) {
        auto key = PublicKey::fromMultibase(fragment);
        if (key)
            return ResolvedKey{*key, keyId, withoutFragment(keyId), true};
    }
    if (!document)
        return document.error();
    return fromDocument(*document, keyId);
}

} // namespace Satchel
