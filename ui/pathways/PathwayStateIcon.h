// The symbol of a requirement's state. Each state has its own shape (a tick, a half-filled
// circle, an empty ring) as well as its own colour, so it reads without colour vision and in print.
#pragma once

#include "pathways/PathwayOverview.h"

#include <QIcon>

namespace Satchel {

class PathwayStateIcon {
public:
    static QIcon icon(PathwayNodeState state);
};

} // namespace Satchel
