#include "style/elidingdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

namespace BoxOffice::Ui {

bool ElidingDelegate::isElided(const QAbstractItemView *view, const QModelIndex &index)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return false;
    const QRect cell = view->visualRect(index);
    QStyle *style = view->style() ? view->style() : QApplication::style();
    // The text margin the style leaves on each side (QCommonStyle: focus frame margin + 1).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return view->fontMetrics().horizontalAdvance(text) > cell.width() - 2 * margin;
}

bool ElidingDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip && isElided(view, index)) {
        QString tip = index.data(Qt::DisplayRole).toString();
        const QString own = index.data(Qt::ToolTipRole).toString();
        if (!own.isEmpty() && own != tip)
            tip += u'\n' + own;
        QToolTip::showText(event->globalPos(), tip, view, view->visualRect(index));
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace BoxOffice::Ui
