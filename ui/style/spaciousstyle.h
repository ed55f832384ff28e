#pragma once

#include <QProxyStyle>

namespace BoxOffice::Ui {

/**
 * Wider text margins for item views and their headers. A style sheet "padding" on
 * ::item is ignored by QTableView's text layout, and a delegate that shrinks the rect
 * also shrinks the selection; the style's margin metric moves only the text.
 */
class SpaciousStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
};

} // namespace BoxOffice::Ui
