#include "seatmap/standingareaitem.h"

#include "seatmap/seatmapmodel.h"

#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace BoxOffice::Ui {

StandingAreaItem::StandingAreaItem(const SeatMapModel *model, int area)
    : m_model(model)
    , m_area(area)
{
    const auto &a = model->layout().standing.at(area);
    m_capacity = a.capacity;
    m_outline = model->standingOutline(area);
    if (m_outline.size() < 3) {
        // A version made from rows has no outline: a box at the places' position.
        const QPointF centre = model->seatRect(a.first).center();
        m_outline = QPolygonF(QRectF(centre - QPointF(60, 30), QSizeF(120, 60)));
    }
    m_bounds = m_outline.boundingRect().adjusted(-1, -1, 1, 1);
    setZValue(-0.5); // above the stage, below the seats' focus frame
    setToolTip(tr("%1 (standing): click, or choose it in Best available, to sell places").arg(a.name));
    refresh();
}

void StandingAreaItem::refresh()
{
    const int free = m_model ? m_model->freePlaces(m_area) : 0;
    if (free == m_free && m_free != 0)
        return;
    m_free = free;
    update();
}

QPainterPath StandingAreaItem::shape() const
{
    QPainterPath path;
    path.addPolygon(m_outline);
    path.closeSubpath();
    return path;
}

void StandingAreaItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_model || m_area >= m_model->layout().standing.size())
        return;
    const auto &a = m_model->layout().standing.at(m_area);
    const QColor category = a.category < m_model->layout().categories.size()
                                ? QColor::fromString(m_model->layout().categories.at(a.category).colour)
                                : QColor(Qt::gray);
    QColor fill = m_free > 0 ? category : SeatMapModel::displayColour(SeatMapModel::Display::Sold);
    fill.setAlpha(m_free > 0 ? 110 : 160);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(fill.darker(160), 0));
    painter->setBrush(fill);
    painter->drawPolygon(m_outline);

    // Name and free count, scaled to the area (scene units), readable at fit.
    const QRectF box = m_outline.boundingRect();
    const QString text =
        tr("%1\n%2 of %3 free").arg(a.name, QLocale().toString(m_free), QLocale().toString(m_capacity));
    QFont font = painter->font();
    font.setPointSizeF(std::clamp(box.height() / 6, 4.0, 60.0));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x1f, 0x29, 0x37));
    painter->drawText(box, Qt::AlignCenter, text);
}

QList<StandingAreaItem *> StandingAreaItem::addAll(QGraphicsScene *scene, const SeatMapModel *model)
{
    QList<StandingAreaItem *> items;
    for (int area = 0; area < model->layout().standing.size(); ++area) {
        auto *item = new StandingAreaItem(model, area);
        scene->addItem(item);
        items.append(item);
    }
    return items;
}

} // namespace BoxOffice::Ui
