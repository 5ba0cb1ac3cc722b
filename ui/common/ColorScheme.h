// Light or dark: Satchel follows the system's colour scheme unless the learner chose one in
// Settings → General → Appearance. Light and Dark use the Fusion style, whose palette Satchel sets
// (platform styles may ignore a palette); System gives back the style and palette Satchel started with.
#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace Satchel {

class ColorScheme {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ColorScheme)
public:
    enum class Choice { System, Light, Dark };

    // The QSettings key the settings dialog writes and main() reads (through AppSettings).
    static constexpr const char *kSettingKey = "appearance/colorScheme";

    static Choice fromSettingValue(const QString &value); // "light", "dark"; anything else: System
    static QString settingValue(Choice choice);
    static QString label(Choice choice); // for the settings dialog

    // Applies the choice to the application (style and palette). Call once a QApplication exists.
    static void apply(Choice choice);
    // Fusion's light and dark palettes as Satchel uses them, every text pair at 4.5:1 or more.
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace Satchel
