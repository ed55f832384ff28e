#include "style/icons.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <functional>

namespace BoxOffice::Ui {

namespace {

using Painter = std::function<void(QPainter &, qreal size)>;

// Drawn in a 16-unit box and scaled, at the sizes toolbars and line edits ask for.
QIcon drawn(const QString &themeName, const Painter &paint)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    QIcon icon;
    const QColor ink = QApplication::palette().color(QPalette::WindowText);
    for (const int size : {16, 22, 24, 32, 48}) {
        for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(size / 16.0, size / 16.0);
            QColor color = ink;
            if (mode == QIcon::Disabled)
                color.setAlphaF(0.35f);
            painter.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            paint(painter, 16);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

} // namespace

QIcon Icons::connect()
{
    return drawn(QStringLiteral("network-connect"), [](QPainter &p, qreal) {
        // Two chain links, tilted.
        p.translate(8, 8);
        p.rotate(-45);
        p.drawRoundedRect(QRectF(-7, -2.6, 7.6, 5.2), 2.6, 2.6);
        p.drawRoundedRect(QRectF(-0.6, -2.6, 7.6, 5.2), 2.6, 2.6);
    });
}

QIcon Icons::refresh()
{
    return drawn(QStringLiteral("view-refresh"), [](QPainter &p, qreal) {
        const QRectF circle(2.5, 2.5, 11, 11);
        p.drawArc(circle, 70 * 16, 290 * 16);
        // Arrow head at the arc's open end (top right).
        QPainterPath head;
        head.moveTo(9.2, 0.8);
        head.lineTo(12.6, 2.9);
        head.lineTo(9.6, 5.6);
        p.drawPath(head);
    });
}

QIcon Icons::search()
{
    return drawn(QStringLiteral("edit-find"), [](QPainter &p, qreal) {
        p.drawEllipse(QRectF(2, 2, 8.5, 8.5));
        p.drawLine(QPointF(9.4, 9.4), QPointF(14, 14));
    });
}

QPixmap Icons::badge(const QColor &color, bool warning, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor halo = color;
    halo.setAlphaF(0.15f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(halo);
    painter.drawEllipse(QRectF(0, 0, size, size));
    painter.setBrush(color);
    const qreal inset = size * 0.14;
    painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset));

    // The glyph as shapes, not text, so it is centred whatever the font.
    painter.setBrush(Qt::white);
    const qreal w = size * 0.09;
    const qreal cx = size / 2.0;
    const qreal top = size * 0.30;
    const qreal bottom = size * 0.70;
    if (warning) {
        painter.drawRoundedRect(QRectF(cx - w / 2, top, w, (bottom - top) * 0.62), w / 2, w / 2);
        painter.drawEllipse(QPointF(cx, bottom - w * 0.6), w * 0.65, w * 0.65);
    } else {
        painter.drawEllipse(QPointF(cx, top + w * 0.6), w * 0.65, w * 0.65);
        painter.drawRoundedRect(QRectF(cx - w / 2, top + (bottom - top) * 0.32, w, (bottom - top) * 0.68),
                                w / 2, w / 2);
    }
    return pixmap;
}

} // namespace BoxOffice::Ui
