#include "selling/sellingworkspace.h"

#include "admin/roles.h"
#include "app/settings.h"
#include "net/errortext.h"
#include "net/serverconnection.h"
#include "seatmap/seatlayout.h"
#include "seatmap/seatmaplegend.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapview.h"
#include "selling/bestavailablebar.h"
#include "selling/cartmodel.h"
#include "selling/countercheckout.h"
#include "selling/cartpanel.h"
#include "selling/paymentpanel.h"
#include "style/noticebar.h"
#include "tickets/ticketoutput.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QCborArray>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>

Q_LOGGING_CATEGORY(lcSelling, "boxoffice.selling")

namespace BoxOffice::Ui {

using Shared::ErrorCode;
using Shared::Frame;
using Shared::MessageType;
namespace Key = Shared::Key;

namespace {

constexpr int NoticeMs = 8000;

QList<int> seatsOf(const QCborMap &result)
{
    QList<int> seats;
    for (const QCborValue &v : result.value(Key::Seats).toArray()) {
        if (v.isInteger())
            seats.append(int(v.toInteger()));
    }
    return seats;
}

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

SellingWorkspace::SellingWorkspace(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_seatMap(new SeatMapModel(this))
    , m_cart(new CartModel(this))
    , m_checkout(new CounterCheckout(connection, this))
{
    setObjectName(QStringLiteral("sellingWorkspace"));
    m_cart->setSeatMap(m_seatMap);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Header: back, event, live state, zoom.
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("sellingHeader"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(8, 6, 8, 6);
    m_back = toolButton(header, tr("‹ Events"), QKeySequence(Qt::Key_Escape), tr("Back to the event list"));
    m_back->setObjectName(QStringLiteral("backToEvents"));
    connect(m_back, &QToolButton::clicked, this, [this] {
        if (confirmLeave())
            emit backRequested();
    });
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("sellingTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setSizePolicy(QSizePolicy::Ignored,
                           QSizePolicy::Preferred); // a long name must not widen the window
    m_subtitle = new QLabel(header);
    m_subtitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("mapStatus"));
    auto *fit = toolButton(header, tr("Fit"), QKeySequence(tr("Ctrl+0")), tr("Show the whole venue"));
    auto *zoomIn = toolButton(header, tr("+"), QKeySequence::ZoomIn, tr("Zoom in"));
    auto *zoomOut = toolButton(header, tr("−"), QKeySequence::ZoomOut, tr("Zoom out"));
    headerLayout->addWidget(m_back);
    headerLayout->addSpacing(8);
    headerLayout->addLayout(titles, 1);
    headerLayout->addWidget(m_status);
    headerLayout->addSpacing(12);
    m_printAction = new QAction(tr("&Print Tickets…"), this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_printAction->setToolTip(tr("Print the last order's tickets (%1)")
                                  .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_printAction->setIconText(tr("Print"));
    m_printAction->setEnabled(false);
    connect(m_printAction, &QAction::triggered, this, &SellingWorkspace::printLastOrder);
    m_pdfAction = new QAction(tr("Save Tickets as &PDF…"), this);
    m_pdfAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_pdfAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pdfAction->setToolTip(tr("Save the last order's tickets as a PDF (Ctrl+Shift+S)"));
    m_pdfAction->setIconText(tr("PDF"));
    m_pdfAction->setEnabled(false);
    connect(m_pdfAction, &QAction::triggered, this, [this] { saveLastOrderPdf(); });
    m_receiptAction = new QAction(tr("Print &Receipt…"), this);
    m_receiptAction->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_receiptAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_receiptAction->setToolTip(tr("Print the last order's receipt (Ctrl+Shift+P)"));
    m_receiptAction->setIconText(tr("Receipt"));
    m_receiptAction->setEnabled(false);
    connect(m_receiptAction, &QAction::triggered, this, &SellingWorkspace::printLastReceipt);
    addActions({m_printAction, m_pdfAction, m_receiptAction});
    auto *printButton = new QToolButton(header);
    printButton->setDefaultAction(m_printAction);
    printButton->setAutoRaise(true);
    auto *pdfButton = new QToolButton(header);
    pdfButton->setDefaultAction(m_pdfAction);
    pdfButton->setAutoRaise(true);
    headerLayout->addWidget(printButton);
    headerLayout->addWidget(pdfButton);
    auto *receiptButton = new QToolButton(header);
    receiptButton->setDefaultAction(m_receiptAction);
    receiptButton->setAutoRaise(true);
    headerLayout->addWidget(receiptButton);
    headerLayout->addSpacing(12);
    headerLayout->addWidget(zoomOut);
    headerLayout->addWidget(fit);
    headerLayout->addWidget(zoomIn);
    layout->addWidget(header);

    auto *barBox = new QWidget(this);
    auto *barLayout = new QHBoxLayout(barBox);
    barLayout->setContentsMargins(8, 2, 8, 6);
    m_bestAvailable = new BestAvailableBar(barBox);
    m_bestAvailable->setSeatMap(m_seatMap);
    barLayout->addWidget(m_bestAvailable, 1);
    layout->addWidget(barBox);
    connect(m_bestAvailable, &BestAvailableBar::requested, this, &SellingWorkspace::requestBestAvailable);

    m_notice = new NoticeBar(this);
    m_notice->setObjectName(QStringLiteral("sellingNotice"));
    layout->addWidget(m_notice);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("sellingSplitter"));
    auto *mapBox = new QWidget(m_splitter);
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(0);
    m_view = new SeatMapView(mapBox);
    m_view->setModel(m_seatMap);
    m_view->setToolTip(QString());
    m_legend = new SeatMapLegend(mapBox);
    m_legend->setModel(m_seatMap);
    mapLayout->addWidget(m_view, 1);
    mapLayout->addWidget(m_legend);
    m_cartPanel = new CartPanel(m_cart, m_splitter);
    m_splitter->addWidget(mapBox);
    m_splitter->addWidget(m_cartPanel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    if (!m_splitter->restoreState(Settings().sellingSplitterState()))
        m_splitter->setSizes({740, 380}); // the cart shows "North 3, row 1, seat 48" whole
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { Settings().setSellingSplitterState(m_splitter->saveState()); });
    layout->addWidget(m_splitter, 1);

    connect(fit, &QToolButton::clicked, m_view, &SeatMapView::fitToWindow);
    connect(zoomIn, &QToolButton::clicked, m_view, &SeatMapView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &SeatMapView::zoomOut);
    connect(m_view, &SeatMapView::seatClicked, this, &SellingWorkspace::onSeatClicked);
    connect(m_view, &SeatMapView::seatsSelected, this, [this](const QList<int> &seats) {
        if (canSell() && !seats.isEmpty())
            holdSeats(seats);
    });

    connect(m_cartPanel, &CartPanel::sellRequested, this, &SellingWorkspace::sell);
    connect(m_cartPanel, &CartPanel::extendRequested, this, &SellingWorkspace::extendAll);
    connect(m_cartPanel, &CartPanel::releaseAllRequested, this, &SellingWorkspace::releaseAll);
    connect(m_cartPanel, &CartPanel::releaseSeatRequested, this, &SellingWorkspace::releaseSeat);
    connect(m_cartPanel, &CartPanel::expired, this, &SellingWorkspace::onCartExpired);

    // Keyboard: jump between the parts of the counter.
    auto *focusBest = new QAction(tr("Best Available"), this);
    focusBest->setShortcut(QKeySequence(tr("Ctrl+B")));
    focusBest->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusBest, &QAction::triggered, m_bestAvailable, &BestAvailableBar::focusQuantity);
    auto *focusMap = new QAction(tr("Seat Map"), this);
    focusMap->setShortcut(QKeySequence(tr("Ctrl+M")));
    focusMap->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusMap, &QAction::triggered, this, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    auto *focusCart = new QAction(tr("Cart"), this);
    focusCart->setShortcut(QKeySequence(tr("Ctrl+L")));
    focusCart->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusCart, &QAction::triggered, this,
            [this] { m_cartPanel->view()->setFocus(Qt::ShortcutFocusReason); });
    addActions({focusBest, focusMap, focusCart});
    m_view->setToolTip(QString());
    m_view->setWhatsThis(
        tr("Click a seat to hold it, click it again to release it. Drag around free seats to "
           "hold them together. Arrows move between seats, Space holds. Ctrl+B: best "
           "available, Ctrl+L: cart, Ctrl+Return: sell."));

    connect(m_checkout, &CounterCheckout::sold, this, &SellingWorkspace::onSold);
    connect(m_checkout, &CounterCheckout::exchanged, this, &SellingWorkspace::onExchanged);
    connect(m_checkout, &CounterCheckout::failed, this,
            [this](const QString &message) { finishSale(false, message); });
    connect(m_connection, &ServerConnection::snapshotReceived, this, &SellingWorkspace::onSnapshot);
    connect(m_connection, &ServerConnection::deltaReceived, this, &SellingWorkspace::onDelta);
    connect(m_connection, &ServerConnection::stateChanged, this, &SellingWorkspace::updateHeader);
    connect(m_connection, &ServerConnection::sessionChanged, this, &SellingWorkspace::updateSelling);
    updateHeader();
    updateSelling();
}

SellingWorkspace::~SellingWorkspace()
{
    // The model is our first child, so it would go before the widgets that draw it: the
    // map and its legend go first.
    delete m_splitter;
}

bool SellingWorkspace::isLoaded() const
{
    return m_seatMap->hasLayout() && m_seatMap->hasStates();
}

bool SellingWorkspace::canSell() const
{
    return m_connection->session().hasRole(Roles::Clerk);
}

void SellingWorkspace::openEvent(qint64 eventId)
{
    if (m_eventId != 0)
        leave();
    m_eventId = eventId;
    const quint64 generation = ++m_generation;
    m_seatMap->setLayout({});
    m_notice->hide();
    m_title->setText(tr("Loading…"));
    m_subtitle->clear();
    updateHeader();
    QCborMap fields;
    fields.insert(Key::Event, eventId);
    m_connection->request(MessageType::GetLayout, fields, [this, generation, eventId](const Frame &reply) {
        if (generation == m_generation)
            onLayout(reply, eventId);
    });
}

void SellingWorkspace::onLayout(const Frame &reply, qint64 eventId)
{
    if (reply.isError()) {
        showNotice(tr("Could not load the seat map: %1").arg(ErrorText::describe(reply.errorCode())), true);
        m_title->setText(tr("Seat map unavailable"));
        emit eventLoaded(eventId, false);
        return;
    }
    QString error;
    std::optional<Shared::EventLayout> layout = Shared::decodeLayout(reply.result(), &error);
    if (!layout || layout->eventId != eventId) {
        qCWarning(lcSelling) << "bad layout from the server:" << error;
        showNotice(tr("The server sent a seat map this client cannot read."), true);
        emit eventLoaded(eventId, false);
        return;
    }
    m_seatMap->setLayout(std::move(*layout));
    updateHeader();
    if (canSell())
        m_bestAvailable->focusQuantity(); // the counter's first key: a quantity, or Return
    else
        m_view->setFocus(Qt::OtherFocusReason);
    QCborMap fields;
    fields.insert(Key::Event, eventId);
    const quint64 generation = m_generation;
    m_connection->request(MessageType::Subscribe, fields, [this, generation, eventId](const Frame &r) {
        if (generation != m_generation || !r.isError())
            return;
        showNotice(tr("Could not watch the seat map: %1").arg(ErrorText::describe(r.errorCode())), true);
        emit eventLoaded(eventId, false);
    });
}

void SellingWorkspace::onSnapshot(qint64 eventId, int seatCount, const QByteArray &states)
{
    if (eventId != m_eventId || seatCount != m_seatMap->seatCount())
        return;
    const bool first = !m_seatMap->hasStates();
    m_seatMap->setStates(states);
    // After a drop: a seat of the cart that is no longer held was lost while we were away.
    QList<qint64> lost;
    for (const CartModel::Hold &h : m_cart->holds()) {
        if (h.busy)
            continue;
        for (const int seat : h.seats) {
            if (m_seatMap->state(seat) != Shared::SeatState::Held) {
                lost.append(h.id);
                break;
            }
        }
    }
    for (const qint64 id : lost)
        dropHold(id);
    updateHeader();
    if (first)
        emit eventLoaded(eventId, true);
}

void SellingWorkspace::onDelta(qint64 eventId, const QList<Shared::SeatChange> &changes)
{
    if (eventId != m_eventId || !m_seatMap->hasStates())
        return;
    m_seatMap->applyChanges(changes);
    QList<qint64> lost;
    for (const Shared::SeatChange &c : changes) {
        if (c.state == Shared::SeatState::Held || m_seatMap->mark(c.seat) != SeatMapModel::Mark::Mine)
            continue;
        const CartModel::Hold *hold = m_cart->holdOf(c.seat);
        if (hold && !hold->busy && !lost.contains(hold->id))
            lost.append(hold->id);
    }
    for (const qint64 id : lost)
        dropHold(id);
}

void SellingWorkspace::dropHold(qint64 holdId)
{
    const auto &holds = m_cart->holds();
    const auto it =
        std::find_if(holds.begin(), holds.end(), [holdId](const auto &h) { return h.id == holdId; });
    if (it == holds.end())
        return;
    const QList<int> seats = it->seats;
    m_seatMap->setMark(seats, SeatMapModel::Mark::None);
    m_cart->removeHold(holdId);
    showNotice(tr("No longer held for you, removed from the cart: %1").arg(seatList(seats)), true);
}

void SellingWorkspace::onSeatClicked(int seat)
{
    if (!canSell() || seat < 0 || seat >= m_seatMap->seatCount())
        return;
    switch (m_seatMap->mark(seat)) {
    case SeatMapModel::Mark::Mine:
        releaseSeat(seat);
        return;
    case SeatMapModel::Mark::Pending:
        return; // the server is deciding
    case SeatMapModel::Mark::None:
        break;
    }
    if (m_seatMap->display(seat) != SeatMapModel::Display::Available) {
        showNotice(tr("%1 is not available (%2).")
                       .arg(m_seatMap->seatName(seat), SeatMapModel::displayName(m_seatMap->display(seat))),
                   false);
        return;
    }
    holdSeats({seat});
}

void SellingWorkspace::holdSeats(const QList<int> &requested)
{
    QList<int> seats;
    for (const int s : requested) {
        if (s >= 0 && s < m_seatMap->seatCount() && m_seatMap->mark(s) == SeatMapModel::Mark::None &&
            m_seatMap->display(s) == SeatMapModel::Display::Available)
            seats.append(s);
    }
    if (seats.isEmpty())
        return;
    const int limit = m_seatMap->layout().maxSeatsPerOrder;
    if (limit > 0 && seats.size() > limit) {
        showNotice(tr("At most %n seat(s) can be held at once for this event.", nullptr, limit), true);
        return;
    }
    m_seatMap->setMark(seats, SeatMapModel::Mark::Pending);
    QCborArray array;
    for (const int s : seats)
        array.append(s);
    QCborMap fields;
    fields.insert(Key::Event, m_eventId);
    fields.insert(Key::Seats, array);
    const quint64 generation = m_generation;
    m_connection->request(MessageType::Hold, fields, [this, generation, seats](const Frame &reply) {
        if (generation == m_generation)
            onHoldReply(reply, seats);
    });
}

void SellingWorkspace::onHoldReply(const Frame &reply, const QList<int> &pending)
{
    if (reply.isError()) {
        m_seatMap->setMark(pending, SeatMapModel::Mark::None);
        if (reply.errorCode() == ErrorCode::SeatUnavailable) {
            QList<int> taken;
            for (const int s : pending) {
                if (m_seatMap->state(s) != Shared::SeatState::Available)
                    taken.append(s);
            }
            showNotice(taken.isEmpty() ? tr("Those seats were just taken by someone else.")
                                       : tr("Taken by someone else just now: %1").arg(seatList(taken)),
                       true);
        } else {
            showNotice(tr("Could not hold the seats: %1").arg(ErrorText::describe(reply.errorCode())), true);
        }
        emit holdFinished(false);
        return;
    }
    const QCborMap result = reply.result();
    noteServerClock(result);
    CartModel::Hold hold;
    hold.id = result.value(Key::Hold).toInteger();
    hold.seats = seatsOf(result);
    hold.expires = localTime(result.value(Key::Expires));
    hold.maxExpires = localTime(result.value(Key::MaxExpires));
    m_seatMap->setMark(pending, SeatMapModel::Mark::None);
    m_seatMap->setMark(hold.seats, SeatMapModel::Mark::Mine);
    m_cart->addHold(hold);
    emit holdFinished(true);
}

void SellingWorkspace::releaseSeat(int seat)
{
    const CartModel::Hold *found = m_cart->holdOf(seat);
    if (!found || found->busy)
        return;
    const CartModel::Hold hold = *found;
    releaseHold(hold, [this, hold, seat] {
        // A hold is released whole: hold the seats the clerk keeps again at once.
        QList<int> keep = hold.seats;
        keep.removeAll(seat);
        if (!keep.isEmpty())
            holdSeats(keep);
    });
}

void SellingWorkspace::releaseAll()
{
    m_checkout->cancelPendingOrder();
    const QList<CartModel::Hold> holds = m_cart->holds();
    for (const CartModel::Hold &hold : holds) {
        if (!hold.busy)
            releaseHold(hold, {});
    }
}

void SellingWorkspace::releaseHold(const CartModel::Hold &hold, std::function<void()> released)
{
    m_cart->setBusy(hold.id, true);
    QCborMap fields;
    fields.insert(Key::Event, m_eventId);
    fields.insert(Key::Hold, hold.id);
    const quint64 generation = m_generation;
    m_connection->request(
        MessageType::Release, fields,
        [this, generation, hold, released = std::move(released)](const Frame &reply) {
            if (generation != m_generation)
                return;
            // A hold the server no longer has is as good as released.
            if (reply.isError() && reply.errorCode() != ErrorCode::UnknownHold &&
                reply.errorCode() != ErrorCode::HoldExpired) {
                m_cart->setBusy(hold.id, false);
                showNotice(tr("Could not release: %1").arg(ErrorText::describe(reply.errorCode())), true);
                return;
            }
            m_seatMap->setMark(hold.seats, SeatMapModel::Mark::None);
            m_cart->removeHold(hold.id);
            if (released)
                released();
        });
}

void SellingWorkspace::requestBestAvailable(int quantity, int categoryId, int sectionId)
{
    if (!canSell() || !m_seatMap->hasLayout())
        return;
    QCborMap fields;
    fields.insert(Key::Event, m_eventId);
    fields.insert(Key::Count, quantity);
    fields.insert(Key::Category, categoryId);
    if (sectionId >= 0)
        fields.insert(Key::Section, sectionId);
    m_bestAvailable->setBusy(true);
    const quint64 generation = m_generation;
    m_connection->request(MessageType::BestAvailable, fields, [this, generation](const Frame &reply) {
        if (generation != m_generation)
            return;
        m_bestAvailable->setBusy(false);
        if (reply.isError()) {
            const QString reason = reply.errorCode() == ErrorCode::SeatUnavailable
                                       ? tr("no seats together left that fit")
                                       : ErrorText::describe(reply.errorCode());
            showNotice(tr("Best available: %1").arg(reason), true);
            m_bestAvailable->focusQuantity();
            emit holdFinished(false);
            return;
        }
        const QList<int> seats = seatsOf(reply.result());
        onHoldReply(reply, seats);
        if (!seats.isEmpty()) {
            m_view->setCurrentSeat(seats.first());
            showNotice(tr("Held: %1").arg(seatList(seats)), false);
        }
        m_cartPanel->sellButton()->setFocus(Qt::OtherFocusReason);
    });
}

void SellingWorkspace::extendAll()
{
    for (const CartModel::Hold &hold : m_cart->holds()) {
        if (hold.busy || hold.expires.msecsTo(hold.maxExpires) <= 1000)
            continue;
        QCborMap fields;
        fields.insert(Key::Event, m_eventId);
        fields.insert(Key::Hold, hold.id);
        const quint64 generation = m_generation;
        const qint64 id = hold.id;
        m_connection->request(MessageType::Extend, fields, [this, generation, id](const Frame &reply) {
            if (generation != m_generation)
                return;
            if (reply.isError()) {
                if (reply.errorCode() == ErrorCode::UnknownHold ||
                    reply.errorCode() == ErrorCode::HoldExpired)
                    dropHold(id);
                else
                    showNotice(tr("Could not extend: %1").arg(ErrorText::describe(reply.errorCode())), true);
                return;
            }
            const QCborMap result = reply.result();
            m_cart->updateExpiry(id, localTime(result.value(Key::Expires)),
                                 localTime(result.value(Key::MaxExpires)));
        });
    }
}

void SellingWorkspace::startExchange(qint64 ticketSerial)
{
    m_exchangeTicket = ticketSerial;
    m_checkout->forgetExchange();
    m_cartPanel->sellButton()->setText(tr("E&xchange"));
    showNotice(tr("Exchanging ticket %1: hold the new seat on the map, then press Exchange. Esc leaves.")
                   .arg(ticketSerial),
               false);
    m_notice->keep(); // stays up while exchanging
}

void SellingWorkspace::cancelExchange()
{
    m_exchangeTicket = 0;
    m_checkout->forgetExchange();
    m_cartPanel->sellButton()->setText(tr("&Sell"));
    m_notice->hide();
}

void SellingWorkspace::exchangeTicket()
{
    const QList<CartModel::Hold> &holds = m_cart->holds();
    if (holds.size() != 1 || holds.first().seats.size() != 1) {
        const QString message = tr("Hold exactly one seat for the exchange.");
        showNotice(message, true);
        emit saleFinished(false, message);
        return;
    }
    PaymentPanel *payment = m_cartPanel->paymentPanel();
    if (payment->method() != PaymentPanel::Method::Cash) {
        const QString message = tr("A price difference of an exchange is paid in cash here.");
        showNotice(message, true);
        emit saleFinished(false, message);
        return;
    }
    const CartModel::Hold &hold = holds.first();
    m_selling = 1;
    m_cartPanel->setBusy(true);
    m_cart->setBusy(hold.id, true);
    m_checkout->exchange(m_exchangeTicket, hold.id, payment->tendered().value_or(0));
}

void SellingWorkspace::onExchanged(const QCborMap &result)
{
    const QCborMap newTicket = result.value(Key::NewTicket).toMap();
    const qint64 difference = Shared::cborInteger(result.value(Key::Difference));
    for (const CartModel::Hold &h : m_cart->holds())
        m_seatMap->setMark(h.seats, SeatMapModel::Mark::None);
    m_cart->clear();
    m_cartPanel->paymentPanel()->clearInput();
    const QCborMap order{{Key::OrderNumber, result.value(Key::OrderNumber)},
                         {Key::Order, result.value(Key::Order)},
                         {Key::Currency, result.value(Key::Currency)},
                         {Key::Total, newTicket.value(Key::Price)},
                         {Key::Tickets, QCborArray{newTicket}}};
    setLastSale({order, QStringLiteral("cash"), -1, QDateTime::currentDateTime()});
    const qint64 old = m_exchangeTicket;
    cancelExchange();
    QString message = tr("Ticket %1 exchanged for ticket %2.")
                          .arg(old)
                          .arg(Shared::cborInteger(newTicket.value(Key::Serial)));
    if (difference > 0)
        message += u' ' + tr("Paid: %1.").arg(m_seatMap->formatPrice(difference));
    else if (difference < 0)
        message += u' ' + tr("Given back: %1.").arg(m_seatMap->formatPrice(-difference));
    const qint64 change = Shared::cborInteger(result.value(Key::ChangeDue), 0);
    if (change > 0)
        message += u' ' + tr("Change: %1.").arg(m_seatMap->formatPrice(change));
    finishSale(true, message);
}

void SellingWorkspace::sell()
{
    if (!canSell() || m_cart->isEmpty() || m_selling > 0)
        return;
    if (m_exchangeTicket != 0) {
        exchangeTicket();
        return;
    }
    PaymentPanel *payment = m_cartPanel->paymentPanel();
    const QString invalid = payment->validationError();
    if (!invalid.isEmpty()) {
        showNotice(invalid, true);
        emit saleFinished(false, invalid);
        return;
    }
    QList<qint64> holds;
    for (const CartModel::Hold &h : m_cart->holds())
        holds.append(h.id);
    m_selling = 1;
    m_cartPanel->setBusy(true);
    for (const qint64 id : std::as_const(holds))
        m_cart->setBusy(id, true); // a sale in flight: deltas of these seats are ours
    m_checkout->sell(m_eventId, holds, payment);
}

void SellingWorkspace::onSold(const QCborMap &result, const QString &method, qint64 tenderedMinor)
{
    setLastSale({result, method, tenderedMinor, QDateTime::currentDateTime()});
    const QString number = result.value(Key::OrderNumber).toString();
    const qint64 total = Shared::cborInteger(result.value(Key::Total));
    const int seats = int(result.value(Key::Tickets).toArray().size());
    for (const CartModel::Hold &h : m_cart->holds())
        m_seatMap->setMark(h.seats, SeatMapModel::Mark::None);
    m_cart->clear();
    m_cartPanel->paymentPanel()->clearInput();
    QString message =
        tr("Order %1: %n seat(s) sold for %2.", nullptr, seats).arg(number, m_seatMap->formatPrice(total));
    const qint64 change = Shared::cborInteger(result.value(Key::ChangeDue), 0);
    if (change > 0)
        message += u' ' + tr("Change: %1.").arg(m_seatMap->formatPrice(change));
    finishSale(true, message);
    m_bestAvailable->focusQuantity(); // the next customer
}

void SellingWorkspace::setLastSale(const LastSale &sale)
{
    m_lastSale = sale;
    m_printAction->setEnabled(true);
    m_pdfAction->setEnabled(true);
    m_receiptAction->setEnabled(true);
}

QList<TicketData> SellingWorkspace::lastOrderTickets() const
{
    return m_lastSale.tickets(m_seatMap->layout(), m_eventStarts);
}

ReceiptData SellingWorkspace::lastReceipt() const
{
    return m_lastSale.receipt(m_seatMap->layout(), m_eventStarts, m_connection->session().user);
}

void SellingWorkspace::printLastReceipt()
{
    if (m_lastSale.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Receipt %1").arg(m_lastSale.orderNumber()));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReceiptDocument(lastReceipt()).print(&printer);
}

bool SellingWorkspace::saveLastReceiptPdf(const QString &fileName)
{
    if (m_lastSale.isEmpty())
        return false;
    QString file = fileName;
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(this, tr("Save Receipt as PDF"),
                                            tr("receipt-%1.pdf").arg(m_lastSale.orderNumber()),
                                            tr("PDF documents (*.pdf)"));
        if (file.isEmpty())
            return false;
    }
    QString error;
    if (!ReceiptDocument(lastReceipt()).writePdf(file, &error)) {
        showNotice(tr("Could not save the receipt: %1").arg(error), true);
        return false;
    }
    return true;
}

void SellingWorkspace::printLastOrder()
{
    TicketOutput::print(this, lastOrderTickets());
}

bool SellingWorkspace::saveLastOrderPdf(const QString &fileName)
{
    QString error;
    const QString file = TicketOutput::savePdf(this, lastOrderTickets(), fileName, &error);
    if (file.isEmpty()) {
        if (!error.isEmpty())
            showNotice(tr("Could not save the tickets: %1").arg(error), true);
        return false;
    }
    showNotice(tr("Tickets saved to %1.").arg(QDir::toNativeSeparators(file)), false);
    return true;
}

void SellingWorkspace::finishSale(bool ok, const QString &message)
{
    m_selling = 0;
    for (const CartModel::Hold &h : m_cart->holds())
        m_cart->setBusy(h.id, false);
    m_cartPanel->setBusy(false);
    showNotice(message, !ok);
    emit saleFinished(ok, message);
}

void SellingWorkspace::onCartExpired()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> expired;
    for (const CartModel::Hold &h : m_cart->holds()) {
        if (!h.busy && h.expires <= now)
            expired.append(h.id);
    }
    for (const qint64 id : expired)
        dropHold(id);
    if (!expired.isEmpty())
        showNotice(tr("The hold expired and the seats were released."), true);
}

bool SellingWorkspace::confirmLeave()
{
    if (m_cart->isEmpty())
        return true;
    const auto answer =
        QMessageBox::question(this, tr("Release the held seats?"),
                              tr("%n seat(s) are held for this customer. Release them and leave the event?",
                                 nullptr, m_cart->seatCount()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    releaseAll();
    return true;
}

void SellingWorkspace::leave()
{
    if (m_eventId == 0)
        return;
    if (m_connection->state() == ServerConnection::State::Connected) {
        QCborMap fields;
        fields.insert(Key::Event, m_eventId);
        m_connection->request(MessageType::Unsubscribe, fields, {});
    }
    ++m_generation;
    m_eventId = 0;
    m_checkout->reset();
    cancelExchange();
    m_cart->clear();
    m_seatMap->setLayout({});
    m_selling = 0;
    m_cartPanel->setBusy(false);
    m_bestAvailable->setBusy(false);
}

void SellingWorkspace::showNotice(const QString &text, bool warning)
{
    m_noticeText = text;
    m_notice->showNotice(text, warning ? NoticeBar::Kind::Error : NoticeBar::Kind::Info, NoticeMs);
    emit noticeShown(text);
}

void SellingWorkspace::updateHeader()
{
    const Shared::EventLayout &layout = m_seatMap->layout();
    if (m_seatMap->hasLayout()) {
        m_title->setText(layout.eventName);
        m_subtitle->setText(tr("%1 · %n seat(s)", nullptr, layout.seatCount()).arg(layout.venueName));
    }
    const bool connected = m_connection->state() == ServerConnection::State::Connected;
    if (!connected)
        m_status->setText(tr("<b style='color:#c62828'>● Reconnecting…</b> the map may be out of date"));
    else if (m_seatMap->hasStates())
        m_status->setText(tr("<span style='color:#2e7d32'>●</span> Live"));
    else
        m_status->setText(tr("Loading seats…"));
}

void SellingWorkspace::updateSelling()
{
    const bool sell = canSell();
    const auto &session = m_connection->session();
    m_cartPanel->paymentPanel()->setCompAllowed(session.hasRole(Roles::Admin) ||
                                                session.hasRole(Roles::Organizer));
    m_bestAvailable->parentWidget()->setVisible(sell);
    m_cartPanel->setVisible(sell);
}

QDateTime SellingWorkspace::localTime(const QCborValue &serverMs) const
{
    return QDateTime::fromMSecsSinceEpoch(Shared::cborInteger(serverMs) - m_clockOffsetMs, Qt::UTC);
}

void SellingWorkspace::noteServerClock(const QCborMap &holdResult)
{
    // A new hold expires exactly one TTL after the database's now(): that gives its clock.
    const qint64 expires = Shared::cborInteger(holdResult.value(Key::Expires));
    const int ttl = m_seatMap->layout().holdTtlS;
    if (expires > 0 && ttl > 0)
        m_clockOffsetMs = expires - qint64(ttl) * 1000 - QDateTime::currentMSecsSinceEpoch();
}

QString SellingWorkspace::seatList(const QList<int> &seats) const
{
    QStringList names;
    for (const int s : seats.mid(0, 4))
        names.append(m_seatMap->seatName(s));
    if (seats.size() > 4)
        names.append(tr("and %n more", nullptr, int(seats.size()) - 4));
    return names.join(QStringLiteral("; "));
}

} // namespace BoxOffice::Ui
