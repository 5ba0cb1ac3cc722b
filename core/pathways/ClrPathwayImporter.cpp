#include "pathways/ClrPathwayImporter.h"

#include "formats/CredentialParser.h"
#include "pathways/PathwayFormat.h"

#include <QHash>
#include <QSet>


namespace Satchel {

Credential ClrPathwayImporter::clrFromJson(const QJsonObject &clr)
{
    Credential out;
    out.format = CredentialFormat::ClrJson;
    out.json = clr;
    CredentialParser::parseClr(clr, {}, out);
    return out;
}

namespace {

// What a CLR's associations say about its achievements (CLR 2.0, Association): which contain
// which, which precede which, which stand for one another.
struct ClrGraph {
    QHash<QString, const Achievement *> achievements; // the CLR's own list first, then the nested credentials'
    QList<QString> order; // achievement ids in first-mention order: node order stays deterministic
    QHash<QString, QStringList> children, alternatives, precedes;
    QSet<QString> hasParent;

    explicit ClrGraph(const Credential &clr)
    {
        for (const Achievement &a : clr.clrAchievements)
            if (!a.id.isEmpty() && !achievements.contains(a.id))
                achievements.insert(a.id, &a);
        for (const Credential &c : clr.nested)
            if (!c.achievement.id.isEmpty() && !achievements.contains(c.achievement.id))
                achievements.insert(c.achievement.id, &c.achievement);
        for (const Association &a : clr.associations)
            add(a);
    }

    QString nameOf(const QString &id) const
    {
        const Achievement *a = achievements.value(id);
        return a && !a->name.isEmpty() ? a->name : id;
    }

    // The tops of the hierarchy; one empty id when there is only ordering (one pathway: all of
    // the ordered achievements), the first mentioned when every parent is also a child (a cycle,
    // rejected by validate()).
    QStringList roots() const
    {
        QStringList out;
        for (const QString &id : order)
            if (children.contains(id) && !hasParent.contains(id))
                out << id;
        if (out.isEmpty())
            out << (children.isEmpty() ? QString() : order.first());
        return out;
    }

private:
    QSet<QString> m_mentioned;

    void mention(const QString &id)
    {
        if (!m_mentioned.contains(id)) {
            m_mentioned.insert(id);
            order.append(id);
        }
    }

    void add(const Association &a)
    {
        if (a.sourceId.isEmpty() || a.targetId.isEmpty())
            return;
        const QString &type = a.type;
        QString parent, child;
        if (type == QLatin1String("isParentOf")) {
            parent = a.sourceId;
            child = a.targetId;
        } else if (type == QLatin1String("isChildOf") || type == QLatin1String("isPartOf")) {
            parent = a.targetId;
            child = a.sourceId;
        } else if (type == QLatin1String("precedes")) {
            mention(a.sourceId);
            mention(a.targetId);
            if (!precedes[a.sourceId].contains(a.targetId))
                precedes[a.sourceId].append(a.targetId);
            return;
        } else if (type == QLatin1String("exactMatchOf") || type == QLatin1String("replacedBy")) {
            alternatives[a.sourceId].append(a.targetId);
            alternatives[a.targetId].append(a.sourceId);
            return;
        } else {
            return; // isPeerOf, isRelatedTo: no requirement structure
        }
        mention(parent);
        mention(child);
        if (!children[parent].contains(child))
            children[parent].append(child);
        hasParent.insert(child);
    }
};

// One pathway's nodes as they are added, each achievement once.
struct PathwayNodes {
    const ClrGraph &graph;
    Pathway &pathway;
    QHash<QString, int> index;

    // False once the pathway has more nodes than a pathway may have.
    bool add(const QString &id)
    {
        PathwayNode n;
        n.id = id;
        n.name = graph.nameOf(id);
        if (const Achievement *a = graph.achievements.value(id)) {
            n.description = a->description;
            n.criteriaUrl = a->criteriaId;
            if (a->creditsAvailable)
                n.credits = a->creditsAvailable;
        }
        if (graph.children.contains(id)) {
            n.kind = PathwayNodeKind::AllOf;
        } else {
            n.kind = PathwayNodeKind::Leaf;
            n.achievementId = id;
            n.alternativeIds = graph.alternatives.value(id);
        }
        index.insert(id, int(pathway.nodes.size()));
        pathway.nodes.append(n);
        return pathway.nodes.size() <= PathwayFormat::kMaxNodes;
    }

    // Breadth-first from the root; the index keeps a circular graph finite (validate() then
    // rejects it with a clear error).
    bool addTree(const QString &rootId)
    {
        QList<QString> queue{rootId};
        if (!add(rootId))
            return false;
        for (int qi = 0; qi < queue.size(); ++qi) {
            const QString parent = queue.at(qi);
            for (const QString &child : graph.children.value(parent)) {
                if (!index.contains(child)) {
                    if (!add(child))
                        return false;
                    queue.append(child);
                }
                pathway.nodes[index.value(parent)].children.append(index.value(child));
            }
        }
        pathway.root = index.value(rootId);
        return true;
    }

    // Ordering between two requirements of this pathway (leaves only: the engine orders earned badges).
    void addOrdering()
    {
        for (auto it = graph.precedes.constBegin(); it != graph.precedes.constEnd(); ++it) {
            const int from = index.value(it.key(), -1);
            if (from < 0 || pathway.nodes.at(from).kind != PathwayNodeKind::Leaf)
                continue;
            for (const QString &to : it.value()) {
                const int t = index.value(to, -1);
                if (t >= 0 && pathway.nodes.at(t).kind == PathwayNodeKind::Leaf)
                    pathway.nodes[from].precedes.append(to);
            }
        }
    }
};

} // namespace

Result<QList<Pathway>> ClrPathwayImporter::fromClr(const Credential &clr)
{
    if (clr.associations.size() > kMaxAssociations)
        return Error{QStringLiteral("pathway-too-large"),
                     tr("The CLR has more than %1 associations").arg(kMaxAssociations)};
    const ClrGraph graph(clr);
    if (graph.order.isEmpty())
        return Error{QStringLiteral("clr-no-associations"),
                     tr("The CLR has no parent/child or ordering associations to build a pathway from")};
    const Error tooLarge{QStringLiteral("pathway-too-large"), tr("The CLR's pathway is too large")};

    const QStringList roots = graph.roots();
    const QString baseId = clr.id.isEmpty() ? QStringLiteral("urn:satchel:clr-pathway") : clr.id;
    QList<Pathway> out;
    for (const QString &rootId : roots) {
        Pathway p;
        p.source = QStringLiteral("clr");
        p.owner = PathwayOwner{clr.issuer.id, clr.issuer.name, clr.issuer.url};
        PathwayNodes nodes{graph, p, {}};
        if (rootId.isEmpty()) {
            PathwayNode all;
            all.id = QStringLiteral("_all");
            all.name = clr.name;
            all.kind = PathwayNodeKind::AllOf;
            p.nodes.append(all);
            for (const QString &id : graph.order) {
                if (!nodes.add(id))
                    return tooLarge;
                p.nodes[0].children.append(nodes.index.value(id));
            }
            p.root = 0;
            p.id = baseId;
            p.name = clr.name.isEmpty() ? tr("Pathway from a CLR") : clr.name;
        } else {
            if (!nodes.addTree(rootId))
                return tooLarge;
            p.id = roots.size() == 1 ? baseId : baseId + QLatin1Char('#') + rootId;
            p.name = graph.nameOf(rootId);
            p.description = clr.name;
            // The target is the root achievement: its node already holds its name and criteria.
            const PathwayNode &root = p.nodes.at(p.root);
            PathwayTarget target;
            target.achievementId = rootId;
            target.name = root.name;
            target.url = root.criteriaUrl;
            if (const Achievement *a = graph.achievements.value(rootId))
                target.achievementType = a->achievementType;
            p.target = target;
        }
        nodes.addOrdering();
        const Status status = PathwayFormat::validate(p);
        if (!status)
            return status.error();
        out.append(p);
    }
    return out;
}

} // namespace Satchel
