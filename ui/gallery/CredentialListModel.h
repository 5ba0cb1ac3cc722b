// The wallet's credentials as rows for the gallery (column 0, painted as cards) and the list view
// (all columns). Rows are CredentialSummary values from Wallet::list: no raw bytes, no images;
// thumbnails come from the ThumbnailCache when a view asks for them.
#pragma once

#include "storage/Wallet.h"
#include "trust/IssuerTrust.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace Satchel {

class ThumbnailCache;

class CredentialListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, IssuerColumn, IssuedColumn, TypeColumn, StatusColumn, AddedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        IssuerRole,
        IssuedRole,       // QDateTime
        StatusRole,       // status code, "" = not verified
        FormatFamilyRole, // "OB 2.0", "OB 3.0", "CLR 2.0"
        ThumbnailRole,    // QImage, null until loaded or when there is none
        ThumbnailKnownRole, // bool: the thumbnail load finished
        HasImageRole,
        PresentationRole, // the state shown: StatusStyle::presentation() ("not-yours" for a valid
                          // credential issued to someone else)
        TrustSymbolRole,  // the issuer's trust symbol (IssuerTrust::symbol()), "" when not checked
        TrustLineRole,    // the issuer's trust line (IssuerTrust::line())
        TrustKindRole,    // int(IssuerTrust::Kind)
    };

    explicit CredentialListModel(QObject *parent = nullptr);

    void setWallet(const Wallet *wallet);
    void setThumbnailCache(ThumbnailCache *cache);
    // Runs the query and replaces the rows. Returns false (and keeps the old rows) on error.
    // The summaries are read once and kept; a query then costs one ids-only SELECT.
    bool reload(const CredentialQuery &query, QString *error = nullptr);
    // The wallet changed (import, removal, verification, tags): the next reload() reads the
    // summaries again.
    void invalidate();
    void clear();

    int totalCount() const { return int(m_all.size()); } // every row an empty query shows
    const CredentialSummary &summaryAt(int row) const { return m_all.at(m_rows.at(row)); }
    QString presentationAt(int row) const;
    // What a screen reader says for a card or row (Qt::AccessibleTextRole): name, issuer, status;
    // and its description (issue date, format, the issuer's trust line).
    QString accessibleText(int row) const;
    QString accessibleDescription(int row) const;
    int rowOfId(qint64 id) const { return m_rowById.value(id, -1); }
    qint64 idAt(int row) const { return row >= 0 && row < m_rows.size() ? summaryAt(row).id : 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void onThumbnailReady(qint64 id);

    const Wallet *m_wallet = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    QVector<CredentialSummary> m_all;  // every row of the wallet, read once per invalidate()
    QHash<qint64, int> m_indexById;    // id -> index in m_all
    bool m_loaded = false;
    QVector<int> m_rows;               // the current query's rows, as indexes in m_all
    QHash<qint64, int> m_rowById;      // id -> row
    bool m_hasIdentities = false;      // read with the summaries: with none, nothing is "not yours"
    QHash<QString, IssuerTrust> m_trust; // by issuer id, read with the summaries from the kept registries
};

} // namespace Satchel
