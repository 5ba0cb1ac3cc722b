#include "DemoWallet.h"

#include "importer/ImportService.h"
#include "net/NetworkMode.h"
#include "storage/Wallet.h"
#include "storage/WalletFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Satchel {

namespace {
const char kManifest[] = ":/demo/manifest.json";
}

QString DemoWallet::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-wallet.sqlite");
}

bool DemoWallet::available()
{
    return QFile::exists(QLatin1String(kManifest));
}

Result<int> DemoWallet::prepare(const QString &path)
{
    auto wallet = WalletFile::open(path); // creates the file and its folder
    if (!wallet.ok())
        return wallet.error();
    if ((*wallet)->count() > 0 || !available())
        return (*wallet)->count();
    QFile manifestFile{QString::fromLatin1(kManifest)};
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("demo-missing"), tr("The demo wallet's manifest cannot be read.")};
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();

    // ImportService reads files: copy the embedded credentials to a scratch folder first.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{QStringLiteral("io-error"), scratch.errorString()};
    QStringList inputs;
    for (const QJsonValue &entry : manifest.value(QLatin1String("files")).toArray()) {
        const QString file = entry.toObject().value(QLatin1String("file")).toString();
        if (file.isEmpty() || file.contains(QLatin1String("..")))
            continue;
        const QString target = scratch.filePath(QFileInfo(file).fileName());
        if (QFile::copy(QStringLiteral(":/demo/") + file, target))
            inputs << target;
    }
    // The demo issuers are fictional: nothing to fetch, whatever the application's network mode.
    NetworkMode fictionalIssuers;
    fictionalIssuers.setOfflineByChoice(true);
    ImportOptions options;
    options.network = &fictionalIssuers;
    ImportService(**wallet, options).importPaths(inputs);

    const QJsonObject learner = manifest.value(QLatin1String("learner")).toObject();
    if (const QString email = learner.value(QLatin1String("email")).toString(); !email.isEmpty())
        (void)(*wallet)->addIdentity(QStringLiteral("email"), email);
    if (const QString did = learner.value(QLatin1String("did")).toString(); !did.isEmpty())
        (void)(*wallet)->addIdentity(QStringLiteral("did"), did);
    return (*wallet)->count();
}

} // namespace Satchel
