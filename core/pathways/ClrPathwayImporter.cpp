#include "pathways/ClrPathwayImporter.h"

#include "pathways/PathwayFormat.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Satchel {

namespace {

QString idOf(const QJsonValue &v)
{
    return v.isObject() ? v.toObject().value(QLatin1String("id")).toString() : v.toString();
}

QJsonArray arrayOf(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isUndefined() || v.isNull())
        return {};
    return QJsonArray{v};
}

QDateTime dateOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

Achievement ClrPathwayImporter::achievementFromJson(const QJsonObject &a)
{
    Achievement out;
    out.id = a.value(QLatin1String("id")).toString();
    out.name = a.value(QLatin1String("name")).toString();
    out.description = a.value(QLatin1String("description")).toString();
    out.achievementType = a.value(QLatin1String("achievementType")).toString();
    const QJsonValue criteria = a.value(QLatin1String("criteria"));
    if (criteria.isObject()) {
        out.criteriaId = criteria.toObject().value(QLatin1String("id")).toString();
        out.criteriaNarrative = criteria.toObject().value(QLatin1String("narrative")).toString();
    } else {
        out.criteriaId = criteria.toString();
    }
    if (a.value(QLatin1String("creditsAvailable")).isDouble())
        out.creditsAvailable = a.value(QLatin1String("creditsAvailable")).toDouble();
    for (const QJsonValue &t : arrayOf(a.value(QLatin1String("tag"))))
        if (t.isString())
            out.tags << t.toString();
    for (const QJsonValue &al : arrayOf(a.value(QLatin1String("alignment")))) {
        Alignment alignment;
        alignment.targetUrl = al.toObject().value(QLatin1String("targetUrl")).toString();
        alignment.targetName = al.toObject().value(QLatin1String("targetName")).toString();
        alignment.targetType = al.toObject().value(QLatin1String("targetType")).toString();
        out.alignments.append(alignment);
    }
    for (const QJsonValue &r : arrayOf(a.value(QLatin1String("related"))))
        out.related.append(Identifier{QStringLiteral("related"), idOf(r)});
    for (const QJsonValue &o : arrayOf(a.value(QLatin1String("otherIdentifier"))))
        out.otherIdentifiers.append(Identifier{o.toObject().value(QLatin1String("identifierType")).toString(),
                                               o.toObject().value(QLatin1String("identifier")).toString()});
    for (const QJsonValue &rd : arrayOf(a.value(QLatin1String("resultDescription")))) {
        ResultDescription d;
        d.id = rd.toObject().value(QLatin1String("id")).toString();
        d.name = rd.toObject().value(QLatin1String("name")).toString();
        d.resultType = rd.toObject().value(QLatin1String("resultType")).toString();
        out.resultDescriptions.append(d);
    }
    return out;
}

Credential ClrPathwayImporter::clrFromJson(const QJsonObject &clr)
{
    Credential out;
    out.format = CredentialFormat::ClrJson;
    out.id = clr.value(QLatin1String("id")).toString();
    out.name = clr.value(QLatin1String("name")).toString();
    out.description = clr.value(QLatin1String("description")).toString();
    out.issuer.id = idOf(clr.value(QLatin1String("issuer")));
    out.issuer.name = clr.value(QLatin1String("issuer")).toObject().value(QLatin1String("name")).toString();
    const QJsonObject subject = clr.value(QLatin1String("credentialSubject")).toObject();
    for (const QJsonValue &a : arrayOf(subject.value(QLatin1String("achievement"))))
        if (a.isObject())
            out.clrAchievements.append(achievementFromJson(a.toObject()));
    for (const QJsonValue &a : arrayOf(subject.value(QLatin1String("association")))) {
        const QJsonObject o = a.toObject();
        out.associations.append(Association{o.value(QLatin1String("associationType")).toString(),
                                            o.value(QLatin1String("sourceId")).toString(),
                                            o.value(QLatin1String("targetId")).toString()});
    }
    for (const QJsonValue &v : arrayOf(subject.value(QLatin1String("verifiableCredential")))) {
        if (!v.isObject())
            continue;  // a VC-JWT string: core/formats decodes those
        const QJsonObject vc = v.toObject();
        Credential nested;
        nested.format = CredentialFormat::Ob3Json;
        nested.id = vc.value(QLatin1String("id")).toString();
        nested.name = vc.value(QLatin1String("name")).toString();
        nested.issuer.id = idOf(vc.value(QLatin1String("issuer")));
        nested.issuer.name = vc.value(QLatin1String("issuer")).toObject().value(QLatin1String("name")).toString();
        nested.validFrom = dateOf(vc.value(QLatin1String("validFrom")));
        nested.issued = nested.validFrom.isValid() ? nested.validFrom : dateOf(vc.value(QLatin1String("issuanceDate")));
        nested.awardedDate = dateOf(vc.value(QLatin1String("awardedDate")));
        nested.validUntil = dateOf(vc.value(QLatin1String("validUntil")));
        if (!nested.validUntil.isValid())
            nested.validUntil = dateOf(vc.value(QLatin1String("expirationDate")));
        QJsonValue cs = vc.value(QLatin1String("credentialSubject"));
        if (cs.isArray())
            cs = cs.toArray().isEmpty() ? QJsonValue() : cs.toArray().first();
        const QJsonObject s = cs.toObject();
        nested.subjectId = s.value(QLatin1String("id")).toString();
        nested.achievement = achievementFromJson(s.value(QLatin1String("achievement")).toObject());
        if (nested.name.isEmpty())
            nested.name = nested.achievement.name;
        if (s.value(QLatin1String("creditsEarned")).isDouble())
            nested.creditsEarned = s.value(QLatin1String("creditsEarned")).toDouble();
        for (const QJsonValue &r : arrayOf(s.value(QLatin1String("result")))) {
            const QJsonObject ro = r.toObject();
            nested.results.append(AchievementResult{ro.value(QLatin1String("resultDescription")).toString(),
                                                    ro.value(QLatin1String("achievedLevel")).toString(),
                                                    ro.value(QLatin1String("value")).toString(),
                                                    ro.value(QLatin1String("status")).toString()});
        }
        out.nested.append(nested);
    }
    return out;
}

Result<QList<Pathway>> ClrPathwayImporter::fromClr(const Credential &clr)
{
    if (clr.associations.size() > kMaxAssociations)
        return Error{QStringLiteral("pathway-too-large"),
                     tr("The CLR has more than %1 associations").arg(kMaxAssociations)};

    // What we know about each achievement: the CLR's own list first, then the nested credentials'.
    QHash<QString, const Achievement *> achievements;
    for (const Achievement &a : clr.clrAchievements)
        if (!a.id.isEmpty() && !achievements.contains(a.id))
            achievements.insert(a.id, &a);
    for (const Credential &c : clr.nested)
        if (!c.achievement.id.isEmpty() && !achievements.contains(c.achievement.id))
            achievements.insert(c.achievement.id, &c.achievement);

    QList<QString> order;  // achievement ids in first-mention order: node order stays deterministic
    QHash<QString, QStringList> children, alternatives, precedes;
    QSet<QString> hasParent, mentioned;
    auto mention = [&](const QString &id) {
        if (!mentioned.contains(id)) {
            mentioned.insert(id);
            order.append(id);
        }
    };
    for (const Association &a : clr.associations) {
        if (a.sourceId.isEmpty() || a.targetId.isEmpty())
            continue;
        const QString type = a.type;
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
            continue;
        } else if (type == QLatin1String("exactMatchOf") || type == QLatin1String("replacedBy")) {
            alternatives[a.sourceId].append(a.targetId);
            alternatives[a.targetId].append(a.sourceId);
            continue;
        } else {
            continue;  // isPeerOf, isRelatedTo: no requirement structure
        }
        mention(parent);
        mention(child);
        if (!children[parent].contains(child))
            children[parent].append(child);
        hasParent.insert(child);
    }
    if (order.isEmpty())
        return Error{QStringLiteral("clr-no-associations"),
                     tr("The CLR has no parent/child or ordering associations to build a pathway from")};

    QStringList roots;
    for (const QString &id : order)
        if (children.contains(id) && !hasParent.contains(id))
            roots << id;
    const bool synthetic = roots.isEmpty();
    if (synthetic) {
        // Only ordering (or a graph where every parent is also a child: a cycle, rejected below).
        bool anyParent = !children.isEmpty();
        if (anyParent)
            roots << order.first();
        else
            roots << QString();  // one pathway: all of the ordered achievements
    }

    const QString baseId = clr.id.isEmpty() ? QStringLiteral("urn:satchel:clr-pathway") : clr.id;
    QList<Pathway> out;
    for (const QString &rootId : roots) {
        Pathway p;
        p.source = QStringLiteral("clr");
        p.owner = PathwayOwner{clr.issuer.id, clr.issuer.name, clr.issuer.url};
        QHash<QString, int> index;
        auto nameOf = [&](const QString &id) {
            const Achievement *a = achievements.value(id);
            return a && !a->name.isEmpty() ? a->name : id;
        };
        auto makeNode = [&](const QString &id) {
            PathwayNode n;
            n.id = id;
            n.name = nameOf(id);
            if (const Achievement *a = achievements.value(id)) {
                n.description = a->description;
                n.criteriaUrl = a->criteriaId;
                if (a->creditsAvailable)
                    n.credits = a->creditsAvailable;
            }
            if (children.contains(id)) {
                n.kind = PathwayNodeKind::AllOf;
            } else {
                n.kind = PathwayNodeKind::Leaf;
                n.achievementId = id;
                n.alternativeIds = alternatives.value(id);
            }
            index.insert(id, int(p.nodes.size()));
            p.nodes.append(n);
            if (p.nodes.size() > PathwayFormat::kMaxNodes)
                return false;
            return true;
        };

        if (rootId.isEmpty()) {
            PathwayNode all;
            all.id = QStringLiteral("_all");
            all.name = clr.name;
            all.kind = PathwayNodeKind::AllOf;
            p.nodes.append(all);
            for (const QString &id : order) {
                if (!makeNode(id))
                    return Error{QStringLiteral("pathway-too-large"), tr("The CLR's pathway is too large")};
                p.nodes[0].children.append(index.value(id));
            }
            p.root = 0;
            p.id = baseId;
            p.name = clr.name.isEmpty() ? tr("Pathway from a CLR") : clr.name;
        } else {
            // Breadth-first from the root; a visited set keeps a circular graph finite (validate()
            // then rejects it with a clear error).
            QList<QString> queue{rootId};
            if (!makeNode(rootId))
                return Error{QStringLiteral("pathway-too-large"), tr("The CLR's pathway is too large")};
            for (int qi = 0; qi < queue.size(); ++qi) {
                const QString parent = queue.at(qi);
                for (const QString &child : children.value(parent)) {
                    if (!index.contains(child)) {
                        if (!makeNode(child))
                            return Error{QStringLiteral("pathway-too-large"), tr("The CLR's pathway is too large")};
                        queue.append(child);
                    }
                    p.nodes[index.value(parent)].children.append(index.value(child));
                }
            }
            p.root = index.value(rootId);
            p.id = roots.size() == 1 ? baseId : baseId + QLatin1Char('#') + rootId;
            p.name = nameOf(rootId);
            p.description = clr.name;
            PathwayTarget target;
            target.achievementId = rootId;
            target.name = nameOf(rootId);
            if (const Achievement *a = achievements.value(rootId)) {
                target.achievementType = a->achievementType;
                target.url = a->criteriaId;
            }
            p.target = target;
        }
        // Ordering between two requirements of this pathway (leaves only: the engine orders earned badges).
        for (auto it = precedes.constBegin(); it != precedes.constEnd(); ++it) {
            const int from = index.value(it.key(), -1);
            if (from < 0 || p.nodes.at(from).kind != PathwayNodeKind::Leaf)
                continue;
            for (const QString &to : it.value()) {
                const int t = index.value(to, -1);
                if (t >= 0 && p.nodes.at(t).kind == PathwayNodeKind::Leaf)
                    p.nodes[from].precedes.append(to);
            }
        }
        const Status status = PathwayFormat::validate(p);
        if (!status)
            return status.error();
        out.append(p);
    }
    return out;
}

} // namespace Satchel
