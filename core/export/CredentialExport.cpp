#include "CredentialExport.h"

#include "BakedExporter.h"
#include "VerificationPageWriter.h"
#include "io/AtomicFile.h"
#include "storage/Wallet.h"

#include <QFileInfo>

namespace Satchel {

QString CredentialExport::suggestedFileName(const Wallet &wallet, qint64 credentialId, Form form)
{
    const auto parsed = wallet.parsed(credentialId);
    if (form == Form::Original)
        return parsed ? VerificationPageWriter::rawFileName(*parsed) : QStringLiteral("credential.json");
    const QString stem = parsed ? QFileInfo(VerificationPageWriter::rawFileName(*parsed)).completeBaseName()
                                : QStringLiteral("badge");
    return stem + QStringLiteral(".png");
}

Result<CredentialExport::Output> CredentialExport::render(const Wallet &wallet, qint64 credentialId, Form form,
                                                          const QString &fileName)
{
    if (form == Form::Original) {
        auto stored = wallet.credential(credentialId);
        if (!stored)
            return stored.error();
        if (stored->raw.bytes.isEmpty())
            return Error { QStringLiteral("no-credential"), tr("The wallet holds no file for this credential.") };
        return Output { stored->raw.bytes, false };
    }
    // The suffix first: a wrong file name is the caller's mistake, whatever the credential.
    auto kind = BakedExporter::kindForFileName(fileName);
    if (!kind)
        return kind.error();
    auto stored = wallet.credential(credentialId);
    if (!stored)
        return stored.error();
    auto parsed = wallet.parsed(*stored);
    if (!parsed)
        return parsed.error();
    auto baked = BakedExporter::bake(*stored, *parsed, *kind);
    if (!baked)
        return baked.error();
    return Output { baked->bytes, baked->placeholderImage };
}

Result<CredentialExport::Output> CredentialExport::write(const Wallet &wallet, qint64 credentialId, Form form,
                                                         const QString &path)
{
    auto output = render(wallet, credentialId, form, path);
    if (!output)
        return output;
    if (const Status written = AtomicFile::write(path, output->bytes); !written)
        return written.error();
    return output;
}

} // namespace Satchel
