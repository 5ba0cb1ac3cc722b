// A collection the learner made, with how many credentials it holds.
#pragma once

#include <QString>

namespace Satchel {

struct Collection {
    qint64 id = 0;
    QString name;
    int count = 0;
};

} // namespace Satchel
