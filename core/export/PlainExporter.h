// "Just my files": every top-level credential of a wallet as a plain zip that needs no Satchel to
// use — the original file exactly as received (originals/), a badge image with the credential
// baked in (badges/: the image as received when it came baked, else re-baked by BakedExporter)
// and whatever certificate PDFs the caller made (certificates/), with a README.txt saying what is
// where. A CLR's nested credentials are inside its original file, so they are not repeated.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>

namespace Satchel {

class Wallet;

class PlainExporter {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PlainExporter)
public:
    struct Summary {
        int credentials = 0;
        int badges = 0;
        int certificates = 0;
        QStringList problems; // translated: a credential whose badge could not be made, ...
    };
    using Progress = std::function<void(int done, int total)>;

    // certificates: (file name, PDF bytes) made by the caller (the GUI renders them with
    // QtWebEngine, which core must not use). cancelled is polled between credentials.
    // Error codes: "cancelled", "archive-write", "write-failed", and the wallet's.
    static Result<Summary> write(const Wallet &wallet, const QString &outPath,
                                 const QList<QPair<QString, QByteArray>> &certificates = {},
                                 const Progress &progress = {}, const std::atomic_bool *cancelled = nullptr);
};

} // namespace Satchel
