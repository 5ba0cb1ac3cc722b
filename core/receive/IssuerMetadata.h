// OpenID4VCI 1.0 credential issuer metadata (§12.2) and the OAuth authorization server metadata
// (RFC 8414) the flows need, with the well-known addresses built the way both specs say: the
// well-known segment goes between the host and the issuer's path
// (https://h/tenant -> https://h/.well-known/openid-credential-issuer/tenant).
//
// Display metadata is read from both places issuers put it: credential_metadata.display (1.0) and
// a configuration's own display (drafts up to 15).
//
// Error code: "bad-metadata".
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace Satchel {

struct LocalizedDisplay {
    QString name;
    QString locale;
    QString description;
    QUrl logo;
    QString logoAltText;
};

struct CredentialConfiguration {
    QString id;
    QString format;                    // "ldp_vc", "jwt_vc_json", "dc+sd-jwt", "mso_mdoc"...
    QString scope;
    QList<LocalizedDisplay> display;
    bool proofRequired = false;        // proof_types_supported names "jwt" (or binding methods are listed)
    QStringList proofAlgorithms;       // proof_types_supported.jwt.proof_signing_alg_values_supported
};

struct IssuerMetadata {
    QString credentialIssuer;
    QStringList authorizationServers;
    QUrl credentialEndpoint;
    QUrl nonceEndpoint;
    QUrl deferredCredentialEndpoint;
    QList<LocalizedDisplay> display;
    QHash<QString, CredentialConfiguration> configurations;
    int batchSize = 1;                 // batch_credential_issuance.batch_size: proofs one request may carry

    static Result<IssuerMetadata> parse(const QByteArray &json);

    // identifier with wellKnown ("openid-credential-issuer", "oauth-authorization-server") inserted.
    static QUrl wellKnownUrl(const QString &identifier, const QString &wellKnown);
    // The entry for the first of languages it has (exact tag, then the primary language), else
    // the one without a locale, else the first; null when the list is empty.
    static const LocalizedDisplay *pickDisplay(const QList<LocalizedDisplay> &display, const QStringList &languages);

    Q_DECLARE_TR_FUNCTIONS(Satchel::IssuerMetadata) // last: it leaves the members after it private
};

struct AuthorizationServerMetadata {
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl pushedAuthorizationRequestEndpoint;
    bool requirePushedAuthorizationRequests = false;

    static Result<AuthorizationServerMetadata> parse(const QByteArray &json);
};

} // namespace Satchel
