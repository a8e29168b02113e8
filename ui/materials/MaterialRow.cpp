#include "materials/MaterialRow.h"

#include "common/PlainText.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mpdesk {

MaterialRow::MaterialRow(QWidget *parent)
    : QFrame(parent), m_thumbnail(new QLabel(this)), m_title(new QLabel(this)), m_facts(new QLabel(this)),
      m_finding(new QLabel(this)), m_attach(new QPushButton(this)), m_open(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_letter(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    m_thumbnail->setFixedSize(96, 96);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    // File names and messages are data: never read as rich text.
    for (QLabel *label : {m_title, m_facts, m_finding}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(u"title"_s);
    m_facts->setObjectName(u"facts"_s);
    m_finding->setObjectName(u"finding"_s);
    m_attach->setObjectName(u"attach"_s);
    m_open->setObjectName(u"open"_s);
    m_remove->setObjectName(u"remove"_s);
    m_letter->setObjectName(u"showLetter"_s);
    m_letter->hide();
    setFocusProxy(m_attach); // a row the clerk is sent to takes the keyboard at Attach / Replace

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_facts);
    text->addWidget(m_finding);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_letter);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_thumbnail);
    layout->addLayout(text, 1);
    layout->addLayout(buttons);

    connect(m_attach, &QPushButton::clicked, this, &MaterialRow::attachRequested);
    connect(m_open, &QPushButton::clicked, this, &MaterialRow::openRequested);
    connect(m_remove, &QPushButton::clicked, this, &MaterialRow::removeRequested);
    connect(m_letter, &QPushButton::clicked, this, &MaterialRow::letterRequested);
}

void MaterialRow::setLetter(const QString &letterTitle)
{
    m_letter->setText(tr("The letter…"));
    m_letter->setToolTip(
        plainToolTip(tr("Show %1 on the letters page: print it, and record when it was signed.").arg(letterTitle)));
    m_letter->setVisible(!letterTitle.isEmpty());
}

void MaterialRow::setHighlighted(bool highlighted)
{
    m_highlighted = highlighted;
    // The frame's own selector, so that the labels and buttons inside keep their look.
    setStyleSheet(highlighted ? u"mpdesk--MaterialRow { border: 2px solid palette(highlight); }"_s : QString());
}

void MaterialRow::setContent(const QString &title, const QString &facts, const QString &finding, bool findingIsError,
                             const QPixmap &thumbnail, bool attached)
{
    m_title->setText(title);
    m_facts->setText(facts);
    m_finding->setText(finding);
    m_finding->setVisible(!finding.isEmpty());
    m_finding->setStyleSheet(findingIsError ? u"color: #b00020;"_s : u"color: #8a5a00;"_s);
    m_thumbnail->setPixmap(thumbnail);
    if (thumbnail.isNull())
        m_thumbnail->setText(attached ? tr("no preview") : tr("drop a file here"));
    // Every text is set here: the page sets the rows' content again when the language changes.
    m_attach->setText(attached ? tr("Replace…") : tr("Attach…"));
    m_open->setText(tr("Open"));
    m_remove->setText(tr("Remove"));
    m_open->setVisible(attached);
    m_remove->setVisible(attached);
}

QString MaterialRow::title() const
{
    return m_title->text();
}

QString MaterialRow::factsText() const
{
    return m_facts->text();
}

QString MaterialRow::findingText() const
{
    return m_finding->text();
}

QString MaterialRow::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

void MaterialRow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MaterialRow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT fileDropped(path);
}

} // namespace mpdesk
