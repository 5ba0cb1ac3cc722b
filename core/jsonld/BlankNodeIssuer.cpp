#include "BlankNodeIssuer.h"

namespace Satchel::JsonLd {

QString BlankNodeIssuer::issue(const QString &existing)
{
    // Step 1
    if (!existing.isEmpty()) {
        auto it = m_issued.constFind(existing);
        if (it != m_issued.constEnd())
            return it.value();
    }
    // Steps 2 to 4
    const QString id = QStringLiteral("_:b") + QString::number(m_counter++);
    if (!existing.isEmpty())
        m_issued.insert(existing, id);
    return id;
}

} // namespace Satchel::JsonLd
