// A Data Integrity credential whose issuer gave the holder an ecdsa-sd-2023 base proof, presented
// to a verifier (issue 16). A base proof is never sent (verifiers report it as unsupported): the
// answer carries a derived credential (EcdsaSdDisclosure) inside the holder's ldp_vp.
//
// What it discloses: for a DCQL query with claims, the fields its claims paths select (all claims,
// or the first claim set the credential satisfies, as SdJwtPresentation::requestedPaths reads
// them), each path spelled out against the credential as JSON pointers (a null step: every element
// the holder has; "id" of an IRI: the IRI itself), plus the issuer's mandatory pointers, which the
// derivation adds. Without claims, and for Presentation Exchange (whose fields constrain, not
// choose), the verifier asks for the whole credential: every field is disclosed.
//
// Error codes: EcdsaSdDisclosure's.
#pragma once

#include "PresentationRequest.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Satchel {

class EcdsaSdPresentation {
public:
    // What some claims paths select in a credential: each selected field's path with every index
    // spelled out, and its JSON pointer (RFC 6901), in the order found, without repeats.
    struct Selection {
        QList<QJsonArray> paths;
        QStringList pointers;
    };

    // Whether the credential carries an ecdsa-sd-2023 base proof (what the holder derives from).
    static bool hasBaseProof(const QJsonObject &credential);
    // Whether the answer to query discloses only part of such a credential (DCQL with claims).
    static bool isSelective(const RequestedCredential &query, QueryLanguage language);
    static Selection select(const QJsonObject &credential, const QList<QJsonArray> &claimPaths);
    // The pointers the answer to query discloses besides the mandatory ones; every field when the
    // verifier asks for the whole credential.
    static QStringList pointers(const QJsonObject &credential, const RequestedCredential &query, QueryLanguage language);
    // The fields a selective answer discloses, as a learner reads them ("credentialSubject.achievement.name").
    static QStringList disclosedClaims(const QJsonObject &credential, const RequestedCredential &query);
    // The derived credential (JSON) to put in the presentation.
    static Result<QByteArray> derive(const QByteArray &stored, const RequestedCredential &query, QueryLanguage language);
    // What a verifier is sent of a stored Data Integrity credential, whatever the protocol: the
    // stored bytes, or for a base proof the copy derive() makes. OpenID4VP (VpToken) and VC-API
    // (VcApiPresenter, whose QueryByExample chooses credentials, not fields: every field) both ask it.
    static Result<QByteArray> forVerifier(const QByteArray &stored, const RequestedCredential &query,
                                          QueryLanguage language);
};

} // namespace Satchel
