#include "VcApiQueryReader.h"

#include "net/Fetcher.h"
#include "receive/VcApiExchangeClient.h"
#include "verify/VerifyUtil.h"

#include <QJsonArray>

namespace Satchel {

namespace {

// Bounds on a verifier's VC-API query (untrusted input): how many queries, how many claims
// each, and how deep an example may nest.
constexpr int kMaxCredentialQueries = 16;
constexpr int kMaxClaimsPerQuery = 32;
constexpr int kMaxExampleDepth = 8;

using VerifyUtil::asArray;

// The fields of an example that are not conditions on a field's value: the context only says how
// the example's terms are written; type is matched as types; issuer as the accepted issuers.
bool isStructural(const QString &key)
{
    return key == QLatin1String("@context") || key == QLatin1String("type") || key == QLatin1String("issuer");
}

Error badQuery(const QString &why)
{
    return Error{QStringLiteral("bad-query"), VcApiQueryReader::tr("The verifier's request is malformed: %1.").arg(why)};
}

// Every value the example sets, as a claim: its path from the credential's root and the value it
// must have. Scalars are values; "" and {} ask only for the field; a list asks for each of its
// scalar entries (one claim each, the credential's list holding it).
Status collectClaims(const QJsonObject &object, const QJsonArray &prefix, int depth, QList<ClaimConstraint> &claims)
{
    if (depth > kMaxExampleDepth)
        return badQuery(VcApiQueryReader::tr("its example is nested too deeply"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (prefix.isEmpty() && isStructural(it.key()))
            continue;
        QJsonArray path = prefix;
        path.append(it.key());
        const QJsonValue value = it.value();
        if (value.isObject() && !value.toObject().isEmpty()) {
            if (const Status nested = collectClaims(value.toObject(), path, depth + 1, claims); !nested)
                return nested;
            continue;
        }
        ClaimConstraint claim;
        claim.paths = {path};
        if (value.isArray()) {
            path.append(QJsonValue::Null);
            for (const QJsonValue &entry : value.toArray()) {
                if (entry.isObject() || entry.isArray())
                    continue; // a nested example inside a list: too loose to be a condition; type decides
                claims.append(ClaimConstraint{{}, {path}, QJsonArray{entry}, {}, false});
                // Bounded inside the list too: a request may hold a list of any length.
                if (claims.size() > kMaxClaimsPerQuery)
                    return badQuery(VcApiQueryReader::tr("its example sets too many fields"));
            }
        } else {
            if (!(value.isString() && value.toString().isEmpty()) && !value.isObject() && !value.isNull())
                claim.values = QJsonArray{value};
            claims.append(claim);
        }
        if (claims.size() > kMaxClaimsPerQuery)
            return badQuery(VcApiQueryReader::tr("its example sets too many fields"));
    }
    return {};
}

QString issuerIdOf(const QJsonValue &issuer)
{
    return issuer.isObject() ? issuer.toObject().value(QLatin1String("id")).toString() : issuer.toString();
}

} // namespace

Result<PresentationRequest> VcApiQueryReader::read(const QJsonObject &vpr, const QUrl &exchangeUrl)
{
    PresentationRequest request;
    request.protocol = PresentationProtocol::VcApi;
    request.language = QueryLanguage::QueryByExample;
    request.nonce = vpr.value(QLatin1String("challenge")).toString();
    request.clientId = vpr.value(QLatin1String("domain")).toString();
    auto endpoint = answerEndpoint(vpr, exchangeUrl);
    if (!endpoint)
        return endpoint.error();
    request.responseUri = *endpoint;
    request.verifierDomain = endpoint->host();

    bool asksForCredentials = false;
    QList<bool> required; // per credential query
    for (const QJsonValue &entry : VcApiExchangeClient::queriesOf(vpr)) {
        const QJsonObject query = entry.toObject();
        const QString type = query.value(QLatin1String("type")).toString();
        Status read;
        if (type == QLatin1String("QueryByExample")) {
            asksForCredentials = true;
            for (const QJsonValue &credentialQuery : asArray(query.value(QLatin1String("credentialQuery")))) {
                if (read = readCredentialQuery(credentialQuery.toObject(), request); !read)
                    break;
                const QJsonValue flag = credentialQuery.toObject().value(QLatin1String("required"));
                required.append(!flag.isBool() || flag.toBool());
            }
        } else if (type == QLatin1String("DIDAuthentication") || type == QLatin1String("DIDAuth")) {
            read = readDidAuthentication(query, request);
        } else {
            return Error{QStringLiteral("unsupported-query"),
                         tr("The verifier asks for “%1”, which Satchel cannot answer yet.").arg(Error::excerpt(type, 60))};
        }
        if (!read)
            return read.error();
    }
    if (!asksForCredentials)
        return Error{QStringLiteral("issuance-exchange"),
                     tr("This link does not ask for any credential: it is an issuer's exchange, for receiving one.")};
    if (request.credentials.isEmpty())
        return badQuery(tr("its QueryByExample has no credentialQuery"));
    // Optional queries: every required one, and any of the others (DCQL credential sets say that).
    if (required.contains(false)) {
        for (qsizetype i = 0; i < request.credentials.size(); ++i)
            request.credentialSets.append(CredentialSetQuery{{{request.credentials.at(i).id}}, required.at(i)});
    }
    return request;
}

Status VcApiQueryReader::readCredentialQuery(const QJsonObject &query, PresentationRequest &request)
{
    if (query.isEmpty())
        return badQuery(tr("a credentialQuery is not an object"));
    if (request.credentials.size() >= kMaxCredentialQueries)
        return badQuery(tr("it asks for too many credentials"));
    const QJsonObject example = query.value(QLatin1String("example")).toObject();
    RequestedCredential credential;
    credential.id = QStringLiteral("credentialQuery-%1").arg(request.credentials.size() + 1);
    credential.purpose = Error::excerpt(query.value(QLatin1String("reason")).toString(), 300);
    credential.formats = {QStringLiteral("ldp_vc")};
    QStringList types = VerifyUtil::typesOf(example);
    types.removeAll(QStringLiteral("VerifiableCredential"));
    if (!types.isEmpty())
        credential.typeValues = {types};
    if (const Status claims = collectClaims(example, {}, 0, credential.claims); !claims)
        return claims;

    // The accepted issuers: the example's, and any trustedIssuer listed.
    QJsonArray issuers;
    if (const QString issuer = issuerIdOf(example.value(QLatin1String("issuer"))); !issuer.isEmpty())
        issuers.append(issuer);
    for (const QJsonValue &trusted : asArray(query.value(QLatin1String("trustedIssuer")))) {
        if (const QString issuer = issuerIdOf(trusted.toObject().value(QLatin1String("issuer"))); !issuer.isEmpty())
            issuers.append(issuer);
    }
    if (!issuers.isEmpty())
        credential.claims.prepend(ClaimConstraint{{}, {QJsonArray{QStringLiteral("issuer"), QStringLiteral("id")}},
                                                  issuers, {}, false});
    request.credentials.append(credential);
    return {};
}

Status VcApiQueryReader::readDidAuthentication(const QJsonObject &query, PresentationRequest &request)
{
    for (const QJsonValue &accepted : asArray(query.value(QLatin1String("acceptedMethods")))) {
        const QString method = accepted.isObject() ? accepted.toObject().value(QLatin1String("method")).toString()
                                                   : accepted.toString();
        if (!method.isEmpty())
            request.acceptedDidMethods.append(method);
    }
    QJsonArray suites;
    for (const QJsonValue &accepted : asArray(query.value(QLatin1String("acceptedCryptosuites")))) {
        const QString suite = accepted.isObject() ? accepted.toObject().value(QLatin1String("cryptosuite")).toString()
                                                  : accepted.toString();
        if (!suite.isEmpty())
            suites.append(suite);
    }
    if (!suites.isEmpty())
        request.formatsSupported.insert(QStringLiteral("ldp_vc"),
                                        QJsonObject{{QStringLiteral("cryptosuite_values"), suites}});
    return {};
}

Result<QUrl> VcApiQueryReader::answerEndpoint(const QJsonObject &vpr, const QUrl &exchangeUrl)
{
    const QJsonObject interact = vpr.value(QLatin1String("interact")).toObject();
    for (const QJsonValue &service : asArray(interact.value(QLatin1String("service")))) {
        const QString type = service.toObject().value(QLatin1String("type")).toString();
        if (!type.startsWith(QLatin1String("UnmediatedPresentationService"))
            && !type.startsWith(QLatin1String("UnmediatedHttpPresentationService")))
            continue;
        const QUrl endpoint(service.toObject().value(QLatin1String("serviceEndpoint")).toString(), QUrl::StrictMode);
        if (!endpoint.isValid() || !Fetcher::isSecureOrLoopback(endpoint))
            return Error{QStringLiteral("insecure-url"),
                         tr("The verifier wants the answer sent to %1, which is not a secure (https) address.")
                             .arg(Error::excerpt(endpoint.toString(), 100))};
        return endpoint;
    }
    return exchangeUrl;
}

} // namespace Satchel
