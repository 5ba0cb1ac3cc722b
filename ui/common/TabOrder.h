// Tab order for widgets made after a Designer form. Qt appends each new widget to the end of its
// window's focus chain, so controls built from data (a wallet's identities, share targets, a tab
// added in code) land behind the form's Close button: Tab leaves the page, then comes back to it.
#pragma once

class QWidget;

namespace Satchel {

class TabOrder {
public:
    // Moves widget (or, for a container such as a QDialogButtonBox, the focusable widgets inside
    // it) to the end of its window's Tab chain, keeping their own order.
    static void moveToEnd(QWidget *widget);
};

} // namespace Satchel
