// The current time, from one place that tests and demos can set: the GUI's and satchel-cli's
// hidden --now ISO option give a fixed clock, otherwise it is the system's. A value passed down
// from the composition root, never a global, so that each test picks its own "now".
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Satchel {

class Clock {
public:
    Clock() = default; // the system clock
    static Clock fixedAt(const QDateTime &now) { return Clock(now.toUTC()); }

    QDateTime now() const { return m_fixed.isValid() ? m_fixed : QDateTime::currentDateTimeUtc(); }
    bool isFixed() const { return m_fixed.isValid(); }

    // An ISO 8601 date and time ("2026-06-01T12:00:00Z", with or without milliseconds or an
    // offset), in UTC; nothing when text is not one.
    static std::optional<QDateTime> parseInstant(const QString &text);

private:
    explicit Clock(const QDateTime &fixed) : m_fixed(fixed) {}

    QDateTime m_fixed;
};

} // namespace Satchel
