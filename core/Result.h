// Result<T>: the value of a fallible call, or the Error that stopped it. No exception crosses
// Satchel's APIs; callers check ok() (or use the value directly after checking).
#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <utility>
#include <variant>

namespace Satchel {

// A failure: a stable machine code (used by tests, the CLI's --json output and check reports)
// and a translated, human-readable message made where the failure was detected.
struct Error {
    QString code;
    QString message;

    // What a message may quote of untrusted input: at most maxChars on one line (control
    // characters blanked, an ellipsis when cut), so a hostile file cannot flood a report.
    static QString excerpt(QStringView text, int maxChars = 60)
    {
        QString out = text.left(maxChars).toString();
        for (QChar &c : out) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                c = QLatin1Char(' ');
        }
        if (text.size() > maxChars)
            out += QChar(0x2026);
        return out;
    }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(const T &value) : m_state(value) {}
    Result(T &&value) : m_state(std::move(value)) {}
    Result(const Error &error) : m_state(error) {}
    Result(Error &&error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success carries no value.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(const Error &error) : m_error(error) {}
    Result(Error &&error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Satchel
