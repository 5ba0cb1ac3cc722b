#include "trust/IssuerTrustChecker.h"

#include "net/DocumentCache.h"
#include "storage/Wallet.h"
#include "trust/KnownIssuers.h"
#include "trust/Logging.h"
#include "trust/TrustRegistrySettings.h"

namespace Satchel {

namespace {

// The wallet's documents for reading only: a checker never writes, so views holding a const
// Wallet can ask it.
class WalletCopies : public DocumentCache {
public:
    explicit WalletCopies(const Wallet &wallet) : m_wallet(wallet) {}
    std::optional<FetchedDocument> document(const QString &url) const override { return m_wallet.document(url); }
    Status putDocument(const FetchedDocument &) override
    {
        return Error{QStringLiteral("read-only"),
                     QCoreApplication::translate("Satchel::IssuerTrustChecker", "The trust checker keeps no documents.")};
    }

private:
    const Wallet &m_wallet;
};

} // namespace

IssuerTrustChecker::IssuerTrustChecker(const DocumentCache &cache, QList<TrustRegistry> registries,
                                       QSet<QString> knownIssuers, QDateTime now)
    : m_cache(cache), m_registries(std::move(registries)), m_knownIssuers(std::move(knownIssuers)), m_now(std::move(now))
{
}

IssuerTrustChecker::IssuerTrustChecker(const Wallet &wallet, QDateTime now)
    : m_ownCache(std::make_unique<WalletCopies>(wallet)), m_cache(*m_ownCache),
      m_registries(TrustRegistrySettings::enabled(TrustRegistrySettings::load(wallet))),
      m_knownIssuers(KnownIssuers::load(wallet)), m_now(std::move(now))
{
}

IssuerTrustChecker::~IssuerTrustChecker() = default;

IssuerTrust IssuerTrustChecker::check(const QString &issuerId) const
{
    IssuerTrust out;
    out.knownPersonally = m_knownIssuers.contains(issuerId);
    bool anyAnswered = false;
    std::optional<IssuerTrust> stale;
    for (const TrustRegistry &registry : m_registries) {
        const Answer answer = registry.format == TrustRegistry::Format::Dcc ? askDcc(registry, issuerId)
                                                                             : askFederation(registry, issuerId);
        if (answer.kind == Answer::Kind::Unchecked) {
            out.uncheckedRegistries.append(registry.name);
            continue;
        }
        anyAnswered = true;
        if (answer.kind != Answer::Kind::Listed)
            continue;
        IssuerTrust listed = out;
        listed.registryName = registry.name;
        listed.issuerName = answer.issuerName;
        listed.fetchedAt = answer.fetchedAt;
        listed.ageDays = int(answer.fetchedAt.daysTo(m_now));
        if (listed.ageDays <= kStaleAfterDays && !answer.expired) {
            listed.kind = IssuerTrust::Kind::Listed;
            return listed;
        }
        listed.kind = IssuerTrust::Kind::ListedStale;
        if (!stale)
            stale = listed;
    }
    if (stale) {
        stale->uncheckedRegistries = out.uncheckedRegistries;
        return *stale;
    }
    if (out.knownPersonally)
        out.kind = IssuerTrust::Kind::KnownPersonally;
    else if (anyAnswered)
        out.kind = IssuerTrust::Kind::NotListed;
    return out;
}

const IssuerTrustChecker::DccCopy &IssuerTrustChecker::dccCopy(const TrustRegistry &registry) const
{
    auto found = m_dccCopies.constFind(registry.id);
    if (found != m_dccCopies.constEnd())
        return *found;
    DccCopy copy;
    if (const auto document = m_cache.document(registry.cacheKey()); document && document->isSuccess()) {
        auto parsed = DccRegistry::parse(document->body);
        if (parsed) {
            copy.registry = std::move(parsed.value());
            copy.fetchedAt = document->fetchedAt;
        } else {
            qCWarning(lcTrust) << "kept copy of registry" << registry.id << "unreadable:" << parsed.error().code;
        }
    }
    return *m_dccCopies.insert(registry.id, std::move(copy));
}

IssuerTrustChecker::Answer IssuerTrustChecker::askDcc(const TrustRegistry &registry, const QString &issuerId) const
{
    const DccCopy &copy = dccCopy(registry);
    if (!copy.registry)
        return {};
    const auto entry = copy.registry->find(issuerId);
    if (!entry)
        return Answer{Answer::Kind::NotListed, {}, copy.fetchedAt};
    return Answer{Answer::Kind::Listed, entry->name, copy.fetchedAt};
}

const std::optional<FederationAnchor> &IssuerTrustChecker::anchor(const TrustRegistry &registry) const
{
    auto found = m_anchors.constFind(registry.id);
    if (found != m_anchors.constEnd())
        return *found;
    std::optional<FederationAnchor> anchor;
    if (const auto document = m_cache.document(registry.cacheKey()); document && document->isSuccess()) {
        auto checked = FederationAnchor::fromConfiguration(document->body, registry.url);
        if (checked)
            anchor = std::move(checked.value());
        else
            qCWarning(lcTrust) << "kept configuration of" << registry.id << "refused:" << checked.error().code;
    }
    return *m_anchors.insert(registry.id, std::move(anchor));
}

IssuerTrustChecker::Answer IssuerTrustChecker::askFederation(const TrustRegistry &registry,
                                                             const QString &issuerId) const
{
    const auto &federation = anchor(registry);
    if (!federation)
        return {};
    const auto document = m_cache.document(TrustRegistry::cacheKey(federation->fetchUrl(issuerId)));
    if (!document)
        return {};
    // The fetch endpoint's 404 is the anchor's "not a subordinate of mine" (section 8.1.2), kept so
    // that it answers offline too.
    if (document->httpStatus == 404)
        return Answer{Answer::Kind::NotListed, {}, document->fetchedAt};
    if (!document->isSuccess())
        return {};
    auto statement = federation->verifySubordinate(document->body, issuerId);
    if (!statement) {
        qCWarning(lcTrust) << "kept statement from" << registry.id << "refused:" << statement.error().code;
        return {};
    }
    QString name = statement->federationEntity(QLatin1String("organization_name"));
    if (name.isEmpty())
        name = issuerId;
    return Answer{Answer::Kind::Listed, name, document->fetchedAt, statement->expiresAt() < m_now};
}

} // namespace Satchel
