// A verifier's request, as any stranger may write one (issue 15): the link, a request object, and
// the DCQL / Presentation Exchange query matched against a credential. The first byte picks which;
// none may crash, hang or grow without bound.
#include "present/CredentialMatcher.h"
#include "present/PresentationLink.h"
#include "present/PresentationQueryReader.h"
#include "present/PresentationRequestReader.h"
#include "jsonld/SafeJson.h"

#include <QByteArray>
#include <QJsonDocument>

using namespace Satchel;

namespace {

// A credential of known shape for the queries to be matched against.
const WalletCandidate &candidate()
{
    static const WalletCandidate c = CredentialMatcher::candidateFrom(
        1, CredentialFormat::Ob3Json,
        R"({"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential","OpenBadgeCredential"],)"
        R"("issuer":{"id":"did:key:z6Mk","name":"College"},"credentialSubject":{"id":"did:key:z6Mh",)"
        R"("achievement":{"achievementType":"Course","name":"Welding"}}})");
    return c;
}

void matchAll(const PresentationRequest &request)
{
    for (const RequestedCredential &query : request.credentials)
        (void)CredentialMatcher::judge(query, request.language, candidate(), QDateTime::currentDateTimeUtc());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0:
        if (auto link = PresentationLink::parse(QString::fromUtf8(bytes))) {
            if (auto request = PresentationRequestReader::fromParameters(link->parameters))
                matchAll(*request);
        }
        break;
    case 1:
        if (auto request = PresentationRequestReader::fromRequestObject(bytes, QStringLiteral("redirect_uri:https://v.example/r"),
                                                                        {}))
            matchAll(*request);
        break;
    default:
        if (auto query = SafeJson::parseObject(bytes, 32, 256 * 1024)) {
            PresentationRequest request;
            const Status read = data[0] % 4 == 2 ? PresentationQueryReader::readDcql(*query, request)
                                                 : PresentationQueryReader::readPresentationDefinition(*query, request);
            if (read)
                matchAll(request);
        }
        break;
    }
    return 0;
}
