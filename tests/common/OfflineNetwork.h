// A NetworkMode the learner set offline, for tests that must never touch the network (imports and
// reviews of fixtures). One per process.
#pragma once

#include "net/NetworkMode.h"

namespace SatchelTest {

inline Satchel::NetworkMode *offlineNetwork()
{
    static Satchel::NetworkMode *mode = [] { // never destroyed: QObjects must not outlive the application object
        auto *offline = new Satchel::NetworkMode;
        offline->setOfflineByChoice(true);
        return offline;
    }();
    return mode;
}

} // namespace SatchelTest
