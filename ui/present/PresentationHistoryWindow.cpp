#include "present/PresentationHistoryWindow.h"
#include "ui_PresentationHistoryWindow.h"

#include "common/ProblemLabel.h"
#include "storage/PresentationLogRepository.h"
#include "storage/Wallet.h"
#include "common/ClearButtonName.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>

namespace Satchel {

namespace {

enum Role {
    EntryIdRole = Qt::UserRole + 1, // an entry's line, column 0
    CredentialRowRole,              // a credential's line under it; absent once it left the wallet
    SortRole,
    SearchRole,                     // an entry's line: the verifier's and the credentials' names
};

// A failure reads in the red the rest of the UI says problems in (ProblemLabel).
const QColor kFailedColor(0xb3, 0x26, 0x1e);

QString resultText(const PresentationLogEntry &entry)
{
    if (entry.outcome == QLatin1String("sent"))
        return PresentationHistoryWindow::tr("Sent");
    if (entry.outcome == QLatin1String("declined"))
        return PresentationHistoryWindow::tr("Declined");
    if (entry.outcome == QLatin1String("failed"))
        return PresentationHistoryWindow::tr("Failed");
    return entry.outcome;
}

// The verifier's or Satchel's words, on a line of their own under the entry: the whole width of the
// window, where the Result column would cut them short. Empty when there are none.
QString messageText(const PresentationLogEntry &entry)
{
    const QString said = entry.message.simplified();
    if (said.isEmpty())
        return {};
    if (entry.outcome == QLatin1String("declined")) // telling the verifier no did not get through
        return PresentationHistoryWindow::tr("The verifier could not be told: %1").arg(said);
    if (entry.outcome == QLatin1String("failed"))
        return PresentationHistoryWindow::tr("What went wrong: %1").arg(said);
    return PresentationHistoryWindow::tr("The verifier said: %1").arg(said);
}

QString verifierText(const PresentationLogEntry &entry)
{
    return entry.verifierName.isEmpty() ? entry.verifierDomain
                                        : PresentationHistoryWindow::tr("%1 (%2)").arg(entry.verifierName, entry.verifierDomain);
}

QStandardItem *cell(const QString &text, const QVariant &sortKey)
{
    auto *item = new QStandardItem(text);
    item->setData(sortKey, SortRole);
    item->setToolTip(text); // long names and messages are elided in the column
    return item;
}

} // namespace

PresentationHistoryWindow::PresentationHistoryWindow(Wallet *wallet, QWidget *parent)
    : QDialog(parent), m_wallet(wallet), m_ui(std::make_unique<Ui::PresentationHistoryWindow>())
{
    m_ui->setupUi(this);
    ClearButtonName::apply(m_ui->filter);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_ui->filter, [this] { m_ui->filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);

    buildList();
    buildButtons();
    connect(m_ui->view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PresentationHistoryWindow::updateButtons);
    resize(900, 460);
    reload();
}

PresentationHistoryWindow::~PresentationHistoryWindow() = default;

QTreeView *PresentationHistoryWindow::view() const
{
    return m_ui->view;
}

QLineEdit *PresentationHistoryWindow::filter() const
{
    return m_ui->filter;
}

void PresentationHistoryWindow::buildList()
{
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("When"), tr("Verifier"), tr("Protocol"), tr("Result")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterKeyColumn(ColumnWhen);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setAutoAcceptChildRows(true); // an entry that matches shows all it carried
    connect(m_ui->filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        showRows();
    });

    m_ui->view->setModel(m_proxy);
    m_ui->view->sortByColumn(ColumnWhen, Qt::DescendingOrder);
    m_ui->view->header()->setSectionResizeMode(ColumnVerifier, QHeaderView::Interactive);
    connect(m_ui->view, &QTreeView::activated, this, &PresentationHistoryWindow::activate);
}

void PresentationHistoryWindow::buildButtons()
{
    QDialogButtonBox *buttons = m_ui->buttons;
    m_open = buttons->addButton(tr("Open credential"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openCredential"));
    m_open->setAccessibleName(tr("Open the selected credential"));
    m_forget = buttons->addButton(tr("Forget this entry…"), QDialogButtonBox::ActionRole);
    m_forget->setObjectName(QStringLiteral("forgetEntry"));
    m_forget->setAccessibleName(tr("Forget the selected entry"));
    m_forget->setToolTip(tr("Remove this line from the history (Delete); the verifier keeps what it was sent"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the presentation history"));
    for (QPushButton *button : buttons->findChildren<QPushButton *>())
        button->setAutoDefault(false); // Enter in the list opens a credential, it does not close the window
    connect(m_open, &QPushButton::clicked, this, [this] { activate(m_ui->view->currentIndex()); });
    connect(m_forget, &QPushButton::clicked, this, &PresentationHistoryWindow::forgetSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The keyboard's way to Forget, and the same two on a right-click.
    auto *forget = new QAction(tr("Forget this entry…"), m_ui->view);
    forget->setShortcut(QKeySequence::Delete);
    forget->setShortcutContext(Qt::WidgetShortcut);
    connect(forget, &QAction::triggered, this, &PresentationHistoryWindow::forgetSelected);
    auto *open = new QAction(tr("Open credential"), m_ui->view);
    connect(open, &QAction::triggered, m_open, &QPushButton::click);
    m_ui->view->addActions({open, forget});
    m_ui->view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void PresentationHistoryWindow::setWallet(Wallet *wallet)
{
    m_wallet = wallet;
    reload();
}

void PresentationHistoryWindow::reload()
{
    const qint64 selected = selectedEntryId();
    m_model->removeRows(0, m_model->rowCount());
    m_entries = 0;
    m_ui->problem->say({});
    if (m_wallet) {
        const auto entries = PresentationLogRepository(*m_wallet).entries();
        if (!entries) {
            m_ui->problem->say(tr("Could not read the presentation history: %1").arg(entries.error().message));
        } else {
            for (const PresentationLogEntry &entry : *entries)
                addEntry(entry);
            m_entries = int(entries->size());
        }
    }
    if (const QModelIndex again = entryIndex(selected); again.isValid())
        m_ui->view->setCurrentIndex(again);
    showRows();
    for (int column : {ColumnWhen, ColumnVerifier, ColumnProtocol})
        m_ui->view->resizeColumnToContents(column);
    // A long verifier name is elided (whole in its tooltip) rather than push the result out of sight.
    m_ui->view->setColumnWidth(ColumnVerifier, qMin(m_ui->view->columnWidth(ColumnVerifier), 320));
}

void PresentationHistoryWindow::addEntry(const PresentationLogEntry &entry)
{
    auto *when = cell(QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat), entry.at.toMSecsSinceEpoch());
    when->setData(entry.id, EntryIdRole);
    const QString who = verifierText(entry);
    QStandardItem *verifier = cell(who, who.toLower());
    if (!entry.clientId.isEmpty())
        verifier->setToolTip(tr("%1\nClient id: %2").arg(who, entry.clientId));
    const QString outcome = resultText(entry);
    QStandardItem *result = cell(outcome, outcome);
    const bool failed = entry.outcome == QLatin1String("failed");
    if (failed)
        result->setForeground(kFailedColor);
    if (const QString message = messageText(entry); !message.isEmpty()) {
        QStandardItem *line = cell(message, {}); // no sort key: the lines under an entry keep their order
        QFont words = font();
        words.setItalic(true); // words about the entry, not a credential it carried
        line->setFont(words);
        if (failed)
            line->setForeground(kFailedColor);
        when->appendRow(line);
        result->setToolTip(message);
    }
    QStringList search{entry.verifierName, entry.verifierDomain};
    for (const PresentedCredential &credential : entry.credentials) {
        const QString name = credential.name.isEmpty() ? tr("A credential without a name") : credential.name;
        auto *line = new QStandardItem;
        if (credential.credentialRow > 0) {
            line->setText(name);
            line->setData(credential.credentialRow, CredentialRowRole);
            line->setToolTip(tr("Double-click or press Enter to open this credential"));
        } else {
            line->setText(tr("%1 (no longer in this wallet)").arg(name));
            line->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        when->appendRow(line);
        search << credential.name;
    }
    when->setData(search.join(QLatin1Char('\n')), SearchRole);
    m_model->appendRow({when, verifier, cell(entry.protocol, entry.protocol), result});
}

// After a reload or a search: the credentials' lines span the row, under their entry, always open.
void PresentationHistoryWindow::showRows()
{
    m_ui->view->expandAll();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex entry = m_proxy->index(row, ColumnWhen);
        for (int line = 0; line < m_proxy->rowCount(entry); ++line)
            m_ui->view->setFirstColumnSpanned(line, entry, true);
    }
    const bool none = m_proxy->rowCount() == 0;
    if (m_entries == 0)
        m_ui->historyEmpty->setText(tr("Nothing shared with verifiers yet. When a verifier asks for your credentials "
                                       "(a link or a QR code), what you send or decline is listed here."));
    else
        m_ui->historyEmpty->setText(tr("No presentation matches “%1”.").arg(m_ui->filter->text().trimmed()));
    m_ui->historyEmpty->setVisible(none);
    m_ui->view->setVisible(!none);
    m_ui->filter->setEnabled(m_entries > 0);
    if (!none && !m_ui->view->selectionModel()->hasSelection())
        m_ui->view->setCurrentIndex(m_proxy->index(0, ColumnWhen));
    updateButtons();
}

QString PresentationHistoryWindow::emptyText() const
{
    return m_ui->historyEmpty->isHidden() ? QString() : m_ui->historyEmpty->text();
}

qint64 PresentationHistoryWindow::selectedEntryId() const
{
    const QModelIndexList rows = m_ui->view->selectionModel()->selectedRows(ColumnWhen);
    if (rows.isEmpty())
        return 0;
    const QModelIndex entry = rows.first().parent().isValid() ? rows.first().parent() : rows.first();
    return entry.data(EntryIdRole).toLongLong();
}

QModelIndex PresentationHistoryWindow::entryIndex(qint64 entryId) const
{
    if (entryId <= 0 || m_proxy->rowCount() == 0)
        return {};
    const QModelIndexList found = m_proxy->match(m_proxy->index(0, ColumnWhen), EntryIdRole, entryId, 1, Qt::MatchExactly);
    return found.isEmpty() ? QModelIndex() : found.first();
}

qint64 PresentationHistoryWindow::selectedCredentialRow() const
{
    const QModelIndexList rows = m_ui->view->selectionModel()->selectedRows(ColumnWhen);
    return rows.isEmpty() ? 0 : rows.first().data(CredentialRowRole).toLongLong();
}

void PresentationHistoryWindow::updateButtons()
{
    m_open->setEnabled(selectedCredentialRow() > 0);
    m_forget->setEnabled(m_wallet && selectedEntryId() > 0);
}

void PresentationHistoryWindow::activate(const QModelIndex &index)
{
    const qint64 row = index.siblingAtColumn(ColumnWhen).data(CredentialRowRole).toLongLong();
    if (row > 0)
        Q_EMIT credentialActivated(row);
}

bool PresentationHistoryWindow::forgetSelected()
{
    const qint64 id = selectedEntryId();
    const QModelIndex entry = entryIndex(id);
    if (!m_wallet || !entry.isValid() || !confirmForget(entry))
        return false;
    const Status removed = PresentationLogRepository(*m_wallet).remove(id);
    if (!removed) {
        m_ui->problem->say(tr("Could not forget the entry: %1").arg(removed.error().message));
        return false;
    }
    m_ui->view->selectionModel()->clear(); // the next entry is selected, not a line of the one that went
    reload();
    return true;
}

bool PresentationHistoryWindow::confirmForget(const QModelIndex &entry)
{
    const QString verifier = entry.siblingAtColumn(ColumnVerifier).data().toString();
    const QString when = entry.data().toString();
    QMessageBox ask(QMessageBox::Question, tr("Forget this entry"),
                    tr("Remove the entry for %1 (%2) from the history?").arg(verifier, when), QMessageBox::Cancel, this);
    ask.setTextFormat(Qt::PlainText); // the verifier's name is its own text
    ask.setInformativeText(tr("Only this computer's record goes: the verifier keeps whatever it was sent."));
    QPushButton *forget = ask.addButton(tr("Forget"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == forget;
}

} // namespace Satchel
