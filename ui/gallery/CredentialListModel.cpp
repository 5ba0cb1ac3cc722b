#include "gallery/CredentialListModel.h"

#include "common/StatusStyle.h"
#include "gallery/ThumbnailCache.h"
#include "model/AchievementTypeNames.h"
#include "trust/IssuerTrustChecker.h"

#include <QColor>
#include <QIcon>
#include <QGuiApplication>
#include <QLocale>
#include <QPixmap>

namespace Satchel {

CredentialListModel::CredentialListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CredentialListModel::setWallet(const Wallet *wallet)
{
    m_wallet = wallet;
    clear();
}

void CredentialListModel::setThumbnailCache(ThumbnailCache *cache)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = cache;
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &CredentialListModel::onThumbnailReady);
}

bool CredentialListModel::reload(const CredentialQuery &query, QString *error)
{
    if (!m_wallet) {
        clear();
        return true;
    }
    if (!m_loaded) {
        // Every row once; each search, filter or sort after that asks only for ids.
        auto all = m_wallet->list(CredentialQuery{});
        if (!all.ok()) {
            if (error)
                *error = all.error().message;
            return false;
        }
        m_all = std::move(all.value());
        m_indexById.clear();
        m_indexById.reserve(m_all.size());
        for (int i = 0; i < m_all.size(); ++i)
            m_indexById.insert(m_all.at(i).id, i);
        m_hasIdentities = !m_wallet->recipientIdentities().isEmpty();
        // One checker for the whole wallet: each registry copy is read once, then each issuer is a lookup.
        m_trust.clear();
        IssuerTrustChecker checker(*m_wallet);
        for (const CredentialSummary &summary : std::as_const(m_all)) {
            if (!summary.issuerId.isEmpty() && !m_trust.contains(summary.issuerId))
                m_trust.insert(summary.issuerId, checker.check(summary.issuerId));
        }
        m_loaded = true;
    }
    auto ids = m_wallet->matchingIds(query);
    if (!ids.ok()) {
        if (error)
            *error = ids.error().message;
        return false;
    }
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(ids->size());
    m_rowById.clear();
    m_rowById.reserve(ids->size());
    for (qint64 id : std::as_const(ids.value())) {
        const auto it = m_indexById.constFind(id);
        if (it == m_indexById.constEnd())
            continue; // stored by another connection since the last invalidate()
        m_rowById.insert(id, int(m_rows.size()));
        m_rows.append(*it);
    }
    endResetModel();
    return true;
}

void CredentialListModel::invalidate()
{
    m_loaded = false;
}

void CredentialListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_all.clear();
    m_indexById.clear();
    m_loaded = false;
    endResetModel();
}

QString CredentialListModel::presentationAt(int row) const
{
    const CredentialSummary &s = summaryAt(row);
    return StatusStyle::presentation(s.status, s.recipientCheck, m_hasIdentities);
}

int CredentialListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CredentialListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags CredentialListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QVariant CredentialListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CredentialSummary &s = summaryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return s.name.isEmpty() ? tr("Untitled credential") : s.name;
        case IssuerColumn: return s.issuerName;
        case IssuedColumn: return s.issued.isValid() ? QLocale().toString(s.issued.toLocalTime().date(), QLocale::ShortFormat) : QString();
        case TypeColumn: return s.achievementType.isEmpty() ? formatFamily(s.format)
                                                            : QStringLiteral("%1 · %2").arg(formatFamily(s.format), AchievementTypeNames::label(s.achievementType));
        case StatusColumn: return StatusStyle::label(presentationAt(index.row()));
        case AddedColumn: return QLocale().toString(s.addedAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            const QString who = s.issuerName.isEmpty() ? s.name : tr("%1\nby %2").arg(s.name, s.issuerName);
            const auto trust = m_trust.constFind(s.issuerId);
            return trust == m_trust.constEnd() ? who : tr("%1\n%2").arg(who, trust->line());
        }
        if (index.column() == IssuerColumn && m_trust.contains(s.issuerId))
            return m_trust.value(s.issuerId).line();
        if (index.column() == StatusColumn)
            return StatusStyle::label(presentationAt(index.row()));
        return {};
    case Qt::ForegroundRole:
        // An invalid, revoked or expired row reads as set apart; its status cell says why in words.
        if (StatusStyle::isSetApart(s.status) && index.column() != StatusColumn)
            return ThemeColors::text(ThemeColors::Tone::Neutral, QGuiApplication::palette());
        if (index.column() == StatusColumn) {
            const QString shown = presentationAt(index.row());
            if (shown != QLatin1String("valid") && !shown.isEmpty())
                return StatusStyle::textColor(shown, QGuiApplication::palette());
        }
        return {};
    case Qt::AccessibleTextRole:
        // A screen reader names a card or a row by what the card shows: name, issuer and status.
        if (index.column() == NameColumn)
            return accessibleText(index.row());
        return {};
    case Qt::AccessibleDescriptionRole:
        if (index.column() == NameColumn)
            return accessibleDescription(index.row());
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return QIcon(StatusStyle::iconPath(presentationAt(index.row())));
        if (index.column() == NameColumn && m_thumbnails && s.hasImage) {
            const QImage image = m_thumbnails->thumbnail(s.id);
            if (!image.isNull())
                return QIcon(QPixmap::fromImage(image));
        }
        return {};
    case IdRole: return s.id;
    case IssuerRole: return s.issuerName;
    case IssuedRole: return s.issued;
    case StatusRole: return s.status;
    case PresentationRole: return presentationAt(index.row());
    case TrustSymbolRole:
        return m_trust.contains(s.issuerId) ? m_trust.value(s.issuerId).symbol() : QString();
    case TrustLineRole:
        return m_trust.contains(s.issuerId) ? m_trust.value(s.issuerId).line() : QString();
    case TrustKindRole:
        return int(m_trust.value(s.issuerId).kind);
    case FormatFamilyRole: return formatFamily(s.format);
    case HasImageRole: return s.hasImage;
    case ThumbnailRole:
        if (m_thumbnails && s.hasImage)
            return m_thumbnails->thumbnail(s.id);
        return QImage();
    case ThumbnailKnownRole: {
        if (!m_thumbnails || !s.hasImage)
            return true;
        bool known = false;
        m_thumbnails->thumbnail(s.id, &known);
        return known;
    }
    }
    return {};
}

QString CredentialListModel::accessibleText(int row) const
{
    const CredentialSummary &s = summaryAt(row);
    const QString name = s.name.isEmpty() ? tr("Untitled credential") : s.name;
    const QString status = StatusStyle::label(presentationAt(row));
    return s.issuerName.isEmpty() ? tr("%1, %2").arg(name, status) : tr("%1, by %2, %3").arg(name, s.issuerName, status);
}

QString CredentialListModel::accessibleDescription(int row) const
{
    const CredentialSummary &s = summaryAt(row);
    QStringList parts;
    if (s.issued.isValid())
        parts << tr("Issued %1").arg(QLocale().toString(s.issued.toLocalTime().date(), QLocale::LongFormat));
    if (!formatFamily(s.format).isEmpty())
        parts << formatFamily(s.format);
    const auto trust = m_trust.constFind(s.issuerId);
    if (trust != m_trust.constEnd())
        parts << trust->line();
    return parts.join(QLatin1String(". "));
}

QVariant CredentialListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case IssuerColumn: return tr("Issuer");
    case IssuedColumn: return tr("Issued");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    case AddedColumn: return tr("Added");
    }
    return {};
}

void CredentialListModel::onThumbnailReady(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex cell = index(row, NameColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DecorationRole, ThumbnailRole, ThumbnailKnownRole});
}

} // namespace Satchel
