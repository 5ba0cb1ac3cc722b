// The learner's "Create review packet" dialog: what to send (the selected credentials, all of
// them, a collection or a pathway), the name to show, whether to include identities (off by default) and
// a passphrase; the list of what the packet will contain is shown before anything is written.
#pragma once

#include "review/ReviewPacketWriter.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPushButton;

namespace Satchel {

namespace Ui {
class ReviewPacketDialog;
}

class Wallet;

class ReviewPacketDialog : public QDialog {
    Q_OBJECT
public:
    // selectedIds: the credentials selected in the gallery (may be empty).
    ReviewPacketDialog(Wallet &wallet, const QList<qint64> &selectedIds, QWidget *parent = nullptr);
    ~ReviewPacketDialog() override;

    // Writes the packet (after the plan shown is checked again). Used by the Save button and tests.
    Status writeTo(const QString &path);
    QListWidget *contentsList() const;
    QComboBox *sourceBox() const;
    QCheckBox *identitiesBox() const;
    QCheckBox *protectBox() const;
    void setPassphrase(const QString &passphrase); // both fields (tests)

private:
    ReviewSelection selection() const;
    void updatePlan();
    void save();

    Wallet &m_wallet;
    QList<qint64> m_selectedIds;
    std::optional<ReviewPacketPlan> m_plan;
    std::unique_ptr<Ui::ReviewPacketDialog> m_ui; // ReviewPacketDialog.ui
    QPushButton *m_saveButton = nullptr; // in the form's button box, with a text of its own
};

} // namespace Satchel
