#include "ReviewPacketDialog.h"
#include "ui_ReviewPacketDialog.h"

#include "common/StatusStyle.h"
#include "pathways/PathwayStore.h"
#include "review/ReviewHtml.h"
#include "storage/Wallet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace Satchel {

namespace {

enum SourceKind { Selected, FromCollection, FromPathway, Everything };

} // namespace

ReviewPacketDialog::ReviewPacketDialog(Wallet &wallet, const QList<qint64> &selectedIds, QWidget *parent)
    : QDialog(parent)
    , m_wallet(wallet)
    , m_selectedIds(selectedIds)
    , m_ui(std::make_unique<Ui::ReviewPacketDialog>())
{
    m_ui->setupUi(this);
    if (!selectedIds.isEmpty())
        m_ui->source->addItem(tr("The %n selected credential(s)", nullptr, int(selectedIds.size())), QVariantList{Selected, QString()});
    if (const auto all = ReviewPacketWriter(wallet).allCredentialIds(); all && !all->isEmpty())
        m_ui->source->addItem(tr("All credentials (%n)", nullptr, int(all->size())), QVariantList{Everything, QString()});
    for (const Collection &collection : wallet.collections())
        m_ui->source->addItem(tr("Collection: %1").arg(collection.name), QVariantList{FromCollection, collection.name});
    if (auto pathways = PathwayStore(wallet).list()) {
        for (const StoredPathway &p : *pathways)
            m_ui->source->addItem(tr("Pathway: %1").arg(p.pathway.name), QVariantList{FromPathway, p.pathway.id});
    }
    m_saveButton = m_ui->buttons->addButton(tr("&Save packet…"), QDialogButtonBox::AcceptRole);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &ReviewPacketDialog::save);

    connect(m_ui->source, &QComboBox::currentIndexChanged, this, &ReviewPacketDialog::updatePlan);
    connect(m_ui->identities, &QCheckBox::toggled, this, &ReviewPacketDialog::updatePlan);
    connect(m_ui->learner, &QLineEdit::textChanged, this, &ReviewPacketDialog::updatePlan);
    connect(m_ui->protect, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->passphrase->setEnabled(on);
        m_ui->confirm->setEnabled(on);
        updatePlan();
    });
    updatePlan();
}

ReviewPacketDialog::~ReviewPacketDialog() = default;

QListWidget *ReviewPacketDialog::contentsList() const
{
    return m_ui->contents;
}

QComboBox *ReviewPacketDialog::sourceBox() const
{
    return m_ui->source;
}

QCheckBox *ReviewPacketDialog::identitiesBox() const
{
    return m_ui->identities;
}

QCheckBox *ReviewPacketDialog::protectBox() const
{
    return m_ui->protect;
}

void ReviewPacketDialog::setPassphrase(const QString &passphrase)
{
    m_ui->protect->setChecked(!passphrase.isEmpty());
    m_ui->passphrase->setText(passphrase);
    m_ui->confirm->setText(passphrase);
}

ReviewSelection ReviewPacketDialog::selection() const
{
    ReviewSelection selection;
    selection.learnerName = m_ui->learner->text();
    selection.includeIdentities = m_ui->identities->isChecked();
    const QVariantList source = m_ui->source->currentData().toList();
    switch (source.value(0).toInt()) {
    case FromCollection:
        selection.collection = source.value(1).toString();
        break;
    case FromPathway:
        selection.pathwayId = source.value(1).toString();
        break;
    case Everything:
        selection.allCredentials = true;
        break;
    default:
        selection.credentialIds = m_selectedIds;
        break;
    }
    return selection;
}

void ReviewPacketDialog::updatePlan()
{
    m_ui->contents->clear();
    m_plan.reset();
    if (m_ui->source->count() == 0) {
        m_ui->problem->setText(tr("Select credentials in the gallery, or make a collection or a pathway, first."));
        m_saveButton->setEnabled(false);
        return;
    }
    auto plan = ReviewPacketWriter(m_wallet).plan(selection());
    if (!plan) {
        m_ui->problem->setText(plan.error().message);
        m_saveButton->setEnabled(false);
        return;
    }
    m_plan = *plan;
    for (const ReviewPacketPlan::Item &item : plan->credentials) {
        QString line = tr("%1 — %2 (your last check: %3)").arg(item.name, item.issuer, ReviewHtml::statusText(item.receiptStatus));
        if (item.hasImage)
            line += QStringLiteral(" · ") + tr("with its image");
        auto *row = new QListWidgetItem(QIcon(StatusStyle::iconPath(item.receiptStatus)), line, m_ui->contents);
        row->setToolTip(line);
    }
    for (const auto &pathway : plan->pathways)
        new QListWidgetItem(tr("Pathway definition: %1").arg(pathway.second), m_ui->contents);
    new QListWidgetItem(tr("Your last verification results (receipts) and a readable summary"), m_ui->contents);
    new QListWidgetItem(plan->identities > 0 ? tr("%n identity(ies) of yours", nullptr, plan->identities)
                                             : tr("No identities (e-mail addresses, URLs…)"),
                        m_ui->contents);
    new QListWidgetItem(tr("No private notes"), m_ui->contents);
    new QListWidgetItem(m_ui->protect->isChecked() ? tr("Sealed with your passphrase") : tr("Not protected by a passphrase"),
                        m_ui->contents);
    m_ui->problem->clear();
    m_saveButton->setEnabled(true);
}

Status ReviewPacketDialog::writeTo(const QString &path)
{
    updatePlan();
    if (!m_plan)
        return Error{QStringLiteral("review-empty"), m_ui->problem->text()};
    QByteArray passphrase;
    if (m_ui->protect->isChecked()) {
        if (m_ui->passphrase->text().isEmpty())
            return Error{QStringLiteral("empty-passphrase"), tr("Type a passphrase, or untick the protection.")};
        if (m_ui->passphrase->text() != m_ui->confirm->text())
            return Error{QStringLiteral("passphrase-mismatch"), tr("The passphrases do not match.")};
        passphrase = m_ui->passphrase->text().toUtf8();
    }
    return ReviewPacketWriter(m_wallet).write(*m_plan, path, passphrase);
}

void ReviewPacketDialog::save()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save review packet"),
                                                      documents + QLatin1Char('/') + tr("review.satchel-review"),
                                                      tr("Satchel review packets (*.satchel-review)"));
    if (path.isEmpty())
        return;
    if (Status written = writeTo(path); !written) {
        QMessageBox::warning(this, tr("Create review packet"), written.error().message);
        return;
    }
    accept();
}

} // namespace Satchel
