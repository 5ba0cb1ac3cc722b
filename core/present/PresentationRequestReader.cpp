#include "PresentationRequestReader.h"

#include "PresentationLink.h"
#include "PresentationQueryReader.h"
#include "VerifierCertificate.h"
#include "crypto/DidResolver.h"
#include "crypto/Jws.h"
#include "jsonld/SafeJson.h"
#include "net/Fetcher.h"
#include "present/Logging.h"

namespace Satchel {

namespace {

constexpr int kMaxJsonDepth = 32;
constexpr qsizetype kMaxClientIdLength = 2048;
constexpr qsizetype kMaxNonceLength = 1024;

const QLatin1String kRedirectUri("redirect_uri:");
const QLatin1String kDecentralizedIdentifier("decentralized_identifier:");
const QLatin1String kX509SanDns("x509_san_dns:");

Error unsigned_()
{
    return Error{QStringLiteral("unsigned-request"),
                 PresentationRequestReader::tr("The verifier's request is not signed, but its client id says who signs "
                                               "it: Satchel cannot tell who sent it.")};
}

Error badRequest(const QString &message)
{
    return Error{QStringLiteral("bad-request"), message};
}

// A display name from the verifier: one line, bounded.
QString displayName(const QJsonObject &metadata)
{
    return Error::excerpt(metadata.value(QLatin1String("client_name")).toString().trimmed(), 100);
}

} // namespace

Result<PresentationRequest> PresentationRequestReader::fromParameters(const QJsonObject &parameters)
{
    return read(parameters, false);
}

Result<PresentationRequest> PresentationRequestReader::fromRequestObject(const QByteArray &jwt,
                                                                          const QString &linkClientId,
                                                                          const QString &walletNonce,
                                                                          const QByteArray &trustAnchorsPem,
                                                                          const QDateTime &now)
{
    auto jws = Jws::parseStructure(jwt.trimmed(), kMaxRequestObjectBytes);
    if (!jws)
        return badRequest(tr("The verifier's request is not a readable request object: %1").arg(jws.error().message));
    const QString typ = jws->header().value(QLatin1String("typ")).toString();
    if (!typ.isEmpty() && typ != QLatin1String("oauth-authz-req+jwt"))
        return badRequest(
            tr("The verifier sent something else than a request object (type “%1”).").arg(Error::excerpt(typ)));
    auto claims = SafeJson::parseObject(jws->payload(), kMaxJsonDepth, kMaxRequestObjectBytes);
    if (!claims)
        return badRequest(tr("The verifier's request object is not valid JSON: %1").arg(claims.error().message));
    const QString clientId = claims->value(QLatin1String("client_id")).toString();
    if (clientId != linkClientId)
        return Error{QStringLiteral("client-id-changed"),
                     tr("The verifier's request names another client id than its link: it may not come from who the "
                        "link says.")};
    const QJsonValue exp = claims->value(QLatin1String("exp"));
    if (exp.isDouble() && qint64(exp.toDouble()) < now.toSecsSinceEpoch())
        return Error{QStringLiteral("request-expired"),
                     tr("The verifier's request has expired. Ask the verifier for a new one.")};
    if (!walletNonce.isEmpty() && claims->value(QLatin1String("wallet_nonce")).toString() != walletNonce)
        return Error{QStringLiteral("wallet-nonce-mismatch"),
                     tr("The verifier's request is not the answer to Satchel's own question (its wallet nonce "
                        "differs): it may have been replayed.")};
    bool verified = false;
    const bool unsecured = jws->algorithm() == QLatin1String("none");
    const QString checkedId = prefixedClientId(*claims);
    const bool byDid = checkedId.startsWith(kDecentralizedIdentifier);
    const bool byCertificate = checkedId.startsWith(kX509SanDns);
    if (byDid || byCertificate) {
        if (unsecured)
            return unsigned_();
        auto strict = Jws::parse(jwt);
        if (!strict)
            return Error{QStringLiteral("signature-mismatch"),
                         tr("The verifier's request is not signed by the key it names: %1").arg(strict.error().message)};
        const Status signedBy = byDid ? checkSignature(*strict, checkedId.mid(kDecentralizedIdentifier.size()))
                                      : checkCertificateSignature(*strict, checkedId.mid(kX509SanDns.size()),
                                                                  trustAnchorsPem, now);
        if (!signedBy)
            return signedBy.error();
        verified = true;
    } else if (!unsecured) {
        qCInfo(lcPresent) << "a request object under a client id that names no key is signed; its signature is not"
                             " what identifies the verifier";
    }
    auto parameters = PresentationLink::normalized(*claims);
    if (!parameters)
        return parameters.error();
    return read(*parameters, verified);
}

QString PresentationRequestReader::prefixedClientId(const QJsonObject &parameters)
{
    const QString clientId = parameters.value(QLatin1String("client_id")).toString();
    static const QStringList prefixes{kRedirectUri, kDecentralizedIdentifier, kX509SanDns, QStringLiteral("x509_hash:"),
                                      QStringLiteral("openid_federation:"), QStringLiteral("verifier_attestation:"),
                                      QStringLiteral("origin:")};
    for (const QString &prefix : prefixes) {
        if (clientId.startsWith(prefix))
            return clientId;
    }
    const QString scheme = parameters.value(QLatin1String("client_id_scheme")).toString();
    if (scheme == QLatin1String("redirect_uri"))
        return kRedirectUri + clientId;
    if (scheme == QLatin1String("x509_san_dns"))
        return kX509SanDns + clientId;
    if (scheme == QLatin1String("did") || (scheme.isEmpty() && clientId.startsWith(QLatin1String("did:"))))
        return kDecentralizedIdentifier + clientId;
    return clientId;
}

Status PresentationRequestReader::checkSignature(const Jws &jws, const QString &did)
{
    const QString kid = jws.keyId();
    if (!DidResolver::isLocallyResolvable(did))
        return Error{QStringLiteral("unsupported-did"),
                     tr("The verifier identifies itself with a DID Satchel cannot look up without the network (%1).")
                         .arg(Error::excerpt(did, 80))};
    // The key must be one of the DID's own: a kid naming another DID proves nothing about this one.
    if (kid.section(QLatin1Char('#'), 0, 0) != did)
        return Error{QStringLiteral("signature-mismatch"),
                     tr("The verifier's request is not signed by the key it names: the signing key does not belong "
                        "to the verifier's DID.")};
    auto resolved = DidResolver::resolveLocal(kid);
    if (!resolved)
        return Error{QStringLiteral("signature-mismatch"),
                     tr("The verifier's request is not signed by the key it names: %1").arg(resolved.error().message)};
    if (const Status verified = jws.verify(resolved->key, {SignatureAlgorithm::EdDSA, SignatureAlgorithm::ES256});
        !verified)
        return Error{QStringLiteral("signature-mismatch"),
                     tr("The verifier's request is not signed by the key it names: %1").arg(verified.error().message)};
    return {};
}

Status PresentationRequestReader::checkCertificateSignature(const Jws &jws, const QString &dnsName,
                                                           const QByteArray &trustAnchorsPem, const QDateTime &now)
{
    auto key = VerifierCertificate::leafKey(jws.header().value(QLatin1String("x5c")).toArray(), dnsName, trustAnchorsPem, now);
    if (!key)
        return key.error();
    if (const Status verified = jws.verify(*key, {SignatureAlgorithm::ES256, SignatureAlgorithm::EdDSA,
                                                  SignatureAlgorithm::RS256});
        !verified)
        return Error{QStringLiteral("signature-mismatch"),
                     tr("The verifier's request is not signed by the key it names: %1").arg(verified.error().message)};
    return {};
}

Result<PresentationRequest> PresentationRequestReader::read(const QJsonObject &parameters, bool verifiedSignature)
{
    PresentationRequest request;
    request.clientId = parameters.value(QLatin1String("client_id")).toString();
    if (request.clientId.isEmpty() || request.clientId.size() > kMaxClientIdLength)
        return badRequest(tr("The verifier's request does not say who the verifier is (no client id)."));
    const QString responseType = parameters.value(QLatin1String("response_type")).toString();
    if (responseType != QLatin1String("vp_token"))
        return Error{QStringLiteral("unsupported-response"),
                     tr("The verifier asks for something else than credentials (“%1”).").arg(Error::excerpt(responseType))};
    const QString responseMode = parameters.value(QLatin1String("response_mode")).toString();
    if (responseMode != QLatin1String("direct_post"))
        return Error{QStringLiteral("unsupported-response"),
                     tr("The verifier wants its answer in a way Satchel does not support yet (“%1”); Satchel sends "
                        "answers with direct_post.").arg(Error::excerpt(responseMode.isEmpty() ? QStringLiteral("fragment")
                                                                                          : responseMode))};
    request.responseUri = QUrl(parameters.value(QLatin1String("response_uri")).toString(), QUrl::StrictMode);
    if (!request.responseUri.isValid() || !Fetcher::isFetchableUrl(request.responseUri))
        return badRequest(tr("The verifier's request does not say where to send the answer."));
    if (!Fetcher::isSecureOrLoopback(request.responseUri))
        return Error{QStringLiteral("insecure-url"),
                     tr("The verifier wants the answer sent to an address that is not secure (%1): Satchel only sends "
                        "credentials over HTTPS.").arg(Error::excerpt(request.responseUri.toDisplayString(), 120))};
    request.verifierDomain = request.responseUri.host();
    request.nonce = parameters.value(QLatin1String("nonce")).toString();
    if (request.nonce.isEmpty() || request.nonce.size() > kMaxNonceLength)
        return badRequest(tr("The verifier's request has no nonce, so an answer to it could be replayed."));
    request.state = parameters.value(QLatin1String("state")).toString();
    if (request.state.size() > kMaxNonceLength)
        return badRequest(tr("The verifier's request carries a state too long to be sent back."));
    const QJsonObject metadata = parameters.value(QLatin1String("client_metadata")).toObject();
    request.verifierName = displayName(metadata);
    request.formatsSupported = metadata.value(QLatin1String("vp_formats_supported"))
                                   .toObject(metadata.value(QLatin1String("vp_formats")).toObject());

    const QString checkedId = prefixedClientId(parameters);
    if (checkedId.startsWith(kRedirectUri)) {
        request.prefix = ClientIdPrefix::RedirectUri;
        if (QUrl(checkedId.mid(kRedirectUri.size())) != request.responseUri)
            return Error{QStringLiteral("client-id-mismatch"),
                         tr("The verifier's client id does not match where the answer would go: the request may not "
                            "come from %1.").arg(request.verifierDomain)};
    } else if (checkedId.startsWith(kDecentralizedIdentifier) || checkedId.startsWith(kX509SanDns)) {
        const bool byCertificate = checkedId.startsWith(kX509SanDns);
        request.prefix = byCertificate ? ClientIdPrefix::X509SanDns : ClientIdPrefix::DecentralizedIdentifier;
        if (!verifiedSignature)
            return unsigned_();
        // The certificate names a host: the answer goes there, not to another one the request picks.
        if (byCertificate && request.responseUri.host() != checkedId.mid(kX509SanDns.size()))
            return Error{QStringLiteral("client-id-mismatch"),
                         tr("The verifier's client id does not match where the answer would go: its certificate is for "
                            "%1, the answer would go to %2.")
                             .arg(Error::excerpt(checkedId.mid(kX509SanDns.size()), 80), request.verifierDomain)};
        request.signedRequest = true;
        request.signedBy = checkedId.section(QLatin1Char(':'), 1);
    } else {
        const QString prefix = checkedId.section(QLatin1Char(':'), 0, 0);
        const bool known = checkedId.contains(QLatin1Char(':'))
            && QStringList{QStringLiteral("x509_hash"), QStringLiteral("openid_federation"),
                           QStringLiteral("verifier_attestation"), QStringLiteral("origin")}
                   .contains(prefix);
        return Error{QStringLiteral("unsupported-client-id"),
                     known ? tr("The verifier identifies itself in a way Satchel cannot check yet (%1). Nothing was "
                                "sent.").arg(prefix)
                           : tr("The verifier's client id names no way to check who it is, and Satchel knows no "
                                "verifier by that name. Nothing was sent.")};
    }

    const bool dcql = parameters.contains(QLatin1String("dcql_query"));
    const bool pe = parameters.contains(QLatin1String("presentation_definition"));
    if (dcql == pe)
        return Error{QString::fromLatin1(dcql ? "bad-query" : "unsupported-query"),
                     dcql ? tr("The verifier's request holds two queries at once.")
                          : tr("The verifier's request says what it wants in a way Satchel does not support.")};
    const QJsonObject query = parameters.value(QLatin1String(dcql ? "dcql_query" : "presentation_definition")).toObject();
    const Status read = dcql ? PresentationQueryReader::readDcql(query, request)
                             : PresentationQueryReader::readPresentationDefinition(query, request);
    if (!read)
        return read.error();
    return request;
}

} // namespace Satchel
