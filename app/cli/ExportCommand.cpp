// satchel-cli export links|page|raw|baked|qr|certificate ID: the share and export side of issue 6;
// export ics [ID...]: the expiry dates as a calendar (issue 17).
// The work is done in core/export; this file only parses options, reads the wallet and writes files.
#include "CliCommand.h"
#include "WalletCommandSupport.h"
#include "export/CredentialExport.h"
#include "export/CertificateWriter.h"
#include "export/PlainExporter.h"
#include "export/QrCode.h"
#include "export/ShareLinkBuilder.h"
#include "export/VerificationPageWriter.h"
#include "io/AtomicFile.h"
#include "reminders/ExpiryCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <cstdio>
#include <optional>

namespace Satchel::Cli {

class ExportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::ExportCommand)
public:
    ExportCommand()
        : CliCommand(QStringLiteral("export"), QStringLiteral("export links|page|raw|baked|qr|certificate ID | export all --out FILE.zip | export ics [ID...] --out FILE.ics"),
                     { outOption(), flag(QStringLiteral("save-settings")),
                       valued({ QStringLiteral("verifier") }, QStringLiteral("TEMPLATE")),
                       valued({ QStringLiteral("page-base") }, QStringLiteral("URL")),
                       valued({ QStringLiteral("mastodon") }, QStringLiteral("HOST")),
                       valued({ QStringLiteral("linkedin-org") }, QStringLiteral("ID")),
                       valued({ QStringLiteral("template") }, QStringLiteral("NAME")),
                       valued({ QStringLiteral("paper") }, QStringLiteral("SIZE")), flag(QStringLiteral("landscape")),
                       flag(QStringLiteral("portrait")), valued({ QStringLiteral("name") }, QStringLiteral("NAME")),
                       valued({ QStringLiteral("ec") }, QStringLiteral("L|M|Q|H")),
                       valued({ QStringLiteral("scale") }, QStringLiteral("N")) })
    {
    }
    QString summary() const override
    {
        return tr("Share links, a verification page, the original file, a baked badge or a QR code.");
    }
    QString help() const override
    {
        return tr("Exports one credential (ID as printed by 'list'):\n"
                  "  export links ID [--json]             every share link (LinkedIn, X, Facebook, Mastodon,\n"
                  "                                       Bluesky, e-mail), the LinkedIn fields and the warnings\n"
                  "  export page ID [--out FILE.html]     the self-contained verification page to host anywhere\n"
                  "  export raw ID --out FILE             the credential exactly as received (\"-\" for stdout)\n"
                  "  export baked ID --out FILE.png|.svg  the badge image with the credential baked in\n"
                  "  export qr ID --out FILE.png|.svg     a QR code of the share link\n"
                  "  export certificate ID --out FILE.pdf [--template classic|modern|compact]\n"
                  "         [--paper a4|letter] [--landscape] [--name NAME]\n"
                  "                                       a printable certificate with the credential attached\n"
                  "  export all --out FILE.zip            every credential as plain files: originals/ (as received)\n"
                  "                                       and badges/ (baked images); certificates come with the\n"
                  "                                       GUI's File → Export → Everything as a zip\n"
                  "  export ics [ID...] --out FILE.ics    the expiry dates of the credentials (all that have one\n"
                  "                                       when no ID is given) as calendar events, with the\n"
                  "                                       renewal link and an alarm at the warning window\n\n"
                  "The share link is the credential's own public address, else your verifier page, else\n"
                  "the address where you will upload the verification page. Options (saved in the wallet\n"
                  "with --save-settings):\n"
                  "  --verifier TEMPLATE   verifier URL with {url} (hosted credential file) or {id},\n"
                  "                        e.g. https://verifierplus.org/?url={url}\n"
                  "  --page-base URL       where you upload exported pages and files\n"
                  "  --mastodon HOST       your Mastodon server, e.g. mastodon.social\n"
                  "  --linkedin-org ID     the issuer's LinkedIn organization id\n"
                  "QR options: --ec L|M|Q|H (default M), --scale N pixels per module (default 8).\n\n"
                  "Exit status: 0 on success, 1 when the credential or a file could not be used, 2 on usage errors.");
    }

    int run(const QCommandLineParser &arguments, CliContext &context) override
    {
        if (!parse(arguments, context))
            return ExitUsage;
        if (m_action == QLatin1String("all"))
            return exportAll(context);
        if (m_action == QLatin1String("ics"))
            return exportCalendar(context);
        const QStringList actions { QStringLiteral("links"), QStringLiteral("page"), QStringLiteral("raw"),
            QStringLiteral("baked"), QStringLiteral("qr"), QStringLiteral("certificate") };
        if (!actions.contains(m_action)) {
            context.err << tr("Unknown export: %1 (use links, page, raw, baked, qr or certificate)").arg(m_action)
                        << '\n';
            return ExitUsage;
        }
        if (m_out.isEmpty()
            && (m_action == QLatin1String("raw") || m_action == QLatin1String("baked")
                || m_action == QLatin1String("qr") || m_action == QLatin1String("certificate"))) {
            context.err << tr("export %1 needs --out FILE").arg(m_action) << '\n';
            return ExitUsage;
        }

        const auto stored = context.credential(m_id);
        if (!stored)
            return ExitFailed;
        Wallet *wallet = context.wallet();
        if (m_action == QLatin1String("raw"))
            return exportFile(*wallet, CredentialExport::Form::Original, context);

        auto parsed = wallet->parsed(*stored);
        if (!parsed) {
            context.err << tr("Cannot read credential %1: %2").arg(m_id).arg(parsed.error().message) << '\n';
            return ExitFailed;
        }
        if (m_action == QLatin1String("baked"))
            return exportFile(*wallet, CredentialExport::Form::Baked, context);
        if (m_action == QLatin1String("page")) {
            if (m_out.isEmpty())
                m_out = VerificationPageWriter::pageFileName(*parsed);
            auto page = VerificationPageWriter::write(*stored, *parsed, context.verificationTime());
            if (!page) {
                context.err << page.error().message << '\n';
                return ExitFailed;
            }
            return writeOutput(*page, context);
        }

        const QString issuerId = parsed->issuer.id.isEmpty() ? stored->summary.issuerId : parsed->issuer.id;
        ShareSettings settings = ShareSettings::load(*wallet, { issuerId }, m_id);
        applyOverrides(settings, issuerId);
        if (m_saveSettings) {
            const Status saved = settings.save(*wallet);
            if (!saved) {
                context.err << saved.error().message << '\n';
                return ExitFailed;
            }
        }
        const ShareLinks links
            = ShareLinkBuilder::build(*parsed, stored->summary, settings, context.verificationTime());
        if (m_action == QLatin1String("links")) {
            printLinks(links, context);
            return ExitOk;
        }
        if (m_action == QLatin1String("certificate"))
            return exportCertificate(*wallet, *stored, *parsed, links, context);
        return exportQr(links, *parsed, context);
    }

private:
    QString m_action;
    qint64 m_id = 0;
    QList<qint64> m_ids; // export ics
    QString m_out;
    std::optional<QString> m_verifier;
    std::optional<QString> m_pageBase;
    std::optional<QString> m_mastodon;
    std::optional<QString> m_linkedInOrg;
    bool m_saveSettings = false;
    QString m_errorCorrection = QStringLiteral("M");
    int m_scale = 8;
    CertificateOptions m_certificate;

    // Reads the options; false after printing why one is unusable.
    bool parse(const QCommandLineParser &arguments, CliContext &context)
    {
        auto optional = [&](const QString &name) {
            return arguments.isSet(name) ? std::optional<QString>(arguments.value(name)) : std::nullopt;
        };
        m_saveSettings = arguments.isSet(QStringLiteral("save-settings"));
        m_out = arguments.value(QStringLiteral("out"));
        m_verifier = optional(QStringLiteral("verifier"));
        m_pageBase = optional(QStringLiteral("page-base"));
        m_mastodon = optional(QStringLiteral("mastodon"));
        m_linkedInOrg = optional(QStringLiteral("linkedin-org"));
        if (arguments.isSet(QStringLiteral("template"))) {
            auto design = CertificateWriter::designFromName(arguments.value(QStringLiteral("template")));
            if (!design) {
                context.err << design.error().message << '\n';
                return false;
            }
            m_certificate.design = *design;
        }
        if (arguments.isSet(QStringLiteral("paper"))) {
            auto paper = CertificateWriter::paperFromName(arguments.value(QStringLiteral("paper")));
            if (!paper) {
                context.err << paper.error().message << '\n';
                return false;
            }
            m_certificate.paper = *paper;
        }
        if (arguments.isSet(QStringLiteral("landscape")))
            m_certificate.landscape = true;
        if (arguments.isSet(QStringLiteral("portrait")))
            m_certificate.landscape = false;
        if (arguments.isSet(QStringLiteral("name")))
            m_certificate.learnerName = arguments.value(QStringLiteral("name"));
        if (arguments.isSet(QStringLiteral("ec")))
            m_errorCorrection = arguments.value(QStringLiteral("ec"));
        if (arguments.isSet(QStringLiteral("scale"))) {
            bool ok = false;
            m_scale = arguments.value(QStringLiteral("scale")).toInt(&ok);
            if (!ok || m_scale < 1 || m_scale > 64) {
                context.err << tr("--scale needs a number from 1 to 64") << '\n';
                return false;
            }
        }
        const QStringList words = arguments.positionalArguments();
        m_action = words.value(0);
        if (m_action == QLatin1String("all") && words.size() == 1)
            return true;
        if (m_action == QLatin1String("ics")) {
            if (m_out.isEmpty()) {
                context.err << tr("export ics needs --out FILE.ics") << '\n';
                return false;
            }
            for (const QString &word : words.mid(1)) {
                const auto id = credentialId(word, context);
                if (!id)
                    return false;
                m_ids.append(*id);
            }
            return true;
        }
        bool isNumber = false;
        m_id = words.value(1).toLongLong(&isNumber);
        if (words.size() != 2 || !isNumber) {
            context.err << tr("export needs what to export and one credential id, e.g. 'export links 3'") << '\n';
            return false;
        }
        return true;
    }

    int exportAll(CliContext &context)
    {
        if (m_out.isEmpty() || m_out == QLatin1String("-")) {
            context.err << tr("export all needs --out FILE.zip") << '\n';
            return ExitUsage;
        }
        Wallet *wallet = context.wallet();
        if (!wallet)
            return ExitFailed;
        auto written = PlainExporter::write(*wallet, m_out);
        if (!written) {
            context.err << written.error().message << '\n';
            return ExitFailed;
        }
        if (context.json) {
            QJsonObject root;
            root.insert(QStringLiteral("file"), m_out);
            root.insert(QStringLiteral("credentials"), written->credentials);
            root.insert(QStringLiteral("badges"), written->badges);
            root.insert(QStringLiteral("problems"), QJsonArray::fromStringList(written->problems));
            context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        } else {
            context.out << tr("%n credential(s) written to %1", nullptr, written->credentials).arg(m_out) << '\n';
            for (const QString &problem : std::as_const(written->problems))
                context.err << problem << '\n';
        }
        return written->problems.isEmpty() ? ExitOk : ExitFailed;
    }

    void applyOverrides(ShareSettings &settings, const QString &issuerId) const
    {
        if (m_verifier)
            settings.verifierUrlTemplate = *m_verifier;
        if (m_pageBase)
            settings.pageBaseUrl = *m_pageBase;
        if (m_mastodon)
            settings.mastodonInstance = *m_mastodon;
        if (m_linkedInOrg && !issuerId.isEmpty())
            settings.linkedInOrganizationIds.insert(issuerId, *m_linkedInOrg);
    }

    // The expiry dates as an iCalendar file (ExpiryCalendar), stamped at --now when given.
    int exportCalendar(CliContext &context)
    {
        Wallet *wallet = context.wallet();
        if (!wallet)
            return ExitFailed;
        auto calendar = ExpiryCalendar::write(*wallet, m_ids, context.verificationTime());
        if (!calendar)
            return failure(calendar.error(), context);
        return writeOutput(*calendar, context);
    }

    int writeOutput(const QByteArray &bytes, CliContext &context)
    {
        if (m_out == QLatin1String("-")) {
            context.out.flush();
            const bool ok = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
            std::fflush(stdout);
            return ok ? ExitOk : ExitFailed;
        }
        if (const Status written = AtomicFile::write(m_out, bytes); !written) {
            context.err << written.error().message << '\n';
            return ExitFailed;
        }
        if (context.json) {
            QJsonObject o;
            o.insert(QStringLiteral("file"), m_out);
            o.insert(QStringLiteral("bytes"), bytes.size());
            context.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        } else {
            context.out << tr("Wrote %1 (%2 bytes)").arg(m_out).arg(bytes.size()) << '\n';
        }
        return ExitOk;
    }

    // The original or a baked badge, made as File → Export makes it (CredentialExport).
    int exportFile(const Wallet &wallet, CredentialExport::Form form, CliContext &context)
    {
        const bool baked = form == CredentialExport::Form::Baked;
        auto output = CredentialExport::render(wallet, m_id, form, m_out);
        if (!output) {
            if (output.error().code == QLatin1String("unsupported-file")) {
                context.err << output.error().message << '\n';
                return ExitUsage;
            }
            context.err << (baked ? tr("Cannot bake credential %1: %2") : tr("No credential %1: %2"))
                               .arg(m_id)
                               .arg(output.error().message)
                        << '\n';
            return ExitFailed;
        }
        if (output->placeholderImage)
            context.err << tr("The wallet has no %1 image of this badge; a plain badge image was used.")
                               .arg(m_out.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ? QStringLiteral("SVG")
                                                                                               : QStringLiteral("PNG"))
                        << '\n';
        return writeOutput(output->bytes, context);
    }

    int exportQr(const ShareLinks &links, const Credential &credential, CliContext &context)
    {
        const bool svg = m_out.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
        if (!svg && !m_out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
            context.err << tr("A QR code is a .png or .svg file: %1").arg(m_out) << '\n';
            return ExitUsage;
        }
        auto level = QrCode::levelFromName(m_errorCorrection);
        if (!level) {
            context.err << level.error().message << '\n';
            return ExitUsage;
        }
        // Without a link, the credential's id still lets a reader find it in a wallet or verifier.
        QString text = links.targetUrl;
        if (text.isEmpty()) {
            text = credential.id;
            if (text.isEmpty()) {
                context.err << tr("The credential has neither a share link nor an id to put in a QR code.") << '\n';
                return ExitFailed;
            }
            context.err << tr("There is no share link; the QR code holds the credential's id.") << '\n';
        }
        auto qr = QrCode::encode(text, *level);
        if (!qr) {
            context.err << qr.error().message << '\n';
            return ExitFailed;
        }
        return writeOutput(svg ? qr->toSvg(m_scale) : qr->toPng(m_scale), context);
    }

    // The certificate: the page is filled and the PDF finished here (core); only the HTML -> PDF
    // step runs in satchel-print-helper, because QtWebEngine needs a QGuiApplication.
    int exportCertificate(const Wallet &wallet, const StoredCredential &stored, const Credential &credential,
        const ShareLinks &links, CliContext &context)
    {
        m_certificate.printedAt = context.verificationTime();
        m_certificate.shareLink = links.targetUrl;
        if (m_certificate.learnerName.isEmpty())
            m_certificate.learnerName = wallet.setting(QStringLiteral("learner.name"));
        auto job = CertificateWriter::prepare(stored, credential, m_certificate);
        if (!job) {
            context.err << job.error().message << '\n';
            return ExitFailed;
        }
        auto rendered = renderWithHelper(job->html, context);
        if (!rendered)
            return ExitFailed;
        auto pdf = CertificateWriter::finish(*job, *rendered);
        if (!pdf) {
            context.err << pdf.error().message << '\n';
            return ExitFailed;
        }
        if (job->learnerName.isEmpty())
            context.err << tr("The credential names no learner; use --name to print yours on the certificate.") << '\n';
        return writeOutput(*pdf, context);
    }

    // The HTML -> PDF step in satchel-print-helper, installed beside satchel-cli (or
    // $SATCHEL_PRINT_HELPER): QtWebEngine needs a QGuiApplication, which satchel-cli is not.
    std::optional<QByteArray> renderWithHelper(const QByteArray &html, CliContext &context) const
    {
        QString helper = qEnvironmentVariable("SATCHEL_PRINT_HELPER");
        if (helper.isEmpty())
            helper = QCoreApplication::applicationDirPath() + QLatin1String("/satchel-print-helper");
        if (!QFileInfo(helper).isExecutable()) {
            context.err << tr("PDF certificates need satchel-print-helper, which is not installed beside satchel-cli.")
                        << '\n';
            return std::nullopt;
        }
        QStringList args { QStringLiteral("--paper"),
            m_certificate.paper == CertificateOptions::Paper::A4 ? QStringLiteral("a4") : QStringLiteral("letter") };
        if (m_certificate.landscape)
            args << QStringLiteral("--landscape");
        QProcess process;
        process.start(helper, args);
        if (!process.waitForStarted(10000)) {
            context.err << tr("Cannot start %1: %2").arg(helper, process.errorString()) << '\n';
            return std::nullopt;
        }
        process.write(html);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            context.err << tr("The certificate could not be printed: %1")
                               .arg(QString::fromUtf8(process.readAllStandardError()).trimmed())
                        << '\n';
            process.kill();
            return std::nullopt;
        }
        return process.readAllStandardOutput();
    }

    void printLinks(const ShareLinks &links, CliContext &context) const
    {
        if (context.json) {
            QJsonObject target;
            target.insert(QStringLiteral("kind"), shareTargetKindName(links.targetKind));
            target.insert(QStringLiteral("url"), links.targetUrl);
            target.insert(QStringLiteral("explanation"), links.targetExplanation);
            target.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(links.skippedTargets));
            QJsonObject linkObject;
            for (const ShareLink &link : links.links) {
                QJsonObject o;
                o.insert(QStringLiteral("label"), link.label);
                o.insert(QStringLiteral("url"), link.url);
                o.insert(QStringLiteral("available"), link.available);
                if (!link.note.isEmpty())
                    o.insert(QStringLiteral("note"), link.note);
                linkObject.insert(link.key, o);
            }
            QJsonArray fields;
            QJsonObject fieldValues;
            for (const ShareField &field : links.linkedInFields) {
                fields.append(QJsonObject { { QStringLiteral("key"), field.key },
                    { QStringLiteral("label"), field.label }, { QStringLiteral("value"), field.value } });
                fieldValues.insert(field.key, field.value);
            }
            QJsonArray warnings;
            for (const ShareWarning &warning : links.warnings)
                warnings.append(QJsonObject {
                    { QStringLiteral("code"), warning.code }, { QStringLiteral("message"), warning.message } });
            QJsonObject root;
            root.insert(QStringLiteral("id"), m_id);
            root.insert(QStringLiteral("target"), target);
            root.insert(QStringLiteral("shareText"), links.shareText);
            root.insert(QStringLiteral("links"), linkObject);
            root.insert(QStringLiteral("linkedin"),
                QJsonObject { { QStringLiteral("fields"), fields }, { QStringLiteral("values"), fieldValues } });
            root.insert(QStringLiteral("warnings"), warnings);
            context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return;
        }
        context.out << tr("Share link: %1").arg(links.targetUrl.isEmpty() ? tr("(none)") : links.targetUrl) << '\n'
                    << "  " << links.targetExplanation << '\n';
        for (const QString &skipped : links.skippedTargets)
            context.out << "  " << tr("Not used: %1").arg(skipped) << '\n';
        if (!links.warnings.isEmpty()) {
            context.out << '\n' << tr("Warnings:") << '\n';
            for (const ShareWarning &warning : links.warnings)
                context.out << "  ! " << warning.message << '\n';
        }
        context.out << '\n' << tr("Links:") << '\n';
        for (const ShareLink &link : links.links) {
            context.out << "  " << link.label << ": "
                        << (link.available ? link.url : tr("unavailable (%1)").arg(link.note)) << '\n';
        }
        context.out << '\n' << tr("LinkedIn certification fields (to copy by hand):") << '\n';
        for (const ShareField &field : links.linkedInFields)
            context.out << "  " << field.label << ": " << field.value << '\n';
    }
};

} // namespace Satchel::Cli

using Satchel::Cli::ExportCommand;
SATCHEL_REGISTER_CLI_COMMAND(ExportCommand)
