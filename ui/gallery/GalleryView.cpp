#include "gallery/GalleryView.h"

#include "common/StatusStyle.h"
#include "gallery/CardDelegate.h"
#include "gallery/CredentialListModel.h"
#include "gallery/ElidingComboBox.h"
#include "gallery/EmptyStateView.h"
#include "gallery/FilterBar.h"
#include "gallery/ThumbnailCache.h"
#include "model/AchievementTypeNames.h"
#include "common/ClearButtonName.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelection>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Satchel {

namespace {
constexpr int kSearchDebounceMs = 150;
enum Page { GalleryPage, ListPage, EmptyPage };
} // namespace

GalleryView::GalleryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CredentialListModel(this))
    , m_thumbnails(new ThumbnailCache(QSize(112, 112), this))
{
    m_model->setThumbnailCache(m_thumbnails);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    // Filters are as wide as their "All …" label; a longer choice is shortened (ElidingComboBox).
    m_issuer = new ElidingComboBox(this);
    m_family = new QComboBox(this); // four short, fixed choices: as wide as the longest
    m_achievementType = new ElidingComboBox(this);
    m_tag = new ElidingComboBox(this);
    m_collection = new ElidingComboBox(this);
    m_year = new ElidingComboBox(this);
    m_sort = new QComboBox(this);
    for (QComboBox *combo : {m_family, m_sort})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_order = new QToolButton(this);
    m_order->setAutoRaise(true);

    auto *filters = new FilterBar(this);
    filters->setSearchBox(m_search);
    for (QComboBox *combo : {m_issuer, m_family, m_achievementType, m_tag, m_collection, m_year})
        filters->addFilter(combo);
    filters->setSortControls(m_sort, m_order);

    m_gallery = new QListView(this);
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setMovement(QListView::Static);
    m_gallery->setResizeMode(QListView::Adjust);
    m_gallery->setUniformItemSizes(true);
    m_gallery->setLayoutMode(QListView::Batched);
    m_gallery->setBatchSize(500);
    m_gallery->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_gallery->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_gallery->setWordWrap(false);
    m_gallery->setSpacing(0);
    m_gallery->setMouseTracking(true);
    m_gallery->setGridSize(CardDelegate::cardSize());
    m_gallery->setItemDelegate(new CardDelegate(m_gallery));
    m_gallery->setModel(m_model);
    m_gallery->setModelColumn(CredentialListModel::NameColumn);

    m_list = new QTableView(this);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setShowGrid(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setIconSize(QSize(24, 24));
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(30);
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring
    m_list->horizontalHeader()->setSectionResizeMode(CredentialListModel::NameColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setHighlightSections(false);
    // The style's dotted focus rectangle is all but invisible: the list says it has the keyboard.
    m_list->setStyleSheet(QStringLiteral("QTableView:focus { border: 2px solid palette(highlight); }"));
    m_list->setColumnWidth(CredentialListModel::IssuerColumn, 200);
    m_list->setColumnWidth(CredentialListModel::IssuedColumn, 100);
    m_list->setColumnWidth(CredentialListModel::TypeColumn, 170);
    m_list->setColumnWidth(CredentialListModel::StatusColumn, 130);
    m_list->setColumnWidth(CredentialListModel::AddedColumn, 140);

    m_empty = new EmptyStateView(this);
    connect(m_empty, &EmptyStateView::clearRequested, this, &GalleryView::clearSearchAndFilters);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_gallery);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(filters);
    layout->addWidget(m_stack, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &GalleryView::runQuery);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    m_search->installEventFilter(this); // Enter and Down go on to the results
    for (QComboBox *combo : {m_issuer, m_family, m_achievementType, m_tag, m_collection, m_year, m_sort})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
            if (!m_updatingChoices)
                runQuery();
        });
    connect(m_order, &QToolButton::clicked, this, [this] {
        m_descending = !m_descending;
        retranslateUi();
        runQuery();
    });
    connect(m_gallery, &QAbstractItemView::activated, this, &GalleryView::activateIndex);
    connect(m_list, &QAbstractItemView::activated, this, &GalleryView::activateIndex);
    m_gallery->installEventFilter(this);
    m_list->installEventFilter(this);

    retranslateUi();
}

GalleryView::~GalleryView() = default;

void GalleryView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name, issuer, skills, tags… (Ctrl+F)"));
    m_search->setToolTip(tr("Search the wallet as you type"));
    m_issuer->setToolTip(tr("Issuer"));
    m_family->setToolTip(tr("Format"));
    m_achievementType->setToolTip(tr("Achievement type"));
    m_tag->setToolTip(tr("Tag"));
    m_collection->setToolTip(tr("Collection"));
    m_year->setToolTip(tr("Year issued"));
    m_sort->setToolTip(tr("Sort by"));
    m_order->setText(m_descending ? QStringLiteral("↓") : QStringLiteral("↑"));
    m_order->setToolTip(m_descending ? tr("Descending order (click for ascending)") : tr("Ascending order (click for descending)"));
    // Screen readers announce the filters by what they filter, not only by the choice shown.
    m_search->setAccessibleName(tr("Search the wallet"));
    ClearButtonName::apply(m_search);
    for (QComboBox *filter : {m_issuer, m_family, m_achievementType, m_tag, m_collection, m_year, m_sort})
        filter->setAccessibleName(filter->toolTip());
    m_order->setAccessibleName(m_descending ? tr("Descending order") : tr("Ascending order"));
    m_gallery->setAccessibleName(tr("Credentials"));
    m_list->setAccessibleName(tr("Credentials"));
    // The status column fits its longest label in this language ("Could not check" was cut); rows
    // are not measured, there may be 10,000 of them.
    int statusWidth = 0;
    for (const char *code : {"", "valid", "revoked", "expired", "not-yet-valid", "invalid", "unknown"})
        statusWidth = qMax(statusWidth, m_list->fontMetrics().horizontalAdvance(StatusStyle::label(QLatin1String(code))));
    m_list->setColumnWidth(CredentialListModel::StatusColumn, statusWidth + m_list->iconSize().width() + 28);
    m_updatingChoices = true;
    const int sortIndex = qMax(0, m_sort->currentIndex());
    m_sort->clear();
    m_sort->addItem(tr("Issued date"), int(SortKey::Issued));
    m_sort->addItem(tr("Name"), int(SortKey::Name));
    m_sort->addItem(tr("Issuer"), int(SortKey::Issuer));
    m_sort->addItem(tr("Date added"), int(SortKey::Added));
    m_sort->setCurrentIndex(sortIndex);
    const int familyIndex = qMax(0, m_family->currentIndex());
    m_family->clear();
    m_family->addItem(tr("All formats"), QString());
    m_family->addItem(tr("Open Badges 2.0"), QStringLiteral("ob2"));
    m_family->addItem(tr("Open Badges 3.0"), QStringLiteral("ob3"));
    m_family->addItem(tr("CLR 2.0"), QStringLiteral("clr"));
    m_family->setCurrentIndex(familyIndex);
    m_updatingChoices = false;
    refreshFilterChoices();
}

void GalleryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        runQuery(); // the rows again: column titles and dates in the new language
    }
    QWidget::changeEvent(event);
}

bool GalleryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            runQuery(); // what was typed within the debounce counts
            focusResults();
            return true;
        }
    }
    if ((watched == m_gallery || watched == m_list) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activateIndex(static_cast<QAbstractItemView *>(watched)->currentIndex());
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            Q_EMIT deleteRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GalleryView::setChoices(QComboBox *combo, const QList<QPair<QString, QVariant>> &choices, const QString &allLabel)
{
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(allLabel, QVariant());
    for (const auto &choice : choices)
        combo->addItem(choice.first, choice.second);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void GalleryView::refreshFilterChoices()
{
    m_updatingChoices = true;
    QList<QPair<QString, QVariant>> issuers, types, tags, collections, years;
    if (m_wallet) {
        for (const IssuerEntry &issuer : m_wallet->issuers())
            issuers.append({tr("%1 (%2)").arg(issuer.name.isEmpty() ? issuer.id : issuer.name).arg(issuer.count), issuer.id});
        for (const QString &type : m_wallet->achievementTypes())
            types.append({AchievementTypeNames::label(type), type});
        for (const QString &tag : m_wallet->allTags())
            tags.append({tag, tag});
        for (const Collection &collection : m_wallet->collections())
            collections.append({tr("%1 (%2)").arg(collection.name).arg(collection.count), collection.id});
        for (int year : m_wallet->years())
            years.append({QString::number(year), year});
    }
    setChoices(m_issuer, issuers, tr("All issuers"));
    setChoices(m_achievementType, types, tr("All types"));
    setChoices(m_tag, tags, tr("All tags"));
    setChoices(m_collection, collections, tr("All collections"));
    setChoices(m_year, years, tr("All years"));
    m_tag->setVisible(!tags.isEmpty());
    m_collection->setVisible(!collections.isEmpty());
    m_updatingChoices = false;
}

void GalleryView::setWallet(const Wallet *wallet)
{
    m_wallet = wallet;
    m_model->setWallet(wallet);
    m_thumbnails->setWalletPath(wallet ? wallet->path() : QString());
    reload();
}

void GalleryView::reload()
{
    m_thumbnails->clear(); // images may have changed (a re-import, a removal)
    m_model->invalidate();
    refreshFilterChoices();
    runQuery();
}

CredentialQuery GalleryView::currentQuery() const
{
    CredentialQuery query;
    query.text = m_search->text().trimmed();
    query.issuerId = m_issuer->currentData().toString();
    query.format = m_family->currentData().toString();
    query.achievementType = m_achievementType->currentData().toString();
    query.tag = m_tag->currentData().toString();
    query.collectionId = m_collection->currentData().toLongLong();
    query.year = m_year->currentData().toInt();
    query.sort = SortKey(m_sort->currentData().toInt());
    query.descending = m_descending;
    return query;
}

void GalleryView::runQuery()
{
    m_debounce->stop();
    const qint64 current = currentCredentialId();
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!m_model->reload(currentQuery(), &error))
        Q_EMIT queryFailed(error);
    m_lastQueryMs = timer.elapsed();
    const int shown = m_model->rowCount();
    const int total = m_wallet ? m_model->totalCount() : 0;
    if (total == 0)
        m_empty->showEmptyWallet();
    else if (shown == 0)
        m_empty->showNoMatches(m_search->text());
    if (shown == 0)
        m_stack->setCurrentIndex(EmptyPage);
    else if (m_stack->currentIndex() == EmptyPage)
        m_stack->setCurrentIndex(m_mode == List ? ListPage : GalleryPage);
    const int row = m_model->rowOfId(current);
    if (row >= 0) {
        m_gallery->setCurrentIndex(m_model->index(row, 0));
        m_list->setCurrentIndex(m_model->index(row, 0));
    }
    Q_EMIT countsChanged(shown, total);
}

void GalleryView::setMode(Mode mode)
{
    m_mode = mode;
    const QModelIndex current = mode == List ? m_gallery->currentIndex() : m_list->currentIndex();
    if (m_stack->currentIndex() != EmptyPage)
        m_stack->setCurrentIndex(mode == List ? ListPage : GalleryPage);
    QAbstractItemView *view = mode == List ? static_cast<QAbstractItemView *>(m_list) : m_gallery;
    if (current.isValid()) {
        view->setCurrentIndex(m_model->index(current.row(), 0));
        view->scrollTo(view->currentIndex());
    }
}

GalleryView::Mode GalleryView::mode() const
{
    return m_mode;
}

void GalleryView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool GalleryView::focusResults()
{
    if (m_model->rowCount() == 0)
        return false;
    QAbstractItemView *view = mode() == List ? static_cast<QAbstractItemView *>(m_list) : m_gallery;
    if (!view->currentIndex().isValid() || !view->selectionModel()->hasSelection())
        view->setCurrentIndex(m_model->index(0, 0)); // selects it too
    view->scrollTo(view->currentIndex());
    view->setFocus(Qt::TabFocusReason);
    return true;
}

void GalleryView::clearSearchAndFilters()
{
    m_updatingChoices = true; // one query at the end, not one per box
    m_search->clear();
    for (QComboBox *combo : {m_issuer, m_family, m_achievementType, m_tag, m_collection, m_year})
        combo->setCurrentIndex(0);
    m_updatingChoices = false;
    runQuery();
    m_search->setFocus(Qt::OtherFocusReason);
}

void GalleryView::setEmptyWalletActions(const QList<QAction *> &actions)
{
    m_empty->setWalletActions(actions);
}

void GalleryView::setSearchText(const QString &text)
{
    m_search->setText(text);
    runQuery();
}

qint64 GalleryView::currentCredentialId() const
{
    const QAbstractItemView *view = mode() == List ? static_cast<QAbstractItemView *>(m_list) : m_gallery;
    return m_model->idAt(view->currentIndex().row());
}

QList<qint64> GalleryView::selectedCredentialIds() const
{
    const QAbstractItemView *view = mode() == List ? static_cast<QAbstractItemView *>(m_list) : m_gallery;
    QList<qint64> ids;
    const QModelIndexList rows = view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : rows)
        if (index.column() == 0 || mode() == Gallery)
            ids << m_model->idAt(index.row());
    if (ids.isEmpty() && view->currentIndex().isValid())
        ids << m_model->idAt(view->currentIndex().row());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

int GalleryView::selectCredentials(const QList<qint64> &ids)
{
    QAbstractItemView *view = mode() == List ? static_cast<QAbstractItemView *>(m_list) : m_gallery;
    QItemSelection selection;
    QModelIndex first;
    int selected = 0;
    for (qint64 id : ids) {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            continue; // left out by the current search or filters
        const QModelIndex left = m_model->index(row, 0);
        selection.select(left, m_model->index(row, m_model->columnCount() - 1));
        if (!first.isValid())
            first = left;
        ++selected;
    }
    if (!first.isValid())
        return 0;
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    view->scrollTo(first);
    view->setFocus();
    return selected;
}

int GalleryView::shownCount() const
{
    return m_model->rowCount();
}

qint64 GalleryView::firstCredentialId() const
{
    return m_model->idAt(0);
}

void GalleryView::activateIndex(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT credentialActivated(m_model->idAt(index.row()));
}

} // namespace Satchel
