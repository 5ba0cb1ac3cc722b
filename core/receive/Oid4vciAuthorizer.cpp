#include "Oid4vciAuthorizer.h"

#include "IssuerConnection.h"
#include "LoopbackRedirectListener.h"
#include "ReceiveSessionState.h"
#include "crypto/Base64Url.h"
#include "crypto/Hash.h"
#include "net/Fetcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Satchel {

namespace {

// A random, URL-safe string of byteCount random bytes (PKCE verifier, state).
QString randomToken(int byteCount)
{
    QByteArray bytes(byteCount, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), byteCount / 4);
    return QString::fromLatin1(Base64Url::encode(bytes));
}

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

// OpenID4VCI answers a wrong transaction code and a used or expired pre-authorized code with the
// same "invalid_grant" (§6.3); the description is the only hint which one it was.
bool soundsExpired(const QString &description)
{
    static const char *const kWords[] = {"expire", "used", "redeemed", "unknown", "not found", "pre-authorized_code",
                                         "pre-authorized code"};
    const QString lower = description.toLower();
    return std::any_of(std::begin(kWords), std::end(kWords), [&](const char *word) { return lower.contains(QLatin1String(word)); });
}

} // namespace

Oid4vciAuthorizer::Oid4vciAuthorizer(IssuerConnection &http, const ReceiveOptions &options, const std::atomic_bool *cancel)
    : m_http(http), m_options(options), m_cancel(cancel)
{
}

Result<AccessGrant> Oid4vciAuthorizer::authorize(const ReceiveSessionState &state, const ReceiveInputs &inputs)
{
    if (state.offer.preAuthorized && state.offer.transactionCode.required && inputs.transactionCode.isEmpty())
        return Error{QStringLiteral("tx-code-needed"),
                     tr("The issuer asks for the PIN it sent you separately; nothing was requested without it.")};
    auto server = serverMetadata(state);
    if (!server)
        return server.error();
    if (state.offer.preAuthorized)
        return preAuthorized(state, *server, inputs);
    return authorizationCode(state, *server, inputs);
}

Result<AuthorizationServerMetadata> Oid4vciAuthorizer::serverMetadata(const ReceiveSessionState &state)
{
    QString server = state.offer.authorizationServer;
    if (server.isEmpty())
        server = state.metadata.authorizationServers.value(0, state.metadata.credentialIssuer);
    const QString step = tr("reading the authorization server's metadata");
    auto fetched = m_http.get(IssuerMetadata::wellKnownUrl(server, QStringLiteral("oauth-authorization-server")), step);
    if (fetched && fetched->status == 404)
        fetched = m_http.get(QUrl(withoutTrailingSlash(server) + QStringLiteral("/.well-known/openid-configuration")), step);
    if (!fetched)
        return fetched.error();
    if (!fetched->isSuccess())
        return IssuerConnection::refused(*fetched, step);
    auto metadata = AuthorizationServerMetadata::parse(fetched->body);
    if (!metadata)
        return metadata.error();
    // RFC 8414 §3.3: the metadata must be about the server it was fetched for.
    if (!metadata->issuer.isEmpty() && withoutTrailingSlash(metadata->issuer) != withoutTrailingSlash(server))
        return Error{QStringLiteral("issuer-mismatch"),
                     tr("The authorization server %1 answered with the metadata of %2: nothing was requested.")
                         .arg(Error::excerpt(server, 100), Error::excerpt(metadata->issuer, 100))};
    return metadata;
}

Result<AccessGrant> Oid4vciAuthorizer::preAuthorized(const ReceiveSessionState &state,
                                                     const AuthorizationServerMetadata &server, const ReceiveInputs &inputs)
{
    FormFields form{{QStringLiteral("grant_type"), QLatin1String(CredentialOffer::kPreAuthorizedGrant)},
                    {QStringLiteral("pre-authorized_code"), state.offer.preAuthorizedCode}};
    const bool sendCode = state.offer.transactionCode.required && !inputs.transactionCode.isEmpty();
    if (sendCode)
        form.append({QStringLiteral("tx_code"), inputs.transactionCode.trimmed()});
    return token(server.tokenEndpoint, form, sendCode);
}

Result<AccessGrant> Oid4vciAuthorizer::authorizationCode(const ReceiveSessionState &state,
                                                         const AuthorizationServerMetadata &server,
                                                         const ReceiveInputs &inputs)
{
    if (server.authorizationEndpoint.isEmpty())
        return Error{QStringLiteral("unsupported-flow"),
                     tr("The offer needs a sign-in, but the issuer's authorization server has no authorization endpoint.")};
    if (!inputs.openBrowser)
        return Error{QStringLiteral("authorization-failed"),
                     tr("This offer needs you to sign in at the issuer in a web browser, which is not possible here.")};
    LoopbackRedirectListener listener;
    auto redirectUri = listener.listen();
    if (!redirectUri)
        return redirectUri.error();
    const QString verifier = randomToken(32);
    const QString stateValue = randomToken(16);
    const QByteArray challenge = Base64Url::encode(Hash::sha256(verifier.toLatin1()));

    QJsonArray details;
    QStringList scopes;
    for (const QString &id : state.configurationIds) {
        details.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("openid_credential")},
                                   {QStringLiteral("credential_configuration_id"), id}});
        const QString scope = state.metadata.configurations.value(id).scope;
        if (!scope.isEmpty())
            scopes.append(scope);
    }
    FormFields parameters;
    const auto add = [&parameters](const QString &name, const QString &value) { parameters.append({name, value}); };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), m_options.clientId);
    add(QStringLiteral("redirect_uri"), redirectUri->toString());
    add(QStringLiteral("state"), stateValue);
    add(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    add(QStringLiteral("authorization_details"), QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!scopes.isEmpty())
        add(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    if (!state.offer.issuerState.isEmpty())
        add(QStringLiteral("issuer_state"), state.offer.issuerState);
    auto url = authorizationRequestUrl(state, server, parameters);
    if (!url)
        return url.error();
    if (!inputs.openBrowser(*url))
        return Error{QStringLiteral("authorization-failed"), tr("Satchel could not open your web browser to sign in at the issuer.")};
    auto redirect = listener.waitForRedirect(stateValue, m_options.authorizationTimeoutMs, m_cancel);
    if (!redirect)
        return redirect.error();

    const FormFields form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                          {QStringLiteral("code"), redirect->queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)},
                          {QStringLiteral("redirect_uri"), redirectUri->toString()},
                          {QStringLiteral("code_verifier"), verifier},
                          {QStringLiteral("client_id"), m_options.clientId}};
    auto grant = token(server.tokenEndpoint, form, false);
    if (grant)
        grant->clientId = m_options.clientId;
    return grant;
}

Result<QUrl> Oid4vciAuthorizer::authorizationRequestUrl(const ReceiveSessionState &, const AuthorizationServerMetadata &server,
                                                        const FormFields &parameters)
{
    if (!Fetcher::isSecureOrLoopback(server.authorizationEndpoint))
        return Error{QStringLiteral("insecure-url"), tr("The issuer's sign-in page is not a secure (https) address.")};
    QUrl url = server.authorizationEndpoint;
    const QByteArray existing = url.query(QUrl::FullyEncoded).toLatin1();
    const auto withQuery = [&](const FormFields &fields) {
        const QByteArray added = IssuerConnection::formEncoded(fields);
        url.setQuery(QString::fromLatin1(existing.isEmpty() ? added : existing + '&' + added), QUrl::StrictMode);
        return url;
    };
    if (!server.requirePushedAuthorizationRequests || server.pushedAuthorizationRequestEndpoint.isEmpty())
        return withQuery(parameters);
    // RFC 9126: the parameters go to the server directly; the browser carries only a reference.
    const QString step = tr("starting the sign-in");
    auto pushed = m_http.postForm(server.pushedAuthorizationRequestEndpoint, parameters, step);
    if (!pushed)
        return pushed.error();
    const QString requestUri = pushed->json.value(QLatin1String("request_uri")).toString();
    if (!pushed->isSuccess() || requestUri.isEmpty())
        return IssuerConnection::refused(*pushed, step);
    return withQuery({{QStringLiteral("client_id"), m_options.clientId}, {QStringLiteral("request_uri"), requestUri}});
}

Result<AccessGrant> Oid4vciAuthorizer::token(const QUrl &endpoint, const FormFields &form, bool transactionCodeSent)
{
    const QString step = tr("asking the issuer for access");
    auto answer = m_http.postForm(endpoint, form, step);
    if (!answer)
        return answer.error();
    if (!answer->isSuccess()) {
        if (answer->error == QLatin1String("invalid_tx_code")
            || (answer->error == QLatin1String("invalid_grant") && transactionCodeSent && !soundsExpired(answer->errorDescription)))
            return Error{QStringLiteral("wrong-tx-code"),
                         tr("The issuer did not accept the PIN. Check the code it sent you and try again.")};
        if (answer->error == QLatin1String("invalid_grant"))
            return Error{QStringLiteral("offer-expired"),
                         tr("The offer has expired or was already used. Ask the issuer for a new one.")};
        return IssuerConnection::refused(*answer, step);
    }
    AccessGrant grant;
    grant.accessToken = answer->json.value(QLatin1String("access_token")).toString();
    const QString tokenType = answer->json.value(QLatin1String("token_type")).toString();
    if (grant.accessToken.isEmpty())
        return IssuerConnection::refused(*answer, step);
    if (!tokenType.isEmpty() && tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return Error{QStringLiteral("unsupported-flow"),
                     tr("The issuer grants access only as \"%1\" tokens, which Satchel does not support yet.")
                         .arg(Error::excerpt(tokenType))};
    grant.cNonce = answer->json.value(QLatin1String("c_nonce")).toString();
    for (const QJsonValue &detail : answer->json.value(QLatin1String("authorization_details")).toArray()) {
        const QJsonObject o = detail.toObject();
        QStringList identifiers;
        for (const QJsonValue &id : o.value(QLatin1String("credential_identifiers")).toArray())
            identifiers.append(id.toString());
        const QString configuration = o.value(QLatin1String("credential_configuration_id")).toString();
        if (!configuration.isEmpty() && !identifiers.isEmpty())
            grant.credentialIdentifiers.insert(configuration, identifiers);
    }
    return grant;
}

} // namespace Satchel
