// One line of a verification report: a stable machine code ("signature", "expired", ...), its
// outcome and a translated message for people.
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Satchel {

enum class CheckOutcome { Pass, Fail, Warn, Skip, Unknown };

struct VerificationCheck {
    QString code;
    CheckOutcome outcome = CheckOutcome::Pass;
    QString message;

    static QString outcomeName(CheckOutcome outcome);
    static std::optional<CheckOutcome> outcomeFromName(QStringView name);
    QJsonObject toJson() const;
};

} // namespace Satchel
