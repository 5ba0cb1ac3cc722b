// Build facts about the core library that the CLI, the GUI and reports show.
#pragma once

#include <QString>

namespace Satchel {

class CoreInfo {
public:
    static QString version();
    static QString applicationName();
    // The allocator that serves malloc in this process: "mimalloc 2.0.9" when the build linked
    // it and it really replaced the system's, else "system malloc" (the sanitizer builds,
    // Windows, a machine without libmimalloc-dev). Not translated: a build fact for bug reports.
    static QString allocator();
    static bool mallocIsMimalloc();
};

} // namespace Satchel
