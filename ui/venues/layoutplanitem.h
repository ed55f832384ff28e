#pragma once

#include "layout/layoutdocument.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QPointF>

class QGraphicsScene;

namespace BoxOffice::Ui {

/**
 * The seats of one section of a layout document, painted from arrays (a stadium section is
 * one item, not thousands): a disc per seat in its category's colour, a ring for wheelchair
 * spaces, a dot when zoomed out too far for discs to be seen. Read-only.
 */
class LayoutPlanItem final : public QGraphicsItem
{
public:
    LayoutPlanItem(const Shared::LayoutDocument &doc, int section);

    int seatCount() const { return int(m_points.size()); }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /**
     * Puts a whole document into scene: an item per section, the stage, standing areas with
     * their capacity, labels and shapes. Returns the seats drawn.
     */
    static int populate(QGraphicsScene *scene, const Shared::LayoutDocument &doc);

private:
    QList<QPointF> m_points;
    QList<QColor> m_colours;
    QList<quint8> m_flags;
    double m_seatWidth = 0.5;
    QRectF m_bounds;
};

} // namespace BoxOffice::Ui
