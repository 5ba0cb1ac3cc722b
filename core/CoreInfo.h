// Build facts about the core library that the CLI, the GUI and reports show.
#pragma once

#include <QString>

namespace Satchel {

class CoreInfo {
public:
    static QString version();
    static QString applicationName();
};

} // namespace Satchel
