// The progress engine: indexes the wallet's credentials once, then evaluates any number of
// pathways against them. Deterministic: the same pathway and credentials give the same output
// (all choices break ties by definition order, then credential order).
#pragma once

#include "pathways/EarnedCredential.h"
#include "pathways/Pathway.h"
#include "pathways/PathwayProgress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Satchel {

class PathwayEngine {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PathwayEngine)
public:
    // now: the moment expiry is judged at.
    PathwayEngine(QList<EarnedCredential> credentials, const QDateTime &now);

    const QList<EarnedCredential> &credentials() const { return m_credentials; }
    QDateTime now() const { return m_now; }

    // The pathway must have passed PathwayFormat::validate().
    PathwayProgress evaluate(const Pathway &pathway) const;

    // The evaluated tree for `pathways show --json` and the UI.
    QJsonObject toJson(const Pathway &pathway, const PathwayProgress &progress) const;
    // The short form for `pathways list --json`: id, name, percent, satisfied, missing, next.
    QJsonObject summaryJson(const Pathway &pathway, const PathwayProgress &progress) const;

    static QString kindName(PathwayNodeKind kind);

private:
    struct Candidate {
        int credential;
        QString matchedBy;
    };
    QList<Candidate> candidates(const PathwayNode &leaf) const;
    void evaluateLeaf(const Pathway &pathway, int index, const QList<QList<int>> &predecessors,
                      PathwayProgress &progress, QVector<qint64> &earliest) const;
    QJsonObject nodeJson(const Pathway &pathway, const PathwayProgress &progress, int index,
                         QVector<bool> &written) const;

    // Per credential, what the hot loops compare, precomputed once: strings interned to ints,
    // dates as milliseconds (QDateTime comparisons are costly at this scale).
    struct Facts {
        qint64 issued;       // kUnknownTime when not known
        qint64 validUntil;   // max when none
        int issuer;          // interned issuer id
        int type;            // interned lower-case achievementType
        int achievement;     // interned achievement id; -(index + 1) when the credential names none
    };
    QList<EarnedCredential> m_credentials;
    QVector<Facts> m_facts;
    QDateTime m_now;
    qint64 m_nowMs = 0;
    QHash<QString, int> m_issuerCodes;
    QHash<QString, int> m_typeCodes;
    QHash<QString, int> m_achievementCodes;
    QHash<QString, QList<int>> m_byIssuer;
    QHash<QString, QList<int>> m_byAchievementId;
    QHash<QString, QList<int>> m_byAlternativeId;
    QHash<QString, QList<int>> m_byAlignment;
    QHash<QString, QList<int>> m_byTag;
    QHash<QString, QList<int>> m_byType;   // lower-case achievementType
};

} // namespace Satchel
