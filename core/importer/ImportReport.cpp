#include "ImportReport.h"

#include <algorithm>

namespace Satchel {

namespace {
int countOf(const QList<ImportItemReport> &items, ImportItemReport::Outcome outcome)
{
    return int(std::count_if(items.begin(), items.end(),
                             [outcome](const ImportItemReport &item) { return item.outcome == outcome; }));
}
} // namespace

int ImportReport::importedCount() const { return countOf(items, ImportItemReport::Imported); }
int ImportReport::duplicateCount() const { return countOf(items, ImportItemReport::Duplicate); }
int ImportReport::versionCount() const { return countOf(items, ImportItemReport::Version); }
int ImportReport::failedCount() const { return countOf(items, ImportItemReport::Failed); }

ImportReport ImportReport::allFailed(const QStringList &inputs, const QString &code, const QString &message)
{
    ImportReport report;
    for (const QString &input : inputs) {
        ImportItemReport item;
        item.input = input;
        item.code = code;
        item.message = message;
        report.items.append(item);
    }
    return report;
}

} // namespace Satchel
