// The learner's Skills view (View → Skills): the skills roll-up of the whole wallet. The wallet is
// re-parsed on a worker thread with its own connection, so a large wallet never blocks the window.
#pragma once

#include "Result.h"
#include "skills/SkillsSummary.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Satchel {

class SkillsWidget;

class SkillsDialog : public QDialog {
    Q_OBJECT
public:
    SkillsDialog(const QString &walletPath, QWidget *parent = nullptr);
    ~SkillsDialog() override;
    SkillsWidget *skillsWidget() const { return m_skills; }
    bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void loaded();

private:
    void onLoaded();

    SkillsWidget *m_skills = nullptr;
    QFutureWatcher<std::shared_ptr<Result<SkillsSummary>>> m_watcher;
};

} // namespace Satchel
