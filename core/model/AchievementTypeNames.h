// The words a learner reads for an Open Badges 3.0 / CLR 2.0 achievementType: the spec's enum
// values are identifiers ("MicroCredential", "CertificateOfCompletion"), not text. One mapping
// for every place that shows the type (detail page, certificates, transcripts, filters), so the
// same value never reads two ways.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Satchel {

class AchievementTypeNames {
    Q_DECLARE_TR_FUNCTIONS(Satchel::AchievementTypeNames)
public:
    // "MicroCredential" -> "Micro-credential"; "ext:WorkshopSeries" -> "Workshop series"; a value
    // outside the enum that is not an identifier (an issuer's own words) comes back as it is.
    static QString label(const QString &achievementType);
};

} // namespace Satchel
