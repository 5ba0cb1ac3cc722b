#include "BundledContextLoader.h"

#include "io/ParsedResourceCache.h"

#include <QFile>
#include <QHash>
#include <QMutex>

// qt_add_resources in a static library needs an explicit init from the code that uses it.
static void initContextResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(jsonld_contexts);
        return true;
    }();
    Q_UNUSED(done);
}

namespace Satchel {

namespace {

struct Entry {
    const char *url;
    const char *file;
};

// Keep in sync with fixtures/external/SOURCES.md ("URL -> local file map").
const Entry kContexts[] = {
    {"https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld"},
    {"https://www.w3.org/2018/credentials/v1", "credentials-v1.jsonld"},
    {"https://www.w3.org/ns/credentials/examples/v2", "credentials-examples-v2.jsonld"},
    {"https://purl.imsglobal.org/spec/ob/v3p0/context.json", "ob-v3p0-context-3.0.0.json"},
    {"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.0.json", "ob-v3p0-context-3.0.0.json"},
    {"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "ob-v3p0-context-3.0.1.json"},
    {"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "ob-v3p0-context-3.0.2.json"},
    {"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-v3p0-context-3.0.3.json"},
    {"https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "ob-v3p0-extensions.json"},
    {"https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json", "clr-v2p0-2.0.1.json"},
    {"https://purl.imsglobal.org/spec/clr/v2p0/context.json", "clr-v2p0.json"},
    {"https://w3id.org/security/data-integrity/v1", "data-integrity-v1.jsonld"},
    {"https://w3id.org/security/data-integrity/v2", "data-integrity-v2.jsonld"},
    {"https://w3id.org/security/multikey/v1", "multikey-v1.jsonld"},
    {"https://w3id.org/security/jwk/v1", "jwk-v1.jsonld"},
    {"https://w3id.org/security/suites/ed25519-2020/v1", "security-suites-ed25519-2020-v1.jsonld"},
    {"https://www.w3.org/ns/did/v1", "did-v1.jsonld"},
    {"https://www.w3.org/ns/credentials/status/v1", "bitstring-status-list-v1.jsonld"},
    {"https://w3id.org/vc/status-list/2021/v1", "status-list-2021-v1.jsonld"},
    {"https://w3id.org/openbadges/v2", "ob-v2p0-context.json"},
    {"https://openbadgespec.org/v2/context.json", "ob-v2p0-context.json"},
    {"https://w3id.org/security/v1", "security-v1.jsonld"},
    {"https://w3id.org/security/v2", "security-v2.jsonld"},
};

} // namespace

QStringList BundledContextLoader::urls()
{
    QStringList out;
    for (const Entry &e : kContexts)
        out << QString::fromLatin1(e.url);
    return out;
}

QString BundledContextLoader::resourcePath(const QString &url)
{
    for (const Entry &e : kContexts)
        if (url == QLatin1String(e.url))
            return QStringLiteral(":/satchel/contexts/") + QLatin1String(e.file);
    return {};
}

const BundledContextLoader &BundledContextLoader::instance()
{
    static const BundledContextLoader loader;
    return loader;
}

Result<JsonValue> BundledContextLoader::load(const QString &url) const
{
    initContextResources();
    auto &c = ParsedResourceCache<JsonValue>::instance();
    QMutexLocker lock(&c.mutex);
    auto it = c.parsed.constFind(url);
    if (it != c.parsed.constEnd())
        return it.value();
    const QString path = resourcePath(url);
    if (path.isEmpty())
        return Error{QStringLiteral("unknown-context"),
                     tr("The JSON-LD context %1 is not bundled with Satchel; it is never fetched.").arg(url)};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("loading-document-failed"), tr("Cannot read the bundled context %1.").arg(path)};
    auto parsed = JsonValue::parse(f.readAll());
    if (!parsed.ok())
        return parsed.error();
    c.parsed.insert(url, *parsed);
    return *parsed;
}

} // namespace Satchel
