// Shared by the backup tests: a wallet with something in every table, and a dump of every row
// so that "restored exactly" and "left unchanged" are byte comparisons.
#pragma once

#include "StorageTestData.h"
#include "storage/Wallet.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace BackupTestWallet {

inline const QStringList &tables()
{
    static const QStringList names{
        QStringLiteral("credentials"), QStringLiteral("credential_data"), QStringLiteral("identities"),
        QStringLiteral("tags"), QStringLiteral("credential_tags"), QStringLiteral("collections"),
        QStringLiteral("collection_items"), QStringLiteral("documents"), QStringLiteral("settings"),
        QStringLiteral("pathways"), QStringLiteral("import_log"), QStringLiteral("holder_keys"),
        QStringLiteral("public_links"), QStringLiteral("presentation_log"),
        QStringLiteral("presentation_log_credentials")};
    return names;
}

// Every row of every table, each value with its type, in primary-key order.
inline QMap<QString, QByteArray> dump(const QString &path)
{
    static int counter = 0;
    const QString name = QStringLiteral("backup-test-dump-%1").arg(++counter);
    QMap<QString, QByteArray> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            for (const QString &table : tables()) {
                QSqlQuery q(db);
                // Table names come from the fixed list above, never from input.
                if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
                    continue;
                QByteArray &bytes = out[table];
                while (q.next()) {
                    const QSqlRecord record = q.record();
                    for (int i = 0; i < record.count(); ++i) {
                        const QVariant v = q.value(i);
                        const QByteArray value = v.isNull()
                            ? QByteArray("NULL")
                            : QByteArray(QByteArray(v.metaType().name()) + ':' + v.toByteArray().toHex());
                        bytes += QByteArray(record.fieldName(i).toUtf8() + '=' + value + ';');
                    }
                    bytes += '\n';
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

inline QByteArray hash(const QString &path)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto tablesDump = dump(path);
    for (auto it = tablesDump.begin(); it != tablesDump.end(); ++it)
        h.addData(QByteArray(it.key().toUtf8() + '\0' + it.value() + '\0'));
    return h.result().toHex();
}

inline qint64 storeSpec(Satchel::Wallet &w, const QString &id, const QString &name)
{
    StorageTestData::Spec spec(id);
    spec.name = name;
    spec.skills = {QStringLiteral("Cloud"), QStringLiteral("Écriture")};
    const auto c = StorageTestData::credential(spec);
    auto outcome = w.store(StorageTestData::raw(c), c, QByteArray("<svg>") + name.toUtf8() + "</svg>",
                           QStringLiteral("image/svg+xml"));
    return outcome.ok() ? outcome->id : 0;
}

} // namespace BackupTestWallet
