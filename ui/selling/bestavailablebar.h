#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace BoxOffice::Ui {

class SeatMapModel;

/**
 * "Best available": how many seats, in which price category and (optionally) section, or
 * how many places of a standing area (listed after the categories). The server picks and
 * holds them. Return in any of its fields asks.
 */
class BestAvailableBar final : public QWidget
{
    Q_OBJECT

public:
    explicit BestAvailableBar(QWidget *parent = nullptr);

    void setSeatMap(SeatMapModel *model);

    QSpinBox *quantityBox() const { return m_quantity; }
    QComboBox *categoryBox() const { return m_category; }
    QComboBox *sectionBox() const { return m_section; }
    QPushButton *findButton() const { return m_find; }

    int quantity() const;
    /** The chosen category id, or -1 if there is none. */
    int categoryId() const;
    /** The chosen section id, or -1 for any section. */
    int sectionId() const;
    /** The chosen standing area (index into the layout's standing), or -1 for seats. */
    int standingArea() const;
    /** Chooses places of a standing area (a click on it in the map) and focuses the quantity. */
    void chooseStandingArea(int area);

    /** Focuses the quantity with its text selected, ready for a digit or Return. */
    void focusQuantity();
    void setBusy(bool busy);

signals:
    /** standingArea >= 0: places of that area (categoryId and sectionId are then -1). */
    void requested(int quantity, int categoryId, int sectionId, int standingArea);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void updateCounts();
    void request();

    QPointer<SeatMapModel> m_model;
    QSpinBox *m_quantity = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_section = nullptr;
    QPushButton *m_find = nullptr;
    QTimer m_countTimer; // availability per category, at most every 250 ms
    bool m_busy = false;
};

} // namespace BoxOffice::Ui
