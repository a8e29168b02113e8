#pragma once

#include <QFrame>

class QLabel;
class QMimeData;
class QPushButton;

namespace mpdesk {

/// One row of the materials page: a slot, or one file in it, with its thumbnail, the facts measured,
/// the finding, and Attach / Replace / Open / Remove. A file dropped on the row is attached to its slot.
class MaterialRow final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaterialRow)

public:
    explicit MaterialRow(QWidget *parent = nullptr);

    /// `attached`: a file is in the row (Replace / Open / Remove), else only Attach.
    void setContent(const QString &title, const QString &facts, const QString &finding, bool findingIsError,
                    const QPixmap &thumbnail, bool attached);
    /// A letter's scan: the row links back to its letter ("" hides the link).
    void setLetter(const QString &letterTitle);
    /// Marks the row as the one the clerk was sent to (from a letter, a finding).
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    QString title() const;
    QString factsText() const;
    QString findingText() const;

    /// What a drop of these files would attach (the first local file), for tests and the drop handler.
    static QString droppedFile(const QMimeData *mime);

Q_SIGNALS:
    void attachRequested();
    void openRequested();
    void removeRequested();
    void fileDropped(const QString &path);
    void letterRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QLabel *m_thumbnail;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_finding;
    QPushButton *m_attach;
    QPushButton *m_open;
    QPushButton *m_remove;
    QPushButton *m_letter;
    bool m_highlighted = false;
};

} // namespace mpdesk
