#include "reminders/Clock.h"

namespace Satchel {

std::optional<QDateTime> Clock::parseInstant(const QString &text)
{
    QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!instant.isValid())
        instant = QDateTime::fromString(text, Qt::ISODate);
    if (!instant.isValid())
        return std::nullopt;
    return instant.toUTC();
}

} // namespace Satchel
