// The card that has keyboard focus must be seen at a glance: a solid ring in the highlight colour
// around it, where an unfocused card has nothing.
#include "gallery/CardDelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace Satchel;

namespace {

// Pixels of the highlight colour in the margin around the card (outside its own border).
int highlightPixelsAroundCard(QStyle::State state)
{
    QStandardItemModel model;
    model.appendRow(new QStandardItem(QStringLiteral("Data Analysis Fundamentals")));
    CardDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), CardDelegate::cardSize());
    option.palette = QApplication::palette();
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled | state;
    QImage image(CardDelegate::cardSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();

    const QColor highlight = option.palette.color(QPalette::Highlight);
    constexpr int kMargin = 6; // CardDelegate's space between cards
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool margin = x < kMargin - 1 || y < kMargin - 1 || x > image.width() - kMargin
                || y > image.height() - kMargin;
            const QColor pixel = image.pixelColor(x, y);
            if (margin && pixel.alpha() > 200 && qAbs(pixel.red() - highlight.red()) < 40
                && qAbs(pixel.green() - highlight.green()) < 40 && qAbs(pixel.blue() - highlight.blue()) < 40)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestCardDelegate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void focusRingIsVisible()
    {
        QCOMPARE(highlightPixelsAroundCard(QStyle::State_None), 0);
        QCOMPARE(highlightPixelsAroundCard(QStyle::State_Selected), 0);
        // The card is 184 x 224 inside its margin: a ring around it is over 800 pixels long.
        QVERIFY(highlightPixelsAroundCard(QStyle::State_HasFocus) > 1200);
        QVERIFY(highlightPixelsAroundCard(QStyle::State_HasFocus | QStyle::State_Selected) > 1200);
    }
};

QTEST_MAIN(TestCardDelegate)
#include "TestCardDelegate.moc"
