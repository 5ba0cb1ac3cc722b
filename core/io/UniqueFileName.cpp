#include "UniqueFileName.h"

#include <QDir>
#include <QFileInfo>

namespace Satchel {

UniqueFileName::UniqueFileName(Style style, const QString &existingFilesFolder)
    : m_style(style)
    , m_existingFilesFolder(existingFilesFolder)
{
}

QString UniqueFileName::take(const QString &fileName)
{
    const qsizetype slash = fileName.lastIndexOf(QLatin1Char('/'));
    const QString folder = fileName.left(slash + 1);
    const QFileInfo info(fileName.mid(slash + 1));
    const QString stem = info.completeBaseName().isEmpty() ? QStringLiteral("file") : info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString candidate = folder + stem + suffix;
    for (int n = 2; isTaken(candidate); ++n) {
        const QString numbered = m_style == Style::Hyphen ? QStringLiteral("%1-%2").arg(stem).arg(n)
                                                          : QStringLiteral("%1 (%2)").arg(stem).arg(n);
        candidate = folder + numbered + suffix;
    }
    m_taken.insert(candidate);
    return candidate;
}

bool UniqueFileName::isTaken(const QString &candidate) const
{
    return m_taken.contains(candidate)
        || (!m_existingFilesFolder.isEmpty() && QFileInfo::exists(QDir(m_existingFilesFolder).filePath(candidate)));
}

} // namespace Satchel
