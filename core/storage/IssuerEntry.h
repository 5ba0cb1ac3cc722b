// An issuer of credentials in the wallet, with how many it issued (the gallery's issuer filter).
#pragma once

#include <QString>

namespace Satchel {

struct IssuerEntry {
    QString id;
    QString name;
    int count = 0;
};

} // namespace Satchel
