// The line under a dialog's pages that says what went wrong, in plain text (never markup from a
// server), hidden while there is nothing to say.
#pragma once

#include <QLabel>

namespace Satchel {

class ProblemLabel : public QLabel {
    Q_OBJECT
public:
    explicit ProblemLabel(QWidget *parent = nullptr);
    // Shows message; an empty one hides the line.
    void say(const QString &message);
    // What it says now, empty when hidden.
    QString said() const;
};

} // namespace Satchel
