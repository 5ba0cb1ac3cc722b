// The result of evaluating one pathway against the wallet: one NodeProgress per Pathway::nodes
// entry (same indices). Credential references are indices into PathwayEngine::credentials().
#pragma once

#include <QList>
#include <QString>

namespace Satchel {

struct CountedCredential {
    int credential = -1;
    QString matchedBy;   // "achievementId", "alternativeId", "alignment", "rule"
};

struct SkippedCredential {
    int credential = -1;
    QString reason;      // stable code: "revoked", "invalid", "not-yet-valid", "expired", "result-missing",
                         // "result-too-low", "order"
    QString message;     // translated explanation
};

struct NodeProgress {
    bool satisfied = false;
    double percent = 0;          // 0..100
    int have = 0;                // leaf: counted credentials (capped at need); group: satisfied children
    int need = 0;                // leaf: count; allOf: children; atLeast: requiredNumber; credits: 0
    double creditsEarned = 0;    // over the distinct credentials counted in this subtree
    double creditsRequired = 0;  // credits groups only
    int cost = 0;                // credentials still to earn to satisfy it (estimate, includes prerequisites)
    QList<CountedCredential> counted;   // leaf only
    QList<SkippedCredential> skipped;   // leaf only: matched but did not count
    QList<int> waitingFor;       // leaf only: unsatisfied leaves that must precede it
    QList<int> next;             // leaf node indices that would complete this node soonest
    QList<int> missing;          // unsatisfied leaves under this unsatisfied node
};

struct PathwayProgress {
    bool satisfied = false;
    double percent = 0;
    QList<NodeProgress> nodes;
    QList<int> usedCredentials;  // sorted indices of every credential counted somewhere
};

} // namespace Satchel
