#include "CredentialFormat.h"

namespace Satchel {

QString formatName(CredentialFormat format)
{
    switch (format) {
    case CredentialFormat::Ob2Json: return QStringLiteral("ob2-json");
    case CredentialFormat::Ob2Jws: return QStringLiteral("ob2-jws");
    case CredentialFormat::Ob3Json: return QStringLiteral("ob3-json");
    case CredentialFormat::Ob3Jwt: return QStringLiteral("ob3-jwt");
    case CredentialFormat::ClrJson: return QStringLiteral("clr-json");
    case CredentialFormat::ClrJwt: return QStringLiteral("clr-jwt");
    case CredentialFormat::SdJwtVc: return QStringLiteral("sd-jwt-vc");
    case CredentialFormat::Ob3Cose: return QStringLiteral("ob3-cose");
    case CredentialFormat::ClrCose: return QStringLiteral("clr-cose");
    case CredentialFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

CredentialFormat formatFromName(const QString &name)
{
    for (auto f : {CredentialFormat::Ob2Json, CredentialFormat::Ob2Jws, CredentialFormat::Ob3Json,
                   CredentialFormat::Ob3Jwt, CredentialFormat::ClrJson, CredentialFormat::ClrJwt,
                   CredentialFormat::SdJwtVc, CredentialFormat::Ob3Cose, CredentialFormat::ClrCose}) {
        if (formatName(f) == name)
            return f;
    }
    return CredentialFormat::Unknown;
}

QString formatFamily(CredentialFormat format)
{
    switch (format) {
    case CredentialFormat::Ob2Json:
    case CredentialFormat::Ob2Jws: return QStringLiteral("OB 2.0");
    case CredentialFormat::Ob3Json:
    case CredentialFormat::Ob3Jwt:
    case CredentialFormat::Ob3Cose: return QStringLiteral("OB 3.0");
    case CredentialFormat::ClrJson:
    case CredentialFormat::ClrJwt:
    case CredentialFormat::ClrCose: return QStringLiteral("CLR 2.0");
    case CredentialFormat::SdJwtVc: return QStringLiteral("SD-JWT VC");
    case CredentialFormat::Unknown: break;
    }
    return QString();
}

bool isJwsFormat(CredentialFormat format)
{
    return format == CredentialFormat::Ob2Jws || format == CredentialFormat::Ob3Jwt
        || format == CredentialFormat::ClrJwt;
}

bool isCoseFormat(CredentialFormat format)
{
    return format == CredentialFormat::Ob3Cose || format == CredentialFormat::ClrCose;
}

} // namespace Satchel
