#include "SkillsSummary.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace Satchel {

namespace {

QString otherName()
{
    return SkillsSummary::tr("Other");
}

// Frameworks named by their well-known hosts, so that ESCO skills from two issuers who spell the
// framework differently (or not at all) land together.
QString knownFramework(const QString &text)
{
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("esco")))
        return QStringLiteral("ESCO");
    if (lower.contains(QLatin1String("o*net")) || lower.contains(QLatin1String("onetonline"))
        || lower.contains(QLatin1String("onetcenter")) || lower.contains(QLatin1String("onet ")))
        return QStringLiteral("O*NET");
    return {};
}

QString skillKey(const QString &framework, const Alignment &a)
{
    if (!a.targetUrl.trimmed().isEmpty())
        return QStringLiteral("url:") + a.targetUrl.trimmed();
    if (!a.targetCode.trimmed().isEmpty())
        return framework + QStringLiteral("\ncode:") + a.targetCode.trimmed().toLower();
    return framework + QStringLiteral("\nname:") + a.targetName.trimmed().toLower();
}

void addOnce(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
}

bool lessCaseless(const QString &a, const QString &b)
{
    return QString::localeAwareCompare(a.toLower(), b.toLower()) < 0;
}

} // namespace

QString SkillsSummary::frameworkOf(const Alignment &alignment)
{
    const QString framework = alignment.targetFramework.trimmed();
    const QUrl url(alignment.targetUrl.trimmed());
    const QString host = url.isValid() ? url.host().toLower() : QString();
    if (const QString known = knownFramework(framework + QLatin1Char(' ') + url.toString()); !known.isEmpty())
        return known;
    if (!framework.isEmpty())
        return framework;
    // CASE (1EdTech Competencies and Academic Standards Exchange) items live under /ims/case/.
    if (url.path().contains(QLatin1String("/ims/case/"), Qt::CaseInsensitive)
        || alignment.targetType.compare(QLatin1String("CFItem"), Qt::CaseInsensitive) == 0)
        return host.isEmpty() ? QStringLiteral("CASE") : QStringLiteral("CASE (%1)").arg(host);
    if (!host.isEmpty())
        return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
    return otherName();
}

SkillsSummary SkillsSummary::build(const QList<SkillSource> &sources)
{
    SkillsSummary out;
    out.credentialCount = int(sources.size());
    QHash<QString, int> frameworkIndex;
    QList<QHash<QString, int>> skillIndex;
    QList<QSet<QString>> frameworkBadges;
    QHash<QString, int> tagIndex;

    for (const SkillSource &source : sources) {
        bool aligned = false;
        for (const Alignment &alignment : source.alignments) {
            if (alignment.targetName.trimmed().isEmpty() && alignment.targetUrl.trimmed().isEmpty()
                && alignment.targetCode.trimmed().isEmpty())
                continue;
            const QString framework = frameworkOf(alignment);
            int f = frameworkIndex.value(framework, -1);
            if (f < 0) {
                f = int(out.frameworks.size());
                frameworkIndex.insert(framework, f);
                out.frameworks.append(SkillFramework{framework, {}, 0});
                skillIndex.append(QHash<QString, int>());
                frameworkBadges.append(QSet<QString>());
            }
            const QString key = skillKey(framework, alignment);
            int s = skillIndex[f].value(key, -1);
            if (s < 0) {
                SkillEntry entry;
                entry.name = alignment.targetName.trimmed();
                if (entry.name.isEmpty())
                    entry.name = !alignment.targetCode.isEmpty() ? alignment.targetCode : alignment.targetUrl;
                entry.code = alignment.targetCode.trimmed();
                entry.url = alignment.targetUrl.trimmed();
                entry.description = alignment.targetDescription.trimmed();
                s = int(out.frameworks[f].skills.size());
                skillIndex[f].insert(key, s);
                out.frameworks[f].skills.append(entry);
            }
            SkillEntry &entry = out.frameworks[f].skills[s];
            if (source.counts) {
                addOnce(entry.badges, source.name);
                frameworkBadges[f].insert(source.key);
                aligned = true;
            } else {
                addOnce(entry.notCounted, source.name);
            }
        }
        if (aligned)
            ++out.alignedCount;
        if (!source.counts)
            continue;
        for (const QString &rawTag : source.tags) {
            const QString tag = rawTag.trimmed();
            if (tag.isEmpty())
                continue;
            const QString key = tag.toLower();
            int t = tagIndex.value(key, -1);
            if (t < 0) {
                t = int(out.tags.size());
                tagIndex.insert(key, t);
                out.tags.append(TagEntry{tag, {}});
            }
            addOnce(out.tags[t].badges, source.name);
        }
    }
    for (int f = 0; f < out.frameworks.size(); ++f) {
        out.frameworks[f].badgeCount = int(frameworkBadges.at(f).size());
        std::sort(out.frameworks[f].skills.begin(), out.frameworks[f].skills.end(),
                  [](const SkillEntry &a, const SkillEntry &b) { return lessCaseless(a.name, b.name); });
    }
    const QString other = otherName();
    std::sort(out.frameworks.begin(), out.frameworks.end(), [&other](const SkillFramework &a, const SkillFramework &b) {
        if ((a.name == other) != (b.name == other))
            return b.name == other;
        return lessCaseless(a.name, b.name);
    });
    std::sort(out.tags.begin(), out.tags.end(), [](const TagEntry &a, const TagEntry &b) { return lessCaseless(a.tag, b.tag); });
    return out;
}

int SkillsSummary::skillCount() const
{
    int n = 0;
    for (const SkillFramework &f : frameworks)
        n += int(f.skills.size());
    return n;
}

QJsonObject SkillsSummary::toJson() const
{
    QJsonArray frameworkArray;
    for (const SkillFramework &f : frameworks) {
        QJsonArray skills;
        for (const SkillEntry &s : f.skills) {
            QJsonObject skill{{QStringLiteral("name"), s.name},
                              {QStringLiteral("badges"), QJsonArray::fromStringList(s.badges)},
                              {QStringLiteral("notCounted"), QJsonArray::fromStringList(s.notCounted)}};
            if (!s.code.isEmpty())
                skill.insert(QStringLiteral("code"), s.code);
            if (!s.url.isEmpty())
                skill.insert(QStringLiteral("url"), s.url);
            skills.append(skill);
        }
        frameworkArray.append(QJsonObject{{QStringLiteral("name"), f.name},
                                          {QStringLiteral("badgeCount"), f.badgeCount},
                                          {QStringLiteral("skills"), skills}});
    }
    QJsonArray tagArray;
    for (const TagEntry &t : tags)
        tagArray.append(QJsonObject{{QStringLiteral("tag"), t.tag}, {QStringLiteral("badges"), QJsonArray::fromStringList(t.badges)}});
    return QJsonObject{{QStringLiteral("credentials"), credentialCount},
                       {QStringLiteral("aligned"), alignedCount},
                       {QStringLiteral("frameworks"), frameworkArray},
                       {QStringLiteral("tags"), tagArray}};
}

} // namespace Satchel
