#include "VerificationCheck.h"

namespace Satchel {

QString VerificationCheck::outcomeName(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Pass:
        return QStringLiteral("pass");
    case CheckOutcome::Fail:
        return QStringLiteral("fail");
    case CheckOutcome::Warn:
        return QStringLiteral("warn");
    case CheckOutcome::Skip:
        return QStringLiteral("skip");
    case CheckOutcome::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

std::optional<CheckOutcome> VerificationCheck::outcomeFromName(QStringView name)
{
    for (auto o : {CheckOutcome::Pass, CheckOutcome::Fail, CheckOutcome::Warn, CheckOutcome::Skip,
                   CheckOutcome::Unknown})
        if (name == outcomeName(o))
            return o;
    return std::nullopt;
}

QJsonObject VerificationCheck::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("outcome"), outcomeName(outcome)},
            {QStringLiteral("message"), message}};
}

} // namespace Satchel
