#include "mainwindow/statuspages.h"

#include "style/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

namespace {

const QColor WarningColor(0xc6, 0x28, 0x28);
const QColor NeutralColor(0x54, 0x6e, 0x7a);

} // namespace

PlaceholderPage::PlaceholderPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholder"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addStretch(2);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("placeholderTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("placeholderText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_signIn = new QPushButton(tr("Sign In…"), this);
    connect(m_signIn, &QPushButton::clicked, this, &PlaceholderPage::signInClicked);
    m_retry = new QPushButton(this);
    m_retry->setDefault(true);
    connect(m_retry, &QPushButton::clicked, this, &PlaceholderPage::retryClicked);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_signIn);
    buttons->addStretch();
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(6);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

void PlaceholderPage::setContent(bool warning, const QString &title, const QString &text,
                                 const QString &retryText, bool offerSignIn)
{
    m_icon->setPixmap(Icons::badge(warning ? WarningColor : NeutralColor, warning, 56, devicePixelRatioF()));
    m_title->setText(title);
    m_text->setText(text);
    m_retry->setText(retryText);
    m_retry->setVisible(!retryText.isEmpty());
    m_signIn->setVisible(offerSignIn);
}

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(
        QStringLiteral("#connectionBanner { background: #fdecea; border-bottom: 1px solid #f1b0ab; }"
                       "#connectionBanner QLabel { color: #8a1c1c; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::badge(WarningColor, true, 18, devicePixelRatioF()));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    auto *retry = new QPushButton(tr("Retry Now"), this);
    connect(retry, &QPushButton::clicked, this, &ConnectionBanner::retryClicked);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(retry);
}

void ConnectionBanner::setText(const QString &text)
{
    m_text->setText(text);
}

} // namespace BoxOffice::Ui
