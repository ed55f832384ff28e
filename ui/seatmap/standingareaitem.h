#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>
#include <QPointer>
#include <QPolygonF>

class QGraphicsScene;

namespace BoxOffice::Ui {

class SeatMapModel;

/**
 * A standing (general admission) area on the seat map: its outline filled in its price
 * category's colour, with its name and "412 of 1,500 free" in the middle. Its places are
 * sold by number, never picked one by one: a click on it (SeatMapView::standingAreaClicked)
 * or its entry in the best-available bar asks the server for N places of it.
 */
class StandingAreaItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(BoxOffice::Ui::StandingAreaItem)

public:
    StandingAreaItem(const SeatMapModel *model, int area);

    int area() const { return m_area; }
    /** The free count shown, as of the last refresh(). */
    int shownFree() const { return m_free; }
    /** Reads the free count again; repaints if it changed. */
    void refresh();

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /** One item per standing area of the model's layout, added to scene. */
    static QList<StandingAreaItem *> addAll(QGraphicsScene *scene, const SeatMapModel *model);

private:
    QPointer<const SeatMapModel> m_model;
    int m_area = 0;
    int m_capacity = 0;
    int m_free = 0;
    QPolygonF m_outline;
    QRectF m_bounds;
};

} // namespace BoxOffice::Ui
