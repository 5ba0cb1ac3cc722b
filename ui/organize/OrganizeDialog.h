// Tags and collections for one or more credentials: add and remove the learner's own tags (with
// completion from the tags already in the wallet), put the credentials in collections or take
// them out, create, rename and delete collections. Every change is written to the wallet at once
// (each its own transaction), so closing the dialog never loses or half-applies anything.
#pragma once

#include "Result.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

class QListWidgetItem;

namespace Satchel {

namespace Ui {
class OrganizeDialog;
}

class Wallet;

class OrganizeDialog : public QDialog {
    Q_OBJECT
public:
    OrganizeDialog(Wallet *wallet, QList<qint64> credentialIds, QWidget *parent = nullptr);
    ~OrganizeDialog() override;

    // For tests and scripted use: the same paths the buttons take.
    bool addTag(const QString &tag);
    bool removeTag(const QString &tag);
    bool setInCollection(qint64 collectionId, bool in);
    qint64 createCollection(const QString &name);
    QStringList shownTags() const;
    QString shownError() const; // the message under the lists, empty when none is shown

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void changed(); // the wallet's tags or collections changed: views reload

private:
    // Applies change to every chosen credential, then shows the result.
    bool changeEach(const std::function<Status(qint64)> &change);
    void reload();
    void addTypedTag(); // Add tag, or Enter in the tag box: the box empties once it is added
    void onCollectionToggled(QListWidgetItem *item);
    void askNewCollection();
    void askRenameCollection();
    void deleteCollection();
    void showError(const QString &message);
    void updateButtons();

    Wallet *m_wallet;
    QList<qint64> m_ids;
    std::unique_ptr<Ui::OrganizeDialog> m_ui; // OrganizeDialog.ui
    bool m_reloading = false;
};

} // namespace Satchel
