// Where the last certificate choices (design, paper, orientation) are remembered between prints, so
// that a learner printing several certificates gets them alike. The application keeps them with
// the learner's other preferences (app/common/AppSettings); the print dialogs only ask and tell.
#pragma once

#include "CertificateOptions.h"

namespace Satchel {

class CertificateOptionsStore {
public:
    virtual ~CertificateOptionsStore() = default;

    // The design, paper and orientation chosen last (the defaults before any choice).
    virtual CertificateOptions rememberedCertificateOptions() const = 0;
    virtual void rememberCertificateOptions(const CertificateOptions &options) = 0;
};

} // namespace Satchel
