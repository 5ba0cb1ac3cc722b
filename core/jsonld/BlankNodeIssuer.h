// API §7.4 Generate Blank Node Identifier: fresh "_:bN" labels, and the same new label for every
// occurrence of one input label. Shared by node map generation and toRdf (list and compound
// literal nodes), so that the two never issue the same label. Internal to core/jsonld.
#pragma once

#include <QHash>
#include <QString>

namespace Satchel::JsonLd {

class BlankNodeIssuer {
public:
    // A new label; for a non-empty 'existing' label, the one issued for it before, if any.
    QString issue(const QString &existing = QString());

private:
    int m_counter = 0;
    QHash<QString, QString> m_issued; // input label -> issued label
};

} // namespace Satchel::JsonLd
