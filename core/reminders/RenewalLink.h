// Where a learner can renew a badge that is about to expire: the credential's refreshService
// (VCDM; the "url" of a VC Refresh 2021 service, else its "id"), else the achievement's criteria
// page, else the issuer's web site. Only http and https addresses are offered: the link is opened
// in the learner's browser.
#pragma once

#include "model/Credential.h"

#include <QUrl>

namespace Satchel {

class RenewalLink {
public:
    static QUrl find(const Credential &credential); // empty when the credential names none
    static bool isWebAddress(const QUrl &url);      // http or https with a host
};

} // namespace Satchel
