#include "CredentialReader.h"

#include "BakedImageReader.h"
#include "CredentialParser.h"
#include "PdfAttachmentReader.h"
#include "PresentationReader.h"
#include "SdJwt.h"
#include "SdJwtVcParser.h"
#include "crypto/CoseSign1.h"
#include "crypto/Jws.h"
#include "io/DataUri.h"
#include "jsonld/SafeJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace Satchel {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    if (value.isString())
        out.append(value.toString());
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

bool anyContains(const QStringList &list, QLatin1String needle)
{
    return std::any_of(list.begin(), list.end(), [&](const QString &s) { return s.contains(needle); });
}

QByteArrayView trimmedView(QByteArrayView bytes)
{
    if (CoseSign1::looksLike(bytes)) // binary CBOR may end in what looks like white space
        return bytes;
    if (bytes.startsWith("\xEF\xBB\xBF")) // UTF-8 byte order mark, common in Windows-made files
        bytes = bytes.sliced(3);
    return bytes.trimmed();
}

bool isUrl(QByteArrayView text)
{
    return (text.startsWith("https://") || text.startsWith("http://")) && !text.contains('\n') && !text.contains(' ');
}

Error notACredential()
{
    return Error { QStringLiteral("not-a-credential"),
        CredentialReader::tr("The data is not an Open Badge or CLR credential.") };
}

// OB 1.x bakers sometimes stored only {"verify":{"url":…}}: a pointer to the hosted assertion,
// which is the only trusted copy anyway.
QString hostedPointer(const QJsonObject &object)
{
    const QString url
        = object.value(QLatin1String("verify")).toObject().value(QLatin1String("url")).toString().trimmed();
    return isUrl(url.toUtf8()) ? url : QString();
}

// A VCDM 2.0 EnvelopedVerifiableCredential ({"type": "EnvelopedVerifiableCredential", "id":
// "data:application/vc+jwt,<token>"}, VC-JOSE-COSE §3.1.1; "data:application/vc+cose;base64,…",
// §3.3.1): the credential is the token or COSE message in its id, and the envelope only how it
// travelled, so that is what is kept and verified.
std::optional<QByteArray> envelopedToken(const QJsonObject &object)
{
    const QJsonValue type = object.value(QLatin1String("type"));
    const bool enveloped = type == QLatin1String("EnvelopedVerifiableCredential")
        || type.toArray().contains(QLatin1String("EnvelopedVerifiableCredential"));
    const QString id = object.value(QLatin1String("id")).toString();
    if (!enveloped || !DataUri::isDataUri(id))
        return std::nullopt;
    auto uri = DataUri::decode(id, CredentialReader::kMaxFileBytes);
    if (uri && uri->mediaType == QLatin1String("application/vc+cose"))
        return uri->bytes; // binary CBOR: nothing around it to trim
    if (!uri || (uri->mediaType != QLatin1String("application/vc+jwt") && uri->mediaType != QLatin1String("application/jwt")))
        return std::nullopt;
    return uri->bytes.trimmed();
}

// A COSE_Sign1 credential (binary, or base64 text) whose payload is an OB 3.0 or CLR credential.
Result<RawCredential> detectCose(QByteArrayView bytes, RawCredential raw)
{
    auto cose = CredentialReader::readCose(bytes);
    if (!cose)
        return cose.error();
    const CredentialFormat json = CredentialReader::classifyJson(cose->payload);
    if (json != CredentialFormat::Ob3Json && json != CredentialFormat::ClrJson)
        return notACredential();
    raw.format = json == CredentialFormat::ClrJson ? CredentialFormat::ClrCose : CredentialFormat::Ob3Cose;
    raw.bytes = bytes.toByteArray();
    return raw;
}

// JSON or compact JWS text (a file, a baked value or a bundle entry) -> RawCredential.
Result<RawCredential> detectText(QByteArrayView text, RawCredential raw, bool baked)
{
    if (!baked && (CoseSign1::looksLike(text) || CoseSign1::looksLikeText(text)))
        return detectCose(text, std::move(raw));
    if (text.startsWith('{')) {
        auto object = SafeJson::parseObject(text, CredentialReader::kMaxJsonDepth, CredentialReader::kMaxFileBytes);
        if (!object)
            return object.error();
        if (const auto token = envelopedToken(*object); token && (Jws::looksLike(*token) || CoseSign1::looksLike(*token)))
            return detectText(*token, std::move(raw), baked);
        raw.format = CredentialReader::classifyJson(*object);
        if (raw.format == CredentialFormat::Unknown) {
            const QString pointer = hostedPointer(*object);
            if (pointer.isEmpty())
                return notACredential();
            raw.pendingUrl = pointer;
            return raw;
        }
        raw.bytes = text.toByteArray();
        return raw;
    }
    if (SdJwt::looksLike(text)) {
        auto sdJwt = SdJwt::parse(text);
        if (!sdJwt)
            return sdJwt.error();
        // RFC 9901 serves other uses than credentials: only an SD-JWT VC is kept.
        if (!sdJwt->isVcType() && !sdJwt->payload().value(QLatin1String("vct")).isString())
            return Error { QStringLiteral("not-a-credential"),
                CredentialReader::tr("The SD-JWT is not a verifiable credential (no dc+sd-jwt type, no vct).") };
        raw.format = CredentialFormat::SdJwtVc;
        raw.bytes = text.toByteArray();
        return raw;
    }
    if (Jws::looksLike(text)) {
        auto jws = CredentialReader::readJws(text);
        if (!jws)
            return jws.error();
        raw.format = CredentialReader::classifyJwsPayload(jws->payload);
        if (raw.format == CredentialFormat::Unknown)
            return notACredential();
        raw.bytes = text.toByteArray();
        return raw;
    }
    if (isUrl(text)) {
        raw.pendingUrl = QString::fromUtf8(text);
        return raw;
    }
    if (baked)
        return Error { QStringLiteral("malformed"),
            CredentialReader::tr("The badge data baked into the image is neither JSON, a JWS nor a URL.") };
    if (text.startsWith('['))
        return notACredential();
    return Error { QStringLiteral("not-a-credential"),
        CredentialReader::tr("The text is neither a credential in JSON nor a compact JWS.") };
}

Result<RawCredential> detectBaked(
    const QByteArray &image, const QString &type, Result<BakedPayload> payload, RawCredential raw)
{
    if (!payload)
        return payload.error();
    raw.bakedImage = image;
    raw.bakedImageType = type;
    raw.bakedKeyword = payload->keyword;
    return detectText(trimmedView(payload->text), std::move(raw), true);
}

// {"credential":[…], "compactJwsString":[…]} (GetOpenBadgeCredentialsResponse and the CLR
// equivalent): an object with either array and no type of its own.
bool isBundle(QByteArrayView text)
{
    if (!text.contains("\"credential\"") && !text.contains("\"compactJwsString\""))
        return false; // cheap pre-filter: no parse for ordinary credentials
    auto object = SafeJson::parseObject(text, CredentialReader::kMaxJsonDepth, CredentialReader::kMaxFileBytes);
    if (!object || object->contains(QLatin1String("type")) || object->contains(QLatin1String("@context")))
        return false;
    return object->value(QLatin1String("credential")).isArray()
        || object->value(QLatin1String("compactJwsString")).isArray();
}

bool isBinary(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(qMin<qsizetype>(bytes.size(), 4096));
    return head.contains('\0');
}

} // namespace

Result<CredentialReader::JwsContent> CredentialReader::readJws(QByteArrayView text)
{
    auto jws = Jws::parseStructure(text, kMaxFileBytes);
    if (!jws)
        return jws.error();
    // SafeJson's own errors: "not-a-credential" when the payload is JSON but no object.
    auto payload = SafeJson::parseObject(jws->payload(), kMaxJsonDepth, kMaxFileBytes);
    if (!payload)
        return payload.error();
    return JwsContent { jws->header(), std::move(*payload) };
}

Result<CredentialReader::JwsContent> CredentialReader::readCose(QByteArrayView bytes)
{
    auto cose = CoseSign1::parse(bytes, kMaxFileBytes);
    if (!cose)
        return cose.error();
    auto payload = SafeJson::parseObject(cose->payload(), kMaxJsonDepth, kMaxFileBytes);
    if (!payload)
        return payload.error();
    return JwsContent { cose->joseHeader(), std::move(*payload) };
}

CredentialFormat CredentialReader::classifyJson(const QJsonObject &object)
{
    QStringList types = stringList(object.value(QLatin1String("type")));
    types += stringList(object.value(QLatin1String("@type")));
    if (types.contains(QLatin1String("ClrCredential")))
        return CredentialFormat::ClrJson;
    if (types.contains(QLatin1String("OpenBadgeCredential")) || types.contains(QLatin1String("AchievementCredential"))
        || types.contains(QLatin1String("EndorsementCredential")))
        return CredentialFormat::Ob3Json;

    // A VC of any other type (status lists, "OtherCredential"...) is not something the wallet keeps.
    if (types.contains(QLatin1String("VerifiableCredential")))
        return CredentialFormat::Unknown;
    const QStringList contexts = stringList(object.value(QLatin1String("@context")));
    const bool ob2Context = anyContains(contexts, QLatin1String("w3id.org/openbadges/v2"))
        || anyContains(contexts, QLatin1String("openbadgespec.org"));
    const bool hasRecipientAndBadge
        = object.contains(QLatin1String("recipient")) && object.contains(QLatin1String("badge"));
    if (ob2Context && (types.contains(QLatin1String("Assertion")) || hasRecipientAndBadge))
        return CredentialFormat::Ob2Json;
    // OB 1.x shapes (no or a 1.x context): upgraded on read.
    if (hasRecipientAndBadge)
        return CredentialFormat::Ob2Json;
    if (object.value(QLatin1String("verify")).toObject().value(QLatin1String("url")).isString()
        && object.contains(QLatin1String("recipient")))
        return CredentialFormat::Ob2Json;
    if (object.contains(QLatin1String("uid")) && object.value(QLatin1String("recipient")).isString())
        return CredentialFormat::Ob2Json;
    return CredentialFormat::Unknown;
}

CredentialFormat CredentialReader::classifyJwsPayload(const QJsonObject &payload)
{
    const QJsonObject vc = payload.value(QLatin1String("vc")).toObject();
    switch (classifyJson(vc.isEmpty() ? payload : vc)) {
    case CredentialFormat::Ob2Json:
        return vc.isEmpty() ? CredentialFormat::Ob2Jws : CredentialFormat::Unknown;
    case CredentialFormat::Ob3Json:
        return CredentialFormat::Ob3Jwt;
    case CredentialFormat::ClrJson:
        return CredentialFormat::ClrJwt;
    default:
        return CredentialFormat::Unknown;
    }
}

Result<RawCredential> CredentialReader::detect(const QByteArray &bytes, const QString &sourceName)
{
    if (bytes.size() > kMaxFileBytes)
        return Error { QStringLiteral("too-large"),
            tr("The file is larger than %1 MiB.").arg(kMaxFileBytes / (1024 * 1024)) };
    RawCredential raw;
    raw.sourceName = sourceName;
    if (BakedImageReader::isPng(bytes))
        return detectBaked(bytes, QStringLiteral("image/png"), BakedImageReader::extractPng(bytes), std::move(raw));
    if (PdfAttachmentReader::isPdf(bytes)) { // a certificate Satchel printed carries its credential
        auto attached = PdfAttachmentReader::credentialAttachment(bytes);
        if (!attached)
            return attached.error();
        return detect(attached->bytes, sourceName + QLatin1Char('#') + attached->name);
    }
    if (CoseSign1::looksLike(bytes)) { // binary: read before any text rule trims or refuses it
        if (!PresentationReader::looksLikePresentation(bytes))
            return detectCose(bytes, std::move(raw));
        auto all = detectAll(bytes, sourceName);
        if (!all)
            return all.error();
        return all->first();
    }
    const QByteArrayView text = trimmedView(bytes);
    if (text.isEmpty())
        return Error { QStringLiteral("malformed"), tr("The file is empty.") };
    if (text.startsWith('<')) {
        if (!BakedImageReader::looksLikeSvg(text))
            return Error { QStringLiteral("unsupported-file"), tr("The XML document is not an SVG image.") };
        return detectBaked(bytes, QStringLiteral("image/svg+xml"), BakedImageReader::extractSvg(bytes), std::move(raw));
    }
    if (isBinary(bytes))
        return Error { QStringLiteral("unsupported-file"),
            tr("The file is neither a credential nor a baked badge image.") };
    if (text.startsWith('[') || PresentationReader::looksLikePresentation(text)) {
        auto all = detectAll(bytes, sourceName);
        if (!all)
            return all.error();
        return all->first();
    }
    if (text.startsWith('{') && isBundle(text)) {
        // An API response bundle: hand out its first credential (detectAll() gives all of them).
        auto all = detectAll(bytes, sourceName);
        if (!all)
            return all.error();
        return all->first();
    }
    auto detected = detectText(text, std::move(raw), false);
    // Stored exactly as received (byte order mark, final newline); not an envelope's, whose token
    // is the credential.
    if (detected && !detected->bytes.isEmpty() && QByteArrayView(detected->bytes) == text)
        detected->bytes = bytes;
    return detected;
}

QByteArray CredentialReader::payloadText(const QByteArray &bytes)
{
    const QByteArrayView payload = trimmedView(bytes);
    // Most files have nothing around their payload: their bytes are shared, not copied.
    if (payload.size() == bytes.size())
        return bytes;
    return payload.toByteArray();
}

Result<QList<RawCredential>> CredentialReader::detectAll(const QByteArray &bytes, const QString &sourceName)
{
    if (PdfAttachmentReader::isPdf(bytes)) { // a transcript carries one attachment per credential
        auto attached = PdfAttachmentReader::credentialAttachments(bytes);
        if (!attached)
            return attached.error();
        QList<RawCredential> found;
        std::optional<Error> firstError;
        for (const PdfEmbeddedFile &file : *attached) {
            auto one = detect(file.bytes, sourceName + QLatin1Char('#') + file.name);
            if (one)
                found << *one;
            else if (!firstError)
                firstError = one.error();
        }
        if (found.isEmpty())
            return *firstError;
        return found;
    }
    const QByteArrayView text = trimmedView(bytes);
    if (bytes.size() <= kMaxFileBytes && PresentationReader::looksLikePresentation(text))
        return detectPresented(text, sourceName);
    const bool maybeBundle = text.startsWith('[') || (text.startsWith('{') && isBundle(text));
    if (!maybeBundle || bytes.size() > kMaxFileBytes) {
        auto one = detect(bytes, sourceName);
        if (!one)
            return one.error();
        return QList<RawCredential> { *one };
    }
    auto doc = SafeJson::parse(text, kMaxJsonDepth, kMaxFileBytes);
    if (!doc)
        return doc.error();

    QJsonArray entries;
    if (doc->isArray()) {
        entries = doc->array();
    } else {
        const QJsonObject object = doc->object();
        for (const char *key : { "credential", "compactJwsString" }) {
            for (const QJsonValue &v : object.value(QLatin1String(key)).toArray())
                entries.append(v);
        }
    }
    if (entries.isEmpty())
        return notACredential();
    if (entries.size() > kMaxBundledCredentials)
        return Error { QStringLiteral("too-large"),
            tr("The file bundles more than %1 credentials.").arg(kMaxBundledCredentials) };

    QList<RawCredential> out;
    out.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonValue v = entries.at(i);
        RawCredential raw;
        raw.sourceName = sourceName + QStringLiteral("#") + QString::number(i + 1);
        // A credential object inside a bundle has no bytes of its own: its compact serialisation
        // is what gets stored (JSON proofs are over the canonical form, so this is lossless for them).
        QByteArray entryBytes;
        if (v.isObject()) {
            // Already parsed: classify the object itself rather than parsing its serialisation again.
            raw.format = classifyJson(v.toObject());
            if (raw.format == CredentialFormat::Unknown)
                return Error { QStringLiteral("not-a-credential"),
                    tr("Entry %1 of the bundle is not a credential.").arg(i + 1) };
            raw.bytes = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
            out.append(std::move(raw));
            continue;
        }
        if (v.isString())
            entryBytes = v.toString().trimmed().toUtf8();
        else
            return Error { QStringLiteral("not-a-credential"),
                tr("Entry %1 of the bundle is not a credential.").arg(i + 1) };
        auto detected = detectText(entryBytes, std::move(raw), false);
        if (!detected)
            return Error { detected.error().code, tr("Entry %1: %2").arg(i + 1).arg(detected.error().message) };
        out.append(*detected);
    }
    return out;
}

Result<QList<RawCredential>> CredentialReader::detectPresented(QByteArrayView text, const QString &sourceName)
{
    auto presentation = PresentationReader::read(text);
    if (!presentation)
        return presentation.error();
    QList<RawCredential> out;
    for (qsizetype i = 0; i < presentation->credentials.size(); ++i) {
        RawCredential raw;
        raw.sourceName = sourceName + QStringLiteral("#") + QString::number(i + 1);
        raw.presented = true;
        raw.presentationHolder = presentation->holder;
        auto detected = detectText(presentation->credentials.at(i), std::move(raw), false);
        if (!detected)
            return Error { detected.error().code,
                tr("Credential %1 of the presentation: %2").arg(i + 1).arg(detected.error().message) };
        if (!detected->pendingUrl.isEmpty()) // a presentation carries credentials, not pointers to them
            return Error { QStringLiteral("not-a-credential"),
                tr("Credential %1 of the presentation is not a credential.").arg(i + 1) };
        out.append(*detected);
    }
    return out;
}

Result<Credential> CredentialReader::parse(const RawCredential &raw, const LinkedDocuments &linked)
{
    if (!raw.pendingUrl.isEmpty() && raw.bytes.isEmpty())
        return Error { QStringLiteral("not-a-credential"),
            tr("The credential must first be fetched from %1.").arg(raw.pendingUrl) };
    Credential credential;
    credential.format = raw.format;
    if (raw.format == CredentialFormat::SdJwtVc)
        return parseSdJwtVc(raw, credential);
    QJsonObject json;
    if (isCoseFormat(raw.format)) {
        auto cose = readCose(raw.bytes);
        if (!cose)
            return cose.error();
        credential.jwsHeader = cose->header;
        json = cose->payload;
    } else if (isJwsFormat(raw.format)) {
        auto jws = readJws(trimmedView(raw.bytes));
        if (!jws)
            return jws.error();
        credential.jwsHeader = jws->header;
        json = raw.format == CredentialFormat::Ob2Jws ? jws->payload
                                                      : CredentialParser::credentialFromJwtPayload(jws->payload);
    } else {
        auto object = SafeJson::parseObject(trimmedView(raw.bytes), kMaxJsonDepth, kMaxFileBytes);
        if (!object)
            return object.error();
        json = *object;
    }
    credential.json = json;
    switch (raw.format) {
    case CredentialFormat::Ob2Json:
    case CredentialFormat::Ob2Jws:
        CredentialParser::parseOb2(json, linked, credential);
        break;
    case CredentialFormat::Ob3Json:
    case CredentialFormat::Ob3Jwt:
    case CredentialFormat::Ob3Cose:
        CredentialParser::parseOb3(json, credential);
        break;
    case CredentialFormat::ClrJson:
    case CredentialFormat::ClrJwt:
    case CredentialFormat::ClrCose:
        CredentialParser::parseClr(json, linked, credential);
        break;
    case CredentialFormat::SdJwtVc:
    case CredentialFormat::Unknown:
        return notACredential();
    }
    return credential;
}

Result<Credential> CredentialReader::parseSdJwtVc(const RawCredential &raw, Credential &credential)
{
    auto sdJwt = SdJwt::parse(trimmedView(raw.bytes));
    if (!sdJwt)
        return sdJwt.error();
    credential.jwsHeader = sdJwt->header();
    auto claims = sdJwt->processedClaims();
    if (claims) {
        SdJwtVcParser::parse(*claims, credential);
        return credential;
    }
    // Shown with only what the issuer signed openly; verification reports the broken disclosure.
    QJsonObject open = sdJwt->payload();
    open.remove(QStringLiteral("_sd"));
    open.remove(QStringLiteral("_sd_alg"));
    SdJwtVcParser::parse(open, credential);
    credential.warnings.append(tr("The disclosed claims cannot be shown: %1").arg(claims.error().message));
    return credential;
}

QStringList CredentialReader::linkedDocumentUrls(const RawCredential &raw, const LinkedDocuments &known)
{
    if (raw.format != CredentialFormat::Ob2Json && raw.format != CredentialFormat::Ob2Jws)
        return {};
    auto parsed = parse(raw, known);
    return parsed ? parsed->unresolvedLinks : QStringList();
}

QStringList CredentialReader::linkedDocumentUrls(const Credential &credential)
{
    return credential.unresolvedLinks;
}

QStringList CredentialReader::linkedResourceUrls(const Credential &credential)
{
    QStringList urls;
    auto add = [&urls](const QString &url) {
        if ((url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://")))
            && !urls.contains(url))
            urls.append(url);
    };
    add(credential.imageUrl);
    add(credential.achievement.imageUrl);
    add(credential.issuer.imageUrl);
    add(credential.achievement.criteriaId);
    for (const Achievement &a : credential.clrAchievements)
        add(a.imageUrl);
    return urls;
}

} // namespace Satchel
