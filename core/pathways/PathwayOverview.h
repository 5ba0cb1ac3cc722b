// What the Pathways view and the detail view's "Counts toward" show, worked out without widgets so
// that it is tested like the engine: per pathway a flat, pre-order list of requirement rows (state,
// translated labels, the credentials that count and why, what is missing, the links to follow).
#pragma once

#include "pathways/Pathway.h"
#include "pathways/PathwayEngine.h"
#include "pathways/PathwayProgress.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace Satchel {

enum class PathwayNodeState { Met, PartlyMet, NotMet };

struct PathwayNodeRow {
    int node = -1; // index into Pathway::nodes
    int depth = 0; // 0 for the top requirement
    PathwayNodeState state = PathwayNodeState::NotMet;
    QString title; // the requirement's name (its id when it has none)
    QString rule; // "All of 3", "At least 4 of 6", "At least 12 credits", "Badge ..."
    QString progress; // "2 of 4", "10 of 12 credits", "earned"
    double percent = 0;
    bool isLeaf = false;
    bool isNext = false; // one of the pathway's "next" suggestions
    QStringList counted; // "Name (matched by achievement id)"
    QStringList notCounted; // "Name: why not"
    QStringList missing; // group not met: the unmet badge requirements below it
    QStringList next; // not met: what would complete it soonest
    QString waitingFor; // leaf: the requirements that must be earned first
    qint64 credentialId = 0; // leaf: the wallet row of the first credential that counts
    QUrl criteriaUrl; // leaf not met: where to read how to earn it (http/https only)
};

struct PathwayCountsToward {
    QString pathwayId;
    QString pathwayName;
    double percent = 0;
    bool satisfied = false;
    QStringList requirements; // the names of the requirements the credential counts for

    bool operator==(const PathwayCountsToward &other) const
    {
        return pathwayId == other.pathwayId && pathwayName == other.pathwayName && percent == other.percent
            && satisfied == other.satisfied && requirements == other.requirements;
    }
};

class PathwayOverview {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PathwayOverview)
public:
    static QList<PathwayNodeRow> rows(
        const Pathway &pathway, const PathwayProgress &progress, const PathwayEngine &engine);
    static QString stateText(PathwayNodeState state); // "Met", "Partly met", "Not met"
    static QString ownerText(const Pathway &pathway); // owner name, else owner id, else "You"
    // The names of the pathway's "next" suggestions, in order.
    static QStringList nextNames(const Pathway &pathway, const PathwayProgress &progress);
    // Where the credential with this engine key counts, or an empty result.
    static std::optional<PathwayCountsToward> countsToward(const Pathway &pathway, const PathwayProgress &progress,
        const PathwayEngine &engine, const QString &credentialKey);

private:
    static void addRows(const Pathway &pathway, const PathwayProgress &progress, const PathwayEngine &engine, int index,
        int depth, const QList<int> &next, QList<PathwayNodeRow> &out);
};

} // namespace Satchel
