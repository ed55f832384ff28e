#include "designer/designerview.h"

#include "designer/designercommands.h"
#include "designer/designerdecoritem.h"
#include "designer/designerplanitem.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QScrollBar>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

namespace BoxOffice::Ui {

using Shared::LayoutDocument;

namespace {

constexpr double SceneMargin = 40; // venue units around the plan, room to draw and pan
constexpr int NudgeMergeMs = 1000; // arrow keys pressed closer than this make one undo step

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

} // namespace

DesignerView::DesignerView(DesignerDocument *doc, QWidget *parent)
    : QGraphicsView(parent)
    , m_doc(doc)
    , m_scene(new QGraphicsScene(this))
    , m_rubber(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setObjectName(QStringLiteral("designerView"));
    setScene(m_scene);
    // The scene's index would be rebuilt at every move of 50,000 seats for nothing: the
    // view picks seats itself, and there are a few dozen items.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    setRenderHint(QPainter::Antialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    connect(doc, &DesignerDocument::changed, this, &DesignerView::onChanged);
    connect(doc, &DesignerDocument::selectionChanged, this, &DesignerView::refreshItems);
    rebuild();
}

void DesignerView::setSnapToGrid(bool snap)
{
    m_snap = snap;
    viewport()->update();
}

void DesignerView::setGridStep(double step)
{
    if (step > 0 && std::isfinite(step))
        m_gridStep = step;
    viewport()->update();
}

QPointF DesignerView::snapped(QPointF p) const
{
    if (!m_snap)
        return p;
    return QPointF(std::round(p.x() / m_gridStep) * m_gridStep, std::round(p.y() / m_gridStep) * m_gridStep);
}

void DesignerView::rebuild()
{
    m_scene->clear();
    m_items.clear();
    const LayoutDocument &layout = m_doc->layout();
    QList<QList<int>> bySection(layout.sections.size() + 1);
    for (int i = 0; i < layout.seats.size(); ++i) {
        const int section = layout.sectionOf(layout.seats.at(i));
        bySection[section >= 0 && section < layout.sections.size() ? section : layout.sections.size()].append(
            i);
    }
    for (QList<int> &seats : bySection) {
        if (seats.isEmpty())
            continue;
        auto *item = new DesignerPlanItem(m_doc, std::move(seats));
        m_scene->addItem(item);
        m_items.append(item);
    }
    m_decor = new DesignerDecorItem(m_doc);
    m_scene->addItem(m_decor);
    QRectF bounds = m_scene->itemsBoundingRect();
    if (bounds.isEmpty())
        bounds = QRectF(-20, -10, 40, 30);
    m_scene->setSceneRect(bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
}

void DesignerView::onChanged(DesignerDocument::Change change)
{
    switch (change) {
    case DesignerDocument::Change::Structure:
        rebuild();
        return;
    case DesignerDocument::Change::Geometry: {
        for (DesignerPlanItem *item : std::as_const(m_items))
            item->updateBounds();
        m_decor->updateBounds();
        // Grow the scene with what moved out of it; never shrink under the organizer's view.
        const QRectF bounds =
            m_scene->itemsBoundingRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin);
        if (!m_scene->sceneRect().contains(bounds))
            m_scene->setSceneRect(m_scene->sceneRect().united(bounds));
        return;
    }
    case DesignerDocument::Change::Style:
        refreshItems();
        return;
    }
}

void DesignerView::refreshItems()
{
    for (DesignerPlanItem *item : std::as_const(m_items))
        item->update();
    if (m_decor)
        m_decor->update();
}

void DesignerView::fitToView()
{
    QRectF bounds = m_scene->itemsBoundingRect();
    if (bounds.isEmpty())
        bounds = QRectF(-20, -10, 40, 30);
    fitInView(bounds.adjusted(-2, -2, 2, 2), Qt::KeepAspectRatio);
}

void DesignerView::zoomBy(double factor)
{
    const double scale = transform().m11() * factor;
    if (scale < 0.05 || scale > 2000)
        return;
    this->scale(factor, factor);
}

QPointF DesignerView::visibleCentre() const
{
    return mapToScene(viewport()->rect().center());
}

DesignerSelection DesignerView::objectAt(QPointF p) const
{
    const LayoutDocument &layout = m_doc->layout();
    const double pixel = 1.0 / std::max(1e-9, transform().m11());
    const double reach = std::max(layout.seatWidth * 0.5, 4 * pixel);
    DesignerSelection hit;
    int best = -1;
    double bestDistance = reach;
    for (int i = 0; i < layout.seats.size(); ++i) {
        const QPointF d = layout.seats.at(i).pos - p;
        if (std::abs(d.x()) > bestDistance || std::abs(d.y()) > bestDistance)
            continue;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    if (best >= 0) {
        const int table = layout.seats.at(best).table;
        if (table < 0) {
            hit.seats = {best};
            return hit;
        }
        hit.tables = {table};
        return m_doc->wholeRows(hit); // a table moves with its seats
    }
    for (int t = 0; t < layout.tables.size(); ++t) {
        const LayoutDocument::Table &table = layout.tables.at(t);
        const QPointF d = p - table.centre;
        if (std::hypot(d.x(), d.y()) <= std::max(table.size.width(), table.size.height()) / 2) {
            hit.tables = {t};
            return m_doc->wholeRows(hit);
        }
    }
    for (int l = 0; l < layout.labels.size(); ++l) {
        const LayoutDocument::Label &label = layout.labels.at(l);
        const QPointF d = p - label.pos;
        if (std::abs(d.y()) <= label.size &&
            std::abs(d.x()) <= label.size * std::max<qsizetype>(1, label.text.size()) / 2) {
            hit.labels = {l};
            return hit;
        }
    }
    for (int a = layout.standingAreas.size() - 1; a >= 0; --a) {
        if (QPolygonF(layout.standingAreas.at(a).outline).containsPoint(p, Qt::OddEvenFill)) {
            hit.standingAreas = {a};
            return hit;
        }
    }
    for (int s = layout.shapes.size() - 1; s >= 0; --s) {
        const LayoutDocument::Shape &shape = layout.shapes.at(s);
        const QList<QPointF> &pts = shape.points;
        bool near = shape.closed && QPolygonF(pts).containsPoint(p, Qt::OddEvenFill);
        for (qsizetype k = 1; k < pts.size() && !near; ++k)
            near = distanceToSegment(p, pts.at(k - 1), pts.at(k)) <= std::max(0.3, 4 * pixel);
        if (near) {
            hit.shapes = {s};
            return hit;
        }
    }
    if (layout.stage.rect.contains(p))
        hit.stage = true;
    return hit;
}

DesignerSelection DesignerView::objectsIn(const QRectF &rect) const
{
    const LayoutDocument &layout = m_doc->layout();
    DesignerSelection s;
    for (int i = 0; i < layout.seats.size(); ++i) {
        if (rect.contains(layout.seats.at(i).pos))
            s.seats.append(i);
    }
    for (int t = 0; t < layout.tables.size(); ++t) {
        if (rect.contains(layout.tables.at(t).centre))
            s.tables.append(t);
    }
    for (int a = 0; a < layout.standingAreas.size(); ++a) {
        if (rect.contains(QPolygonF(layout.standingAreas.at(a).outline).boundingRect()))
            s.standingAreas.append(a);
    }
    for (int l = 0; l < layout.labels.size(); ++l) {
        if (rect.contains(layout.labels.at(l).pos))
            s.labels.append(l);
    }
    for (int k = 0; k < layout.shapes.size(); ++k) {
        if (rect.contains(QPolygonF(layout.shapes.at(k).points).boundingRect()))
            s.shapes.append(k);
    }
    s.stage = layout.stage.rect.isValid() && rect.contains(layout.stage.rect);
    return s;
}

QPointF DesignerView::anchorOf(const DesignerSelection &s) const
{
    const LayoutDocument &layout = m_doc->layout();
    if (!s.seats.isEmpty())
        return layout.seats.at(s.seats.first()).pos;
    if (!s.tables.isEmpty())
        return layout.tables.at(s.tables.first()).centre;
    if (!s.labels.isEmpty())
        return layout.labels.at(s.labels.first()).pos;
    if (!s.standingAreas.isEmpty() && !layout.standingAreas.at(s.standingAreas.first()).outline.isEmpty())
        return layout.standingAreas.at(s.standingAreas.first()).outline.first();
    if (!s.shapes.isEmpty() && !layout.shapes.at(s.shapes.first()).points.isEmpty())
        return layout.shapes.at(s.shapes.first()).points.first();
    return layout.stage.rect.topLeft();
}

void DesignerView::nudge(QPointF direction, bool fine)
{
    if (m_readOnly || m_doc->selection().isEmpty())
        return;
    if (!m_lastNudge.isValid() || m_lastNudge.elapsed() > NudgeMergeMs)
        ++m_mergeKey;
    m_lastNudge.start();
    const double step = fine ? m_gridStep / 10 : m_gridStep;
    m_doc->undoStack()->push(new MoveCommand(m_doc, m_doc->selection(), direction * step, m_mergeKey));
}

void DesignerView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressScene = mapToScene(m_pressPos);
    if (event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return QGraphicsView::mousePressEvent(event);
    m_additive = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    const DesignerSelection hit = objectAt(m_pressScene);
    if (hit.isEmpty()) {
        m_drag = Drag::Rubber;
        m_rubber->setGeometry(QRect(m_pressPos, QSize()));
        m_rubber->show();
        return;
    }
    const DesignerSelection &current = m_doc->selection();
    const auto inCurrent = [&current](const QList<int> &mine, const QList<int> &theirs) {
        return std::all_of(mine.cbegin(), mine.cend(), [&theirs](int i) {
            return std::binary_search(theirs.cbegin(), theirs.cend(), i);
        });
    };
    const bool selected = inCurrent(hit.seats, current.seats) && inCurrent(hit.tables, current.tables) &&
                          inCurrent(hit.standingAreas, current.standingAreas) &&
                          inCurrent(hit.labels, current.labels) && inCurrent(hit.shapes, current.shapes) &&
                          (!hit.stage || current.stage);
    if (m_additive) {
        DesignerSelection next = current;
        const auto toggle = [selected](QList<int> &list, const QList<int> &items) {
            for (int i : items) {
                if (selected)
                    list.removeAll(i);
                else
                    list.append(i);
            }
        };
        toggle(next.seats, hit.seats);
        toggle(next.tables, hit.tables);
        toggle(next.standingAreas, hit.standingAreas);
        toggle(next.labels, hit.labels);
        toggle(next.shapes, hit.shapes);
        if (hit.stage)
            next.stage = !selected;
        m_doc->setSelection(next);
        m_drag = Drag::None;
        return;
    }
    if (!selected)
        m_doc->setSelection(hit);
    m_drag = m_readOnly ? Drag::None : Drag::Move;
    m_anchor = anchorOf(hit);
    m_moved = QPointF();
    ++m_mergeKey;
}

void DesignerView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    switch (m_drag) {
    case Drag::None:
        return QGraphicsView::mouseMoveEvent(event);
    case Drag::Pan: {
        const QPoint d = pos - m_pressPos;
        m_pressPos = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        return;
    }
    case Drag::Rubber:
        m_rubber->setGeometry(QRect(m_pressPos, pos).normalized());
        return;
    case Drag::Move: {
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance() && m_moved.isNull())
            return;
        const QPointF target = snapped(m_anchor + (mapToScene(pos) - m_pressScene));
        const QPointF wanted = target - m_anchor;
        const QPointF step = wanted - m_moved;
        if (step.isNull())
            return;
        m_moved = wanted;
        m_doc->undoStack()->push(new MoveCommand(m_doc, m_doc->selection(), step, m_mergeKey));
        return;
    }
    }
}

void DesignerView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    viewport()->unsetCursor();
    if (drag == Drag::Rubber) {
        m_rubber->hide();
        const QRectF rect = mapToScene(m_rubber->geometry()).boundingRect();
        DesignerSelection found = m_rubber->geometry().width() < 3 && m_rubber->geometry().height() < 3
                                      ? DesignerSelection()
                                      : objectsIn(rect);
        if (m_additive) {
            const DesignerSelection &current = m_doc->selection();
            found.seats += current.seats;
            found.tables += current.tables;
            found.standingAreas += current.standingAreas;
            found.labels += current.labels;
            found.shapes += current.shapes;
            found.stage = found.stage || current.stage;
        }
        m_doc->setSelection(found);
        return;
    }
    if (drag == Drag::None)
        QGraphicsView::mouseReleaseEvent(event);
}

void DesignerView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QGraphicsView::mouseDoubleClickEvent(event);
    const DesignerSelection hit = objectAt(mapToScene(event->position().toPoint()));
    if (hit.seats.isEmpty())
        return;
    // Alt: the whole section; otherwise the whole row.
    m_doc->setSelection(event->modifiers() & Qt::AltModifier ? m_doc->wholeSections(hit)
                                                             : m_doc->wholeRows(hit));
    m_drag = Drag::None;
}

void DesignerView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomBy(std::pow(1.2, steps));
    event->accept();
}

void DesignerView::keyPressEvent(QKeyEvent *event)
{
    const bool fine = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        return nudge(QPointF(-1, 0), fine);
    case Qt::Key_Right:
        return nudge(QPointF(1, 0), fine);
    case Qt::Key_Up:
        return nudge(QPointF(0, -1), fine);
    case Qt::Key_Down:
        return nudge(QPointF(0, 1), fine);
    case Qt::Key_Escape:
        if (!m_doc->selection().isEmpty())
            return m_doc->clearSelection();
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignerView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().base());
    const double scale = transform().m11();
    if (!m_snap || m_gridStep * scale < 8)
        return; // a grid finer than that is a grey wash
    painter->setPen(QPen(palette().mid().color(), 0));
    const double left = std::floor(rect.left() / m_gridStep) * m_gridStep;
    const double top = std::floor(rect.top() / m_gridStep) * m_gridStep;
    QList<QPointF> points;
    for (double x = left; x <= rect.right(); x += m_gridStep) {
        for (double y = top; y <= rect.bottom(); y += m_gridStep)
            points.append(QPointF(x, y));
    }
    painter->drawPoints(points.constData(), int(points.size()));
}

} // namespace BoxOffice::Ui
