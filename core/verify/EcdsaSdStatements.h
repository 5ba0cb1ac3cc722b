// The statements of a credential as an ecdsa-sd-2023 issuer signs them, for whoever holds the base
// proof's HMAC key (the holder): the credential's blank nodes are given stable names (skolemized),
// its statements canonicalized (RDFC-1.0) and each canonical blank node renamed
// "u" + base64url(HMAC-SHA-256(key, "c14nN")), then sorted. group() says which of those statements
// a set of JSON pointers selects, which is how mandatory and disclosed statements are found.
// Used to check a base proof (EcdsaSd2023Suite) and to derive disclosures (present/EcdsaSdDisclosure).
//
// Error codes: the JSON-LD processor's ("data-loss", ...), "pointer", "malformed".
#pragma once

#include "Result.h"
#include "jsonld/JsonValue.h"
#include "jsonld/RdfQuad.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace Satchel {

class EcdsaSdStatements {
    Q_DECLARE_TR_FUNCTIONS(Satchel::EcdsaSdStatements)
public:
    struct Group {
        QSet<qsizetype> matching; // positions in statements()
        RdfDataset quads;         // the selection's own statements, skolem names as blank nodes
    };

    // document: the credential without its proof.
    static Result<EcdsaSdStatements> make(const JsonValue &document, QByteArrayView hmacKey);

    const QStringList &statements() const { return m_statements; }
    // skolem name -> HMAC name
    const QHash<QString, QString> &hmacLabels() const { return m_hmacLabels; }
    Result<Group> group(const QStringList &pointers) const;

private:
    JsonValue m_skolemized;
    QStringList m_statements;
    QHash<QString, QString> m_hmacLabels;
    QHash<QString, qsizetype> m_position;
};

} // namespace Satchel
