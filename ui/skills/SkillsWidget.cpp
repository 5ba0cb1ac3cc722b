#include "SkillsWidget.h"

#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Satchel {

SkillsWidget::SkillsWidget(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_heading->setWordWrap(true);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Skill"), tr("Evidenced by")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Skills"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
}

void SkillsWidget::setMessage(const QString &message)
{
    m_tree->clear();
    m_heading->setText(message);
}

void SkillsWidget::setSummary(const SkillsSummary &summary)
{
    m_tree->clear();
    m_heading->setText(tr("%n skill(s) in %1", nullptr, summary.skillCount())
                           .arg(tr("%n framework(s), from %1", nullptr, int(summary.frameworks.size()))
                                    .arg(tr("%n credential(s)", nullptr, summary.credentialCount))));
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const SkillFramework &framework : summary.frameworks) {
        auto *top = new QTreeWidgetItem(m_tree, {framework.name, tr("%n badge(s)", nullptr, framework.badgeCount)});
        top->setFont(0, bold);
        top->setFirstColumnSpanned(false);
        for (const SkillEntry &skill : framework.skills) {
            QString evidence = skill.badges.join(QStringLiteral(", "));
            if (!skill.notCounted.isEmpty()) {
                const QString notCounted = tr("not counted (not valid): %1").arg(skill.notCounted.join(QStringLiteral(", ")));
                evidence = evidence.isEmpty() ? notCounted : tr("%1; %2").arg(evidence, notCounted);
            }
            const QString name = skill.code.isEmpty() ? skill.name : tr("%1 (%2)").arg(skill.name, skill.code);
            auto *item = new QTreeWidgetItem(top, {name, evidence});
            QString tip = skill.description;
            if (!skill.url.isEmpty())
                tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + skill.url;
            item->setToolTip(0, tip);
            item->setToolTip(1, evidence);
            if (skill.badges.isEmpty())
                item->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
        }
        top->setExpanded(true);
    }
    if (!summary.tags.isEmpty()) {
        auto *tags = new QTreeWidgetItem(m_tree, {tr("Tags"), tr("%n tag(s)", nullptr, int(summary.tags.size()))});
        tags->setFont(0, bold);
        for (const TagEntry &tag : summary.tags)
            new QTreeWidgetItem(tags, {tag.tag, tag.badges.join(QStringLiteral(", "))});
        tags->setExpanded(true);
    }
    if (summary.frameworks.isEmpty() && summary.tags.isEmpty())
        m_heading->setText(tr("None of these credentials names a skill, a framework or a tag."));
    m_tree->resizeColumnToContents(0);
    if (m_tree->columnWidth(0) > 380)
        m_tree->setColumnWidth(0, 380);
}

} // namespace Satchel
