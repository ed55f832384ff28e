#include "designer/designerplanitem.h"

#include "designer/designerdocument.h"

#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace BoxOffice::Ui {

using Shared::LayoutDocument;

namespace {

// A seat whose category is missing or unknown is grey: the validation panel names it.
const QColor NoCategory(0x9c, 0xa3, 0xaf);
const QColor Selected(0x1d, 0x4e, 0xd8);

} // namespace

DesignerPlanItem::DesignerPlanItem(const DesignerDocument *doc, QList<int> seats)
    : m_doc(doc)
    , m_seats(std::move(seats))
{
    // paint() skips seats outside the exposed rectangle, which Qt fills in only with this flag.
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    updateBounds();
}

void DesignerPlanItem::updateBounds()
{
    const LayoutDocument &layout = m_doc->layout();
    double left = 0, top = 0, right = 0, bottom = 0;
    for (qsizetype k = 0; k < m_seats.size(); ++k) {
        const QPointF p = layout.seats.at(m_seats.at(k)).pos;
        if (k == 0) {
            left = right = p.x();
            top = bottom = p.y();
            continue;
        }
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    const double w = layout.seatWidth;
    prepareGeometryChange();
    m_bounds = QRectF(QPointF(left - w, top - w), QPointF(right + w, bottom + w));
    update();
}

void DesignerPlanItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const LayoutDocument &layout = m_doc->layout();
    QHash<int, QColor> colours;
    for (const LayoutDocument::Category &c : layout.categories) {
        const QColor colour(c.colour);
        colours.insert(c.id, colour.isValid() ? colour : NoCategory);
    }
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const double r = layout.seatWidth * 0.4;
    const bool discs = lod * r >= 1.5; // below that a disc is a blur: dots say as much
    painter->setRenderHint(QPainter::Antialiasing, discs);
    const QRectF exposed = option->exposedRect.adjusted(-r * 2, -r * 2, r * 2, r * 2);
    const QPen selectedPen(Selected, discs ? r * 0.45 : 0);
    const QPen wheelchairPen(Qt::black, r * 0.3);
    for (int i : m_seats) {
        const LayoutDocument::Seat &seat = layout.seats.at(i);
        if (!exposed.contains(seat.pos))
            continue;
        const bool selected = m_doc->isSeatSelected(i);
        const QColor colour = colours.value(seat.category, NoCategory);
        if (!discs) {
            painter->setPen(QPen(selected ? Selected : colour, 0));
            painter->drawPoint(seat.pos);
            continue;
        }
        painter->setBrush(colour);
        if (selected)
            painter->setPen(selectedPen);
        else if (seat.flags & LayoutDocument::Wheelchair)
            painter->setPen(wheelchairPen);
        else
            painter->setPen(Qt::NoPen);
        if (seat.flags & LayoutDocument::Companion)
            painter->drawRect(QRectF(seat.pos.x() - r, seat.pos.y() - r, 2 * r, 2 * r));
        else
            painter->drawEllipse(seat.pos, r, r);
        if (seat.flags & LayoutDocument::RestrictedView) {
            painter->setPen(QPen(Qt::black, r * 0.25));
            painter->drawLine(seat.pos + QPointF(-r * 0.6, -r * 0.6), seat.pos + QPointF(r * 0.6, r * 0.6));
        }
    }
}

} // namespace BoxOffice::Ui
