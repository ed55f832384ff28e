#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace BoxOffice::Ui {

/**
 * The event browser's filter: words that must all appear in the name, the venue or the
 * shown date ("hamlet", "vienna", "12/4"), and a range of days.
 */
class EventFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Range { AnyDate, Today, NextSevenDays, NextThirtyDays };
    Q_ENUM(Range)

    explicit EventFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    void setRange(Range range);
    Range range() const { return m_range; }
    /** "Today" as the filter sees it (tests set it). */
    void setToday(const QDate &today);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    Range m_range = Range::AnyDate;
    QDate m_today;
};

} // namespace BoxOffice::Ui
