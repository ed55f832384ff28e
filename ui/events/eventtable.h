#pragma once

#include <QTableView>

class QAction;
class QLineEdit;

namespace BoxOffice::Ui {

/**
 * The event list as a clerk drives it with keys: a current row from the start, Return (or a
 * double click) opens its seat map. A search field attached with attachSearchField() leads
 * into it: typing makes the first match current, Down moves into the list, Return opens the
 * first match, so "type a name, Return" opens an event.
 *
 * Texts that do not fit are elided in the middle and shown whole in their tooltip.
 */
class EventTable final : public QTableView
{
    Q_OBJECT

public:
    explicit EventTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void attachSearchField(QLineEdit *search);
    QAction *openAction() const { return m_open; }
    /**
     * Makes the first row current if none is (a filter or a refresh may have dropped it), and
     * the current row selected.
     */
    void ensureCurrentRow();
    /** The first row current, scrolled to: after the search text changed. */
    void selectFirstRow();

signals:
    /** Return, a double click, or Return in the search field: open this event. */
    void openRequested(qint64 eventId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrent();
    void makeCurrentRow(int row);

    QAction *m_open = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace BoxOffice::Ui
