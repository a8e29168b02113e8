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
    /// A file's size for the clerk, in the current language ("345.7 KB", "512 字节"): decimal units, as the
    /// platform counts its 2 MB limit (2,000,000 bytes), with `precision` decimals.
    static QString dataSize(qint64 bytes, int precision = 1);
};

} // namespace mpdesk
