// The gallery's search and filter row: the search box, the filters (issuer, format, type, tag,
// collection, year) and the sort order, wrapped onto as many lines as the width needs, so that
// neither a 1024-px screen nor longer French labels push controls out of the window.
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace Satchel {

class FlowLayout;

class FilterBar : public QWidget {
    Q_OBJECT
public:
    // Narrower than this, a search box shows too little of what is typed.
    static constexpr int kMinSearchWidth = 260;

    explicit FilterBar(QWidget *parent = nullptr);

    // In order: the search box first (it takes the spare width of its line), the filters, the sort.
    void setSearchBox(QLineEdit *search);
    void addFilter(QComboBox *filter);
    void setSortControls(QComboBox *sort, QToolButton *order); // kept together on one line

private:
    FlowLayout *m_layout = nullptr;
};

} // namespace Satchel
