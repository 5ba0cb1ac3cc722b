#include "trust/FederationAnchor.h"

namespace Satchel {

namespace {
const QLatin1String kWellKnown("/.well-known/openid-federation");
}

QString FederationAnchor::entityIdFor(const QUrl &configurationUrl)
{
    const QString url = configurationUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    if (!url.endsWith(kWellKnown))
        return {};
    return url.chopped(kWellKnown.size());
}

Result<FederationAnchor> FederationAnchor::fromConfiguration(QByteArrayView jwt, const QUrl &configurationUrl)
{
    auto statement = EntityStatement::parse(jwt);
    if (!statement)
        return statement.error();
    const QString expected = entityIdFor(configurationUrl);
    if (!statement->isConfiguration() || statement->subject() != expected) {
        return Error{QStringLiteral("wrong-entity"),
                     tr("The entity configuration at %1 is about %2, not %3.")
                         .arg(configurationUrl.toString(), Error::excerpt(statement->subject()), expected)};
    }
    if (auto signature = statement->verifyWith(statement->keys()); !signature)
        return signature.error();
    FederationAnchor out;
    out.m_fetchEndpoint = QUrl(statement->federationEntity(QLatin1String("federation_fetch_endpoint")));
    if (!out.m_fetchEndpoint.isValid() || out.m_fetchEndpoint.scheme().isEmpty()) {
        return Error{QStringLiteral("no-fetch-endpoint"),
                     tr("The trust anchor %1 names no fetch endpoint to ask about issuers.").arg(expected)};
    }
    out.m_configuration = std::move(statement.value());
    return out;
}

QUrl FederationAnchor::fetchUrl(const QString &subject) const
{
    // Encoded by hand: a DID's ':' stays readable in logs, while '&', '+', '#' and '%' in an
    // issuer id cannot change the request.
    QUrl url = m_fetchEndpoint;
    const QString sub = QStringLiteral("sub=") + QString::fromLatin1(QUrl::toPercentEncoding(subject, ":"));
    const QString existing = url.query(QUrl::FullyEncoded);
    url.setQuery(existing.isEmpty() ? sub : existing + QLatin1Char('&') + sub, QUrl::StrictMode);
    return url;
}

Result<EntityStatement> FederationAnchor::verifySubordinate(QByteArrayView jwt, const QString &subject) const
{
    return verifyChain({jwt.toByteArray()}, subject);
}

Result<EntityStatement> FederationAnchor::verifyChain(const QList<QByteArray> &chain, const QString &subject) const
{
    if (chain.isEmpty() || chain.size() > kMaxChainLength) {
        return Error{QStringLiteral("chain-too-long"),
                     tr("A trust chain has between 1 and %1 statements; this one has %2.")
                         .arg(kMaxChainLength)
                         .arg(chain.size())};
    }
    QList<EntityStatement> statements;
    for (const QByteArray &jwt : chain) {
        auto statement = EntityStatement::parse(jwt);
        if (!statement)
            return statement.error();
        statements.append(std::move(statement.value()));
    }
    // Each statement is about the entity the one before it was issued by, from the issuer's subject
    // up to the anchor.
    QString expectedSubject = subject;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const EntityStatement &statement = statements.at(i);
        if (statement.subject() != expectedSubject) {
            return Error{QStringLiteral("wrong-entity"),
                         tr("A statement in the trust chain is about %1 where %2 was expected.")
                             .arg(Error::excerpt(statement.subject()), Error::excerpt(expectedSubject))};
        }
        const bool last = i + 1 == statements.size();
        if (last && statement.issuer() != entityId()) {
            return Error{QStringLiteral("wrong-entity"),
                         tr("The trust chain ends at %1, not at the trust anchor %2.")
                             .arg(Error::excerpt(statement.issuer()), entityId())};
        }
        const QJsonArray &keys = last ? m_configuration.keys() : statements.at(i + 1).keys();
        if (auto signature = statement.verifyWith(keys); !signature)
            return signature.error();
        expectedSubject = statement.issuer();
    }
    return statements.first();
}

} // namespace Satchel
