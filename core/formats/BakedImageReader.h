// Unbaking: finds the Open Badges payload inside a PNG (iTXt/tEXt/zTXt chunk) or an SVG
// (<openbadges:assertion> / <openbadges:credential>). SVG: external DTDs are never loaded; entity
// declarations and internal DTD subsets are refused. Only locates and extracts the text; what the
// text is (URL, JSON, JWS) is decided by CredentialReader.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QXmlStreamReader;

namespace Satchel {

struct BakedPayload {
    QByteArray text; // the baked value, UTF-8, untrimmed
    QString keyword; // "openbadges", "openbadgecredential", "openbadges:assertion", "openbadges:credential"
    QString verifyUrl; // SVG: the verify attribute when the body holds the JSON
};

class BakedImageReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::BakedImageReader)
public:
    static constexpr int kMaxPngChunks = 100000;
    static constexpr qint64 kMaxInflatedBytes = 16 * 1024 * 1024;
    static constexpr char kPngSignature[] = "\x89PNG\r\n\x1a\n";

    static bool isPng(QByteArrayView bytes);
    // Heuristic: an XML document whose root element is <svg> (looked for in the first 64 KiB).
    static bool looksLikeSvg(QByteArrayView bytes);

    // Error codes: "no-baked-data", "malformed" (broken chunk structure, a CRC error), "too-large",
    // "ambiguous-image" (more than one badge chunk).
    static Result<BakedPayload> extractPng(const QByteArray &png);
    // Error codes: "no-baked-data", "malformed" (XML error, DTD or entity declarations),
    // "ambiguous-image" (more than one badge element).
    static Result<BakedPayload> extractSvg(const QByteArray &svg);

    // A DOCTYPE without internal subset (the usual SVG 1.1 public id) is allowed; any other is not.
    static bool isHarmlessDoctype(const QXmlStreamReader &xml);

    // Zlib inflate with an output cap ("too-large" beyond it, "malformed" on corrupt data).
    static Result<QByteArray> inflateBounded(QByteArrayView compressed, qint64 maxOut);

private:
    // The payload of an iTXt, tEXt or zTXt chunk whose keyword is a badge keyword.
    static Result<BakedPayload> decodeTextChunk(QByteArrayView type, QByteArrayView keyword, QByteArrayView rest);
};

} // namespace Satchel
