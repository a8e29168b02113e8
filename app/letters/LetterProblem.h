#pragma once

#include <QList>
#include <QString>

namespace mpdesk {

/// Why a letter cannot be written as it stands, with the person and field the clerk must correct.
struct LetterProblem
{
    enum class Kind {
        MissingValue, ///< a value the letter prints is empty
        Finding, ///< the validator reports an error on a value the letter prints
        SecretUnavailable, ///< an ID number is not on this computer or the keychain cannot be read
        MissingGlyphs, ///< no installed font has these characters
        Template, ///< the template cannot be rendered
    };

    Kind kind = Kind::MissingValue;
    QString path; ///< interchange field path, e.g. "people[1].name"; empty for the template
    QString person; ///< whose value it is; empty for entity or mini program fields
    QString field; ///< the field's name, translated
    QString characters; ///< MissingGlyphs: the characters no font has, each once
    QString message; ///< translated sentence saying what to do

    QString text() const { return path.isEmpty() ? message : QString(path + u": " + message); }
};

using LetterProblems = QList<LetterProblem>;

} // namespace mpdesk
