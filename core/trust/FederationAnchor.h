// An OpenID Federation trust anchor as Satchel uses it for issuer trust: its entity configuration
// (fetched from the URL the learner configured, {entity}/.well-known/openid-federation) read and
// checked, and the statements it makes about issuers checked against its keys.
//
// The configuration must be self-signed with a key of its own jwks and name the entity the URL
// belongs to (so a redirect or a mirror cannot stand in for another federation). Its keys are then
// the trust anchor's keys for every chain: Satchel does not pin them beyond the https connection
// (the same trust the DCC's own client places in the registry's address).
//
// A chain (section 10) is given leaf first: chain[0] is about `subject`, each statement is signed by
// a key of the next one's subject, and the last is signed by the anchor. At most kMaxChainLength
// statements, each bounded by EntityStatement::kMaxBytes.
//
// Error codes: EntityStatement's, "wrong-entity" (the configuration is about another entity, or a
// statement in a chain about someone else), "no-fetch-endpoint", "chain-too-long".
#pragma once

#include "trust/EntityStatement.h"

#include <QList>
#include <QUrl>

namespace Satchel {

class FederationAnchor {
    Q_DECLARE_TR_FUNCTIONS(Satchel::FederationAnchor)
public:
    static constexpr int kMaxChainLength = 5;

    // configurationUrl: where the configuration was fetched from (the registry's configured URL).
    static Result<FederationAnchor> fromConfiguration(QByteArrayView jwt, const QUrl &configurationUrl);
    // The entity id a configuration URL belongs to ({entity}/.well-known/openid-federation), or
    // empty when the URL is not one.
    static QString entityIdFor(const QUrl &configurationUrl);

    const QString &entityId() const { return m_configuration.subject(); }
    QString name() const { return m_configuration.federationEntity(QLatin1String("organization_name")); }
    // The fetch endpoint's URL asking for subject's subordinate statement (section 8.1.1).
    QUrl fetchUrl(const QString &subject) const;

    Result<EntityStatement> verifySubordinate(QByteArrayView jwt, const QString &subject) const;
    Result<EntityStatement> verifyChain(const QList<QByteArray> &chain, const QString &subject) const;

private:
    EntityStatement m_configuration;
    QUrl m_fetchEndpoint;
};

} // namespace Satchel
