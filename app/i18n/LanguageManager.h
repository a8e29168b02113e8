#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace mpdesk {

/// Owns the translators (mpdesk's, Qt's own qtbase and QtKeychain's) and switches them live: installing
/// them sends QEvent::LanguageChange to every widget, which rebuilds its strings.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    static LanguageManager &instance();

    /// The languages mpdesk speaks: "zh_CN" and "en".
    static QStringList languages();
    /// "zh_CN" when the system's language is Chinese, else "en".
    static QString systemLanguage();
    /// A code from languages() for a user's spelling ("zh", "zh-CN", "zh_CN.UTF-8", "en_US"), or empty.
    static QString canonical(const QString &code);

    /// Installs the translators for `code` (one of languages()). Returns false for an unknown code.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    LanguageManager() = default;
    void removeTranslators();

    QString m_language;
    std::unique_ptr<QTranslator> m_app, m_qt, m_keychain;
};

} // namespace mpdesk
