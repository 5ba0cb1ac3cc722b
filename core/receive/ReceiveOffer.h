// What a credential offer is, once prepared (CredentialReceiver::prepare): everything the consent
// step shows the learner before anything is requested from the issuer, and what the learner may
// have to supply (the transaction code the issuer sent by other means, a browser sign-in).
// A plain value: prepare() on a worker, consent on the UI thread, complete() on a worker again.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Satchel {

struct ReceiveSessionState; // the protocol state complete() continues from (ReceiveSessionState.h)

enum class ReceiveProtocol { OpenId4Vci, VcApi };

// One credential the issuer offers (OpenID4VCI: one credential configuration).
struct OfferedCredential {
    QString configurationId;   // the issuer's credential_configuration_id
    QString name;              // display name in the chosen language, else the configuration id
    QString description;
    QString format;            // "ldp_vc" or "jwt_vc_json" (other formats are refused by prepare())
    QUrl logoUrl;
};

// The transaction code (PIN) an OpenID4VCI pre-authorized offer asks for: the caller asks the learner.
struct TransactionCodeRequest {
    bool required = false;
    QString description;       // the issuer's words ("the PIN we sent by e-mail"), may be empty
    int length = 0;            // 0 when the issuer does not say
    bool numeric = true;       // input_mode "numeric" (default) or "text"
};

struct ReceiveOffer {
    ReceiveProtocol protocol = ReceiveProtocol::OpenId4Vci;
    QString issuerName;        // the issuer's display name in the chosen language; empty if it gives none
    QString issuerDomain;      // the host Satchel actually contacts (what consent must name)
    QUrl issuerUrl;            // OpenID4VCI: the credential issuer identifier; VC-API: the exchange URL
    QUrl logoUrl;              // the issuer's logo, not fetched by core (the UI may fetch it through Fetcher)
    QString logoAltText;
    // OpenID4VCI: the offered credentials; VC-API: empty (the exchange says what it issues only after
    // the learner's DID authentication).
    QList<OfferedCredential> credentials;
    // Formats of offered credentials Satchel cannot store (they will not be requested), for consent
    // to say so: e.g. {"dc+sd-jwt"}.
    QStringList notReceivable;
    TransactionCodeRequest transactionCode;
    bool needsBrowser = false; // authorization code flow: the learner signs in in the system browser

    std::shared_ptr<const ReceiveSessionState> state;

    // "OpenID4VCI" or "VC-API": the protocol's name as provenance shows it (not translated).
    QString protocolName() const
    {
        return protocol == ReceiveProtocol::OpenId4Vci ? QStringLiteral("OpenID4VCI") : QStringLiteral("VC-API");
    }
};

} // namespace Satchel
