#include "OrganizeDialog.h"

#include "storage/Wallet.h"
#include "common/ThemeColors.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace Satchel {

namespace {
constexpr int kCollectionIdRole = Qt::UserRole + 1;
constexpr int kMaxNameLength = 100;
} // namespace

OrganizeDialog::OrganizeDialog(Wallet *wallet, QList<qint64> credentialIds, QWidget *parent)
    : QDialog(parent), m_wallet(wallet), m_ids(std::move(credentialIds))
{
    setWindowTitle(tr("Tags and collections"));
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText); // the credential's name is the issuer's text

    auto *tagBox = new QGroupBox(tr("Tags"), this);
    m_tags = new QListWidget(tagBox);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_newTag = new QLineEdit(tagBox);
    m_newTag->setPlaceholderText(tr("New tag"));
    m_newTag->setMinimumWidth(m_newTag->fontMetrics().horizontalAdvance(m_newTag->placeholderText()) + 20); // not cut
    m_newTag->setMaxLength(kMaxNameLength);
    auto *completer = new QCompleter(m_wallet ? m_wallet->allTags() : QStringList(), m_newTag);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_newTag->setCompleter(completer);
    auto *addTagButton = new QPushButton(tr("Add tag"), tagBox);
    m_removeTag = new QPushButton(tr("Remove selected tags"), tagBox);
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_newTag, 1);
    tagRow->addWidget(addTagButton);
    auto *tagLayout = new QVBoxLayout(tagBox);
    tagLayout->addWidget(m_tags);
    tagLayout->addLayout(tagRow);
    tagLayout->addWidget(m_removeTag, 0, Qt::AlignLeft);

    auto *collectionBox = new QGroupBox(tr("Collections"), this);
    m_collections = new QListWidget(collectionBox);
    m_collections->setAccessibleName(tr("Collections"));
    m_collections->setToolTip(tr("Tick a collection to put the credentials in it."));
    auto *newCollection = new QPushButton(tr("New collection…"), collectionBox);
    m_renameCollection = new QPushButton(tr("Rename…"), collectionBox);
    m_deleteCollection = new QPushButton(tr("Delete collection"), collectionBox);
    auto *collectionButtons = new QHBoxLayout;
    collectionButtons->addWidget(newCollection);
    collectionButtons->addWidget(m_renameCollection);
    collectionButtons->addWidget(m_deleteCollection);
    collectionButtons->addStretch();
    auto *collectionLayout = new QVBoxLayout(collectionBox);
    collectionLayout->addWidget(m_collections);
    collectionLayout->addLayout(collectionButtons);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    ThemeColors::setTextTone(m_error, ThemeColors::Tone::Negative);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    auto *boxes = new QHBoxLayout;
    boxes->addWidget(tagBox);
    boxes->addWidget(collectionBox);
    layout->addLayout(boxes);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(addTagButton, &QPushButton::clicked, this, &OrganizeDialog::addTypedTag);
    // Enter in the tag box adds the tag and stops there (eventFilter): left to the dialog, it
    // would also press the default button, which adds the now empty box again.
    m_newTag->installEventFilter(this);
    connect(m_removeTag, &QPushButton::clicked, this, [this] {
        const QList<QListWidgetItem *> selected = m_tags->selectedItems();
        QStringList names;
        for (const QListWidgetItem *item : selected)
            names.append(item->text());
        for (const QString &name : std::as_const(names))
            removeTag(name);
    });
    connect(m_tags, &QListWidget::itemSelectionChanged, this, &OrganizeDialog::updateButtons);
    connect(m_collections, &QListWidget::itemChanged, this, &OrganizeDialog::onCollectionToggled);
    connect(m_collections, &QListWidget::currentItemChanged, this, &OrganizeDialog::updateButtons);
    connect(newCollection, &QPushButton::clicked, this, &OrganizeDialog::askNewCollection);
    connect(m_renameCollection, &QPushButton::clicked, this, &OrganizeDialog::askRenameCollection);
    connect(m_deleteCollection, &QPushButton::clicked, this, &OrganizeDialog::deleteCollection);
    reload();
    resize(620, 380);
}

void OrganizeDialog::addTypedTag()
{
    if (addTag(m_newTag->text()))
        m_newTag->clear();
}

bool OrganizeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_newTag && event->type() == QEvent::KeyPress) {
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
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QStringList OrganizeDialog::shownTags() const
{
    QStringList tags;
    for (int i = 0; i < m_tags->count(); ++i)
        tags.append(m_tags->item(i)->text());
    return tags;
}

void OrganizeDialog::reload()
{
    if (!m_wallet)
        return;
    m_reloading = true;
    if (m_ids.size() == 1) {
        auto stored = m_wallet->credential(m_ids.constFirst());
        m_heading->setText(stored.ok() ? tr("Organise \"%1\".").arg(stored->summary.name)
                                       : tr("Organise the credential."));
    } else {
        m_heading->setText(tr("Organise %n credential(s). Tags and collections shown are those all of them share; "
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
    m_tags->clear();
    m_tags->addItems(sorted);

    // Collections, ticked when they hold every selected credential, half-ticked for some.
    QHash<qint64, int> members;
    for (qint64 id : std::as_const(m_ids))
        for (qint64 collection : m_wallet->collectionsOf(id))
            ++members[collection];
    const qint64 current = m_collections->currentItem()
        ? m_collections->currentItem()->data(kCollectionIdRole).toLongLong() : 0;
    m_collections->clear();
    for (const Collection &collection : m_wallet->collections()) {
        auto *item = new QListWidgetItem(collection.name, m_collections);
        item->setData(kCollectionIdRole, collection.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const int in = members.value(collection.id);
        item->setCheckState(in == 0 ? Qt::Unchecked : in == m_ids.size() ? Qt::Checked : Qt::PartiallyChecked);
        item->setToolTip(tr("%n credential(s) in this collection", nullptr, collection.count));
        if (collection.id == current)
            m_collections->setCurrentItem(item);
    }
    if (m_collections->count() == 0) {
        auto *hint = new QListWidgetItem(tr("No collections yet: make one with \"New collection…\"."), m_collections);
        hint->setFlags(Qt::NoItemFlags);
    }
    m_reloading = false;
    updateButtons();
}

void OrganizeDialog::updateButtons()
{
    m_removeTag->setEnabled(!m_tags->selectedItems().isEmpty());
    const QListWidgetItem *current = m_collections->currentItem();
    const bool isCollection = current && current->data(kCollectionIdRole).toLongLong() > 0;
    m_renameCollection->setEnabled(isCollection);
    m_deleteCollection->setEnabled(isCollection);
}

void OrganizeDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
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
    const QListWidgetItem *current = m_collections->currentItem();
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
    const QListWidgetItem *current = m_collections->currentItem();
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
