// How a verification status looks everywhere in the UI (card chips, list column, detail page,
// review rows): one translated label, one colour, one icon per status code ("" = never verified).
//
// Besides the stored status codes there is one presentation-only state, "not-yours": a credential
// whose cryptographic verdict is valid but whose last recipient check named someone not among the
// learner's identities. It is never stored and never changes the verdict (see presentation()).
#pragma once

#include "common/ThemeColors.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace Satchel {

class StatusStyle {
    Q_DECLARE_TR_FUNCTIONS(Satchel::StatusStyle)
public:
    static constexpr const char *kNotYours = "not-yours";

    // The state to show: status itself, or "not-yours" when status is "valid", the recipient check
    // warned (recipientCheck "warn", see CredentialSummary::recipientCheck) and the learner has
    // identities set (with none, nothing was compared).
    static QString presentation(const QString &status, const QString &recipientCheck, bool hasIdentities);
    // Invalid, revoked or expired: shown dimmed with a label, and Share/Print/Export ask first.
    static bool isSetApart(const QString &status);

    static QString label(const QString &status);
    static ThemeColors::Tone tone(const QString &status);
    // The fill behind white text (chips, the card's band): readable in every colour scheme.
    static QColor color(const QString &status);
    // The status's colour for text on the palette's window or base (list cells, page words).
    static QColor textColor(const QString &status, const QPalette &palette);
    static QString iconPath(const QString &status); // a :/icons/ resource
};

} // namespace Satchel
