#pragma once

#include <QString>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace BoxOffice::Ui {

/**
 * The cart's payment step: cash (amount tendered, change due), card (number, expiry and
 * security code, which go to the payment gateway only: the server sees a token), or
 * complimentary (a reason; only for organizers and admins). F2, F3 and F4 choose. The
 * customer's name, e-mail and phone are optional (for a phone booking or a refund later).
 */
class PaymentPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class Method { Cash, Card, Comp };
    Q_ENUM(Method)

    struct CardInput
    {
        QString number; // digits only
        int expMonth = 0;
        int expYear = 0; // four digits
        QString cvc;
    };

    explicit PaymentPanel(QWidget *parent = nullptr);

    void setTotal(qint64 totalMinor, const QString &currency);
    void setCompAllowed(bool allowed);
    bool isCompAllowed() const { return m_compAllowed; }

    Method method() const { return m_method; }
    void setMethod(Method method);
    /** The protocol's name of the method: "cash", "card" or "comp". */
    static QString methodName(Method method);

    /** Cash: the amount tendered, the total when the field is empty; nullopt if unreadable. */
    std::optional<qint64> tendered() const;
    /** Card fields as typed; empty number if none. */
    CardInput card() const;
    QString compReason() const;

    /** The customer, all optional (walk-in sales leave them empty). */
    struct Customer
    {
        QString name;
        QString email;
        QString phone;
        bool isEmpty() const { return name.isEmpty() && email.isEmpty() && phone.isEmpty(); }
    };
    Customer customer() const;

    /** Empty when the chosen method can be sent; otherwise what is missing (translated). */
    QString validationError() const;
    /** Clears what the clerk typed (after a sale, and the card fields after tokenizing). */
    void clearInput();
    void clearCard();

    QLineEdit *tenderedField() const { return m_tendered; }
    QLineEdit *cardNumberField() const { return m_cardNumber; }
    QLineEdit *cardExpiryField() const { return m_cardExpiry; }
    QLineEdit *cardCvcField() const { return m_cardCvc; }
    QLineEdit *reasonField() const { return m_reason; }
    QLineEdit *customerNameField() const { return m_customerName; }
    QLineEdit *customerEmailField() const { return m_customerEmail; }
    QLineEdit *customerPhoneField() const { return m_customerPhone; }
    QLabel *changeLabel() const { return m_change; }

signals:
    void changed();

private:
    void updateChange();

    Method m_method = Method::Cash;
    qint64 m_total = 0;
    QString m_currency;
    bool m_compAllowed = false;
    QButtonGroup *m_group = nullptr;
    QRadioButton *m_cashButton = nullptr;
    QRadioButton *m_cardButton = nullptr;
    QRadioButton *m_compButton = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_tendered = nullptr;
    QLabel *m_change = nullptr;
    QLineEdit *m_cardNumber = nullptr;
    QLineEdit *m_cardExpiry = nullptr;
    QLineEdit *m_cardCvc = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_customerName = nullptr;
    QLineEdit *m_customerEmail = nullptr;
    QLineEdit *m_customerPhone = nullptr;
};

} // namespace BoxOffice::Ui
