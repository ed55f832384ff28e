#include "style/noticebar.h"

namespace BoxOffice::Ui {

NoticeBar::NoticeBar(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(12, 6, 12, 6);
    setAttribute(Qt::WA_StyledBackground);
    hide();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QWidget::hide);
}

void NoticeBar::showNotice(const QString &text, Kind kind, int timeoutMs)
{
    m_kind = kind;
    m_timer.stop();
    setText(text);
    setProperty("error", kind == Kind::Error);
    setStyleSheet(
        kind == Kind::Error
            ? QStringLiteral("background: #fdecea; color: #8a1c1c; border-bottom: 1px solid #f1b0ab;")
            : QStringLiteral("background: #e8f5e9; color: #1b5e20; border-bottom: 1px solid #a5d6a7;"));
    setVisible(!text.isEmpty());
    if (timeoutMs > 0 && !text.isEmpty())
        m_timer.start(timeoutMs);
}

} // namespace BoxOffice::Ui
