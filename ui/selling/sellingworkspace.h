#pragma once

#include "protocol/frame.h"
#include "seatmap/seatcodec.h"
#include "selling/cartmodel.h"
#include "selling/lastsale.h"
#include "tickets/receiptdocument.h"
#include "tickets/ticketdocument.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSplitter;
class QToolButton;

namespace BoxOffice::Ui {

class BestAvailableBar;
class CartHolds;
class CartModel;
class CartPanel;
class CounterCheckout;
class NoticeBar;
class SellingHeader;
class SeatMapLegend;
class SeatMapModel;
class SeatMapView;
class ServerConnection;

/**
 * Selling at the counter: one event's live seat map, best available and the cart.
 *
 * Opening an event asks for its layout (GetLayout), then subscribes: the snapshot and the
 * deltas feed the seat map. A click on a free seat holds it at once (it shows as pending
 * until the server answers); a click on a seat of the cart releases it; a rubber band holds
 * the free seats inside it in one hold. Holds belong to the signed-in session, so a short
 * drop loses nothing: the connection re-subscribes, a fresh snapshot arrives, and the cart
 * stays. A seat of the cart that someone else ends up with (the hold expired) is dropped
 * from the cart with a notice.
 *
 * Without the clerk role the map is shown read-only.
 */
class SellingWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit SellingWorkspace(ServerConnection *connection, QWidget *parent = nullptr);
    ~SellingWorkspace() override;

    /** Shows an event: layout, then live states. Leaves the previous event (see leave()). */
    void openEvent(qint64 eventId);
    /** Unsubscribes and forgets the event; the cart must be empty (see canLeave()). */
    void leave();
    /** True when nothing is held, or the clerk agreed to release it (asks). */
    bool confirmLeave();

    qint64 eventId() const { return m_eventId; }
    /** Layout and first snapshot are in. */
    bool isLoaded() const;
    bool canSell() const;

    SeatMapModel *seatMap() const { return m_seatMap; }
    SeatMapView *seatMapView() const { return m_view; }
    CartModel *cart() const { return m_cart; }
    CartPanel *cartPanel() const { return m_cartPanel; }
    BestAvailableBar *bestAvailableBar() const { return m_bestAvailable; }
    /** When the open event starts (for the printed tickets; the event list knows it). */
    void setEventStarts(const QDateTime &starts) { m_eventStarts = starts; }
    /** The tickets of the last completed order, ready to print. */
    QList<TicketData> lastOrderTickets() const;
    /**
     * Exchange mode: the clerk holds one new seat on this map and Sell becomes Exchange,
     * which swaps the ticket (serial) for that seat; a dearer seat's difference is paid in
     * cash, a cheaper one's given back as the original payment was made.
     */
    void startExchange(qint64 ticketSerial);
    void cancelExchange();
    qint64 exchangingTicket() const { return m_exchangeTicket; }
    /** The receipt of the last completed order. */
    ReceiptData lastReceipt() const;
    /** Prints the last order's receipt through the print dialog (Ctrl+Shift+P). */
    void printLastReceipt();
    /** Saves the last order's receipt as a PDF; asks where unless fileName is given. */
    bool saveLastReceiptPdf(const QString &fileName = QString());
    /** Prints the last order's tickets through the print dialog (Ctrl+P). */
    void printLastOrder();
    /** Saves the last order's tickets as a PDF (Ctrl+Shift+S); asks where unless fileName is given. */
    bool saveLastOrderPdf(const QString &fileName = QString());
    /** The last completed order (PayOrder's result), empty before the first sale. */
    const QCborMap &lastOrder() const { return m_lastSale.order; }
    /** The last notice shown (for tests and screenshots). */
    QString notice() const { return m_noticeText; }

    /** Holds seats now (what a click or rubber band does). */
    void holdSeats(const QList<int> &seats);
    void releaseSeat(int seat);
    void requestBestAvailable(int quantity, int categoryId, int sectionId, int standingArea = -1);
    void extendAll();
    void releaseAll();
    void sell();

signals:
    /** Layout and first snapshot of the event arrived (or loading failed: ok false). */
    void eventLoaded(qint64 eventId, bool ok);
    /** Esc, or the back button: the main window shows the event list again. */
    void backRequested();
    void holdFinished(bool ok);
    void saleFinished(bool ok, const QString &message);
    void noticeShown(const QString &text);

private:
    void onLayout(const Shared::Frame &reply, qint64 eventId);
    void onSnapshot(qint64 eventId, int seatCount, const QByteArray &states);
    void onDelta(qint64 eventId, const QList<Shared::SeatChange> &changes);
    void onSeatClicked(int seat);
    void onCartExpired();
    void onBestAvailable(bool ok, const QList<int> &seats);
    void onSold(const QCborMap &result, const QString &method, qint64 tenderedMinor);
    void onExchanged(const QCborMap &result);
    void setLastSale(const LastSale &sale);
    void finishSale(bool ok, const QString &message);
    void exchangeTicket();
    void showNotice(const QString &text, bool warning);
    void updateHeader();
    void updateSelling();

    ServerConnection *m_connection = nullptr;
    SeatMapModel *m_seatMap = nullptr;
    CartModel *m_cart = nullptr;
    CartHolds *m_holds = nullptr;
    SeatMapView *m_view = nullptr;
    SeatMapLegend *m_legend = nullptr;
    BestAvailableBar *m_bestAvailable = nullptr;
    CartPanel *m_cartPanel = nullptr;
    QSplitter *m_splitter = nullptr;
    SellingHeader *m_header = nullptr;
    NoticeBar *m_notice = nullptr;
    QString m_noticeText;

    qint64 m_eventId = 0;
    quint64 m_generation = 0; // replies for an event left since are ignored
    int m_selling = 0;        // a sale in flight
    CounterCheckout *m_checkout = nullptr;
    LastSale m_lastSale;
    QDateTime m_eventStarts;
    QAction *m_printAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_receiptAction = nullptr;
    qint64 m_exchangeTicket = 0; // exchange mode: the ticket being exchanged
};

} // namespace BoxOffice::Ui
