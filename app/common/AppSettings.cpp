#include "AppSettings.h"

#include "i18n/Translations.h"

#include <QSettings>

namespace Satchel {

namespace {
const char kWorkOfflineKey[] = "verify/offline";
const char kDesignKey[] = "print/design";
const char kPaperKey[] = "print/paper";
const char kLandscapeKey[] = "print/landscape";
} // namespace

bool AppSettings::workOffline() const
{
    return QSettings().value(QLatin1String(kWorkOfflineKey), false).toBool();
}

void AppSettings::setWorkOffline(bool offline)
{
    QSettings().setValue(QLatin1String(kWorkOfflineKey), offline);
}

QString AppSettings::language() const
{
    return QSettings().value(QLatin1String(Translations::kLanguageSettingKey)).toString();
}

QString AppSettings::colorScheme() const
{
    return QSettings().value(QLatin1String(kColorSchemeKey)).toString();
}

CertificateOptions AppSettings::rememberedCertificateOptions() const
{
    const QSettings settings;
    CertificateOptions remembered;
    remembered.design = CertificateOptions::Design(settings.value(QLatin1String(kDesignKey), 0).toInt());
    remembered.paper = CertificateOptions::Paper(settings.value(QLatin1String(kPaperKey), 0).toInt());
    remembered.landscape = settings.value(QLatin1String(kLandscapeKey), false).toBool();
    return remembered;
}

void AppSettings::rememberCertificateOptions(const CertificateOptions &options)
{
    QSettings settings;
    settings.setValue(QLatin1String(kDesignKey), int(options.design));
    settings.setValue(QLatin1String(kPaperKey), int(options.paper));
    settings.setValue(QLatin1String(kLandscapeKey), options.landscape);
}

} // namespace Satchel
