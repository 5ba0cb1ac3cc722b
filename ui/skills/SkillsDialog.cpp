#include "SkillsDialog.h"

#include "SkillsWidget.h"
#include "skills/WalletSkills.h"
#include "storage/Wallet.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace Satchel {

SkillsDialog::SkillsDialog(const QString &walletPath, QWidget *parent)
    : QDialog(parent)
    , m_skills(new SkillsWidget(this))
{
    setWindowTitle(tr("Skills"));
    resize(760, 520);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_skills, 1);
    layout->addWidget(buttons);
    m_skills->setMessage(tr("Reading your credentials…"));
    m_job.start(
        walletPath, [](Wallet &wallet, JobControl &) { return WalletSkills::summarize(wallet); },
        [this](const Result<SkillsSummary> &summary) { onLoaded(summary); });
}

SkillsDialog::~SkillsDialog() = default; // m_job waits for the reading

void SkillsDialog::onLoaded(const Result<SkillsSummary> &summary)
{
    if (summary)
        m_skills->setSummary(*summary);
    else
        m_skills->setMessage(tr("The skills could not be worked out: %1").arg(summary.error().message));
    Q_EMIT loaded();
}

} // namespace Satchel
