#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace BoxOffice::Ui {

/** What a receipt shows: the order, its seats with prices, and how it was paid. */
struct ReceiptData
{
    struct Line
    {
        QString text; // "Stalls, row A, seat 12"
        qint64 priceMinor = 0;
    };

    QString orderNumber;
    QString eventName;
    QDateTime starts;
    QString venue;
    QList<Line> lines;
    qint64 totalMinor = 0;
    QString currency;
    QString method;            // "cash", "card" or "comp"
    qint64 tenderedMinor = -1; // cash only
    qint64 changeMinor = -1;   // cash only
    QString clerk;
    QDateTime paidAt;
};

/** The customer's receipt for an order, printed or saved as PDF (rich text, A6 page). */
class ReceiptDocument final
{
    Q_DECLARE_TR_FUNCTIONS(BoxOffice::Ui::ReceiptDocument)

public:
    explicit ReceiptDocument(ReceiptData data)
        : m_data(std::move(data))
    {}

    /** The receipt as HTML (what print() and writePdf() lay out). */
    QString html() const;
    void print(QPagedPaintDevice *device) const;
    bool writePdf(const QString &fileName, QString *error = nullptr) const;

private:
    ReceiptData m_data;
};

} // namespace BoxOffice::Ui
