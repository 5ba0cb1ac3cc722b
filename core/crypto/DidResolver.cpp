#include "DidResolver.h"

#include "Base64Url.h"
#include "jsonld/SafeJson.h"

#include <QJsonDocument>
#include <QHash>
#include <QJsonParseError>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>

namespace Satchel {

namespace {

Error malformedDid(const QString &message)
{
    return Error{QStringLiteral("malformed"), message};
}

// Splits "did#fragment"; the fragment is empty when absent.
std::pair<QString, QString> splitFragment(const QString &didUrl)
{
    const qsizetype hash = didUrl.indexOf(QLatin1Char('#'));
    if (hash < 0)
        return {didUrl, QString()};
    return {didUrl.left(hash), didUrl.mid(hash + 1)};
}

} // namespace

bool DidResolver::isLocallyResolvable(const QString &didUrl)
{
    return didUrl.startsWith(QLatin1String("did:key:")) || didUrl.startsWith(QLatin1String("did:jwk:"));
}

Result<ResolvedDidKey> DidResolver::resolveLocal(const QString &didUrl)
{
    // A did:key or did:jwk is its own document: the same text always gives the same key, so a
    // key once decoded is kept (keyed by the exact DID URL; failures are not kept). Decoding is
    // not free: a P-256 point is checked to be on the curve, an OpenSSL key object is built.
    // Bounded, so a stream of distinct DIDs cannot grow it without limit.
    static QMutex mutex;
    static QHash<QString, ResolvedDidKey> resolved;
    {
        QMutexLocker lock(&mutex);
        if (const auto it = resolved.constFind(didUrl); it != resolved.constEnd())
            return *it;
    }
    if (!isLocallyResolvable(didUrl))
        return Error{QStringLiteral("unsupported-did"), tr("This DID cannot be resolved locally.")};
    Result<ResolvedDidKey> out =
        didUrl.startsWith(QLatin1String("did:key:")) ? resolveDidKey(didUrl) : resolveDidJwk(didUrl);
    if (out) {
        QMutexLocker lock(&mutex);
        if (resolved.size() >= 1024)
            resolved.clear();
        resolved.insert(didUrl, *out);
    }
    return out;
}

Result<ResolvedDidKey> DidResolver::resolveDidKey(const QString &didUrl)
{
    if (didUrl.size() > kMaxDidLength)
        return malformedDid(tr("The DID is too long."));
    const auto [did, fragment] = splitFragment(didUrl);
    if (!did.startsWith(QLatin1String("did:key:")))
        return Error{QStringLiteral("unsupported-did"), tr("Not a did:key.")};
    const QString multibase = did.mid(8);
    // The only fragment a did:key document defines is the key itself.
    if (!fragment.isEmpty() && fragment != multibase)
        return malformedDid(tr("The did:key fragment does not name its key."));
    auto key = PublicKey::fromMultibase(multibase);
    if (!key)
        return key.error();
    ResolvedDidKey out;
    out.key = *key;
    out.did = did;
    out.verificationMethodId = did + QLatin1Char('#') + multibase;
    return out;
}

Result<ResolvedDidKey> DidResolver::resolveDidJwk(const QString &didUrl)
{
    if (didUrl.size() > kMaxDidLength)
        return malformedDid(tr("The DID is too long."));
    const auto [did, fragment] = splitFragment(didUrl);
    if (!did.startsWith(QLatin1String("did:jwk:")))
        return Error{QStringLiteral("unsupported-did"), tr("Not a did:jwk.")};
    if (!fragment.isEmpty() && fragment != QLatin1String("0"))
        return malformedDid(tr("A did:jwk has only the verification method #0."));
    auto json = Base64Url::decode(did.mid(8).toLatin1());
    if (!json)
        return malformedDid(tr("The did:jwk value is not base64url."));
    auto jwk = SafeJson::parseObject(*json);
    if (!jwk)
        return SafeJson::isRefusal(jwk.error()) ? jwk.error() : malformedDid(tr("The did:jwk value is not a JSON object."));
    auto key = PublicKey::fromJwk(*jwk);
    if (!key)
        return key.error();
    ResolvedDidKey out;
    out.key = *key;
    out.did = did;
    out.verificationMethodId = did + QLatin1String("#0");
    out.publicKeyJwk = *jwk;
    return out;
}

Result<QString> DidResolver::didWebUrl(const QString &didUrl)
{
    if (didUrl.size() > kMaxDidLength)
        return malformedDid(tr("The DID is too long."));
    QString did = splitFragment(didUrl).first;
    const qsizetype query = did.indexOf(QLatin1Char('?'));
    if (query >= 0)
        did.truncate(query);
    if (!did.startsWith(QLatin1String("did:web:")))
        return Error{QStringLiteral("unsupported-did"), tr("Not a did:web.")};
    const QStringList parts = did.mid(8).split(QLatin1Char(':'));
    // Host: a DNS name or IP literal with an optional percent-encoded port.
    const QString host = QUrl::fromPercentEncoding(parts.first().toUtf8());
    static const QRegularExpression hostPattern(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?$"));
    if (!hostPattern.match(host).hasMatch())
        return malformedDid(tr("The did:web host is not valid."));
    QString path;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString segment = QUrl::fromPercentEncoding(parts[i].toUtf8());
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String("..")
            || segment.contains(QLatin1Char('/')) || segment.contains(QLatin1Char('?'))
            || segment.contains(QLatin1Char('#')))
            return malformedDid(tr("The did:web path is not valid."));
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    }
    if (path.isEmpty())
        path = QStringLiteral("/.well-known");
    return QString(QStringLiteral("https://") + host.toLower() + path + QStringLiteral("/did.json"));
}

} // namespace Satchel
