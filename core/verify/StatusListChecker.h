// Revocation and suspension lookups: W3C BitstringStatusList / StatusList2021 entries, the OB 3.0
// 1EdTechRevocationList, and the OB 2.0 issuer RevocationList. A list that cannot be fetched or
// read gives a warning ("status-unavailable"), never a verdict; a listed credential gives "revoked".
#pragma once

#include "DocumentFetcher.h"
#include "Result.h"
#include "StatusListSource.h"
#include "VerificationCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace Satchel {

class StatusListChecker {
    Q_DECLARE_TR_FUNCTIONS(Satchel::StatusListChecker)
public:
    // A decompressed list larger than this is refused (the spec minimum is 16 KB).
    static constexpr qsizetype kMaxBitstringBytes = 16 * 1024 * 1024;
    // The status list credential's own proof check (wired to the Data Integrity verifier).
    using ListProofCheck = std::function<Status(const QJsonObject &listCredential)>;

    StatusListChecker(DocumentFetcher *fetcher, const QDateTime &now);
    void setListProofCheck(ListProofCheck check) { m_proofCheck = std::move(check); }

    // All entries of credential["credentialStatus"]; empty when the credential has none.
    QList<VerificationCheck> checkCredential(const QJsonObject &credential);
    // OB 2.0: the issuer's RevocationList lists the assertion id (or 1.x uid).
    QList<VerificationCheck> checkOb2RevocationList(const QString &listUrl, const QString &assertionId,
                                                    const QString &uid = QString());

    // encodedList → bitstring: multibase 'u' or plain base64url (StatusList2021), then gunzip.
    static Result<QByteArray> decodeEncodedList(const QString &encodedList);
    // Where in a byte index 0 sits: W3C lists count bits from the most significant one, IETF Token
    // Status Lists from the least significant one.
    enum class BitOrder { MostSignificantFirst, LeastSignificantFirst };
    // The status value at index (statusSize bits, 1 to 8). Error "out-of-range".
    static Result<quint32> statusAt(const QByteArray &bitstring, quint64 index, int statusSize = 1,
                                    BitOrder order = BitOrder::MostSignificantFirst);

private:
    VerificationCheck checkBitstringEntry(const QJsonObject &entry, const QString &credentialId);
    VerificationCheck check1EdTechEntry(const QJsonObject &entry, const QString &credentialId);
    Result<QJsonObject> fetchObject(const QString &url);
    Result<QByteArray> loadBitstring(const QString &url, const QString &purpose);

    StatusListSource m_source;
    QDateTime m_now;
    ListProofCheck m_proofCheck;
    QHash<QString, QByteArray> m_bitstrings; // url|purpose → decoded list, for batches of credentials
};

} // namespace Satchel
