#include "EcdsaSdProofValue.h"

#include "MalformedInput.h"
#include "crypto/Base64Url.h"
#include "crypto/CborReader.h"
#include "crypto/CborWriter.h"
#include "crypto/Multibase.h"

#include <algorithm>

namespace Satchel {

namespace {

bool isBytes(const CborValue &value, qsizetype size)
{
    return value.isBytes() && value.bytes.size() == size;
}

// The header's third byte: 0x00 for a base proof, 0x01 for a derived one.
constexpr char kBase = 0x00;
constexpr char kDerived = 0x01;

// The five components after the header, each checked by the caller.
Result<QList<CborValue>> components(const QString &proofValue, char kind)
{
    if (!proofValue.startsWith(QLatin1Char('u')) || proofValue.size() > EcdsaSdProofValue::kMaxBytes)
        return malformed(
            EcdsaSdProofValue::tr("An ecdsa-sd-2023 proof value must be base64url multibase ('u' prefix)."));
    auto bytes = Multibase::decode(proofValue.toLatin1());
    if (!bytes || bytes->size() < 3 || bytes->at(0) != char(0xd9) || bytes->at(1) != char(0x5d))
        return malformed(EcdsaSdProofValue::tr("The proof value is not an ecdsa-sd-2023 proof value."));
    if (bytes->at(2) == kBase && kind == kDerived)
        return Error{QStringLiteral("base-proof"),
                     EcdsaSdProofValue::tr("The credential carries an ecdsa-sd-2023 base proof: it is what the issuer "
                                           "gives the holder, who discloses fields from it with a derived proof. A "
                                           "verifier checks only derived proofs.")};
    if (bytes->at(2) != kind)
        return malformed(
            kind == kBase ? EcdsaSdProofValue::tr("The proof value is not an ecdsa-sd-2023 base proof.")
                          : EcdsaSdProofValue::tr("The proof value is not an ecdsa-sd-2023 proof value."));
    auto cbor = CborReader::read(QByteArrayView(*bytes).sliced(3));
    if (!cbor)
        return malformed(EcdsaSdProofValue::tr("The proof value cannot be read: %1").arg(cbor.error().message));
    if (!cbor->isArray() || cbor->items.size() != 5 || !isBytes(cbor->items[0], 64) || !isBytes(cbor->items[1], 35))
        return malformed(
            EcdsaSdProofValue::tr("The proof value does not have the five components of ecdsa-sd-2023."));
    return cbor->items;
}

} // namespace

Result<EcdsaSdDerivedProof> EcdsaSdProofValue::parseDerived(const QString &proofValue)
{
    auto decoded = components(proofValue, kDerived);
    if (!decoded)
        return decoded.error();
    const QList<CborValue> &parts = *decoded;
    if (!parts[2].isArray() || !parts[3].isMap() || !parts[4].isArray()
        || parts[2].items.size() > kMaxStatements || parts[4].items.size() > kMaxStatements)
        return malformed(tr("The derived proof value does not have the five components of ecdsa-sd-2023."));

    EcdsaSdDerivedProof out;
    out.baseSignature = parts[0].bytes;
    out.publicKey = parts[1].bytes;
    for (const CborValue &signature : parts[2].items) {
        if (!isBytes(signature, 64))
            return malformed(tr("A statement signature of the derived proof is not 64 bytes."));
        out.signatures.append(signature.bytes);
    }
    for (const auto &[index, label] : parts[3].entries) {
        if (!index.isUnsigned() || index.number > quint64(kMaxStatements) || !label.isBytes() || label.bytes.isEmpty())
            return malformed(tr("The derived proof's label map is not a map of indexes to byte strings."));
        const QString canonical = QStringLiteral("c14n%1").arg(index.number);
        if (out.labelMap.contains(canonical))
            return malformed(tr("The derived proof's label map names a blank node twice."));
        out.labelMap.insert(canonical, QLatin1Char('u') + QString::fromLatin1(Base64Url::encode(label.bytes)));
    }
    int previous = -1;
    for (const CborValue &index : parts[4].items) {
        if (!index.isUnsigned() || index.number > quint64(kMaxStatements) || int(index.number) <= previous)
            return malformed(tr("The derived proof's mandatory indexes are not ascending numbers."));
        previous = int(index.number);
        out.mandatoryIndexes.append(previous);
    }
    return out;
}

Result<EcdsaSdBaseProof> EcdsaSdProofValue::parseBase(const QString &proofValue)
{
    auto decoded = components(proofValue, kBase);
    if (!decoded)
        return decoded.error();
    const QList<CborValue> &parts = *decoded;
    if (!isBytes(parts[2], 32) || !parts[3].isArray() || !parts[4].isArray()
        || parts[3].items.size() > kMaxStatements || parts[4].items.size() > kMaxStatements)
        return malformed(tr("The base proof value does not have the five components of ecdsa-sd-2023."));
    EcdsaSdBaseProof out;
    out.baseSignature = parts[0].bytes;
    out.publicKey = parts[1].bytes;
    out.hmacKey = parts[2].bytes;
    for (const CborValue &signature : parts[3].items) {
        if (!isBytes(signature, 64))
            return malformed(tr("A statement signature of the base proof is not 64 bytes."));
        out.signatures.append(signature.bytes);
    }
    for (const CborValue &pointer : parts[4].items) {
        if (pointer.type != CborValue::Type::Text)
            return malformed(tr("A mandatory pointer of the base proof is not text."));
        out.mandatoryPointers.append(QString::fromUtf8(pointer.bytes));
    }
    return out;
}

QString EcdsaSdProofValue::serializeDerived(const EcdsaSdDerivedProof &proof)
{
    CborWriter cbor;
    cbor.arrayHeader(5);
    cbor.bytes(proof.baseSignature);
    cbor.bytes(proof.publicKey);
    cbor.arrayHeader(quint64(proof.signatures.size()));
    for (const QByteArray &signature : proof.signatures)
        cbor.bytes(signature);
    // Compressed: "c14nN" -> N, "u<base64url>" -> the bytes; in canonical-index order.
    QList<std::pair<quint64, QByteArray>> labels;
    for (auto it = proof.labelMap.cbegin(); it != proof.labelMap.cend(); ++it) {
        // Labels come from parseDerived() or the deriver, always "u" + base64url.
        auto label = Base64Url::decode(it.value().mid(1).toLatin1());
        labels.append({it.key().mid(4).toULongLong(), label ? *label : QByteArray()});
    }
    std::sort(labels.begin(), labels.end());
    cbor.mapHeader(quint64(labels.size()));
    for (const auto &[index, label] : labels) {
        cbor.unsignedInteger(index);
        cbor.bytes(label);
    }
    cbor.arrayHeader(quint64(proof.mandatoryIndexes.size()));
    for (int index : proof.mandatoryIndexes)
        cbor.unsignedInteger(quint64(index));
    const QByteArray bytes = QByteArray("\xd9\x5d\x01", 3) + cbor.data();
    return QString::fromLatin1(Multibase::encode(bytes, Multibase::Base::Base64Url));
}

} // namespace Satchel
