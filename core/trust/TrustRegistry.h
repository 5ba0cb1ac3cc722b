// One trust registry the learner uses to learn who stands behind an issuer: a list in the DCC
// known-issuer format, or an OpenID Federation trust anchor. Built-in ones can be switched off;
// added ones are kept by URL (trust/TrustRegistrySettings).
#pragma once

#include <QString>
#include <QUrl>

namespace Satchel {

struct TrustRegistry {
    enum class Format {
        // {"meta": {...}, "registry": {"<issuer DID or URL>": {"name", "location", "url"}}}, as the
        // npm @digitalcredentials/issuer-registry-client reads its "dcc-legacy" registries.
        Dcc,
        // A trust anchor's entity configuration URL ({entity}/.well-known/openid-federation): each
        // issuer is asked for at its fetch endpoint (?sub=ISSUER), a subordinate statement signed by
        // the anchor's keys.
        OpenIdFederation,
    };

    QString id;     // a built-in's stable id ("dcc-community"); an added registry's URL
    QString name;   // shown in trust lines: "listed by NAME"
    QUrl url;       // the registry JSON (Dcc) or the anchor's entity configuration (OpenIdFederation)
    Format format = Format::Dcc;
    bool builtIn = false;
    bool enabled = true;

    // Where a copy fetched from url is kept in the document cache (the key the Fetcher uses).
    static QString cacheKey(const QUrl &url) { return url.toString(QUrl::FullyEncoded); }
    QString cacheKey() const { return cacheKey(url); }
};

} // namespace Satchel
