#include "style/spaciousstyle.h"

namespace BoxOffice::Ui {

int SpaciousStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    switch (metric) {
    case PM_FocusFrameHMargin: // item view text: this plus one on each side
        return 6;
    case PM_HeaderMargin:
        return 7;
    default:
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
}

} // namespace BoxOffice::Ui
