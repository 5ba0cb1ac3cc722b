#include "common/ClearButtonName.h"

#include <QAction>
#include <QLineEdit>

namespace Satchel {

void ClearButtonName::apply(QLineEdit *edit)
{
    // The action's object name is Qt's own (qlineedit_p.cpp), stable since Qt 5.2.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the text"));
}

} // namespace Satchel
