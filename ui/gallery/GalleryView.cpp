#include "gallery/GalleryView.h"
#include "ui_GalleryView.h"

#include "common/StatusStyle.h"
#include "gallery/CardDelegate.h"
#include "gallery/CredentialListModel.h"
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
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace Satchel {

namespace {
constexpr int kSearchDebounceMs = 150;
enum Page { GalleryPage, ListPage, EmptyPage };
} // namespace

GalleryView::GalleryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CredentialListModel(this))
    , m_thumbnails(new ThumbnailCache(QSize(112, 112), this))
    , m_ui(std::make_unique<Ui::GalleryView>())
{
    m_model->setThumbnailCache(m_thumbnails);

    m_ui->setupUi(this);
    // The filter row is a flow layout of the bar's own, which a form cannot describe.
    m_ui->filters->setSearchBox(m_ui->search);
    for (QComboBox *combo : filterBoxes())
        m_ui->filters->addFilter(combo);
    m_ui->filters->setSortControls(m_ui->sort, m_ui->order);

    m_ui->gallery->setGridSize(CardDelegate::cardSize());
    m_ui->gallery->setItemDelegate(new CardDelegate(m_ui->gallery));
    m_ui->gallery->setModel(m_model);
    m_ui->gallery->setModelColumn(CredentialListModel::NameColumn);

    m_ui->list->setModel(m_model);
    m_ui->list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring
    m_ui->list->horizontalHeader()->setSectionResizeMode(CredentialListModel::NameColumn, QHeaderView::Stretch);
    m_ui->list->setColumnWidth(CredentialListModel::IssuerColumn, 200);
    m_ui->list->setColumnWidth(CredentialListModel::IssuedColumn, 100);
    m_ui->list->setColumnWidth(CredentialListModel::TypeColumn, 170);
    m_ui->list->setColumnWidth(CredentialListModel::StatusColumn, 130);
    m_ui->list->setColumnWidth(CredentialListModel::AddedColumn, 140);

    connect(m_ui->empty, &EmptyStateView::clearRequested, this, &GalleryView::clearSearchAndFilters);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &GalleryView::runQuery);
    connect(m_ui->search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    m_ui->search->installEventFilter(this); // Enter and Down go on to the results
    const QList<QComboBox *> boxes = filterBoxes() << m_ui->sort;
    for (QComboBox *combo : boxes)
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
            if (!m_updatingChoices)
                runQuery();
        });
    connect(m_ui->order, &QToolButton::clicked, this, [this] {
        m_descending = !m_descending;
        showOrder();
        runQuery();
    });
    connect(m_ui->gallery, &QAbstractItemView::activated, this, &GalleryView::activateIndex);
    connect(m_ui->list, &QAbstractItemView::activated, this, &GalleryView::activateIndex);
    m_ui->gallery->installEventFilter(this);
    m_ui->list->installEventFilter(this);

    retranslateUi();
}

GalleryView::~GalleryView() = default;

EmptyStateView *GalleryView::emptyState() const
{
    return m_ui->empty;
}

QLineEdit *GalleryView::searchBox() const
{
    return m_ui->search;
}

QListView *GalleryView::galleryWidget() const
{
    return m_ui->gallery;
}

QTableView *GalleryView::listWidget() const
{
    return m_ui->list;
}

QList<QComboBox *> GalleryView::filterBoxes() const
{
    return {m_ui->issuer, m_ui->family, m_ui->achievementType, m_ui->tag, m_ui->collection, m_ui->year};
}

void GalleryView::retranslateUi()
{
    m_ui->retranslateUi(this);
    showOrder();
    ClearButtonName::apply(m_ui->search);
    // The status column fits its longest label in this language ("Could not check" was cut); rows
    // are not measured, there may be 10,000 of them.
    int statusWidth = 0;
    const QFontMetrics metrics = m_ui->list->fontMetrics();
    for (const char *code : {"", "valid", "revoked", "expired", "not-yet-valid", "invalid", "unknown"})
        statusWidth = qMax(statusWidth, metrics.horizontalAdvance(StatusStyle::label(QLatin1String(code))));
    m_ui->list->setColumnWidth(CredentialListModel::StatusColumn, statusWidth + m_ui->list->iconSize().width() + 28);
    m_updatingChoices = true;
    const int sortIndex = qMax(0, m_ui->sort->currentIndex());
    m_ui->sort->clear();
    m_ui->sort->addItem(tr("Issued date"), int(SortKey::Issued));
    m_ui->sort->addItem(tr("Name"), int(SortKey::Name));
    m_ui->sort->addItem(tr("Issuer"), int(SortKey::Issuer));
    m_ui->sort->addItem(tr("Date added"), int(SortKey::Added));
    m_ui->sort->setCurrentIndex(sortIndex);
    const int familyIndex = qMax(0, m_ui->family->currentIndex());
    m_ui->family->clear();
    m_ui->family->addItem(tr("All formats"), QString());
    m_ui->family->addItem(tr("Open Badges 2.0"), QStringLiteral("ob2"));
    m_ui->family->addItem(tr("Open Badges 3.0"), QStringLiteral("ob3"));
    m_ui->family->addItem(tr("CLR 2.0"), QStringLiteral("clr"));
    m_ui->family->setCurrentIndex(familyIndex);
    m_updatingChoices = false;
    refreshFilterChoices();
}

void GalleryView::showOrder()
{
    m_ui->order->setText(m_descending ? QStringLiteral("↓") : QStringLiteral("↑"));
    m_ui->order->setToolTip(m_descending ? tr("Descending order (click for ascending)")
                                         : tr("Ascending order (click for descending)"));
    m_ui->order->setAccessibleName(m_descending ? tr("Descending order") : tr("Ascending order"));
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
    if (watched == m_ui->search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            runQuery(); // what was typed within the debounce counts
            focusResults();
            return true;
        }
    }
    if ((watched == m_ui->gallery || watched == m_ui->list) && event->type() == QEvent::KeyPress) {
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
    setChoices(m_ui->issuer, issuers, tr("All issuers"));
    setChoices(m_ui->achievementType, types, tr("All types"));
    setChoices(m_ui->tag, tags, tr("All tags"));
    setChoices(m_ui->collection, collections, tr("All collections"));
    setChoices(m_ui->year, years, tr("All years"));
    m_ui->tag->setVisible(!tags.isEmpty());
    m_ui->collection->setVisible(!collections.isEmpty());
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
    query.text = m_ui->search->text().trimmed();
    query.issuerId = m_ui->issuer->currentData().toString();
    query.format = m_ui->family->currentData().toString();
    query.achievementType = m_ui->achievementType->currentData().toString();
    query.tag = m_ui->tag->currentData().toString();
    query.collectionId = m_ui->collection->currentData().toLongLong();
    query.year = m_ui->year->currentData().toInt();
    query.sort = SortKey(m_ui->sort->currentData().toInt());
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
        m_ui->empty->showEmptyWallet();
    else if (shown == 0)
        m_ui->empty->showNoMatches(m_ui->search->text());
    if (shown == 0)
        m_ui->stack->setCurrentIndex(EmptyPage);
    else if (m_ui->stack->currentIndex() == EmptyPage)
        m_ui->stack->setCurrentIndex(m_mode == List ? ListPage : GalleryPage);
    const int row = m_model->rowOfId(current);
    if (row >= 0) {
        m_ui->gallery->setCurrentIndex(m_model->index(row, 0));
        m_ui->list->setCurrentIndex(m_model->index(row, 0));
    }
    Q_EMIT countsChanged(shown, total);
}

void GalleryView::setMode(Mode mode)
{
    m_mode = mode;
    const QModelIndex current = mode == List ? m_ui->gallery->currentIndex() : m_ui->list->currentIndex();
    if (m_ui->stack->currentIndex() != EmptyPage)
        m_ui->stack->setCurrentIndex(mode == List ? ListPage : GalleryPage);
    QAbstractItemView *view = mode == List ? static_cast<QAbstractItemView *>(m_ui->list) : m_ui->gallery;
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
    m_ui->search->setFocus(Qt::ShortcutFocusReason);
    m_ui->search->selectAll();
}

bool GalleryView::focusResults()
{
    if (m_model->rowCount() == 0)
        return false;
    QAbstractItemView *view = mode() == List ? static_cast<QAbstractItemView *>(m_ui->list) : m_ui->gallery;
    if (!view->currentIndex().isValid() || !view->selectionModel()->hasSelection())
        view->setCurrentIndex(m_model->index(0, 0)); // selects it too
    view->scrollTo(view->currentIndex());
    view->setFocus(Qt::TabFocusReason);
    return true;
}

void GalleryView::clearSearchAndFilters()
{
    m_updatingChoices = true; // one query at the end, not one per box
    m_ui->search->clear();
    for (QComboBox *combo : filterBoxes())
        combo->setCurrentIndex(0);
    m_updatingChoices = false;
    runQuery();
    m_ui->search->setFocus(Qt::OtherFocusReason);
}

void GalleryView::setEmptyWalletActions(const QList<QAction *> &actions)
{
    m_ui->empty->setWalletActions(actions);
}

void GalleryView::setSearchText(const QString &text)
{
    m_ui->search->setText(text);
    runQuery();
}

qint64 GalleryView::currentCredentialId() const
{
    const QAbstractItemView *view = mode() == List ? static_cast<QAbstractItemView *>(m_ui->list) : m_ui->gallery;
    return m_model->idAt(view->currentIndex().row());
}

QList<qint64> GalleryView::selectedCredentialIds() const
{
    const QAbstractItemView *view = mode() == List ? static_cast<QAbstractItemView *>(m_ui->list) : m_ui->gallery;
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
    QAbstractItemView *view = mode() == List ? static_cast<QAbstractItemView *>(m_ui->list) : m_ui->gallery;
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
