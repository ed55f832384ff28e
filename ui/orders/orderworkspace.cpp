#include "orders/orderworkspace.h"

#include "tickets/ticketoutput.h"

#include "app/money.h"
#include "net/errortext.h"
#include "net/serverconnection.h"
#include "orders/ordersearchmodel.h"
#include "orders/orderticketmodel.h"
#include "orders/shiftreport.h"
#include "protocol/frame.h"

#include <QAction>
#include <QCborArray>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

Q_LOGGING_CATEGORY(lcOrders, "boxoffice.ui.orders")

using Shared::Frame;
using Shared::MessageType;
namespace Key = Shared::Key;

namespace {

constexpr int SearchLimit = 100;

QAction *workspaceAction(QWidget *owner, const QString &text, const QKeySequence &shortcut,
                         const QString &tip)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(shortcut);
    // Only while the focus is in the workspace: the other tabs have their own Ctrl+P etc.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    owner->addAction(action);
    return action;
}

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

QTableWidget *readOnlyTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        table->setItem(row, c, item);
    }
}

} // namespace

OrderWorkspace::OrderWorkspace(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
{
    m_results = new OrderSearchModel(this);
    m_tickets = new OrderTicketModel(this);
    createActions();
    buildUi();

    connect(m_connection, &ServerConnection::sessionChanged, this, [this] {
        m_shiftKnown = false;
        if (m_connection->isSignedIn())
            refreshShift();
        else
            showShift({});
        updateActions();
    });
    connect(m_tickets, &OrderTicketModel::checkedChanged, this, &OrderWorkspace::updateActions);
    if (m_connection->isSignedIn())
        refreshShift();
    else
        showShift({});
    updateActions();
}

OrderWorkspace::~OrderWorkspace() = default;

void OrderWorkspace::createActions()
{
    // Ctrl+F and Ctrl+R are taken window-wide by MainWindow (Find Event; Refresh on GNOME and
    // macOS): a second, narrower shortcut on the same keys would make both ambiguous.
    m_searchAction =
        workspaceAction(this, tr("&Find Order"), QKeySequence(tr("Ctrl+Shift+F")),
                        tr("Find orders by number, name, e-mail, phone or a scanned ticket code"));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_refundSelectedAction =
        workspaceAction(this, tr("Refund &Selected Tickets…"), QKeySequence(tr("Ctrl+Shift+T")),
                        tr("Give back the money of the checked tickets"));
    connect(m_refundSelectedAction, &QAction::triggered, this, &OrderWorkspace::refundSelectedTickets);
    m_refundOrderAction = workspaceAction(this, tr("Refund &Whole Order…"), QKeySequence(tr("Ctrl+Shift+R")),
                                          tr("Give back the money of every valid ticket of the order"));
    connect(m_refundOrderAction, &QAction::triggered, this, &OrderWorkspace::refundWholeOrder);
    m_printAction = workspaceAction(this, tr("&Print Tickets…"), QKeySequence::Print,
                                    tr("Print the order's valid tickets again"));
    connect(m_printAction, &QAction::triggered, this, &OrderWorkspace::printTickets);
    m_pdfAction = workspaceAction(this, tr("Save P&DF…"), QKeySequence(tr("Ctrl+Shift+S")),
                                  tr("Save the order's valid tickets as a PDF"));
    connect(m_pdfAction, &QAction::triggered, this, [this] { saveTicketsPdf(); });
    m_exchangeAction =
        workspaceAction(this, tr("E&xchange…"), QKeySequence(tr("Ctrl+Shift+X")),
                        tr("Exchange the selected ticket: opens the seat map to pick the new seat"));
    connect(m_exchangeAction, &QAction::triggered, this, &OrderWorkspace::requestExchange);
    m_openShiftAction = workspaceAction(this, tr("&Open Shift…"), QKeySequence(tr("Ctrl+Shift+O")),
                                        tr("Start a cash shift with the float in the drawer"));
    connect(m_openShiftAction, &QAction::triggered, this, &OrderWorkspace::openShift);
    m_closeShiftAction = workspaceAction(this, tr("&Close Shift…"), QKeySequence(tr("Ctrl+Shift+C")),
                                         tr("Count the drawer and close the cash shift"));
    connect(m_closeShiftAction, &QAction::triggered, this, &OrderWorkspace::closeShift);
}

void OrderWorkspace::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_notice = new NoticeBar(this);
    m_notice->setObjectName(QStringLiteral("orderNotice"));
    layout->addWidget(m_notice);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    // Left: the search and what it found.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Order number, name, e-mail, phone or ticket code"));
    m_search->setToolTip(m_searchAction->toolTip() + u'\n' + tr("Return searches."));
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    leftLayout->addWidget(m_search);

    m_resultsView = new QTableView(left);
    m_resultsView->setObjectName(QStringLiteral("orderResults"));
    m_resultsView->setModel(m_results);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_resultsView->horizontalHeader()->setSectionResizeMode(OrderSearchModel::Event, QHeaderView::Stretch);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderWorkspace::onResultSelected);
    leftLayout->addWidget(m_resultsView, 1);

    // The cash shift, under the search: it concerns the clerk, not the order.
    m_shiftBox = new QGroupBox(tr("Cash Shift"), left);
    auto *shiftLayout = new QVBoxLayout(m_shiftBox);
    m_shiftLabel = new QLabel(m_shiftBox);
    m_shiftLabel->setObjectName(QStringLiteral("shiftStatus"));
    m_shiftLabel->setWordWrap(true);
    m_shiftLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    shiftLayout->addWidget(m_shiftLabel);
    auto *shiftButtons = new QHBoxLayout;
    m_openShiftButton = new QPushButton(m_openShiftAction->text(), m_shiftBox);
    m_openShiftButton->setToolTip(m_openShiftAction->toolTip());
    connect(m_openShiftButton, &QPushButton::clicked, m_openShiftAction, &QAction::trigger);
    m_closeShiftButton = new QPushButton(m_closeShiftAction->text(), m_shiftBox);
    m_closeShiftButton->setToolTip(m_closeShiftAction->toolTip());
    connect(m_closeShiftButton, &QPushButton::clicked, m_closeShiftAction, &QAction::trigger);
    shiftButtons->addWidget(m_openShiftButton);
    shiftButtons->addWidget(m_closeShiftButton);
    shiftButtons->addStretch(1);
    shiftLayout->addLayout(shiftButtons);
    leftLayout->addWidget(m_shiftBox);

    // Right: the order.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_orderLabel = new QLabel(right);
    m_orderLabel->setObjectName(QStringLiteral("orderTitle"));
    m_orderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_orderLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_orderLabel->setFont(titleFont);
    rightLayout->addWidget(m_orderLabel);
    m_customerLabel = new QLabel(right);
    m_customerLabel->setObjectName(QStringLiteral("orderCustomer"));
    m_customerLabel->setWordWrap(true);
    m_customerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_customerLabel);

    auto *actions = new QHBoxLayout;
    for (QAction *a :
         {m_refundSelectedAction, m_refundOrderAction, m_printAction, m_pdfAction, m_exchangeAction})
        actions->addWidget(buttonFor(a, right));
    actions->addStretch(1);
    rightLayout->addLayout(actions);

    auto *tabs = new QTabWidget(right);
    m_ticketsView = new QTableView(tabs);
    m_ticketsView->setObjectName(QStringLiteral("orderTickets"));
    m_ticketsView->setModel(m_tickets);
    m_ticketsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ticketsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ticketsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ticketsView->verticalHeader()->hide();
    m_ticketsView->horizontalHeader()->setStretchLastSection(true);
    m_ticketsView->setToolTip(tr("Check the tickets to refund; select one to exchange it."));
    connect(m_ticketsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderWorkspace::updateActions);
    tabs->addTab(m_ticketsView, tr("&Tickets"));
    m_payments = readOnlyTable(
        {tr("When"), tr("Kind"), tr("Method"), tr("Amount"), tr("State"), tr("By"), tr("Details")}, tabs);
    m_payments->setObjectName(QStringLiteral("orderPayments"));
    tabs->addTab(m_payments, tr("P&ayments"));
    m_history = readOnlyTable({tr("When"), tr("Who"), tr("What"), tr("Details")}, tabs);
    m_history->setObjectName(QStringLiteral("orderHistory"));
    tabs->addTab(m_history, tr("&History"));
    rightLayout->addWidget(tabs, 1);

    auto *exchangeHelp = new QLabel(
        tr("To exchange a ticket, select it and choose Exchange… (%1): the seat map opens, hold the new "
           "seat there and confirm. A dearer seat is paid there, a cheaper one refunded.")
            .arg(m_exchangeAction->shortcut().toString(QKeySequence::NativeText)),
        right);
    exchangeHelp->setWordWrap(true);
    exchangeHelp->setEnabled(false); // greyed: a hint, not content
    rightLayout->addWidget(exchangeHelp);

    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    clearOrder();
}

qint64 OrderWorkspace::orderId() const
{
    return Shared::cborInteger(m_order.value(Key::Order));
}

QString OrderWorkspace::money(qint64 minor) const
{
    return formatMoney(minor, m_order.value(Key::Currency).toString());
}

void OrderWorkspace::showNotice(const QString &text, bool error)
{
    m_notice->showNotice(text, error ? NoticeBar::Kind::Error : NoticeBar::Kind::Info);
}

bool OrderWorkspace::confirm(const QString &title, const QString &text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

std::optional<qint64> OrderWorkspace::askAmount(const QString &title, const QString &label)
{
    QString prompt = label;
    for (;;) {
        std::optional<QString> text;
        if (m_amountPrompt) {
            text = m_amountPrompt(title, prompt);
        } else {
            bool ok = false;
            const QString typed =
                QInputDialog::getText(this, title, prompt, QLineEdit::Normal, QString(), &ok);
            if (ok)
                text = typed;
        }
        if (!text)
            return std::nullopt;
        if (const auto minor = parseMoney(*text))
            return minor;
        showNotice(tr("\"%1\" is not an amount.").arg(*text), true);
        if (m_amountPrompt)
            return std::nullopt; // a scripted prompt would answer the same again
        prompt = tr("\"%1\" is not an amount, for example %2.\n%3")
                     .arg(*text, QLocale().toString(150.5, 'f', 2), label);
    }
}

void OrderWorkspace::search(const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return;
    QCborMap fields;
    fields.insert(Key::Query, q);
    fields.insert(Key::Limit, SearchLimit);
    showNotice({}, false);
    m_searchRequest = m_connection->request(MessageType::FindOrders, fields, [this](const Frame &reply) {
        if (reply.id != m_searchRequest)
            return; // a newer search was typed meanwhile
        if (reply.isError()) {
            showNotice(tr("Could not search: %1").arg(ErrorText::describe(reply.errorCode())), true);
            emit searchFinished(-1);
            return;
        }
        m_results->setOrders(reply.result().value(Key::Orders).toArray());
        const int count = m_results->rowCount();
        if (count == 0)
            showNotice(tr("No order matches \"%1\".").arg(m_search->text().trimmed()), false);
        else if (count == 1) // the usual case (a number or a scanned ticket): open it at once
            m_resultsView->selectRow(0);
        emit searchFinished(count);
    });
}

void OrderWorkspace::onResultSelected()
{
    const QModelIndex current = m_resultsView->currentIndex();
    if (!current.isValid())
        return;
    const auto &row = m_results->orders().at(current.row());
    m_eventName = row.eventName;
    loadOrder(row.order);
}

void OrderWorkspace::loadOrder(qint64 id)
{
    if (id <= 0)
        return;
    QCborMap fields;
    fields.insert(Key::Order, id);
    m_orderRequest = m_connection->request(MessageType::GetOrder, fields, [this, id](const Frame &reply) {
        if (reply.id != m_orderRequest)
            return;
        if (reply.isError()) {
            showNotice(tr("Could not load the order: %1").arg(ErrorText::describe(reply.errorCode())), true);
            return;
        }
        const QCborMap order = reply.result();
        if (Shared::cborInteger(order.value(Key::Order)) != id) {
            qCWarning(lcOrders) << "GetOrder answered another order than" << id;
            return;
        }
        const int row = m_results->rowOf(id);
        if (row >= 0)
            m_eventName = m_results->orders().at(row).eventName;
        showOrder(order);
        emit orderLoaded(id);
    });
}

void OrderWorkspace::refreshCurrent()
{
    if (orderId() > 0)
        loadOrder(orderId());
    refreshShift();
}

void OrderWorkspace::clearOrder()
{
    m_order = {};
    m_orderLabel->setText(tr("No order selected"));
    m_customerLabel->clear();
    m_tickets->clear();
    m_payments->setRowCount(0);
    m_history->setRowCount(0);
    updateActions();
}

void OrderWorkspace::showOrder(const QCborMap &order)
{
    m_order = order;
    const QString state = OrderSearchModel::stateText(order.value(Key::State).toString());
    const QString number = order.value(Key::OrderNumber).toString();
    m_orderLabel->setText(
        m_eventName.isEmpty()
            ? tr("Order %1 — %2 — %3").arg(number, state, money(Shared::cborInteger(order.value(Key::Total))))
            : tr("Order %1 — %2 — %3 — %4")
                  .arg(number, m_eventName, state, money(Shared::cborInteger(order.value(Key::Total)))));
    const QString customer = OrderSearchModel::customerText(order.value(Key::Customer));
    const QString created = ShiftReport::timeText(order.value(Key::Created));
    const QString actor = order.value(Key::Actor).toString();
    m_customerLabel->setText(tr("Customer: %1\nSold %2 by %3")
                                 .arg(customer.isEmpty() ? tr("none recorded") : customer, created,
                                      actor.isEmpty() ? tr("the web shop") : actor));

    m_tickets->setTickets(order.value(Key::Tickets).toArray(), order.value(Key::Currency).toString());
    m_ticketsView->resizeColumnsToContents();

    const QCborArray payments = order.value(Key::Payments).toArray();
    m_payments->setRowCount(int(payments.size()));
    for (int i = 0; i < payments.size(); ++i) {
        const QCborMap p = payments.at(i).toMap();
        const QString currency = p.value(Key::Currency).toString();
        QStringList details;
        if (p.value(Key::Tendered).isInteger())
            details << tr("tendered %1").arg(formatMoney(p.value(Key::Tendered).toInteger(), currency));
        if (p.value(Key::ChangeDue).isInteger())
            details << tr("change %1").arg(formatMoney(p.value(Key::ChangeDue).toInteger(), currency));
        if (!p.value(Key::Reason).toString().isEmpty())
            details << p.value(Key::Reason).toString();
        const QString kind = p.value(Key::Kind).toString();
        setRow(m_payments, i,
               {ShiftReport::timeText(p.value(Key::Created)),
                kind == QLatin1String("refund") ? tr("Refund")
                : kind == QLatin1String("sale") ? tr("Sale")
                                                : kind,
                ShiftReport::methodText(p.value(Key::Method).toString()),
                formatMoney(Shared::cborInteger(p.value(Key::Amount)), currency),
                p.value(Key::State).toString(), p.value(Key::Actor).toString(),
                details.join(QStringLiteral("; "))});
    }
    m_payments->resizeColumnsToContents();

    const QCborArray history = order.value(Key::History).toArray();
    m_history->setRowCount(int(history.size()));
    for (int i = 0; i < history.size(); ++i) {
        const QCborMap h = history.at(i).toMap();
        QStringList details;
        const QString before = h.value(Key::Before).toString();
        const QString after = h.value(Key::After).toString();
        if (!before.isEmpty())
            details << tr("before: %1").arg(before);
        if (!after.isEmpty())
            details << tr("after: %1").arg(after);
        setRow(m_history, i,
               {ShiftReport::timeText(h.value(Key::Time)), h.value(Key::Actor).toString(),
                h.value(Key::Action).toString(), details.join(QStringLiteral("; "))});
    }
    m_history->resizeColumnsToContents();
    updateActions();
}

void OrderWorkspace::updateActions()
{
    const bool signedIn = m_connection->isSignedIn();
    const bool haveOrder = orderId() > 0;
    const QString state = m_order.value(Key::State).toString();
    const bool refundable =
        state == QLatin1String("completed") || state == QLatin1String("partially_refunded");
    const bool anyValid = !m_tickets->validSerials().isEmpty();
    m_refundSelectedAction->setEnabled(signedIn && haveOrder && refundable && !m_refunding &&
                                       !m_tickets->checkedSerials().isEmpty());
    m_refundOrderAction->setEnabled(signedIn && haveOrder && refundable && !m_refunding && anyValid);
    m_printAction->setEnabled(haveOrder && anyValid);
    m_pdfAction->setEnabled(haveOrder && anyValid);
    const QModelIndex current = m_ticketsView->currentIndex();
    const bool validSelected = current.isValid() && current.row() < m_tickets->tickets().size() &&
                               m_tickets->tickets().at(current.row()).isValid();
    m_exchangeAction->setEnabled(signedIn && haveOrder && refundable && validSelected);
    const bool open = !m_shift.isEmpty();
    m_openShiftAction->setEnabled(signedIn && m_shiftKnown && !open);
    m_closeShiftAction->setEnabled(signedIn && open);
    m_openShiftButton->setEnabled(m_openShiftAction->isEnabled());
    m_closeShiftButton->setEnabled(m_closeShiftAction->isEnabled());
}

void OrderWorkspace::refundSelectedTickets()
{
    const QList<qint64> serials = m_tickets->checkedSerials();
    if (serials.isEmpty()) {
        showNotice(tr("Check the tickets to refund first."), true);
        return;
    }
    refund(serials, false);
}

void OrderWorkspace::refundWholeOrder()
{
    refund(m_tickets->validSerials(), true);
}

void OrderWorkspace::refund(const QList<qint64> &serials, bool wholeOrder)
{
    const qint64 id = orderId();
    if (id <= 0 || serials.isEmpty() || m_refunding)
        return;
    const QString number = m_order.value(Key::OrderNumber).toString();
    const qint64 amount = m_tickets->priceOf(serials);
    const QString text =
        wholeOrder ? tr("Refund the whole order %1: %n ticket(s), %2?", nullptr, int(serials.size()))
                         .arg(number, money(amount))
                   : tr("Refund %n ticket(s) of order %1: %2?", nullptr, int(serials.size()))
                         .arg(number, money(amount));
    if (!confirm(tr("Refund"),
                 text + u'\n' + tr("The money goes back the way it was paid; the tickets stop admitting.")))
        return;

    QStringList parts{QString::number(id)};
    if (!wholeOrder) {
        for (qint64 s : serials)
            parts << QString::number(s);
    }
    const QString signature = parts.join(u',');
    if (signature != m_refundSignature || m_refundKey.isEmpty()) {
        m_refundKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_refundSignature = signature;
    }
    QCborMap fields;
    fields.insert(Key::Order, id);
    fields.insert(Key::PaymentKey, m_refundKey);
    if (!wholeOrder) {
        QCborArray tickets;
        for (qint64 s : serials)
            tickets.append(s);
        fields.insert(Key::Tickets, tickets);
    }
    m_refunding = true;
    updateActions();
    showNotice(tr("Refunding…"), false);
    m_connection->request(MessageType::RefundOrder, fields,
                          [this, id](const Frame &reply) { onRefundReply(reply, id); });
}

void OrderWorkspace::onRefundReply(const Frame &reply, qint64 id)
{
    m_refunding = false;
    if (reply.isError()) {
        const Shared::ErrorCode code = reply.errorCode();
        // Without an answer the refund may have happened: the same key asks again safely.
        if (code != ServerConnection::TimeoutError && code != ServerConnection::DisconnectedError)
            m_refundKey.clear();
        const QString message = tr("The refund failed: %1").arg(ErrorText::describe(code));
        showNotice(message, true);
        updateActions();
        emit refundFinished(false, message);
        if (code != ServerConnection::TimeoutError && code != ServerConnection::DisconnectedError)
            loadOrder(id); // the order may have changed under us
        return;
    }
    m_refundKey.clear();
    m_refundSignature.clear();
    const QCborMap r = reply.result();
    const QString currency = r.value(Key::Currency).toString();
    const qint64 amount = Shared::cborInteger(r.value(Key::Amount));
    QStringList how;
    bool failed = false;
    for (const QCborValue &v : r.value(Key::Refunds).toArray()) {
        const QCborMap row = v.toMap();
        const QString method = row.value(Key::Method).toString();
        const QString state = row.value(Key::State).toString();
        const QString sum = formatMoney(Shared::cborInteger(row.value(Key::Amount)), currency);
        if (method == QLatin1String("cash")) {
            how << tr("%1 in cash from the drawer").arg(sum);
        } else if (method == QLatin1String("card")) {
            if (state == QLatin1String("failed")) {
                failed = true;
                how << tr("%1 to the card FAILED: the gateway refused it, call a supervisor").arg(sum);
            } else if (state == QLatin1String("refunding")) {
                how << tr("%1 to the card (the gateway is confirming it)").arg(sum);
            } else {
                how << tr("%1 to the card").arg(sum);
            }
        } else if (method == QLatin1String("comp")) {
            how << tr("nothing for complimentary tickets");
        } else {
            how << tr("%1 by %2").arg(sum, method);
        }
    }
    const int count = int(r.value(Key::Tickets).toArray().size());
    QString message =
        tr("Refunded %n ticket(s): %1 paid back", nullptr, count).arg(formatMoney(amount, currency));
    if (!how.isEmpty())
        message += QStringLiteral(" — ") + how.join(QStringLiteral(", "));
    message += u'.';
    if (r.value(Key::Replay).toBool())
        message += u' ' + tr("(This refund had already been made; nothing was paid twice.)");
    showNotice(message, failed);
    updateActions();
    emit refundFinished(true, message);
    loadOrder(id);
    refreshShift(); // cash out of the drawer changes the expected cash
}

QList<TicketData> OrderWorkspace::printableTickets() const
{
    QList<TicketData> out;
    for (const OrderTicketModel::Ticket &t : m_tickets->tickets()) {
        if (!t.isValid() || t.code.isEmpty())
            continue;
        TicketData d;
        d.eventName = m_eventName;
        d.section = t.section;
        d.row = t.row;
        d.seat = QString::number(t.number);
        d.standing = t.standing;
        d.priceMinor = t.price;
        d.currency = m_tickets->currency();
        d.orderNumber = m_order.value(Key::OrderNumber).toString();
        d.serial = t.serial;
        d.code = t.code;
        out.append(d);
    }
    return out;
}

void OrderWorkspace::printTickets()
{
    const QList<TicketData> tickets = printableTickets();
    if (tickets.isEmpty()) {
        showNotice(tr("This order has no valid tickets to print."), true);
        return;
    }
    TicketOutput::print(this, tickets);
}

bool OrderWorkspace::saveTicketsPdf(const QString &fileName)
{
    const QList<TicketData> tickets = printableTickets();
    if (tickets.isEmpty()) {
        showNotice(tr("This order has no valid tickets to save."), true);
        return false;
    }
    QString error;
    const QString file = TicketOutput::savePdf(this, tickets, fileName, &error);
    if (file.isEmpty()) {
        if (!error.isEmpty())
            showNotice(tr("Could not save the tickets: %1").arg(error), true);
        return false;
    }
    showNotice(tr("Tickets saved to %1.").arg(QDir::toNativeSeparators(file)), false);
    return true;
}

void OrderWorkspace::requestExchange()
{
    const QModelIndex current = m_ticketsView->currentIndex();
    if (!current.isValid() || current.row() >= m_tickets->tickets().size()) {
        showNotice(tr("Select the ticket to exchange first."), true);
        return;
    }
    const OrderTicketModel::Ticket &t = m_tickets->tickets().at(current.row());
    if (!t.isValid()) {
        showNotice(tr("Only a valid ticket can be exchanged."), true);
        return;
    }
    showNotice(tr("Exchanging ticket %1: hold the new seat on the seat map.").arg(t.serial), false);
    emit exchangeRequested(t.serial, Shared::cborInteger(m_order.value(Key::Event)));
}

void OrderWorkspace::refreshShift()
{
    if (!m_connection->isSignedIn())
        return;
    m_connection->request(MessageType::GetShift, {}, [this](const Frame &reply) {
        if (reply.isError()) {
            // Not a clerk (PermissionDenied) or not reachable: the box says so, nothing else.
            m_shiftKnown = false;
            m_shift = {};
            m_shiftLabel->setText(tr("Shift unknown: %1").arg(ErrorText::describe(reply.errorCode())));
            updateActions();
            return;
        }
        m_shiftKnown = true;
        const QCborMap r = reply.result();
        showShift(r.value(Key::Shift).isInteger() ? r : QCborMap());
    });
}

void OrderWorkspace::showShift(const QCborMap &shift)
{
    m_shift = shift;
    QString text;
    if (shift.isEmpty()) {
        text = tr("No open shift.");
    } else {
        const QString currency = shift.value(Key::Currency).toString();
        text = tr("Shift open since %1\nFloat: %2\nExpected cash so far: %3")
                   .arg(ShiftReport::timeText(shift.value(Key::Opened)),
                        formatMoney(Shared::cborInteger(shift.value(Key::Float)), currency),
                        formatMoney(Shared::cborInteger(shift.value(Key::Expected)), currency));
    }
    if (!m_closedShift.isEmpty()) {
        const QString currency = m_closedShift.value(Key::Currency).toString();
        text += u'\n' +
                tr("Last shift closed %1: counted %2, difference %3")
                    .arg(ShiftReport::timeText(m_closedShift.value(Key::Closed)),
                         formatMoney(Shared::cborInteger(m_closedShift.value(Key::Counted)), currency),
                         formatMoney(Shared::cborInteger(m_closedShift.value(Key::Difference)), currency));
    }
    m_shiftLabel->setText(text);
    updateActions();
    emit shiftChanged();
}

void OrderWorkspace::openShift()
{
    if (!m_connection->isSignedIn() || !m_shift.isEmpty())
        return;
    const auto amount = askAmount(tr("Open Shift"), tr("Cash in the drawer (float):"));
    if (!amount)
        return;
    QCborMap fields;
    fields.insert(Key::Float, *amount);
    m_connection->request(MessageType::OpenShift, fields, [this](const Frame &reply) {
        if (reply.isError()) {
            showNotice(tr("Could not open the shift: %1").arg(ErrorText::describe(reply.errorCode())), true);
            refreshShift();
            return;
        }
        m_shiftKnown = true;
        const QCborMap r = reply.result();
        showNotice(tr("Shift opened with a float of %1.")
                       .arg(formatMoney(Shared::cborInteger(r.value(Key::Float)),
                                        r.value(Key::Currency).toString())),
                   false);
        showShift(r);
    });
}

void OrderWorkspace::closeShift()
{
    if (!m_connection->isSignedIn() || m_shift.isEmpty())
        return;
    const auto counted = askAmount(tr("Close Shift"), tr("Cash counted in the drawer:"));
    if (!counted)
        return;
    QCborMap fields;
    fields.insert(Key::Counted, *counted);
    m_connection->request(MessageType::CloseShift, fields, [this](const Frame &reply) {
        if (reply.isError()) {
            showNotice(tr("Could not close the shift: %1").arg(ErrorText::describe(reply.errorCode())), true);
            refreshShift();
            return;
        }
        m_closedShift = reply.result();
        const QString currency = m_closedShift.value(Key::Currency).toString();
        const qint64 difference = Shared::cborInteger(m_closedShift.value(Key::Difference));
        showNotice(tr("Shift closed. Expected %1, counted %2, difference %3.")
                       .arg(formatMoney(Shared::cborInteger(m_closedShift.value(Key::Expected)), currency),
                            formatMoney(Shared::cborInteger(m_closedShift.value(Key::Counted)), currency),
                            formatMoney(difference, currency)),
                   difference != 0);
        showShift({});
        if (!m_showShiftReport)
            return;
        // Not modal: the clerk may print it now or keep it beside the next work.
        m_reportDialog = ShiftReport::show(this, m_closedShift);
    });
}

QString OrderWorkspace::lastShiftReportHtml() const
{
    return ShiftReport::html(m_closedShift);
}

void OrderWorkspace::printShiftReport()
{
    ShiftReport::print(m_reportDialog ? static_cast<QWidget *>(m_reportDialog.data()) : this, m_closedShift);
}

} // namespace BoxOffice::Ui
