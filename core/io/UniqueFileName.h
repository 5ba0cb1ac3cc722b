// Hands out file names that collide neither with each other nor (optionally) with files already in
// a folder: "name.ext", then "name-2.ext", "name-3.ext"... Archives, transcripts' attachments and
// batches of certificates each keep one of these so that two badges with the same name never
// overwrite each other.
#pragma once

#include <QSet>
#include <QString>

namespace Satchel {

class UniqueFileName {
public:
    enum class Style {
        Hyphen,       // "name-2.ext": inside archives and documents we make
        Parenthesised // "name (2).ext": files in the learner's own folder, as file managers name copies
    };

    // existingFilesFolder: when set, a name that is already a file there counts as taken too.
    explicit UniqueFileName(Style style = Style::Hyphen, const QString &existingFilesFolder = QString());

    // fileName, or the first free variant of it, which from then on counts as taken. A leading
    // "folder/" part is kept as it is; an empty base name becomes "file".
    QString take(const QString &fileName);

private:
    bool isTaken(const QString &candidate) const;

    Style m_style;
    QString m_existingFilesFolder;
    QSet<QString> m_taken;
};

} // namespace Satchel
