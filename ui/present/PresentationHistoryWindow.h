// The *Presentation history* window (View menu): the presentation log, newest first. Each line is a
// verifier's request the learner answered, declined or that failed on the way: when, who (the name
// it gave and the domain actually contacted), by which protocol, the result with the verifier's or
// Satchel's words, and under it the credentials it carried (Enter or a double-click opens one still
// in the wallet). The log is a small table of the wallet's own, read on the UI thread; it never
// leaves the machine, and *Forget this entry* removes one line after asking.
#pragma once

#include "storage/PresentationLogEntry.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Satchel {

namespace Ui {
class PresentationHistoryWindow;
}

class Wallet;

class PresentationHistoryWindow : public QDialog {
    Q_OBJECT
public:
    enum Column { ColumnWhen, ColumnVerifier, ColumnProtocol, ColumnResult, ColumnCount };

    // wallet: the main window's; not owned, may be null (an empty list).
    explicit PresentationHistoryWindow(Wallet *wallet, QWidget *parent = nullptr);
    ~PresentationHistoryWindow() override;

    // Another wallet was opened (or the same one changed): read its log again.
    void setWallet(Wallet *wallet);
    void reload();

    QTreeView *view() const;
    QLineEdit *filter() const;
    // What stands in place of the list (nothing logged, or nothing matches the search); empty while
    // the list shows entries.
    QString emptyText() const;
    // The entry of the selected line (or of the credential line selected), 0 if none.
    qint64 selectedEntryId() const;
    // Asks, then removes the selected entry from the log. False when nothing was removed.
    bool forgetSelected();

Q_SIGNALS:
    // The learner asked to see this credential (its row in the wallet); the main window opens it.
    void credentialActivated(qint64 credentialRow);

private:
    void buildList();
    void buildButtons();
    void addEntry(const PresentationLogEntry &entry);
    void showRows();
    void updateButtons();
    void activate(const QModelIndex &index);
    qint64 selectedCredentialRow() const;
    QModelIndex entryIndex(qint64 entryId) const; // its line in the view, invalid when not shown
    bool confirmForget(const QModelIndex &entry);

    Wallet *m_wallet = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    std::unique_ptr<Ui::PresentationHistoryWindow> m_ui; // PresentationHistoryWindow.ui
    QPushButton *m_open = nullptr;
    QPushButton *m_forget = nullptr;
    int m_entries = 0; // in the log, before the search
};

} // namespace Satchel
