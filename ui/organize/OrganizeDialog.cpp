#include "OrganizeDialog.h"
#include "ui_OrganizeDialog.h"

#include "storage/Wallet.h"
#include "common/ThemeColors.h"

#include <QCompleter>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMessageBox>
#include <QSet>

namespace Satchel {

namespace {
constexpr int kCollectionIdRole = Qt::UserRole + 1;
constexpr int kMaxNameLength = 100;
} // namespace

OrganizeDialog::OrganizeDialog(Wallet *wallet, QList<qint64> credentialIds, QWidget *parent)
    : QDialog(parent), m_wallet(wallet), m_ids(std::move(credentialIds)), m_ui(std::make_unique<Ui::OrganizeDialog>())
{
    m_ui->setupUi(this);
    m_ui->newTag->setMinimumWidth(m_ui->newTag->fontMetrics().horizontalAdvance(m_ui->newTag->placeholderText())
                                  + 20); // not cut
    m_ui->newTag->setMaxLength(kMaxNameLength);
    auto *completer = new QCompleter(m_wallet ? m_wallet->allTags() : QStringList(), m_ui->newTag);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->newTag->setCompleter(completer);
    ThemeColors::setTextTone(m_ui->error, ThemeColors::Tone::Negative);

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_ui->addTag, &QPushButton::clicked, this, &OrganizeDialog::addTypedTag);
    // Enter in the tag box adds the tag and stops there (eventFilter): left to the dialog, it
    // would also press the default button, which adds the now empty box again.
    m_ui->newTag->installEventFilter(this);
    connect(m_ui->removeTag, &QPushButton::clicked, this, [this] {
        const QList<QListWidgetItem *> selected = m_ui->tags->selectedItems();
        QStringList names;
        for (const QListWidgetItem *item : selected)
            names.append(item->text());
        for (const QString &name : std::as_const(names))
            removeTag(name);
    });
    connect(m_ui->tags, &QListWidget::itemSelectionChanged, this, &OrganizeDialog::updateButtons);
    connect(m_ui->collections, &QListWidget::itemChanged, this, &OrganizeDialog::onCollectionToggled);
    connect(m_ui->collections, &QListWidget::currentItemChanged, this, &OrganizeDialog::updateButtons);
    connect(m_ui->newCollection, &QPushButton::clicked, this, &OrganizeDialog::askNewCollection);
    connect(m_ui->renameCollection, &QPushButton::clicked, this, &OrganizeDialog::askRenameCollection);
    connect(m_ui->deleteCollection, &QPushButton::clicked, this, &OrganizeDialog::deleteCollection);
    reload();
    resize(620, 380);
}

OrganizeDialog::~OrganizeDialog() = default;

void OrganizeDialog::addTypedTag()
{
    if (addTag(m_ui->newTag->text()))
        m_ui->newTag->clear();
}

bool OrganizeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->newTag && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTypedTag();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString OrganizeDialog::shownError() const
{
    return m_ui->error->isVisibleTo(this) ? m_ui->error->text() : QString();
}

QStringList OrganizeDialog::shownTags() const
{
    QStringList tags;
    for (int i = 0; i < m_ui->tags->count(); ++i)
        tags.append(m_ui->tags->item(i)->text());
    return tags;
}

void OrganizeDialog::reload()
{
    if (!m_wallet)
        return;
    m_reloading = true;
    if (m_ids.size() == 1) {
        auto stored = m_wallet->credential(m_ids.constFirst());
        m_ui->heading->setText(stored.ok() ? tr("Organise \"%1\".").arg(stored->summary.name)
                                       : tr("Organise the credential."));
    } else {
        m_ui->heading->setText(tr("Organise %n credential(s). Tags and collections shown are those all of them share; "
                              "a half-ticked collection holds some of them.", nullptr, int(m_ids.size())));
    }

    // Tags every selected credential has.
    QSet<QString> common;
    bool first = true;
    for (qint64 id : std::as_const(m_ids)) {
        const QStringList tags = m_wallet->tags(id);
        const QSet<QString> set(tags.begin(), tags.end());
        common = first ? set : common.intersect(set);
        first = false;
    }
    QStringList sorted(common.begin(), common.end());
    sorted.sort(Qt::CaseInsensitive);
    m_ui->tags->clear();
    m_ui->tags->addItems(sorted);

    // Collections, ticked when they hold every selected credential, half-ticked for some.
    QHash<qint64, int> members;
    for (qint64 id : std::as_const(m_ids))
        for (qint64 collection : m_wallet->collectionsOf(id))
            ++members[collection];
    const qint64 current = m_ui->collections->currentItem()
        ? m_ui->collections->currentItem()->data(kCollectionIdRole).toLongLong() : 0;
    m_ui->collections->clear();
    for (const Collection &collection : m_wallet->collections()) {
        auto *item = new QListWidgetItem(collection.name, m_ui->collections);
        item->setData(kCollectionIdRole, collection.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const int in = members.value(collection.id);
        item->setCheckState(in == 0 ? Qt::Unchecked : in == m_ids.size() ? Qt::Checked : Qt::PartiallyChecked);
        item->setToolTip(tr("%n credential(s) in this collection", nullptr, collection.count));
        if (collection.id == current)
            m_ui->collections->setCurrentItem(item);
    }
    if (m_ui->collections->count() == 0) {
        auto *hint = new QListWidgetItem(tr("No collections yet: make one with \"New collection…\"."), m_ui->collections);
        hint->setFlags(Qt::NoItemFlags);
    }
    m_reloading = false;
    updateButtons();
}

void OrganizeDialog::updateButtons()
{
    m_ui->removeTag->setEnabled(!m_ui->tags->selectedItems().isEmpty());
    const QListWidgetItem *current = m_ui->collections->currentItem();
    const bool isCollection = current && current->data(kCollectionIdRole).toLongLong() > 0;
    m_ui->renameCollection->setEnabled(isCollection);
    m_ui->deleteCollection->setEnabled(isCollection);
}

void OrganizeDialog::showError(const QString &message)
{
    m_ui->error->setText(message);
    m_ui->error->setVisible(!message.isEmpty());
}

bool OrganizeDialog::addTag(const QString &tag)
{
    const QString name = tag.simplified();
    if (name.isEmpty()) {
        showError(tr("Type a tag first."));
        return false;
    }
    if (name.size() > kMaxNameLength) {
        showError(tr("A tag can have at most %1 characters.").arg(kMaxNameLength));
        return false;
    }
    return changeEach([&](qint64 id) { return m_wallet->addTag(id, name); });
}

bool OrganizeDialog::removeTag(const QString &tag)
{
    return changeEach([&](qint64 id) { return m_wallet->removeTag(id, tag); });
}

bool OrganizeDialog::setInCollection(qint64 collectionId, bool in)
{
    return changeEach([&](qint64 id) {
        return in ? m_wallet->addToCollection(collectionId, id) : m_wallet->removeFromCollection(collectionId, id);
    });
}

bool OrganizeDialog::changeEach(const std::function<Status(qint64)> &change)
{
    // Stops at the first refusal: the dialog then shows what the wallet holds, and why.
    bool done = true;
    for (qint64 id : std::as_const(m_ids)) {
        if (const Status st = change(id); !st) {
            showError(st.error().message);
            done = false;
            break;
        }
    }
    if (done)
        showError({});
    reload();
    Q_EMIT changed();
    return done;
}

void OrganizeDialog::onCollectionToggled(QListWidgetItem *item)
{
    if (m_reloading || !item)
        return;
    const qint64 collectionId = item->data(kCollectionIdRole).toLongLong();
    if (collectionId <= 0)
        return;
    // A half-ticked box cycles to ticked: "put them all in".
    const bool in = item->checkState() != Qt::Unchecked;
    // Deferred: reload() rebuilds the list this item belongs to.
    QMetaObject::invokeMethod(this, [this, collectionId, in] { setInCollection(collectionId, in); },
                              Qt::QueuedConnection);
}

qint64 OrganizeDialog::createCollection(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.size() > kMaxNameLength) {
        showError(tr("A collection name can have at most %1 characters.").arg(kMaxNameLength));
        return 0;
    }
    auto created = m_wallet->createCollection(trimmed);
    if (!created) {
        showError(created.error().message);
        return 0;
    }
    if (!setInCollection(created.value(), true))
        return 0;
    return created.value();
}

void OrganizeDialog::askNewCollection()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New collection"),
                                               tr("Name of the new collection (the credentials go in it):"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        createCollection(name);
}

void OrganizeDialog::askRenameCollection()
{
    const QListWidgetItem *current = m_ui->collections->currentItem();
    if (!current)
        return;
    const qint64 collectionId = current->data(kCollectionIdRole).toLongLong();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename collection"), tr("New name:"), QLineEdit::Normal,
                                               current->text(), &ok).simplified();
    if (!ok)
        return;
    if (name.size() > kMaxNameLength) {
        showError(tr("A collection name can have at most %1 characters.").arg(kMaxNameLength));
        return;
    }
    if (const Status st = m_wallet->renameCollection(collectionId, name); !st) {
        showError(st.error().message);
        return;
    }
    showError({});
    reload();
    Q_EMIT changed();
}

void OrganizeDialog::deleteCollection()
{
    const QListWidgetItem *current = m_ui->collections->currentItem();
    if (!current)
        return;
    const qint64 collectionId = current->data(kCollectionIdRole).toLongLong();
    const auto answer = QMessageBox::question(
        this, tr("Delete collection"),
        tr("Delete the collection \"%1\"? The credentials in it stay in the wallet.").arg(current->text()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Status st = m_wallet->removeCollection(collectionId); !st) {
        showError(st.error().message);
        return;
    }
    showError({});
    reload();
    Q_EMIT changed();
}

} // namespace Satchel
