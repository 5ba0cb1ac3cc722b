#include "common/ProblemLabel.h"

namespace Satchel {

ProblemLabel::ProblemLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    setAccessibleName(tr("Problem"));
    hide();
}

void ProblemLabel::say(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QString ProblemLabel::said() const
{
    return isHidden() ? QString() : text();
}

} // namespace Satchel
