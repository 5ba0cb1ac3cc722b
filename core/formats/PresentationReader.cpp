#include "PresentationReader.h"

#include "SdJwt.h"

#include "CredentialReader.h"
#include "crypto/CoseSign1.h"
#include "crypto/Jws.h"
#include "io/DataUri.h"
#include "jsonld/SafeJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel {

namespace {

// A small scanner over JSON text that SafeJson has already accepted (so well formed, no duplicate
// members): it finds where a member's value lies, so that a credential is handed out with the
// bytes it has in the file rather than a re-serialisation.
class JsonSpans {
public:
    explicit JsonSpans(QByteArrayView text) : m_text(text) {}

    // The value of the object's member `name` (the object being the whole text), or empty.
    QByteArrayView member(QLatin1String name) const
    {
        qsizetype i = skipSpace(0);
        if (i >= m_text.size() || m_text.at(i) != '{')
            return {};
        i = skipSpace(i + 1);
        while (i < m_text.size() && m_text.at(i) == '"') {
            const qsizetype keyEnd = skipString(i);
            const QString key = decodeString(m_text.sliced(i, keyEnd - i));
            i = skipSpace(keyEnd);
            if (i >= m_text.size() || m_text.at(i) != ':')
                return {};
            const qsizetype start = skipSpace(i + 1);
            const qsizetype end = skipValue(start);
            if (key == name)
                return m_text.sliced(start, end - start);
            i = skipSpace(end);
            if (i < m_text.size() && m_text.at(i) == ',')
                i = skipSpace(i + 1);
        }
        return {};
    }

    // The elements of an array value, or the value itself when it is no array.
    static QList<QByteArrayView> elements(QByteArrayView value)
    {
        if (value.isEmpty())
            return {};
        if (value.at(0) != '[')
            return {value};
        const JsonSpans spans(value);
        QList<QByteArrayView> out;
        qsizetype i = spans.skipSpace(1);
        while (i < value.size() && value.at(i) != ']') {
            const qsizetype end = spans.skipValue(i);
            out.append(value.sliced(i, end - i));
            i = spans.skipSpace(end);
            if (i < value.size() && value.at(i) == ',')
                i = spans.skipSpace(i + 1);
        }
        return out;
    }

    static QString decodeString(QByteArrayView quoted)
    {
        if (!quoted.contains('\\'))
            return QString::fromUtf8(quoted.sliced(1, quoted.size() - 2));
        return QJsonDocument::fromJson("[" + quoted.toByteArray() + "]").array().at(0).toString();
    }

private:
    qsizetype skipSpace(qsizetype i) const
    {
        while (i < m_text.size() && (m_text.at(i) == ' ' || m_text.at(i) == '\t' || m_text.at(i) == '\n'
                                     || m_text.at(i) == '\r'))
            ++i;
        return i;
    }
    // From an opening quote to just past the closing one.
    qsizetype skipString(qsizetype i) const
    {
        for (++i; i < m_text.size(); ++i) {
            if (m_text.at(i) == '\\')
                ++i;
            else if (m_text.at(i) == '"')
                return i + 1;
        }
        return m_text.size();
    }
    qsizetype skipValue(qsizetype i) const
    {
        if (i >= m_text.size())
            return i;
        if (m_text.at(i) == '"')
            return skipString(i);
        if (m_text.at(i) != '{' && m_text.at(i) != '[') {
            while (i < m_text.size() && !QByteArrayView(",}] \t\r\n").contains(m_text.at(i)))
                ++i;
            return i;
        }
        int depth = 0;
        while (i < m_text.size()) {
            const char c = m_text.at(i);
            if (c == '"') {
                i = skipString(i);
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return i + 1;
            ++i;
        }
        return i;
    }

    QByteArrayView m_text;
};

bool hasType(const QJsonObject &object, QLatin1String type)
{
    const QJsonValue value = object.value(QLatin1String("type"));
    return value.toString() == type || value.toArray().contains(QJsonValue(type));
}

QString idOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : value.toObject().value(QLatin1String("id")).toString();
}

Error notAPresentation()
{
    return Error{QStringLiteral("not-a-presentation"), PresentationReader::tr("The data is not a verifiable presentation.")};
}

// One entry of verifiableCredential as text: the object's own bytes, an envelope's JWT, a JWT string.
Result<QByteArray> credentialText(QByteArrayView entry, int index)
{
    auto bad = [index]() {
        return Error{QStringLiteral("malformed"),
                     PresentationReader::tr("Credential %1 of the presentation is neither a credential object nor a JWT.")
                         .arg(index)};
    };
    if (entry.startsWith('"')) {
        const QByteArray jwt = JsonSpans::decodeString(entry).trimmed().toUtf8();
        if (!Jws::looksLike(jwt))
            return bad();
        return jwt;
    }
    if (!entry.startsWith('{'))
        return bad();
    const QJsonObject object = QJsonDocument::fromJson(entry.toByteArray()).object();
    if (!hasType(object, QLatin1String("EnvelopedVerifiableCredential")))
        return entry.toByteArray();
    auto data = DataUri::decode(object.value(QLatin1String("id")).toString(), CredentialReader::kMaxFileBytes);
    // VC-JOSE-COSE §3.3.1: a COSE credential travels base64, as its binary message.
    if (data && data->mediaType == QLatin1String("application/vc+cose") && CoseSign1::looksLike(data->bytes))
        return data->bytes;
    if (!data || !data->mediaType.endsWith(QLatin1String("jwt")))
        return Error{QStringLiteral("malformed"),
                     PresentationReader::tr("Credential %1 of the presentation is an envelope without a JWT or COSE "
                                            "credential in it.")
                         .arg(index)};
    const QByteArray jwt = data->bytes.trimmed();
    // An SD-JWT credential (VC-JOSE-COSE §3.2.1, application/vc+sd-jwt) travels with its disclosures.
    const bool sdJwt = data->mediaType.endsWith(QLatin1String("sd-jwt")) && SdJwt::looksLike(jwt);
    if (!sdJwt && !Jws::looksLike(jwt))
        return bad();
    return jwt;
}

Result<QList<QByteArray>> credentialsOf(QByteArrayView presentationText)
{
    const QList<QByteArrayView> entries =
        JsonSpans::elements(JsonSpans(presentationText).member(QLatin1String("verifiableCredential")));
    if (entries.isEmpty())
        return Error{QStringLiteral("empty-presentation"),
                     PresentationReader::tr("The presentation carries no credential, so there is nothing in it to import.")};
    if (entries.size() > PresentationReader::kMaxCredentials)
        return Error{QStringLiteral("too-large"), PresentationReader::tr("The presentation carries more than %1 credentials.")
                                                      .arg(PresentationReader::kMaxCredentials)};
    QList<QByteArray> out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto text = credentialText(entries.at(i), int(i + 1));
        if (!text)
            return text.error();
        out.append(*text);
    }
    return out;
}

Result<PresentationContent> readJson(QByteArrayView text)
{
    auto object = SafeJson::parseObject(text, CredentialReader::kMaxJsonDepth, CredentialReader::kMaxFileBytes);
    if (!object)
        return object.error();
    if (!hasType(*object, QLatin1String("VerifiablePresentation")))
        return notAPresentation();
    PresentationContent content;
    content.holder = idOf(object->value(QLatin1String("holder")));
    const QJsonValue proof = object->value(QLatin1String("proof"));
    const QJsonObject first = proof.isArray() ? proof.toArray().at(0).toObject() : proof.toObject();
    content.challenge = first.value(QLatin1String("challenge")).toString();
    content.domain = first.value(QLatin1String("domain")).toString();
    auto credentials = credentialsOf(text);
    if (!credentials)
        return credentials.error();
    content.credentials = *credentials;
    return content;
}

Result<PresentationContent> readJwt(QByteArrayView text)
{
    auto jws = Jws::parseStructure(text, CredentialReader::kMaxFileBytes);
    if (!jws)
        return jws.error();
    auto payload = SafeJson::parseObject(jws->payload(), CredentialReader::kMaxJsonDepth, CredentialReader::kMaxFileBytes);
    if (!payload)
        return payload.error();
    const bool vcJwt11 = payload->value(QLatin1String("vp")).isObject();
    const QJsonObject vp = vcJwt11 ? payload->value(QLatin1String("vp")).toObject() : *payload;
    if (!hasType(vp, QLatin1String("VerifiablePresentation")))
        return notAPresentation();
    PresentationContent content;
    content.jwt = true;
    content.holder = idOf(vp.value(QLatin1String("holder")));
    if (content.holder.isEmpty())
        content.holder = payload->value(QLatin1String("iss")).toString();
    content.challenge = payload->value(QLatin1String("nonce")).toString();
    const QJsonValue aud = payload->value(QLatin1String("aud"));
    content.domain = aud.isArray() ? aud.toArray().at(0).toString() : aud.toString();
    const QByteArrayView payloadText(jws->payload());
    auto credentials = credentialsOf(vcJwt11 ? JsonSpans(payloadText).member(QLatin1String("vp")) : payloadText);
    if (!credentials)
        return credentials.error();
    content.credentials = *credentials;
    return content;
}

Result<PresentationContent> readCose(QByteArrayView bytes)
{
    auto cose = CoseSign1::parse(bytes, CredentialReader::kMaxFileBytes);
    if (!cose)
        return cose.error();
    auto vp = SafeJson::parseObject(cose->payload(), CredentialReader::kMaxJsonDepth, CredentialReader::kMaxFileBytes);
    if (!vp)
        return vp.error();
    if (!hasType(*vp, QLatin1String("VerifiablePresentation")))
        return notAPresentation();
    PresentationContent content;
    content.cose = true;
    content.holder = idOf(vp->value(QLatin1String("holder")));
    auto credentials = credentialsOf(cose->payload());
    if (!credentials)
        return credentials.error();
    content.credentials = *credentials;
    return content;
}

bool isCose(QByteArrayView bytes)
{
    return CoseSign1::looksLike(bytes) || CoseSign1::looksLikeText(bytes);
}

} // namespace

bool PresentationReader::looksLikePresentation(QByteArrayView text)
{
    if (isCose(text)) {
        const auto cose = CredentialReader::readCose(text);
        return cose && hasType(cose->payload, QLatin1String("VerifiablePresentation"));
    }
    if (text.startsWith('{')) {
        if (!text.contains("VerifiablePresentation"))
            return false; // no parse for ordinary credentials
        auto object = SafeJson::parseObject(text, CredentialReader::kMaxJsonDepth, CredentialReader::kMaxFileBytes);
        return object && hasType(*object, QLatin1String("VerifiablePresentation"));
    }
    if (!Jws::looksLike(text))
        return false;
    auto jws = CredentialReader::readJws(text);
    return jws && (jws->payload.value(QLatin1String("vp")).isObject()
                   || hasType(jws->payload, QLatin1String("VerifiablePresentation")));
}

Result<PresentationContent> PresentationReader::read(QByteArrayView text)
{
    if (text.size() > CredentialReader::kMaxFileBytes)
        return Error{QStringLiteral("too-large"),
                     tr("The file is larger than %1 MiB.").arg(CredentialReader::kMaxFileBytes / (1024 * 1024))};
    if (isCose(text))
        return readCose(text);
    if (text.startsWith('{'))
        return readJson(text);
    if (Jws::looksLike(text))
        return readJwt(text);
    return notAPresentation();
}

} // namespace Satchel
