// The Status List inside an IETF Token Status List (draft-ietf-oauth-status-list §4): one status of
// `bits` bits (1, 2, 4 or 8) per Referenced Token, packed into bytes from the least significant bit
// up (index 0 is bit 0 of byte 0, unlike W3C bitstrings), compressed with DEFLATE in the ZLIB
// format and base64url-encoded as `lst` in JSON. The list comes from a stranger's server and a few
// hundred bytes of ZLIB can inflate to gigabytes, so decoding stops at kMaxBytes.
//
// Error codes: "malformed" (bits other than 1, 2, 4 or 8; lst not base64url or not ZLIB),
// "too-large", "out-of-range" (statusAt: an index past the end of the list).
#pragma once

#include "Result.h"
#include "StatusListChecker.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace Satchel {

class TokenStatusList {
    Q_DECLARE_TR_FUNCTIONS(Satchel::TokenStatusList)
public:
    static constexpr qsizetype kMaxBytes = StatusListChecker::kMaxBitstringBytes;
    // The Status List Token's media type (the Accept of the request) and its JWT typ.
    static constexpr const char *kMediaType = "application/statuslist+jwt";
    static constexpr const char *kJwtType = "statuslist+jwt";

    // A "status_list" object: {"bits": 1|2|4|8, "lst": "<base64url ZLIB>"}.
    static Result<TokenStatusList> fromJson(const QJsonObject &statusList);
    // typ as RFC 7515 §4.1.9 allows it: "statuslist+jwt" or the whole media type.
    static bool isTokenType(const QString &typ);

    int bits() const { return m_bits; }
    // The decompressed byte array.
    const QByteArray &bytes() const { return m_bytes; }
    // How many statuses the list holds.
    quint64 size() const { return quint64(m_bytes.size()) * 8 / quint64(m_bits); }
    Result<quint32> statusAt(quint64 index) const;

private:
    int m_bits = 1;
    QByteArray m_bytes;
};

} // namespace Satchel
