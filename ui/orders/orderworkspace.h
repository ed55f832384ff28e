#pragma once

#include "style/noticebar.h"
#include "tickets/ticketdocument.h"

#include <QCborMap>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QDialog;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace BoxOffice::Shared {
struct Frame;
}

namespace BoxOffice::Ui {

class OrderSearchModel;
class OrderTicketModel;
class ServerConnection;

/**
 * The Orders workspace: finds orders (FindOrders), shows one with its tickets, payments and
 * history (GetOrder), refunds tickets or the whole order (RefundOrder), prints an order's
 * valid tickets again, and runs the clerk's cash shift (GetShift, OpenShift, CloseShift).
 *
 * An exchange is not done here: it needs the new seat held on a seat map first. "Exchange…"
 * emits exchangeRequested(serial, event) and the integrator (MainWindow) opens that event's
 * seat map and calls SellingWorkspace::startExchange(serial); ExchangeTicket is sent from
 * there with the hold, and loadOrder() afterwards shows the outcome here.
 *
 * Its shortcuts are WidgetWithChildrenShortcut, so they only act while the focus is in the
 * workspace; MainWindow's window-wide Ctrl+F (Find Event) and Refresh (F5, Ctrl+R on some
 * desktops) are therefore avoided: Ctrl+Shift+F focuses the search, Ctrl+Shift+T refunds
 * the checked tickets. The integrator's Refresh can call refreshCurrent().
 */
class OrderWorkspace final : public QWidget
{
    Q_OBJECT

public:
    /** Asks a yes/no question; true to go ahead. Replaceable for tests. */
    using ConfirmFn = std::function<bool(const QString &title, const QString &text)>;
    /** Asks for an amount as text (parsed with parseMoney); nullopt when cancelled. */
    using AmountPromptFn = std::function<std::optional<QString>(const QString &title, const QString &label)>;

    explicit OrderWorkspace(ServerConnection *connection, QWidget *parent = nullptr);
    ~OrderWorkspace() override;

    void setConfirm(ConfirmFn confirm) { m_confirm = std::move(confirm); }
    void setAmountPrompt(AmountPromptFn prompt) { m_amountPrompt = std::move(prompt); }
    /** Shows the shift report in a window after CloseShift (default true; tests turn it off). */
    void setShowShiftReport(bool show) { m_showShiftReport = show; }

    QLineEdit *searchField() const { return m_search; }
    QTableView *resultsView() const { return m_resultsView; }
    OrderSearchModel *results() const { return m_results; }
    QTableView *ticketsView() const { return m_ticketsView; }
    OrderTicketModel *tickets() const { return m_tickets; }
    QTableWidget *paymentsTable() const { return m_payments; }
    QTableWidget *historyTable() const { return m_history; }
    QLabel *orderLabel() const { return m_orderLabel; }
    QLabel *customerLabel() const { return m_customerLabel; }
    NoticeBar *noticeLabel() const { return m_notice; }
    QLabel *shiftLabel() const { return m_shiftLabel; }
    QAction *searchAction() const { return m_searchAction; }
    QAction *refundSelectedAction() const { return m_refundSelectedAction; }
    QAction *refundOrderAction() const { return m_refundOrderAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *pdfAction() const { return m_pdfAction; }
    QAction *exchangeAction() const { return m_exchangeAction; }
    QAction *openShiftAction() const { return m_openShiftAction; }
    QAction *closeShiftAction() const { return m_closeShiftAction; }

    /** The order shown (GetOrder's result), empty when none. */
    const QCborMap &order() const { return m_order; }
    qint64 orderId() const;
    /** The open shift (GetShift's result), empty when none is open or not known yet. */
    const QCborMap &shift() const { return m_shift; }
    /** The report of the last shift closed here (CloseShift's result), and as HTML. */
    const QCborMap &lastClosedShift() const { return m_closedShift; }
    QString lastShiftReportHtml() const;
    /** The order's valid tickets as printed. */
    QList<TicketData> printableTickets() const;

public slots:
    void search(const QString &query);
    void loadOrder(qint64 orderId);
    /** Reloads the shown order and the shift (for MainWindow's Refresh). */
    void refreshCurrent();
    void refreshShift();
    void refundSelectedTickets();
    void refundWholeOrder();
    void printTickets();
    bool saveTicketsPdf(const QString &fileName = QString());
    void requestExchange();
    void openShift();
    void closeShift();
    void printShiftReport();

signals:
    /**
     * The clerk wants to exchange ticket ticketSerial of event eventId: the integrator opens
     * that event's seat map (or another) where the new seat is held, then sends
     * ExchangeTicket {ticket, hold, key, …} and calls loadOrder() to show the outcome.
     */
    void exchangeRequested(qint64 ticketSerial, qint64 eventId);
    void searchFinished(int count);
    void orderLoaded(qint64 orderId);
    void refundFinished(bool ok, const QString &message);
    void shiftChanged();

private:
    void buildUi();
    void createActions();
    void onResultSelected();
    void showOrder(const QCborMap &order);
    void clearOrder();
    void refund(const QList<qint64> &serials, bool wholeOrder);
    void onRefundReply(const Shared::Frame &reply, qint64 orderId);
    void showShift(const QCborMap &shift);
    void updateActions();
    void showNotice(const QString &text, bool error);
    std::optional<qint64> askAmount(const QString &title, const QString &label);
    bool confirm(const QString &title, const QString &text);
    QString money(qint64 minor) const;

    ServerConnection *m_connection;
    ConfirmFn m_confirm;
    AmountPromptFn m_amountPrompt;
    bool m_showShiftReport = true;

    QLineEdit *m_search = nullptr;
    QTableView *m_resultsView = nullptr;
    OrderSearchModel *m_results = nullptr;
    QLabel *m_orderLabel = nullptr;
    QLabel *m_customerLabel = nullptr;
    QTableView *m_ticketsView = nullptr;
    OrderTicketModel *m_tickets = nullptr;
    QTableWidget *m_payments = nullptr;
    QTableWidget *m_history = nullptr;
    NoticeBar *m_notice = nullptr;
    QGroupBox *m_shiftBox = nullptr;
    QLabel *m_shiftLabel = nullptr;
    QPushButton *m_openShiftButton = nullptr;
    QPushButton *m_closeShiftButton = nullptr;
    QPointer<QDialog> m_reportDialog;

    QAction *m_searchAction = nullptr;
    QAction *m_refundSelectedAction = nullptr;
    QAction *m_refundOrderAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_exchangeAction = nullptr;
    QAction *m_openShiftAction = nullptr;
    QAction *m_closeShiftAction = nullptr;

    QCborMap m_order;
    QString m_eventName; // GetOrder has no event name: it comes from the search row
    QCborMap m_shift;
    QCborMap m_closedShift;
    bool m_shiftKnown = false;
    qint64 m_searchRequest = 0; // only the newest search's reply is shown
    qint64 m_orderRequest = 0;
    bool m_refunding = false;
    // A refund whose reply was lost is retried with the same key, so it cannot pay twice.
    QString m_refundKey;
    QString m_refundSignature;
};

} // namespace BoxOffice::Ui
