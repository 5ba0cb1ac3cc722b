// The colours Satchel draws itself (status chips and words, banners, problem text, the HTML pages'
// accents), picked for the palette in use so that text keeps WCAG 2.1 AA contrast (4.5:1) in the
// light, dark and high-contrast schemes. Qt 6.4 has no QStyleHints::colorScheme(): whether a
// palette is dark is read from its window and text lightness.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <functional>

class QWidget;

namespace Satchel {

class ThemeColors {
public:
    // What a colour says; each tone also has a word or a symbol next to it (never colour alone).
    enum class Tone { Positive, Caution, Negative, Notice, Neutral, Info };

    static constexpr double kTextContrast = 4.5;     // WCAG 2.1 SC 1.4.3, normal text
    static constexpr double kGraphicContrast = 3.0;  // SC 1.4.11, borders and symbols

    static bool isDark(const QPalette &palette);

    // Text in this tone on the palette's Window and Base (words, symbols, list cells).
    static QColor text(Tone tone, const QPalette &palette);
    // A solid fill behind white text (status chips, the card's status band), in every scheme.
    static QColor fill(Tone tone);
    // A tinted banner: its background, its text and its border.
    static QColor bannerBackground(Tone tone, const QPalette &palette);
    static QColor bannerText(Tone tone, const QPalette &palette);
    static QColor bannerBorder(Tone tone, const QPalette &palette);
    // "background:…;color:…;border-color:…" for a banner, for style sheets and HTML pages.
    static QString bannerCss(Tone tone, const QPalette &palette);

    // WCAG 2.1 relative luminance and contrast ratio (1 to 21).
    static double luminance(const QColor &color);
    static double contrast(const QColor &a, const QColor &b);

    // Runs restyle now and again whenever the application's palette changes (Settings → Appearance,
    // the system switching to dark), for widgets whose style sheet names colours.
    static void follow(QWidget *widget, const std::function<void()> &restyle);
    // A label's text in this tone, following palette changes.
    static void setTextTone(QWidget *label, Tone tone);
};

} // namespace Satchel
