#include "mainwindow/UndoRouter.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

// The widgets that keep an undo history of their own.
bool hasOwnUndo(QObject *object)
{
    return qobject_cast<QLineEdit *>(object) || qobject_cast<QTextEdit *>(object)
        || qobject_cast<QPlainTextEdit *>(object) || qobject_cast<QAbstractSpinBox *>(object);
}

// The text field whose context menu `object` receives: a line edit, or a text edit through its viewport.
QWidget *textFieldOf(QObject *object)
{
    if (auto *line = qobject_cast<QLineEdit *>(object))
        return line;
    QObject *parent = object->parent();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(parent); plain && plain->viewport() == object)
        return plain;
    if (auto *text = qobject_cast<QTextEdit *>(parent); text && text->viewport() == object)
        return text;
    return nullptr;
}

} // namespace

UndoRouter::UndoRouter(QWidget *window, QUndoStack *stack) : QObject(window), m_window(window), m_stack(stack)
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
    if (type == QEvent::ContextMenu)
        return showContextMenu(watched, static_cast<QContextMenuEvent *>(event));
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

bool UndoRouter::showContextMenu(QObject *watched, QContextMenuEvent *event)
{
    QWidget *field = textFieldOf(watched);
    if (!field || field->window() != m_window)
        return false;
    std::unique_ptr<QMenu> menu;
    if (auto *line = qobject_cast<QLineEdit *>(field))
        menu.reset(line->createStandardContextMenu());
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        menu.reset(plain->createStandardContextMenu());
    else if (auto *text = qobject_cast<QTextEdit *>(field))
        menu.reset(text->createStandardContextMenu());
    if (!menu)
        return false;
    // The menu's Undo and Redo are the field's private history, and Qt's own Chinese calls it 撤消: both
    // are taken over by the filing's history, in our words.
    // Qt names them only in its own words ("&Undo" in the field's translation context), by which they are found.
    const char *context = qobject_cast<QLineEdit *>(field) ? "QLineEdit" : "QWidgetTextControl";
    const QString qtUndo = QCoreApplication::translate(context, "&Undo");
    const QString qtRedo = QCoreApplication::translate(context, "&Redo");
    for (QAction *action : menu->actions()) {
        const bool undo = action->text().startsWith(qtUndo);
        if (!undo && !action->text().startsWith(qtRedo))
            continue;
        QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
        const QKeySequence keys(undo ? QKeySequence::Undo : QKeySequence::Redo);
        action->setText((undo ? tr("&Undo") : tr("&Redo")) + u'\t' + keys.toString(QKeySequence::NativeText));
        action->setEnabled(undo ? m_stack->canUndo() : m_stack->canRedo());
        if (undo)
            connect(action, &QAction::triggered, m_stack, &QUndoStack::undo);
        else
            connect(action, &QAction::triggered, m_stack, &QUndoStack::redo);
    }
    menu->exec(event->globalPos());
    return true;
}

} // namespace mpdesk
