// What a pasted, scanned or opened link asks the wallet to do, before anything is fetched:
//   openid-credential-offer://?credential_offer=JSON | ?credential_offer_uri=URL   (OpenID4VCI 1.0 §4.1)
//   https://any.host/any/path?credential_offer=... | ?credential_offer_uri=...     (the same, as a web link)
//   https://host/...?iuv=1                 a VC-API interaction URL: GET it for its `protocols` object
//   dccrequest://request?request=JSON, https://lcw.app/request.html?request=JSON  (DCC wallet deep links:
//       JSON {"credentialRequestOrigin", "protocols": {"vcapi": URL}}), and the older
//       ...?vc_request_url=URL&challenge=C  (post a DID authentication straight to vc_request_url)
//
// Error code: "unsupported-link" (translated message).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace Satchel {

struct ReceiveLink {
    enum Kind {
        OfferByValue,      // offerJson holds the credential offer
        OfferByReference,  // url is the credential_offer_uri
        InteractionUrl,    // url answers GET (Accept: application/json) with {"protocols": {...}}
        VcApiExchange,     // url is a VC-API exchange: POST {} starts it
        DccChallenge,      // url is a DCC vc_request_url: POST a DID authentication bound to challenge
    };
    Kind kind = OfferByValue;
    QByteArray offerJson;
    QUrl url;
    QString challenge;

    static Result<ReceiveLink> parse(const QString &text);
    // The protocol to follow from a `protocols` object: "vcapi" first (it needs nothing but the
    // holder key), else an OpenID4VCI offer link under any of the names in use.
    static Result<ReceiveLink> fromProtocols(const QJsonObject &protocols);
    // The same from an interaction URL's JSON answer; "unsupported-link" when it names no protocol.
    static Result<ReceiveLink> fromInteraction(const QJsonObject &answer, const QUrl &interactionUrl);

    Q_DECLARE_TR_FUNCTIONS(Satchel::ReceiveLink) // last: it leaves the members after it private
};

} // namespace Satchel
