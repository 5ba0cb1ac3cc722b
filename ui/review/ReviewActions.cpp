#include "ReviewActions.h"

#include "ReviewPacketDialog.h"
#include "ReviewWindow.h"
#include "skills/SkillsDialog.h"
#include "storage/Wallet.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QStandardPaths>
#include <QWidget>

namespace Satchel {

ReviewActions::ReviewActions(QWidget *window, WalletGetter wallet, SelectionGetter selection, NetworkMode *network)
    : QObject(window)
    , m_window(window)
    , m_wallet(std::move(wallet))
    , m_selection(std::move(selection))
    , m_network(network)
    , m_create(new QAction(this))
    , m_open(new QAction(this))
    , m_skills(new QAction(this))
{
    connect(m_create, &QAction::triggered, this, &ReviewActions::createPacket);
    connect(m_open, &QAction::triggered, this, &ReviewActions::choosePacket);
    connect(m_skills, &QAction::triggered, this, &ReviewActions::showSkills);
    window->installEventFilter(this); // for LanguageChange
    retranslate();
}

bool ReviewActions::isReviewPacket(const QString &path)
{
    return path.endsWith(QLatin1String(".satchel-review"), Qt::CaseInsensitive);
}

bool ReviewActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReviewActions::retranslate()
{
    m_create->setText(tr("&Create review packet…"));
    m_create->setStatusTip(tr("Export credentials, with your verification results, for a career advisor"));
    m_open->setText(tr("Open re&view packet…"));
    m_open->setStatusTip(tr("Review a learner's packet: every credential is verified again"));
    m_skills->setText(tr("S&kills…"));
    m_skills->setStatusTip(tr("The skills your credentials show, by framework"));
}

void ReviewActions::createPacket()
{
    Wallet *wallet = m_wallet();
    if (!wallet)
        return;
    auto *dialog = new ReviewPacketDialog(*wallet, m_selection(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReviewActions::choosePacket()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open review packet"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Satchel review packets (*.satchel-review);;"
                                                         "Signed presentations (*.json *.jwt)"));
    if (!path.isEmpty())
        openPacket(path);
}

ReviewWindow *ReviewActions::openPacket(const QString &path)
{
    // A top-level window of its own (no parent): the review stays apart from the learner's wallet view.
    Wallet *wallet = m_wallet();
    auto *window = new ReviewWindow(wallet ? wallet->path() : QString(), m_network);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    // In front of the wallet window, which is often still coming up when a packet is opened at launch.
    window->raise();
    window->activateWindow();
    if (!window->openPacket(path)) {
        window->close();
        return nullptr;
    }
    return window;
}

void ReviewActions::showSkills()
{
    Wallet *wallet = m_wallet();
    if (!wallet)
        return;
    auto *dialog = new SkillsDialog(wallet->path(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace Satchel
