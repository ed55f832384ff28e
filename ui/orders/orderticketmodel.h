#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QList>
#include <QSet>
#include <QString>

namespace BoxOffice::Ui {

/**
 * The tickets of one order (GetOrder's `tickets`). Valid tickets have a check box in the
 * first column: the checked ones are what "Refund Selected Tickets" gives back.
 */
class OrderTicketModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Serial, Section, Row, Seat, Price, State, ColumnCount };
    Q_ENUM(Column)
    enum DataRole { SerialRole = Qt::UserRole + 1, StateRole };

    struct Ticket
    {
        qint64 serial = 0;
        int seat = -1; // the seat index on the event's map
        QString section;
        QString row;
        int number = 0;
        bool standing = false; // a standing place: row is its area's name
        qint64 price = 0;
        QString state; // "valid", "refunded", "exchanged", "admitted"
        QString code;

        bool isValid() const { return state == QLatin1String("valid"); }
    };

    explicit OrderTicketModel(QObject *parent = nullptr);

    void setTickets(const QCborArray &tickets, const QString &currency);
    void clear();
    const QList<Ticket> &tickets() const { return m_tickets; }
    const QString &currency() const { return m_currency; }

    /** Checks or unchecks a valid ticket; false for an unknown or not valid one. */
    bool setChecked(qint64 serial, bool checked);
    /** The checked serials, in the order of the table. */
    QList<qint64> checkedSerials() const;
    /** The sum of the prices of serials (of this order). */
    qint64 priceOf(const QList<qint64> &serials) const;
    QList<qint64> validSerials() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const QString &state);

signals:
    void checkedChanged();

private:
    QList<Ticket> m_tickets;
    QSet<qint64> m_checked;
    QString m_currency;
};

} // namespace BoxOffice::Ui
