#include "selling/cartpanel.h"

#include "selling/cartmodel.h"
#include "selling/paymentpanel.h"
#include "style/elidingdelegate.h"

#include <QAction>
#include <QDateTime>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace BoxOffice::Ui {

namespace {

QString withShortcut(const QString &text, const QKeySequence &shortcut)
{
    return QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

} // namespace

CartPanel::CartPanel(CartModel *cart, QWidget *parent)
    : QWidget(parent)
    , m_cart(cart)
{
    setObjectName(QStringLiteral("cartPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *title = new QLabel(tr("Cart"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("holdCountdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setMinimumHeight(m_countdown->fontMetrics().height() + 12);
    layout->addWidget(m_countdown);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("cartView"));
    m_view->setModel(cart);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // "Stalls, row A, seat 27" keeps both ends when narrow; the tooltip has it whole.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setItemDelegate(new ElidingDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(CartModel::Seat, QHeaderView::Stretch);
    // Wide enough for a typical stadium line whole (seat, category, price): the splitter
    // gives all later growth to the map, so the cart's width is settled here.
    setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("North 3, row 12, seat 48Lower tier€150.00")) + 110);
    m_view->horizontalHeader()->setSectionResizeMode(CartModel::Category, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CartModel::Price, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Delete releases the selected seat's hold"));
    auto *releaseSeat = new QAction(tr("Release Seat"), m_view);
    releaseSeat->setShortcut(QKeySequence::Delete);
    releaseSeat->setShortcutContext(Qt::WidgetShortcut);
    connect(releaseSeat, &QAction::triggered, this, [this] {
        const int seat = m_cart->seatAt(m_view->currentIndex().row());
        if (seat >= 0)
            emit releaseSeatRequested(seat);
    });
    m_view->addAction(releaseSeat);
    layout->addWidget(m_view, 1);

    m_empty = new QLabel(tr("No seats held.\nClick seats on the map, drag around several, or use Best "
                            "available."),
                         this);
    m_empty->setObjectName(QStringLiteral("cartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty, 1);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("cartTotal"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont totalFont = m_total->font();
    totalFont.setBold(true);
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.3);
    m_total->setFont(totalFont);
    layout->addWidget(m_total);

    auto *holdButtons = new QHBoxLayout;
    m_extend = new QPushButton(tr("&Extend Hold"), this);
    m_extend->setObjectName(QStringLiteral("extendHold"));
    m_extend->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_extend->setToolTip(
        withShortcut(tr("Keep the seats longer, up to the event's limit"), m_extend->shortcut()));
    connect(m_extend, &QPushButton::clicked, this, &CartPanel::extendRequested);
    m_release = new QPushButton(tr("&Release All"), this);
    m_release->setObjectName(QStringLiteral("releaseAll"));
    m_release->setShortcut(QKeySequence(tr("Ctrl+Shift+Backspace")));
    m_release->setToolTip(withShortcut(tr("Give every held seat back"), m_release->shortcut()));
    connect(m_release, &QPushButton::clicked, this, &CartPanel::releaseAllRequested);
    holdButtons->addWidget(m_extend);
    holdButtons->addWidget(m_release);
    layout->addLayout(holdButtons);

    m_payment = new QGroupBox(tr("Payment"), this);
    m_payment->setObjectName(QStringLiteral("paymentBox"));
    auto *paymentLayout = new QVBoxLayout(m_payment);
    m_paymentPanel = new PaymentPanel(m_payment);
    paymentLayout->addWidget(m_paymentPanel);
    layout->addWidget(m_payment);

    m_sell = new QPushButton(tr("&Sell"), this);
    m_sell->setObjectName(QStringLiteral("sell"));
    m_sell->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_sell->setToolTip(withShortcut(tr("Sell the held seats"), m_sell->shortcut()));
    m_sell->setAutoDefault(true);
    m_sell->setMinimumHeight(m_sell->sizeHint().height() * 3 / 2);
    QFont sellFont = m_sell->font();
    sellFont.setBold(true);
    m_sell->setFont(sellFont);
    connect(m_sell, &QPushButton::clicked, this, &CartPanel::sellRequested);
    layout->addWidget(m_sell);

    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &CartPanel::tick);
    connect(cart, &CartModel::cartChanged, this, &CartPanel::updateView);
    connect(cart, &QAbstractItemModel::modelReset, this, &CartPanel::updateView);
    updateView();
}

int CartPanel::secondsLeft() const
{
    const QDateTime expiry = m_cart->earliestExpiry();
    if (!expiry.isValid())
        return -1;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(expiry);
    return ms <= 0 ? 0 : int(std::ceil(ms / 1000.0));
}

void CartPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateView();
}

void CartPanel::updateView()
{
    const bool empty = m_cart->isEmpty();
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_total->setText(
        empty ? QString()
              : tr("%n seat(s) · Total %1", nullptr, m_cart->seatCount()).arg(m_cart->formattedTotal()));
    m_sell->setEnabled(!empty && !m_busy);
    m_paymentPanel->setTotal(m_cart->total(), m_cart->currency());
    m_payment->setEnabled(!empty && !m_busy);
    m_release->setEnabled(!empty && !m_busy);
    m_extend->setEnabled(!empty && !m_busy && m_cart->canExtend());
    if (empty) {
        m_timer.stop();
        m_expiredSignalled = false;
    } else if (!m_timer.isActive()) {
        m_expiredSignalled = false;
        m_timer.start();
    }
    tick();
}

void CartPanel::tick()
{
    const int left = secondsLeft();
    if (left < 0) {
        m_countdown->clear();
        m_countdown->setStyleSheet(QString());
        m_warning = false;
        return;
    }
    m_warning = left <= WarningSeconds;
    const QString time = QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    m_countdown->setText(m_warning ? tr("Hold expires in %1 — extend or sell now").arg(time)
                                   : tr("Seats held for %1").arg(time));
    m_countdown->setStyleSheet(m_warning
                                   ? QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; "
                                                    "border: 1px solid #f1b0ab; border-radius: 4px; "
                                                    "font-weight: bold; }")
                                   : QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; "
                                                    "border: 1px solid #a5d6a7; border-radius: 4px; }"));
    m_extend->setEnabled(!m_cart->isEmpty() && !m_busy && m_cart->canExtend());
    if (left == 0 && !m_expiredSignalled) {
        m_expiredSignalled = true;
        emit expired();
    }
}

} // namespace BoxOffice::Ui
