#pragma once

#include <QGraphicsItem>

namespace BoxOffice::Ui {

class DesignerDocument;

/**
 * Everything of the document but seats (there are few of them): the stage, standing areas
 * with their capacity, tables, labels and shapes, with the selected ones outlined.
 */
class DesignerDecorItem final : public QGraphicsItem
{
public:
    explicit DesignerDecorItem(const DesignerDocument *doc);

    void updateBounds();
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const DesignerDocument *m_doc;
    QRectF m_bounds;
};

} // namespace BoxOffice::Ui
