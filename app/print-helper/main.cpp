// satchel-print-helper: renders one certificate page to PDF for satchel-cli. satchel-cli is a
// QCoreApplication that links no WebEngine; QtWebEngine needs a QGuiApplication made before
// anything else, so printing runs in this small process instead.
// Protocol: HTML on stdin, PDF on stdout, exit 0; or a message on stderr, exit 1 (2 for usage).
//   satchel-print-helper [--paper a4|letter] [--landscape] [--timeout MS]
#include "export/CertificateWriter.h"
#include "print/CertificateRenderer.h"

#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // Headless by default; as root Chromium refuses to start with its sandbox on.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);

    auto paper = Satchel::CertificateOptions::Paper::A4;
    bool landscape = false;
    int timeoutMs = Satchel::CertificateRenderer::kDefaultTimeoutMs;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--landscape")) {
            landscape = true;
        } else if (args.at(i) == QLatin1String("--paper") && i + 1 < args.size()) {
            auto parsed = Satchel::CertificateWriter::paperFromName(args.at(++i));
            if (!parsed) {
                err << parsed.error().message << '\n';
                return 2;
            }
            paper = *parsed;
        } else if (args.at(i) == QLatin1String("--timeout") && i + 1 < args.size()) {
            timeoutMs = qBound(1000, args.at(++i).toInt(), 600000);
        } else {
            err << "usage: satchel-print-helper [--paper a4|letter] [--landscape] [--timeout MS] < page.html > page.pdf\n";
            return 2;
        }
    }

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    const QByteArray html = in.read(Satchel::CertificateRenderer::kMaxHtmlBytes + 1);
    auto pdf = Satchel::CertificateRenderer::renderBlocking(
        html, Satchel::CertificateRenderer::pageLayout(paper, landscape), timeoutMs);
    if (!pdf) {
        err << pdf.error().message << '\n';
        return 1;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(*pdf) != pdf->size())
        return 1;
    out.flush();
    return 0;
}
