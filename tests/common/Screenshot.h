// GUI tests: with SATCHEL_SCREENSHOT_DIR set, a widget is also saved as a picture to look at.
#pragma once

#include <QTest>
#include <QWidget>

namespace SatchelTest {

inline void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SATCHEL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name));
}

} // namespace SatchelTest
