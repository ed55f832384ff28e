#include "selling/sellingheader.h"

#include "seatmap/seatlayout.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &text, const QKeySequence &shortcut,
                        const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setShortcut(shortcut);
    b->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    b->setAutoRaise(true);
    return b;
}

} // namespace

SellingHeader::SellingHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sellingHeader"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_back = toolButton(this, tr("‹ Events"), QKeySequence(Qt::Key_Escape), tr("Back to the event list"));
    m_back->setObjectName(QStringLiteral("backToEvents"));
    connect(m_back, &QToolButton::clicked, this, &SellingHeader::backClicked);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sellingTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    // A long name must not widen the window.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_subtitle = new QLabel(this);
    m_subtitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mapStatus"));

    auto *fit = toolButton(this, tr("Fit"), QKeySequence(tr("Ctrl+0")), tr("Show the whole venue"));
    auto *zoomIn = toolButton(this, tr("+"), QKeySequence::ZoomIn, tr("Zoom in"));
    auto *zoomOut = toolButton(this, tr("−"), QKeySequence::ZoomOut, tr("Zoom out"));
    connect(fit, &QToolButton::clicked, this, &SellingHeader::fitClicked);
    connect(zoomIn, &QToolButton::clicked, this, &SellingHeader::zoomInClicked);
    connect(zoomOut, &QToolButton::clicked, this, &SellingHeader::zoomOutClicked);

    m_actions = new QHBoxLayout;
    m_actions->setSpacing(layout->spacing());
    layout->addWidget(m_back);
    layout->addSpacing(8);
    layout->addLayout(titles, 1);
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addLayout(m_actions);
    layout->addSpacing(12);
    layout->addWidget(zoomOut);
    layout->addWidget(fit);
    layout->addWidget(zoomIn);
}

void SellingHeader::addActionButtons(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        m_actions->addWidget(button);
    }
}

void SellingHeader::setTitle(const QString &title)
{
    m_title->setText(title);
    m_subtitle->clear();
}

void SellingHeader::setEvent(const Shared::EventLayout &layout)
{
    m_title->setText(layout.eventName);
    m_subtitle->setText(tr("%1 · %n seat(s)", nullptr, layout.seatCount()).arg(layout.venueName));
}

void SellingHeader::setLive(Live live)
{
    switch (live) {
    case Live::Reconnecting:
        m_status->setText(tr("<b style='color:#c62828'>● Reconnecting…</b> the map may be out of date"));
        break;
    case Live::Loading:
        m_status->setText(tr("Loading seats…"));
        break;
    case Live::Live:
        m_status->setText(tr("<span style='color:#2e7d32'>●</span> Live"));
        break;
    }
}

} // namespace BoxOffice::Ui
