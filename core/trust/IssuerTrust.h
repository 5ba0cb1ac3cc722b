// Who stands behind a credential's issuer, as the learner's trust registries say: the trust line
// shown on cards, the detail page, certificates, the advisor's review and `verify --json`
// ("issuerTrust"). It is never part of the cryptographic verdict: a valid signature from an
// unlisted issuer stays valid, and a listed issuer does not make a bad signature good.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Satchel {

struct IssuerTrust {
    Q_DECLARE_TR_FUNCTIONS(Satchel::IssuerTrust)
public:
    enum class Kind {
        Unknown,         // no registry in use has a copy to answer from (none enabled, never fetched)
        NotListed,       // the registries that answered do not list the issuer
        KnownPersonally, // not listed, but the learner marked the issuer as known to them
        ListedStale,     // listed, but the registry's copy is older than the freshness limit
        Listed,          // listed by a registry whose copy is fresh
    };

    Kind kind = Kind::Unknown;
    QString registryName;  // the registry that lists the issuer
    QString issuerName;    // the issuer's name in that registry
    QDateTime fetchedAt;   // when that registry's copy was fetched
    int ageDays = 0;       // how old that copy is
    bool knownPersonally = false;
    // Registries in use that could not answer for this issuer (no copy yet, or a copy that failed
    // its signature check): "not listed" only speaks for the others.
    QStringList uncheckedRegistries;

    bool isListed() const { return kind == Kind::Listed || kind == Kind::ListedStale; }
    // "listed", "listed-stale", "known-personally", "not-listed", "unknown": stable, for --json.
    QString code() const;
    // The trust line: "Listed by REGISTRY as NAME", "Listed by ..., but the registry's copy is N days
    // old", "Not listed in the registries you use"...
    QString line() const;
    QJsonObject toJson() const;
    // A symbol beside the line on cards and pages, so the state never rests on colour alone:
    // a check mark (listed), a clock (stale copy), a star (known personally), a question mark.
    QString symbol() const;
};

} // namespace Satchel
