// JsonLdCanonicalizer: the one call a Data Integrity verifier needs.
//
//   JSON-LD document --(expand, toRdf, safe mode)--> RDF dataset --(RDFC-1.0)--> canonical N-Quads
//
// Typical eddsa-rdfc-2022 / Ed25519Signature2020 verification (VC-DI-EDDSA §3.3):
//
//   auto doc = JsonValue::parse(bytes);                       // or JsonValue::fromQJson(obj)
//   JsonValue proof = ...one element of doc["proof"]...;
//   auto hashData = JsonLdCanonicalizer::dataIntegrityHashData(*doc, proof);
//   // hashData = SHA-256(canon(proofConfig)) || SHA-256(canon(document minus proof)), 64 bytes
//   // then Ed25519-verify(publicKey, *hashData, multibase-decoded proofValue).
//
// Errors (Error::code): "data-loss" (safe mode: the document uses undefined terms, relative
// IRIs/types or invalid values; Data Integrity verification MUST fail), "unknown-context" (a
// context URL that is not bundled; nothing is fetched), "json-parse" / "json-too-large" /
// "json-too-deep", "rdfc-work-limit" (poison graph), "nquads-parse", or a JSON-LD error code
// ("protected term redefinition", "invalid local context", "context overflow", ...).
// All entry points are thread-safe.
#pragma once

#include "BundledContextLoader.h"
#include "JsonValue.h"
#include "Rdfc10.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace Satchel {

// Options of JsonLdCanonicalizer (outside the class so it can be a default argument).
struct JsonLdCanonicalizerOptions {
    bool safeMode = true;      // Data Integrity requires it; false only for test suites
    QString base;              // document base IRI; empty = none (Data Integrity)
    Rdfc10::HashAlgorithm hash = Rdfc10::HashAlgorithm::Sha256;
    qint64 workLimit = Rdfc10::Options().workLimit;
    JsonValue::Limits jsonLimits;
};

class JsonLdCanonicalizer {
    Q_DECLARE_TR_FUNCTIONS(Satchel::JsonLdCanonicalizer)
public:
    using Options = JsonLdCanonicalizerOptions;

    // Canonical N-Quads (UTF-8, sorted lines each ending in " .\n", blank nodes _:c14nN).
    static Result<QByteArray> canonicalize(const QByteArray &jsonLd,
                                           const DocumentLoader &loader = BundledContextLoader::instance(),
                                           const Options &options = Options());
    static Result<QByteArray> canonicalize(const JsonValue &document,
                                           const DocumentLoader &loader = BundledContextLoader::instance(),
                                           const Options &options = Options());
    // QJsonObject is lossless enough for credentials: numbers are IEEE doubles in both cases and
    // key order does not change the canonical form.
    static Result<QByteArray> canonicalize(const QJsonObject &document,
                                           const DocumentLoader &loader = BundledContextLoader::instance(),
                                           const Options &options = Options());
    // The canonical dataset itself (quads, and the canonical label each blank node received), for
    // suites that relabel the blank nodes afterwards (ecdsa-sd-2023).
    static Result<Rdfc10::Output> canonicalDataset(const JsonValue &document,
                                                   const DocumentLoader &loader = BundledContextLoader::instance(),
                                                   const Options &options = Options());
    // Canonical form of an N-Quads document.
    static Result<QByteArray> canonicalizeNQuads(const QByteArray &nquads, const Options &options = Options());

    // --- Data Integrity helpers -------------------------------------------------------------
    // The document with its "proof" entry removed (all proofs of a proof set).
    static JsonValue withoutProof(const JsonValue &document);
    // The proof configuration: the proof minus proofValue (and the legacy jws/signatureValue),
    // with "@context" set to the document's "@context" (VC-DI-EDDSA, Ed25519Signature2020).
    static JsonValue proofConfig(const JsonValue &proof, const JsonValue &document);

    struct DataIntegrityInput {
        QByteArray proofCanonical;    // canonical N-Quads of proofConfig(proof, document)
        QByteArray documentCanonical; // canonical N-Quads of withoutProof(document)
        QByteArray hashData;          // SHA-256(proofCanonical) || SHA-256(documentCanonical)
    };
    static Result<DataIntegrityInput> dataIntegrityInput(const JsonValue &securedDocument, const JsonValue &proof,
                                                         const DocumentLoader &loader = BundledContextLoader::instance(),
                                                         const Options &options = Options());

    static QByteArray sha256(const QByteArray &data);
};

} // namespace Satchel
