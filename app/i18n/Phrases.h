#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mpdesk {

/// How the two languages put pieces of a message together, written once: a label before what it says
/// ("Entity name: …", 主体名称：…), and sentences one after the other.
class Phrases final
{
    Q_DECLARE_TR_FUNCTIONS(Phrases)

public:
    /// "label: text" with the language's colon.
    static QString labelled(const QString &label, const QString &text);
    /// Sentences one after the other: a space after one that ends in Latin punctuation, none after one
    /// that ends in Chinese punctuation ("。", "；", "）"), as each language writes them.
    static QString sentences(const QStringList &parts);
};

} // namespace mpdesk
