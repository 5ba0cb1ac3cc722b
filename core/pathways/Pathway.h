// A stackable pathway: a named tree (a DAG once node references are resolved) of requirements over
// earned credentials. This is the in-memory model every importer produces (our JSON format, CLR 2.0
// associations, the Badgr/Canvas junction model) and the progress engine evaluates.
// The file format is described in pathways/README.md.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Satchel {

enum class PathwayNodeKind {
    AllOf,    // every child
    AtLeast,  // at least requiredNumber children
    Credits,  // at least requiredCredits, summed over the distinct credentials counted below it
    Leaf      // matches earned credentials
};

// "minResult": a credential counts only with a result for resultDescription whose value is
// >= minValue (numeric), or is one of acceptedValues (value or achievedLevel).
struct PathwayResultRule {
    QString resultDescription;
    std::optional<double> minValue;
    QStringList acceptedValues;
};

struct PathwayNode {
    QString id;                   // unique within the pathway (generated when the source has none)
    QString name;
    QString description;
    QString criteriaUrl;          // where to read how to earn it (leaf) or about the group
    PathwayNodeKind kind = PathwayNodeKind::Leaf;
    int requiredNumber = 0;       // AtLeast
    double requiredCredits = 0;   // Credits
    QList<int> children;          // indices into Pathway::nodes (a child may have several parents)

    // Leaf matching: a credential matches when any of these match (OR).
    QString achievementId;        // OB 3.0 Achievement id / OB 2.0 BadgeClass id
    QStringList alternativeIds;   // other ids of the same achievement (matched against id, related, otherIdentifier)
    QString alignmentUrl;         // Alignment.targetUrl (CTDL proxyFor, CASE item...)
    QString ruleIssuer;           // rule: issuer id (optional) with ruleTag and/or ruleAchievementType
    QString ruleTag;
    QString ruleAchievementType;

    int count = 1;                        // Leaf: how many distinct matching credentials are needed
    std::optional<double> credits;        // Leaf: credits per credential when the credential states none
    std::optional<bool> mustBeValid;      // Leaf: overrides Pathway::mustBeValid
    std::optional<PathwayResultRule> minResult;
    QStringList precedes;                 // Leaf: ids of leaves that must be issued after this one

    bool hasRule() const { return !ruleTag.isEmpty() || !ruleAchievementType.isEmpty(); }
};

struct PathwayOwner {
    QString id;
    QString name;
    QString url;
};

// What completing the pathway earns (informational; the engine does not award anything).
struct PathwayTarget {
    QString achievementId;
    QString name;
    QString achievementType;
    QString url;
};

struct Pathway {
    static constexpr int kFormatVersion = 1;

    QString id;
    QString name;
    QString description;
    QString imageUrl;
    PathwayOwner owner;
    std::optional<PathwayTarget> target;
    bool mustBeValid = true;      // expired credentials do not count unless a leaf allows them
    QString source;               // "satchel", "clr", "badgr": where the definition came from
    QList<PathwayNode> nodes;
    int root = -1;                // index into nodes

    int indexOf(const QString &nodeId) const
    {
        for (int i = 0; i < nodes.size(); ++i)
            if (nodes.at(i).id == nodeId)
                return i;
        return -1;
    }
};

} // namespace Satchel
