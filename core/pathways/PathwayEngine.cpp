#include "pathways/PathwayEngine.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace Satchel {

namespace {

constexpr qint64 kUnknownTime = std::numeric_limits<qint64>::min();

void addIndex(QHash<QString, QList<int>> &index, const QString &key, int credential)
{
    if (key.isEmpty())
        return;
    QList<int> &list = index[key];
    if (list.isEmpty() || list.constLast() != credential)  // one entry per credential
        list.append(credential);
}

int intern(QHash<QString, int> &codes, const QString &value)
{
    const auto it = codes.constFind(value);
    if (it != codes.constEnd())
        return it.value();
    const int code = int(codes.size());
    codes.insert(value, code);
    return code;
}

void sortUnique(QList<int> &list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

// Distinct achievements counted below a node with their credits, sorted by achievement code:
// merging sorted vectors is much cheaper than hashing at 10,000 credentials.
using CreditList = std::vector<std::pair<int, double>>;

// One entry per achievement, at its largest credit value (list sorted first).
CreditList uniqueCredits(CreditList list)
{
    std::sort(list.begin(), list.end());
    CreditList unique;
    for (const auto &entry : list) {
        if (!unique.empty() && unique.back().first == entry.first)
            unique.back().second = qMax(unique.back().second, entry.second);
        else
            unique.push_back(entry);
    }
    return unique;
}

// The union of two sorted lists; an achievement counted by two requirements (or held twice)
// counts once, at the larger value.
CreditList mergeCredits(const CreditList &left, const CreditList &right)
{
    CreditList merged;
    merged.reserve(left.size() + right.size());
    auto a = left.cbegin(), ae = left.cend();
    auto b = right.cbegin(), be = right.cend();
    while (a != ae || b != be) {
        if (b == be || (a != ae && a->first < b->first)) {
            merged.push_back(*a++);
        } else if (a == ae || b->first < a->first) {
            merged.push_back(*b++);
        } else {
            merged.emplace_back(a->first, qMax(a->second, b->second));
            ++a;
            ++b;
        }
    }
    return merged;
}

// Adds the cost and next steps of the children to np (what finishing them takes).
void addPathOf(NodeProgress &np, const PathwayProgress &progress, const QList<int> &children)
{
    for (int c : children) {
        np.cost += progress.nodes.at(c).cost;
        np.next += progress.nodes.at(c).next;
    }
}

// "All of": every child. Percent is the mean of the children's.
void combineAllOf(const PathwayNode &node, NodeProgress &np, const PathwayProgress &progress,
                  const QList<int> &unsatisfied)
{
    np.need = int(node.children.size());
    np.satisfied = np.have == np.need;
    double sum = 0;
    for (int c : node.children)
        sum += progress.nodes.at(c).percent;
    np.percent = sum / np.need;
    addPathOf(np, progress, unsatisfied);
}

// "At least N": percent over the N furthest children; the path is the cheapest children to
// finish, in definition order among equals.
void combineAtLeast(const PathwayNode &node, NodeProgress &np, const PathwayProgress &progress,
                    const QList<int> &unsatisfied)
{
    np.need = node.requiredNumber;
    np.satisfied = np.have >= np.need;
    QList<double> percents;
    for (int c : node.children)
        percents.append(progress.nodes.at(c).percent);
    std::sort(percents.begin(), percents.end(), std::greater<double>());
    double sum = 0;
    for (int k = 0; k < np.need; ++k)
        sum += percents.at(k);
    np.percent = sum / np.need;
    if (np.satisfied)
        return;
    QList<int> order = unsatisfied;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return progress.nodes.at(a).cost < progress.nodes.at(b).cost;
    });
    addPathOf(np, progress, order.mid(0, qMax(0, np.need - np.have)));
}

// "Credits": the path takes the largest credit value first (fewest credentials to earn), then the
// cheapest, then definition order; with no credit values known every open requirement may help.
void combineCredits(const PathwayNode &node, NodeProgress &np, const PathwayProgress &progress,
                    const QList<int> &unsatisfied, const QVector<double> &potential)
{
    np.creditsRequired = node.requiredCredits;
    np.need = 0;
    np.satisfied = np.creditsEarned + 1e-9 >= node.requiredCredits;
    np.percent = qMin(1.0, np.creditsEarned / node.requiredCredits) * 100.0;
    if (np.satisfied)
        return;
    QList<int> order;
    for (int c : unsatisfied)
        if (potential.at(c) > 0)
            order.append(c);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (potential.at(a) != potential.at(b))
            return potential.at(a) > potential.at(b);
        return progress.nodes.at(a).cost < progress.nodes.at(b).cost;
    });
    double remaining = node.requiredCredits - np.creditsEarned;
    QList<int> path;
    for (int c : order) {
        if (remaining <= 1e-9)
            break;
        remaining -= potential.at(c);
        path.append(c);
    }
    addPathOf(np, progress, order.isEmpty() ? unsatisfied : path);
}

} // namespace

PathwayEngine::PathwayEngine(QList<EarnedCredential> credentials, const QDateTime &now)
    : m_credentials(std::move(credentials)), m_now(now.isValid() ? now : QDateTime::currentDateTimeUtc())
{
    // One pass builds every index; a leaf then looks only at the credentials that can match it.
    m_nowMs = m_now.toMSecsSinceEpoch();
    m_facts.resize(m_credentials.size());
    // Sized up front: rehashing while growing was a good part of the indexing time at 10,000.
    const qsizetype n = m_credentials.size();
    m_byAchievementId.reserve(n);
    m_achievementCodes.reserve(n);
    m_byTag.reserve(n / 4 + 16);
    for (int i = 0; i < m_credentials.size(); ++i) {
        const EarnedCredential &c = m_credentials.at(i);
        Facts &f = m_facts[i];
        f.issued = c.issued.isValid() ? c.issued.toMSecsSinceEpoch() : kUnknownTime;
        f.validUntil = c.validUntil.isValid() ? c.validUntil.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        f.issuer = intern(m_issuerCodes, c.issuerId);
        const QString type = c.achievementType.toLower();
        f.type = intern(m_typeCodes, type);
        // The same achievement held twice (a badge and its copy inside a CLR, a re-issue) is one
        // achievement: it satisfies a count once and its credits count once.
        f.achievement = c.achievementId.isEmpty() ? -(i + 1) : intern(m_achievementCodes, c.achievementId);
        addIndex(m_byIssuer, c.issuerId, i);
        addIndex(m_byAchievementId, c.achievementId, i);
        for (const QString &id : c.alternativeIds)
            addIndex(m_byAlternativeId, id, i);
        for (const QString &url : c.alignmentUrls)
            addIndex(m_byAlignment, url, i);
        for (const QString &tag : c.tags)
            addIndex(m_byTag, tag, i);
        addIndex(m_byType, type, i);
    }
}

QString PathwayEngine::kindName(PathwayNodeKind kind)
{
    switch (kind) {
    case PathwayNodeKind::AllOf: return QStringLiteral("allOf");
    case PathwayNodeKind::AtLeast: return QStringLiteral("atLeast");
    case PathwayNodeKind::Credits: return QStringLiteral("atLeastCredits");
    case PathwayNodeKind::Leaf: return QStringLiteral("badge");
    }
    return {};
}

QList<PathwayEngine::Candidate> PathwayEngine::candidates(const PathwayNode &leaf) const
{
    QList<Candidate> out;
    QHash<int, int> seen;  // credential -> position in out; the first (strongest) match wins
    auto add = [&](const QList<int> *list, const QString &matchedBy, auto &&accept) {
        if (!list)
            return;
        for (int c : *list) {
            if (seen.contains(c) || !accept(m_credentials.at(c)))
                continue;
            seen.insert(c, int(out.size()));
            out.append({c, matchedBy});
        }
    };
    auto any = [](const EarnedCredential &) { return true; };
    auto find = [](const QHash<QString, QList<int>> &index, const QString &key) -> const QList<int> * {
        if (key.isEmpty())
            return nullptr;
        const auto it = index.constFind(key);
        return it == index.constEnd() ? nullptr : &it.value();
    };

    const QString idKey = QStringLiteral("achievementId");
    const QString altKey = QStringLiteral("alternativeId");
    add(find(m_byAchievementId, leaf.achievementId), idKey, any);
    for (const QString &alt : leaf.alternativeIds)
        add(find(m_byAchievementId, alt), altKey, any);
    // The credential names the leaf's achievement among its own alternative ids (related, otherIdentifier).
    add(find(m_byAlternativeId, leaf.achievementId), altKey, any);
    for (const QString &alt : leaf.alternativeIds)
        add(find(m_byAlternativeId, alt), altKey, any);
    add(find(m_byAlignment, leaf.alignmentUrl), QStringLiteral("alignment"), any);
    if (leaf.hasRule()) {
        // Walk the shortest of the applicable index lists and check the other conditions on ints.
        const int issuer = leaf.ruleIssuer.isEmpty() ? -1 : m_issuerCodes.value(leaf.ruleIssuer, -2);
        const QString type = leaf.ruleAchievementType.toLower();
        const int typeCode = type.isEmpty() ? -1 : m_typeCodes.value(type, -2);
        const QList<int> *lists[] = {leaf.ruleIssuer.isEmpty() ? nullptr : find(m_byIssuer, leaf.ruleIssuer),
                                     leaf.ruleTag.isEmpty() ? nullptr : find(m_byTag, leaf.ruleTag),
                                     type.isEmpty() ? nullptr : find(m_byType, type)};
        const bool applicable[] = {!leaf.ruleIssuer.isEmpty(), !leaf.ruleTag.isEmpty(), !type.isEmpty()};
        const QList<int> *shortest = nullptr;
        bool impossible = false;
        for (int k = 0; k < 3; ++k) {
            if (!applicable[k])
                continue;
            if (!lists[k])
                impossible = true;  // nobody has that issuer / tag / type
            else if (!shortest || lists[k]->size() < shortest->size())
                shortest = lists[k];
        }
        if (!impossible) {
            add(shortest, QStringLiteral("rule"), [&](const EarnedCredential &c) {
                const int index = int(&c - m_credentials.constData());
                const Facts &f = m_facts.at(index);
                return (issuer == -1 || f.issuer == issuer) && (typeCode == -1 || f.type == typeCode)
                    && (leaf.ruleTag.isEmpty() || c.tags.contains(leaf.ruleTag));
            });
        }
    }

    // Earliest issued first (unknown dates last), then wallet order: deterministic, and it is the
    // order "precedes" is judged in.
    std::sort(out.begin(), out.end(), [this](const Candidate &a, const Candidate &b) {
        const qint64 da = m_facts.at(a.credential).issued;
        const qint64 db = m_facts.at(b.credential).issued;
        if ((da == kUnknownTime) != (db == kUnknownTime))
            return db == kUnknownTime;
        if (da != db)
            return da < db;
        return a.credential < b.credential;
    });
    return out;
}

void PathwayEngine::evaluateLeaf(const Pathway &pathway, int index, const QList<QList<int>> &predecessors,
                                 PathwayProgress &progress, QVector<qint64> &earliest) const
{
    const PathwayNode &leaf = pathway.nodes.at(index);
    NodeProgress &np = progress.nodes[index];
    np.need = leaf.count;
    const bool mustBeValid = leaf.mustBeValid.value_or(pathway.mustBeValid);

    for (int pred : predecessors.at(index))
        if (!progress.nodes.at(pred).satisfied)
            np.waitingFor.append(pred);

    for (const Candidate &candidate : candidates(leaf)) {
        const EarnedCredential &c = m_credentials.at(candidate.credential);
        auto skip = [&](const QString &reason, const QString &message) {
            np.skipped.append(SkippedCredential{candidate.credential, reason, message});
        };
        if (c.status == QLatin1String("revoked")) {
            skip(QStringLiteral("revoked"), tr("Revoked by its issuer"));
            continue;
        }
        if (c.status == QLatin1String("invalid")) {
            skip(QStringLiteral("invalid"), tr("Failed verification"));
            continue;
        }
        if (c.status == QLatin1String("not-yet-valid")) {
            skip(QStringLiteral("not-yet-valid"), tr("Not valid yet"));
            continue;
        }
        const Facts &facts = m_facts.at(candidate.credential);
        const bool expired = facts.validUntil < m_nowMs || c.status == QLatin1String("expired");
        if (expired && mustBeValid) {
            skip(QStringLiteral("expired"),
                 c.validUntil.isValid()
                     ? tr("Expired on %1; this requirement needs a valid credential")
                           .arg(c.validUntil.toUTC().toString(Qt::ISODate))
                     : tr("Expired; this requirement needs a valid credential"));
            continue;
        }
        if (leaf.minResult) {
            const PathwayResultRule &rule = *leaf.minResult;
            const EarnedResult *result = nullptr;
            for (const EarnedResult &r : c.results)
                if (r.resultDescription == rule.resultDescription) {
                    result = &r;
                    break;
                }
            if (!result) {
                skip(QStringLiteral("result-missing"), tr("Has no result for %1").arg(rule.resultDescription));
                continue;
            }
            bool ok = false;
            if (!rule.acceptedValues.isEmpty())
                ok = rule.acceptedValues.contains(result->value) || rule.acceptedValues.contains(result->achievedLevel);
            if (!ok && rule.minValue) {
                bool isNumber = false;
                const double value = result->value.trimmed().toDouble(&isNumber);
                ok = isNumber && value >= *rule.minValue;
            }
            if (!ok) {
                const QString shown = result->value.isEmpty() ? result->achievedLevel : result->value;
                skip(QStringLiteral("result-too-low"),
                     rule.minValue ? tr("Result %1 is below the required %2").arg(shown, number(*rule.minValue))
                                   : tr("Result %1 is not one of %2").arg(shown, rule.acceptedValues.join(QStringLiteral(", "))));
                continue;
            }
        }
        // Ordering: every leaf that precedes this one needs a credential issued no later than this one.
        bool inOrder = true;
        for (int pred : predecessors.at(index)) {
            const PathwayNode &p = pathway.nodes.at(pred);
            const QString predName = p.name.isEmpty() ? p.id : p.name;
            if (progress.nodes.at(pred).counted.isEmpty()) {
                skip(QStringLiteral("order"), tr("Counts only after %1 is earned").arg(predName));
                inOrder = false;
                break;
            }
            if (facts.issued != kUnknownTime && earliest.at(pred) != kUnknownTime && facts.issued < earliest.at(pred)) {
                skip(QStringLiteral("order"), tr("Issued before %1, which must come first").arg(predName));
                inOrder = false;
                break;
            }
        }
        if (!inOrder)
            continue;
        np.counted.append(CountedCredential{candidate.credential, candidate.matchedBy});
    }

    // Earliest issue time of the counted credentials, for the leaves this one precedes. A credential
    // of unknown date cannot prove an order violation, so it makes the earliest time unknown.
    earliest[index] = std::numeric_limits<qint64>::max();
    for (const CountedCredential &cc : np.counted) {
        const qint64 issued = m_facts.at(cc.credential).issued;
        earliest[index] = issued != kUnknownTime ? qMin(earliest.at(index), issued) : kUnknownTime;
        if (earliest.at(index) == kUnknownTime)
            break;
    }

    QList<int> achievements;
    for (const CountedCredential &cc : np.counted)
        achievements.append(m_facts.at(cc.credential).achievement);
    sortUnique(achievements);
    np.have = int(qMin<qsizetype>(achievements.size(), leaf.count));
    np.satisfied = np.have >= leaf.count;
    np.percent = 100.0 * np.have / leaf.count;
    if (!np.satisfied) {
        np.cost = leaf.count - np.have;
        np.missing = {index};
        if (np.waitingFor.isEmpty()) {
            np.next = {index};
        } else {
            for (int pred : np.waitingFor) {
                np.cost += progress.nodes.at(pred).cost;
                np.next += progress.nodes.at(pred).next;
            }
            sortUnique(np.next);
        }
    }
}

PathwayProgress PathwayEngine::evaluate(const Pathway &pathway) const
{
    PathwayProgress progress;
    const int n = int(pathway.nodes.size());
    progress.nodes.resize(n);
    if (pathway.root < 0 || pathway.root >= n)
        return progress;

    QHash<QString, int> byId;
    byId.reserve(n);
    for (int i = 0; i < n; ++i)
        byId.insert(pathway.nodes.at(i).id, i);

    // Leaves in "precedes" order (Kahn, lowest index first), so a leaf sees its predecessors' results.
    QList<QList<int>> predecessors(n);
    QVector<int> pending(n, 0);
    for (int i = 0; i < n; ++i)
        for (const QString &target : pathway.nodes.at(i).precedes) {
            const int t = byId.value(target, -1);
            if (t >= 0) {
                predecessors[t].append(i);
                ++pending[t];
            }
        }
    QList<int> ready;
    for (int i = 0; i < n; ++i)
        if (pathway.nodes.at(i).kind == PathwayNodeKind::Leaf && pending.at(i) == 0)
            ready.append(i);
    QVector<qint64> earliest(n, kUnknownTime);
    while (!ready.isEmpty()) {
        const auto lowest = std::min_element(ready.begin(), ready.end());
        const int leaf = *lowest;
        ready.erase(lowest);
        evaluateLeaf(pathway, leaf, predecessors, progress, earliest);
        for (const QString &target : pathway.nodes.at(leaf).precedes) {
            const int t = byId.value(target, -1);
            if (t >= 0 && --pending[t] == 0)
                ready.append(t);
        }
    }

    // Groups bottom-up. The definition is a DAG of bounded depth (validated), so recursion is safe;
    // `done` makes a node shared by several groups evaluate once.
    QVector<bool> done(n, false);
    QVector<CreditList> credits(n);
    QVector<double> potential(n, 0); // credits still obtainable below an unsatisfied node
    std::function<void(int)> visit = [&](int i) {
        if (done.at(i))
            return;
        done[i] = true;
        const PathwayNode &node = pathway.nodes.at(i);
        NodeProgress &np = progress.nodes[i];
        if (node.kind == PathwayNodeKind::Leaf) {
            CreditList list;
            list.reserve(np.counted.size());
            for (const CountedCredential &cc : np.counted) {
                const EarnedCredential &c = m_credentials.at(cc.credential);
                const double value = c.creditsEarned ? *c.creditsEarned
                                   : node.credits ? *node.credits
                                                  : c.creditsAvailable.value_or(0);
                list.emplace_back(m_facts.at(cc.credential).achievement, value);
            }
            credits[i] = uniqueCredits(std::move(list));
            potential[i] = np.satisfied ? 0 : node.credits.value_or(0) * (node.count - np.have);
            for (const auto &entry : credits.at(i))
                np.creditsEarned += entry.second;
            return; // the leaf's own progress was evaluated in precedes order above
        }
        for (int c : node.children)
            visit(c);
        QList<int> unsatisfied;
        for (int c : node.children) {
            const NodeProgress &cp = progress.nodes.at(c);
            if (cp.satisfied)
                ++np.have;
            else
                unsatisfied.append(c);
            potential[i] += potential.at(c);
            if (!credits.at(c).empty())
                credits[i] = mergeCredits(credits.at(i), credits.at(c));
        }
        for (const auto &entry : credits.at(i))
            np.creditsEarned += entry.second;

        if (node.kind == PathwayNodeKind::AllOf)
            combineAllOf(node, np, progress, unsatisfied);
        else if (node.kind == PathwayNodeKind::AtLeast)
            combineAtLeast(node, np, progress, unsatisfied);
        else
            combineCredits(node, np, progress, unsatisfied, potential);
        if (np.satisfied) {
            np.cost = 0;
            np.next.clear();
            potential[i] = 0;
        } else {
            for (int c : unsatisfied)
                np.missing += progress.nodes.at(c).missing;
            sortUnique(np.missing);
        }
        sortUnique(np.next);
    };
    visit(pathway.root);

    const NodeProgress &root = progress.nodes.at(pathway.root);
    progress.satisfied = root.satisfied;
    progress.percent = root.percent;
    for (int i = 0; i < n; ++i)
        if (done.at(i))
            for (const CountedCredential &cc : progress.nodes.at(i).counted)
                progress.usedCredentials.append(cc.credential);
    sortUnique(progress.usedCredentials);
    return progress;
}

namespace {

QJsonArray nodeIds(const Pathway &pathway, const QList<int> &indices)
{
    QJsonArray out;
    for (int i : indices)
        out.append(pathway.nodes.at(i).id);
    return out;
}

QJsonArray leafSummaries(const Pathway &pathway, const QList<int> &indices)
{
    QJsonArray out;
    for (int i : indices) {
        const PathwayNode &n = pathway.nodes.at(i);
        QJsonObject o{{QStringLiteral("id"), n.id}, {QStringLiteral("name"), n.name.isEmpty() ? n.id : n.name}};
        if (!n.achievementId.isEmpty())
            o.insert(QStringLiteral("achievementId"), n.achievementId);
        if (!n.criteriaUrl.isEmpty())
            o.insert(QStringLiteral("criteria"), n.criteriaUrl);
        out.append(o);
    }
    return out;
}

double rounded(double percent)
{
    return std::round(percent * 10.0) / 10.0;
}

} // namespace

QJsonObject PathwayEngine::nodeJson(const Pathway &pathway, const PathwayProgress &progress, int index,
                                   QVector<bool> &written) const
{
    const PathwayNode &node = pathway.nodes.at(index);
    const NodeProgress &np = progress.nodes.at(index);
    QJsonObject o;
    o.insert(QStringLiteral("id"), node.id);
    if (written.at(index)) {
        // A node shared by several groups is written in full once; later mentions refer to it,
        // which also keeps the output linear in the definition's size.
        o.insert(QStringLiteral("ref"), true);
        o.insert(QStringLiteral("satisfied"), np.satisfied);
        o.insert(QStringLiteral("percent"), rounded(np.percent));
        return o;
    }
    written[index] = true;
    if (!node.name.isEmpty()) o.insert(QStringLiteral("name"), node.name);
    if (!node.description.isEmpty()) o.insert(QStringLiteral("description"), node.description);
    if (!node.criteriaUrl.isEmpty()) o.insert(QStringLiteral("criteria"), node.criteriaUrl);
    o.insert(QStringLiteral("kind"), kindName(node.kind));
    o.insert(QStringLiteral("satisfied"), np.satisfied);
    o.insert(QStringLiteral("percent"), rounded(np.percent));
    if (node.kind == PathwayNodeKind::Credits) {
        o.insert(QStringLiteral("creditsRequired"), np.creditsRequired);
    } else {
        o.insert(QStringLiteral("have"), np.have);
        o.insert(QStringLiteral("need"), np.need);
    }
    o.insert(QStringLiteral("creditsEarned"), np.creditsEarned);
    if (!np.satisfied) {
        o.insert(QStringLiteral("missing"), nodeIds(pathway, np.missing));
        o.insert(QStringLiteral("next"), nodeIds(pathway, np.next));
    }
    if (node.kind == PathwayNodeKind::Leaf) {
        QJsonObject match;
        if (!node.achievementId.isEmpty()) match.insert(QStringLiteral("achievementId"), node.achievementId);
        if (!node.alternativeIds.isEmpty()) match.insert(QStringLiteral("alternativeIds"), QJsonArray::fromStringList(node.alternativeIds));
        if (!node.alignmentUrl.isEmpty()) match.insert(QStringLiteral("alignmentUrl"), node.alignmentUrl);
        if (node.hasRule()) {
            QJsonObject rule;
            if (!node.ruleIssuer.isEmpty()) rule.insert(QStringLiteral("issuer"), node.ruleIssuer);
            if (!node.ruleTag.isEmpty()) rule.insert(QStringLiteral("tag"), node.ruleTag);
            if (!node.ruleAchievementType.isEmpty()) rule.insert(QStringLiteral("achievementType"), node.ruleAchievementType);
            match.insert(QStringLiteral("rule"), rule);
        }
        o.insert(QStringLiteral("match"), match);
        QJsonArray counted;
        for (const CountedCredential &cc : np.counted) {
            const EarnedCredential &c = m_credentials.at(cc.credential);
            counted.append(QJsonObject{{QStringLiteral("credential"), c.key},
                                       {QStringLiteral("name"), c.name},
                                       {QStringLiteral("matchedBy"), cc.matchedBy}});
        }
        o.insert(QStringLiteral("counted"), counted);
        if (!np.skipped.isEmpty()) {
            QJsonArray skipped;
            for (const SkippedCredential &sc : np.skipped) {
                const EarnedCredential &c = m_credentials.at(sc.credential);
                skipped.append(QJsonObject{{QStringLiteral("credential"), c.key},
                                           {QStringLiteral("name"), c.name},
                                           {QStringLiteral("reason"), sc.reason},
                                           {QStringLiteral("message"), sc.message}});
            }
            o.insert(QStringLiteral("notCounted"), skipped);
        }
        if (!np.waitingFor.isEmpty())
            o.insert(QStringLiteral("waitingFor"), nodeIds(pathway, np.waitingFor));
    } else {
        QJsonArray children;
        for (int c : node.children)
            children.append(nodeJson(pathway, progress, c, written));
        o.insert(QStringLiteral("children"), children);
    }
    return o;
}

QJsonObject PathwayEngine::summaryJson(const Pathway &pathway, const PathwayProgress &progress) const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), pathway.id);
    o.insert(QStringLiteral("name"), pathway.name);
    o.insert(QStringLiteral("percent"), rounded(progress.percent));
    o.insert(QStringLiteral("satisfied"), progress.satisfied);
    if (pathway.root >= 0 && pathway.root < progress.nodes.size()) {
        const NodeProgress &root = progress.nodes.at(pathway.root);
        o.insert(QStringLiteral("missing"), leafSummaries(pathway, root.missing));
        o.insert(QStringLiteral("next"), leafSummaries(pathway, root.next));
    }
    return o;
}

QJsonObject PathwayEngine::toJson(const Pathway &pathway, const PathwayProgress &progress) const
{
    QJsonObject o = summaryJson(pathway, progress);
    if (!pathway.description.isEmpty()) o.insert(QStringLiteral("description"), pathway.description);
    if (!pathway.imageUrl.isEmpty()) o.insert(QStringLiteral("image"), pathway.imageUrl);
    if (!pathway.owner.name.isEmpty() || !pathway.owner.id.isEmpty())
        o.insert(QStringLiteral("owner"), QJsonObject{{QStringLiteral("id"), pathway.owner.id},
                                                      {QStringLiteral("name"), pathway.owner.name}});
    if (pathway.target)
        o.insert(QStringLiteral("target"), QJsonObject{{QStringLiteral("achievementId"), pathway.target->achievementId},
                                                       {QStringLiteral("name"), pathway.target->name}});
    o.insert(QStringLiteral("source"), pathway.source);
    o.insert(QStringLiteral("evaluatedAt"), m_now.toUTC().toString(Qt::ISODate));
    if (pathway.root >= 0 && pathway.root < progress.nodes.size()) {
        QVector<bool> written(pathway.nodes.size(), false);
        o.insert(QStringLiteral("requirements"), nodeJson(pathway, progress, pathway.root, written));
    }
    return o;
}

} // namespace Satchel
