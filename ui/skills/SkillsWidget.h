// Shows a skills roll-up: frameworks, their skills and the badges that evidence each (evidence
// from invalid or revoked credentials marked "not counted"), then the tags. Shared by the
// learner's Skills dialog and the advisor's review window; it only displays a SkillsSummary.
#pragma once

#include "skills/SkillsSummary.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Satchel {

class SkillsWidget : public QWidget {
    Q_OBJECT
public:
    explicit SkillsWidget(QWidget *parent = nullptr);
    void setSummary(const SkillsSummary &summary);
    void setMessage(const QString &message); // "Loading…", an error
    QTreeWidget *tree() const { return m_tree; }

private:
    QLabel *m_heading = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Satchel
