// What the gallery shows when it has no card to show, always with a way forward: an empty wallet
// offers the window's own import actions (and the demo wallet where there is one) as buttons; a
// search or filter that matched nothing says so and offers to clear them.
#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Satchel {

class EmptyStateView : public QWidget {
    Q_OBJECT
public:
    enum class Reason { EmptyWallet, NoMatches };

    explicit EmptyStateView(QWidget *parent = nullptr);

    // The buttons of the empty wallet, in order: the same QActions as the menus, so a button
    // never leads anywhere the menus do not (a hidden action hides its button).
    void setWalletActions(const QList<QAction *> &actions);
    QList<QAction *> walletActions() const { return m_actions; }

    void showEmptyWallet();
    // searchText: what the search box holds (may be empty when only filters are set).
    void showNoMatches(const QString &searchText);
    Reason reason() const { return m_reason; }
    QString title() const;
    QPushButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void clearRequested(); // "Clear search and filters"

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Reason m_reason = Reason::EmptyWallet;
    QString m_searchText;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QWidget *m_buttons = nullptr;
    QHBoxLayout *m_buttonRow = nullptr;
    QPushButton *m_clear = nullptr;
    QList<QAction *> m_actions;
};

} // namespace Satchel
