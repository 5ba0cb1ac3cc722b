// A filter combo box as wide as its first item (the "All issuers" choice), not its longest: a
// longer choice is shown shortened with "…" (QComboBox would cut it mid-letter) and in full in the
// popup and the tooltip. Keeps a row of filters narrow whatever the wallet holds.
#pragma once

#include <QComboBox>

class QStyleOptionComboBox;

namespace Satchel {

class ElidingComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void showPopup() override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRect textRect(const QStyleOptionComboBox &option) const;
};

} // namespace Satchel
