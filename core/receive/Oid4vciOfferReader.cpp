#include "Oid4vciOfferReader.h"

#include "IssuerConnection.h"
#include "net/Fetcher.h"
#include "ReceiveSessionState.h"

namespace Satchel {

namespace {

QString formatList(QStringList formats)
{
    formats.removeDuplicates();
    return formats.join(QStringLiteral(", "));
}

} // namespace

bool Oid4vciOfferReader::isStorableFormat(const QString &format)
{
    // dc+sd-jwt is SD-JWT VC (OpenID4VCI 1.0 Appendix A.3); vc+sd-jwt its name in drafts up to 14.
    return format == QLatin1String("ldp_vc") || format == QLatin1String("jwt_vc_json")
        || format == QLatin1String("dc+sd-jwt") || format == QLatin1String("vc+sd-jwt");
}

Oid4vciOfferReader::Oid4vciOfferReader(IssuerConnection &http, QStringList languages)
    : m_http(http), m_languages(std::move(languages))
{
}

Result<QByteArray> Oid4vciOfferReader::offerJson(const ReceiveLink &link)
{
    if (link.kind == ReceiveLink::OfferByValue)
        return link.offerJson;
    auto fetched = m_http.get(link.url, tr("fetching the credential offer"));
    if (!fetched)
        return fetched.error();
    // An offer by reference is kept for a short while and may be fetched once (§4.1.3).
    if (fetched->status == 404 || fetched->status == 410 || fetched->error == QLatin1String("invalid_grant"))
        return Error{QStringLiteral("offer-expired"),
                     tr("The offer has expired or was already used. Ask the issuer for a new one.")};
    if (!fetched->isSuccess())
        return IssuerConnection::refused(*fetched, tr("fetching the credential offer"));
    return fetched->body;
}

Result<ReceiveOffer> Oid4vciOfferReader::read(const ReceiveLink &link)
{
    auto json = offerJson(link);
    if (!json)
        return json.error();
    auto offer = CredentialOffer::parse(*json);
    if (!offer)
        return offer.error();
    const QString step = tr("reading the issuer's metadata");
    const QUrl metadataUrl = IssuerMetadata::wellKnownUrl(offer->credentialIssuer, QStringLiteral("openid-credential-issuer"));
    auto fetched = m_http.get(metadataUrl, step);
    if (!fetched)
        return fetched.error();
    if (!fetched->isSuccess())
        return IssuerConnection::refused(*fetched, step);
    auto metadata = IssuerMetadata::parse(fetched->body);
    if (!metadata)
        return metadata.error();
    if (metadata->credentialIssuer != offer->credentialIssuer)
        return Error{QStringLiteral("issuer-mismatch"),
                     tr("The offer names the issuer %1, but the metadata found there is for %2: nothing was requested.")
                         .arg(Error::excerpt(offer->credentialIssuer, 100), Error::excerpt(metadata->credentialIssuer, 100))};
    if (!Fetcher::isSecureOrLoopback(metadata->credentialEndpoint))
        return Error{QStringLiteral("insecure-url"),
                     tr("The issuer's credential endpoint is not a secure (https) address.")};

    auto state = std::make_shared<ReceiveSessionState>();
    ReceiveOffer result;
    result.protocol = ReceiveProtocol::OpenId4Vci;
    result.issuerUrl = QUrl(offer->credentialIssuer);
    result.issuerDomain = result.issuerUrl.host();
    if (const LocalizedDisplay *display = IssuerMetadata::pickDisplay(metadata->display, m_languages)) {
        result.issuerName = display->name;
        result.logoUrl = display->logo;
        result.logoAltText = display->logoAltText;
    }
    QStringList refusedFormats;
    for (const QString &id : std::as_const(offer->configurationIds)) {
        const auto configuration = metadata->configurations.constFind(id);
        if (configuration == metadata->configurations.cend())
            return Error{QStringLiteral("bad-offer"),
                         tr("The offer asks for \"%1\", which the issuer's metadata does not describe.").arg(Error::excerpt(id))};
        if (!isStorableFormat(configuration->format)) {
            refusedFormats.append(configuration->format.isEmpty() ? tr("an unnamed format") : configuration->format);
            continue;
        }
        OfferedCredential offered;
        offered.configurationId = id;
        offered.format = configuration->format;
        offered.name = id;
        if (const LocalizedDisplay *display = IssuerMetadata::pickDisplay(configuration->display, m_languages)) {
            offered.name = display->name.isEmpty() ? id : display->name;
            offered.description = display->description;
            offered.logoUrl = display->logo;
        }
        result.credentials.append(offered);
        state->configurationIds.append(id);
    }
    if (result.credentials.isEmpty())
        return Error{QStringLiteral("unsupported-format"),
                     tr("The issuer offers only %1, which Satchel cannot store yet. Nothing was requested.")
                         .arg(Error::excerpt(formatList(refusedFormats), 100))};
    for (const QString &format : std::as_const(refusedFormats))
        result.notReceivable.append(format);
    if (!offer->preAuthorized && !offer->authorizationCode)
        return Error{QStringLiteral("unsupported-flow"), tr("The offer allows no way of receiving that Satchel can follow.")};
    result.transactionCode = offer->preAuthorized ? offer->transactionCode : TransactionCodeRequest();
    result.needsBrowser = !offer->preAuthorized;
    state->offer = *offer;
    state->metadata = *metadata;
    state->issuerName = result.issuerName;
    state->link = link;
    result.state = std::move(state);
    return result;
}

} // namespace Satchel
