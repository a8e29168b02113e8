#include "common/MessageBar.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mpdesk {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_label = new QLabel(this);
    m_label->setObjectName(u"messageBarText"_s);
    m_label->setTextFormat(Qt::PlainText); // file names are data
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(u"messageBarOpenFolder"_s);
    m_close = new QPushButton(this);
    m_close->setObjectName(u"messageBarClose"_s);
    m_close->setFlat(true);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_openFolder);
    layout->addWidget(m_close);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_file).absolutePath())); });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void MessageBar::showMessage(Text text, const QString &file, Tone tone, Topic topic)
{
    m_file = file;
    m_text = std::move(text);
    m_topic = topic;
    m_label->setText(m_text ? m_text() : QString());
    m_openFolder->setVisible(!file.isEmpty());
    setStyleSheet(tone == Tone::Success ? u"mpdesk--MessageBar { background: #e8f5e9; border: 1px solid #a5d6a7; }"_s
                                        : u"mpdesk--MessageBar { background: #fff8e1; border: 1px solid #ffd54f; }"_s);
    show();
}

void MessageBar::withdraw(Topic topic)
{
    if (m_topic == topic && !isHidden())
        hide();
}

QString MessageBar::text() const
{
    return isVisibleTo(parentWidget()) ? m_label->text() : QString();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void MessageBar::retranslate()
{
    m_openFolder->setText(tr("Open folder"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this message"));
    if (m_text)
        m_label->setText(m_text());
}

} // namespace mpdesk
