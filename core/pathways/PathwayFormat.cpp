#include "pathways/PathwayFormat.h"

#include "jsonld/SafeJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <functional>

namespace Satchel {

namespace {

const QString kVersionKey = QStringLiteral("satchelPathway");

Error invalid(const QString &message)
{
    return Error{QStringLiteral("pathway-invalid"), message};
}

// Reads one node object at `where` (a dotted path for error messages) into the pathway. The
// children that are strings are references, resolved once every node is known.
class Reader {
public:
    Pathway &pathway;
    QHash<QString, int> byId;
    struct PendingRef {
        int parent;
        QString id;
        QString where;
    };
    QList<PendingRef> refs;
    int generated = 0;

    explicit Reader(Pathway &p) : pathway(p) {}

    Result<QString> string(const QJsonObject &o, const QString &key, const QString &where, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return invalid(PathwayFormat::tr("%1: \"%2\" is required").arg(where, key));
            return QString();
        }
        if (!v.isString())
            return invalid(PathwayFormat::tr("%1: \"%2\" must be a string").arg(where, key));
        const QString s = v.toString();
        if (s.size() > PathwayFormat::kMaxStringLength)
            return invalid(PathwayFormat::tr("%1: \"%2\" is longer than %3 characters")
                               .arg(where, key).arg(PathwayFormat::kMaxStringLength));
        if (required && s.trimmed().isEmpty())
            return invalid(PathwayFormat::tr("%1: \"%2\" must not be empty").arg(where, key));
        return s;
    }

    Result<QStringList> stringList(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return QStringList();
        if (!v.isArray())
            return invalid(PathwayFormat::tr("%1: \"%2\" must be an array of strings").arg(where, key));
        QStringList out;
        const QJsonArray a = v.toArray();
        if (a.size() > PathwayFormat::kMaxChildren)
            return invalid(PathwayFormat::tr("%1: \"%2\" has more than %3 entries")
                               .arg(where, key).arg(PathwayFormat::kMaxChildren));
        for (const QJsonValue &e : a) {
            if (!e.isString() || e.toString().isEmpty() || e.toString().size() > PathwayFormat::kMaxStringLength)
                return invalid(PathwayFormat::tr("%1: \"%2\" must be an array of non-empty strings").arg(where, key));
            out << e.toString();
        }
        return out;
    }

    Result<int> node(const QJsonObject &o, const QString &where, int depth)
    {
        if (depth > PathwayFormat::kMaxDepth)
            return Error{QStringLiteral("pathway-too-deep"),
                         PathwayFormat::tr("%1: requirements are nested deeper than %2 levels")
                             .arg(where).arg(PathwayFormat::kMaxDepth)};
        if (pathway.nodes.size() >= PathwayFormat::kMaxNodes)
            return Error{QStringLiteral("pathway-too-large"),
                         PathwayFormat::tr("The pathway has more than %1 requirements").arg(PathwayFormat::kMaxNodes)};

        PathwayNode n;
        auto id = string(o, QStringLiteral("id"), where, false);
        if (!id) return id.error();
        n.id = *id;
        auto name = string(o, QStringLiteral("name"), where, false);
        if (!name) return name.error();
        n.name = *name;
        auto description = string(o, QStringLiteral("description"), where, false);
        if (!description) return description.error();
        n.description = *description;
        auto criteria = string(o, QStringLiteral("criteria"), where, false);
        if (!criteria) return criteria.error();
        n.criteriaUrl = *criteria;

        const bool hasAll = o.contains(QLatin1String("allOf"));
        const bool hasAtLeast = o.contains(QLatin1String("atLeast"));
        const bool hasCredits = o.contains(QLatin1String("atLeastCredits"));
        const int groupKinds = int(hasAll) + int(hasAtLeast) + int(hasCredits);
        if (groupKinds > 1)
            return invalid(PathwayFormat::tr("%1: use only one of \"allOf\", \"atLeast\", \"atLeastCredits\"").arg(where));

        const int index = int(pathway.nodes.size());
        if (n.id.isEmpty())
            n.id = QStringLiteral("_n%1").arg(++generated);
        if (byId.contains(n.id))
            return Error{QStringLiteral("pathway-duplicate-id"),
                         PathwayFormat::tr("%1: the id \"%2\" is used by two requirements").arg(where, n.id)};
        byId.insert(n.id, index);
        pathway.nodes.append(n);  // children filled below; `n` stays the working copy

        QString childrenKey;
        if (hasAll) {
            n.kind = PathwayNodeKind::AllOf;
            childrenKey = QStringLiteral("allOf");
        } else if (hasAtLeast) {
            n.kind = PathwayNodeKind::AtLeast;
            childrenKey = QStringLiteral("of");
            const QJsonValue v = o.value(QLatin1String("atLeast"));
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 1 || d != std::floor(d) || d > PathwayFormat::kMaxChildren)
                return invalid(PathwayFormat::tr("%1: \"atLeast\" must be a whole number of at least 1").arg(where));
            n.requiredNumber = int(d);
        } else if (hasCredits) {
            n.kind = PathwayNodeKind::Credits;
            childrenKey = QStringLiteral("from");
            const QJsonValue v = o.value(QLatin1String("atLeastCredits"));
            if (!v.isDouble() || !(v.toDouble() > 0) || !std::isfinite(v.toDouble()))
                return invalid(PathwayFormat::tr("%1: \"atLeastCredits\" must be a number above 0").arg(where));
            n.requiredCredits = v.toDouble();
        }

        if (groupKinds == 1) {
            if (Status read = readGroup(o, where, depth, index, childrenKey, n); !read)
                return read.error();
        } else if (Status read = readLeaf(o, where, n); !read) {
            return read.error();
        }
        pathway.nodes[index] = n;
        return index;
    }

    // A group's children, inline objects or ids of requirements defined elsewhere (resolved later).
    Status readGroup(const QJsonObject &o, const QString &where, int depth, int index, const QString &childrenKey,
                     PathwayNode &n)
    {
        const QJsonValue cv = o.value(childrenKey);
        if (!cv.isArray() || cv.toArray().isEmpty())
            return invalid(PathwayFormat::tr("%1: \"%2\" must be a non-empty array of requirements").arg(where, childrenKey));
        const QJsonArray children = cv.toArray();
        if (children.size() > PathwayFormat::kMaxChildren)
            return invalid(PathwayFormat::tr("%1: \"%2\" has more than %3 requirements")
                               .arg(where, childrenKey).arg(PathwayFormat::kMaxChildren));
        for (int i = 0; i < children.size(); ++i) {
            const QString childWhere = QStringLiteral("%1.%2[%3]").arg(where, childrenKey).arg(i);
            const QJsonValue c = children.at(i);
            if (c.isString()) {
                refs.append({index, c.toString(), childWhere});
                n.children.append(-1);
            } else if (c.isObject()) {
                auto child = node(c.toObject(), childWhere, depth + 1);
                if (!child) return child.error();
                n.children.append(*child);
            } else {
                return invalid(PathwayFormat::tr("%1: a requirement must be an object or the id of one").arg(childWhere));
            }
        }
        for (const char *leafKey : {"achievementId", "alternativeIds", "alignmentUrl", "rule", "minResult", "precedes", "count", "credits"}) {
            if (o.contains(QLatin1String(leafKey)))
                return invalid(PathwayFormat::tr("%1: \"%2\" belongs on a badge requirement, not on a group").arg(where, QLatin1String(leafKey)));
        }
        return {};
    }

    // A badge requirement: what it matches and how many, credits, validity, result, order.
    Status readLeaf(const QJsonObject &o, const QString &where, PathwayNode &n)
    {
        n.kind = PathwayNodeKind::Leaf;
        auto achievementId = string(o, QStringLiteral("achievementId"), where, false);
        if (!achievementId) return achievementId.error();
        n.achievementId = *achievementId;
        auto alternatives = stringList(o, QStringLiteral("alternativeIds"), where);
        if (!alternatives) return alternatives.error();
        n.alternativeIds = *alternatives;
        auto alignment = string(o, QStringLiteral("alignmentUrl"), where, false);
        if (!alignment) return alignment.error();
        n.alignmentUrl = *alignment;
        if (Status read = readRule(o, where, n); !read)
            return read.error();
        if (n.achievementId.isEmpty() && n.alternativeIds.isEmpty() && n.alignmentUrl.isEmpty() && !n.hasRule())
            return invalid(PathwayFormat::tr("%1: a requirement needs \"allOf\", \"atLeast\" or \"atLeastCredits\", "
                                             "or something to match: \"achievementId\", \"alternativeIds\", "
                                             "\"alignmentUrl\" or \"rule\"").arg(where));
        if (o.contains(QLatin1String("count"))) {
            const QJsonValue v = o.value(QLatin1String("count"));
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 1 || d != std::floor(d) || d > PathwayFormat::kMaxLeafCount)
                return invalid(PathwayFormat::tr("%1: \"count\" must be a whole number from 1 to %2")
                                   .arg(where).arg(PathwayFormat::kMaxLeafCount));
            n.count = int(d);
        }
        if (o.contains(QLatin1String("credits"))) {
            const QJsonValue v = o.value(QLatin1String("credits"));
            if (!v.isDouble() || v.toDouble() < 0 || !std::isfinite(v.toDouble()))
                return invalid(PathwayFormat::tr("%1: \"credits\" must be a number of at least 0").arg(where));
            n.credits = v.toDouble();
        }
        if (o.contains(QLatin1String("mustBeValid"))) {
            if (!o.value(QLatin1String("mustBeValid")).isBool())
                return invalid(PathwayFormat::tr("%1: \"mustBeValid\" must be true or false").arg(where));
            n.mustBeValid = o.value(QLatin1String("mustBeValid")).toBool();
        }
        if (Status read = readMinResult(o, where, n); !read)
            return read.error();
        auto precedes = stringList(o, QStringLiteral("precedes"), where);
        if (!precedes) return precedes.error();
        n.precedes = *precedes;
        return {};
    }

    // "rule": any badge from an issuer with a tag or an achievement type.
    Status readRule(const QJsonObject &o, const QString &where, PathwayNode &n)
    {
        if (!o.contains(QLatin1String("rule")))
            return {};
        const QJsonValue rv = o.value(QLatin1String("rule"));
        if (!rv.isObject())
            return invalid(PathwayFormat::tr("%1: \"rule\" must be an object").arg(where));
        const QJsonObject r = rv.toObject();
        const QString rw = where + QStringLiteral(".rule");
        auto issuer = string(r, QStringLiteral("issuer"), rw, false);
        if (!issuer) return issuer.error();
        auto tag = string(r, QStringLiteral("tag"), rw, false);
        if (!tag) return tag.error();
        auto type = string(r, QStringLiteral("achievementType"), rw, false);
        if (!type) return type.error();
        if (tag->isEmpty() && type->isEmpty())
            return invalid(PathwayFormat::tr("%1: a rule needs a \"tag\" or an \"achievementType\"").arg(rw));
        n.ruleIssuer = *issuer;
        n.ruleTag = *tag;
        n.ruleAchievementType = *type;
        return {};
    }

    // "minResult": the result the credential must show (a minimum value or one of some values).
    Status readMinResult(const QJsonObject &o, const QString &where, PathwayNode &n)
    {
        if (!o.contains(QLatin1String("minResult")))
            return {};
        const QJsonValue mv = o.value(QLatin1String("minResult"));
        const QString mw = where + QStringLiteral(".minResult");
        if (!mv.isObject())
            return invalid(PathwayFormat::tr("%1: must be an object").arg(mw));
        const QJsonObject m = mv.toObject();
        PathwayResultRule rule;
        auto rd = string(m, QStringLiteral("resultDescription"), mw, true);
        if (!rd) return rd.error();
        rule.resultDescription = *rd;
        if (m.contains(QLatin1String("minValue"))) {
            const QJsonValue v = m.value(QLatin1String("minValue"));
            if (!v.isDouble() || !std::isfinite(v.toDouble()))
                return invalid(PathwayFormat::tr("%1: \"minValue\" must be a number").arg(mw));
            rule.minValue = v.toDouble();
        }
        auto accepted = stringList(m, QStringLiteral("acceptedValues"), mw);
        if (!accepted) return accepted.error();
        rule.acceptedValues = *accepted;
        if (!rule.minValue && rule.acceptedValues.isEmpty())
            return invalid(PathwayFormat::tr("%1: give \"minValue\" or \"acceptedValues\"").arg(mw));
        n.minResult = rule;
        return {};
    }
};

} // namespace

bool PathwayFormat::isSatchelPathway(const QJsonObject &object)
{
    return object.contains(kVersionKey);
}

Result<Pathway> PathwayFormat::read(const QByteArray &bytes)
{
    if (bytes.size() > kMaxFileBytes)
        return Error{QStringLiteral("pathway-too-large"),
                     tr("The pathway file is larger than %1 KiB").arg(kMaxFileBytes / 1024)};
    // The pathway's own depth bound (requirements) is checked while reading; the JSON bound is
    // looser so that such a file gets that clearer error.
    auto object = SafeJson::parseObject(bytes, kMaxJsonDepth, kMaxFileBytes);
    if (!object) {
        if (object.error().code == QLatin1String("not-a-credential"))
            return Error{QStringLiteral("pathway-malformed"), tr("A pathway file must hold one JSON object")};
        if (object.error().code == QLatin1String("too-large"))
            return Error{QStringLiteral("pathway-too-deep"), object.error().message};
        if (object.error().code == QLatin1String("duplicate-key"))
            return Error{QStringLiteral("pathway-malformed"), object.error().message};
        return Error{QStringLiteral("pathway-malformed"),
                     tr("The pathway file is not valid JSON: %1").arg(object.error().message)};
    }
    return fromJson(*object);
}

Result<Pathway> PathwayFormat::fromJson(const QJsonObject &o)
{
    if (!o.contains(kVersionKey))
        return Error{QStringLiteral("pathway-not-satchel"),
                     tr("This is not a Satchel pathway: the \"satchelPathway\" version number is missing")};
    const QJsonValue version = o.value(kVersionKey);
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1)
        return invalid(tr("\"satchelPathway\" must be the format version number, 1"));
    if (version.toDouble() > Pathway::kFormatVersion)
        return Error{QStringLiteral("pathway-version"),
                     tr("The pathway uses format version %1; this Satchel reads version %2. Update Satchel to import it.")
                         .arg(version.toInt()).arg(Pathway::kFormatVersion)};

    Pathway p;
    p.source = QStringLiteral("satchel");
    Reader reader(p);
    const QString top = tr("pathway");
    auto id = reader.string(o, QStringLiteral("id"), top, true);
    if (!id) return id.error();
    p.id = *id;
    auto name = reader.string(o, QStringLiteral("name"), top, true);
    if (!name) return name.error();
    p.name = *name;
    auto description = reader.string(o, QStringLiteral("description"), top, false);
    if (!description) return description.error();
    p.description = *description;
    auto image = reader.string(o, QStringLiteral("image"), top, false);
    if (!image) return image.error();
    p.imageUrl = *image;
    if (o.contains(QLatin1String("mustBeValid"))) {
        if (!o.value(QLatin1String("mustBeValid")).isBool())
            return invalid(tr("%1: \"mustBeValid\" must be true or false").arg(top));
        p.mustBeValid = o.value(QLatin1String("mustBeValid")).toBool();
    }
    if (o.contains(QLatin1String("owner"))) {
        if (!o.value(QLatin1String("owner")).isObject())
            return invalid(tr("%1: \"owner\" must be an object").arg(top));
        const QJsonObject owner = o.value(QLatin1String("owner")).toObject();
        const QString w = QStringLiteral("owner");
        auto oid = reader.string(owner, QStringLiteral("id"), w, false);
        if (!oid) return oid.error();
        auto oname = reader.string(owner, QStringLiteral("name"), w, false);
        if (!oname) return oname.error();
        auto ourl = reader.string(owner, QStringLiteral("url"), w, false);
        if (!ourl) return ourl.error();
        p.owner = PathwayOwner{*oid, *oname, *ourl};
    }
    if (o.contains(QLatin1String("target"))) {
        if (!o.value(QLatin1String("target")).isObject())
            return invalid(tr("%1: \"target\" must be an object").arg(top));
        const QJsonObject t = o.value(QLatin1String("target")).toObject();
        const QString w = QStringLiteral("target");
        PathwayTarget target;
        auto tid = reader.string(t, QStringLiteral("achievementId"), w, false);
        if (!tid) return tid.error();
        auto tname = reader.string(t, QStringLiteral("name"), w, false);
        if (!tname) return tname.error();
        auto ttype = reader.string(t, QStringLiteral("achievementType"), w, false);
        if (!ttype) return ttype.error();
        auto turl = reader.string(t, QStringLiteral("url"), w, false);
        if (!turl) return turl.error();
        target = PathwayTarget{*tid, *tname, *ttype, *turl};
        p.target = target;
    }

    const QJsonValue requirements = o.value(QLatin1String("requirements"));
    if (!requirements.isObject())
        return invalid(tr("%1: \"requirements\" must be an object (the top requirement)").arg(top));
    auto root = reader.node(requirements.toObject(), QStringLiteral("requirements"), 1);
    if (!root) return root.error();
    p.root = *root;

    if (o.contains(QLatin1String("definitions"))) {
        const QJsonValue dv = o.value(QLatin1String("definitions"));
        if (!dv.isArray())
            return invalid(tr("%1: \"definitions\" must be an array of requirements").arg(top));
        const QJsonArray defs = dv.toArray();
        for (int i = 0; i < defs.size(); ++i) {
            const QString w = QStringLiteral("definitions[%1]").arg(i);
            if (!defs.at(i).isObject())
                return invalid(tr("%1: must be a requirement object").arg(w));
            if (defs.at(i).toObject().value(QLatin1String("id")).toString().isEmpty())
                return invalid(tr("%1: a shared definition needs an \"id\"").arg(w));
            auto def = reader.node(defs.at(i).toObject(), w, 2);
            if (!def) return def.error();
        }
    }

    for (const Reader::PendingRef &ref : reader.refs) {
        const auto it = reader.byId.constFind(ref.id);
        if (it == reader.byId.constEnd())
            return Error{QStringLiteral("pathway-reference"),
                         tr("%1: no requirement has the id \"%2\"").arg(ref.where, ref.id)};
        QList<int> &children = p.nodes[ref.parent].children;
        const int slot = int(children.indexOf(-1));
        children[slot] = it.value();
    }

    const Status status = validate(p);
    if (!status)
        return status.error();
    return p;
}

Status PathwayFormat::validate(const Pathway &p)
{
    if (p.id.isEmpty())
        return invalid(tr("The pathway has no id"));
    if (p.nodes.isEmpty() || p.root < 0 || p.root >= p.nodes.size())
        return invalid(tr("The pathway has no requirements"));
    if (p.nodes.size() > kMaxNodes)
        return Error{QStringLiteral("pathway-too-large"), tr("The pathway has more than %1 requirements").arg(kMaxNodes)};

    QHash<QString, int> byId;
    for (int i = 0; i < p.nodes.size(); ++i) {
        const PathwayNode &n = p.nodes.at(i);
        if (n.id.isEmpty())
            return invalid(tr("Requirement %1 has no id").arg(i));
        if (byId.contains(n.id))
            return Error{QStringLiteral("pathway-duplicate-id"),
                         tr("The id \"%1\" is used by two requirements").arg(n.id)};
        byId.insert(n.id, i);
        for (int c : n.children)
            if (c < 0 || c >= p.nodes.size())
                return Error{QStringLiteral("pathway-reference"), tr("Requirement \"%1\" has a missing child").arg(n.id)};
        switch (n.kind) {
        case PathwayNodeKind::Leaf:
            if (!n.children.isEmpty())
                return invalid(tr("Requirement \"%1\" matches badges and cannot have children").arg(n.id));
            if (n.achievementId.isEmpty() && n.alternativeIds.isEmpty() && n.alignmentUrl.isEmpty() && !n.hasRule())
                return invalid(tr("Requirement \"%1\" matches nothing").arg(n.id));
            if (n.count < 1)
                return invalid(tr("Requirement \"%1\" needs a count of at least 1").arg(n.id));
            break;
        case PathwayNodeKind::AtLeast:
            if (n.requiredNumber > n.children.size())
                return invalid(tr("Requirement \"%1\" asks for %2 of only %3 requirements")
                                   .arg(n.id).arg(n.requiredNumber).arg(n.children.size()));
            if (n.requiredNumber < 1)
                return invalid(tr("Requirement \"%1\" must ask for at least 1").arg(n.id));
            [[fallthrough]];
        case PathwayNodeKind::AllOf:
        case PathwayNodeKind::Credits:
            if (n.children.isEmpty())
                return invalid(tr("Group \"%1\" has no requirements").arg(n.id));
            if (n.children.size() > kMaxChildren)
                return invalid(tr("Group \"%1\" has more than %2 requirements").arg(n.id).arg(kMaxChildren));
            break;
        }
    }

    // Cycles through children, and the depth bound (longest path from the root), by an iterative
    // colouring DFS: a hostile definition cannot recurse us deep.
    enum Colour : char { White, Grey, Black };
    QVector<char> colour(p.nodes.size(), White);
    QVector<int> depth(p.nodes.size(), 0);  // longest path below, in nodes
    struct Frame {
        int node;
        int next;
    };
    for (int start = 0; start < p.nodes.size(); ++start) {
        if (colour[start] != White)
            continue;
        QVector<Frame> stack{{start, 0}};
        colour[start] = Grey;
        while (!stack.isEmpty()) {
            Frame &f = stack.last();
            const PathwayNode &n = p.nodes.at(f.node);
            if (f.next < n.children.size()) {
                const int c = n.children.at(f.next++);
                if (colour[c] == Grey)
                    return Error{QStringLiteral("pathway-cycle"),
                                 tr("The requirements \"%1\" and \"%2\" contain each other (a cycle)")
                                     .arg(n.id, p.nodes.at(c).id)};
                if (colour[c] == White) {
                    colour[c] = Grey;
                    stack.append({c, 0});
                    if (stack.size() > kMaxDepth + 1)
                        return Error{QStringLiteral("pathway-too-deep"),
                                     tr("Requirements are nested deeper than %1 levels").arg(kMaxDepth)};
                }
            } else {
                int d = 0;
                for (int c : n.children)
                    d = qMax(d, depth[c]);
                depth[f.node] = d + 1;
                if (depth[f.node] > kMaxDepth)
                    return Error{QStringLiteral("pathway-too-deep"),
                                 tr("Requirements are nested deeper than %1 levels").arg(kMaxDepth)};
                colour[f.node] = Black;
                stack.removeLast();
            }
        }
    }

    // precedes: between leaves, acyclic.
    QVector<QVector<int>> after(p.nodes.size());
    for (int i = 0; i < p.nodes.size(); ++i) {
        const PathwayNode &n = p.nodes.at(i);
        for (const QString &target : n.precedes) {
            const auto it = byId.constFind(target);
            if (it == byId.constEnd())
                return Error{QStringLiteral("pathway-reference"),
                             tr("Requirement \"%1\" precedes \"%2\", which does not exist").arg(n.id, target)};
            if (p.nodes.at(*it).kind != PathwayNodeKind::Leaf)
                return invalid(tr("Requirement \"%1\" precedes \"%2\"; ordering applies to badge requirements only")
                                   .arg(n.id, target));
            if (*it == i)
                return Error{QStringLiteral("pathway-cycle"), tr("Requirement \"%1\" precedes itself").arg(n.id)};
            after[i].append(*it);
        }
    }
    colour.fill(White);
    for (int start = 0; start < p.nodes.size(); ++start) {
        if (colour[start] != White || after[start].isEmpty())
            continue;
        QVector<Frame> stack{{start, 0}};
        colour[start] = Grey;
        while (!stack.isEmpty()) {
            Frame &f = stack.last();
            if (f.next < after[f.node].size()) {
                const int c = after[f.node].at(f.next++);
                if (colour[c] == Grey)
                    return Error{QStringLiteral("pathway-cycle"),
                                 tr("The order of \"%1\" and \"%2\" is circular (\"precedes\" forms a cycle)")
                                     .arg(p.nodes.at(f.node).id, p.nodes.at(c).id)};
                if (colour[c] == White) {
                    colour[c] = Grey;
                    stack.append({c, 0});
                }
            } else {
                colour[f.node] = Black;
                stack.removeLast();
            }
        }
    }
    return {};
}

namespace {

QJsonObject nodeToJson(const Pathway &p, int index, const QVector<int> &parents, bool inDefinitions)
{
    const PathwayNode &n = p.nodes.at(index);
    QJsonObject o;
    if (!n.id.startsWith(QLatin1String("_n")) || parents.at(index) > 1 || inDefinitions)
        o.insert(QStringLiteral("id"), n.id);
    if (!n.name.isEmpty()) o.insert(QStringLiteral("name"), n.name);
    if (!n.description.isEmpty()) o.insert(QStringLiteral("description"), n.description);
    if (!n.criteriaUrl.isEmpty()) o.insert(QStringLiteral("criteria"), n.criteriaUrl);
    QJsonArray children;
    for (int c : n.children) {
        if (parents.at(c) > 1)
            children.append(p.nodes.at(c).id);  // shared: written once under "definitions"
        else
            children.append(nodeToJson(p, c, parents, false));
    }
    switch (n.kind) {
    case PathwayNodeKind::AllOf:
        o.insert(QStringLiteral("allOf"), children);
        break;
    case PathwayNodeKind::AtLeast:
        o.insert(QStringLiteral("atLeast"), n.requiredNumber);
        o.insert(QStringLiteral("of"), children);
        break;
    case PathwayNodeKind::Credits:
        o.insert(QStringLiteral("atLeastCredits"), n.requiredCredits);
        o.insert(QStringLiteral("from"), children);
        break;
    case PathwayNodeKind::Leaf: {
        if (!n.achievementId.isEmpty()) o.insert(QStringLiteral("achievementId"), n.achievementId);
        if (!n.alternativeIds.isEmpty()) o.insert(QStringLiteral("alternativeIds"), QJsonArray::fromStringList(n.alternativeIds));
        if (!n.alignmentUrl.isEmpty()) o.insert(QStringLiteral("alignmentUrl"), n.alignmentUrl);
        if (n.hasRule()) {
            QJsonObject r;
            if (!n.ruleIssuer.isEmpty()) r.insert(QStringLiteral("issuer"), n.ruleIssuer);
            if (!n.ruleTag.isEmpty()) r.insert(QStringLiteral("tag"), n.ruleTag);
            if (!n.ruleAchievementType.isEmpty()) r.insert(QStringLiteral("achievementType"), n.ruleAchievementType);
            o.insert(QStringLiteral("rule"), r);
        }
        if (n.count != 1) o.insert(QStringLiteral("count"), n.count);
        if (n.credits) o.insert(QStringLiteral("credits"), *n.credits);
        if (n.mustBeValid) o.insert(QStringLiteral("mustBeValid"), *n.mustBeValid);
        if (n.minResult) {
            QJsonObject m;
            m.insert(QStringLiteral("resultDescription"), n.minResult->resultDescription);
            if (n.minResult->minValue) m.insert(QStringLiteral("minValue"), *n.minResult->minValue);
            if (!n.minResult->acceptedValues.isEmpty())
                m.insert(QStringLiteral("acceptedValues"), QJsonArray::fromStringList(n.minResult->acceptedValues));
            o.insert(QStringLiteral("minResult"), m);
        }
        if (!n.precedes.isEmpty()) o.insert(QStringLiteral("precedes"), QJsonArray::fromStringList(n.precedes));
        break;
    }
    }
    return o;
}

} // namespace

QJsonObject PathwayFormat::toJson(const Pathway &p)
{
    QJsonObject o;
    o.insert(kVersionKey, Pathway::kFormatVersion);
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("name"), p.name);
    if (!p.description.isEmpty()) o.insert(QStringLiteral("description"), p.description);
    if (!p.imageUrl.isEmpty()) o.insert(QStringLiteral("image"), p.imageUrl);
    if (!p.owner.id.isEmpty() || !p.owner.name.isEmpty() || !p.owner.url.isEmpty()) {
        QJsonObject owner;
        if (!p.owner.id.isEmpty()) owner.insert(QStringLiteral("id"), p.owner.id);
        if (!p.owner.name.isEmpty()) owner.insert(QStringLiteral("name"), p.owner.name);
        if (!p.owner.url.isEmpty()) owner.insert(QStringLiteral("url"), p.owner.url);
        o.insert(QStringLiteral("owner"), owner);
    }
    if (p.target) {
        QJsonObject t;
        if (!p.target->achievementId.isEmpty()) t.insert(QStringLiteral("achievementId"), p.target->achievementId);
        if (!p.target->name.isEmpty()) t.insert(QStringLiteral("name"), p.target->name);
        if (!p.target->achievementType.isEmpty()) t.insert(QStringLiteral("achievementType"), p.target->achievementType);
        if (!p.target->url.isEmpty()) t.insert(QStringLiteral("url"), p.target->url);
        o.insert(QStringLiteral("target"), t);
    }
    if (!p.mustBeValid) o.insert(QStringLiteral("mustBeValid"), false);
    if (p.root < 0 || p.root >= p.nodes.size())
        return o;

    // Nodes with several parents (or unreachable from the root) go to "definitions", once.
    QVector<int> parents(p.nodes.size(), 0);
    for (const PathwayNode &n : p.nodes)
        for (int c : n.children)
            ++parents[c];
    parents[p.root] = 0;
    o.insert(QStringLiteral("requirements"), nodeToJson(p, p.root, parents, false));
    QJsonArray definitions;
    for (int i = 0; i < p.nodes.size(); ++i)
        if (i != p.root && parents.at(i) > 1)
            definitions.append(nodeToJson(p, i, parents, true));
    if (!definitions.isEmpty())
        o.insert(QStringLiteral("definitions"), definitions);
    return o;
}

QByteArray PathwayFormat::write(const Pathway &pathway)
{
    return QJsonDocument(toJson(pathway)).toJson(QJsonDocument::Indented);
}

} // namespace Satchel
