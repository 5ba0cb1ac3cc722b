#include "VcApiExchangeClient.h"

#include "IssuerConnection.h"
#include "crypto/SigningKey.h"
#include "jsonld/SafeJson.h"
#include "share/PresentationSigner.h"
#include "verify/VerifyUtil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Satchel {

namespace {

constexpr int kMaxRounds = 4; // start, DID authentication, and slack for an exchange that asks again

using VerifyUtil::asArray;

bool isCredential(const QJsonObject &object)
{
    return object.contains(QLatin1String("@context"))
        && VerifyUtil::typesOf(object).contains(QStringLiteral("VerifiableCredential"));
}

} // namespace

VcApiExchangeClient::VcApiExchangeClient(IssuerConnection &http) : m_http(http) {}

QList<IssuedCredential> VcApiExchangeClient::credentialsIn(const QJsonObject &answer)
{
    QJsonArray found;
    if (answer.contains(QLatin1String("verifiablePresentation")))
        found = asArray(answer.value(QLatin1String("verifiablePresentation")).toObject().value(QLatin1String("verifiableCredential")));
    else if (answer.contains(QLatin1String("verifiableCredential")))
        found = asArray(answer.value(QLatin1String("verifiableCredential")));
    else if (isCredential(answer))
        found.append(answer);
    QList<IssuedCredential> credentials;
    for (const QJsonValue &value : std::as_const(found)) {
        IssuedCredential issued;
        if (value.isObject())
            issued.bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        else if (value.isString())
            issued.bytes = value.toString().toUtf8();
        if (!issued.bytes.isEmpty())
            credentials.append(issued);
    }
    return credentials;
}

Result<QJsonObject> VcApiExchangeClient::answered(const Result<IssuerAnswer> &answer, const QString &step)
{
    if (!answer)
        return answer.error();
    if (answer->status == 404 || answer->status == 410)
        return Error{QStringLiteral("offer-expired"),
                     tr("The offer has expired or was already used. Ask the issuer for a new one.")};
    if (!answer->isSuccess())
        return IssuerConnection::refused(*answer, step);
    return answer->json;
}

Result<QJsonObject> VcApiExchangeClient::signedPresentation(const SigningKey &key, const QString &challenge,
                                                            const QString &domain)
{
    auto presentation = PresentationSigner::sign(QByteArray(), key, PresentationBinding{challenge, domain});
    if (!presentation)
        return Error{QStringLiteral("key-refused"),
                     tr("Your key could not sign the presentation the issuer asks for: %1").arg(presentation.error().message)};
    auto object = SafeJson::parseObject(*presentation);
    if (!object)
        return object.error();
    return *object;
}

QJsonArray VcApiExchangeClient::queriesOf(const QJsonObject &request)
{
    return asArray(request.value(QLatin1String("query")));
}

bool VcApiExchangeClient::asksForCredentials(const QJsonObject &request)
{
    for (const QJsonValue &entry : queriesOf(request)) {
        if (entry.toObject().value(QLatin1String("type")).toString() == QLatin1String("QueryByExample"))
            return true;
    }
    return false;
}

Error VcApiExchangeClient::presentationRequested()
{
    return Error{QStringLiteral("presentation-requested"),
                 tr("This link asks you to present credentials to a verifier, not to receive new ones.")};
}

Result<QJsonObject> VcApiExchangeClient::start(const ReceiveLink &link)
{
    const QString step = tr("starting the exchange");
    auto json = answered(m_http.postJson(link.url, QJsonObject(), step), step);
    if (json && asksForCredentials(json->value(QLatin1String("verifiablePresentationRequest")).toObject()))
        return presentationRequested();
    return json;
}

Result<QJsonObject> VcApiExchangeClient::didAuthentication(const QJsonObject &request, const SigningKey &key)
{
    bool asksDidAuthentication = false;
    const QString method = key.did().section(QLatin1Char(':'), 1, 1);
    if (asksForCredentials(request))
        return presentationRequested();
    for (const QJsonValue &entry : queriesOf(request)) {
        const QJsonObject query = entry.toObject();
        const QString type = query.value(QLatin1String("type")).toString();
        if (type != QLatin1String("DIDAuthentication") && type != QLatin1String("DIDAuth"))
            return Error{QStringLiteral("unsupported-flow"),
                         tr("The issuer asks you to present \"%1\" before issuing, which Satchel cannot do yet.")
                             .arg(Error::excerpt(type))};
        asksDidAuthentication = true;
        QStringList methods;
        for (const QJsonValue &accepted : query.value(QLatin1String("acceptedMethods")).toArray())
            methods.append(accepted.toObject().value(QLatin1String("method")).toString());
        QStringList suites;
        for (const QJsonValue &accepted : query.value(QLatin1String("acceptedCryptosuites")).toArray())
            suites.append(accepted.toObject().value(QLatin1String("cryptosuite")).toString());
        if ((!methods.isEmpty() && !methods.contains(method))
            || (!suites.isEmpty() && !suites.contains(key.dataIntegrityCryptosuite())))
            return Error{QStringLiteral("unsupported-key"),
                         tr("The issuer does not accept your identity's kind of key (did:%1, %2). Choose another identity.")
                             .arg(method, key.dataIntegrityCryptosuite())};
    }
    if (!asksDidAuthentication)
        return Error{QStringLiteral("unsupported-flow"), tr("The issuer's request asks for nothing Satchel can answer.")};
    return signedPresentation(key, request.value(QLatin1String("challenge")).toString(),
                              request.value(QLatin1String("domain")).toString());
}

Result<QList<IssuedCredential>> VcApiExchangeClient::run(const ReceiveLink &link, const SigningKey &key,
                                                         const QJsonObject &started)
{
    const QString step = tr("exchanging with the issuer");
    Result<IssuerAnswer> answer = Error{};
    if (link.kind == ReceiveLink::DccChallenge) {
        auto presentation = signedPresentation(key, link.challenge, {});
        if (!presentation)
            return presentation.error();
        answer = m_http.postJson(link.url, *presentation, step);
    } else if (!started.isEmpty()) {
        answer = IssuerAnswer{200, {}, started, {}, {}};
    } else {
        answer = m_http.postJson(link.url, QJsonObject(), step);
    }
    for (int round = 0; round < kMaxRounds; ++round) {
        auto json = answered(answer, step);
        if (!json)
            return json.error();
        const QList<IssuedCredential> credentials = credentialsIn(*json);
        if (!credentials.isEmpty())
            return credentials;
        const QJsonObject request = json->value(QLatin1String("verifiablePresentationRequest")).toObject();
        if (request.isEmpty())
            return Error{QStringLiteral("issuer-refused"), tr("The exchange ended without sending a credential.")};
        auto presentation = didAuthentication(request, key);
        if (!presentation)
            return presentation.error();
        answer = m_http.postJson(link.url, QJsonObject{{QStringLiteral("verifiablePresentation"), *presentation}}, step);
        // The DCC's transaction service (behind the Learner Credential Wallet's links) takes the
        // presentation itself as the body, not wrapped as VC-API says, and fails with a server
        // error on the wrapped form. Its own wallet sends it bare: so does Satchel, once.
        if (answer && answer->status >= 500)
            answer = m_http.postJson(link.url, *presentation, step);
    }
    return Error{QStringLiteral("issuer-refused"), tr("The exchange kept asking without sending a credential.")};
}

} // namespace Satchel
