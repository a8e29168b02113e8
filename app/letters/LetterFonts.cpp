#include "letters/LetterFonts.h"

#include <QFontDatabase>
#include <QHash>
#include <QMutex>
#include <QRawFont>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

bool isDrawn(char32_t ucs4)
{
    const auto category = QChar::category(ucs4);
    return !(QChar::isSpace(ucs4) || category == QChar::Other_Control || category == QChar::Other_Format);
}

// QRawFont per family and the per-character answers, shared by every letter written in this process.
class Coverage
{
public:
    bool familyHas(const QString &family, char32_t ucs4)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_fonts.find(family);
        if (it == m_fonts.end()) {
            QFont font(family);
            font.setStyleStrategy(QFont::NoFontMerging);
            it = m_fonts.insert(family, QRawFont::fromFont(font));
        }
        return it->isValid() && it->supportsCharacter(ucs4);
    }

    QString anyFamilyWith(char32_t ucs4)
    {
        {
            QMutexLocker lock(&m_mutex);
            const auto known = m_anyFamily.constFind(ucs4);
            if (known != m_anyFamily.cend())
                return *known;
        }
        QString found;
        const QStringList installed = QFontDatabase::families();
        for (const QString &family : installed) {
            if (familyHas(family, ucs4)) {
                found = family;
                break;
            }
        }
        QMutexLocker lock(&m_mutex);
        m_anyFamily.insert(ucs4, found);
        return found;
    }

private:
    QMutex m_mutex;
    QHash<QString, QRawFont> m_fonts;
    QHash<char32_t, QString> m_anyFamily;
};

Coverage &coverage()
{
    static Coverage instance;
    return instance;
}

} // namespace

QStringList LetterFonts::preferredFamilies()
{
    // The platform's own Song/FangSong face first, then the others in case they are installed. Qt's PDF
    // writer rebuilds the outlines of every face it embeds, so a TrueType face (AR PL UMing) is no faster to
    // write than the CFF Noto Serif CJK: on Linux the order is the look, not the speed.
#if defined(Q_OS_WIN)
    return {u"SimSun"_s,         u"FangSong"_s,          u"NSimSun"_s,
            u"SimSun-ExtB"_s,    u"Noto Serif CJK SC"_s, u"Source Han Serif SC"_s,
            u"Microsoft YaHei"_s};
#elif defined(Q_OS_MACOS)
    return {u"Songti SC"_s,           u"STSong"_s,     u"STFangsong"_s, u"Noto Serif CJK SC"_s,
            u"Source Han Serif SC"_s, u"PingFang SC"_s};
#else
    return {u"Noto Serif CJK SC"_s, u"Source Han Serif SC"_s, u"AR PL UMing CN"_s,   u"FangSong"_s,
            u"Noto Sans CJK SC"_s,  u"Source Han Sans SC"_s,  u"WenQuanYi Zen Hei"_s};
#endif
}

QStringList LetterFonts::familiesFor(const QString &text)
{
    static const QStringList installed = [] {
        QStringList list;
        for (const QString &family : preferredFamilies()) {
            if (QFontDatabase::hasFamily(family))
                list.append(family);
        }
        return list;
    }();
    QStringList families = installed;
    for (const char32_t ucs4 : text.toUcs4()) {
        if (!isDrawn(ucs4) || !coveringFamily(ucs4, families).isEmpty())
            continue;
        const QString extra = coverage().anyFamilyWith(ucs4);
        if (!extra.isEmpty())
            families.append(extra);
    }
    return families;
}

QString LetterFonts::coveringFamily(char32_t ucs4, const QStringList &families)
{
    for (const QString &family : families) {
        if (coverage().familyHas(family, ucs4))
            return family;
    }
    return {};
}

bool LetterFonts::isCovered(char32_t ucs4)
{
    return !isDrawn(ucs4) || !coverage().anyFamilyWith(ucs4).isEmpty();
}

QList<char32_t> LetterFonts::missingCharacters(const QString &text)
{
    const QStringList families = familiesFor(QString());
    QList<char32_t> missing;
    for (const char32_t ucs4 : text.toUcs4()) {
        if (!isDrawn(ucs4) || missing.contains(ucs4) || !coveringFamily(ucs4, families).isEmpty())
            continue;
        if (coverage().anyFamilyWith(ucs4).isEmpty())
            missing.append(ucs4);
    }
    return missing;
}

QFont LetterFonts::font(const QString &text, qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies(familiesFor(text));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Kerning and hinting would make the same letter differ between screens and printers.
    font.setKerning(false);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace mpdesk
