// Entry points of the formats module: recognise a payload and parse it into the model.
//
//   detect(): bytes of one file (JSON, JWS/JWT text, PNG, SVG; not archives) -> RawCredential.
//             Unbakes images; classifies OB2 JSON / OB2 JWS / OB3 JSON / VC-JWT / CLR / SD-JWT VC
//             (an SD-JWT serialization "<jwt>~<disclosure>~…~" with typ dc+sd-jwt/vc+sd-jwt or a vct) /
//             OB 3.0 or CLR secured with COSE (a COSE_Sign1, binary or base64/base64url text, or an
//             EnvelopedVerifiableCredential whose id is data:application/vc+cose;base64,…).
//             A baked or pasted value that is only a URL gives a RawCredential with pendingUrl set
//             (format Unknown, bytes empty): fetch it and call detect() on the response.
//             Errors (Error::code): "no-baked-data" (image without a credential),
//             "not-a-credential" (valid JSON/text that is no credential), "malformed" (broken file),
//             "too-large", "unsupported-file".
//   detectAll(): as detect(), but an input that bundles several credentials gives one
//             RawCredential per credential: the OB 3.0 / CLR API response
//             {"credential":[…], "compactJwsString":[…]} and a top-level JSON array of credentials.
//             Every other input gives a list of one. The importer should call this one. Bundled
//             JSON objects are stored as their compact serialisation (they have no bytes of their
//             own); sourceName gets "#<n>". One entry that is no credential fails the whole bundle.
//             detect() on a bundle returns its first credential. A verifiable presentation
//             (PresentationReader) is read the same way: one RawCredential per credential it
//             carries, each with the bytes it has in the file and presentationHolder set; one
//             with no credential fails ("empty-presentation").
//   OB 1.x "{verify:{url}}" stubs without a badge (old bakers) also give a pendingUrl.
//   parse():  RawCredential -> Credential. Linked OB 2.0 documents (BadgeClass, Issuer by URL)
//             are looked up in `linked` (url -> JSON object), filled by the importer from the
//             network or the wallet's document cache; links not found are listed in
//             Credential::unresolvedLinks (and a note in Credential::warnings) and the fields stay empty.
//   linkedDocumentUrls(raw, known): the JSON documents parse() still needs. Fetch them, add them
//             to `known` and call again until it returns an empty list (the issuer URL only becomes
//             known once the BadgeClass has been fetched). Images and criteria pages are not
//             needed to parse: linkedResourceUrls() lists them for the importer to keep. A criteria
//             IRI that serves a Criteria JSON document may be put in `linked` too; its narrative is used.
#pragma once

#include "RawCredential.h"
#include "Result.h"
#include "model/Credential.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Satchel {

using LinkedDocuments = QHash<QString, QJsonObject>;

class CredentialReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CredentialReader)
public:
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024; // one credential file or image
    static constexpr int kMaxJsonDepth = 64;
    static constexpr int kMaxBundledCredentials = 10000; // entries of one API response

    static Result<RawCredential> detect(const QByteArray &bytes, const QString &sourceName);
    static Result<QList<RawCredential>> detectAll(const QByteArray &bytes, const QString &sourceName);
    static Result<Credential> parse(const RawCredential &raw, const LinkedDocuments &linked = {});

    static QStringList linkedDocumentUrls(const RawCredential &raw, const LinkedDocuments &known);
    // The unresolved links of an already parsed credential (Credential::unresolvedLinks).
    static QStringList linkedDocumentUrls(const Credential &credential);
    // http(s) resources a displayer wants kept offline: the credential, achievement (incl. CLR
    // achievements) and issuer images and the criteria page. data: URIs are left out, as are
    // resources of nested CLR credentials (ask for each nested Credential). No duplicates.
    static QStringList linkedResourceUrls(const Credential &credential);

    // Classification of decoded JSON (exposed for the importer and tests).
    // Unknown when the object is no credential.
    static CredentialFormat classifyJson(const QJsonObject &object);
    static CredentialFormat classifyJwsPayload(const QJsonObject &payload);
    // A compact JWS (a VC-JWT, an OB 2.0 signed assertion, an endorsement) read for its content:
    // Jws::parseStructure() within kMaxFileBytes and the payload as a JSON object. The signature
    // and the header rules are the verifier's.
    struct JwsContent {
        QJsonObject header;
        QJsonObject payload;
    };
    static Result<JwsContent> readJws(QByteArrayView text);
    // The same for a COSE_Sign1, binary or base64 text (CoseSign1::parse() within kMaxFileBytes);
    // header: CoseSign1::joseHeader().
    static Result<JwsContent> readCose(QByteArrayView bytes);
    // The credential text of stored bytes: without a UTF-8 byte order mark and surrounding white
    // space (files are kept exactly as received; signatures and baking use this text). A binary
    // COSE_Sign1 is returned as it is.
    static QByteArray payloadText(const QByteArray &bytes);

private:
    static Result<Credential> parseSdJwtVc(const RawCredential &raw, Credential &credential);
    static Result<QList<RawCredential>> detectPresented(QByteArrayView text, const QString &sourceName);
};

} // namespace Satchel
