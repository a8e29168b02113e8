#include "i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "mpdesk.i18n")

namespace mpdesk {

namespace {

// Loads `name` from the first folder that has it; mpdesk's own folder first, so a bundled copy wins.
std::unique_ptr<QTranslator> loadFrom(const QStringList &folders, const QString &name)
{
    auto translator = std::make_unique<QTranslator>();
    for (const QString &folder : folders) {
        if (translator->load(name, folder))
            return translator;
    }
    qCInfo(lcLanguage) << "no translation" << name << "in" << folders;
    return nullptr;
}

} // namespace

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

QStringList LanguageManager::languages()
{
    return {u"zh_CN"_s, u"en"_s};
}

QString LanguageManager::canonical(const QString &code)
{
    const QString lower = code.toLower();
    if (lower.startsWith(u"zh"_s))
        return u"zh_CN"_s;
    if (lower.startsWith(u"en"_s))
        return u"en"_s;
    return {};
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

void LanguageManager::removeTranslators()
{
    for (auto *t : {&m_app, &m_qt, &m_keychain}) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!languages().contains(code))
        return false;
    removeTranslators();
    m_language = code;
    QLocale::setDefault(QLocale(code));

    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList qtFolders = {appDir + u"/translations"_s, appDir + u"/../share/mpdesk/translations"_s,
                                   appDir + u"/../Resources/translations"_s,
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    m_app = loadFrom({u":/i18n"_s}, u"mpdesk_"_s + code);
    if (code != u"en"_s) {
        m_qt = loadFrom(qtFolders, u"qtbase_"_s + code);
        m_keychain = loadFrom(qtFolders + QStringList{u"/usr/share/qt6keychain/translations"_s},
                              u"qtkeychain_"_s + code.left(2));
    }
    for (auto *t : {&m_app, &m_qt, &m_keychain}) {
        if (*t)
            QCoreApplication::installTranslator(t->get());
    }
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace mpdesk
