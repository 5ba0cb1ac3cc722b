#include "StatusListChecker.h"

#include "VerifyUtil.h"
#include "crypto/Base64Url.h"
#include "crypto/Inflate.h"
#include "crypto/Multibase.h"

#include <QJsonArray>

namespace Satchel {

namespace {

// statusListIndex is a base-10 string per the spec, but a JSON number in 1EdTech fixtures.
std::optional<quint64> parseIndex(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d < 0 || d > 9.0e15 || d != double(quint64(d)))
            return std::nullopt;
        return quint64(d);
    }
    if (value.isString()) {
        const QString s = value.toString();
        if (s.isEmpty() || s.size() > 18)
            return std::nullopt;
        for (QChar c : s)
            if (!c.isDigit() || c.unicode() > 127)
                return std::nullopt;
        return s.toULongLong();
    }
    return std::nullopt;
}

} // namespace

StatusListChecker::StatusListChecker(DocumentFetcher *fetcher, const QDateTime &now)
    : m_source(fetcher), m_now(now)
{
}

Result<QByteArray> StatusListChecker::decodeEncodedList(const QString &encodedList)
{
    if (encodedList.size() > kMaxBitstringBytes)
        return Error{QStringLiteral("too-large"), tr("The encoded status list is too large.")};
    const QByteArray text = encodedList.toLatin1();
    Result<QByteArray> compressed = text.startsWith('u') ? Multibase::decode(text)
                                                         : Base64Url::decode(text, Base64Url::Padding::Allow);
    // StatusList2021 lists are plain base64url and may happen to start with 'u'; try that too.
    if (!compressed && text.startsWith('u'))
        compressed = Base64Url::decode(text, Base64Url::Padding::Allow);
    if (!compressed)
        return Error{QStringLiteral("malformed"), tr("The status list is not valid base64url.")};
    auto bits = Inflate::gunzip(*compressed, kMaxBitstringBytes);
    if (!bits)
        return bits.error();
    return bits;
}

Result<quint32> StatusListChecker::statusAt(const QByteArray &bitstring, quint64 index, int statusSize, BitOrder order)
{
    if (statusSize < 1 || statusSize > 8)
        return Error{QStringLiteral("malformed"), tr("Unsupported status size %1.").arg(statusSize)};
    const quint64 firstBit = index * quint64(statusSize);
    if (index > (quint64(1) << 40) || firstBit + quint64(statusSize) > quint64(bitstring.size()) * 8)
        return Error{QStringLiteral("out-of-range"), tr("The status index %1 is outside the list.").arg(index)};
    quint32 value = 0;
    for (int i = 0; i < statusSize; ++i) {
        const quint64 bit = firstBit + quint64(i);
        const auto byte = static_cast<unsigned char>(bitstring[qsizetype(bit / 8)]);
        // Most significant first: the value's bits run left to right, its first bit the highest.
        // Least significant first: bit i of the value is bit (firstBit + i) % 8 of its byte.
        if (order == BitOrder::MostSignificantFirst)
            value = (value << 1) | ((byte >> (7 - bit % 8)) & 1u);
        else
            value |= ((byte >> (bit % 8)) & 1u) << i;
    }
    return value;
}

Result<QJsonObject> StatusListChecker::fetchObject(const QString &url)
{
    auto fetched = m_source.fetch(url);
    if (!fetched)
        return fetched.error();
    auto object = VerifyUtil::parseObject(fetched->body);
    if (!object)
        return Error{object.error().code, tr("The status list at %1 is not a JSON object.").arg(url)};
    return object;
}

Result<QByteArray> StatusListChecker::loadBitstring(const QString &url, const QString &purpose)
{
    const QString cacheKey = url + QLatin1Char('|') + purpose;
    const auto cached = m_bitstrings.constFind(cacheKey);
    if (cached != m_bitstrings.constEnd())
        return *cached;

    auto list = fetchObject(url);
    if (!list)
        return list.error();
    const QStringList types = VerifyUtil::typesOf(*list);
    if (!types.contains(QLatin1String("BitstringStatusListCredential"))
        && !types.contains(QLatin1String("StatusList2021Credential")))
        return Error{QStringLiteral("malformed"), tr("The document at %1 is not a status list credential.").arg(url)};
    if (m_proofCheck) {
        const Status proof = m_proofCheck(*list);
        if (!proof)
            return Error{QStringLiteral("signature"),
                         tr("The status list at %1 failed its own proof check: %2").arg(url, proof.error().message)};
    }
    const QDateTime validUntil = VerifyUtil::parseDateTime(VerifyUtil::validUntilText(*list));
    if (validUntil.isValid() && validUntil < m_now)
        return Error{QStringLiteral("expired"), tr("The status list at %1 has expired.").arg(url)};
    // Its validity period must cover now at both ends, not only the end.
    const QDateTime validFrom = VerifyUtil::parseDateTime(VerifyUtil::validFromText(*list));
    if (validFrom.isValid() && validFrom > m_now)
        return Error{QStringLiteral("not-yet-valid"), tr("The status list at %1 is not valid yet.").arg(url)};
    const QJsonObject subject = list->value(QLatin1String("credentialSubject")).toObject();
    const QString listPurpose = subject.value(QLatin1String("statusPurpose")).toString();
    if (!purpose.isEmpty() && !listPurpose.isEmpty() && listPurpose != purpose)
        return Error{QStringLiteral("malformed"),
                     tr("The status list at %1 is for \"%2\", not \"%3\".").arg(url, listPurpose, purpose)};
    auto bits = decodeEncodedList(subject.value(QLatin1String("encodedList")).toString());
    if (!bits)
        return Error{bits.error().code, tr("The status list at %1 cannot be decoded: %2").arg(url, bits.error().message)};
    m_bitstrings.insert(cacheKey, *bits);
    return bits;
}

VerificationCheck StatusListChecker::checkBitstringEntry(const QJsonObject &entry, const QString &)
{
    const QString url = entry.value(QLatin1String("statusListCredential")).toString();
    const auto index = parseIndex(entry.value(QLatin1String("statusListIndex")));
    if (url.isEmpty() || !index)
        return StatusListSource::unavailable(tr("The credential status entry is incomplete."));
    const QString purpose = entry.value(QLatin1String("statusPurpose")).toString(QStringLiteral("revocation"));
    const int statusSize = entry.value(QLatin1String("statusSize")).toInt(1);

    auto bits = loadBitstring(url, purpose);
    if (!bits)
        return StatusListSource::unavailable(bits.error().message);
    auto value = statusAt(*bits, *index, statusSize);
    if (!value)
        return StatusListSource::unavailable(value.error().message);
    if (purpose == QLatin1String("revocation")) {
        if (*value)
            return StatusListSource::revoked();
        return {QStringLiteral("revoked"), CheckOutcome::Pass, tr("The credential is not revoked.")};
    }
    if (purpose == QLatin1String("suspension")) {
        if (*value)
            return StatusListSource::suspended();
        return {QStringLiteral("revoked"), CheckOutcome::Pass, tr("The credential is not suspended.")};
    }
    return {QStringLiteral("status"), CheckOutcome::Skip,
            tr("Status purpose \"%1\" does not affect validity.").arg(purpose)};
}

VerificationCheck StatusListChecker::check1EdTechEntry(const QJsonObject &entry, const QString &credentialId)
{
    const QString url = entry.value(QLatin1String("id")).toString();
    auto list = fetchObject(url);
    if (!list)
        return StatusListSource::unavailable(list.error().message);
    for (const auto &v : VerifyUtil::asArray(list->value(QLatin1String("revokedCredential")))) {
        const QJsonObject item = v.toObject();
        if (item.value(QLatin1String("id")).toString() != credentialId)
            continue;
        const QJsonValue revoked = item.value(QLatin1String("revoked"));
        if (revoked.isUndefined() || revoked.toBool()) {
            const QString reason = item.value(QLatin1String("revocationReason")).toString();
            return {QStringLiteral("revoked"), CheckOutcome::Fail,
                    reason.isEmpty() ? StatusListSource::revoked().message
                                     : tr("The issuer has revoked this credential: %1").arg(reason)};
        }
    }
    return {QStringLiteral("revoked"), CheckOutcome::Pass, tr("The credential is not revoked.")};
}

QList<VerificationCheck> StatusListChecker::checkCredential(const QJsonObject &credential)
{
    QList<VerificationCheck> out;
    const QString credentialId = credential.value(QLatin1String("id")).toString();
    const QJsonArray entries = VerifyUtil::asArray(credential.value(QLatin1String("credentialStatus")));
    // Bound the work a hostile credential can ask for.
    constexpr int kMaxEntries = 16;
    int n = 0;
    for (const auto &v : entries) {
        if (++n > kMaxEntries) {
            out.append(StatusListSource::unavailable(tr("Too many credential status entries; the rest were not checked.")));
            break;
        }
        const QJsonObject entry = v.toObject();
        const QString type = entry.value(QLatin1String("type")).toString();
        if (type == QLatin1String("BitstringStatusListEntry") || type == QLatin1String("StatusList2021Entry"))
            out.append(m_source.noteCacheAge(entry.value(QLatin1String("statusListCredential")).toString(),
                                    checkBitstringEntry(entry, credentialId)));
        else if (type == QLatin1String("1EdTechRevocationList"))
            out.append(m_source.noteCacheAge(entry.value(QLatin1String("id")).toString(), check1EdTechEntry(entry, credentialId)));
        else
            out.append(StatusListSource::unavailable(tr("The credential status type \"%1\" is not supported.").arg(type)));
    }
    return out;
}

QList<VerificationCheck> StatusListChecker::checkOb2RevocationList(const QString &listUrl, const QString &assertionId,
                                                                   const QString &uid)
{
    auto list = fetchObject(listUrl);
    if (!list)
        return {StatusListSource::unavailable(list.error().message)};
    for (const auto &v : VerifyUtil::asArray(list->value(QLatin1String("revokedAssertions")))) {
        bool match = false;
        QString reason;
        if (v.isString()) {
            match = !assertionId.isEmpty() && v.toString() == assertionId;
        } else {
            const QJsonObject item = v.toObject();
            match = (!assertionId.isEmpty() && item.value(QLatin1String("id")).toString() == assertionId)
                || (!uid.isEmpty() && item.value(QLatin1String("uid")).toString() == uid);
            reason = item.value(QLatin1String("revocationReason")).toString();
        }
        if (match)
            return {m_source.noteCacheAge(listUrl, {QStringLiteral("revoked"), CheckOutcome::Fail,
                                           reason.isEmpty() ? tr("The issuer has revoked this badge.")
                                                            : tr("The issuer has revoked this badge: %1").arg(reason)})};
    }
    return {m_source.noteCacheAge(listUrl, {QStringLiteral("revoked"), CheckOutcome::Pass,
                                   tr("The badge is not on the issuer's revocation list.")})};
}

} // namespace Satchel
