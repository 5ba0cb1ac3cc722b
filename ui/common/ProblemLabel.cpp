#include "common/ProblemLabel.h"
#include "common/ThemeColors.h"

namespace Satchel {

ProblemLabel::ProblemLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    ThemeColors::setTextTone(this, ThemeColors::Tone::Negative);
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
