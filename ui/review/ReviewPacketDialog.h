// The learner's "Create review packet" dialog: what to send (the selected credentials, all of
// them, a collection or a pathway), the name to show, whether to include identities (off by default) and
// a passphrase; the list of what the packet will contain is shown before anything is written.
#pragma once

#include "review/ReviewPacketWriter.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Satchel {

class Wallet;

class ReviewPacketDialog : public QDialog {
    Q_OBJECT
public:
    // selectedIds: the credentials selected in the gallery (may be empty).
    ReviewPacketDialog(Wallet &wallet, const QList<qint64> &selectedIds, QWidget *parent = nullptr);

    // Writes the packet (after the plan shown is checked again). Used by the Save button and tests.
    Status writeTo(const QString &path);
    QListWidget *contentsList() const { return m_contents; }
    QComboBox *sourceBox() const { return m_source; }
    QCheckBox *identitiesBox() const { return m_identities; }
    QCheckBox *protectBox() const { return m_protect; }
    void setPassphrase(const QString &passphrase); // both fields (tests)

private:
    ReviewSelection selection() const;
    void updatePlan();
    void save();

    Wallet &m_wallet;
    QList<qint64> m_selectedIds;
    std::optional<ReviewPacketPlan> m_plan;
    QComboBox *m_source = nullptr;
    QLineEdit *m_learner = nullptr;
    QCheckBox *m_identities = nullptr;
    QCheckBox *m_protect = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    QListWidget *m_contents = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace Satchel
