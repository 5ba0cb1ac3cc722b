// RDFC-1.0 (RDF Dataset Canonicalization, formerly URDNA2015): relabels blank nodes
// deterministically and returns the canonical N-Quads (sorted lines, "_:c14nN" labels).
//
// Poison graphs: the N-degree step is exponential on highly symmetric graphs (W3C test074) and
// quadratic in memory on long symmetric chains (a ring of blank nodes), so every call and every
// permutation costs work in proportion to what it copies; exceeding the budget aborts with the
// error code "rdfc-work-limit" instead of running for minutes in gigabytes.
#pragma once

#include "RdfQuad.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace Satchel {

class Rdfc10 {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Rdfc10)
public:
    enum class HashAlgorithm { Sha256, Sha384 };
    struct Options {
        HashAlgorithm hash = HashAlgorithm::Sha256;
        // Units of work allowed before giving up: each N-degree call and permutation costs one
        // unit plus one per identifier it copies. Real credentials use a few hundred; the W3C
        // suite's hardest legitimate test about 22,000; a chain of 100 nested blank nodes 1.7
        // million. A ring of thousands of blank nodes reaches the limit in about 0.2 s.
        qint64 workLimit = 2000000;
        // Also return the relabelled quads (selective disclosure works on them); a signature check
        // needs only the text.
        bool keepQuads = false;
    };
    struct Output {
        RdfDataset quads;                   // with keepQuads: relabelled, sorted, duplicates removed
        QByteArray nquads;                  // canonical N-Quads (sorted lines, duplicates removed)
        QHash<QString, QString> issued;     // input blank node label -> canonical label
    };

    static Result<Output> canonicalize(const RdfDataset &input, const Options &options);
    static Result<Output> canonicalize(const RdfDataset &input) { return canonicalize(input, Options()); }
    // The digest these options name (raw bytes), as the canonical forms are hashed with.
    static QByteArray hash(HashAlgorithm algorithm, QByteArrayView data);
};

} // namespace Satchel
