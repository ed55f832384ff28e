#pragma once

#include <QGraphicsView>
#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>

class QGraphicsItem;
class QGraphicsScene;
class QRubberBand;

namespace BoxOffice::Ui {

class SeatMapModel;
class SeatTileItem;
class StandingAreaItem;
struct SeatPaintContext;

/**
 * The live seat map: a QGraphicsView over a scene of tile items, each drawing the seats of
 * one square of the venue in a few batched painter calls (never an item per seat).
 *
 * Deltas repaint only the rectangles of the seats that changed. Wheel and pinch zoom, drag
 * to pan (middle button, or left with Space held), fit to window; hover shows a tooltip
 * (section, row, seat, price, state). A left click on a seat emits seatClicked(); a left
 * drag on empty space draws a rubber band and emits seatsSelected() with the available
 * seats inside it. Keyboard: arrows move the current seat (left/right along the row,
 * up/down to the nearest seat of the next row), Space or Return emits seatClicked() for
 * the current seat, +/- zoom, 0 fits to the window.
 */
class SeatMapView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit SeatMapView(QWidget *parent = nullptr);
    ~SeatMapView() override;

    void setModel(SeatMapModel *model);
    SeatMapModel *model() const { return m_model; }

    /** The current (keyboard) seat, -1 if none. Drawn with a focus ring. */
    int currentSeat() const { return m_currentSeat; }
    void setCurrentSeat(int seat);

    /** The view's scale: 1.0 draws one scene unit per pixel. */
    double zoom() const;
    void setZoom(double zoom, const QPointF &anchorScenePos);

    /** Where a seat's centre is on the viewport, in viewport coordinates (for tests). */
    QPoint seatViewportPos(int seat) const;
    /** The hover text of a seat: its name, category and price, and state (translated). */
    QString seatToolTip(int seat) const;
    /** The scene's tile items (for tests and benchmarks). */
    int tileCount() const { return int(m_tiles.size()); }

public slots:
    void fitToWindow();
    void zoomIn();
    void zoomOut();

signals:
    /** A click (or Space/Return) on a seat: the workspace holds or releases it. */
    void seatClicked(int seat);
    /** A rubber band was drawn: the available seats inside it, ascending. */
    void seatsSelected(const QList<int> &seats);
    void currentSeatChanged(int seat);
    /** A standing area was clicked: sell places of it (an index into the layout's standing). */
    void standingAreaClicked(int area);
    void zoomChanged(double zoom);

protected:
    // QGraphicsView overrides for zoom, pan, click, rubber band, keys, tooltips, pinch.
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    enum class Direction { Left, Right, Up, Down };

    void rebuildScene();
    void onSeatsChanged(const QList<int> &seats);
    void onStatesReset();
    double fitZoom() const;
    QRectF focusRect(int seat) const;
    void updateFocusRect(int seat);
    int seatNearest(const QPointF &scenePos) const;
    int neighbour(int seat, Direction direction) const;
    int geometricNeighbour(int seat, Direction direction) const;
    void finishRubberBand(const QRect &band);

    QPointer<SeatMapModel> m_model;
    QGraphicsScene *m_scene = nullptr;
    std::unique_ptr<SeatPaintContext> m_paint; // shared by the tiles: colours, scratch lists
    QList<SeatTileItem *> m_tiles;
    QList<int> m_seatTile;             // tile index per seat, for deltas (-1: a standing place)
    QList<StandingAreaItem *> m_areas; // per standing area of the layout
    QHash<quint32, QList<int>> m_rows; // (section << 16 | row) -> seats by number
    QGraphicsItem *m_stage = nullptr;
    QRubberBand *m_rubberBand = nullptr;
    int m_currentSeat = -1;
    bool m_fitPending = true; // fit once the first layout is shown
    bool m_fitted = true;     // refit on resize until the user zooms
    // Mouse: a left press becomes a click or a rubber band; middle (or Space + left) pans.
    Qt::MouseButton m_pressButton = Qt::NoButton;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_banding = false;
    bool m_panning = false;
    bool m_spaceHeld = false;
    bool m_spaceUsedForPan = false;
};

} // namespace BoxOffice::Ui
