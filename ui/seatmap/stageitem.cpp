#include "seatmap/stageitem.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace BoxOffice::Ui {

namespace {
const QColor StageColour(0xd1, 0xd5, 0xdb);
const QColor StageTextColour(0x37, 0x41, 0x51);
} // namespace

StageItem::StageItem(const QRectF &rect, const QString &label)
    : m_rect(rect)
    , m_label(label)
{}

QRectF StageItem::placeBeside(const QRectF &bounds, const QPointF &stage)
{
    const bool above = stage.y() < bounds.top();
    const bool below = stage.y() > bounds.bottom();
    const bool left = stage.x() < bounds.left();
    const bool right = stage.x() > bounds.right();
    // Across the side it faces: 30% of that side, and never thinner than a readable label.
    const bool horizontal = !(left || right) || above || below; // a stage above or below
    const double side = horizontal ? bounds.width() : bounds.height();
    const double length = std::max(120.0, side * 0.3);
    const double depth = length * 0.22;
    const double gap = std::max(depth * 0.4, std::max(bounds.width(), bounds.height()) * 0.02);
    QPointF centre = stage;
    if (above)
        centre.setY(bounds.top() - gap - depth / 2);
    else if (below)
        centre.setY(bounds.bottom() + gap + depth / 2);
    else if (left)
        centre.setX(bounds.left() - gap - depth / 2);
    else if (right)
        centre.setX(bounds.right() + gap + depth / 2);
    if (above || below)
        centre.setX(std::clamp(stage.x(), bounds.left(), bounds.right()));
    else if (left || right)
        centre.setY(std::clamp(stage.y(), bounds.top(), bounds.bottom()));
    const QSizeF size = horizontal ? QSizeF(length, depth) : QSizeF(depth, length);
    return QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height());
}

void StageItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen outline(StageColour.darker(125), 1.0);
    outline.setCosmetic(true);
    painter->setPen(outline);
    painter->setBrush(StageColour);
    const double radius = std::min(m_rect.width(), m_rect.height()) * 0.25;
    painter->drawRoundedRect(m_rect, radius, radius);
    QFont font = painter->font();
    font.setPixelSize(std::max(1, int(std::min(m_rect.width(), m_rect.height()) * 0.38)));
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 110);
    painter->setFont(font);
    painter->setPen(StageTextColour);
    painter->drawText(m_rect, Qt::AlignCenter, m_label);
}

} // namespace BoxOffice::Ui
