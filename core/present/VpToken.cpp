#include "VpToken.h"

#include "EcdsaSdPresentation.h"
#include "JwtPresentation.h"
#include "SdJwtPresentation.h"
#include "share/PresentationSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace Satchel {

namespace {

// A string as JSON text, escaped by QJsonDocument.
QByteArray jsonString(const QString &text)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

Result<QByteArray> presentation(const PresentationRequest &request, const PresentedItem &item, const SigningKey &key,
                                const QDateTime &now)
{
    const auto found = std::find_if(request.credentials.cbegin(), request.credentials.cend(),
                                    [&item](const RequestedCredential &q) { return q.id == item.queryId; });
    const RequestedCredential query = found == request.credentials.cend() ? RequestedCredential{} : *found;
    if (item.format == QLatin1String("dc+sd-jwt")) {
        // OpenID4VP 1.0 B.3.5: the SD-JWT itself, with its Key Binding JWT, is the presentation.
        auto presented = SdJwtPresentation::present(item.credential, query, key, request.clientId, request.nonce, now);
        if (!presented)
            return presented.error();
        return jsonString(QString::fromLatin1(*presented));
    }
    if (item.format == QLatin1String("jwt_vc_json")) {
        auto jwt = JwtPresentation::sign({item.credential}, key, request.clientId, request.nonce, now);
        if (!jwt)
            return jwt.error();
        return jsonString(QString::fromLatin1(*jwt));
    }
    // A base proof stays with the holder: the verifier gets a copy derived for its query.
    auto sent = EcdsaSdPresentation::forVerifier(item.credential, query, request.language);
    if (!sent)
        return sent.error();
    return PresentationSigner::sign(*sent, key, PresentationBinding{request.nonce, request.clientId, now});
}

} // namespace

QString VpToken::formValue(const QByteArray &json)
{
    if (json.startsWith('"'))
        return QJsonDocument::fromJson('[' + json + ']').array().at(0).toString();
    return QString::fromUtf8(json);
}

Result<VpToken> VpToken::build(const PresentationRequest &request, const QList<PresentedItem> &items,
                               const SigningKey &key, const QDateTime &now)
{
    QList<QByteArray> presentations;
    for (const PresentedItem &item : items) {
        auto one = presentation(request, item, key, now);
        if (!one)
            return one.error();
        presentations.append(*one);
    }
    VpToken token;
    if (request.language == QueryLanguage::Dcql) {
        // Items of one query together, in the order of the request's queries.
        QByteArray object;
        for (const RequestedCredential &query : request.credentials) {
            QByteArray values;
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (items.at(i).queryId == query.id)
                    values += (values.isEmpty() ? "" : ",") + presentations.at(i);
            }
            if (!values.isEmpty())
                object += (object.isEmpty() ? "" : ",") + jsonString(query.id) + ":[" + values + ']';
        }
        token.vpToken = '{' + object + '}';
        return token;
    }
    const bool single = presentations.size() == 1;
    QJsonArray descriptors;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const bool jwt = items.at(i).format == QLatin1String("jwt_vc_json");
        const QString at = single ? QStringLiteral("$") : QStringLiteral("$[%1]").arg(i);
        descriptors.append(QJsonObject{
            {QStringLiteral("id"), items.at(i).queryId},
            {QStringLiteral("format"), jwt ? QStringLiteral("jwt_vp_json") : QStringLiteral("ldp_vp")},
            {QStringLiteral("path"), at},
            {QStringLiteral("path_nested"),
             QJsonObject{{QStringLiteral("id"), items.at(i).queryId},
                         {QStringLiteral("format"), items.at(i).format},
                         {QStringLiteral("path"), QString(at + (jwt ? QStringLiteral(".vp.verifiableCredential[0]")
                                                                   : QStringLiteral(".verifiableCredential[0]")))}}}});
    }
    token.vpToken = single ? presentations.first() : '[' + presentations.join(',') + ']';
    token.presentationSubmission =
        QJsonDocument(QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                  {QStringLiteral("definition_id"), request.definitionId},
                                  {QStringLiteral("descriptor_map"), descriptors}})
            .toJson(QJsonDocument::Compact);
    return token;
}

} // namespace Satchel
