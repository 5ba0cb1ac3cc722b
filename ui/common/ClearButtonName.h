// The clear button Qt adds to a line edit (setClearButtonEnabled) has an icon and no text: a screen
// reader announces it as a bare "button". This gives it a name, in the interface's language.
#pragma once

#include <QCoreApplication>

class QLineEdit;

namespace Satchel {

class ClearButtonName {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ClearButtonName)
public:
    // Call after setClearButtonEnabled(true), and again on a language change.
    static void apply(QLineEdit *edit);
};

} // namespace Satchel
