#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace BoxOffice::Ui {

class CartModel;
class PaymentPanel;

/**
 * The cart beside the seat map: held seats with prices and the total, the hold's countdown
 * (a warning from 30 s), Extend and Release, the payment step (cash, card, complimentary)
 * and Sell.
 */
class CartPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CartPanel(CartModel *cart, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *sellButton() const { return m_sell; }
    QPushButton *extendButton() const { return m_extend; }
    QPushButton *releaseButton() const { return m_release; }
    QLabel *countdownLabel() const { return m_countdown; }
    QGroupBox *paymentBox() const { return m_payment; }
    PaymentPanel *paymentPanel() const { return m_paymentPanel; }

    /** Seconds until the first hold expires (rounded up), or -1 for an empty cart. */
    int secondsLeft() const;
    /** Whether the countdown shows its warning (30 s or less). */
    bool isWarning() const { return m_warning; }
    void setBusy(bool busy);

    static constexpr int WarningSeconds = 30;

signals:
    void sellRequested();
    void extendRequested();
    void releaseAllRequested();
    /** Delete on a seat row: release the hold that seat is in. */
    void releaseSeatRequested(int seat);
    /** The countdown reached zero. */
    void expired();

private:
    void updateView();
    void tick();

    CartModel *m_cart = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_countdown = nullptr;
    QPushButton *m_extend = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_sell = nullptr;
    QGroupBox *m_payment = nullptr;
    PaymentPanel *m_paymentPanel = nullptr;
    QTimer m_timer;
    bool m_warning = false;
    bool m_busy = false;
    bool m_expiredSignalled = false;
};

} // namespace BoxOffice::Ui
