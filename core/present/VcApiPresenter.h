// The verifier's side of a VC-API exchange, as the wallet meets it (W3C CCG VC-API "Exchanges", and
// the DCC Learner Credential Wallet's request links): follow the link to the exchange, start it
// (POST {}) to read its verifiablePresentationRequest (VcApiQueryReader), and, after consent, post
// the chosen credentials in one presentation signed by the holder key, bound to the request's
// challenge and domain (PresentationSigner, proofPurpose "authentication").
//
// Links: a VC-API interaction URL (…?iuv=1) and the DCC deep links (dccrequest://…?request=,
// https://lcw.app/request.html?request=) naming a "vcapi" exchange. Declining has no message in
// VC-API: the exchange is left to expire.
//
// Error codes: "unsupported-link", "request-expired" (404/410: the exchange is over),
// "verifier-refused" (its words quoted), VcApiQueryReader's, PresentationSigner's and
// VerifierConnection's.
#pragma once

#include "PresentationRequest.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUrl>

namespace Satchel {

class SigningKey;
class VerifierConnection;
struct IssuerAnswer;

class VcApiPresenter {
    Q_DECLARE_TR_FUNCTIONS(Satchel::VcApiPresenter)
public:
    explicit VcApiPresenter(VerifierConnection &connection);

    // Whether text is a link this class follows (not whether the exchange behind it asks for credentials).
    static bool looksLike(const QString &text);

    Result<PresentationRequest> fetchRequest(const QString &link);
    // The verifier's redirectUrl as it wrote it, empty when it gives none (the caller checks it).
    Result<QString> send(const PresentationRequest &request, const QList<QByteArray> &credentials, const SigningKey &key);

private:
    Error refused(const IssuerAnswer &answer, const QString &what) const;

    VerifierConnection &m_connection;
};

} // namespace Satchel
