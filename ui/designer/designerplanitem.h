#pragma once

#include <QGraphicsItem>
#include <QList>

namespace BoxOffice::Ui {

class DesignerDocument;

/**
 * The seats of one section in the designer, painted straight from the document (a stadium
 * section is one item, not thousands of them): a disc in the seat's category colour, a ring
 * for wheelchair spaces, a square for companion seats, a highlight for selected seats, a dot
 * when zoomed out too far for discs. Picking and selecting are the view's (DesignerView).
 */
class DesignerPlanItem final : public QGraphicsItem
{
public:
    DesignerPlanItem(const DesignerDocument *doc, QList<int> seats);

    const QList<int> &seats() const { return m_seats; }
    /** After the seats moved: bounds again from their positions. */
    void updateBounds();
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const DesignerDocument *m_doc;
    QList<int> m_seats;
    QRectF m_bounds;
};

} // namespace BoxOffice::Ui
