#include "PresentationQueryReader.h"

#include "ClaimPath.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Satchel {

namespace {

// Bounds on a verifier's query: each list it may send is read only this far.
constexpr int kMaxClaims = 32;
constexpr int kMaxOptions = 32;

Error bad(const QString &message)
{
    return Error{QStringLiteral("bad-query"), message};
}

// A DCQL id: alphanumerics, underscore and hyphen (§6.1).
bool isQueryId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    return pattern.match(id).hasMatch();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

bool isScalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool();
}

} // namespace

Status PresentationQueryReader::addOnce(const Result<RequestedCredential> &credential, QSet<QString> &ids,
                                        PresentationRequest &request)
{
    if (!credential)
        return credential.error();
    if (ids.contains(credential->id))
        return bad(tr("The verifier's query names the credential “%1” twice.").arg(credential->id));
    ids.insert(credential->id);
    request.credentials.append(*credential);
    return {};
}

Status PresentationQueryReader::readDcql(const QJsonObject &query, PresentationRequest &request)
{
    const QJsonArray credentials = query.value(QLatin1String("credentials")).toArray();
    if (credentials.isEmpty())
        return bad(tr("The verifier's query asks for no credential."));
    if (credentials.size() > kMaxCredentials)
        return bad(tr("The verifier's query asks for more credentials than Satchel accepts (%1).").arg(kMaxCredentials));
    request.language = QueryLanguage::Dcql;
    QSet<QString> ids;
    for (const QJsonValue &value : credentials) {
        if (const Status added = addOnce(dcqlCredential(value.toObject()), ids, request); !added)
            return added;
    }
    const QJsonValue sets = query.value(QLatin1String("credential_sets"));
    if (!sets.isUndefined() && (!sets.isArray() || sets.toArray().isEmpty() || sets.toArray().size() > kMaxOptions))
        return bad(tr("The verifier's query has malformed credential sets."));
    for (const QJsonValue &value : sets.toArray()) {
        const QJsonObject set = value.toObject();
        CredentialSetQuery setQuery;
        setQuery.required = set.value(QLatin1String("required")).toBool(true);
        const QJsonArray options = set.value(QLatin1String("options")).toArray();
        if (options.isEmpty() || options.size() > kMaxOptions)
            return bad(tr("The verifier's query has a credential set without options."));
        for (const QJsonValue &option : options) {
            const QStringList members = strings(option);
            if (members.isEmpty() || members.size() != option.toArray().size())
                return bad(tr("The verifier's query has a malformed credential set."));
            for (const QString &id : members) {
                if (!ids.contains(id))
                    return bad(tr("The verifier's query refers to a credential it does not ask for (“%1”).")
                                   .arg(Error::excerpt(id)));
            }
            setQuery.options.append(members);
        }
        request.credentialSets.append(setQuery);
    }
    return {};
}

Result<RequestedCredential> PresentationQueryReader::dcqlCredential(const QJsonObject &query)
{
    RequestedCredential credential;
    credential.id = query.value(QLatin1String("id")).toString();
    if (!isQueryId(credential.id))
        return bad(tr("A credential in the verifier's query has no valid id."));
    const QString format = query.value(QLatin1String("format")).toString();
    if (format.isEmpty())
        return bad(tr("The verifier's query does not say which format it wants for “%1”.").arg(credential.id));
    credential.formats = {format};
    credential.multiple = query.value(QLatin1String("multiple")).toBool(false);
    if (query.contains(QLatin1String("trusted_authorities")))
        return Error{QStringLiteral("unsupported-query"),
                     tr("The verifier restricts “%1” to issuers named by a trust framework, which Satchel cannot check "
                        "yet.").arg(credential.id)};
    const QJsonValue typeValues = query.value(QLatin1String("meta")).toObject().value(QLatin1String("type_values"));
    for (const QJsonValue &alternative : typeValues.toArray()) {
        const QStringList types = strings(alternative);
        if (types.isEmpty() || types.size() != alternative.toArray().size())
            return bad(tr("The verifier's query has malformed type values for “%1”.").arg(credential.id));
        credential.typeValues.append(types);
    }
    const QJsonValue vctValues = query.value(QLatin1String("meta")).toObject().value(QLatin1String("vct_values"));
    credential.vctValues = strings(vctValues);
    if (!vctValues.isUndefined() && (credential.vctValues.isEmpty() || credential.vctValues.size() != vctValues.toArray().size()))
        return bad(tr("The verifier's query has malformed vct values for “%1”.").arg(credential.id));
    const QJsonValue binding = query.value(QLatin1String("require_cryptographic_holder_binding"));
    if (!binding.isUndefined() && !binding.isBool())
        return bad(tr("The verifier's query has a malformed holder binding requirement for “%1”.").arg(credential.id));
    credential.requireHolderBinding = binding.toBool(true);
    const QJsonValue claims = query.value(QLatin1String("claims"));
    if (!claims.isUndefined() && (!claims.isArray() || claims.toArray().isEmpty()))
        return bad(tr("The verifier's query has malformed claims for “%1”.").arg(credential.id));
    if (claims.toArray().size() > kMaxClaims)
        return bad(tr("The verifier's query asks for more claims than Satchel accepts (%1).").arg(kMaxClaims));
    QSet<QString> claimIds;
    for (const QJsonValue &value : claims.toArray()) {
        const QJsonObject claim = value.toObject();
        ClaimConstraint constraint;
        constraint.id = claim.value(QLatin1String("id")).toString();
        const QJsonArray path = claim.value(QLatin1String("path")).toArray();
        if (!ClaimPath::isValid(path))
            return bad(tr("A claim of “%1” in the verifier's query has no valid path.").arg(credential.id));
        constraint.paths = {path};
        constraint.values = claim.value(QLatin1String("values")).toArray();
        for (const QJsonValue &accepted : std::as_const(constraint.values)) {
            if (!isScalar(accepted))
                return bad(tr("A claim of “%1” in the verifier's query accepts a value that is not a string, number "
                              "or boolean.").arg(credential.id));
        }
        if (!constraint.id.isEmpty())
            claimIds.insert(constraint.id);
        credential.claims.append(constraint);
    }
    const QJsonArray claimSets = query.value(QLatin1String("claim_sets")).toArray();
    if (claimSets.size() > kMaxOptions)
        return bad(tr("The verifier's query has too many claim sets for “%1”.").arg(credential.id));
    for (const QJsonValue &set : claimSets) {
        const QStringList members = strings(set);
        for (const QString &id : members) {
            if (!claimIds.contains(id))
                return bad(tr("A claim set of “%1” names a claim the query does not have.").arg(credential.id));
        }
        credential.claimSets.append(members);
    }
    return credential;
}

Status PresentationQueryReader::readPresentationDefinition(const QJsonObject &definition, PresentationRequest &request)
{
    request.language = QueryLanguage::PresentationExchange;
    request.definitionId = definition.value(QLatin1String("id")).toString();
    if (request.definitionId.isEmpty())
        return bad(tr("The verifier's presentation definition has no id."));
    request.submissionRequirements = definition.contains(QLatin1String("submission_requirements"));
    const QStringList defaultFormats = definition.value(QLatin1String("format")).toObject().keys();
    const QJsonArray descriptors = definition.value(QLatin1String("input_descriptors")).toArray();
    if (descriptors.isEmpty())
        return bad(tr("The verifier's query asks for no credential."));
    if (descriptors.size() > kMaxCredentials)
        return bad(tr("The verifier's query asks for more credentials than Satchel accepts (%1).").arg(kMaxCredentials));
    QSet<QString> ids;
    for (const QJsonValue &value : descriptors) {
        if (const Status added = addOnce(inputDescriptor(value.toObject(), defaultFormats), ids, request); !added)
            return added;
    }
    return {};
}

Result<RequestedCredential> PresentationQueryReader::inputDescriptor(const QJsonObject &descriptor,
                                                                     const QStringList &defaultFormats)
{
    RequestedCredential credential;
    credential.id = descriptor.value(QLatin1String("id")).toString();
    if (credential.id.isEmpty() || credential.id.size() > 128)
        return bad(tr("A credential in the verifier's query has no valid id."));
    credential.name = descriptor.value(QLatin1String("name")).toString().left(200);
    credential.purpose = descriptor.value(QLatin1String("purpose")).toString().left(500);
    credential.formats = descriptor.contains(QLatin1String("format"))
        ? descriptor.value(QLatin1String("format")).toObject().keys()
        : defaultFormats;
    // No format at all: any Satchel can present, as PE leaves it to the wallet.
    if (credential.formats.isEmpty())
        credential.formats = {QStringLiteral("ldp_vc"), QStringLiteral("jwt_vc_json")};
    const QJsonObject constraints = descriptor.value(QLatin1String("constraints")).toObject();
    // Satchel presents whole credentials: a verifier that requires less must not get more.
    if (constraints.value(QLatin1String("limit_disclosure")).toString() == QLatin1String("required"))
        return Error{QStringLiteral("unsupported-query"),
                     tr("The verifier wants to see only some fields of “%1”, but Satchel can only show whole "
                        "credentials.").arg(credential.name.isEmpty() ? credential.id : credential.name)};
    const QJsonArray fields = constraints.value(QLatin1String("fields")).toArray();
    if (fields.size() > kMaxClaims)
        return bad(tr("The verifier's query asks for more claims than Satchel accepts (%1).").arg(kMaxClaims));
    for (const QJsonValue &value : fields) {
        const QJsonObject field = value.toObject();
        ClaimConstraint constraint;
        constraint.id = field.value(QLatin1String("id")).toString();
        constraint.optional = field.value(QLatin1String("optional")).toBool(false);
        constraint.filter = field.value(QLatin1String("filter")).toObject();
        const QJsonArray paths = field.value(QLatin1String("path")).toArray();
        if (paths.isEmpty() || paths.size() > kMaxOptions)
            return bad(tr("A field of “%1” in the verifier's query has no path.").arg(credential.id));
        for (const QJsonValue &path : paths) {
            auto pointer = ClaimPath::fromJsonPath(path.toString());
            if (!pointer)
                return Error{QStringLiteral("unsupported-query"),
                             tr("The verifier's query reads a field in a way Satchel does not understand (“%1”).")
                                 .arg(Error::excerpt(path.toString()))};
            constraint.paths.append(*pointer);
        }
        credential.claims.append(constraint);
    }
    return credential;
}

} // namespace Satchel
