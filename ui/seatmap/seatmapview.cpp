#include "seatmap/seatmapview.h"

#include "seatmap/seatmapmodel.h"
#include "seatmap/seattileitem.h"
#include "seatmap/stageitem.h"
#include "seatmap/standingareaitem.h"

#include <QApplication>
#include <QGestureEvent>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QRubberBand>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace BoxOffice::Ui {

using Display = SeatMapModel::Display;

namespace {

constexpr double TileSize = 400.0; // scene units: ~1,300 stadium seats a tile
constexpr double MaxZoom = 8.0;    // a seat 80 px wide
constexpr double ZoomStep = 1.25;

const QColor BackgroundColour(0xf3, 0xf4, 0xf6);
const QColor FocusColour(0x11, 0x18, 0x27);

QPen cosmeticPen(const QColor &colour, double width)
{
    QPen pen(colour, width);
    pen.setCosmetic(true);
    return pen;
}

quint32 rowKey(const Shared::EventLayout::Seat &seat)
{
    return quint32(seat.section) << 16 | seat.row;
}

} // namespace

SeatMapView::SeatMapView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
    , m_paint(std::make_unique<SeatPaintContext>())
{
    setScene(m_scene);
    setInteractive(false); // the view handles clicks itself; tiles take no events
    setDragMode(NoDrag);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(NoAnchor);
    setBackgroundBrush(BackgroundColour);
    setFrameShape(QFrame::NoFrame);
    // Deltas dirty a few seat rectangles: repaint only those. Tiles restore what they set.
    setViewportUpdateMode(MinimalViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    viewport()->grabGesture(Qt::PinchGesture);
    m_rubberBand = new QRubberBand(QRubberBand::Rectangle, viewport());
    m_rubberBand->hide();
}

SeatMapView::~SeatMapView()
{
    // Tiles point at m_paint: remove them before it goes.
    m_scene->clear();
}

void SeatMapView::setModel(SeatMapModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &SeatMapModel::layoutReset, this, &SeatMapView::rebuildScene);
        connect(m_model, &SeatMapModel::statesReset, this, &SeatMapView::onStatesReset);
        connect(m_model, &SeatMapModel::seatsChanged, this, &SeatMapView::onSeatsChanged);
        connect(m_model, &QObject::destroyed, this, &SeatMapView::rebuildScene);
    }
    rebuildScene();
}

void SeatMapView::rebuildScene()
{
    m_scene->clear();
    m_tiles.clear();
    m_seatTile.clear();
    m_areas.clear();
    m_rows.clear();
    m_stage = nullptr;
    m_paint->model = nullptr;
    if (m_currentSeat != -1) {
        m_currentSeat = -1;
        emit currentSeatChanged(-1);
    }
    if (!m_model || !m_model->hasLayout()) {
        setSceneRect(QRectF(0, 0, 1, 1));
        return;
    }
    m_paint->reset(m_model);
    const Shared::EventLayout &layout = m_model->layout();
    const QRectF bounds = m_model->bounds();

    // Tiles by seat centre; a seat on a tile's edge sticks out of it, which boundingRect allows.
    const int columns = std::max(1, int(std::ceil(bounds.width() / TileSize)));
    const int rows = std::max(1, int(std::ceil(bounds.height() / TileSize)));
    QList<QList<int>> cells(qsizetype(columns) * rows);
    const int n = m_model->seatCount();
    QList<int> cellOfSeat(n);
    for (int seat = 0; seat < n; ++seat) {
        if (m_model->isStandingPlace(seat)) {
            cellOfSeat[seat] = -1; // drawn as its area (StandingAreaItem)
            continue;
        }
        const QPointF c = m_model->seatRect(seat).center();
        const int column = std::clamp(int((c.x() - bounds.left()) / TileSize), 0, columns - 1);
        const int row = std::clamp(int((c.y() - bounds.top()) / TileSize), 0, rows - 1);
        cellOfSeat[seat] = row * columns + column;
        cells[cellOfSeat[seat]].append(seat);
    }
    QList<int> tileOfCell(cells.size(), -1);
    for (qsizetype cell = 0; cell < cells.size(); ++cell) {
        if (cells.at(cell).isEmpty())
            continue; // no item for empty squares
        auto *tile = new SeatTileItem(m_paint.get(), cells.at(cell));
        m_scene->addItem(tile);
        tileOfCell[cell] = int(m_tiles.size());
        m_tiles.append(tile);
    }
    m_seatTile.resize(n);
    for (int seat = 0; seat < n; ++seat)
        m_seatTile[seat] = cellOfSeat.at(seat) < 0 ? -1 : tileOfCell.at(cellOfSeat.at(seat));
    m_areas = StandingAreaItem::addAll(m_scene, m_model);

    for (int seat = 0; seat < n; ++seat) {
        if (m_seatTile.at(seat) >= 0)
            m_rows[rowKey(layout.seats.at(seat))].append(seat);
    }
    for (QList<int> &row : m_rows) {
        std::sort(row.begin(), row.end(),
                  [&](int a, int b) { return layout.seats.at(a).number < layout.seats.at(b).number; });
    }

    const QPointF stage(layout.stageX * SeatMapModel::Scale, layout.stageY * SeatMapModel::Scale);
    const QRectF stageRect = StageItem::placeBeside(bounds, stage);
    m_stage = new StageItem(stageRect, tr("Stage"));
    m_stage->setZValue(-1);
    m_scene->addItem(m_stage);

    // Fit frames the seats and the stage with a thin margin: the pane is for seats.
    const QRectF all = bounds | stageRect;
    const double margin = std::max(all.width(), all.height()) * 0.015;
    setSceneRect(all.adjusted(-margin, -margin, margin, margin));
    m_fitPending = true;
    fitToWindow();
}

void SeatMapView::onSeatsChanged(const QList<int> &seats)
{
    // Only the changed seats' rectangles: the scene unites them per tile and the view
    // repaints that part of the viewport.
    for (int seat : seats) {
        if (seat < 0 || seat >= m_seatTile.size())
            continue;
        if (m_seatTile.at(seat) < 0) {
            const int area = m_model->layout().standingAreaOf(seat);
            if (area >= 0 && area < m_areas.size())
                m_areas.at(area)->refresh();
            continue;
        }
        m_tiles.at(m_seatTile.at(seat))->update(m_model->seatRect(seat).adjusted(-1, -1, 1, 1));
    }
}

void SeatMapView::onStatesReset()
{
    for (StandingAreaItem *area : std::as_const(m_areas))
        area->refresh();
    viewport()->update();
}

double SeatMapView::zoom() const
{
    return transform().m11();
}

double SeatMapView::fitZoom() const
{
    const QRectF scene = sceneRect();
    const QSize size = viewport()->size();
    if (scene.isEmpty() || size.isEmpty())
        return 1.0;
    return std::min((size.width() - 4) / scene.width(), (size.height() - 4) / scene.height());
}

void SeatMapView::setZoom(double zoom, const QPointF &anchorScenePos)
{
    const double minZoom = std::min(fitZoom() * 0.5, 1.0);
    const double clamped = std::clamp(zoom, minZoom, std::max(minZoom, MaxZoom));
    const double old = this->zoom();
    m_fitted = false;
    if (qFuzzyCompare(clamped, old))
        return;
    const QPointF before = viewportTransform().map(anchorScenePos);
    setTransform(QTransform::fromScale(clamped, clamped));
    const QPointF after = viewportTransform().map(anchorScenePos);
    const QPointF shift = after - before;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(shift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(shift.y()));
    emit zoomChanged(clamped);
}

void SeatMapView::fitToWindow()
{
    if (!m_model || !m_model->hasLayout())
        return;
    const double old = zoom();
    const double fit = fitZoom();
    setTransform(QTransform::fromScale(fit, fit));
    centerOn(sceneRect().center());
    m_fitted = true;
    m_fitPending = !isVisible();
    if (!qFuzzyCompare(fit, old))
        emit zoomChanged(fit);
}

void SeatMapView::zoomIn()
{
    setZoom(zoom() * ZoomStep, mapToScene(viewport()->rect().center()));
}

void SeatMapView::zoomOut()
{
    setZoom(zoom() / ZoomStep, mapToScene(viewport()->rect().center()));
}

QPoint SeatMapView::seatViewportPos(int seat) const
{
    if (!m_model)
        return QPoint();
    return viewportTransform().map(m_model->seatRect(seat).center()).toPoint();
}

QString SeatMapView::seatToolTip(int seat) const
{
    if (!m_model || seat < 0 || seat >= m_model->seatCount())
        return QString();
    return tr("%1\n%2: %3\n%4")
        .arg(m_model->seatName(seat), m_model->categoryName(seat), m_model->formatPrice(m_model->price(seat)),
             SeatMapModel::displayName(m_model->display(seat)));
}

void SeatMapView::setCurrentSeat(int seat)
{
    if (!m_model || seat < -1 || seat >= m_model->seatCount())
        seat = -1;
    if (seat == m_currentSeat)
        return;
    updateFocusRect(m_currentSeat);
    m_currentSeat = seat;
    updateFocusRect(m_currentSeat);
    if (seat >= 0)
        ensureVisible(m_model->seatRect(seat), 40, 40);
    emit currentSeatChanged(seat);
}

QRectF SeatMapView::focusRect(int seat) const
{
    const double pad = 3.0 / std::max(zoom(), 0.01); // three pixels around the seat
    return m_model->seatRect(seat).adjusted(-pad, -pad, pad, pad);
}

void SeatMapView::updateFocusRect(int seat)
{
    if (!m_model || seat < 0 || seat >= m_model->seatCount())
        return;
    viewport()->update(mapFromScene(focusRect(seat)).boundingRect().adjusted(-3, -3, 3, 3));
}

void SeatMapView::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (!m_model || m_currentSeat < 0 || m_currentSeat >= m_model->seatCount())
        return;
    const QRectF ring = focusRect(m_currentSeat);
    if (!ring.intersects(rect))
        return;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    const double radius = ring.width() * 0.2;
    painter->setPen(cosmeticPen(Qt::white, 4.0));
    painter->drawRoundedRect(ring, radius, radius);
    painter->setPen(cosmeticPen(FocusColour, 2.0));
    painter->drawRoundedRect(ring, radius, radius);
}

int SeatMapView::seatNearest(const QPointF &scenePos) const
{
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int seat = 0; seat < m_model->seatCount(); ++seat) {
        if (m_model->isStandingPlace(seat))
            continue;
        const QPointF d = m_model->seatRect(seat).center() - scenePos;
        const double distance = QPointF::dotProduct(d, d);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = seat;
        }
    }
    return best;
}

int SeatMapView::neighbour(int seat, Direction direction) const
{
    const Shared::EventLayout &layout = m_model->layout();
    const Shared::EventLayout::Seat &s = layout.seats.at(seat);
    const QPointF centre = m_model->seatRect(seat).center();
    const bool horizontal = direction == Direction::Left || direction == Direction::Right;
    const double sign = direction == Direction::Left || direction == Direction::Up ? -1.0 : 1.0;
    // Is `other` in the asked direction, and more that way than sideways?
    auto along = [&](int other) {
        const QPointF d = m_model->seatRect(other).center() - centre;
        const double a = (horizontal ? d.x() : d.y()) * sign;
        const double side = std::abs(horizontal ? d.y() : d.x());
        return a > 0 && a >= side;
    };

    if (horizontal) {
        // The neighbours by number in the same row, whichever of them lies that way.
        const QList<int> &row = m_rows[rowKey(s)];
        const auto it = std::find(row.cbegin(), row.cend(), seat);
        const qsizetype pos = it - row.cbegin();
        for (qsizetype p : {pos - 1, pos + 1}) {
            if (p >= 0 && p < row.size() && along(row.at(p)))
                return row.at(p);
        }
    } else {
        // The seat nearest by x in an adjacent row of the section, if that row lies that way.
        for (int delta : {-1, 1}) {
            const int rowIndex = int(s.row) + delta;
            if (rowIndex < 0)
                continue;
            const auto it = m_rows.constFind(quint32(s.section) << 16 | quint32(rowIndex));
            if (it == m_rows.cend())
                continue;
            int best = -1;
            double bestDx = std::numeric_limits<double>::max();
            double bestDy = bestDx;
            for (int other : *it) {
                const QPointF d = m_model->seatRect(other).center() - centre;
                const double dx = std::abs(d.x());
                const double dy = std::abs(d.y());
                if (dx < bestDx - 0.01 || (dx < bestDx + 0.01 && dy < bestDy)) {
                    best = other;
                    bestDx = dx;
                    bestDy = dy;
                }
            }
            if (best >= 0 && along(best))
                return best;
        }
    }
    return geometricNeighbour(seat, direction);
}

int SeatMapView::geometricNeighbour(int seat, Direction direction) const
{
    const QPointF centre = m_model->seatRect(seat).center();
    const QPointF unit = direction == Direction::Left    ? QPointF(-1, 0)
                         : direction == Direction::Right ? QPointF(1, 0)
                         : direction == Direction::Up    ? QPointF(0, -1)
                                                         : QPointF(0, 1);
    int best = -1;
    double bestScore = std::numeric_limits<double>::max();
    for (int other = 0; other < m_model->seatCount(); ++other) {
        if (m_model->isStandingPlace(other))
            continue;
        const QPointF d = m_model->seatRect(other).center() - centre;
        const double along = QPointF::dotProduct(d, unit);
        const double side = std::abs(d.x() * unit.y() - d.y() * unit.x());
        if (along < 0.5 || side > along * 2)
            continue;
        const double score = along + side * 2;
        if (score < bestScore) {
            bestScore = score;
            best = other;
        }
    }
    return best;
}

bool SeatMapView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const int seat = m_model ? m_model->seatAt(mapToScene(help->pos())) : -1;
        if (seat >= 0) {
            const QRect area = mapFromScene(m_model->seatRect(seat)).boundingRect();
            QToolTip::showText(help->globalPos(), seatToolTip(seat), viewport(), area);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    case QEvent::Gesture: {
        auto *gestureEvent = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestureEvent->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPoint centre = viewport()->mapFromGlobal(pinch->centerPoint().toPoint());
                setZoom(zoom() * pinch->scaleFactor(), mapToScene(centre));
            }
            gestureEvent->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(zoom() * (1.0 + native->value()), mapToScene(native->position().toPoint()));
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QGraphicsView::viewportEvent(event);
}

void SeatMapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event); // horizontal wheels scroll
        return;
    }
    // 120 units (one notch) zoom by about 20 %.
    const double factor = std::pow(1.0015, delta);
    setZoom(zoom() * factor, mapToScene(event->position().toPoint()));
    event->accept();
}

void SeatMapView::mousePressEvent(QMouseEvent *event)
{
    if (m_pressButton != Qt::NoButton) {
        event->accept();
        return;
    }
    const bool pan =
        event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (!pan && event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_pressButton = event->button();
    m_pressPos = event->position().toPoint();
    m_lastPos = m_pressPos;
    m_panning = pan;
    m_banding = false;
    if (pan) {
        m_spaceUsedForPan = m_spaceHeld;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void SeatMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressButton == Qt::NoButton) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    if (m_panning) {
        const QPoint delta = pos - m_lastPos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    } else if (m_banding || (pos - m_pressPos).manhattanLength() > QApplication::startDragDistance()) {
        m_banding = true;
        m_rubberBand->setGeometry(QRect(m_pressPos, pos).normalized());
        m_rubberBand->show();
    }
    m_lastPos = pos;
    event->accept();
}

void SeatMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != m_pressButton || m_pressButton == Qt::NoButton) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    m_pressButton = Qt::NoButton;
    if (m_panning) {
        m_panning = false;
        viewport()->unsetCursor();
    } else if (m_banding || (pos - m_pressPos).manhattanLength() > QApplication::startDragDistance()) {
        // Also without move events in between: a press and release far apart is a drag.
        m_banding = false;
        m_rubberBand->hide();
        finishRubberBand(QRect(m_pressPos, pos).normalized());
    } else if (m_model) {
        const int seat = m_model->seatAt(mapToScene(pos));
        if (seat >= 0) {
            setCurrentSeat(seat);
            emit seatClicked(seat);
        } else {
            for (const StandingAreaItem *area : std::as_const(m_areas)) {
                if (area->contains(mapToScene(pos)))
                    emit standingAreaClicked(area->area());
            }
        }
    }
    event->accept();
}

void SeatMapView::finishRubberBand(const QRect &band)
{
    if (!m_model)
        return;
    const QRectF sceneBand = mapToScene(band).boundingRect();
    QList<int> seats = m_model->seatsIn(sceneBand);
    seats.removeIf([this](int seat) { return m_model->display(seat) != Display::Available; });
    if (!seats.isEmpty())
        emit seatsSelected(seats);
}

void SeatMapView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || !m_model->hasLayout()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const Shared::EventLayout &layout = m_model->layout();
    auto move = [&](Direction direction) {
        if (m_currentSeat < 0) {
            // The first key press starts at the best seat of the house.
            setCurrentSeat(seatNearest(QPointF(layout.stageX, layout.stageY) * SeatMapModel::Scale));
            return;
        }
        const int next = neighbour(m_currentSeat, direction);
        if (next >= 0)
            setCurrentSeat(next);
    };
    switch (event->key()) {
    case Qt::Key_Left:
        move(Direction::Left);
        break;
    case Qt::Key_Right:
        move(Direction::Right);
        break;
    case Qt::Key_Up:
        move(Direction::Up);
        break;
    case Qt::Key_Down:
        move(Direction::Down);
        break;
    case Qt::Key_Space:
        // Emitted on release, unless Space was held to pan with the left button.
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            m_spaceUsedForPan = false;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_currentSeat >= 0)
            emit seatClicked(m_currentSeat);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitToWindow();
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SeatMapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        m_spaceHeld = false;
        if (!m_spaceUsedForPan && m_currentSeat >= 0)
            emit seatClicked(m_currentSeat);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void SeatMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted || m_fitPending)
        fitToWindow();
}

} // namespace BoxOffice::Ui
