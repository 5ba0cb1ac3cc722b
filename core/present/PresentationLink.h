// What a pasted, scanned or opened verifier link holds, before anything is fetched (OpenID4VP 1.0 §5):
//   openid4vp://?client_id=…&response_type=vp_token&…      the request by value
//   openid4vp://?client_id=…&request_uri=URL[&request_uri_method=post]   the request by reference
//   https://any.host/path?… with the same parameters        (a web link a verifier shows)
// Also accepted as schemes: "openid4vp", "openid-vc", "haip-vp" (HAIP).
//
// Error codes: "unsupported-link" (not a verifier's request), "bad-request" (a parameter malformed
// or too large), "insecure-url" (a request_uri that is not HTTPS, loopback excepted).
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace Satchel {

struct PresentationLink {
    // By value: every parameter, its JSON ones (dcql_query, presentation_definition,
    // client_metadata) parsed. By reference, or signed by value: client_id only, and the request
    // object's address or the request object.
    QJsonObject parameters;
    QUrl requestUri;            // set when the request is by reference
    bool postRequestUri = false; // request_uri_method=post
    QByteArray requestObject;   // a signed request by value (the link's "request"): checked like a fetched one

    bool byReference() const { return requestUri.isValid(); }

    static constexpr qsizetype kMaxLinkBytes = 64 * 1024;

    static bool looksLike(const QString &text);
    static Result<PresentationLink> parse(const QString &text);
    // A request's parameters as JSON (from a URL query or a request object's claims): the JSON-valued
    // ones parsed from their string form when they came as strings, within bounds.
    static Result<QJsonObject> normalized(const QJsonObject &parameters);

    Q_DECLARE_TR_FUNCTIONS(Satchel::PresentationLink) // last: it leaves the members after it private
};

} // namespace Satchel
