#include "TsCatalogue.h"

#include <QFile>
#include <QXmlStreamReader>

namespace Satchel {

QList<TsMessage> readTsCatalogue(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                inMessage = true;
                current = TsMessage{context, QString(), QString(), {}, false,
                                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (xml.name() == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && inMessage) {
                const bool unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
                QString text;
                // Plural forms hold <numerusform> children; plain messages hold text.
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.forms << QString();
                    if (xml.isCharacters()) {
                        text += xml.text();
                        if (current.numerus && !current.forms.isEmpty())
                            current.forms.last() += xml.text();
                    }
                }
                current.finished = !text.trimmed().isEmpty() && !unfinished;
                if (!current.numerus) {
                    current.translation = text;
                    current.forms = {text};
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages << current;
        }
    }
    return messages;
}

} // namespace Satchel
