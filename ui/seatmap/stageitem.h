#pragma once

#include <QGraphicsItem>
#include <QRectF>
#include <QString>

namespace BoxOffice::Ui {

/** The stage on the seat map: a labelled rounded shape beside the seats. */
class StageItem final : public QGraphicsItem
{
public:
    StageItem(const QRectF &rect, const QString &label);

    /**
     * Where the stage is drawn, in scene units: beside the seats (bounds) on the side of the
     * layout's stage point, a small gap away. The point itself can lie far off (it is where
     * best available measures from); drawn there, the stage made the fitted map mostly empty
     * space. A stage point among the seats (a stadium's field) is drawn where it is.
     */
    static QRectF placeBeside(const QRectF &bounds, const QPointF &stagePoint);

    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_rect;
    QString m_label;
};

} // namespace BoxOffice::Ui
