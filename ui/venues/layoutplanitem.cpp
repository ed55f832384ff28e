#include "venues/layoutplanitem.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QStyleOptionGraphicsItem>

namespace BoxOffice::Ui {

using Shared::LayoutDocument;

namespace {

// A seat whose category is missing or unknown is drawn grey: the validator names it.
const QColor NoCategory(0x9c, 0xa3, 0xaf);

QColor colourOf(const LayoutDocument &doc, int categoryId)
{
    const LayoutDocument::Category *c = doc.category(categoryId);
    const QColor colour = c ? QColor(c->colour) : QColor();
    return colour.isValid() ? colour : NoCategory;
}

QPolygonF polygon(const QList<QPointF> &points)
{
    return QPolygonF(points);
}

QGraphicsSimpleTextItem *addText(QGraphicsScene *scene, const QString &text, const QPointF &centre,
                                 double height)
{
    auto *item = scene->addSimpleText(text);
    QFont font = item->font();
    font.setPointSizeF(12);
    item->setFont(font);
    const QRectF r = item->boundingRect();
    const double scale = r.height() > 0 ? height / r.height() : 1;
    item->setScale(scale);
    item->setPos(centre - QPointF(r.width() * scale / 2, r.height() * scale / 2));
    return item;
}

} // namespace

LayoutPlanItem::LayoutPlanItem(const LayoutDocument &doc, int section)
    : m_seatWidth(doc.seatWidth)
{
    for (const LayoutDocument::Seat &s : doc.seats) {
        if (doc.sectionOf(s) != section)
            continue;
        m_points.append(s.pos);
        m_colours.append(colourOf(doc, s.category));
        m_flags.append(s.flags);
        // Not QRectF::united(): a rectangle of one point is null, and united() ignores it.
        if (m_points.size() == 1) {
            m_bounds = QRectF(s.pos, QSizeF(0, 0));
        } else {
            m_bounds.setLeft(qMin(m_bounds.left(), s.pos.x()));
            m_bounds.setRight(qMax(m_bounds.right(), s.pos.x()));
            m_bounds.setTop(qMin(m_bounds.top(), s.pos.y()));
            m_bounds.setBottom(qMax(m_bounds.bottom(), s.pos.y()));
        }
    }
    const double w = m_seatWidth;
    m_bounds.adjust(-w, -w, w, w);
    // paint() skips seats outside the exposed rectangle, which Qt fills in only with this flag.
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

void LayoutPlanItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const double r = m_seatWidth * 0.4;
    const bool discs = lod * r >= 1.5; // below that a disc is a blur: dots say as much
    painter->setRenderHint(QPainter::Antialiasing, discs);
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const QPointF &p = m_points.at(i);
        if (!option->exposedRect.contains(p))
            continue;
        if (!discs) {
            painter->setPen(QPen(m_colours.at(i), 0));
            painter->drawPoint(p);
            continue;
        }
        painter->setPen(m_flags.at(i) & LayoutDocument::Wheelchair ? QPen(Qt::black, r * 0.3) : Qt::NoPen);
        painter->setBrush(m_colours.at(i));
        painter->drawEllipse(p, r, r);
    }
}

int LayoutPlanItem::populate(QGraphicsScene *scene, const LayoutDocument &doc)
{
    const QPen outline(QColor(0x47, 0x55, 0x69), 0);
    if (doc.stage.rect.isValid()) {
        scene->addRect(doc.stage.rect, outline, QColor(0xe2, 0xe8, 0xf0));
        if (!doc.stage.label.isEmpty())
            addText(scene, doc.stage.label, doc.stage.rect.center(), qMin(doc.stage.rect.height() / 2, 3.0));
    }
    for (const LayoutDocument::StandingArea &a : doc.standingAreas) {
        const QPolygonF area = polygon(a.outline);
        QColor fill = colourOf(doc, a.category);
        fill.setAlpha(90);
        scene->addPolygon(area, outline, fill);
        addText(scene, QStringLiteral("%1 (%2)").arg(a.name).arg(a.capacity), area.boundingRect().center(),
                qMax(1.0, area.boundingRect().height() / 8));
    }
    for (const LayoutDocument::Shape &s : doc.shapes) {
        QPainterPath path;
        path.addPolygon(polygon(s.points));
        if (s.closed)
            path.closeSubpath();
        QPen pen(s.kind == LayoutDocument::ShapeKind::Wall ? QColor(0x33, 0x41, 0x55)
                                                           : QColor(0x94, 0xa3, 0xb8),
                 s.kind == LayoutDocument::ShapeKind::Wall ? 0.3 : 0.1);
        if (s.kind == LayoutDocument::ShapeKind::Aisle)
            pen.setStyle(Qt::DashLine);
        scene->addPath(path, pen);
    }
    for (const LayoutDocument::Label &l : doc.labels) {
        auto *item = addText(scene, l.text, l.pos, l.size);
        item->setTransformOriginPoint(item->boundingRect().center());
        item->setRotation(l.rotation);
    }
    int seats = 0;
    for (int section = 0; section < doc.sections.size(); ++section) {
        auto *item = new LayoutPlanItem(doc, section);
        seats += item->seatCount();
        if (item->seatCount() == 0) {
            delete item;
            continue;
        }
        scene->addItem(item);
    }
    return seats;
}

} // namespace BoxOffice::Ui
