#include "pathways/PathwayOverview.h"

#include "pathways/PathwayFormat.h"

namespace Satchel {

namespace {

QString nodeTitle(const PathwayNode &n)
{
    return n.name.isEmpty() ? n.id : n.name;
}

QString matchedByText(const QString &code)
{
    if (code == QLatin1String("achievementId"))
        return PathwayOverview::tr("matched by achievement id");
    if (code == QLatin1String("alternativeId"))
        return PathwayOverview::tr("matched by an alternative id");
    if (code == QLatin1String("alignment"))
        return PathwayOverview::tr("matched by alignment");
    if (code == QLatin1String("rule"))
        return PathwayOverview::tr("matched by rule");
    return code;
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QString ruleText(const PathwayNode &n)
{
    switch (n.kind) {
    case PathwayNodeKind::AllOf:
        return PathwayOverview::tr("All of %n", nullptr, int(n.children.size()));
    case PathwayNodeKind::AtLeast:
        return PathwayOverview::tr("At least %1 of %2").arg(n.requiredNumber).arg(n.children.size());
    case PathwayNodeKind::Credits:
        return PathwayOverview::tr("At least %1 credits").arg(n.requiredCredits);
    case PathwayNodeKind::Leaf:
        break;
    }
    if (n.hasRule()) {
        QStringList parts;
        if (!n.ruleTag.isEmpty())
            parts << PathwayOverview::tr("tagged “%1”").arg(n.ruleTag);
        if (!n.ruleAchievementType.isEmpty())
            parts << PathwayOverview::tr("of type %1").arg(n.ruleAchievementType);
        if (!n.ruleIssuer.isEmpty())
            parts << PathwayOverview::tr("from %1").arg(n.ruleIssuer);
        return PathwayOverview::tr("%n badge(s) %1", nullptr, n.count).arg(parts.join(QLatin1Char(' ')));
    }
    if (n.count > 1)
        return PathwayOverview::tr("%n badge(s)", nullptr, n.count);
    return PathwayOverview::tr("Badge");
}

} // namespace

QString PathwayOverview::stateText(PathwayNodeState state)
{
    switch (state) {
    case PathwayNodeState::Met:
        return tr("Met");
    case PathwayNodeState::PartlyMet:
        return tr("Partly met");
    case PathwayNodeState::NotMet:
        return tr("Not met");
    }
    return {};
}

QString PathwayOverview::ownerText(const Pathway &pathway)
{
    if (!pathway.owner.name.isEmpty())
        return pathway.owner.name;
    if (!pathway.owner.id.isEmpty())
        return pathway.owner.id;
    return tr("You");
}

QStringList PathwayOverview::nextNames(const Pathway &pathway, const PathwayProgress &progress)
{
    QStringList out;
    if (pathway.root < 0 || pathway.root >= progress.nodes.size())
        return out;
    for (int i : progress.nodes.at(pathway.root).next)
        out << nodeTitle(pathway.nodes.at(i));
    return out;
}

QList<PathwayNodeRow> PathwayOverview::rows(
    const Pathway &pathway, const PathwayProgress &progress, const PathwayEngine &engine)
{
    QList<PathwayNodeRow> out;
    if (pathway.root < 0 || pathway.root >= progress.nodes.size())
        return out;
    addRows(pathway, progress, engine, pathway.root, 0, progress.nodes.at(pathway.root).next, out);
    return out;
}

void PathwayOverview::addRows(const Pathway &pathway, const PathwayProgress &progress, const PathwayEngine &engine,
    int index, int depth, const QList<int> &next, QList<PathwayNodeRow> &out)
{
    const PathwayNode &n = pathway.nodes.at(index);
    const NodeProgress &np = progress.nodes.at(index);
    PathwayNodeRow row;
    row.node = index;
    row.depth = depth;
    row.state = np.satisfied ? PathwayNodeState::Met
        : np.percent > 0     ? PathwayNodeState::PartlyMet
                             : PathwayNodeState::NotMet;
    row.title = nodeTitle(n);
    row.rule = ruleText(n);
    row.percent = np.percent;
    row.isLeaf = n.kind == PathwayNodeKind::Leaf;
    row.isNext = next.contains(index);
    switch (n.kind) {
    case PathwayNodeKind::Credits:
        row.progress = tr("%1 of %2 credits").arg(np.creditsEarned).arg(n.requiredCredits);
        break;
    case PathwayNodeKind::Leaf:
        row.progress = np.satisfied && np.need <= 1 ? tr("Earned") : tr("%1 of %2").arg(np.have).arg(np.need);
        break;
    default:
        row.progress = tr("%1 of %2").arg(np.have).arg(np.need);
        break;
    }
    const QList<EarnedCredential> &credentials = engine.credentials();
    for (const CountedCredential &c : np.counted) {
        const EarnedCredential &e = credentials.at(c.credential);
        row.counted << tr("%1 (%2)").arg(e.name, matchedByText(c.matchedBy));
        if (row.credentialId == 0)
            row.credentialId = e.key.toLongLong();
    }
    for (const SkippedCredential &s : np.skipped)
        row.notCounted << tr("%1: %2").arg(credentials.at(s.credential).name, s.message);
    if (!np.satisfied) {
        for (int m : np.missing)
            if (m != index)
                row.missing << nodeTitle(pathway.nodes.at(m));
        for (int x : np.next)
            if (x != index)
                row.next << nodeTitle(pathway.nodes.at(x));
    }
    QStringList waiting;
    for (int w : np.waitingFor)
        waiting << nodeTitle(pathway.nodes.at(w));
    row.waitingFor = waiting.join(QStringLiteral(", "));
    if (row.isLeaf && !np.satisfied) {
        // The requirement's own criteria page first; an achievement id that is a web address
        // (an OB 2.0 BadgeClass) describes the badge too.
        const QUrl criteria(n.criteriaUrl);
        const QUrl achievement(n.achievementId);
        if (isWebUrl(criteria))
            row.criteriaUrl = criteria;
        else if (isWebUrl(achievement))
            row.criteriaUrl = achievement;
    }
    out.append(row);
    // Definitions are acyclic and depth-bounded after validation; the bound here only keeps a
    // damaged definition from recursing without end.
    if (depth >= PathwayFormat::kMaxDepth)
        return;
    for (int child : n.children)
        addRows(pathway, progress, engine, child, depth + 1, next, out);
}

std::optional<PathwayCountsToward> PathwayOverview::countsToward(
    const Pathway &pathway, const PathwayProgress &progress, const PathwayEngine &engine, const QString &credentialKey)
{
    PathwayCountsToward result;
    for (int i = 0; i < pathway.nodes.size() && i < progress.nodes.size(); ++i) {
        for (const CountedCredential &c : progress.nodes.at(i).counted) {
            if (engine.credentials().at(c.credential).key == credentialKey) {
                const QString title = nodeTitle(pathway.nodes.at(i));
                if (!result.requirements.contains(title))
                    result.requirements << title;
            }
        }
    }
    if (result.requirements.isEmpty())
        return std::nullopt;
    result.pathwayId = pathway.id;
    result.pathwayName = pathway.name;
    result.percent = progress.percent;
    result.satisfied = progress.satisfied;
    return result;
}

} // namespace Satchel
