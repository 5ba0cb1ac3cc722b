#include "SkillsDialog.h"

#include "SkillsWidget.h"
#include "skills/WalletSkills.h"
#include "storage/Wallet.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Satchel {

namespace {

// Result has no empty state, which QFuture needs; the pointer gives it one.
std::shared_ptr<Result<SkillsSummary>> summarizeWallet(const QString &walletPath)
{
    auto wallet = Wallet::open(walletPath); // this thread's own connection
    if (!wallet)
        return std::make_shared<Result<SkillsSummary>>(wallet.error());
    return std::make_shared<Result<SkillsSummary>>(WalletSkills::summarize(**wallet));
}

} // namespace

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
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Result<SkillsSummary>>>::finished, this, &SkillsDialog::onLoaded);
    m_watcher.setFuture(QtConcurrent::run(summarizeWallet, walletPath));
}

SkillsDialog::~SkillsDialog()
{
    m_watcher.waitForFinished();
}

void SkillsDialog::onLoaded()
{
    const auto summary = m_watcher.result();
    if (summary && *summary)
        m_skills->setSummary(**summary);
    else if (summary)
        m_skills->setMessage(tr("The skills could not be worked out: %1").arg(summary->error().message));
    Q_EMIT loaded();
}

} // namespace Satchel
