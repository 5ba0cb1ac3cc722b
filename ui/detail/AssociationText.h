// A CLR 2.0 association ("sourceId isParentOf targetId") as a sentence a learner reads: the two
// achievements by name and the relation in words ("Technical Writing is part of Certificate in
// IT"), the direction turned round where the spec's verb reads backwards in plain language.
#pragma once

#include "model/Credential.h"

#include <QCoreApplication>
#include <QString>

namespace Satchel {

class AssociationText {
    Q_DECLARE_TR_FUNCTIONS(Satchel::AssociationText)
public:
    // sourceHtml and targetHtml are already-escaped fragments (a name, a link) put in as they are;
    // the rest of the sentence is escaped here. An unknown associationType is shown escaped.
    static QString html(const Association &association, const QString &sourceHtml, const QString &targetHtml);
};

} // namespace Satchel
