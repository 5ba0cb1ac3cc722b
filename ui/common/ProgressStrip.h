// A progress bar with a Cancel button beside it, for work that runs in the background (an import,
// a review, a verification run): busy until the first count, then "done of total"; Cancel is on
// only while the work runs. The owner names the button and the bar's text in its own words.
#pragma once

#include <QWidget>

class QAbstractButton;
class QProgressBar;

namespace Satchel {

class ProgressStrip : public QWidget {
    Q_OBJECT
public:
    // Between runs the strip is either gone (a status bar, a window that shows it only while it
    // works) or stays in place with Cancel off (a dialog whose layout must not jump).
    enum class Idle { Hidden, Disabled };

    // cancel: the button to show beside the bar (a tool button in a status bar, a push button in
    // a dialog); the strip takes it over.
    ProgressStrip(Idle idle, QAbstractButton *cancel, QWidget *parent = nullptr);

    void start(); // busy, Cancel on
    void setProgress(int done, int total);
    void finish(); // Idle::Hidden: gone; Idle::Disabled: a full bar, Cancel off

    QProgressBar *bar() const { return m_bar; }
    QAbstractButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    Idle m_idle;
    QProgressBar *m_bar = nullptr;
    QAbstractButton *m_cancel = nullptr;
};

} // namespace Satchel
