#include "pathways/PathwayReader.h"

#include "formats/CredentialReader.h"
#include "jsonld/SafeJson.h"
#include "net/Fetcher.h"
#include "pathways/BadgrPathwayImporter.h"
#include "pathways/ClrPathwayImporter.h"
#include "pathways/PathwayFormat.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel {

namespace {
// A pathway server that has not answered in this time is given up on.
constexpr int kFetchTimeoutMs = 30000;
} // namespace

Result<QList<Pathway>> PathwayReader::fromBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.size() > kMaxBytes)
        return Error { QStringLiteral("too-large"), tr("%1 is too large").arg(name) };
    auto parsed = SafeJson::parseObject(bytes, PathwayFormat::kMaxJsonDepth, kMaxBytes);
    // Nested too deep or a member named twice: say so, rather than "not a pathway". Other
    // failures may still be a CLR in compact JWS form, read below.
    if (!parsed && SafeJson::isRefusal(parsed.error()))
        return Error { parsed.error().code, tr("%1: %2").arg(name, parsed.error().message) };
    const QJsonObject object = parsed ? *parsed : QJsonObject();
    if (PathwayFormat::isSatchelPathway(object)) {
        auto p = PathwayFormat::read(bytes);
        if (!p)
            return p.error();
        return QList<Pathway> { *p };
    }
    if (BadgrPathwayImporter::looksLikeBadgr(object)) {
        auto p = BadgrPathwayImporter::fromJson(object);
        if (!p)
            return p.error();
        return QList<Pathway> { *p };
    }
    // A CLR (JSON or VC-JWT): its associations.
    auto raw = CredentialReader::detect(bytes, name);
    if (raw) {
        auto parsed = CredentialReader::parse(*raw);
        if (parsed && parsed->isClr())
            return ClrPathwayImporter::fromClr(*parsed);
    }
    const QJsonObject subject = object.value(QLatin1String("credentialSubject")).toObject();
    if (subject.contains(QLatin1String("association")))
        return ClrPathwayImporter::fromClr(ClrPathwayImporter::clrFromJson(object));
    return Error { QStringLiteral("not-a-pathway"),
        tr("%1 is not a pathway: expected Satchel's pathway format, a Badgr/Canvas pathway or a CLR 2.0 "
           "with associations")
            .arg(name) };
}

Result<QList<Pathway>> PathwayReader::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("unreadable"), tr("Cannot read %1: %2").arg(path, f.errorString()) };
    if (f.size() > kMaxBytes)
        return Error { QStringLiteral("too-large"), tr("%1 is too large").arg(path) };
    return fromBytes(f.read(kMaxBytes + 1), QFileInfo(path).fileName());
}

Result<QList<Pathway>> PathwayReader::fromUrl(const QUrl &url, Fetcher &fetcher)
{
    if (!Fetcher::isFetchableUrl(url))
        return Error { QStringLiteral("bad-url"),
            tr("Only http and https addresses can be imported: %1").arg(url.toDisplayString()) };
    FetchOptions options = FetchOptions::uncached(kMaxBytes);
    options.totalTimeoutMs = kFetchTimeoutMs;
    auto fetched = fetcher.get(url, options);
    if (!fetched)
        return fetched.error();
    if (!fetched->isSuccess())
        return Error { QStringLiteral("http-error"),
            tr("%1 answered with HTTP status %2").arg(url.toDisplayString()).arg(fetched->httpStatus) };
    return fromBytes(fetched->body, url.toDisplayString());
}

bool PathwayReader::isUrl(const QString &input)
{
    return input.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || input.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

} // namespace Satchel
