// Paints one credential as a card: badge image, name, issuer, issue date and a status chip, with
// the issuer's trust symbol in the top right corner (its line as the symbol's tooltip). An
// invalid, revoked or expired credential's card is dimmed, with its status across the image.
// Every card has the same size, so the list view lays out 10,000 of them without measuring text.
#pragma once

#include <QPixmap>
#include <QStyledItemDelegate>

namespace Satchel {

class CardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit CardDelegate(QObject *parent = nullptr);

    static QSize cardSize();
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    // Where a card's trust symbol is drawn (in item coordinates).
    static QRectF trustSymbolRect(const QRect &itemRect);

private:
    static void paintTrustSymbol(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index);
    static void paintStatusBand(QPainter *painter, const QRectF &band, const QFont &font, const QString &status);
    QPixmap placeholder(qreal devicePixelRatio) const;
    mutable QPixmap m_placeholder;
};

} // namespace Satchel
