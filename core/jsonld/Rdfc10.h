// RDFC-1.0 (RDF Dataset Canonicalization, formerly URDNA2015): relabels blank nodes
// deterministically and returns the canonical N-Quads (sorted lines, "_:c14nN" labels).
//
// Poison graphs: the N-degree step is exponential on highly symmetric graphs, so every call
// and every permutation costs one unit of a work budget; exceeding it aborts with the error
// code "rdfc-work-limit" instead of running for hours (W3C test074).
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
        // Units of work (N-degree calls + permutations) allowed before giving up. Real credentials
        // use a few dozen; the W3C suite's hardest legitimate test uses a few thousand.
        qint64 workLimit = 200000;
    };
    struct Output {
        RdfDataset quads;                   // relabelled, sorted, duplicates removed
        QByteArray nquads;                  // canonical N-Quads
        QHash<QString, QString> issued;     // input blank node label -> canonical label
    };

    static Result<Output> canonicalize(const RdfDataset &input, const Options &options);
    static Result<Output> canonicalize(const RdfDataset &input) { return canonicalize(input, Options()); }
};

} // namespace Satchel
