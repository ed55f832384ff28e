#pragma once

#include <QStyledItemDelegate>

namespace BoxOffice::Ui {

/**
 * Shows a cell's whole text as its tooltip when the view had to elide it (the model's own
 * tooltip, if any, follows on a new line). Views that use it elide in the middle, so both
 * ends of "Stalls, row A, seat 27" stay readable.
 */
class ElidingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** True if the cell's display text is wider than its place in the cell (drawn elided). */
    bool isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace BoxOffice::Ui
