// The Badgr / Canvas Credentials pathway model (a proprietary API, the de facto exchange format):
// a Pathway whose tree of PathwayElements carries "requirements" {"@type": "BadgeJunction" |
// "ElementJunction", "junctionConfig": {"@type": "Conjunction" | "Disjunction", "requiredNumber"},
// "badges" | "elements"}. Conjunction = all (or requiredNumber of them when given), Disjunction =
// at least requiredNumber (default 1). An element without requirements needs all its children,
// or its completionBadge when it has neither children nor badges.
#pragma once

#include "Result.h"
#include "pathways/Pathway.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace Satchel {

class BadgrPathwayImporter {
    Q_DECLARE_TR_FUNCTIONS(Satchel::BadgrPathwayImporter)
public:
    // Accepts {"@type": "Pathway", "rootElement": element | id, "elements": [...]} or a root
    // PathwayElement with inline "children". Error codes: "badgr-not-pathway", "badgr-invalid",
    // "pathway-reference", "pathway-cycle", "pathway-too-deep", "pathway-too-large" and
    // PathwayFormat::validate()'s codes.
    static Result<Pathway> fromJson(const QJsonObject &object);
    static bool looksLikeBadgr(const QJsonObject &object);
};

} // namespace Satchel
