// The review and skills entries of the main window, kept out of MainWindow: File → Create review
// packet… and Open review packet…, View → Skills…, and opening a .satchel-review that was dropped
// or named on the command line. The main window only adds these actions to its menus.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace Satchel {

class NetworkMode;
class ReviewWindow;
class Wallet;

class ReviewActions : public QObject {
    Q_OBJECT
public:
    using WalletGetter = std::function<Wallet *()>;
    using SelectionGetter = std::function<QList<qint64>()>;

    // network: the application's, for the review windows; not owned.
    ReviewActions(QWidget *window, WalletGetter wallet, SelectionGetter selection, NetworkMode *network);

    QAction *createPacketAction() const { return m_create; }
    QAction *openPacketAction() const { return m_open; }
    QAction *skillsAction() const { return m_skills; }

    static bool isReviewPacket(const QString &path); // by its .satchel-review suffix
    // Opens a review window for the packet (asking for its passphrase when it has one).
    ReviewWindow *openPacket(const QString &path);
    void showSkills();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void createPacket();
    void choosePacket();

    QWidget *m_window;
    WalletGetter m_wallet;
    SelectionGetter m_selection;
    NetworkMode *m_network;
    QAction *m_create = nullptr;
    QAction *m_open = nullptr;
    QAction *m_skills = nullptr;
};

} // namespace Satchel
