#include "EcdsaSdProofValue.h"

#include "crypto/Base64Url.h"
#include "crypto/CborReader.h"
#include "crypto/Multibase.h"

namespace Satchel {

namespace {

Error malformed(const QString &message)
{
    return Error{QStringLiteral("malformed"), message};
}

bool isBytes(const CborValue &value, qsizetype size)
{
    return value.isBytes() && value.bytes.size() == size;
}

} // namespace

Result<EcdsaSdDerivedProof> EcdsaSdProofValue::parseDerived(const QString &proofValue)
{
    if (!proofValue.startsWith(QLatin1Char('u')) || proofValue.size() > kMaxBytes)
        return malformed(tr("An ecdsa-sd-2023 proof value must be base64url multibase ('u' prefix)."));
    auto bytes = Multibase::decode(proofValue.toLatin1());
    if (!bytes || bytes->size() < 3 || bytes->at(0) != char(0xd9) || bytes->at(1) != char(0x5d))
        return malformed(tr("The proof value is not an ecdsa-sd-2023 proof value."));
    if (bytes->at(2) == char(0x00))
        return Error{QStringLiteral("base-proof"),
                     tr("The credential carries an ecdsa-sd-2023 base proof: it is what the issuer gives the holder, who "
                        "discloses fields from it with a derived proof. A verifier checks only derived proofs.")};
    if (bytes->at(2) != char(0x01))
        return malformed(tr("The proof value is not an ecdsa-sd-2023 proof value."));

    auto cbor = CborReader::read(QByteArrayView(*bytes).sliced(3));
    if (!cbor)
        return malformed(tr("The derived proof value cannot be read: %1").arg(cbor.error().message));
    const QList<CborValue> &parts = cbor->items;
    if (!cbor->isArray() || parts.size() != 5 || !isBytes(parts[0], 64) || !isBytes(parts[1], 35)
        || !parts[2].isArray() || !parts[3].isMap() || !parts[4].isArray())
        return malformed(tr("The derived proof value does not have the five components of ecdsa-sd-2023."));
    if (parts[2].items.size() > kMaxStatements || parts[4].items.size() > kMaxStatements)
        return malformed(tr("The derived proof covers too many statements."));

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

} // namespace Satchel
