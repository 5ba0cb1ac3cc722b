// The learner's Skills view (View → Skills): the skills roll-up of the whole wallet. The wallet is
// re-parsed on a worker thread with its own connection, so a large wallet never blocks the window.
#pragma once

#include "Result.h"
#include "common/BackgroundJob.h"
#include "skills/SkillsSummary.h"

#include <QDialog>

namespace Satchel {

class SkillsWidget;

class SkillsDialog : public QDialog {
    Q_OBJECT
public:
    SkillsDialog(const QString &walletPath, QWidget *parent = nullptr);
    ~SkillsDialog() override;
    SkillsWidget *skillsWidget() const { return m_skills; }
    bool isLoading() const { return m_job.isRunning(); }

Q_SIGNALS:
    void loaded();

private:
    void onLoaded(const Result<SkillsSummary> &summary);

    SkillsWidget *m_skills = nullptr;
    BackgroundJob m_job;
};

} // namespace Satchel
