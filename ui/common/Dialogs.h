#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace mpdesk {

/// The modal questions the application asks, made answerable by tests: setNextAnswer() and
/// setNextFileName() answer the next question instead of the user.
class Dialogs final
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    enum class Answer { Yes, No, Cancel };

    /// Yes or No.
    static bool confirm(QWidget *parent, const QString &title, const QString &text);
    /// Save, Discard or Cancel for unsaved work: Yes means save.
    static Answer unsavedChanges(QWidget *parent, const QString &documentName);
    static void warn(QWidget *parent, const QString &title, const QString &text);
    /// The file dialogs open in `startFolder`; a relative or empty one is taken from startFolderFor(), never
    /// from the process's working folder.
    static QString openFileName(QWidget *parent, const QString &title, const QString &startFolder,
                                const QString &filter);
    /// `suggested`: a file name, or a path whose folder the dialog opens in.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    static QString folderName(QWidget *parent, const QString &title, const QString &startFolder);
    /// The folder a file dialog starts in for the filing at `filingPath`: the filing's own folder, or the
    /// user's Documents folder for a filing not saved yet (or one read from the application's resources).
    static QString startFolderFor(const QString &filingPath);
    /// Yes with the day it happened (`latest` proposed, nothing later allowed), or nothing for No: for
    /// recording something done on the platform, perhaps a few days ago.
    static std::optional<QDate> confirmDate(QWidget *parent, const QString &title, const QString &text,
                                            const QString &dateLabel, QDate latest);
    /// A longer plain text to read (help): a window with a scrolling text and Close.
    static void showDocument(QWidget *parent, const QString &title, const QString &text);

    static void setNextAnswer(Answer answer) { s_nextAnswer = answer; }
    static void setNextFileName(const QString &name) { s_nextFileName = name; }
    /// The date the next confirmDate() answers with, when the answer is Yes.
    static void setNextDate(QDate date) { s_nextDate = date; }
    /// The text of the last warning shown (for tests).
    static QString lastWarning() { return s_lastWarning; }
    /// The text of the last question asked (for tests).
    static QString lastQuestion() { return s_lastQuestion; }
    /// The text of the last document shown (for tests).
    static QString lastDocument() { return s_lastDocument; }
    /// The title and the start folder of the last file or folder dialog (for tests).
    static QString lastFileDialogTitle() { return s_lastFileDialogTitle; }
    static QString lastStartFolder() { return s_lastStartFolder; }

private:
    static inline std::optional<Answer> s_nextAnswer;
    static inline std::optional<QString> s_nextFileName;
    static inline std::optional<QDate> s_nextDate;
    static inline QString s_lastWarning;
    static inline QString s_lastQuestion;
    static inline QString s_lastDocument;
    static inline QString s_lastFileDialogTitle;
    static inline QString s_lastStartFolder;

    /// `path` made absolute against startFolderFor({}) when it is relative; records the dialog for tests.
    static QString resolveStart(const QString &title, const QString &path, bool isFolder);
};

} // namespace mpdesk
