// Reads what a verifier asks for into the one model of PresentationRequest.h:
//   DCQL (OpenID4VP 1.0 §6): credentials[] (id, format, multiple, meta.type_values, claims[] with
//     path and values, claim_sets) and credential_sets[] (options, required);
//   Presentation Exchange 2.0 presentation_definition, for older verifiers: input_descriptors[] with
//     constraints.fields[] (path, filter, optional) and the formats of the descriptor or the definition.
// Bounded: at most kMaxCredentials queries, kMaxClaims claims each, paths of ClaimPath::kMaxSteps.
// What Satchel cannot honour faithfully (trusted_authorities, a field it cannot read) is refused
// rather than ignored, so a learner never answers a request other than the one the verifier made.
//
// Error codes: "bad-query" (malformed, out of bounds), "unsupported-query" (a feature Satchel does
// not implement).
#pragma once

#include "PresentationRequest.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace Satchel {

class PresentationQueryReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PresentationQueryReader)
public:
    static constexpr int kMaxCredentials = 32;

    // Fills request's language, credentials, credentialSets (DCQL), definitionId and
    // submissionRequirements (PE).
    static Status readDcql(const QJsonObject &query, PresentationRequest &request);
    static Status readPresentationDefinition(const QJsonObject &definition, PresentationRequest &request);

private:
    // Appends credential unless its id was seen (ids grows), or passes its error on.
    static Status addOnce(const Result<RequestedCredential> &credential, QSet<QString> &ids, PresentationRequest &request);
    static Result<RequestedCredential> dcqlCredential(const QJsonObject &query);
    static Result<RequestedCredential> inputDescriptor(const QJsonObject &descriptor, const QStringList &defaultFormats);
};

} // namespace Satchel
