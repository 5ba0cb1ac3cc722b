#include "common/ThemeColors.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <cmath>

namespace Satchel {

namespace {

struct ToneColors {
    QRgb lightText; // on white and on Fusion's light grey window
    QRgb darkText;  // on a dark grey window
    QRgb fill;      // behind white text
    QRgb lightBanner, lightBannerText;
    QRgb darkBanner, darkBannerText;
};

// Each pair was chosen for 4.5:1 or more; TestAccessibility checks every one against the light,
// dark and high-contrast palettes.
ToneColors colorsOf(ThemeColors::Tone tone)
{
    switch (tone) {
    case ThemeColors::Tone::Positive:
        return {0x1b6e3a, 0x7fd39a, 0x1d7540, 0xe6f4ea, 0x0d3b1e, 0x1c3a26, 0xd3f0dc};
    case ThemeColors::Tone::Caution:
        return {0x8a5300, 0xf2b35c, 0x8a5300, 0xfff4e5, 0x663c00, 0x45341a, 0xffe1b0};
    case ThemeColors::Tone::Negative:
        return {0xb00020, 0xff8a80, 0xb3261e, 0xfdecea, 0x611a15, 0x4a1f1c, 0xffd7d2};
    case ThemeColors::Tone::Notice:
        return {0x6a2c84, 0xd7a6ef, 0x7d3c98, 0xf3e9f7, 0x3d1a4b, 0x3a2645, 0xecd6f5};
    case ThemeColors::Tone::Info:
        return {0x1558b0, 0x8ab8f5, 0x1565c0, 0xe8f0fb, 0x0d2f5c, 0x1d2e45, 0xd6e6fb};
    case ThemeColors::Tone::Neutral:
        break;
    }
    return {0x555b5e, 0xb8c0c2, 0x5f6b6d, 0xeef1f2, 0x2c3436, 0x2f3537, 0xe3e8ea};
}

bool readableOn(const QColor &text, const QPalette &palette)
{
    return ThemeColors::contrast(text, palette.color(QPalette::Window)) >= ThemeColors::kTextContrast
        && ThemeColors::contrast(text, palette.color(QPalette::Base)) >= ThemeColors::kTextContrast;
}

// Calls back on every application palette change, for as long as the widget lives. The
// application object hears of each one (ApplicationPaletteChange); child widgets hear only of
// their own palette, which a style sheet with colours pins.
class PaletteFollower : public QObject {
public:
    PaletteFollower(QWidget *widget, std::function<void()> restyle)
        : QObject(widget), m_restyle(std::move(restyle))
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange)
            m_restyle();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_restyle;
};

} // namespace

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

QColor ThemeColors::text(Tone tone, const QPalette &palette)
{
    const ToneColors colors = colorsOf(tone);
    const QColor preferred(isDark(palette) ? colors.darkText : colors.lightText);
    if (readableOn(preferred, palette))
        return preferred;
    const QColor other(isDark(palette) ? colors.lightText : colors.darkText);
    if (readableOn(other, palette))
        return other;
    // A high-contrast scheme whose background neither suits: its own text colour, the word says the rest.
    return palette.color(QPalette::WindowText);
}

QColor ThemeColors::fill(Tone tone)
{
    return QColor(colorsOf(tone).fill);
}

QColor ThemeColors::bannerBackground(Tone tone, const QPalette &palette)
{
    return QColor(isDark(palette) ? colorsOf(tone).darkBanner : colorsOf(tone).lightBanner);
}

QColor ThemeColors::bannerText(Tone tone, const QPalette &palette)
{
    return QColor(isDark(palette) ? colorsOf(tone).darkBannerText : colorsOf(tone).lightBannerText);
}

QColor ThemeColors::bannerBorder(Tone tone, const QPalette &palette)
{
    return isDark(palette) ? QColor(colorsOf(tone).darkText) : fill(tone);
}

QString ThemeColors::bannerCss(Tone tone, const QPalette &palette)
{
    return QStringLiteral("background:%1;color:%2;border-color:%3")
        .arg(bannerBackground(tone, palette).name(), bannerText(tone, palette).name(),
             bannerBorder(tone, palette).name());
}

double ThemeColors::luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double ThemeColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void ThemeColors::follow(QWidget *widget, const std::function<void()> &restyle)
{
    restyle();
    new PaletteFollower(widget, restyle);
}

void ThemeColors::setTextTone(QWidget *label, Tone tone)
{
    follow(label, [label, tone] {
        label->setStyleSheet(QStringLiteral("color: %1;").arg(text(tone, QApplication::palette()).name()));
    });
}

} // namespace Satchel
