// The skills a set of credentials shows: their alignments rolled up by framework (ESCO, O*NET,
// CASE, ... grouped by targetFramework, else by what the targetUrl says, else by its host), and
// their tags, each with the badges that evidence it. The learner's Skills view, the advisor's
// review and `satchel-cli review open --json` all read this one structure.
#pragma once

#include "model/Credential.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Satchel {

// One credential as the roll-up sees it.
struct SkillSource {
    QString key;               // stable id of the credential (wallet row id, packet entry id)
    QString name;              // shown as the evidence
    QList<Alignment> alignments;
    QStringList tags;
    bool counts = true;        // false for an invalid or revoked credential: listed as not counted
};

struct SkillEntry {
    QString name;              // targetName, else code, else URL
    QString code;
    QString url;
    QString description;
    QStringList badges;        // names of the credentials that evidence it, in input order
    QStringList notCounted;    // evidence from credentials that are invalid or revoked
};

struct SkillFramework {
    QString name;              // "ESCO", "O*NET", "CASE (host)", the targetFramework, a host, or "Other"
    QList<SkillEntry> skills;  // sorted by name
    int badgeCount = 0;        // distinct credentials counted under this framework
};

struct TagEntry {
    QString tag;
    QStringList badges;
};

struct SkillsSummary {
    Q_DECLARE_TR_FUNCTIONS(Satchel::SkillsSummary)
public:
    QList<SkillFramework> frameworks; // sorted by name, "Other" last
    QList<TagEntry> tags;             // sorted by tag
    int credentialCount = 0;          // credentials looked at
    int alignedCount = 0;             // of them, counted ones with at least one alignment

    static SkillsSummary build(const QList<SkillSource> &sources);
    // Which framework an alignment belongs to (see the file comment).
    static QString frameworkOf(const Alignment &alignment);
    int skillCount() const;
    // {credentials, aligned, frameworks: [{name, badgeCount, skills: [{name, code, url, badges,
    // notCounted}]}], tags: [{tag, badges}]}
    QJsonObject toJson() const;
};

} // namespace Satchel
