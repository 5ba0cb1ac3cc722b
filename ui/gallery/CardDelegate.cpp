#include "gallery/CardDelegate.h"

#include "common/StatusStyle.h"
#include "gallery/CredentialListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <QToolTip>

namespace Satchel {

namespace {
constexpr int kCardWidth = 196;
constexpr int kCardHeight = 236;
constexpr int kImageSide = 112;
constexpr int kMargin = 6;   // space between cards
constexpr int kPadding = 10; // inside a card
constexpr qreal kFocusRingWidth = 3;
constexpr qreal kFocusRingGap = 3.5; // between the card's border and the ring, inside kMargin
} // namespace

CardDelegate::CardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize CardDelegate::cardSize()
{
    return {kCardWidth, kCardHeight};
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return cardSize();
}

QPixmap CardDelegate::placeholder(qreal dpr) const
{
    if (m_placeholder.isNull() || !qFuzzyCompare(m_placeholder.devicePixelRatio(), dpr)) {
        QPixmap pixmap(QSize(kImageSide, kImageSide) * dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        QSvgRenderer(QStringLiteral(":/icons/badge-placeholder.svg")).render(&p);
        p.end();
        pixmap.setDevicePixelRatio(dpr);
        m_placeholder = pixmap;
    }
    return m_placeholder;
}

void CardDelegate::paintStatusBand(QPainter *painter, const QRectF &band, const QFont &font, const QString &status)
{
    QFont bold = font;
    bold.setBold(true);
    bold.setCapitalization(QFont::AllUppercase);
    bold.setLetterSpacing(QFont::PercentageSpacing, 108);
    painter->save();
    painter->fillRect(band, StatusStyle::color(status));
    painter->setFont(bold);
    painter->setPen(Qt::white);
    painter->drawText(band, Qt::AlignCenter,
                      QFontMetrics(bold).elidedText(StatusStyle::label(status), Qt::ElideRight, int(band.width()) - 8));
    painter->restore();
}

QRectF CardDelegate::trustSymbolRect(const QRect &itemRect)
{
    const QRectF card = QRectF(itemRect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    constexpr qreal side = 22;
    return QRectF(card.right() - kPadding / 2.0 - side, card.top() + kPadding / 2.0, side, side);
}

// A symbol in a ring (check, clock, star, question mark): its shape says the state, its colour only
// repeats it.
void CardDelegate::paintTrustSymbol(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString symbol = index.data(CredentialListModel::TrustSymbolRole).toString();
    if (symbol.isEmpty())
        return;
    const auto kind = IssuerTrust::Kind(index.data(CredentialListModel::TrustKindRole).toInt());
    ThemeColors::Tone tone = ThemeColors::Tone::Neutral;
    if (kind == IssuerTrust::Kind::Listed)
        tone = ThemeColors::Tone::Positive;
    else if (kind == IssuerTrust::Kind::ListedStale)
        tone = ThemeColors::Tone::Caution;
    else if (kind == IssuerTrust::Kind::KnownPersonally)
        tone = ThemeColors::Tone::Info;
    const QColor color = ThemeColors::text(tone, option.palette); // drawn on Base
    const QRectF ring = trustSymbolRect(option.rect);
    painter->save();
    painter->setPen(QPen(color, 1.5));
    painter->setBrush(option.palette.color(QPalette::Base));
    painter->drawEllipse(ring);
    QFont font = option.font;
    font.setBold(true);
    font.setPixelSize(13);
    painter->setFont(font);
    painter->drawText(ring, Qt::AlignCenter, symbol);
    painter->restore();
}

bool CardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                             const QModelIndex &index)
{
    const QString line = index.data(CredentialListModel::TrustLineRole).toString();
    if (event && event->type() == QEvent::ToolTip && !line.isEmpty()
        && trustSymbolRect(option.rect).adjusted(-2, -2, 2, 2).contains(event->pos())) {
        QToolTip::showText(event->globalPos(), line, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);

    // Card background follows the system palette, so light and dark themes both work.
    QPainterPath shape;
    shape.addRoundedRect(card, 8, 8);
    painter->fillPath(shape, pal.color(QPalette::Base));
    QColor border = selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    if (hovered && !selected)
        border = pal.color(QPalette::Highlight).lighter(130);
    painter->setPen(QPen(border, selected ? 2.5 : 1));
    painter->drawPath(shape);
    if (option.state & QStyle::State_HasFocus) {
        // The keyboard's position must be seen at a glance, also on a selected card: a solid ring
        // in the margin around the card, in the highlight colour, apart from the card's border.
        painter->setPen(QPen(pal.color(QPalette::Highlight), kFocusRingWidth));
        painter->drawRoundedRect(card.adjusted(-kFocusRingGap, -kFocusRingGap, kFocusRingGap, kFocusRingGap), 10, 10);
    }

    // An invalid, revoked or expired badge is set apart: its image dimmed and greyed, a band across
    // it naming the status in words (never colour alone), the rest of the card muted.
    const QString status = index.data(CredentialListModel::StatusRole).toString();
    const QString shownStatus = index.data(CredentialListModel::PresentationRole).toString();
    const bool setApart = StatusStyle::isSetApart(status);

    // Image.
    const QRect imageBox(int(card.center().x()) - kImageSide / 2, int(card.top()) + kPadding, kImageSide, kImageSide);
    QImage image = index.data(CredentialListModel::ThumbnailRole).value<QImage>();
    if (setApart && !image.isNull() && !image.isGrayscale()) {
        // Grey, keeping the transparency a badge's round shape depends on.
        QImage grey = image.convertToFormat(QImage::Format_Grayscale8).convertToFormat(QImage::Format_ARGB32);
        if (image.hasAlphaChannel())
            grey.setAlphaChannel(image.convertToFormat(QImage::Format_Alpha8));
        image = grey;
    }
    const qreal dim = setApart ? 0.45 : 1.0;
    if (!image.isNull()) {
        const QSize shown = image.size().scaled(imageBox.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(), shown);
        target.moveCenter(imageBox.center());
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->setOpacity(dim);
        painter->drawImage(target, image);
        painter->setOpacity(1.0);
    } else {
        const bool loading = !index.data(CredentialListModel::ThumbnailKnownRole).toBool();
        painter->setOpacity((loading ? 0.35 : 0.8) * dim);
        painter->drawPixmap(imageBox, placeholder(painter->device()->devicePixelRatioF()));
        painter->setOpacity(1.0);
    }
    if (setApart)
        paintStatusBand(painter, QRectF(card.left(), imageBox.center().y() - 12, card.width(), 24), option.font, status);

    // Text.
    const int textLeft = int(card.left()) + kPadding;
    const int textWidth = int(card.width()) - 2 * kPadding;
    int y = imageBox.bottom() + 8;
    QFont nameFont = option.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    // The selection shows in the card's border; the name keeps the text colour, whose contrast holds.
    QColor nameColor = pal.color(QPalette::Text);
    if (setApart)
        nameColor.setAlphaF(0.7);
    painter->setPen(nameColor);
    const QFontMetrics nameMetrics(nameFont);
    const QRect nameRect(textLeft, y, textWidth, nameMetrics.height() * 2);
    const QString name = index.data(Qt::DisplayRole).toString();
    // Two lines at most: wrap, then elide whatever remains on the second line.
    QString first = name;
    QString second;
    if (nameMetrics.horizontalAdvance(name) > textWidth) {
        int cut = name.size();
        while (cut > 0 && nameMetrics.horizontalAdvance(name.left(cut)) > textWidth)
            cut = name.lastIndexOf(QLatin1Char(' '), cut - 1);
        if (cut <= 0)
            cut = name.size() / 2;
        first = name.left(cut).trimmed();
        second = nameMetrics.elidedText(name.mid(cut).trimmed(), Qt::ElideRight, textWidth);
        first = nameMetrics.elidedText(first, Qt::ElideRight, textWidth);
    }
    painter->drawText(QRect(nameRect.left(), nameRect.top(), textWidth, nameMetrics.height()),
                      Qt::AlignHCenter | Qt::AlignTop, first);
    if (!second.isEmpty())
        painter->drawText(QRect(nameRect.left(), nameRect.top() + nameMetrics.height(), textWidth, nameMetrics.height()),
                          Qt::AlignHCenter | Qt::AlignTop, second);
    y += nameMetrics.height() * 2 + 2;

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    painter->setFont(small);
    const QFontMetrics smallMetrics(small);
    QColor muted = pal.color(QPalette::Text);
    muted.setAlphaF(0.7); // at 0.7 still 4.5:1 or more on Base, light or dark
    painter->setPen(muted);
    const QString issuer = index.data(CredentialListModel::IssuerRole).toString();
    painter->drawText(QRect(textLeft, y, textWidth, smallMetrics.height()), Qt::AlignHCenter,
                      smallMetrics.elidedText(issuer, Qt::ElideRight, textWidth));
    y += smallMetrics.height();
    const QDateTime issued = index.data(CredentialListModel::IssuedRole).toDateTime();
    const QString date = issued.isValid() ? QLocale().toString(issued.toLocalTime().date(), QLocale::ShortFormat) : QString();
    const QString family = index.data(CredentialListModel::FormatFamilyRole).toString();
    const QString meta = date.isEmpty() ? family : (family.isEmpty() ? date : QStringLiteral("%1 · %2").arg(date, family));
    painter->drawText(QRect(textLeft, y, textWidth, smallMetrics.height()), Qt::AlignHCenter,
                      smallMetrics.elidedText(meta, Qt::ElideRight, textWidth));

    paintTrustSymbol(painter, option, index);

    // Status chip, bottom centre.
    const QString chipText = StatusStyle::label(shownStatus);
    const int chipWidth = qMin(textWidth, smallMetrics.horizontalAdvance(chipText) + 16);
    const int chipHeight = smallMetrics.height() + 4;
    const QRectF chip(card.center().x() - chipWidth / 2.0, card.bottom() - kPadding - chipHeight, chipWidth, chipHeight);
    QColor chipColor = StatusStyle::color(shownStatus);
    painter->setPen(Qt::NoPen);
    painter->setBrush(chipColor);
    painter->drawRoundedRect(chip, chipHeight / 2.0, chipHeight / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(chip, Qt::AlignCenter, smallMetrics.elidedText(chipText, Qt::ElideRight, chipWidth - 8));

    painter->restore();
}

} // namespace Satchel
