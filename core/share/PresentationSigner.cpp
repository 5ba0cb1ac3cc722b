#include "PresentationSigner.h"

#include "crypto/Multibase.h"
#include "formats/CredentialReader.h"
#include "jsonld/JsonLdCanonicalizer.h"
#include "jsonld/JsonValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace Satchel {

namespace {

const char kCredentialsV1[] = "https://www.w3.org/2018/credentials/v1";
const char kCredentialsV2[] = "https://www.w3.org/ns/credentials/v2";
const char kDataIntegrityV2[] = "https://w3id.org/security/data-integrity/v2";

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A lone string: serialised through an array so that escaping is QJsonDocument's.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// The credential's first @context entry says which data model it follows.
bool isVcdm11(const JsonValue &credential)
{
    const JsonValue *context = credential.find(QStringLiteral("@context"));
    if (!context)
        return false;
    const JsonValue &first = context->isArray() && !context->toArray().empty() ? context->toArray().front() : *context;
    return first.isString() && first.toString() == QLatin1String(kCredentialsV1);
}

// A credential in VC-JWT form inside a Data Integrity presentation: as an enveloped credential
// (VCDM 2.0 §4.13, {"type":"EnvelopedVerifiableCredential","id":"data:<type>,<jwt>"}). Not the VC
// 1.1 form, a bare JWT string in verifiableCredential: that form belongs to JWT presentations, and
// in JSON-LD (where verifiableCredential is an @id-typed @graph container) a string is read as an
// IRI, so a Data Integrity proof would not cover the token as a credential. The data: URL is an
// absolute IRI, so the proof covers every character of the token. The media type says which JWT it
// is: application/vc+jwt (VC-JOSE-COSE) when the payload is the credential itself, application/jwt
// (RFC 7519) for the VC-JWT 1.1 form with its "vc" claim, which vc+jwt does not describe.
Result<QByteArray> envelopedJwt(const QByteArray &jwt)
{
    auto content = CredentialReader::readJws(jwt);
    if (!content)
        return Error{QStringLiteral("format-not-presentable"),
                     PresentationSigner::tr("The credential is neither JSON-LD nor a JWT, so it cannot be put in a "
                                            "presentation.")};
    const bool vcClaim = content->payload.contains(QLatin1String("vc"));
    const QString id = (vcClaim ? QStringLiteral("data:application/jwt,") : QStringLiteral("data:application/vc+jwt,"))
        + QString::fromLatin1(jwt);
    return QJsonDocument(QJsonObject{{QStringLiteral("@context"), QLatin1String(kCredentialsV2)},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("type"), QStringLiteral("EnvelopedVerifiableCredential")}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

Status PresentationSigner::presentable(CredentialFormat format)
{
    switch (format) {
    case CredentialFormat::Ob3Json:
    case CredentialFormat::ClrJson:
        return {};
    case CredentialFormat::Ob2Json:
    case CredentialFormat::Ob2Jws:
        return Error{QStringLiteral("format-not-presentable"),
                     tr("A public link is not possible for an Open Badges 2.0 badge: it is not a W3C Verifiable "
                        "Credential, so it cannot be carried in a signed presentation. Share its hosted address "
                        "or a verification page instead.")};
    case CredentialFormat::Ob3Jwt:
    case CredentialFormat::ClrJwt:
        return Error{QStringLiteral("format-not-presentable"),
                     tr("A public link is not possible for a credential in VC-JWT form: its signature covers the "
                        "token, not JSON-LD, so it cannot be embedded in the Data Integrity presentation a "
                        "VerifierPlus server checks. Share a verification page instead.")};
    case CredentialFormat::Ob3Cose:
    case CredentialFormat::ClrCose:
        return Error{QStringLiteral("format-not-presentable"),
                     tr("A public link is not possible for a credential secured with COSE: its signature covers "
                        "the COSE message, not JSON-LD, so it cannot be embedded in the Data Integrity presentation "
                        "a VerifierPlus server checks. Share a verification page instead.")};
    case CredentialFormat::SdJwtVc:
        return Error{QStringLiteral("format-not-presentable"),
                     tr("A public link is not possible for an SD-JWT VC: it is no W3C Verifiable Credential, so it "
                        "cannot be carried in a signed presentation. Share a verification page instead.")};
    case CredentialFormat::Unknown:
        break;
    }
    return Error{QStringLiteral("format-not-presentable"),
                 tr("A public link is not possible for a credential of an unknown format.")};
}

Result<QByteArray> PresentationSigner::sign(const QByteArray &credentialJson, const Ed25519KeyPair &key,
                                            const QDateTime &created)
{
    const Signer signer{key.did(), key.verificationMethod(), QStringLiteral("eddsa-rdfc-2022"),
                        [&key](QByteArrayView message) { return key.sign(message); }};
    return signWith(credentialJson, signer, PresentationBinding{{}, {}, created});
}

Result<QByteArray> PresentationSigner::sign(const QByteArray &credentialJson, const SigningKey &key,
                                            const PresentationBinding &binding)
{
    const Signer signer{key.did(), key.verificationMethod(), key.dataIntegrityCryptosuite(),
                        [&key](QByteArrayView message) { return key.sign(message); }};
    return signWith(credentialJson, signer, binding);
}

Result<QByteArray> PresentationSigner::signCredentials(const QList<QByteArray> &credentials, const SigningKey &key,
                                                       const PresentationBinding &binding)
{
    if (credentials.size() > kMaxCredentials)
        return Error{QStringLiteral("json-too-large"),
                     tr("A presentation carries at most %n credential(s).", nullptr, int(kMaxCredentials))};
    const Signer signer{key.did(), key.verificationMethod(), key.dataIntegrityCryptosuite(),
                        [&key](QByteArrayView message) { return key.sign(message); }};
    return signEntries(credentials, signer, binding);
}

Result<QByteArray> PresentationSigner::signWith(const QByteArray &credentialJson, const Signer &key,
                                                const PresentationBinding &binding)
{
    QByteArray credential = credentialJson.trimmed();
    if (credential.startsWith("\xEF\xBB\xBF"))
        credential = credential.mid(3).trimmed();
    if (!credential.isEmpty() && !credential.startsWith('{'))
        return Error{QStringLiteral("format-not-presentable"),
                     tr("The credential is not a JSON-LD document, so it cannot be put in a presentation.")};
    return signEntries(credential.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{credentialJson}, key, binding);
}

Result<QByteArray> PresentationSigner::signEntries(const QList<QByteArray> &credentials, const Signer &key,
                                                   const PresentationBinding &binding)
{
    // Each entry as it goes into verifiableCredential, and the data model it needs.
    QList<QByteArray> entries;
    std::optional<bool> vcdm11;
    qsizetype total = 0;
    for (const QByteArray &bytes : credentials) {
        QByteArray credential = bytes.trimmed();
        if (credential.startsWith("\xEF\xBB\xBF"))
            credential = credential.mid(3).trimmed();
        if (credential.size() > kMaxCredentialBytes || (total += credential.size()) > kMaxPresentationBytes)
            return Error{QStringLiteral("json-too-large"), tr("The credential is too large to share.")};
        bool entryVcdm11 = false;
        if (credential.startsWith('{')) {
            auto parsed = JsonValue::parse(credential);
            if (!parsed)
                return parsed.error();
            if (!parsed->isObject() || !parsed->find(QStringLiteral("@context")))
                return Error{QStringLiteral("format-not-presentable"),
                             tr("The credential is not a JSON-LD document, so it cannot be put in a presentation.")};
            entryVcdm11 = isVcdm11(*parsed);
        } else {
            auto envelope = envelopedJwt(credential);
            if (!envelope)
                return envelope.error();
            credential = *envelope;
        }
        if (vcdm11 && *vcdm11 != entryVcdm11)
            return Error{QStringLiteral("mixed-data-models"),
                         tr("These credentials follow two versions of the W3C data model (1.1 and 2.0), which cannot "
                            "be signed in one presentation: choose credentials of one version.")};
        vcdm11 = entryVcdm11;
        entries.append(credential);
    }

    const QJsonArray context = vcdm11.value_or(false)
        ? QJsonArray{QLatin1String(kCredentialsV1), QLatin1String(kDataIntegrityV2)}
        : QJsonArray{QLatin1String(kCredentialsV2)};
    // Built as text so that the credential's own bytes go in unchanged (key order, numbers and
    // escapes as the issuer wrote them).
    QByteArray head = "{\"@context\":" + compact(context)
        + ",\"id\":" + compact(QString(QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces)))
        + ",\"type\":[\"VerifiablePresentation\"],\"holder\":" + compact(key.did);
    if (!entries.isEmpty())
        head += ",\"verifiableCredential\":[" + entries.join(',') + ']';

    QJsonObject proof{{QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
                      {QStringLiteral("cryptosuite"), key.cryptosuite},
                      {QStringLiteral("created"), binding.created.toUTC().toString(Qt::ISODate)},
                      {QStringLiteral("verificationMethod"), key.verificationMethod},
                      {QStringLiteral("proofPurpose"), QStringLiteral("authentication")}};
    if (!binding.challenge.isEmpty())
        proof.insert(QStringLiteral("challenge"), binding.challenge);
    if (!binding.domain.isEmpty())
        proof.insert(QStringLiteral("domain"), binding.domain);
    auto document = JsonValue::parse(head + ",\"proof\":" + compact(proof) + '}');
    if (!document)
        return document.error();
    auto input = JsonLdCanonicalizer::dataIntegrityInput(*document, JsonValue::fromQJson(proof));
    if (!input)
        return input.error();
    auto signature = key.sign(input->hashData);
    if (!signature)
        return signature.error();
    proof.insert(QStringLiteral("proofValue"), QString::fromLatin1(Multibase::encode(*signature)));
    return QByteArray(head + ",\"proof\":" + compact(proof) + '}');
}

} // namespace Satchel
