#include "pathways/BadgrPathwayImporter.h"

#include "pathways/PathwayFormat.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace Satchel {

namespace {

QString elementId(const QJsonObject &o)
{
    for (const char *key : {"@id", "id", "entityId", "slug"}) {
        const QString v = o.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

QString badgeId(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    const QJsonObject o = v.toObject();
    for (const char *key : {"@id", "id", "openBadgeId", "badgeclassOpenBadgeId", "entityId"}) {
        const QString s = o.value(QLatin1String(key)).toString();
        if (!s.isEmpty())
            return s;
    }
    return {};
}

QString typeOf(const QJsonObject &o)
{
    const QString at = o.value(QLatin1String("@type")).toString();
    return at.isEmpty() ? o.value(QLatin1String("type")).toString() : at;
}

class Builder {
public:
    Pathway &p;
    QHash<QString, QJsonObject> flat;   // elements listed at the top level, by id
    QHash<QString, int> built;          // element id / badge id -> node
    QSet<QString> inProgress;
    int generated = 0;

    explicit Builder(Pathway &pathway) : p(pathway) {}

    Result<int> badge(const QString &id)
    {
        const QString key = QStringLiteral("badge:") + id;
        if (built.contains(key))
            return built.value(key);  // a badge required in two elements is one shared node
        if (p.nodes.size() >= PathwayFormat::kMaxNodes)
            return Error{QStringLiteral("pathway-too-large"), BadgrPathwayImporter::tr("The pathway has too many elements")};
        PathwayNode n;
        n.id = id;
        n.name = id;
        n.kind = PathwayNodeKind::Leaf;
        n.achievementId = id;
        built.insert(key, int(p.nodes.size()));
        p.nodes.append(n);
        return int(p.nodes.size() - 1);
    }

    Result<int> element(const QJsonValue &value, const QString &where, int depth)
    {
        if (depth > PathwayFormat::kMaxDepth)
            return Error{QStringLiteral("pathway-too-deep"),
                         BadgrPathwayImporter::tr("%1: elements are nested deeper than %2 levels").arg(where).arg(PathwayFormat::kMaxDepth)};
        QJsonObject o;
        QString id;
        if (value.isString()) {
            id = value.toString();
            if (!flat.contains(id))
                return Error{QStringLiteral("pathway-reference"),
                             BadgrPathwayImporter::tr("%1: no element has the id \"%2\"").arg(where, id)};
            o = flat.value(id);
        } else if (value.isObject()) {
            o = value.toObject();
            id = elementId(o);
        } else {
            return Error{QStringLiteral("badgr-invalid"), BadgrPathwayImporter::tr("%1: an element must be an object or an id").arg(where)};
        }
        if (id.isEmpty())
            id = QStringLiteral("_e%1").arg(++generated);
        const QString key = QStringLiteral("element:") + id;
        if (inProgress.contains(key))
            return Error{QStringLiteral("pathway-cycle"),
                         BadgrPathwayImporter::tr("%1: the element \"%2\" contains itself (a cycle)").arg(where, id)};
        if (built.contains(key))
            return built.value(key);
        if (p.nodes.size() >= PathwayFormat::kMaxNodes)
            return Error{QStringLiteral("pathway-too-large"), BadgrPathwayImporter::tr("The pathway has too many elements")};
        inProgress.insert(key);

        const int index = int(p.nodes.size());
        built.insert(key, index);
        PathwayNode n;
        n.id = id;
        n.name = o.value(QLatin1String("name")).toString();
        n.description = o.value(QLatin1String("description")).toString();
        n.criteriaUrl = o.value(QLatin1String("alignmentUrl")).toString();
        n.kind = PathwayNodeKind::AllOf;
        p.nodes.append(n);

        const QJsonArray children = o.value(QLatin1String("children")).toArray();
        const QJsonObject requirements = o.value(QLatin1String("requirements")).toObject();
        const QString junctionType = typeOf(requirements);
        QList<int> items;
        if (junctionType == QLatin1String("BadgeJunction")) {
            const QJsonArray badges = requirements.value(QLatin1String("badges")).toArray();
            for (const QJsonValue &b : badges) {
                const QString bid = badgeId(b);
                if (bid.isEmpty())
                    return Error{QStringLiteral("badgr-invalid"), BadgrPathwayImporter::tr("%1: a required badge has no id").arg(where)};
                auto leaf = badge(bid);
                if (!leaf) return leaf.error();
                items.append(*leaf);
            }
        } else {
            // ElementJunction, or no requirements: the listed elements, else the children.
            QJsonArray elements = requirements.value(QLatin1String("elements")).toArray();
            if (elements.isEmpty())
                elements = children;
            for (int i = 0; i < elements.size(); ++i) {
                QJsonValue e = elements.at(i);
                // An ElementJunction names children by id; find them among the inline children too.
                if (e.isString() && !flat.contains(e.toString())) {
                    for (const QJsonValue &c : children)
                        if (c.isObject() && elementId(c.toObject()) == e.toString())
                            e = c;
                }
                auto child = element(e, QStringLiteral("%1.elements[%2]").arg(where).arg(i), depth + 1);
                if (!child) return child.error();
                items.append(*child);
            }
            if (items.isEmpty()) {
                for (const QJsonValue &b : o.value(QLatin1String("badges")).toArray()) {
                    auto leaf = badge(badgeId(b));
                    if (!leaf) return leaf.error();
                    items.append(*leaf);
                }
            }
            if (items.isEmpty()) {
                const QString completion = badgeId(o.value(QLatin1String("completionBadge")));
                if (completion.isEmpty())
                    return Error{QStringLiteral("badgr-invalid"),
                                 BadgrPathwayImporter::tr("%1: the element \"%2\" requires nothing").arg(where, id)};
                auto leaf = badge(completion);
                if (!leaf) return leaf.error();
                items.append(*leaf);
            }
        }
        if (items.isEmpty())
            return Error{QStringLiteral("badgr-invalid"),
                         BadgrPathwayImporter::tr("%1: the element \"%2\" requires nothing").arg(where, id)};

        PathwayNode &node = p.nodes[index];
        node.children = items;
        const QJsonObject config = requirements.value(QLatin1String("junctionConfig")).toObject();
        const QString logic = typeOf(config);
        const int requiredNumber = config.value(QLatin1String("requiredNumber")).toInt(0);
        if (logic == QLatin1String("Disjunction")) {
            node.kind = PathwayNodeKind::AtLeast;
            node.requiredNumber = qBound(1, requiredNumber, int(items.size()));
        } else if (requiredNumber > 0 && requiredNumber < items.size()) {
            node.kind = PathwayNodeKind::AtLeast;
            node.requiredNumber = requiredNumber;
        }
        inProgress.remove(key);
        return index;
    }
};

} // namespace

bool BadgrPathwayImporter::looksLikeBadgr(const QJsonObject &o)
{
    const QString type = typeOf(o);
    return type == QLatin1String("Pathway") || type == QLatin1String("PathwayElement")
        || o.contains(QLatin1String("rootElement")) || o.contains(QLatin1String("requirements"));
}

Result<Pathway> BadgrPathwayImporter::fromJson(const QJsonObject &o)
{
    if (!looksLikeBadgr(o))
        return Error{QStringLiteral("badgr-not-pathway"), tr("This is not a Badgr/Canvas pathway")};
    Pathway p;
    p.source = QStringLiteral("badgr");
    Builder builder(p);
    const QJsonArray elements = o.value(QLatin1String("elements")).toArray();
    if (elements.size() > PathwayFormat::kMaxNodes)
        return Error{QStringLiteral("pathway-too-large"), tr("The pathway has too many elements")};
    for (const QJsonValue &e : elements) {
        const QString id = elementId(e.toObject());
        if (!id.isEmpty())
            builder.flat.insert(id, e.toObject());
    }

    QJsonValue root = o.value(QLatin1String("rootElement"));
    const bool wrapped = typeOf(o) == QLatin1String("Pathway") || !root.isUndefined();
    if (!wrapped)
        root = o;  // the object is itself the root element
    if (root.isUndefined() || root.isNull())
        return Error{QStringLiteral("badgr-invalid"), tr("The pathway has no root element")};
    auto rootIndex = builder.element(root, QStringLiteral("rootElement"), 1);
    if (!rootIndex)
        return rootIndex.error();
    p.root = *rootIndex;

    const QJsonObject rootObject = root.isString() ? builder.flat.value(root.toString()) : root.toObject();
    p.id = elementId(o);
    if (p.id.isEmpty())
        p.id = p.nodes.at(p.root).id;
    p.name = o.value(QLatin1String("name")).toString();
    if (p.name.isEmpty())
        p.name = p.nodes.at(p.root).name;
    if (p.name.isEmpty())
        p.name = p.id;
    p.description = o.value(QLatin1String("description")).toString();
    p.imageUrl = o.value(QLatin1String("image")).toString();
    const QString completion = badgeId(o.value(QLatin1String("completionBadge")).isUndefined()
                                           ? rootObject.value(QLatin1String("completionBadge"))
                                           : o.value(QLatin1String("completionBadge")));
    if (!completion.isEmpty()) {
        PathwayTarget target;
        target.achievementId = completion;
        p.target = target;
    }
    const Status status = PathwayFormat::validate(p);
    if (!status)
        return status.error();
    return p;
}

} // namespace Satchel
