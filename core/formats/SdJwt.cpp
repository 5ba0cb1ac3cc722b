#include "SdJwt.h"

#include "MalformedInput.h"
#include "crypto/Base64Url.h"
#include "crypto/Hash.h"
#include "crypto/Jws.h"
#include "jsonld/SafeJson.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace Satchel {

namespace {

bool isSerializationChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '~';
}

Error disclosureError(const QString &message)
{
    return Error{QStringLiteral("disclosure"), message};
}

Result<SdJwt::Disclosure> decodeDisclosure(QByteArrayView encoded, int index)
{
    if (encoded.size() > SdJwt::kMaxDisclosureBytes)
        return Error{QStringLiteral("too-large"),
                     SdJwt::tr("Disclosure %1 is larger than %2 bytes.").arg(index).arg(SdJwt::kMaxDisclosureBytes)};
    auto bytes = Base64Url::decode(encoded);
    if (!bytes)
        return malformed(SdJwt::tr("Disclosure %1 is not valid base64url.").arg(index));
    auto document = SafeJson::parse(*bytes, SdJwt::kMaxDepth, SdJwt::kMaxDisclosureBytes);
    if (!document)
        return SafeJson::orCallerError(document.error(), QStringLiteral("malformed"),
                                       SdJwt::tr("Disclosure %1 is not JSON.").arg(index));
    const QJsonArray array = document->array();
    SdJwt::Disclosure disclosure;
    disclosure.encoded = encoded.toByteArray();
    if (!document->isArray() || (array.size() != 2 && array.size() != 3) || !array.at(0).isString())
        return malformed(SdJwt::tr("Disclosure %1 is not an array of a salt, a claim name and a value, or of a salt "
                                   "and a value.").arg(index));
    disclosure.salt = array.at(0).toString();
    disclosure.arrayElement = array.size() == 2;
    if (!disclosure.arrayElement) {
        if (!array.at(1).isString())
            return malformed(SdJwt::tr("The claim name in disclosure %1 is not a string.").arg(index));
        disclosure.name = array.at(1).toString();
        // §4.2.1: these names would let a Disclosure smuggle in digests of its own making.
        if (disclosure.name == QLatin1String("_sd") || disclosure.name == QLatin1String("..."))
            return disclosureError(SdJwt::tr("Disclosure %1 names the reserved claim \"%2\".").arg(index).arg(disclosure.name));
    }
    disclosure.value = array.last();
    return disclosure;
}

} // namespace

// Walks the payload once, replacing digests by the Disclosures they name and counting uses, so a
// digest met twice or a Disclosure left over is found in the same pass.
class SdJwt::Processor {
public:
    explicit Processor(const SdJwt &sdJwt) : m_sdJwt(sdJwt) {}

    Result<QJsonObject> run()
    {
        const QString alg = m_sdJwt.hashAlgorithm();
        for (const Disclosure &d : m_sdJwt.m_disclosures) {
            auto hash = digest(alg, d.encoded);
            if (!hash)
                return hash.error();
            if (m_byDigest.contains(*hash))
                return disclosureError(tr("The same disclosure is included twice."));
            m_byDigest.insert(*hash, &d);
        }
        QJsonObject payload = m_sdJwt.m_payload;
        payload.remove(QLatin1String("_sd_alg"));
        auto processed = object(payload, 0);
        if (!processed)
            return processed;
        if (m_used.size() != m_byDigest.size())
            return disclosureError(tr("A disclosure is not referred to by any digest the issuer signed."));
        return processed;
    }

private:
    Result<QJsonValue> value(const QJsonValue &v, int depth)
    {
        if (v.isObject()) {
            auto o = object(v.toObject(), depth + 1);
            if (!o)
                return o.error();
            return QJsonValue(*o);
        }
        if (v.isArray())
            return array(v.toArray(), depth + 1);
        return v;
    }

    Status seen(const QString &hash)
    {
        if (m_seenDigests.contains(hash))
            return disclosureError(tr("The digest %1 appears more than once.").arg(Error::excerpt(hash)));
        m_seenDigests.insert(hash);
        return {};
    }

    Result<QJsonObject> object(QJsonObject o, int depth)
    {
        if (depth > kMaxDepth)
            return Error{QStringLiteral("too-large"), tr("The claims are nested more than %1 deep.").arg(kMaxDepth)};
        const QJsonValue sd = o.take(QLatin1String("_sd"));
        QJsonObject out;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            auto processed = value(it.value(), depth);
            if (!processed)
                return processed.error();
            out.insert(it.key(), *processed);
        }
        if (sd.isUndefined())
            return out;
        if (!sd.isArray())
            return disclosureError(tr("\"_sd\" is not an array of digests."));
        for (const QJsonValue &entry : sd.toArray()) {
            if (!entry.isString())
                return disclosureError(tr("\"_sd\" holds something other than a digest."));
            const QString hash = entry.toString();
            if (Status once = seen(hash); !once)
                return once.error();
            const Disclosure *d = m_byDigest.value(hash);
            if (!d)
                continue; // undisclosed, or a decoy
            if (d->arrayElement)
                return disclosureError(tr("An array element's disclosure stands where a claim was expected."));
            if (out.contains(d->name))
                return disclosureError(tr("The claim \"%1\" is disclosed and also given openly.").arg(Error::excerpt(d->name)));
            auto processed = value(d->value, depth);
            if (!processed)
                return processed.error();
            out.insert(d->name, *processed);
            m_used.insert(d);
        }
        return out;
    }

    Result<QJsonValue> array(const QJsonArray &a, int depth)
    {
        if (depth > kMaxDepth)
            return Error{QStringLiteral("too-large"), tr("The claims are nested more than %1 deep.").arg(kMaxDepth)};
        QJsonArray out;
        for (const QJsonValue &element : a) {
            const QJsonObject o = element.toObject();
            if (element.isObject() && o.size() == 1 && o.contains(QLatin1String("..."))) {
                const QJsonValue ref = o.value(QLatin1String("..."));
                if (!ref.isString())
                    return disclosureError(tr("An array element's digest is not a string."));
                if (Status once = seen(ref.toString()); !once)
                    return once.error();
                const Disclosure *d = m_byDigest.value(ref.toString());
                if (!d)
                    continue;
                if (!d->arrayElement)
                    return disclosureError(tr("A claim's disclosure stands where an array element was expected."));
                auto processed = value(d->value, depth);
                if (!processed)
                    return processed;
                out.append(*processed);
                m_used.insert(d);
                continue;
            }
            auto processed = value(element, depth);
            if (!processed)
                return processed;
            out.append(*processed);
        }
        return QJsonValue(out);
    }

    const SdJwt &m_sdJwt;
    QHash<QString, const Disclosure *> m_byDigest;
    QSet<QString> m_seenDigests;
    QSet<const Disclosure *> m_used;
};

bool SdJwt::looksLike(QByteArrayView text)
{
    const qsizetype tilde = text.indexOf('~');
    if (tilde <= 0 || !Jws::looksLike(text.first(tilde)))
        return false;
    return std::all_of(text.begin() + tilde, text.end(), isSerializationChar);
}

Result<SdJwt> SdJwt::parse(QByteArrayView text)
{
    text = text.trimmed();
    if (text.size() > kMaxTotalBytes)
        return Error{QStringLiteral("too-large"), tr("The SD-JWT is larger than %1 bytes.").arg(kMaxTotalBytes)};
    const qsizetype lastTilde = text.lastIndexOf('~');
    if (lastTilde < 0)
        return malformed(tr("An SD-JWT has at least one \"~\" after the issuer's JWT."));
    SdJwt sdJwt;
    sdJwt.m_presentedPart = text.first(lastTilde + 1).toByteArray();
    sdJwt.m_keyBindingJwt = text.sliced(lastTilde + 1).toByteArray();
    if (!sdJwt.m_keyBindingJwt.isEmpty() && !Jws::looksLike(sdJwt.m_keyBindingJwt))
        return malformed(tr("What follows the last \"~\" is not a Key Binding JWT."));
    const QList<QByteArray> parts = sdJwt.m_presentedPart.chopped(1).split('~');
    if (parts.size() - 1 > kMaxDisclosures)
        return Error{QStringLiteral("too-large"), tr("The SD-JWT has more than %1 disclosures.").arg(kMaxDisclosures)};

    auto jws = Jws::parseStructure(parts.first(), Jws::kMaxTotalBytes);
    if (!jws)
        return jws.error();
    auto payload = SafeJson::parseObject(jws->payload(), kMaxDepth, Jws::kMaxTotalBytes);
    if (!payload)
        return SafeJson::orCallerError(payload.error(), QStringLiteral("malformed"),
                                       tr("The SD-JWT's payload is not a JSON object."));
    sdJwt.m_issuerJwt = parts.first();
    sdJwt.m_header = jws->header();
    sdJwt.m_payload = *payload;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).isEmpty())
            return malformed(tr("The SD-JWT has an empty disclosure (\"~~\")."));
        auto disclosure = decodeDisclosure(parts.at(i), int(i));
        if (!disclosure)
            return disclosure.error();
        sdJwt.m_disclosures.append(*disclosure);
    }
    return sdJwt;
}

QString SdJwt::hashAlgorithm() const
{
    return m_payload.value(QLatin1String("_sd_alg")).toString(QStringLiteral("sha-256"));
}

bool SdJwt::isVcType() const
{
    const QString typ = m_header.value(QLatin1String("typ")).toString();
    return typ == QLatin1String("dc+sd-jwt") || typ == QLatin1String("vc+sd-jwt");
}

Result<QByteArray> SdJwt::digest(const QString &algorithm, QByteArrayView data)
{
    // Names from the IANA "Named Information Hash Algorithm" registry, as §4.1.1 asks.
    if (algorithm == QLatin1String("sha-256"))
        return Base64Url::encode(Hash::sha256(data));
    if (algorithm == QLatin1String("sha-384"))
        return Base64Url::encode(Hash::sha384(data));
    if (algorithm == QLatin1String("sha-512"))
        return Base64Url::encode(QCryptographicHash::hash(data, QCryptographicHash::Sha512));
    return Error{QStringLiteral("unsupported-hash"),
                 tr("The SD-JWT's digests use \"%1\", a hash algorithm Satchel does not support.")
                     .arg(Error::excerpt(algorithm))};
}

Result<QJsonObject> SdJwt::processedClaims() const
{
    return Processor(*this).run();
}

} // namespace Satchel
