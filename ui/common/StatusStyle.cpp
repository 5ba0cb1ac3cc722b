#include "common/StatusStyle.h"

namespace Satchel {

QString StatusStyle::presentation(const QString &status, const QString &recipientCheck, bool hasIdentities)
{
    if (status == QLatin1String("valid") && hasIdentities && recipientCheck == QLatin1String("warn"))
        return QLatin1String(kNotYours);
    return status;
}

bool StatusStyle::isSetApart(const QString &status)
{
    return status == QLatin1String("invalid") || status == QLatin1String("revoked")
        || status == QLatin1String("expired");
}

QString StatusStyle::label(const QString &status)
{
    if (status.isEmpty())
        return tr("Not verified");
    if (status == QLatin1String("valid"))
        return tr("Valid");
    if (status == QLatin1String("revoked"))
        return tr("Revoked");
    if (status == QLatin1String("expired"))
        return tr("Expired");
    if (status == QLatin1String("not-yet-valid"))
        return tr("Not yet valid");
    if (status == QLatin1String("invalid"))
        return tr("Invalid");
    if (status == QLatin1String("unknown"))
        return tr("Could not check");
    if (status == QLatin1String(kNotYours))
        return tr("Valid, but not issued to you");
    return status; // a status code from a newer Satchel: show it as it is
}

ThemeColors::Tone StatusStyle::tone(const QString &status)
{
    if (status == QLatin1String("valid"))
        return ThemeColors::Tone::Positive;
    if (status == QLatin1String(kNotYours)) // not the green of "valid", not a failure's red
        return ThemeColors::Tone::Notice;
    if (status == QLatin1String("revoked") || status == QLatin1String("invalid"))
        return ThemeColors::Tone::Negative;
    if (status == QLatin1String("expired") || status == QLatin1String("not-yet-valid"))
        return ThemeColors::Tone::Caution;
    return ThemeColors::Tone::Neutral;
}

QColor StatusStyle::color(const QString &status)
{
    return ThemeColors::fill(tone(status));
}

QColor StatusStyle::textColor(const QString &status, const QPalette &palette)
{
    return ThemeColors::text(tone(status), palette);
}

QString StatusStyle::iconPath(const QString &status)
{
    if (status == QLatin1String("valid"))
        return QStringLiteral(":/icons/status-valid.svg");
    if (status == QLatin1String(kNotYours))
        return QStringLiteral(":/icons/status-not-yours.svg");
    if (status == QLatin1String("revoked") || status == QLatin1String("invalid"))
        return QStringLiteral(":/icons/status-revoked.svg");
    if (status == QLatin1String("expired") || status == QLatin1String("not-yet-valid"))
        return QStringLiteral(":/icons/status-expired.svg");
    return QStringLiteral(":/icons/status-unknown.svg");
}

} // namespace Satchel
