#include "common/Dialogs.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mpdesk {

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text)
{
    s_lastQuestion = text;
    if (s_nextAnswer) {
        const Answer a = *std::exchange(s_nextAnswer, std::nullopt);
        return a == Answer::Yes;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setDefaultButton(QMessageBox::No);
    box.setTextFormat(Qt::PlainText); // names and titles the clerk typed are never markup
    return box.exec() == QMessageBox::Yes;
}

std::optional<QDate> Dialogs::confirmDate(QWidget *parent, const QString &title, const QString &text,
                                          const QString &dateLabel, QDate latest)
{
    s_lastQuestion = text;
    if (s_nextAnswer) {
        const Answer a = *std::exchange(s_nextAnswer, std::nullopt);
        const QDate date = std::exchange(s_nextDate, std::nullopt).value_or(latest);
        if (a != Answer::Yes)
            return std::nullopt;
        return qMin(date, latest);
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *question = new QLabel(text, &dialog);
    question->setTextFormat(Qt::PlainText); // names and titles the clerk typed are never markup
    question->setWordWrap(true);
    layout->addWidget(question);
    auto *form = new QFormLayout;
    auto *date = new QDateEdit(latest, &dialog);
    date->setObjectName(QStringLiteral("confirmDate"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setMaximumDate(latest);
    form->addRow(dateLabel, date);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Yes | QDialogButtonBox::No, &dialog);
    buttons->button(QDialogButtonBox::No)->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return date->date();
}

Dialogs::Answer Dialogs::unsavedChanges(QWidget *parent, const QString &documentName)
{
    if (s_nextAnswer)
        return *std::exchange(s_nextAnswer, std::nullopt);
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved. Save them before closing?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Save);
    box.setTextFormat(Qt::PlainText);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Answer::Yes;
    case QMessageBox::Discard:
        return Answer::No;
    default:
        return Answer::Cancel;
    }
}

void Dialogs::warn(QWidget *parent, const QString &title, const QString &text)
{
    s_lastWarning = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText); // messages quote file names and typed values
    box.exec();
}

QString Dialogs::startFolderFor(const QString &filingPath)
{
    // A filing read from the resources (the sample) has no folder of the clerk's.
    if (!filingPath.isEmpty() && !filingPath.startsWith(u':'))
        return QFileInfo(filingPath).absolutePath();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() ? documents : QDir::homePath();
}

QString Dialogs::resolveStart(const QString &title, const QString &path, bool isFolder)
{
    // A relative path would be read against the working folder, which is wherever mpdesk was started from.
    QString resolved = path;
    if (resolved.isEmpty())
        resolved = startFolderFor({});
    else if (QFileInfo(resolved).isRelative())
        resolved = QDir(startFolderFor({})).filePath(resolved);
    s_lastFileDialogTitle = title;
    s_lastStartFolder = isFolder ? QDir::cleanPath(resolved) : QFileInfo(resolved).absolutePath();
    return resolved;
}

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &startFolder, const QString &filter)
{
    const QString start = resolveStart(title, startFolder, true);
    if (s_nextFileName)
        return *std::exchange(s_nextFileName, std::nullopt);
    return QFileDialog::getOpenFileName(parent, title, start, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    const QString start = resolveStart(title, suggested, false);
    if (s_nextFileName)
        return *std::exchange(s_nextFileName, std::nullopt);
    return QFileDialog::getSaveFileName(parent, title, start, filter);
}

QString Dialogs::folderName(QWidget *parent, const QString &title, const QString &startFolder)
{
    const QString start = resolveStart(title, startFolder, true);
    if (s_nextFileName)
        return *std::exchange(s_nextFileName, std::nullopt);
    return QFileDialog::getExistingDirectory(parent, title, start);
}

void Dialogs::showDocument(QWidget *parent, const QString &title, const QString &text)
{
    s_lastDocument = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *browser = new QTextBrowser(&dialog);
    browser->setPlainText(text); // plain: nothing in it is markup
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(680, 520);
    dialog.exec();
}

} // namespace mpdesk
