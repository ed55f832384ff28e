#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

namespace BoxOffice::Ui {

class SeatMapModel;

/**
 * The clerk's cart: the holds made for the customer at the counter, a row per seat with its
 * price. Times are on the local clock (the workspace converts the database's clock).
 */
class CartModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Seat, Category, Price, ColumnCount };
    Q_ENUM(Column)

    struct Hold
    {
        qint64 id = 0;
        QList<int> seats;
        QDateTime expires;    // local clock
        QDateTime maxExpires; // local clock
        bool busy = false;    // a Confirm or Release for it is on its way
    };

    explicit CartModel(QObject *parent = nullptr);

    /** Names and prices come from the seat map of the open event. */
    void setSeatMap(SeatMapModel *seatMap);

    void addHold(const Hold &hold);
    void updateExpiry(qint64 holdId, const QDateTime &expires, const QDateTime &maxExpires);
    void setBusy(qint64 holdId, bool busy);
    void removeHold(qint64 holdId);
    void clear();

    const QList<Hold> &holds() const { return m_holds; }
    bool isEmpty() const { return m_holds.isEmpty(); }
    /** The hold a seat is in, or nullptr. */
    const Hold *holdOf(int seat) const;
    /** The seat shown in a row. */
    int seatAt(int row) const;
    int seatCount() const;
    /** The sum of the seats' prices, integer minor units. */
    qint64 total() const;
    /** The event's currency (ISO 4217), empty without a seat map. */
    QString currency() const;
    /** The total in the event's currency, e.g. "€178.00". */
    QString formattedTotal() const;
    /** When the first hold expires (invalid for an empty cart). */
    QDateTime earliestExpiry() const;
    /** True if any hold can still be extended. */
    bool canExtend() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void cartChanged();

private:
    void rebuildRows();

    QPointer<SeatMapModel> m_seatMap;
    QList<Hold> m_holds;
    QList<int> m_rows; // seat per row, holds in order
};

} // namespace BoxOffice::Ui
