#include "pathways/PathwaysView.h"
#include "ui_PathwaysView.h"

#include "io/HtmlEscape.h"
#include "net/Fetcher.h"
#include "pathways/PathwayEditorDialog.h"
#include "pathways/PathwayOverview.h"
#include "pathways/PathwayReader.h"
#include "pathways/PathwayStateIcon.h"
#include "pathways/PathwayStore.h"
#include "pathways/WalletCredentials.h"
#include "print/CertificateBatchDialog.h"
#include "storage/Wallet.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Satchel {

namespace {

// Roles on requirement tree items.
constexpr int kRowRole = Qt::UserRole; // index into m_rows of the shown pathway
constexpr int kCredentialRole = Qt::UserRole + 1;
constexpr int kCriteriaRole = Qt::UserRole + 2;
constexpr int kDetailsRole = Qt::UserRole + 3;

QString percentText(double percent)
{
    return PathwaysView::tr("%1%").arg(QString::number(percent, 'f', 0));
}

} // namespace

PathwaysView::PathwaysView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PathwaysView>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->title->setFont(titleFont);

    QHeaderView *listHeader = m_ui->list->header();
    listHeader->setSectionResizeMode(0, QHeaderView::Stretch);
    listHeader->setSectionResizeMode(1, QHeaderView::Interactive);
    listHeader->resizeSection(1, 150);
    listHeader->setSectionResizeMode(2, QHeaderView::Fixed);
    listHeader->resizeSection(2, 110);
    QHeaderView *treeHeader = m_ui->tree->header();
    treeHeader->setSectionResizeMode(0, QHeaderView::Stretch);
    treeHeader->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    treeHeader->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({ 500, 680 });

    connect(m_ui->importFile, &QPushButton::clicked, this, &PathwaysView::importFile);
    connect(m_ui->importUrl, &QPushButton::clicked, this, &PathwaysView::importUrl);
    connect(m_ui->create, &QPushButton::clicked, this, &PathwaysView::createPathway);
    connect(m_ui->edit, &QPushButton::clicked, this, &PathwaysView::editSelected);
    connect(m_ui->remove, &QPushButton::clicked, this, &PathwaysView::removeSelected);
    connect(m_ui->transcript, &QPushButton::clicked, this, &PathwaysView::printTranscript);
    connect(m_ui->list, &QTreeWidget::currentItemChanged, this, [this] { showPathway(currentIndex()); });
    connect(m_ui->tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showNodeDetails(item); });
    connect(m_ui->tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activateNode(item); });
    connect(m_ui->openNode, &QPushButton::clicked, this, [this] { activateNode(m_ui->tree->currentItem()); });
    retranslateUi();
}

// The jobs hold no pointer into the view, but they end first (BackgroundJob waits for them).
PathwaysView::~PathwaysView() = default;

QTreeWidget *PathwaysView::pathwayList() const
{
    return m_ui->list;
}

QTreeWidget *PathwaysView::requirementTree() const
{
    return m_ui->tree;
}

void PathwaysView::retranslateUi()
{
    m_ui->retranslateUi(this);
    fillList();
}

void PathwaysView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PathwaysView::setWallet(Wallet *wallet)
{
    m_wallet = wallet;
    ++m_walletGeneration; // a reading still under way for the previous wallet is dropped
    m_pendingSelection.clear();
    m_store.reset();
    m_engine.reset();
    m_pathways.clear();
    m_stale = true;
    if (m_wallet && isVisible())
        reload();
    else
        fillList();
}

void PathwaysView::invalidate()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void PathwaysView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_wallet)
        reload();
}

QList<PathwayCountsToward> PathwaysView::countsToward(qint64 credentialId)
{
    if (m_stale && m_wallet)
        reload();
    QList<PathwayCountsToward> out;
    if (!m_engine)
        return out;
    const QString key = QString::number(credentialId);
    for (const Entry &e : std::as_const(m_pathways))
        if (auto t = PathwayOverview::countsToward(e.pathway, e.progress, *m_engine, key))
            out.append(*t);
    return out;
}

void PathwaysView::waitForLoaded()
{
    while (m_loader.isRunning()) // applying a reading may start another one (m_reloadAgain)
        m_loader.waitForFinished();
}

bool PathwaysView::ensureStore()
{
    if (m_store)
        return true;
    if (!m_wallet)
        return false;
    m_store = std::make_unique<PathwayStore>(*m_wallet);
    return true;
}

void PathwaysView::reload()
{
    if (!m_wallet || !ensureStore()) {
        m_pathways.clear();
        m_engine.reset();
        m_stale = false;
        fillList();
        return;
    }
    if (m_stale || !m_engine) {
        startLoading();
        return;
    }
    evaluateStored();
}

void PathwaysView::startLoading()
{
    m_stale = false;
    if (m_loader.isRunning()) {
        m_reloadAgain = true;
        return;
    }
    if (m_pathways.isEmpty())
        m_ui->header->setText(tr("Working out your progress…"));
    const quint64 generation = m_walletGeneration;
    m_loader.start(
        m_wallet->path(), [](Wallet &wallet, JobControl &) { return Result<Loaded>(readWallet(wallet)); },
        [this, generation](const Result<Loaded> &loaded) {
            if (generation != m_walletGeneration) { // read from a wallet since closed
                if (m_reloadAgain && m_wallet) {
                    m_reloadAgain = false;
                    startLoading();
                }
                return;
            }
            applyLoaded(loaded ? *loaded : Loaded{{}, {}, {loaded.error().message}});
        });
}

PathwaysView::Loaded PathwaysView::readWallet(Wallet &wallet)
{
    Loaded loaded;
    auto credentials = WalletCredentials::load(wallet);
    if (!credentials)
        loaded.messages << credentials.error().message;
    auto engine = std::make_shared<PathwayEngine>(credentials ? *credentials : QList<EarnedCredential>(),
                                                  QDateTime::currentDateTimeUtc());
    loaded.engine = engine;
    const PathwayStore store(wallet);
    auto stored = store.list(&loaded.messages);
    if (!stored) {
        loaded.messages << stored.error().message;
        return loaded;
    }
    for (const StoredPathway &s : *stored)
        loaded.entries.append(Entry{s.pathway, engine->evaluate(s.pathway), s.source});
    return loaded;
}

void PathwaysView::applyLoaded(const Loaded &loaded)
{
    const int previous = currentIndex();
    const QString selectedId = !m_pendingSelection.isEmpty() ? m_pendingSelection
        : previous >= 0                                      ? m_pathways.at(previous).pathway.id
                                                             : QString();
    m_pendingSelection.clear();
    m_engine = loaded.engine;
    m_pathways = loaded.entries;
    if (!loaded.messages.isEmpty())
        Q_EMIT messageShown(loaded.messages.join(QLatin1Char('\n')));
    fillList();
    if (!selectedId.isEmpty())
        selectPathway(selectedId);
    if (m_reloadAgain) {
        m_reloadAgain = false;
        startLoading();
    }
    Q_EMIT progressUpdated();
}

void PathwaysView::evaluateStored()
{
    const int previous = currentIndex();
    const QString selectedId = previous >= 0 ? m_pathways.at(previous).pathway.id : QString();
    m_pathways.clear();
    QStringList problems;
    auto stored = m_store->list(&problems);
    if (!stored) {
        Q_EMIT messageShown(stored.error().message);
    } else {
        for (const StoredPathway &s : *stored)
            m_pathways.append(Entry{s.pathway, m_engine->evaluate(s.pathway), s.source});
    }
    if (!problems.isEmpty())
        Q_EMIT messageShown(problems.join(QLatin1Char('\n')));
    fillList();
    if (!selectedId.isEmpty())
        selectPathway(selectedId);
}

void PathwaysView::fillList()
{
    m_ui->list->clear();
    for (int i = 0; i < m_pathways.size(); ++i) {
        const Entry &e = m_pathways.at(i);
        auto *item = new QTreeWidgetItem(m_ui->list);
        item->setText(0, e.pathway.name);
        item->setToolTip(0, e.pathway.description.isEmpty() ? e.pathway.name : e.pathway.description);
        item->setText(1, PathwayOverview::ownerText(e.pathway));
        item->setToolTip(1, item->text(1));
        item->setData(0, Qt::UserRole, i);
        const PathwayNodeState state = e.progress.satisfied ? PathwayNodeState::Met
            : e.progress.percent > 0                        ? PathwayNodeState::PartlyMet
                                                            : PathwayNodeState::NotMet;
        item->setIcon(0, PathwayStateIcon::icon(state));
        // The bar carries the number as text too, so the percentage is read, not guessed.
        auto *bar = new QProgressBar(m_ui->list);
        bar->setMaximumHeight(m_ui->list->fontMetrics().height() + 4);
        bar->setRange(0, 100);
        bar->setValue(int(e.progress.percent + 0.5));
        bar->setFormat(e.progress.satisfied ? tr("Complete") : percentText(e.progress.percent));
        bar->setAccessibleName(tr("%1: %2").arg(e.pathway.name, bar->format()));
        m_ui->list->setItemWidget(item, 2, bar);
    }
    m_ui->edit->setEnabled(false);
    m_ui->remove->setEnabled(false);
    m_ui->transcript->setEnabled(false);
    if (m_pathways.isEmpty()) {
        m_ui->tree->clear();
        m_ui->header->setText(m_wallet ? tr("No pathways yet. Import one, or make your own from your badges.") : QString());
        m_ui->details->clear();
        m_ui->openNode->setEnabled(false);
    } else if (m_ui->list->topLevelItemCount() > 0) {
        m_ui->list->setCurrentItem(m_ui->list->topLevelItem(0));
    }
}

int PathwaysView::currentIndex() const
{
    const QTreeWidgetItem *item = m_ui->list->currentItem();
    if (!item)
        return -1;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_pathways.size() ? i : -1;
}

bool PathwaysView::selectPathway(const QString &id)
{
    if (isLoading())
        m_pendingSelection = id; // chosen again once the reading is in
    for (int row = 0; row < m_ui->list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_ui->list->topLevelItem(row);
        if (m_pathways.at(item->data(0, Qt::UserRole).toInt()).pathway.id == id) {
            m_ui->list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QList<qint64> PathwaysView::countingCredentials(int index) const
{
    QList<qint64> ids;
    if (index < 0 || index >= m_pathways.size() || !m_engine)
        return ids;
    const QList<EarnedCredential> &credentials = m_engine->credentials();
    for (const int used : m_pathways.at(index).progress.usedCredentials) {
        if (used >= 0 && used < credentials.size())
            ids << credentials.at(used).key.toLongLong();
    }
    ids.removeAll(0);
    return ids;
}

void PathwaysView::printTranscript()
{
    const int index = currentIndex();
    const QList<qint64> ids = countingCredentials(index);
    if (!m_wallet || ids.isEmpty())
        return;
    auto *dialog = new CertificateBatchDialog(m_wallet, ids, m_certificateOptions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTranscript(true, m_pathways.at(index).pathway.name);
    dialog->open();
}

void PathwaysView::showPathway(int index)
{
    m_ui->tree->clear();
    m_ui->details->clear();
    m_ui->openNode->setEnabled(false);
    // Only pathways the learner made here: an imported one is the issuer's definition, and the form
    // cannot show everything a file may hold (per-badge credits, criteria, nested groups...).
    m_ui->edit->setEnabled(index >= 0 && m_pathways.at(index).source == PathwayEditorDialog::kSource
        && PathwayEditorDialog::canEdit(m_pathways.at(index).pathway));
    m_ui->remove->setEnabled(index >= 0);
    m_ui->transcript->setEnabled(index >= 0 && m_engine && !countingCredentials(index).isEmpty());
    if (index < 0 || !m_engine) {
        m_ui->header->clear();
        return;
    }
    const Entry &e = m_pathways.at(index);
    QString header
        = QStringLiteral("<b>%1</b> — %2<br>")
              .arg(HtmlEscape::escape(e.pathway.name),
                  e.progress.satisfied ? HtmlEscape::escape(tr("complete"))
                                       : HtmlEscape::escape(tr("%1 complete").arg(percentText(e.progress.percent))));
    if (!e.pathway.description.isEmpty())
        header += HtmlEscape::escape(e.pathway.description) + QStringLiteral("<br>");
    if (e.pathway.target && !e.pathway.target->name.isEmpty())
        header += HtmlEscape::escape(tr("Completing it earns: %1").arg(e.pathway.target->name)) + QStringLiteral("<br>");
    const QStringList next = PathwayOverview::nextNames(e.pathway, e.progress);
    if (!next.isEmpty())
        header += QStringLiteral("<b>%1</b>").arg(HtmlEscape::escape(tr("Next: %1").arg(next.join(QStringLiteral("; ")))));
    m_ui->header->setText(header);

    const QList<PathwayNodeRow> rows = PathwayOverview::rows(e.pathway, e.progress, *m_engine);
    QList<QTreeWidgetItem *> parents;
    for (int r = 0; r < rows.size(); ++r) {
        const PathwayNodeRow &row = rows.at(r);
        while (parents.size() > row.depth)
            parents.removeLast();
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(m_ui->tree) : new QTreeWidgetItem(parents.last());
        QString title = row.title;
        // The rule only when it adds something: a plain badge, or a group named after its rule, says it already.
        if ((!row.isLeaf || row.rule != tr("Badge")) && row.title != row.rule)
            title = tr("%1 — %2").arg(row.title, row.rule);
        if (row.isNext)
            title = tr("%1  ← next").arg(title);
        item->setText(0, title);
        item->setIcon(0, PathwayStateIcon::icon(row.state));
        item->setText(1, PathwayOverview::stateText(row.state));
        item->setText(2, row.progress);
        if (row.isNext) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
        item->setData(0, kRowRole, r);
        item->setData(0, kCredentialRole, row.credentialId);
        item->setData(0, kCriteriaRole, row.criteriaUrl);
        QStringList details;
        if (!row.counted.isEmpty())
            details << QStringLiteral("<b>%1</b> %2")
                           .arg(HtmlEscape::escape(tr("Counts:")), HtmlEscape::escape(row.counted.join(QStringLiteral("; "))));
        if (!row.notCounted.isEmpty())
            details << QStringLiteral("<b>%1</b> %2")
                           .arg(HtmlEscape::escape(tr("Does not count:")),
                               HtmlEscape::escape(row.notCounted.join(QStringLiteral("; "))));
        if (!row.missing.isEmpty())
            details << QStringLiteral("<b>%1</b> %2")
                           .arg(HtmlEscape::escape(tr("Missing:")), HtmlEscape::escape(row.missing.join(QStringLiteral("; "))));
        if (!row.next.isEmpty())
            details << QStringLiteral("<b>%1</b> %2")
                           .arg(HtmlEscape::escape(tr("Earn next:")), HtmlEscape::escape(row.next.join(QStringLiteral("; "))));
        if (!row.isLeaf && row.state == PathwayNodeState::Met)
            details << HtmlEscape::escape(tr("This group is complete."));
        if (!row.waitingFor.isEmpty())
            details << HtmlEscape::escape(tr("Earn first: %1").arg(row.waitingFor));
        if (row.isLeaf && row.state != PathwayNodeState::Met && row.counted.isEmpty())
            details << HtmlEscape::escape(tr("Missing: no badge in your wallet meets this requirement yet."));
        if (!row.criteriaUrl.isEmpty())
            details << HtmlEscape::escape(tr("How to earn it: %1").arg(row.criteriaUrl.toDisplayString()));
        item->setData(0, kDetailsRole, details.join(QStringLiteral("<br>")));
        item->setToolTip(0, details.join(QStringLiteral("<br>")));
        if (!row.isLeaf)
            parents.append(item);
    }
    m_ui->tree->expandAll();
    if (m_ui->tree->topLevelItemCount() > 0)
        m_ui->tree->setCurrentItem(m_ui->tree->topLevelItem(0));
}

void PathwaysView::showNodeDetails(QTreeWidgetItem *item)
{
    if (!item) {
        m_ui->details->clear();
        m_ui->openNode->setEnabled(false);
        return;
    }
    m_ui->details->setText(item->data(0, kDetailsRole).toString());
    const qint64 credential = item->data(0, kCredentialRole).toLongLong();
    const QUrl criteria = item->data(0, kCriteriaRole).toUrl();
    if (credential > 0) {
        m_ui->openNode->setText(tr("Open the badge"));
        m_ui->openNode->setEnabled(true);
    } else if (!criteria.isEmpty()) {
        m_ui->openNode->setText(tr("How to earn it…"));
        m_ui->openNode->setEnabled(true);
    } else {
        m_ui->openNode->setText(tr("Open"));
        m_ui->openNode->setEnabled(false);
    }
}

void PathwaysView::activateNode(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const qint64 credential = item->data(0, kCredentialRole).toLongLong();
    if (credential > 0) {
        Q_EMIT credentialActivated(credential);
        return;
    }
    const QUrl criteria = item->data(0, kCriteriaRole).toUrl();
    // Only web pages: a definition from outside must not make us open a local file or a scheme handler.
    if (criteria.scheme() == QLatin1String("https") || criteria.scheme() == QLatin1String("http"))
        Q_EMIT linkRequested(criteria);
}

void PathwaysView::storeImported(const Result<QList<Pathway>> &result, const QString &source)
{
    if (!result) {
        QMessageBox::warning(this, tr("Import a pathway"),
            tr("The pathway could not be imported from %1:\n%2").arg(source, result.error().message));
        return;
    }
    if (!ensureStore())
        return;
    QStringList names;
    for (const Pathway &p : *result) {
        const Status stored = m_store->put(p, source);
        if (!stored) {
            QMessageBox::warning(this, tr("Import a pathway"),
                tr("The pathway %1 could not be saved:\n%2").arg(p.name, stored.error().message));
            continue;
        }
        names << p.name;
    }
    reload();
    if (!result->isEmpty())
        selectPathway(result->first().id);
    if (!names.isEmpty()) {
        Q_EMIT messageShown(
            tr("Imported %n pathway(s): %1", nullptr, int(names.size())).arg(names.join(QStringLiteral(", "))));
        Q_EMIT pathwaysChanged();
    }
}

void PathwaysView::importFile()
{
    if (!m_wallet)
        return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Import a pathway"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Pathways and CLRs (*.json *.jwt *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    storeImported(PathwayReader::fromFile(file), QFileInfo(file).fileName());
}

void PathwaysView::importUrl()
{
    if (!m_wallet || isImporting())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Import a pathway from the web"),
        tr("Address of the pathway (http or https):"), QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || text.isEmpty())
        return;
    if (!PathwayReader::isUrl(text)) {
        QMessageBox::warning(
            this, tr("Import a pathway"), tr("Enter an address that starts with https:// or http://."));
        return;
    }
    importFromUrl(QUrl(text));
}

void PathwaysView::importFromUrl(const QUrl &url)
{
    if (isImporting())
        return;
    m_urlImportSource = url.toString();
    m_ui->importUrl->setEnabled(false);
    Q_EMIT messageShown(tr("Fetching %1…").arg(url.toDisplayString()));
    // The fetch blocks; it runs on a pool thread with its own Fetcher (a Fetcher belongs to the
    // thread that uses it). Storing happens back here, on the view's own PathwayStore connection.
    m_urlImport.startWithoutWallet(
        [url, network = m_network](JobControl &) {
            Fetcher fetcher(nullptr, network);
            return PathwayReader::fromUrl(url, fetcher);
        },
        [this](const Result<QList<Pathway>> &pathways) {
            m_ui->importUrl->setEnabled(true);
            storeImported(pathways, m_urlImportSource);
        });
}

void PathwaysView::createPathway()
{
    if (!m_wallet || !ensureStore())
        return;
    PathwayEditorDialog dialog(m_wallet, m_store.get(), std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectPathway(dialog.savedId());
    Q_EMIT pathwaysChanged();
}

void PathwaysView::editSelected()
{
    const int index = currentIndex();
    if (index < 0 || !ensureStore())
        return;
    PathwayEditorDialog dialog(m_wallet, m_store.get(), m_pathways.at(index).pathway, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectPathway(dialog.savedId());
    Q_EMIT pathwaysChanged();
}

void PathwaysView::removeSelected()
{
    const int index = currentIndex();
    if (index < 0 || !ensureStore())
        return;
    const Pathway &p = m_pathways.at(index).pathway;
    const auto answer = QMessageBox::question(this, tr("Remove pathway"),
        tr("Remove the pathway “%1”? Your badges are not touched.").arg(p.name), QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Status removed = m_store->remove(p.id);
    if (!removed)
        QMessageBox::warning(this, tr("Remove pathway"), removed.error().message);
    reload();
    Q_EMIT pathwaysChanged();
}

} // namespace Satchel
