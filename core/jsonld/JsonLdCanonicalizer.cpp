#include "JsonLdCanonicalizer.h"

#include "JsonLdProcessor.h"
#include "NQuads.h"

namespace Satchel {

static Rdfc10::Options rdfcOptions(const JsonLdCanonicalizer::Options &options)
{
    Rdfc10::Options ro;
    ro.hash = options.hash;
    ro.workLimit = options.workLimit;
    return ro;
}

static Result<QByteArray> canonicalizeDataset(const RdfDataset &dataset, const JsonLdCanonicalizer::Options &options)
{
    auto out = Rdfc10::canonicalize(dataset, rdfcOptions(options));
    if (!out.ok())
        return out.error();
    return std::move(out->nquads);
}

static Result<RdfDataset> toRdf(const JsonValue &document, const DocumentLoader &loader,
                                const JsonLdCanonicalizer::Options &options)
{
    JsonLdProcessor::Options po;
    po.safeMode = options.safeMode;
    po.base = options.base;
    po.maxDepth = options.jsonLimits.maxDepth * 2;
    return JsonLdProcessor::toRdf(document, loader, po);
}

Result<QByteArray> JsonLdCanonicalizer::canonicalize(const JsonValue &document, const DocumentLoader &loader,
                                                     const Options &options)
{
    // The text only: relabelled quads are for selective disclosure (canonicalDataset), and a
    // signature check makes thousands of these.
    auto dataset = toRdf(document, loader, options);
    if (!dataset.ok())
        return dataset.error();
    return canonicalizeDataset(*dataset, options);
}

Result<Rdfc10::Output> JsonLdCanonicalizer::canonicalDataset(const JsonValue &document, const DocumentLoader &loader,
                                                             const Options &options)
{
    auto dataset = toRdf(document, loader, options);
    if (!dataset.ok())
        return dataset.error();
    Rdfc10::Options withQuads = rdfcOptions(options);
    withQuads.keepQuads = true; // the caller works on the relabelled quads (selective disclosure)
    return Rdfc10::canonicalize(*dataset, withQuads);
}

Result<QByteArray> JsonLdCanonicalizer::canonicalize(const QByteArray &jsonLd, const DocumentLoader &loader,
                                                     const Options &options)
{
    auto doc = JsonValue::parse(jsonLd, options.jsonLimits);
    if (!doc.ok())
        return doc.error();
    return canonicalize(*doc, loader, options);
}

Result<QByteArray> JsonLdCanonicalizer::canonicalize(const QJsonObject &document, const DocumentLoader &loader,
                                                     const Options &options)
{
    return canonicalize(JsonValue::fromQJson(document), loader, options);
}

Result<QByteArray> JsonLdCanonicalizer::canonicalizeNQuads(const QByteArray &nquads, const Options &options)
{
    auto dataset = NQuads::parse(nquads);
    if (!dataset.ok())
        return dataset.error();
    return canonicalizeDataset(*dataset, options);
}

JsonValue JsonLdCanonicalizer::withoutProof(const JsonValue &document)
{
    JsonValue out = document;
    out.remove(QStringLiteral("proof"));
    return out;
}

JsonValue JsonLdCanonicalizer::proofConfig(const JsonValue &proof, const JsonValue &document)
{
    JsonValue out = proof;
    out.remove(QStringLiteral("proofValue"));
    out.remove(QStringLiteral("jws"));
    out.remove(QStringLiteral("signatureValue"));
    if (const JsonValue *ctx = document.find(QStringLiteral("@context")))
        out.insert(QStringLiteral("@context"), *ctx);
    return out;
}

Result<JsonLdCanonicalizer::DataIntegrityInput>
JsonLdCanonicalizer::dataIntegrityInput(const JsonValue &securedDocument, const JsonValue &proof,
                                        const DocumentLoader &loader, const Options &options)
{
    auto proofCanon = canonicalize(proofConfig(proof, securedDocument), loader, options);
    if (!proofCanon.ok())
        return proofCanon.error();
    auto docCanon = canonicalize(withoutProof(securedDocument), loader, options);
    if (!docCanon.ok())
        return docCanon.error();
    DataIntegrityInput in;
    in.proofCanonical = *proofCanon;
    in.documentCanonical = *docCanon;
    in.hashData = sha256(in.proofCanonical) + sha256(in.documentCanonical);
    return in;
}

QByteArray JsonLdCanonicalizer::sha256(const QByteArray &data)
{
    return Rdfc10::hash(Rdfc10::HashAlgorithm::Sha256, data);
}

} // namespace Satchel
