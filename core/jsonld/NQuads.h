// N-Quads: a bounded parser and the canonical serializer (RDFC-1.0 §4.4 / RDF 1.1 N-Quads
// canonical form: ECHAR for \" \\ \n \r \t \b \f, \uXXXX with uppercase hex for the other
// control characters and U+007F, everything else raw UTF-8, IRIs written raw inside <>).
#pragma once

#include "RdfQuad.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Satchel {

class NQuads {
    Q_DECLARE_TR_FUNCTIONS(Satchel::NQuads)
public:
    static const QString &xsdString();
    static const QString &rdfLangString();

    // Appends "S P O [G] .\n" for one quad.
    static void writeQuad(QByteArray &out, const RdfQuad &quad);
    static void writeTerm(QByteArray &out, const RdfTerm &term);
    // All quads, one line each, in the given order.
    static QByteArray serialize(const RdfDataset &quads);

    // Errors: "nquads-parse", "nquads-too-large".
    static Result<RdfDataset> parse(const QByteArray &text, qsizetype maxQuads = 1000000);
};

} // namespace Satchel
