#include "VerificationReport.h"

#include "i18n/Translations.h"

#include <QJsonArray>

namespace Satchel {

namespace {

// The codes that lower a credential's status without making it invalid, by severity.
VerificationStatus statusForFailure(const QString &code)
{
    if (code == QLatin1String("revoked"))
        return VerificationStatus::Revoked;
    if (code == QLatin1String("expired"))
        return VerificationStatus::Expired;
    if (code == QLatin1String("not-yet-valid"))
        return VerificationStatus::NotYetValid;
    return VerificationStatus::Invalid;
}

} // namespace

void VerificationReport::add(const QString &code, CheckOutcome outcome, const QString &message)
{
    checks.append(VerificationCheck{code, outcome, message});
}

VerificationStatus VerificationReport::status() const
{
    // The enum is ordered by severity, so the worst status is the maximum.
    VerificationStatus worst = VerificationStatus::Valid;
    for (const auto &check : checks) {
        VerificationStatus s = VerificationStatus::Valid;
        if (check.outcome == CheckOutcome::Fail)
            s = statusForFailure(check.code);
        else if (check.outcome == CheckOutcome::Unknown)
            s = VerificationStatus::Unknown;
        if (int(s) > int(worst))
            worst = s;
    }
    return worst;
}

QString VerificationReport::reasonCode() const
{
    const VerificationStatus s = status();
    if (s == VerificationStatus::Valid)
        return QString();
    for (const auto &check : checks) {
        if (s == VerificationStatus::Unknown) {
            if (check.outcome == CheckOutcome::Unknown)
                return check.code;
        } else if (check.outcome == CheckOutcome::Fail && statusForFailure(check.code) == s) {
            return check.code;
        }
    }
    return QString();
}

bool VerificationReport::has(const QString &code, CheckOutcome outcome) const
{
    for (const auto &check : checks)
        if (check.code == code && check.outcome == outcome)
            return true;
    return false;
}

bool VerificationReport::hasFailure() const
{
    for (const auto &check : checks)
        if (check.outcome == CheckOutcome::Fail)
            return true;
    return false;
}

namespace {
const QString kRecipientCode = QStringLiteral("recipient-mismatch");
} // namespace

std::optional<bool> VerificationReport::issuedToYou(const QList<VerificationCheck> &checks)
{
    for (const auto &check : checks) {
        if (check.code != kRecipientCode)
            continue;
        if (check.outcome == CheckOutcome::Pass)
            return true;
        if (check.outcome == CheckOutcome::Warn || check.outcome == CheckOutcome::Fail)
            return false;
        return std::nullopt;
    }
    return std::nullopt;
}

QString VerificationReport::recipientOutcome(const QList<VerificationCheck> &checks)
{
    for (const auto &check : checks)
        if (check.code == kRecipientCode)
            return VerificationCheck::outcomeName(check.outcome);
    return QString();
}

QString VerificationReport::statusName(VerificationStatus status)
{
    switch (status) {
    case VerificationStatus::Valid:
        return QStringLiteral("valid");
    case VerificationStatus::Unknown:
        return QStringLiteral("unknown");
    case VerificationStatus::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case VerificationStatus::Expired:
        return QStringLiteral("expired");
    case VerificationStatus::Revoked:
        return QStringLiteral("revoked");
    case VerificationStatus::Invalid:
        return QStringLiteral("invalid");
    }
    return QString();
}

QString VerificationReport::statusLabel(VerificationStatus status)
{
    switch (status) {
    case VerificationStatus::Valid:
        return tr("Valid");
    case VerificationStatus::Unknown:
        return tr("Could not be checked");
    case VerificationStatus::NotYetValid:
        return tr("Not yet valid");
    case VerificationStatus::Expired:
        return tr("Expired");
    case VerificationStatus::Revoked:
        return tr("Revoked");
    case VerificationStatus::Invalid:
        return tr("Invalid");
    }
    return QString();
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray list;
    for (const auto &check : checks)
        list.append(check.toJson());
    QJsonObject out{{QStringLiteral("id"), credentialId},
                    {QStringLiteral("status"), statusName(status())},
                    {QStringLiteral("checks"), list},
                    // The messages are in the language of the moment: a page in another one says so.
                    {QStringLiteral("language"), Translations::currentLanguage()}};
    if (checkedAt.isValid())
        out.insert(QStringLiteral("checkedAt"), checkedAt.toUTC().toString(Qt::ISODate));
    return out;
}

} // namespace Satchel
