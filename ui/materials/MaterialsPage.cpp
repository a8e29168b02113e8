#include "materials/MaterialsPage.h"

#include "common/Dialogs.h"
#include "document/FilingDocument.h"
#include "i18n/Phrases.h"
#include "materials/LetterScans.h"
#include "materials/MaterialCheck.h"
#include "materials/MaterialFiles.h"
#include "materials/MaterialPack.h"
#include "materials/MaterialRow.h"
#include "model/FieldPath.h"
#include "workflow/LetterRequirements.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShowEvent>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

constexpr int ThumbnailSize = 96;

// The row a path leads to: the row of an attached file ("materials[2].file"), else the slot's first row
// ("materials.id_front.p1").
template<typename Entries>
int rowOf(const Entries &entries, const QString &path)
{
    static const QRegularExpression file(u"^materials\\[(\\d+)\\]"_s);
    if (const QRegularExpressionMatch m = file.match(path); m.hasMatch()) {
        const qsizetype material = m.captured(1).toLongLong();
        for (int r = 0; r < entries.size(); ++r) {
            if (entries.at(r).material == material)
                return r;
        }
        return -1;
    }
    for (int r = 0; r < entries.size(); ++r) {
        if (entries.at(r).slot.path() == path)
            return r;
    }
    return -1;
}

} // namespace

MaterialsPage::MaterialsPage(FilingDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_intro(new QLabel(this)), m_prepare(new QPushButton(this)),
      m_deletePack(new QPushButton(this)), m_packResult(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_intro->setObjectName(u"intro"_s);
    m_packResult->setWordWrap(true);
    m_packResult->setTextFormat(Qt::PlainText);
    m_packResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packResult->setObjectName(u"packResult"_s);
    m_prepare->setObjectName(u"prepareUploadFiles"_s);
    m_deletePack->setObjectName(u"deletePack"_s);
    m_deletePack->setEnabled(false);

    auto *rowsWidget = new QWidget;
    m_rowsLayout = new QVBoxLayout(rowsWidget);
    m_rowsLayout->addStretch();
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(rowsWidget);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_prepare);
    actions->addWidget(m_deletePack);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(actions);
    layout->addWidget(m_packResult);

    connect(m_prepare, &QPushButton::clicked, this, &MaterialsPage::prepareUploadFiles);
    connect(m_deletePack, &QPushButton::clicked, this, &MaterialsPage::deletePack);
    connect(&m_document, &FilingDocument::filingChanged, this, &MaterialsPage::measure);
    connect(&m_document, &FilingDocument::pathChanged, this, &MaterialsPage::measure);
    connect(&m_document, &FilingDocument::assessmentChanged, this, &MaterialsPage::rebuildWhenShown);
    retranslate();
    measure();
    rebuild();
}

QString MaterialsPage::folder() const
{
    return MaterialFiles::folderOf(m_document.path());
}

QString MaterialsPage::attachFolder(int row) const
{
    // A replacement is usually beside the file it replaces; else the folder the clerk attached from last,
    // else the filing's.
    if (row >= 0 && row < m_entries.size() && m_entries.at(row).material >= 0) {
        const Material &m = m_document.filing().materials.at(m_entries.at(row).material);
        const QFileInfo file(MaterialFiles::resolve(m.file, folder()));
        if (file.isAbsolute() && file.dir().exists())
            return file.absolutePath();
    }
    if (!m_lastAttachFolder.isEmpty())
        return m_lastAttachFolder;
    return Dialogs::startFolderFor(m_document.path());
}

void MaterialsPage::retranslate()
{
    m_intro->setText(tr("The photos and scans to upload, one row per slot. Drop a file on a row or choose Attach. "
                        "mpdesk keeps only each file's path and the facts it measured (size, pixels, format, "
                        "checksum), never a copy of the image: an ID photo is an ID number in clear."));
    m_prepare->setText(tr("Prepare upload files…"));
    m_deletePack->setText(tr("Delete the pack"));
    updatePackText();
}

void MaterialsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

// The files are read again only when the list of files or the filing's folder changed: typing elsewhere
// in the filing never re-reads a photo.
void MaterialsPage::measure()
{
    QString key = folder();
    for (const Material &m : m_document.filing().materials)
        key += u'\n' + m.file + u'\t' + m.facts.sha256;
    if (key == m_measuredKey)
        return;
    m_measuredKey = key;
    m_document.setMaterialFiles(MaterialFiles::measureAll(m_document.filing(), folder(), m_document.clock().today()));
}

QString MaterialsPage::factsText(const MaterialFacts &facts, const QString &file) const
{
    const QString name = QDir::toNativeSeparators(file);
    switch (facts.state) {
    case MaterialFacts::State::Missing:
        return tr("%1 — not found").arg(name);
    case MaterialFacts::State::Unreadable:
        return tr("%1 — cannot be read").arg(name);
    case MaterialFacts::State::Unchecked:
        return tr("%1 — not checked yet").arg(name);
    case MaterialFacts::State::Read:
        break;
    }
    const QString size = Phrases::dataSize(facts.sizeBytes);
    if (facts.format.isEmpty())
        return tr("%1 — %2, not an image").arg(name, size);
    QString text = tr("%1 — %2, %3×%4 pixels, %5, checked %6")
                       .arg(name, MaterialFiles::formatName(facts.format))
                       .arg(facts.width)
                       .arg(facts.height)
                       .arg(size, facts.checkedOn.text());
    if (facts.pages > 1)
        text += tr(", %n page(s)", nullptr, facts.pages);
    return text;
}

QPixmap MaterialsPage::thumbnail(const QString &absolutePath, const MaterialFacts &facts)
{
    if (!facts.isRead() || !MaterialFiles::isReadableFormat(facts.format))
        return {};
    if (const auto it = m_thumbnails.constFind(facts.sha256); it != m_thumbnails.cend())
        return *it;
    QImage image;
    if (facts.format == u"pdf"_s) {
        const Result<QImage> page = MaterialFiles::readImage(absolutePath, 0);
        if (page)
            image = page.value();
    } else {
        // Only the thumbnail's pixels are decoded, with the orientation the camera recorded.
        QImageReader reader(absolutePath);
        reader.setAutoTransform(true);
        QSize size = reader.size();
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            size.transpose();
        if (size.isValid()) {
            size.scale(ThumbnailSize * 2, ThumbnailSize * 2, Qt::KeepAspectRatio);
            if (reader.transformation() & QImageIOHandler::TransformationRotate90)
                size.transpose();
            reader.setScaledSize(size);
        }
        image = reader.read();
    }
    const QPixmap pixmap = image.isNull()
        ? QPixmap()
        : QPixmap::fromImage(image.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_thumbnails.insert(facts.sha256, pixmap);
    return pixmap;
}

void MaterialsPage::rebuildWhenShown()
{
    m_stale = !isVisible();
    if (!m_stale)
        rebuild();
}

void MaterialsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        rebuild();
    }
}

void MaterialsPage::hideEvent(QHideEvent *event)
{
    // The row the clerk was sent to is marked only while they are on the page.
    m_shownPath.clear();
    QWidget::hideEvent(event);
}

void MaterialsPage::rebuild()
{
    const Filing &filing = m_document.filing();
    const Assessment &assessment = m_document.assessment();
    m_entries.clear();
    for (const MaterialSlots::Slot &slot : MaterialSlots::forFiling(filing)) {
        int held = 0;
        for (qsizetype i = 0; i < filing.materials.size(); ++i) {
            if (slot.holds(filing.materials.at(i))) {
                m_entries.append({slot, i});
                ++held;
            }
        }
        // A letter's slot that is not needed shows only what is attached to it, unless the clerk came
        // for it (a letter printed because the reviewer may ask for it).
        const bool wanted = slot.need != MaterialSlots::Need::NotNeeded || slot.path() == m_shownPath;
        if (held < slot.maxFiles && wanted && (held == 0 || slot.maxFiles > 1))
            m_entries.append({slot, -1});
    }
    while (m_rows.size() > m_entries.size())
        delete m_rows.takeLast();
    while (m_rows.size() < m_entries.size()) {
        auto *row = new MaterialRow;
        row->setObjectName(u"materialRow"_s);
        const int index = int(m_rows.size());
        connect(row, &MaterialRow::attachRequested, this, [this, index] {
            if (index >= m_entries.size())
                return;
            // The dialog names the slot as its row does ("Mini program leader (Zhang San): ID, portrait side").
            const QString path =
                Dialogs::openFileName(this, tr("Attach: %1").arg(m_entries.at(index).slot.title), attachFolder(index),
                                      tr("Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp "
                                         "*.pdf *.heic *.heif);;All files (*)"));
            if (!path.isEmpty())
                attach(index, path);
        });
        connect(row, &MaterialRow::fileDropped, this, [this, index](const QString &path) { attach(index, path); });
        connect(row, &MaterialRow::removeRequested, this, [this, index] { remove(index); });
        connect(row, &MaterialRow::letterRequested, this, [this, index] {
            if (index < m_entries.size() && !m_entries.at(index).slot.letter.isEmpty())
                Q_EMIT letterRequested(m_entries.at(index).slot.letter);
        });
        connect(row, &MaterialRow::openRequested, this, [this, index] {
            if (index < m_entries.size() && m_entries.at(index).material >= 0) {
                const Material &m = m_document.filing().materials.at(m_entries.at(index).material);
                QDesktopServices::openUrl(QUrl::fromLocalFile(MaterialFiles::resolve(m.file, folder())));
            }
        });
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row);
        m_rows.append(row);
    }

    for (qsizetype r = 0; r < m_entries.size(); ++r) {
        const RowEntry &entry = m_entries.at(r);
        Findings findings = assessment.findingsAt(entry.slot.path());
        QString title = entry.slot.title;
        if (entry.slot.need == MaterialSlots::Need::Optional)
            title = tr("%1 (optional)").arg(title);
        QString facts;
        QPixmap pixmap;
        if (entry.material >= 0) {
            const Material &m = filing.materials.at(entry.material);
            const QString base = FieldPath::item(u"materials"_s, entry.material);
            for (const char *field : {".slot", ".person", ".item", ".file"})
                findings += assessment.findingsAt(base + QLatin1StringView(field));
            // What the scan says about its letter's progress is shown with the scan too.
            if (!entry.slot.letter.isEmpty()) {
                for (const Finding &f : assessment.findingsAt(LetterScans::signedPath(entry.slot.letter))) {
                    if (f.rule.startsWith(u"materials."_s))
                        findings.append(f);
                }
            }
            const MaterialFacts measured = MaterialCheck::factsOf(m, m_document.materialFiles());
            facts = factsText(measured, m.file);
            pixmap = thumbnail(MaterialFiles::resolve(m.file, folder()), measured);
        } else {
            facts = entry.slot.need == MaterialSlots::Need::Needed ? tr("Needed. %1").arg(entry.slot.reason)
                                                                   : entry.slot.reason;
        }
        QStringList lines;
        bool error = false;
        for (const Finding &f : std::as_const(findings)) {
            lines << Phrases::labelled(f.severityText(), f.message);
            error = error || f.isError();
        }
        m_rows.at(r)->setContent(title, facts, lines.join(u'\n'), error, pixmap, entry.material >= 0);
        m_rows.at(r)->setLetter(
            entry.slot.letter.isEmpty() ? QString() : LetterRequirements::letter(filing, entry.slot.letter).title);
        m_rows.at(r)->setHighlighted(!m_shownPath.isEmpty() && rowOf(m_entries, m_shownPath) == r);
    }
}

int MaterialsPage::showSlot(const QString &path)
{
    // Rebuilt now: the page may have been hidden, and a slot not needed gets its row while it is asked for.
    m_shownPath = path;
    m_stale = false;
    rebuild();
    const int row = rowOf(m_entries, path);
    if (row >= 0) {
        m_scroll->ensureWidgetVisible(m_rows.at(row));
        m_rows.at(row)->setFocus(Qt::OtherFocusReason);
    }
    return row;
}

void MaterialsPage::attach(int row, const QString &path)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const RowEntry entry = m_entries.at(row);
    Material m;
    m.slot = entry.slot.slot;
    m.person = entry.slot.person;
    m.item = entry.slot.item;
    m_lastAttachFolder = QFileInfo(path).absolutePath();
    m.file = MaterialFiles::storedPath(path, folder());
    m.facts = MaterialFiles::measure(QFileInfo(path).absoluteFilePath(), m_document.clock().today());
    if (!m.facts.isRead())
        m.facts = MaterialFacts{}; // a file that cannot be read has no facts to keep; the finding says why
    const QString fileName = QFileInfo(path).fileName();
    m_document.edit([fileName] { return tr("Attach %1").arg(fileName); },
                    [entry, m](Filing &f) {
                        if (entry.material >= 0 && entry.material < f.materials.size())
                            f.materials[entry.material] = m;
                        else
                            f.materials.append(m);
                    });
}

void MaterialsPage::remove(int row)
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).material < 0)
        return;
    const qsizetype index = m_entries.at(row).material;
    const QString fileName = QFileInfo(m_document.filing().materials.at(index).file).fileName();
    m_document.edit([fileName] { return tr("Remove %1").arg(fileName); },
                    [index](Filing &f) {
                        if (index < f.materials.size())
                            f.materials.removeAt(index);
                    });
}

void MaterialsPage::prepareUploadFiles()
{
    const QString target = Dialogs::folderName(this, tr("Folder for the upload files (they show ID cards)"),
                                               Dialogs::startFolderFor(m_document.path()));
    if (target.isEmpty())
        return;
    const Result<MaterialPack::Report> result =
        MaterialPack::write(m_document.filing(), folder(), target, m_document.clock().today());
    if (!result) {
        Dialogs::warn(this, tr("Cannot prepare the upload files"), result.error().text());
        return;
    }
    const MaterialPack::Report &report = result.value();
    m_packFolder = report.folder;
    m_deletePack->setEnabled(true);
    m_pack = {PackResult::Kind::Written, report.folder, int(report.written.size()), {}};
    for (const MaterialPack::Problem &p : report.problems)
        m_pack.problems << Phrases::labelled(p.title, p.message);
    updatePackText();
}

void MaterialsPage::updatePackText()
{
    QStringList lines;
    switch (m_pack.kind) {
    case PackResult::Kind::None:
        break;
    case PackResult::Kind::Written:
        lines << tr("%n file(s) written to %1. They show ID cards: upload them, then delete the pack.", nullptr,
                    m_pack.count)
                     .arg(QDir::toNativeSeparators(m_pack.folder));
        lines << m_pack.problems;
        break;
    case PackResult::Kind::Deleted:
        lines << tr("The pack in %1 was deleted.").arg(QDir::toNativeSeparators(m_pack.folder));
        break;
    }
    m_packResult->setText(lines.join(u'\n'));
}

void MaterialsPage::deletePack()
{
    if (m_packFolder.isEmpty())
        return;
    if (!Dialogs::confirm(this, tr("Delete the pack"),
                          tr("Delete the upload files in %1? The originals stay where they are.")
                              .arg(QDir::toNativeSeparators(m_packFolder))))
        return;
    const Status removed = MaterialPack::remove(m_packFolder);
    if (!removed) {
        Dialogs::warn(this, tr("Cannot delete the pack"), removed.error().text());
        return;
    }
    m_pack = {PackResult::Kind::Deleted, m_packFolder, 0, {}};
    updatePackText();
    m_packFolder.clear();
    m_deletePack->setEnabled(false);
}

QString MaterialsPage::packText() const
{
    return m_packResult->text();
}

} // namespace mpdesk
