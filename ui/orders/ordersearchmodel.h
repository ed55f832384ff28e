#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace BoxOffice::Ui {

/** The orders a FindOrders reply found, newest first as the server sent them. */
class OrderSearchModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Event, Customer, State, Total, Created, ColumnCount };
    Q_ENUM(Column)
    enum DataRole { OrderIdRole = Qt::UserRole + 1, EventIdRole };

    struct Row
    {
        qint64 order = 0;
        QString number;
        QString state;
        qint64 event = 0;
        QString eventName;
        QString customer; // name, e-mail and phone, as far as known; empty without a customer
        qint64 total = 0;
        QString currency;
        QDateTime created;
    };

    explicit OrderSearchModel(QObject *parent = nullptr);

    void setOrders(const QCborArray &orders);
    void clear();
    const QList<Row> &orders() const { return m_rows; }
    /** The row of order id, or -1. */
    int rowOf(qint64 order) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** An order state ("partially_refunded") as the clerk reads it. */
    static QString stateText(const QString &state);
    /** The customer map (name, email, phone, each may be null) in one line. */
    static QString customerText(const QCborValue &customer);

private:
    QList<Row> m_rows;
};

} // namespace BoxOffice::Ui
