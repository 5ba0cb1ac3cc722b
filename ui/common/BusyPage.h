// A dialog page for work under way: what is happening, over a progress bar (busy until told the
// steps).
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Satchel {

class BusyPage : public QWidget {
    Q_OBJECT
public:
    explicit BusyPage(QWidget *parent = nullptr);
    // Says what is happening and shows the bar busy.
    void busy(const QString &what);
    // Step done of total.
    void step(const QString &what, int done, int total);

private:
    QLabel *m_what;
    QProgressBar *m_bar;
};

} // namespace Satchel
