// One connection to a wallet per thread, opened on the thread's first call and kept for the
// thread's life: for many tiny reads from a pool of threads (gallery thumbnails), where a
// connection per read or per job would cost more than the read itself.
//
// The connection lives in QThreadStorage, not thread_local: Qt deletes that data inside the
// thread's finish step, before QThread::wait() returns, so the connection is closed while QtSql
// is still alive. A thread_local destructor runs after wait() has returned and can race the
// process's exit (seen as a crash removing the QtSql connection).
#pragma once

#include <QString>

namespace Satchel {

class Wallet;

class ThreadWallet {
public:
    // This thread's connection to the wallet at path (reopened when path changed since the
    // thread's last call); null when it does not open. Valid until this thread's next call.
    static Wallet *forCurrentThread(const QString &path);
};

} // namespace Satchel
