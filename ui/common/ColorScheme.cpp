#include "common/ColorScheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Satchel {

namespace {

// The look Satchel started with, for going back to System after Light or Dark; read once, before
// the first change.
struct SystemLook {
    QString styleName;
    QPalette palette;
};

const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

} // namespace

ColorScheme::Choice ColorScheme::fromSettingValue(const QString &value)
{
    if (value == QLatin1String("light"))
        return Choice::Light;
    if (value == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

QString ColorScheme::settingValue(Choice choice)
{
    switch (choice) {
    case Choice::Light: return QStringLiteral("light");
    case Choice::Dark: return QStringLiteral("dark");
    case Choice::System: break;
    }
    return QStringLiteral("system");
}

QString ColorScheme::label(Choice choice)
{
    switch (choice) {
    case Choice::Light: return tr("Light");
    case Choice::Dark: return tr("Dark");
    case Choice::System: break;
    }
    return tr("Follow the system");
}

void ColorScheme::apply(Choice choice)
{
    const SystemLook &system = systemLook();
    if (choice == Choice::System) {
        if (QApplication::style()->name() != system.styleName)
            QApplication::setStyle(QStyleFactory::create(system.styleName));
        QApplication::setPalette(system.palette);
        return;
    }
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(choice == Choice::Dark ? darkPalette() : lightPalette());
}

QPalette ColorScheme::lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef), QColor(0xef, 0xef, 0xef)); // Fusion's own light grey
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::ButtonText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::Highlight, QColor(0x1d, 0x5f, 0xa8)); // white text on it: 6.5:1
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x0b, 0x57, 0xb0));
    palette.setColor(QPalette::LinkVisited, QColor(0x6a, 0x2c, 0x84));
    palette.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x5f, 0x5f));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, Qt::black);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x76, 0x76, 0x76));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x76, 0x76, 0x76));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x76, 0x76, 0x76));
    return palette;
}

QPalette ColorScheme::darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor text(0xf0, 0xf0, 0xf0);
    QPalette palette(text, window, QColor(0x4a, 0x4a, 0x4f), QColor(0x18, 0x18, 0x1a), QColor(0x3a, 0x3a, 0x3e), text,
                     Qt::white, QColor(0x1e, 0x1e, 0x20), window);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2e));
    // Light text on the selection, whether drawn in HighlightedText or (some item views, the
    // progress bar's label) in Text: 4.5:1 or more; and the focus ring 3:1 on Base.
    palette.setColor(QPalette::Highlight, QColor(0x2c, 0x6a, 0xcb));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb8, 0xf5));
    palette.setColor(QPalette::LinkVisited, QColor(0xd7, 0xa6, 0xef));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0x26, 0x26, 0x28));
    return palette;
}

} // namespace Satchel
