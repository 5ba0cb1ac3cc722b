#include "ReviewPacketDialog.h"

#include "common/StatusStyle.h"
#include "pathways/PathwayStore.h"
#include "review/ReviewHtml.h"
#include "storage/Wallet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Satchel {

namespace {

enum SourceKind { Selected, FromCollection, FromPathway, Everything };

} // namespace

ReviewPacketDialog::ReviewPacketDialog(Wallet &wallet, const QList<qint64> &selectedIds, QWidget *parent)
    : QDialog(parent)
    , m_wallet(wallet)
    , m_selectedIds(selectedIds)
{
    setWindowTitle(tr("Create review packet"));
    resize(620, 560);
    m_source = new QComboBox(this);
    if (!selectedIds.isEmpty())
        m_source->addItem(tr("The %n selected credential(s)", nullptr, int(selectedIds.size())), QVariantList{Selected, QString()});
    if (const auto all = ReviewPacketWriter(wallet).allCredentialIds(); all && !all->isEmpty())
        m_source->addItem(tr("All credentials (%n)", nullptr, int(all->size())), QVariantList{Everything, QString()});
    for (const Collection &collection : wallet.collections())
        m_source->addItem(tr("Collection: %1").arg(collection.name), QVariantList{FromCollection, collection.name});
    if (auto pathways = PathwayStore(wallet).list()) {
        for (const StoredPathway &p : *pathways)
            m_source->addItem(tr("Pathway: %1").arg(p.pathway.name), QVariantList{FromPathway, p.pathway.id});
    }
    m_learner = new QLineEdit(this);
    m_learner->setPlaceholderText(tr("Your name, as the advisor should see it"));
    m_identities = new QCheckBox(tr("Include my identities (e-mail addresses, URLs…) so the advisor can check the badges "
                                    "were issued to me"),
                                 this);
    m_protect = new QCheckBox(tr("Protect the packet with a passphrase"), this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_passphrase->setEnabled(false);
    m_confirm->setEnabled(false);
    m_contents = new QListWidget(this);
    m_contents->setAccessibleName(tr("What the packet will contain"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Send:"), m_source);
    form->addRow(tr("Your &name:"), m_learner);
    form->addRow(QString(), m_identities);
    form->addRow(QString(), m_protect);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(tr("&Save packet…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &ReviewPacketDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *contentsLabel = new QLabel(tr("The packet will contain:"), this);
    contentsLabel->setBuddy(m_contents);
    layout->addWidget(contentsLabel);
    layout->addWidget(m_contents, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_source, &QComboBox::currentIndexChanged, this, &ReviewPacketDialog::updatePlan);
    connect(m_identities, &QCheckBox::toggled, this, &ReviewPacketDialog::updatePlan);
    connect(m_learner, &QLineEdit::textChanged, this, &ReviewPacketDialog::updatePlan);
    connect(m_protect, &QCheckBox::toggled, this, [this](bool on) {
        m_passphrase->setEnabled(on);
        m_confirm->setEnabled(on);
        updatePlan();
    });
    updatePlan();
}

void ReviewPacketDialog::setPassphrase(const QString &passphrase)
{
    m_protect->setChecked(!passphrase.isEmpty());
    m_passphrase->setText(passphrase);
    m_confirm->setText(passphrase);
}

ReviewSelection ReviewPacketDialog::selection() const
{
    ReviewSelection selection;
    selection.learnerName = m_learner->text();
    selection.includeIdentities = m_identities->isChecked();
    const QVariantList source = m_source->currentData().toList();
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
    m_contents->clear();
    m_plan.reset();
    if (m_source->count() == 0) {
        m_problem->setText(tr("Select credentials in the gallery, or make a collection or a pathway, first."));
        m_saveButton->setEnabled(false);
        return;
    }
    auto plan = ReviewPacketWriter(m_wallet).plan(selection());
    if (!plan) {
        m_problem->setText(plan.error().message);
        m_saveButton->setEnabled(false);
        return;
    }
    m_plan = *plan;
    for (const ReviewPacketPlan::Item &item : plan->credentials) {
        QString line = tr("%1 — %2 (your last check: %3)").arg(item.name, item.issuer, ReviewHtml::statusText(item.receiptStatus));
        if (item.hasImage)
            line += QStringLiteral(" · ") + tr("with its image");
        auto *row = new QListWidgetItem(QIcon(StatusStyle::iconPath(item.receiptStatus)), line, m_contents);
        row->setToolTip(line);
    }
    for (const auto &pathway : plan->pathways)
        new QListWidgetItem(tr("Pathway definition: %1").arg(pathway.second), m_contents);
    new QListWidgetItem(tr("Your last verification results (receipts) and a readable summary"), m_contents);
    new QListWidgetItem(plan->identities > 0 ? tr("%n identity(ies) of yours", nullptr, plan->identities)
                                             : tr("No identities (e-mail addresses, URLs…)"),
                        m_contents);
    new QListWidgetItem(tr("No private notes"), m_contents);
    new QListWidgetItem(m_protect->isChecked() ? tr("Sealed with your passphrase") : tr("Not protected by a passphrase"),
                        m_contents);
    m_problem->clear();
    m_saveButton->setEnabled(true);
}

Status ReviewPacketDialog::writeTo(const QString &path)
{
    updatePlan();
    if (!m_plan)
        return Error{QStringLiteral("review-empty"), m_problem->text()};
    QByteArray passphrase;
    if (m_protect->isChecked()) {
        if (m_passphrase->text().isEmpty())
            return Error{QStringLiteral("empty-passphrase"), tr("Type a passphrase, or untick the protection.")};
        if (m_passphrase->text() != m_confirm->text())
            return Error{QStringLiteral("passphrase-mismatch"), tr("The passphrases do not match.")};
        passphrase = m_passphrase->text().toUtf8();
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
