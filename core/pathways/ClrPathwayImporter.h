// CLR 2.0 association graphs as pathways. A ClrCredential's association[] links Achievement ids:
// "A isParentOf B", "B isChildOf A" and "B isPartOf A" make B a requirement of A; "A precedes B"
// orders two requirements; "exactMatchOf" / "replacedBy" make the two ids alternatives of one
// another. Each root (a parent that is nobody's child) becomes one pathway whose target is the
// root achievement and whose requirements are all of its children, recursively.
#pragma once

#include "Result.h"
#include "model/Credential.h"
#include "pathways/Pathway.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Satchel {

class ClrPathwayImporter {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ClrPathwayImporter)
public:
    static constexpr int kMaxAssociations = 5000;

    // Error codes: "clr-no-associations" (nothing to build a tree from), "pathway-too-large",
    // and PathwayFormat::validate()'s codes ("pathway-cycle" for a circular association graph).
    static Result<QList<Pathway>> fromClr(const Credential &clr);

    // ClrCredential JSON read by core/formats (CredentialParser::parseClr), for callers that hold
    // JSON that was not detected as a credential file. Nothing is fetched and nothing verified.
    static Credential clrFromJson(const QJsonObject &clr);
};

} // namespace Satchel
