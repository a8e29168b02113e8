#include "mainwindow/UndoRouter.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QUndoStack>

namespace mpdesk {

namespace {

// The widgets that keep an undo history of their own.
bool hasOwnUndo(QObject *object)
{
    return qobject_cast<QLineEdit *>(object) || qobject_cast<QTextEdit *>(object)
        || qobject_cast<QPlainTextEdit *>(object) || qobject_cast<QAbstractSpinBox *>(object);
}

} // namespace

UndoRouter::UndoRouter(QWidget *window, QUndoStack *stack)
    : QObject(window)
    , m_window(window)
    , m_stack(stack)
{
    qApp->installEventFilter(this);
}

UndoRouter::Request UndoRouter::requestOf(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo))
        return Request::Undo;
    if (event->matches(QKeySequence::Redo))
        return Request::Redo;
    const QKeyCombination key = event->keyCombination();
    if (key == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)
        || key == QKeyCombination(Qt::ControlModifier, Qt::Key_Y))
        return Request::Redo;
    return Request::None;
}

bool UndoRouter::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::ShortcutOverride && type != QEvent::KeyPress) || !hasOwnUndo(watched))
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window)
        return false;
    const Request request = requestOf(static_cast<QKeyEvent *>(event));
    if (request == Request::None)
        return false;
    if (type == QEvent::ShortcutOverride) {
        // Claimed here so the key arrives as a key press below, whether or not the menu action is enabled.
        event->accept();
        return true;
    }
    if (request == Request::Undo)
        m_stack->undo();
    else
        m_stack->redo();
    return true; // the field's own undo must not run
}

} // namespace mpdesk
