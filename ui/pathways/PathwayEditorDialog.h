// Lets learners make and change their own pathways: a name, a description and one requirement group
// ("all of", "at least N of", "at least X credits from") over badges picked from their wallet (matched
// by achievement id) and rules (issuer and tag or achievement type). Saved through PathwayStore in
// the pathway format, after the format's own validation, so an edited pathway is never half valid.
#pragma once

#include "pathways/Pathway.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace Satchel {

class PathwayStore;
class Wallet;

class PathwayEditorDialog : public QDialog {
    Q_OBJECT
public:
    // existing: the pathway to edit (same id when saved); nullopt for a new one. Not owned.
    PathwayEditorDialog(
        Wallet *wallet, PathwayStore *store, const std::optional<Pathway> &existing, QWidget *parent = nullptr);

    // The editor makes one level of requirements; a pathway with nested groups, ordering, results
    // or alternative ids is edited as a file, so that saving never drops what the form cannot show.
    static bool canEdit(const Pathway &pathway);
    // The PathwayStore source of pathways saved by the editor.
    static inline const QString kSource = QStringLiteral("editor");

    // The pathway the form describes now; it may not be valid (see save()).
    Pathway pathway() const;
    // Validates and stores. False, with the translated reason shown in the dialog, when invalid.
    bool save();
    QString savedId() const { return m_savedId; }
    QString errorText() const;

    // For tests and scripted use: set the form without clicking.
    void setName(const QString &name);
    void setGroup(PathwayNodeKind kind, double amount);
    bool checkAchievement(const QString &achievementId, bool checked = true);
    void addRule(const QString &issuer, const QString &tag, const QString &achievementType);

    void accept() override;

private:
    // The one requirement group: how it is completed, and the amount the chosen way needs
    // (updateGroupControls() enables only that one).
    struct GroupControls {
        QComboBox *kind = nullptr;
        QSpinBox *number = nullptr;                // "at least N of them"
        QDoubleSpinBox *credits = nullptr;         // "at least X credits from them"
        QDoubleSpinBox *creditsPerBadge = nullptr; // for a badge that states no credits itself
    };

    void load(const Pathway &pathway);
    void updateGroupControls();
    QHBoxLayout *buildRuleRow(const QStringList &issuers);

    PathwayStore *m_store = nullptr;
    QString m_id;
    std::optional<Pathway> m_existing;
    QString m_savedId;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    GroupControls m_group;
    QListWidget *m_badges = nullptr;
    QTreeWidget *m_rules = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Satchel
