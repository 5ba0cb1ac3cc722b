// The *Shared links* window (View menu): every public link made from this wallet, with the
// credential it shows, when it was made, and *Stop sharing*.
#pragma once

#include "storage/Wallet.h"

#include <QDialog>

namespace Satchel {

class NetworkMode;
class PublicLinksWidget;

class SharedLinksWindow : public QDialog {
    Q_OBJECT
public:
    // network: the application's; not owned.
    SharedLinksWindow(Wallet *wallet, NetworkMode *network, QWidget *parent = nullptr);
    PublicLinksWidget *links() const { return m_links; }

private:
    PublicLinksWidget *m_links = nullptr;
};

} // namespace Satchel
