#include "CliCommand.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel::Cli {

CliCommand::CliCommand(QString name, QString synopsis, QList<QCommandLineOption> options)
    : m_name(std::move(name)), m_synopsis(std::move(synopsis)), m_options(std::move(options))
{
}

std::vector<CliCommand::Factory> &CliCommand::registry()
{
    static std::vector<Factory> s_factories;
    return s_factories;
}

int CliCommand::usageError(CliContext &context, const QString &message) const
{
    context.err << (message.isEmpty() ? tr("Usage: satchel-cli %1").arg(m_synopsis) : message) << '\n';
    return ExitUsage;
}

int CliCommand::failure(const Error &error, CliContext &context, const QString &shown)
{
    if (context.json) {
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("code"), error.code},
                                                 {QStringLiteral("message"), error.message}})
                           .toJson(QJsonDocument::Compact)
                    << '\n';
    }
    context.err << (shown.isEmpty() ? error.message : shown) << '\n';
    return ExitFailed;
}

std::optional<qint64> CliCommand::credentialId(const QString &word, CliContext &context)
{
    bool isNumber = false;
    const qint64 id = word.toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        context.err << tr("Not a credential id: %1 (see 'list')").arg(word) << '\n';
        return std::nullopt;
    }
    return id;
}

} // namespace Satchel::Cli
