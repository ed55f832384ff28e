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
#include "selling/cartholds.h"
#include "selling/cartmodel.h"
#include "selling/countercheckout.h"
#include "selling/sellingheader.h"
#include "selling/cartpanel.h"
#include "selling/paymentpanel.h"
#include "style/noticebar.h"
#include "tickets/ticketoutput.h"

#include <QAction>
#include <QDir>
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

} // namespace

SellingWorkspace::SellingWorkspace(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_seatMap(new SeatMapModel(this))
    , m_cart(new CartModel(this))
    , m_holds(new CartHolds(connection, m_seatMap, m_cart, this))
    , m_checkout(new CounterCheckout(connection, this))
{
    setObjectName(QStringLiteral("sellingWorkspace"));
    m_cart->setSeatMap(m_seatMap);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_header = new SellingHeader(this);
    connect(m_header, &SellingHeader::backClicked, this, [this] {
        if (confirmLeave())
            emit backRequested();
    });
    const auto makeAction = [this](const QString &text, const QKeySequence &shortcut, const QString &tip,
                                   const QString &iconText) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tip.arg(shortcut.toString(QKeySequence::NativeText)));
        action->setIconText(iconText);
        action->setEnabled(false); // until the first sale
        addAction(action);
        return action;
    };
    m_printAction = makeAction(tr("&Print Tickets…"), QKeySequence::Print,
                               tr("Print the last order's tickets (%1)"), tr("Print"));
    connect(m_printAction, &QAction::triggered, this, &SellingWorkspace::printLastOrder);
    m_pdfAction = makeAction(tr("Save Tickets as &PDF…"), QKeySequence(tr("Ctrl+Shift+S")),
                             tr("Save the last order's tickets as a PDF (%1)"), tr("PDF"));
    connect(m_pdfAction, &QAction::triggered, this, [this] { saveLastOrderPdf(); });
    m_receiptAction = makeAction(tr("Print &Receipt…"), QKeySequence(tr("Ctrl+Shift+P")),
                                 tr("Print the last order's receipt (%1)"), tr("Receipt"));
    connect(m_receiptAction, &QAction::triggered, this, &SellingWorkspace::printLastReceipt);
    m_header->addActionButtons({m_printAction, m_pdfAction, m_receiptAction});
    layout->addWidget(m_header);

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

    connect(m_header, &SellingHeader::fitClicked, m_view, &SeatMapView::fitToWindow);
    connect(m_header, &SellingHeader::zoomInClicked, m_view, &SeatMapView::zoomIn);
    connect(m_header, &SellingHeader::zoomOutClicked, m_view, &SeatMapView::zoomOut);
    connect(m_view, &SeatMapView::seatClicked, this, &SellingWorkspace::onSeatClicked);
    connect(m_view, &SeatMapView::standingAreaClicked, m_bestAvailable,
            &BestAvailableBar::chooseStandingArea);
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

    connect(m_holds, &CartHolds::notice, this, &SellingWorkspace::showNotice);
    connect(m_holds, &CartHolds::holdFinished, this, &SellingWorkspace::holdFinished);
    connect(m_holds, &CartHolds::bestAvailableFinished, this, &SellingWorkspace::onBestAvailable);
    connect(m_checkout, &CounterCheckout::sold, this, &SellingWorkspace::onSold);
    connect(m_checkout, &CounterCheckout::exchanged, this, &SellingWorkspace::onExchanged);
    connect(m_checkout, &CounterCheckout::failed, this,
            [this](const QString &message) { finishSale(false, message); });
    connect(m_connection, &ServerConnection::snapshotReceived, this, &SellingWorkspace::onSnapshot);
    // The event moved to another layout version (nothing of it was held or sold): the new
    // map now, its seat states with the snapshot that follows.
    connect(m_connection, &ServerConnection::layoutChanged, this,
            [this](qint64 eventId, const QCborMap &map) {
                auto layout = eventId == m_eventId ? Shared::decodeLayout(map) : std::nullopt;
                if (layout && layout->eventId == eventId)
                    m_seatMap->setLayout(std::move(*layout));
            });
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
    m_holds->setEvent(eventId);
    m_seatMap->setLayout({});
    m_notice->hide();
    m_header->setTitle(tr("Loading…"));
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
        m_header->setTitle(tr("Seat map unavailable"));
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
        m_holds->drop(id);
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
        m_holds->drop(id);
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

void SellingWorkspace::holdSeats(const QList<int> &seats)
{
    m_holds->hold(seats);
}

void SellingWorkspace::releaseSeat(int seat)
{
    m_holds->releaseSeat(seat);
}

void SellingWorkspace::releaseAll()
{
    m_checkout->cancelPendingOrder();
    m_holds->releaseAll();
}

void SellingWorkspace::requestBestAvailable(int quantity, int categoryId, int sectionId, int standingArea)
{
    if (!canSell() || !m_seatMap->hasLayout())
        return;
    m_bestAvailable->setBusy(true);
    m_holds->bestAvailable(quantity, categoryId, sectionId, standingArea);
}

void SellingWorkspace::onBestAvailable(bool ok, const QList<int> &seats)
{
    m_bestAvailable->setBusy(false);
    if (!ok) {
        m_bestAvailable->focusQuantity();
        return;
    }
    if (!seats.isEmpty()) {
        m_view->setCurrentSeat(seats.first());
        showNotice(tr("Held: %1").arg(m_holds->seatList(seats)), false);
    }
    m_cartPanel->sellButton()->setFocus(Qt::OtherFocusReason);
}

void SellingWorkspace::extendAll()
{
    m_holds->extendAll();
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
    if (!m_lastSale.isEmpty())
        TicketOutput::printReceipt(this, lastReceipt());
}

bool SellingWorkspace::saveLastReceiptPdf(const QString &fileName)
{
    if (m_lastSale.isEmpty())
        return false;
    QString error;
    if (TicketOutput::saveReceiptPdf(this, lastReceipt(), fileName, &error).isEmpty()) {
        if (!error.isEmpty())
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
        m_holds->drop(id);
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
    m_holds->setEvent(0);
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
    if (m_seatMap->hasLayout())
        m_header->setEvent(m_seatMap->layout());
    if (m_connection->state() != ServerConnection::State::Connected)
        m_header->setLive(SellingHeader::Live::Reconnecting);
    else
        m_header->setLive(m_seatMap->hasStates() ? SellingHeader::Live::Live : SellingHeader::Live::Loading);
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

} // namespace BoxOffice::Ui
