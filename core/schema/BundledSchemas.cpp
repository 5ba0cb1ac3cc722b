#include "BundledSchemas.h"

#include "io/ParsedResourceCache.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>

// qt_add_resources in a static library needs an explicit init from the code that uses it.
static void initSchemaResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(credential_schemas);
        return true;
    }();
    Q_UNUSED(done);
}

namespace Satchel {

namespace {

const char *const kFiles[] = {
    "ob_v3p0_achievementcredential_schema.json",
    "ob_v3p0_endorsementcredential_schema.json",
    "clr_v2p0_clrcredential_schema.json",
    "clr_v2p0_achievementcredential_schema.json",
    "clr_v2p0_endorsementcredential_schema.json",
};

// https://purl.imsglobal.org/spec/<ob/v3p0|clr/v2p0>/schema/<json|json-ld>/<file>
QString fileFor(const QString &schemaId)
{
    static const QString prefixes[] = {
        QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"),
        QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/schema/json-ld/"),
        QStringLiteral("https://purl.imsglobal.org/spec/clr/v2p0/schema/json/"),
        QStringLiteral("https://purl.imsglobal.org/spec/clr/v2p0/schema/json-ld/"),
    };
    for (const QString &prefix : prefixes) {
        if (!schemaId.startsWith(prefix))
            continue;
        const QString file = schemaId.mid(prefix.size());
        // An OB schema id must name an OB file and a CLR id a CLR file.
        const bool clr = prefix.contains(QLatin1String("/clr/"));
        for (const char *known : kFiles)
            if (file == QLatin1String(known) && file.startsWith(clr ? QLatin1String("clr_") : QLatin1String("ob_")))
                return file;
    }
    return {};
}

} // namespace

QStringList BundledSchemas::ids()
{
    QStringList out;
    for (const char *file : kFiles) {
        const QString name = QLatin1String(file);
        const QString family = name.startsWith(QLatin1String("clr_")) ? QStringLiteral("clr/v2p0") : QStringLiteral("ob/v3p0");
        out << QStringLiteral("https://purl.imsglobal.org/spec/%1/schema/json/%2").arg(family, name)
            << QStringLiteral("https://purl.imsglobal.org/spec/%1/schema/json-ld/%2").arg(family, name);
    }
    return out;
}

std::optional<JsonSchemaValidator> BundledSchemas::validatorFor(const QString &schemaId)
{
    const QString file = fileFor(schemaId);
    if (file.isEmpty())
        return std::nullopt;
    initSchemaResources();
    auto &c = ParsedResourceCache<QJsonObject>::instance();
    QMutexLocker lock(&c.mutex);
    auto it = c.parsed.constFind(file);
    if (it == c.parsed.constEnd()) {
        QFile f(QStringLiteral(":/satchel/schemas/") + file);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        it = c.parsed.insert(file, QJsonDocument::fromJson(f.readAll()).object());
    }
    if (it->isEmpty())
        return std::nullopt;
    return JsonSchemaValidator(*it);
}

} // namespace Satchel
