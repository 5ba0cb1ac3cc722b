#include "AchievementTypeNames.h"

#include <QHash>
#include <QStringList>

namespace Satchel {

namespace {

// "WorkshopSeries" -> "Workshop series", "AdvancedCNCSkills" -> "Advanced CNC skills": for the
// extension values (ext:...) the spec leaves unnamed. Acronyms keep their capitals.
QString wordsOfIdentifier(const QString &identifier)
{
    QStringList words;
    QString word;
    for (int i = 0; i < identifier.size(); ++i) {
        const QChar c = identifier.at(i);
        const bool afterLower = i > 0 && identifier.at(i - 1).isLower();
        const bool endsAcronym = i > 0 && identifier.at(i - 1).isUpper() && i + 1 < identifier.size()
            && identifier.at(i + 1).isLower();
        if (c.isUpper() && (afterLower || endsAcronym) && !word.isEmpty()) {
            words << word;
            word.clear();
        }
        word += c;
    }
    if (!word.isEmpty())
        words << word;
    for (int i = 1; i < words.size(); ++i) {
        if (words.at(i) != words.at(i).toUpper())
            words[i] = words.at(i).toLower();
    }
    return words.join(QLatin1Char(' '));
}

bool isIdentifier(const QString &text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

} // namespace

QString AchievementTypeNames::label(const QString &achievementType)
{
    const QString type = achievementType.trimmed();
    // The AchievementType enumeration of Open Badges 3.0 (section B.1.1), shared by CLR 2.0.
    static const QHash<QString, const char *> kNames{
        {QStringLiteral("Achievement"), QT_TR_NOOP("Achievement")},
        {QStringLiteral("ApprenticeshipCertificate"), QT_TR_NOOP("Apprenticeship certificate")},
        {QStringLiteral("Assessment"), QT_TR_NOOP("Assessment")},
        {QStringLiteral("Assignment"), QT_TR_NOOP("Assignment")},
        {QStringLiteral("AssociateDegree"), QT_TR_NOOP("Associate degree")},
        {QStringLiteral("Award"), QT_TR_NOOP("Award")},
        {QStringLiteral("Badge"), QT_TR_NOOP("Badge")},
        {QStringLiteral("BachelorDegree"), QT_TR_NOOP("Bachelor's degree")},
        {QStringLiteral("Certificate"), QT_TR_NOOP("Certificate")},
        {QStringLiteral("CertificateOfCompletion"), QT_TR_NOOP("Certificate of completion")},
        {QStringLiteral("Certification"), QT_TR_NOOP("Certification")},
        {QStringLiteral("CommunityService"), QT_TR_NOOP("Community service")},
        {QStringLiteral("Competency"), QT_TR_NOOP("Competency")},
        {QStringLiteral("Course"), QT_TR_NOOP("Course")},
        {QStringLiteral("CoCurricular"), QT_TR_NOOP("Co-curricular activity")},
        {QStringLiteral("Degree"), QT_TR_NOOP("Degree")},
        {QStringLiteral("Diploma"), QT_TR_NOOP("Diploma")},
        {QStringLiteral("DoctoralDegree"), QT_TR_NOOP("Doctoral degree")},
        {QStringLiteral("Fieldwork"), QT_TR_NOOP("Fieldwork")},
        {QStringLiteral("GeneralEducationDevelopment"), QT_TR_NOOP("General education development (GED)")},
        {QStringLiteral("JourneymanCertificate"), QT_TR_NOOP("Journeyman certificate")},
        {QStringLiteral("LearningProgram"), QT_TR_NOOP("Learning programme")},
        {QStringLiteral("License"), QT_TR_NOOP("Licence")},
        {QStringLiteral("Membership"), QT_TR_NOOP("Membership")},
        {QStringLiteral("ProfessionalDoctorate"), QT_TR_NOOP("Professional doctorate")},
        {QStringLiteral("QualityAssuranceCredential"), QT_TR_NOOP("Quality assurance credential")},
        {QStringLiteral("MasterCertificate"), QT_TR_NOOP("Master certificate")},
        {QStringLiteral("MasterDegree"), QT_TR_NOOP("Master's degree")},
        {QStringLiteral("MicroCredential"), QT_TR_NOOP("Micro-credential")},
        {QStringLiteral("ResearchDoctorate"), QT_TR_NOOP("Research doctorate")},
        {QStringLiteral("SecondarySchoolDiploma"), QT_TR_NOOP("Secondary school diploma")},
    };
    if (const auto it = kNames.constFind(type); it != kNames.constEnd())
        return tr(it.value());
    if (type.startsWith(QLatin1String("ext:")) && isIdentifier(type.mid(4)))
        return wordsOfIdentifier(type.mid(4));
    return type;
}

} // namespace Satchel
