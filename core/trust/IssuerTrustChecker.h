// Answers "who stands behind this issuer?" from the registry copies kept in the wallet's document
// cache, never from the network: a card, a certificate or `verify --json` gets the same line online
// and offline, and TrustRegistryUpdater is what brings the copies up to date.
//
// Each registry in use answers listed, not listed, or cannot answer (no copy yet, or a copy that
// does not pass its checks: an OpenID Federation statement is verified again against the anchor's
// configuration on every read). The first registry listing the issuer with a fresh copy wins, in
// the learner's order; a listing whose copy is older than kStaleAfterDays (or whose statement has
// expired) is "listed, but the registry's copy is N days old".
//
// One checker serves many issuers: each registry copy is read and checked once per checker. Like
// the Wallet it reads, it belongs to one thread.
#pragma once

#include "trust/DccRegistry.h"
#include "trust/FederationAnchor.h"
#include "trust/IssuerTrust.h"
#include "trust/TrustRegistry.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace Satchel {

class DocumentCache;
class Wallet;

class IssuerTrustChecker {
public:
    static constexpr int kStaleAfterDays = 30;

    // registries: those in use (TrustRegistrySettings::enabled), most authoritative first.
    IssuerTrustChecker(const DocumentCache &cache, QList<TrustRegistry> registries, QSet<QString> knownIssuers,
                       QDateTime now = QDateTime::currentDateTimeUtc());
    // The wallet's registries, switches, marks and cached copies (read only).
    explicit IssuerTrustChecker(const Wallet &wallet, QDateTime now = QDateTime::currentDateTimeUtc());
    ~IssuerTrustChecker();
    IssuerTrustChecker(const IssuerTrustChecker &) = delete;
    IssuerTrustChecker &operator=(const IssuerTrustChecker &) = delete;

    IssuerTrust check(const QString &issuerId) const;

private:
    struct Answer {
        enum class Kind { Listed, NotListed, Unchecked } kind = Kind::Unchecked;
        QString issuerName;
        QDateTime fetchedAt;
        bool expired = false;
    };
    struct DccCopy {
        std::optional<DccRegistry> registry;
        QDateTime fetchedAt;
    };
    Answer askDcc(const TrustRegistry &registry, const QString &issuerId) const;
    Answer askFederation(const TrustRegistry &registry, const QString &issuerId) const;
    const DccCopy &dccCopy(const TrustRegistry &registry) const;
    const std::optional<FederationAnchor> &anchor(const TrustRegistry &registry) const;

    std::unique_ptr<DocumentCache> m_ownCache;
    const DocumentCache &m_cache;
    QList<TrustRegistry> m_registries;
    QSet<QString> m_knownIssuers;
    QDateTime m_now;
    mutable QHash<QString, DccCopy> m_dccCopies;                             // by registry id
    mutable QHash<QString, std::optional<FederationAnchor>> m_anchors;       // by registry id
};

} // namespace Satchel
