#include "ThreadWallet.h"

#include "storage/Wallet.h"

#include <QThreadStorage>

#include <memory>

namespace Satchel {

namespace {

struct OpenWallet {
    std::unique_ptr<Wallet> wallet;
    QString path;
};

} // namespace

Wallet *ThreadWallet::forCurrentThread(const QString &path)
{
    static QThreadStorage<OpenWallet *> storage;
    if (!storage.hasLocalData())
        storage.setLocalData(new OpenWallet);
    OpenWallet *local = storage.localData();
    if (!local->wallet || local->path != path) {
        local->wallet.reset();
        auto opened = Wallet::open(path);
        if (!opened.ok())
            return nullptr;
        local->wallet = std::move(opened.value());
        local->path = path;
    }
    return local->wallet.get();
}

} // namespace Satchel
