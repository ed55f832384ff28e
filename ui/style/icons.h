#pragma once

#include <QColor>
#include <QIcon>

namespace BoxOffice::Ui {

/**
 * The client's few icons, drawn with QPainter: Qt 6.4 here has no SVG image plugin, the
 * style's standard pixmaps look dated, and theme icons are missing on many systems.
 * Theme icons still win where the desktop provides them.
 */
class Icons final
{
public:
    static QIcon connect();
    static QIcon refresh();
    static QIcon search();
    /** A round badge for empty and error pages: a disc in color with "!" or "i". */
    static QPixmap badge(const QColor &color, bool warning, int size, qreal devicePixelRatio);
};

} // namespace BoxOffice::Ui
