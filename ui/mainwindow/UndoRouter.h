#pragma once

#include <QObject>

class QContextMenuEvent;
class QKeyEvent;
class QUndoStack;
class QWidget;

namespace mpdesk {

/// One undo history: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y typed in a text field of `window` undo and redo
/// the filing's edits (the document's QUndoStack), never the field's own private history; so do the
/// Undo and Redo of a text field's context menu.
class UndoRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoRouter)

public:
    UndoRouter(QWidget *window, QUndoStack *stack);

    enum class Request { None, Undo, Redo };
    static Request requestOf(const QKeyEvent *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool showContextMenu(QObject *watched, QContextMenuEvent *event);

    QWidget *m_window;
    QUndoStack *m_stack;
};

} // namespace mpdesk
