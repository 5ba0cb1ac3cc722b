// The parsed view of a credential: what the UI shows, search indexes and pathways match on.
// The original bytes (RawCredential / storage) stay the source of truth; this is derived from
// them and can always be rebuilt. Fields absent from the credential are left empty.
#pragma once

#include "CredentialFormat.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Satchel {

// An OB 2.0 Issuer/Profile or OB 3.0 Profile (issuer, creator, endorser).
struct Profile {
    QString id;
    QString name;
    QString url;
    QString email;
    QString phone;
    QString description;
    QString imageUrl;      // IRI or data: URI
    QString address;       // formatted one-line address, when given
};

struct Alignment {
    QString targetName;
    QString targetUrl;
    QString targetDescription;
    QString targetFramework;
    QString targetCode;
    QString targetType;    // OB 3.0 AlignmentTargetType (ceasn:Competency, CFItem...)
};

struct Evidence {
    QString id;
    QString name;
    QString description;
    QString narrative;     // Markdown
    QString genre;
    QString audience;
};

struct ResultDescription {
    QString id;
    QString name;
    QString resultType;
    QStringList allowedValues;
    QString requiredValue;
    QString requiredLevel;
    QString valueMin;
    QString valueMax;
};

struct AchievementResult {
    QString resultDescription;  // id of a ResultDescription
    QString achievedLevel;
    QString value;
    QString status;
};

// A related achievement or other identifier, used by pathways to match across versions.
struct Identifier {
    QString type;          // identifierType / identityType, or "related"
    QString value;
};

// OB 3.0 Achievement / OB 2.0 BadgeClass.
struct Achievement {
    QString id;
    QString name;
    QString description;
    QString achievementType;      // OB 3.0 enum or ext:*; "Badge" for OB 2.0
    QString criteriaId;           // criteria URL
    QString criteriaNarrative;    // Markdown
    QString imageUrl;
    QString humanCode;
    QString fieldOfStudy;
    QString specialization;
    QString version;
    QString inLanguage;
    std::optional<double> creditsAvailable;
    QStringList tags;
    QList<Alignment> alignments;
    QList<ResultDescription> resultDescriptions;
    QList<Identifier> related;           // Achievement.related ids
    QList<Identifier> otherIdentifiers;  // Achievement.otherIdentifier
    Profile creator;
};

// One way the credential names its recipient (OB 2.0 IdentityObject / OB 3.0 identifier).
struct RecipientIdentity {
    QString type;          // "email", "url", "telephone", "id", "emailAddress", "did", ...
    QString identity;      // plaintext, or "sha256$hex" / "md5$hex" when hashed
    bool hashed = false;
    QString salt;
};

struct Endorsement {
    QString id;
    QString issuerId;
    QString issuerName;
    QString comment;       // claim.endorsementComment
    QDateTime issued;
};

// CLR 2.0 association between two achievements (pathway structure inside a CLR).
struct Association {
    QString type;          // exactMatchOf, isChildOf, isParentOf, isPartOf, precedes, ...
    QString sourceId;
    QString targetId;
};

struct Credential {
    CredentialFormat format = CredentialFormat::Unknown;
    QString specVersion;          // "1.0", "1.1", "2.0", "3.0", "2.0-clr"; "vcdm1.1"/"vcdm2.0" as suffix info
    QString id;                   // assertion id / credential id (may be empty for some OB 1.x)
    QStringList types;            // JSON "type" values
    QString name;                 // credential name, else the achievement's name
    QString description;
    QString imageUrl;             // credential image, else the achievement's
    Profile issuer;
    Achievement achievement;
    QString subjectId;            // credentialSubject.id
    QString recipientName;        // credentialSubject.name, when present
    QList<RecipientIdentity> recipients;
    QDateTime issued;             // validFrom / issuanceDate / issuedOn (awardedDate when present)
    QDateTime validFrom;
    QDateTime validUntil;         // validUntil / expirationDate / expires
    QDateTime awardedDate;
    QString narrative;            // assertion narrative / subject narrative (Markdown)
    QList<Evidence> evidence;
    QList<AchievementResult> results;
    std::optional<double> creditsEarned;
    QString term;
    QString licenseNumber;
    QDateTime activityStartDate;
    QDateTime activityEndDate;
    QList<Endorsement> endorsements;
    QStringList proofTypes;       // "DataIntegrityProof/eddsa-rdfc-2022", "JWS RS256", "hosted"...
    bool revokedFlag = false;     // OB 2.0 "revoked": true in the document itself
    QString revocationReason;

    // CLR 2.0
    QList<Credential> nested;     // credentialSubject.verifiableCredential, parsed
    QList<Achievement> clrAchievements;
    QList<Association> associations;

    QJsonObject json;             // the credential JSON (JWS payload decoded; "vc" claim unwrapped)
    QJsonObject jwsHeader;        // for JWS formats: the decoded protected header; COSE: its JOSE equivalents (CoseSign1::joseHeader)
    QStringList warnings;         // translated notes from parsing (e.g. "upgraded from OB 1.1")
    QStringList unresolvedLinks;  // OB 2.0: URLs of linked JSON documents (badge, issuer) not given to parse()

    bool isClr() const { return format == CredentialFormat::ClrJson || format == CredentialFormat::ClrJwt
        || format == CredentialFormat::ClrCose; }
};

} // namespace Satchel
