// The wallet's credentials as a gallery of cards or a sortable list, with instant search,
// filters (issuer, format family, achievement type, tag, collection, year) and sort order.
#pragma once

#include "storage/Wallet.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLineEdit;
class QListView;
class QTableView;
class QTimer;

namespace Satchel {

namespace Ui {
class GalleryView;
}

class CredentialListModel;
class EmptyStateView;
class ThumbnailCache;

class GalleryView : public QWidget {
    Q_OBJECT
public:
    enum Mode { Gallery, List };

    explicit GalleryView(QWidget *parent = nullptr);
    ~GalleryView() override;

    void setWallet(const Wallet *wallet);
    void setMode(Mode mode);
    Mode mode() const;

    // Re-reads the filter choices (issuers, years...) and the rows, keeping the current choices.
    void reload();
    void focusSearch();
    // Moves keyboard focus to the cards or rows, the first one selected when none is; false when
    // nothing is shown. (Enter or Down in the search box does this.)
    bool focusResults();
    void clearSearchAndFilters();
    // The buttons an empty wallet offers (the window's import actions).
    void setEmptyWalletActions(const QList<QAction *> &actions);
    EmptyStateView *emptyState() const;
    QLineEdit *searchBox() const;
    // Sets the search text and runs the query at once (no debounce).
    void setSearchText(const QString &text);
    qint64 currentCredentialId() const;
    QList<qint64> selectedCredentialIds() const;
    // Selects these credentials (those the current search and filters show) and scrolls to the
    // first; returns how many were selected.
    int selectCredentials(const QList<qint64> &ids);
    int shownCount() const;
    qint64 firstCredentialId() const;

    CredentialListModel *model() const { return m_model; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    QListView *galleryWidget() const;
    QTableView *listWidget() const;
    CredentialQuery currentQuery() const;
    // For tests and the self-test: the last query's time in milliseconds.
    qint64 lastQueryMs() const { return m_lastQueryMs; }

Q_SIGNALS:
    void credentialActivated(qint64 id);
    void deleteRequested();
    void countsChanged(int shown, int total);
    void queryFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    // The order button's arrow and its names, for the direction in use: all a click changes (a
    // retranslation also rebuilds the combos and re-reads the filter menus from the wallet).
    void showOrder();
    void refreshFilterChoices();
    void runQuery();
    void activateIndex(const QModelIndex &index);
    QList<QComboBox *> filterBoxes() const; // in the row's order, without the sort box
    static void setChoices(QComboBox *combo, const QList<QPair<QString, QVariant>> &choices, const QString &allLabel);

    const Wallet *m_wallet = nullptr;
    CredentialListModel *m_model = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    std::unique_ptr<Ui::GalleryView> m_ui; // GalleryView.ui
    QTimer *m_debounce = nullptr;
    Mode m_mode = Gallery;
    bool m_descending = true;
    bool m_updatingChoices = false;
    qint64 m_lastQueryMs = 0;
};

} // namespace Satchel
