#include "pathways/PathwayEditorDialog.h"

#include "pathways/PathwayFormat.h"
#include "pathways/PathwayStore.h"
#include "storage/Wallet.h"
#include "common/ThemeColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace Satchel {

namespace {

constexpr int kAchievementRole = Qt::UserRole;

} // namespace

PathwayEditorDialog::PathwayEditorDialog(
    Wallet *wallet, PathwayStore *store, const std::optional<Pathway> &existing, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_existing(existing)
{
    setWindowTitle(existing ? tr("Edit pathway") : tr("New pathway"));
    resize(620, 640);
    m_name = new QLineEdit(this);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true); // Tab goes on to the next field rather than into the text
    m_description->setMaximumHeight(70);
    m_group.kind = new QComboBox(this);
    m_group.kind->addItem(tr("All of the requirements below"), int(PathwayNodeKind::AllOf));
    m_group.kind->addItem(tr("At least N of them"), int(PathwayNodeKind::AtLeast));
    m_group.kind->addItem(tr("At least X credits from them"), int(PathwayNodeKind::Credits));
    m_group.number = new QSpinBox(this);
    m_group.number->setRange(1, PathwayFormat::kMaxChildren);
    m_group.credits = new QDoubleSpinBox(this);
    m_group.credits->setRange(0.5, 10000);
    m_group.credits->setValue(12);
    m_group.creditsPerBadge = new QDoubleSpinBox(this);
    m_group.creditsPerBadge->setRange(0, 1000);
    m_group.creditsPerBadge->setSpecialValueText(tr("as stated in the badge"));
    m_group.creditsPerBadge->setToolTip(tr("Credits for a badge that states none itself"));

    m_badges = new QListWidget(this);
    QSet<QString> seen;
    QStringList issuers;
    if (wallet) {
        CredentialQuery query;
        query.sort = SortKey::Name;
        query.descending = false;
        if (auto rows = wallet->list(query)) {
            for (const CredentialSummary &s : std::as_const(*rows)) {
                if (!s.issuerId.isEmpty() && !issuers.contains(s.issuerId))
                    issuers << s.issuerId;
                // A pathway names achievements, not copies: one entry per achievement id.
                if (s.achievementId.isEmpty() || seen.contains(s.achievementId))
                    continue;
                seen.insert(s.achievementId);
                auto *item = new QListWidgetItem(
                    tr("%1 — %2").arg(s.name, s.issuerName.isEmpty() ? s.issuerId : s.issuerName), m_badges);
                item->setToolTip(s.achievementId);
                item->setData(kAchievementRole, s.achievementId);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
    }

    m_rules = new QTreeWidget(this);
    m_rules->setColumnCount(3);
    m_rules->setHeaderLabels({ tr("Issuer"), tr("Tag"), tr("Achievement type") });
    m_rules->setRootIsDecorated(false);
    m_rules->setMaximumHeight(110);
    QHBoxLayout *ruleRow = buildRuleRow(issuers);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    ThemeColors::setTextTone(m_error, ThemeColors::Tone::Negative);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Complete with:"), m_group.kind);
    form->addRow(tr("How &many:"), m_group.number);
    form->addRow(tr("C&redits needed:"), m_group.credits);
    form->addRow(tr("Credits per &badge:"), m_group.creditsPerBadge);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *badgesLabel = new QLabel(tr("Badges from your wallet that count:"), this);
    badgesLabel->setBuddy(m_badges);
    layout->addWidget(badgesLabel);
    layout->addWidget(m_badges, 1);
    auto *rulesLabel = new QLabel(tr("Rules (any badge from an issuer with a tag or of a type):"), this);
    rulesLabel->setBuddy(m_rules);
    layout->addWidget(rulesLabel);
    layout->addWidget(m_rules);
    layout->addLayout(ruleRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_group.kind, &QComboBox::currentIndexChanged, this, [this] { updateGroupControls(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PathwayEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_id = existing ? existing->id : QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (existing)
        load(*existing);
    updateGroupControls();
}

// The row under the rules: the issuer, tag and type of a new rule, and Add / Remove. Only the
// buttons' handlers read the fields, so they are not members.
QHBoxLayout *PathwayEditorDialog::buildRuleRow(const QStringList &issuers)
{
    auto *ruleIssuer = new QComboBox(this);
    // Issuer ids (DIDs, URLs) are long; the field must not squeeze the tag and type out.
    ruleIssuer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    ruleIssuer->setMinimumContentsLength(16);
    ruleIssuer->addItem(tr("Any issuer"), QString());
    for (const QString &issuer : std::as_const(issuers))
        ruleIssuer->addItem(issuer, issuer);
    auto *ruleTag = new QLineEdit(this);
    ruleTag->setPlaceholderText(tr("tag"));
    auto *ruleType = new QLineEdit(this);
    ruleType->setPlaceholderText(tr("type, e.g. Certificate"));
    // The example is the hint: shown whole, also in longer languages.
    for (QLineEdit *edit : {ruleTag, ruleType})
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 20);
    auto *addRuleButton = new QPushButton(tr("Add rule"), this);
    auto *removeRuleButton = new QPushButton(tr("Remove rule"), this);
    auto *ruleRow = new QHBoxLayout;
    ruleRow->addWidget(ruleIssuer, 2);
    ruleRow->addWidget(ruleTag, 2);
    ruleRow->addWidget(ruleType, 2);
    ruleRow->addWidget(addRuleButton);
    ruleRow->addWidget(removeRuleButton);

    connect(addRuleButton, &QPushButton::clicked, this, [this, ruleIssuer, ruleTag, ruleType] {
        if (ruleTag->text().trimmed().isEmpty() && ruleType->text().trimmed().isEmpty()) {
            m_error->setText(tr("A rule needs a tag or an achievement type."));
            m_error->show();
            return;
        }
        addRule(ruleIssuer->currentData().toString(), ruleTag->text().trimmed(), ruleType->text().trimmed());
        ruleTag->clear();
        ruleType->clear();
    });
    connect(removeRuleButton, &QPushButton::clicked, this, [this] { delete m_rules->currentItem(); });
    return ruleRow;
}

bool PathwayEditorDialog::canEdit(const Pathway &p)
{
    if (p.root < 0 || p.root >= p.nodes.size() || p.nodes.at(p.root).kind == PathwayNodeKind::Leaf)
        return false;
    for (int i : p.nodes.at(p.root).children) {
        const PathwayNode &n = p.nodes.at(i);
        if (n.kind != PathwayNodeKind::Leaf || n.count != 1 || n.minResult || !n.precedes.isEmpty()
            || !n.alternativeIds.isEmpty() || !n.alignmentUrl.isEmpty() || n.mustBeValid
            || (n.achievementId.isEmpty() == !n.hasRule()))
            return false;
    }
    return true;
}

void PathwayEditorDialog::updateGroupControls()
{
    const auto kind = PathwayNodeKind(m_group.kind->currentData().toInt());
    m_group.number->setEnabled(kind == PathwayNodeKind::AtLeast);
    m_group.credits->setEnabled(kind == PathwayNodeKind::Credits);
    m_group.creditsPerBadge->setEnabled(kind == PathwayNodeKind::Credits);
}

void PathwayEditorDialog::load(const Pathway &p)
{
    m_name->setText(p.name);
    m_description->setPlainText(p.description);
    if (p.root < 0 || p.root >= p.nodes.size())
        return;
    const PathwayNode &root = p.nodes.at(p.root);
    m_group.kind->setCurrentIndex(
        m_group.kind->findData(int(root.kind == PathwayNodeKind::Leaf ? PathwayNodeKind::AllOf : root.kind)));
    if (root.kind == PathwayNodeKind::AtLeast)
        m_group.number->setValue(root.requiredNumber);
    if (root.kind == PathwayNodeKind::Credits)
        m_group.credits->setValue(root.requiredCredits);
    const QList<int> leaves = root.kind == PathwayNodeKind::Leaf ? QList<int> { p.root } : root.children;
    for (int i : leaves) {
        const PathwayNode &n = p.nodes.at(i);
        if (n.kind != PathwayNodeKind::Leaf)
            continue; // the editor makes one level; deeper groups are left to the file format
        if (n.credits)
            m_group.creditsPerBadge->setValue(*n.credits);
        if (n.hasRule())
            addRule(n.ruleIssuer, n.ruleTag, n.ruleAchievementType);
        else if (!n.achievementId.isEmpty() && !checkAchievement(n.achievementId)) {
            // Not in the wallet (yet): keep it, checked, so editing does not drop it.
            auto *item = new QListWidgetItem(n.name.isEmpty() ? n.achievementId : n.name, m_badges);
            item->setToolTip(n.achievementId);
            item->setData(kAchievementRole, n.achievementId);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
}

void PathwayEditorDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void PathwayEditorDialog::setGroup(PathwayNodeKind kind, double amount)
{
    m_group.kind->setCurrentIndex(m_group.kind->findData(int(kind)));
    if (kind == PathwayNodeKind::AtLeast)
        m_group.number->setValue(int(amount));
    else if (kind == PathwayNodeKind::Credits)
        m_group.credits->setValue(amount);
}

bool PathwayEditorDialog::checkAchievement(const QString &achievementId, bool checked)
{
    for (int i = 0; i < m_badges->count(); ++i) {
        QListWidgetItem *item = m_badges->item(i);
        if (item->data(kAchievementRole).toString() == achievementId) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void PathwayEditorDialog::addRule(const QString &issuer, const QString &tag, const QString &achievementType)
{
    auto *item = new QTreeWidgetItem(m_rules);
    item->setText(0, issuer.isEmpty() ? tr("Any issuer") : issuer);
    item->setData(0, Qt::UserRole, issuer);
    item->setText(1, tag);
    item->setText(2, achievementType);
}

Pathway PathwayEditorDialog::pathway() const
{
    Pathway p = m_existing ? *m_existing : Pathway {};
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    p.source = QStringLiteral("satchel");
    p.nodes.clear();
    PathwayNode root;
    root.id = QStringLiteral("requirements");
    root.kind = PathwayNodeKind(m_group.kind->currentData().toInt());
    if (root.kind == PathwayNodeKind::AtLeast)
        root.requiredNumber = m_group.number->value();
    if (root.kind == PathwayNodeKind::Credits)
        root.requiredCredits = m_group.credits->value();
    p.nodes.append(root);
    p.root = 0;
    auto addLeaf = [&](PathwayNode leaf) {
        if (root.kind == PathwayNodeKind::Credits && m_group.creditsPerBadge->value() > 0)
            leaf.credits = m_group.creditsPerBadge->value();
        p.nodes[0].children.append(int(p.nodes.size()));
        p.nodes.append(leaf);
    };
    for (int i = 0; i < m_badges->count(); ++i) {
        const QListWidgetItem *item = m_badges->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        PathwayNode leaf;
        leaf.id = QStringLiteral("badge-%1").arg(p.nodes.size());
        leaf.name = item->text().section(QStringLiteral(" — "), 0, 0);
        leaf.achievementId = item->data(kAchievementRole).toString();
        addLeaf(leaf);
    }
    for (int i = 0; i < m_rules->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_rules->topLevelItem(i);
        PathwayNode leaf;
        leaf.id = QStringLiteral("rule-%1").arg(p.nodes.size());
        leaf.ruleIssuer = item->data(0, Qt::UserRole).toString();
        leaf.ruleTag = item->text(1);
        leaf.ruleAchievementType = item->text(2);
        const QString what = !leaf.ruleTag.isEmpty() && !leaf.ruleAchievementType.isEmpty()
            ? tr("A %1 badge tagged “%2”").arg(leaf.ruleAchievementType, leaf.ruleTag)
            : !leaf.ruleTag.isEmpty() ? tr("A badge tagged “%1”").arg(leaf.ruleTag)
                                      : tr("A badge of type %1").arg(leaf.ruleAchievementType);
        leaf.name = leaf.ruleIssuer.isEmpty() ? what : tr("%1 from %2").arg(what, leaf.ruleIssuer);
        addLeaf(leaf);
    }
    return p;
}

QString PathwayEditorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool PathwayEditorDialog::save()
{
    const Pathway p = pathway();
    QString problem;
    if (p.name.isEmpty())
        problem = tr("Give the pathway a name.");
    else if (p.nodes.size() < 2)
        problem = tr("Pick at least one badge or add a rule.");
    else if (p.nodes.first().kind == PathwayNodeKind::AtLeast && p.nodes.first().requiredNumber > p.nodes.size() - 1)
        problem = tr("You asked for %1 requirements but listed only %n.", nullptr, int(p.nodes.size() - 1))
                      .arg(p.nodes.first().requiredNumber);
    if (problem.isEmpty()) {
        // The format's own checks, the same as for an imported file.
        const Status valid = PathwayFormat::validate(p);
        if (!valid)
            problem = valid.error().message;
    }
    if (problem.isEmpty() && m_store) {
        const Status stored = m_store->put(p, kSource);
        if (!stored)
            problem = stored.error().message;
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_savedId = p.id;
    return true;
}

void PathwayEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Satchel
