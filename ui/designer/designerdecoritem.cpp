#include "designer/designerdecoritem.h"

#include "designer/designerdocument.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace BoxOffice::Ui {

using Shared::LayoutDocument;

namespace {

const QColor Outline(0x47, 0x55, 0x69);
const QColor Selected(0x1d, 0x4e, 0xd8);

void drawText(QPainter *painter, const QString &text, QPointF centre, double height, double rotation = 0)
{
    if (text.isEmpty() || height <= 0)
        return;
    painter->save();
    painter->translate(centre);
    painter->rotate(rotation);
    // Fonts below a point or so are not drawn at all: draw at 12 pt and scale.
    const double scale = height / 12.0;
    painter->scale(scale, scale);
    QFont font = painter->font();
    font.setPointSizeF(10);
    painter->setFont(font);
    painter->drawText(QRectF(-2000, -6, 4000, 12), Qt::AlignCenter, text);
    painter->restore();
}

} // namespace

DesignerDecorItem::DesignerDecorItem(const DesignerDocument *doc)
    : m_doc(doc)
{
    setZValue(-1); // under the seats
    updateBounds();
}

void DesignerDecorItem::updateBounds()
{
    const LayoutDocument &layout = m_doc->layout();
    QRectF bounds = layout.stage.rect;
    const auto add = [&bounds](const QRectF &r) { bounds = bounds.isNull() ? r : bounds.united(r); };
    for (const LayoutDocument::StandingArea &a : layout.standingAreas)
        add(QPolygonF(a.outline).boundingRect());
    for (const LayoutDocument::Shape &s : layout.shapes)
        add(QPolygonF(s.points).boundingRect());
    for (const LayoutDocument::Table &t : layout.tables) {
        const double r = std::max(t.size.width(), t.size.height());
        add(QRectF(t.centre - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    for (const LayoutDocument::Label &l : layout.labels) {
        const double w = l.size * std::max<qsizetype>(1, l.text.size());
        add(QRectF(l.pos - QPointF(w, w), QSizeF(2 * w, 2 * w)));
    }
    prepareGeometryChange();
    m_bounds = bounds.adjusted(-1, -1, 1, 1);
    update();
}

void DesignerDecorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const LayoutDocument &layout = m_doc->layout();
    const DesignerSelection &selection = m_doc->selection();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPen outline(Outline, 0);
    const QPen selected(Selected, 0.15);
    const auto penFor = [&](const QList<int> &chosen, int index) {
        return std::binary_search(chosen.cbegin(), chosen.cend(), index) ? selected : outline;
    };
    if (layout.stage.rect.isValid()) {
        painter->setPen(selection.stage ? selected : outline);
        painter->setBrush(QColor(0xe2, 0xe8, 0xf0));
        painter->drawRect(layout.stage.rect);
        painter->setPen(Outline);
        drawText(painter, layout.stage.label, layout.stage.rect.center(),
                 std::min(layout.stage.rect.height() / 2, 3.0));
    }
    for (int a = 0; a < layout.standingAreas.size(); ++a) {
        const LayoutDocument::StandingArea &area = layout.standingAreas.at(a);
        const LayoutDocument::Category *category = layout.category(area.category);
        QColor fill = category ? QColor(category->colour) : QColor(0x9c, 0xa3, 0xaf);
        fill.setAlpha(90);
        const QPolygonF polygon(area.outline);
        painter->setPen(penFor(selection.standingAreas, a));
        painter->setBrush(fill);
        painter->drawPolygon(polygon);
        painter->setPen(Outline);
        drawText(painter, QStringLiteral("%1 (%2)").arg(area.name).arg(area.capacity),
                 polygon.boundingRect().center(), std::max(1.0, polygon.boundingRect().height() / 8));
    }
    painter->setBrush(Qt::NoBrush);
    for (int s = 0; s < layout.shapes.size(); ++s) {
        const LayoutDocument::Shape &shape = layout.shapes.at(s);
        QPen pen = penFor(selection.shapes, s);
        if (pen.color() != Selected) {
            pen = QPen(shape.kind == LayoutDocument::ShapeKind::Wall ? QColor(0x33, 0x41, 0x55)
                                                                     : QColor(0x94, 0xa3, 0xb8),
                       shape.kind == LayoutDocument::ShapeKind::Wall ? 0.3 : 0.1);
            if (shape.kind == LayoutDocument::ShapeKind::Aisle)
                pen.setStyle(Qt::DashLine);
            if (shape.kind == LayoutDocument::ShapeKind::Entrance)
                pen.setColor(QColor(0x15, 0x80, 0x3d));
        }
        painter->setPen(pen);
        QPainterPath path;
        path.addPolygon(QPolygonF(shape.points));
        if (shape.closed)
            path.closeSubpath();
        painter->drawPath(path);
    }
    for (int t = 0; t < layout.tables.size(); ++t) {
        const LayoutDocument::Table &table = layout.tables.at(t);
        painter->save();
        painter->translate(table.centre);
        painter->rotate(table.rotation);
        painter->setPen(penFor(selection.tables, t));
        painter->setBrush(QColor(0xf1, 0xf5, 0xf9));
        const QRectF r(-table.size.width() / 2, -table.size.height() / 2, table.size.width(),
                       table.size.height());
        if (table.shape == LayoutDocument::TableShape::Round)
            painter->drawEllipse(QPointF(0, 0), table.size.width() / 2, table.size.width() / 2);
        else
            painter->drawRect(r);
        painter->restore();
        painter->setPen(Outline);
        drawText(painter, table.label, table.centre, std::min(table.size.height(), table.size.width()) / 3);
    }
    for (int l = 0; l < layout.labels.size(); ++l) {
        const LayoutDocument::Label &label = layout.labels.at(l);
        const bool chosen = std::binary_search(selection.labels.cbegin(), selection.labels.cend(), l);
        painter->setPen(chosen ? Selected : QColor(0x1f, 0x29, 0x37));
        drawText(painter, label.text, label.pos, label.size, label.rotation);
    }
}

} // namespace BoxOffice::Ui
