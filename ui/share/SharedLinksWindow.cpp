#include "share/SharedLinksWindow.h"

#include "share/PublicLinksWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Satchel {

SharedLinksWindow::SharedLinksWindow(Wallet *wallet, NetworkMode *network, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Shared links"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Public links you made. Anyone with a link can see the credential until you stop "
                                "sharing it; make new ones from Share."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    m_links = new PublicLinksWidget(wallet, 0, this);
    m_links->setNetworkMode(network);
    layout->addWidget(m_links, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 380);
}

} // namespace Satchel
