#include "events/eventtable.h"

#include "events/eventlistmodel.h"
#include "style/elidingdelegate.h"
#include "style/spaciousstyle.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QItemSelectionModel>
#include <QLineEdit>

namespace BoxOffice::Ui {

EventTable::EventTable(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("eventView"));
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setItemDelegate(new ElidingDelegate(this));
    setFrameShape(QFrame::NoFrame);
    auto *tableStyle = new SpaciousStyle;
    tableStyle->setParent(this);
    setStyle(tableStyle);
    horizontalHeader()->setStyle(tableStyle);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true); // free seats by category take what is left
    header->setSectionResizeMode(QHeaderView::Interactive);

    m_open = new QAction(tr("&Open Seat Map"), this);
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_open->setShortcutContext(Qt::WidgetShortcut);
    m_open->setStatusTip(tr("Sell seats of the selected event (Return)"));
    connect(m_open, &QAction::triggered, this, &EventTable::openCurrent);
    addAction(m_open);
    connect(this, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(EventListModel::EventIdRole).toLongLong());
    });
}

void EventTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    sortByColumn(EventListModel::Date, Qt::AscendingOrder);
    // Sized for the default window (1120 px): the name and the free seats per category get
    // the room, the counts are short numbers.
    QHeaderView *header = horizontalHeader();
    header->resizeSection(EventListModel::Name, 190);
    header->resizeSection(EventListModel::Venue, 140);
    header->resizeSection(EventListModel::Date, 140);
    for (int column = EventListModel::Seats; column < EventListModel::ByCategory; ++column)
        header->resizeSection(column, 70);
}

void EventTable::attachSearchField(QLineEdit *search)
{
    m_search = search;
    search->installEventFilter(this);
    // After the filter's own connection (made first), so the rows are already the matches.
    connect(search, &QLineEdit::textChanged, this, &EventTable::selectFirstRow);
}

void EventTable::ensureCurrentRow()
{
    if (!model() || model()->rowCount() == 0)
        return;
    // The view's focus-in makes a row current without selecting it; select it then too.
    const QModelIndex current = currentIndex();
    if (current.isValid() && selectionModel()->isRowSelected(current.row(), current.parent()))
        return;
    makeCurrentRow(current.isValid() ? current.row() : 0);
}

void EventTable::makeCurrentRow(int row)
{
    // Current and selected, so the row shows as the one Return opens.
    selectionModel()->setCurrentIndex(model()->index(row, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void EventTable::selectFirstRow()
{
    if (!model() || model()->rowCount() == 0)
        return;
    makeCurrentRow(0);
    scrollTo(currentIndex());
}

bool EventTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return QTableView::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            ensureCurrentRow();
            setFocus(Qt::TabFocusReason);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            ensureCurrentRow();
            openCurrent();
            return true;
        default:
            break;
        }
    }
    return QTableView::eventFilter(watched, event);
}

void EventTable::openCurrent()
{
    const QModelIndex current = currentIndex();
    if (current.isValid())
        emit openRequested(current.data(EventListModel::EventIdRole).toLongLong());
}

} // namespace BoxOffice::Ui
