// GUI tests: what a screen reader and a keyboard user need from a window, checked on the live
// widget tree. Every control the keyboard can reach has a name (its own, its text, its buddy label's
// or its group box's: what QAccessible reports); every label that introduces a field is that field's
// buddy, so the name and the Alt+letter both lead to the field.
#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QSet>
#include <QTest>
#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace SatchelTest {

// "QPushButton 'shareButton' in Satchel::ShareDialog": where a problem is, for the failure message.
inline QString describe(const QWidget *widget)
{
    const QWidget *window = widget->window();
    return QStringLiteral("%1 '%2' in %3 \"%4\"")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(),
             QLatin1String(window->metaObject()->className()), window->windowTitle());
}

// Shown when its window is, or on another page of a tab or stack (pages are checked too).
inline bool shownWithin(const QWidget *widget, const QWidget *top)
{
    for (const QWidget *w = widget; w && w != top; w = w->parentWidget()) {
        if (w->isHidden() && !qobject_cast<const QStackedWidget *>(w->parentWidget()))
            return false;
    }
    return true;
}

// Parts of a control that the control itself presents (a spin box's editor, a combo box's line
// edit, a web view's render widget): the control carries the name.
inline bool isInnerPart(const QWidget *widget)
{
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p))
            return true;
        if (p->inherits("QWebEngineView"))
            return true;
    }
    return false;
}

inline bool isField(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QSlider *>(widget);
}

inline bool hasBuddyLabel(const QWidget *widget)
{
    const QWidget *window = widget->window();
    for (const QLabel *label : window->findChildren<QLabel *>())
        if (label->buddy() == widget && !label->text().isEmpty())
            return true;
    return false;
}

// The name a screen reader announces. On Linux Qt names a combo box by its current item, which
// says what is chosen, not what is chosen there: a combo box needs a name, a buddy or a group box.
inline QString accessibleNameOf(QWidget *widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (qobject_cast<QComboBox *>(widget)) {
        if (hasBuddyLabel(widget))
            return QStringLiteral("(buddy)");
        const auto *group = qobject_cast<QGroupBox *>(widget->parentWidget());
        return group ? group->title() : QString();
    }
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

inline void auditNames(QWidget *top, QStringList *problems)
{
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !shownWithin(widget, top) || isInnerPart(widget))
            continue;
        if (qobject_cast<QTabBar *>(widget)) // a tab list: each tab is named by its text
            continue;
        if (widget->focusProxy()) // the keyboard lands on the proxy, which is checked itself
            continue;
        if (accessibleNameOf(widget).isEmpty())
            problems->append(QStringLiteral("no accessible name: %1").arg(describe(widget)));
    }
}

// Buttons the keyboard skips are still read out by a screen reader (a tool bar's, a line edit's
// clear button, shown once there is text): they need a name too.
inline void auditButtons(QWidget *top, QStringList *problems)
{
    for (QLineEdit *edit : top->findChildren<QLineEdit *>()) {
        const auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
        if (edit->isClearButtonEnabled() && shownWithin(edit, top) && clear && clear->text().isEmpty())
            problems->append(QStringLiteral("unnamed clear button: %1").arg(describe(edit)));
    }
    for (QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
        if (button->focusPolicy() & Qt::TabFocus || !shownWithin(button, top) || isInnerPart(button)
            || qobject_cast<QLineEdit *>(button->parentWidget()))
            continue; // checked with the focusable controls, or above
        if (accessibleNameOf(button).isEmpty())
            problems->append(QStringLiteral("no accessible name: %1").arg(describe(button)));
    }
}

inline QWidget *firstField(QLayoutItem *item)
{
    if (!item)
        return nullptr;
    if (QWidget *widget = item->widget())
        return widget;
    if (QLayout *layout = item->layout())
        for (int i = 0; i < layout->count(); ++i)
            if (QWidget *widget = firstField(layout->itemAt(i)))
                return widget;
    return nullptr;
}

inline bool labels(const QLabel *label, const QWidget *field)
{
    const QWidget *buddy = label->buddy();
    return buddy && (buddy == field || field->isAncestorOf(buddy) || buddy->focusProxy() == field);
}

// A form's label must be its field's buddy; so must a label ending in ':' just before a field.
inline void auditBuddies(QWidget *top, QStringList *problems)
{
    for (QFormLayout *form : top->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            auto *label = qobject_cast<QLabel *>(firstField(form->itemAt(row, QFormLayout::LabelRole)));
            QWidget *field = firstField(form->itemAt(row, QFormLayout::FieldRole));
            if (label && field && isField(field) && !labels(label, field) && !label->text().isEmpty())
                problems->append(QStringLiteral("form label \"%1\" is not the buddy of %2").arg(label->text(), describe(field)));
        }
    }
    for (QLayout *layout : top->findChildren<QLayout *>()) {
        if (qobject_cast<QFormLayout *>(layout))
            continue;
        for (int i = 0; i + 1 < layout->count(); ++i) {
            auto *label = qobject_cast<QLabel *>(layout->itemAt(i)->widget());
            QWidget *next = firstField(layout->itemAt(i + 1));
            if (!label || !next || !isField(next) || !shownWithin(label, top))
                continue;
            const QString text = label->text().trimmed();
            if ((text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xff1a))) && !labels(label, next))
                problems->append(QStringLiteral("label \"%1\" is not the buddy of %2").arg(text, describe(next)));
        }
    }
}

// Presses Tab from the window's focus until it comes back: the controls it never reached (an
// unreachable control, or a trap that keeps the focus), as problems. The window must be active.
inline QStringList tabWalk(QWidget *top, int maxPresses = 120)
{
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != top)
        return {QStringLiteral("no focus in %1").arg(describe(top))};
    QSet<QWidget *> reached{start};
    for (int i = 0; i < maxPresses; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == start)
            break;
        reached.insert(now);
        if (now->focusProxy())
            reached.insert(now->focusProxy());
    }
    QStringList missed;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !isInnerPart(w)
            && !w->focusProxy() && !reached.contains(w))
            missed << QStringLiteral("Tab never reaches %1").arg(describe(w));
    }
    return missed;
}

inline QStringList audit(QWidget *top)
{
    QStringList problems;
    auditNames(top, &problems);
    auditButtons(top, &problems);
    auditBuddies(top, &problems);
    return problems;
}

} // namespace SatchelTest
