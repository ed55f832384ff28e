#pragma once

#include "designer/designerdocument.h"

#include <QElapsedTimer>
#include <QGraphicsView>
#include <QList>
#include <QPointer>

class QRubberBand;

namespace BoxOffice::Ui {

class DesignerDecorItem;
class DesignerPlanItem;

/**
 * The designer's plan: draws a DesignerDocument (an item per section, DesignerPlanItem, and
 * one for everything else) and turns the mouse and keys into selections and commands. Click
 * selects (Shift or Ctrl adds), a drag on empty space selects with a rubber band, a drag on
 * the selection moves it (one undoable command), a double-click selects the whole row, the
 * wheel zooms, the middle button pans, the arrow keys move by the grid step (Alt: a tenth).
 * In read-only mode it only selects.
 */
class DesignerView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DesignerView(DesignerDocument *doc, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    void setSnapToGrid(bool snap);
    bool snapToGrid() const { return m_snap; }
    /** The grid step in venue units (also the arrow keys' step). */
    void setGridStep(double step);
    double gridStep() const { return m_gridStep; }
    QPointF snapped(QPointF p) const;

    void fitToView();
    void zoomBy(double factor);
    /** The centre of what is visible, in venue units (where tools place new objects). */
    QPointF visibleCentre() const;

    /** The object under a scene point: a selection of one (empty when nothing is there). */
    DesignerSelection objectAt(QPointF scenePos) const;
    /** Everything inside a scene rectangle. */
    DesignerSelection objectsIn(const QRectF &rect) const;
    /** Moves the selection by a step of the keyboard (merged with the moves just before). */
    void nudge(QPointF direction, bool fine);
    int sectionItemCount() const { return int(m_items.size()); }

signals:
    /** A click or key the view did not take (the workspace shows it in the status bar). */
    void message(const QString &text);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void onChanged(DesignerDocument::Change change);
    void refreshItems();
    QPointF anchorOf(const DesignerSelection &selection) const;

    enum class Drag { None, Move, Rubber, Pan };

    DesignerDocument *m_doc;
    QGraphicsScene *m_scene;
    QList<DesignerPlanItem *> m_items;
    DesignerDecorItem *m_decor = nullptr;
    QRubberBand *m_rubber;
    bool m_readOnly = false;
    bool m_snap = true;
    double m_gridStep = 0.5;
    bool m_fitted = false;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;       // viewport
    QPointF m_pressScene;    // scene
    QPointF m_anchor;        // the pressed object's position, snapped onto the grid
    QPointF m_moved;         // how far the current drag has moved the selection
    bool m_additive = false; // Shift or Ctrl at the press
    int m_mergeKey = 0;      // one per drag or burst of arrow keys
    QElapsedTimer m_lastNudge;
};

} // namespace BoxOffice::Ui
