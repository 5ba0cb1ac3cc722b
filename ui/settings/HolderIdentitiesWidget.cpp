#include "settings/HolderIdentitiesWidget.h"
#include "ui_HolderIdentitiesWidget.h"

#include "common/PassphraseDialog.h"
#include "share/HolderKeyFactory.h"
#include "share/HolderKeyStore.h"
#include "share/QtKeychainVault.h"
#include "storage/Wallet.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <openssl/crypto.h>

namespace Satchel {

namespace {

enum Column { ColumnLabel, ColumnDid, ColumnKeyType, ColumnKept, ColumnDefault, ColumnCount };

void wipe(QByteArray &secret)
{
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
}

// The DID cell: the shortened DID (the whole one in its tooltip) and a button that copies it.
QWidget *didCell(const QString &did, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(4, 0, 2, 0);
    auto *text = new QLabel(HolderIdentitiesWidget::shortDid(did), cell);
    text->setToolTip(did);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new QToolButton(cell);
    copy->setObjectName(QStringLiteral("copyDid"));
    copy->setText(HolderIdentitiesWidget::tr("Copy"));
    copy->setToolTip(HolderIdentitiesWidget::tr("Copy the whole DID"));
    copy->setAutoRaise(true);
    QObject::connect(copy, &QToolButton::clicked, cell, [did] { QApplication::clipboard()->setText(did); });
    layout->addWidget(text, 1);
    layout->addWidget(copy);
    return cell;
}

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

HolderIdentitiesWidget::HolderIdentitiesWidget(Wallet *wallet, QWidget *parent)
    : QWidget(parent), m_wallet(wallet), m_ui(std::make_unique<Ui::HolderIdentitiesWidget>()),
      m_job(nullptr, BackgroundJob::OnDestroy::CancelAndWait)
{
    m_ui->setupUi(this);
    m_ui->holderIdentities->horizontalHeader()->setSectionResizeMode(ColumnDid, QHeaderView::Stretch);

    connect(m_ui->addIdentity, &QPushButton::clicked, this, &HolderIdentitiesWidget::askAdd);
    connect(m_ui->rename, &QPushButton::clicked, this, &HolderIdentitiesWidget::askRename);
    connect(m_ui->makeDefault, &QPushButton::clicked, this, [this] {
        if (const Status made = makeDefault(selectedDid()); !made)
            showStatus(made.error().message);
    });
    connect(m_ui->retire, &QPushButton::clicked, this, &HolderIdentitiesWidget::askRetire);
    connect(m_ui->holderIdentities, &QTableWidget::itemSelectionChanged, this, &HolderIdentitiesWidget::updateButtons);

    retranslateUi();
}

HolderIdentitiesWidget::~HolderIdentitiesWidget() = default;

QString HolderIdentitiesWidget::shortDid(const QString &did)
{
    const qsizetype method = did.indexOf(QLatin1Char(':'), 4); // after "did:"
    const qsizetype keep = 6;
    if (method < 0 || did.size() <= method + 1 + 2 * keep + 1)
        return did;
    return did.left(method + 1 + keep) + QChar(0x2026) + did.right(keep);
}

void HolderIdentitiesWidget::retranslateUi()
{
    m_ui->retranslateUi(this);
    reload();
}

void HolderIdentitiesWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HolderIdentitiesWidget::reload()
{
    const QString selected = selectedDid();
    m_records = m_wallet ? m_wallet->holderKeys() : QList<HolderKeyRecord>();
    m_ui->holderIdentities->setRowCount(0);
    m_ui->holderIdentities->setRowCount(int(m_records.size()));
    for (int row = 0; row < m_records.size(); ++row) {
        const HolderKeyRecord &record = m_records.at(row);
        auto *label = textItem(record.label);
        label->setToolTip(tr("Created %1").arg(QLocale().toString(record.createdAt.toLocalTime(), QLocale::ShortFormat)));
        m_ui->holderIdentities->setItem(row, ColumnLabel, label);
        m_ui->holderIdentities->setItem(row, ColumnDid, textItem(QString()));
        m_ui->holderIdentities->setCellWidget(row, ColumnDid, didCell(record.did, m_ui->holderIdentities));
        m_ui->holderIdentities->setItem(row, ColumnKeyType, textItem(HolderKeyFactory::displayName(record.keyType)));
        m_ui->holderIdentities->setItem(row, ColumnKept, textItem(record.storage == QLatin1String(HolderKeyStore::kKeychain)
                                                       ? tr("Keychain")
                                                       : tr("Sealed in the wallet")));
        m_ui->holderIdentities->setItem(row, ColumnDefault, textItem(record.isDefault ? tr("Default") : QString()));
        if (record.did == selected)
            m_ui->holderIdentities->selectRow(row);
    }
    fitColumns();
    if (m_records.isEmpty())
        showStatus(tr("No keys yet: add one, or one is made when you first share a public link."));
    updateButtons();
}

// Each column but the DID's as wide as its widest cell or, with room to spare, its title
// (ResizeToContents leaves a title only just fitting, and an empty table at its title's width).
void HolderIdentitiesWidget::fitColumns()
{
    m_ui->holderIdentities->resizeColumnsToContents();
    QHeaderView *header = m_ui->holderIdentities->horizontalHeader();
    for (int column = 0; column < ColumnCount; ++column) {
        if (column == ColumnDid)
            continue;
        const QString title = m_ui->holderIdentities->model()->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(header->sectionSize(column),
                                               header->fontMetrics().horizontalAdvance(title) + 24));
    }
}

QString HolderIdentitiesWidget::selectedDid() const
{
    const QList<QTableWidgetItem *> selected = m_ui->holderIdentities->selectedItems();
    if (selected.isEmpty())
        return {};
    const int row = selected.first()->row();
    return row >= 0 && row < m_records.size() ? m_records.at(row).did : QString();
}

void HolderIdentitiesWidget::updateButtons()
{
    const bool idle = !m_job.isRunning() && m_wallet;
    const QString did = selectedDid();
    const bool isDefault = std::any_of(m_records.cbegin(), m_records.cend(),
                                       [&did](const HolderKeyRecord &r) { return r.did == did && r.isDefault; });
    m_ui->addIdentity->setEnabled(idle);
    m_ui->rename->setEnabled(idle && !did.isEmpty());
    m_ui->makeDefault->setEnabled(idle && !did.isEmpty() && !isDefault);
    m_ui->retire->setEnabled(idle && !did.isEmpty());
}

QString HolderIdentitiesWidget::statusText() const
{
    return m_ui->status->text();
}

void HolderIdentitiesWidget::showStatus(const QString &text)
{
    m_ui->status->setText(text);
}

void HolderIdentitiesWidget::askAdd()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a key"));
    auto *label = new QLineEdit(&dialog);
    label->setPlaceholderText(tr("e.g. School, Work"));
    auto *keyType = new QComboBox(&dialog);
    keyType->addItem(tr("Ed25519 (did:key), recommended"), QString::fromLatin1(HolderKeyFactory::kEd25519));
    keyType->addItem(tr("P-256 (did:jwk), for issuers that ask for it"), QString::fromLatin1(HolderKeyFactory::kP256));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Label:"), label);
    form->addRow(tr("Key type:"), keyType);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        startAdd(label->text(), keyType->currentData().toString());
}

bool HolderIdentitiesWidget::startAdd(const QString &label, const QString &keyType, const QByteArray &passphrase)
{
    if (!m_wallet || m_job.isRunning())
        return false;
    showStatus(tr("Creating the key…"));
    const bool started = m_job.start(
        m_wallet->path(),
        [label, keyType, secret = passphrase](Wallet &wallet, JobControl &) mutable -> Result<HolderKeyRecord> {
            const std::unique_ptr<KeyVault> vault = QtKeychainVault::create();
            HolderKeyStore keys(wallet, vault.get());
            Result<HolderKeyRecord> created = keys.create(keyType, label, secret);
            wipe(secret); // the worker's copy
            return created;
        },
        [this, label, keyType](const Result<HolderKeyRecord> &created) { addFinished(created, label, keyType); });
    updateButtons();
    return started;
}

void HolderIdentitiesWidget::addFinished(const Result<HolderKeyRecord> &created, const QString &label,
                                         const QString &keyType)
{
    if (!created && created.error().code == QLatin1String("passphrase-needed")) {
        QByteArray passphrase;
        if (m_prompt) {
            passphrase = m_prompt(label);
        } else {
            PassphraseDialog dialog(PassphraseDialog::Purpose::NewHolderKey, label, this);
            if (dialog.exec() == QDialog::Accepted)
                passphrase = dialog.passphrase();
        }
        if (!passphrase.isEmpty()) {
            startAdd(label, keyType, passphrase);
            wipe(passphrase);
            return;
        }
        workEnded(Error{created.error().code, tr("Cancelled: no key was made.")}, QString());
        return;
    }
    if (!created) {
        workEnded(created.error(), QString());
        return;
    }
    workEnded({}, tr("Added “%1”.").arg(created->label));
}

Status HolderIdentitiesWidget::rename(const QString &did, const QString &label)
{
    if (!m_wallet)
        return Error{QStringLiteral("no-wallet"), tr("No wallet is open.")};
    const Status renamed = HolderKeyStore(*m_wallet, nullptr).rename(did, label); // no keychain call
    if (renamed) {
        reload();
        showStatus(tr("Renamed to “%1”.").arg(label.trimmed()));
        Q_EMIT identitiesChanged();
    }
    return renamed;
}

Status HolderIdentitiesWidget::makeDefault(const QString &did)
{
    if (!m_wallet)
        return Error{QStringLiteral("no-wallet"), tr("No wallet is open.")};
    const Status made = HolderKeyStore(*m_wallet, nullptr).setDefault(did); // no keychain call
    if (made) {
        reload();
        showStatus(tr("“%1” is now the default.").arg(m_wallet->holderKey(did).value_or(HolderKeyRecord()).label));
        Q_EMIT identitiesChanged();
    }
    return made;
}

void HolderIdentitiesWidget::askRename()
{
    const QString did = selectedDid();
    const auto record = std::find_if(m_records.cbegin(), m_records.cend(),
                                     [&did](const HolderKeyRecord &r) { return r.did == did; });
    if (record == m_records.cend())
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Rename the key"), tr("Label:"), QLineEdit::Normal,
                                                record->label, &ok);
    if (!ok)
        return;
    if (const Status renamed = rename(did, label); !renamed)
        showStatus(renamed.error().message);
}

void HolderIdentitiesWidget::askRetire()
{
    const QString did = selectedDid();
    if (did.isEmpty())
        return;
    QMessageBox question(QMessageBox::Warning, tr("Retire the key"),
                         tr("Retire the key %1?").arg(shortDid(did)), QMessageBox::Cancel, this);
    question.setInformativeText(tr("Credentials issued to it will no longer be recognised as yours, and it cannot "
                                   "sign for you again. Only a backup made before now still holds it."));
    QPushButton *retire = question.addButton(tr("Retire"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() == retire)
        startRetire(did);
}

bool HolderIdentitiesWidget::startRetire(const QString &did)
{
    if (!m_wallet || m_job.isRunning())
        return false;
    showStatus(tr("Retiring the key…"));
    const bool started = m_job.start(
        m_wallet->path(),
        [did](Wallet &wallet, JobControl &) -> Status {
            const std::unique_ptr<KeyVault> vault = QtKeychainVault::create();
            return HolderKeyStore(wallet, vault.get()).retire(did);
        },
        [this](const Status &retired) { workEnded(retired, tr("The key is retired.")); });
    updateButtons();
    return started;
}

void HolderIdentitiesWidget::workEnded(const Status &status, const QString &done)
{
    reload();
    if (status) {
        showStatus(done);
        Q_EMIT identitiesChanged();
    } else {
        showStatus(status.error().message);
    }
    Q_EMIT workFinished(status.ok());
}

} // namespace Satchel
