#pragma once

#include "domain/seatstate.h"
#include "seatmap/seatcodec.h"
#include "seatmap/seatlayout.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QObject>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

namespace BoxOffice::Ui {

/**
 * One event's seat map on the client: the layout (GetLayout), the live states (Snapshot,
 * then Deltas) and this clerk's marks on top (seats being held, seats held by me).
 *
 * The model knows nothing of the connection; the selling workspace feeds it. It keeps the
 * states one byte per seat and a spatial grid for hit tests, so that a 50,000-seat stadium
 * costs a few MB.
 */
class SeatMapModel final : public QObject
{
    Q_OBJECT

public:
    /** This client's own mark on a seat, drawn over its state. */
    enum class Mark : quint8 {
        None,
        Pending, // a hold for it is on its way to the server
        Mine,    // held by one of this clerk's holds
    };
    Q_ENUM(Mark)

    /** What a seat looks like: its state seen from this clerk. */
    enum class Display : quint8 {
        Available, // drawn in its price category's colour
        Pending,
        Mine,
        HeldByOthers,
        Sold,
        Blocked,
    };
    Q_ENUM(Display)

    explicit SeatMapModel(QObject *parent = nullptr);

    /** Replaces the layout; states become unknown (all Blocked) and marks are cleared. */
    void setLayout(Shared::EventLayout layout);
    const Shared::EventLayout &layout() const { return m_layout; }
    int seatCount() const { return m_layout.seatCount(); }
    bool hasLayout() const { return m_layout.seatCount() > 0; }
    /** True once a snapshot of the current layout's size has been applied. */
    bool hasStates() const { return m_hasStates; }

    /** A snapshot: one byte per seat (SeatState). Ignored unless its size is seatCount(). */
    void setStates(const QByteArray &states);
    /** A delta: changes of seats outside the layout are ignored. Emits seatsChanged(). */
    void applyChanges(const QList<Shared::SeatChange> &changes);

    Shared::SeatState state(int seat) const;
    Mark mark(int seat) const;
    void setMark(const QList<int> &seats, Mark mark);
    /** Seats with the given mark, ascending. */
    QList<int> seatsMarked(Mark mark) const;
    Display display(int seat) const;

    /** The fill colour of a seat as drawn (category colour when available). */
    QColor colour(int seat) const;
    static QColor displayColour(Display display);
    /** The colour of a seat's price category (what it is drawn in while available). */
    QColor categoryColour(int seat) const;
    /** Whether a seat is drawn with the accessible marker. */
    bool isAccessible(int seat) const;

    /**
     * Whether a seat number is a place of a standing area: it has no position, is never drawn
     * nor hit as a seat, and is sold by its area (StandingAreaItem, BestAvailableBar).
     */
    bool isStandingPlace(int seat) const;
    /** Places of standing area `area` (an index into layout().standing) free to sell now. */
    int freePlaces(int area) const;
    /** The area's outline in scene coordinates (empty if the layout has none). */
    QPolygonF standingOutline(int area) const;

    /** "Stalls, row A, seat 12" (translated); "Garden, Lawn (standing), place 17" for a place. */
    QString seatName(int seat) const;
    /** The event's price of a seat, integer minor units. */
    qint64 price(int seat) const;
    /** The category's display name of a seat. */
    QString categoryName(int seat) const;
    /** "€89.00" in the event's currency and the user's locale. */
    QString formatPrice(qint64 minor) const;
    static QString displayName(Display display);

    /** Where a seat is drawn, in scene coordinates (see SeatMapView). */
    QRectF seatRect(int seat) const;
    /** The rectangle around every seat, in scene coordinates. */
    QRectF bounds() const { return m_bounds; }
    /** The seat under a scene point, or -1. */
    int seatAt(const QPointF &scenePos) const;
    /** Seats whose rectangle intersects a scene rectangle, ascending. */
    QList<int> seatsIn(const QRectF &sceneRect) const;

    /**
     * Scene units per venue unit: seats are drawn SeatSize wide, or as wide as the spacing
     * of a section's rows allows when its seats are closer than that (no overlaps).
     */
    static constexpr double Scale = 10.0;
    static constexpr double SeatSize = 10.0;

signals:
    void layoutReset();
    void statesReset();
    /** Seats whose state or mark changed (deltas, marks); may contain repeats. */
    void seatsChanged(const QList<int> &seats);

private:
    void computeSeatSizes();
    void buildGrid();
    int cellColumn(double x) const;
    int cellRow(double y) const;

    Shared::EventLayout m_layout;
    QByteArray m_states; // SeatState per seat
    QByteArray m_marks;  // Mark per seat
    bool m_hasStates = false;
    QRectF m_bounds;
    QList<QColor> m_categoryColours; // per category index
    QList<QSizeF> m_seatSizes;       // per section index, see computeSeatSizes()
    // Spatial grid for hit tests: cells of CellSize scene units, each a list of seats.
    static constexpr double CellSize = 80.0;
    int m_gridColumns = 0;
    int m_gridRows = 0;
    QList<QList<int>> m_grid;
};

} // namespace BoxOffice::Ui
