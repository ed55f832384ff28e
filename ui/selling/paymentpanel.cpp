#include "selling/paymentpanel.h"

#include "app/money.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

PaymentPanel::PaymentPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("paymentPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_group = new QButtonGroup(this);
    m_cashButton = new QRadioButton(tr("Cash"), this);
    m_cashButton->setShortcut(QKeySequence(Qt::Key_F2));
    m_cashButton->setToolTip(tr("Cash, with change (F2)"));
    m_cardButton = new QRadioButton(tr("Card"), this);
    m_cardButton->setShortcut(QKeySequence(Qt::Key_F3));
    m_cardButton->setToolTip(tr("Card through the payment gateway (F3)"));
    m_compButton = new QRadioButton(tr("Complimentary"), this);
    m_compButton->setShortcut(QKeySequence(Qt::Key_F4));
    m_compButton->setToolTip(tr("Free tickets with a reason; organizers and admins only (F4)"));
    m_group->addButton(m_cashButton, int(Method::Cash));
    m_group->addButton(m_cardButton, int(Method::Card));
    m_group->addButton(m_compButton, int(Method::Comp));
    m_cashButton->setChecked(true);
    auto *methods = new QHBoxLayout;
    methods->addWidget(m_cashButton);
    methods->addWidget(m_cardButton);
    methods->addWidget(m_compButton);
    methods->addStretch(1);
    layout->addLayout(methods);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto *cash = new QWidget(m_pages);
    auto *cashForm = new QFormLayout(cash);
    cashForm->setContentsMargins(0, 0, 0, 0);
    m_tendered = new QLineEdit(cash);
    m_tendered->setObjectName(QStringLiteral("tendered"));
    m_tendered->setAlignment(Qt::AlignRight);
    m_tendered->setToolTip(tr("What the customer hands over; empty means the exact amount"));
    m_change = new QLabel(cash);
    m_change->setObjectName(QStringLiteral("changeDue"));
    m_change->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = m_change->font();
    bold.setBold(true);
    m_change->setFont(bold);
    cashForm->addRow(tr("&Tendered"), m_tendered);
    cashForm->addRow(tr("Change"), m_change);
    m_pages->addWidget(cash);

    auto *card = new QWidget(m_pages);
    auto *cardForm = new QFormLayout(card);
    cardForm->setContentsMargins(0, 0, 0, 0);
    m_cardNumber = new QLineEdit(card);
    m_cardNumber->setObjectName(QStringLiteral("cardNumber"));
    m_cardNumber->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,23}")), m_cardNumber));
    m_cardNumber->setPlaceholderText(QStringLiteral("4242 4242 4242 4242"));
    m_cardExpiry = new QLineEdit(card);
    m_cardExpiry->setObjectName(QStringLiteral("cardExpiry"));
    m_cardExpiry->setPlaceholderText(tr("MM/YY"));
    m_cardExpiry->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,2}/?[0-9]{0,4}")), m_cardExpiry));
    m_cardCvc = new QLineEdit(card);
    m_cardCvc->setObjectName(QStringLiteral("cardCvc"));
    m_cardCvc->setEchoMode(QLineEdit::Password);
    m_cardCvc->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), m_cardCvc));
    auto *cardNote =
        new QLabel(tr("The card goes to the payment gateway only; BoxOffice keeps a token."), card);
    cardNote->setWordWrap(true);
    cardNote->setForegroundRole(QPalette::PlaceholderText);
    cardForm->addRow(tr("Card &number"), m_cardNumber);
    cardForm->addRow(tr("E&xpiry"), m_cardExpiry);
    cardForm->addRow(tr("Securit&y code"), m_cardCvc);
    cardForm->addRow(cardNote);
    m_pages->addWidget(card);

    auto *comp = new QWidget(m_pages);
    auto *compForm = new QFormLayout(comp);
    compForm->setContentsMargins(0, 0, 0, 0);
    m_reason = new QLineEdit(comp);
    m_reason->setObjectName(QStringLiteral("compReason"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("For example: press, artist's guest"));
    compForm->addRow(tr("&Reason"), m_reason);
    m_pages->addWidget(comp);

    // The customer, optional: under the payment, collapsed into three short fields.
    auto *customer = new QFormLayout;
    customer->setContentsMargins(0, 6, 0, 0);
    m_customerName = new QLineEdit(this);
    m_customerName->setObjectName(QStringLiteral("customerName"));
    m_customerName->setMaxLength(200);
    m_customerName->setPlaceholderText(tr("optional"));
    m_customerEmail = new QLineEdit(this);
    m_customerEmail->setObjectName(QStringLiteral("customerEmail"));
    m_customerEmail->setMaxLength(254);
    m_customerEmail->setPlaceholderText(tr("optional"));
    m_customerPhone = new QLineEdit(this);
    m_customerPhone->setObjectName(QStringLiteral("customerPhone"));
    m_customerPhone->setMaxLength(40);
    m_customerPhone->setPlaceholderText(tr("optional"));
    customer->addRow(tr("Customer"), m_customerName);
    customer->addRow(tr("E-mail"), m_customerEmail);
    customer->addRow(tr("Phone"), m_customerPhone);
    layout->addLayout(customer);

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { setMethod(Method(id)); });
    for (QLineEdit *field : {m_tendered, m_cardNumber, m_cardExpiry, m_cardCvc, m_reason})
        connect(field, &QLineEdit::textChanged, this, [this] {
            updateChange();
            emit changed();
        });
    setCompAllowed(false);
    setMethod(Method::Cash);
    updateChange();
}

QString PaymentPanel::methodName(Method method)
{
    switch (method) {
    case Method::Cash:
        return QStringLiteral("cash");
    case Method::Card:
        return QStringLiteral("card");
    case Method::Comp:
        return QStringLiteral("comp");
    }
    return {};
}

void PaymentPanel::setTotal(qint64 totalMinor, const QString &currency)
{
    m_total = totalMinor;
    m_currency = currency;
    m_tendered->setPlaceholderText(tr("exact: %1").arg(formatMoney(totalMinor, currency)));
    updateChange();
}

void PaymentPanel::setCompAllowed(bool allowed)
{
    m_compAllowed = allowed;
    m_compButton->setVisible(allowed);
    if (!allowed && m_method == Method::Comp)
        setMethod(Method::Cash);
}

void PaymentPanel::setMethod(Method method)
{
    if (method == Method::Comp && !m_compAllowed)
        return;
    m_method = method;
    m_group->button(int(method))->setChecked(true);
    m_pages->setCurrentIndex(int(method));
    // Only the page shown takes room: the card's fields must not push the cart away when
    // paying cash.
    for (int i = 0; i < m_pages->count(); ++i) {
        m_pages->widget(i)->setSizePolicy(i == int(method) ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          i == int(method) ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_pages->adjustSize();
    QWidget *first = method == Method::Cash   ? static_cast<QWidget *>(m_tendered)
                     : method == Method::Card ? static_cast<QWidget *>(m_cardNumber)
                                              : static_cast<QWidget *>(m_reason);
    if (isVisible())
        first->setFocus(Qt::OtherFocusReason);
    emit changed();
}

std::optional<qint64> PaymentPanel::tendered() const
{
    if (m_tendered->text().trimmed().isEmpty())
        return m_total;
    return parseMoney(m_tendered->text());
}

PaymentPanel::CardInput PaymentPanel::card() const
{
    CardInput input;
    input.number = m_cardNumber->text();
    input.number.remove(QLatin1Char(' '));
    const QStringList expiry = m_cardExpiry->text().split(QLatin1Char('/'));
    QString month = expiry.value(0);
    QString year = expiry.value(1);
    if (expiry.size() == 1 && month.size() == 4) { // "1229"
        year = month.mid(2);
        month = month.left(2);
    }
    input.expMonth = month.toInt();
    input.expYear = year.size() == 2 ? 2000 + year.toInt() : year.toInt();
    input.cvc = m_cardCvc->text();
    return input;
}

QString PaymentPanel::compReason() const
{
    return m_reason->text().simplified();
}

QString PaymentPanel::validationError() const
{
    switch (m_method) {
    case Method::Cash: {
        const std::optional<qint64> given = tendered();
        if (!given)
            return tr("The amount tendered is not an amount.");
        if (*given < m_total)
            return tr("The amount tendered is less than the total.");
        return {};
    }
    case Method::Card: {
        const CardInput c = card();
        if (c.number.size() < 12 || c.number.size() > 19)
            return tr("Enter the card number.");
        if (c.expMonth < 1 || c.expMonth > 12 || c.expYear < 2000)
            return tr("Enter the expiry as MM/YY.");
        if (c.cvc.size() < 3)
            return tr("Enter the security code.");
        return {};
    }
    case Method::Comp:
        if (compReason().isEmpty())
            return tr("Complimentary tickets need a reason.");
        return {};
    }
    return {};
}

PaymentPanel::Customer PaymentPanel::customer() const
{
    return {m_customerName->text().simplified(), m_customerEmail->text().trimmed(),
            m_customerPhone->text().simplified()};
}

void PaymentPanel::clearInput()
{
    m_tendered->clear();
    m_reason->clear();
    m_customerName->clear();
    m_customerEmail->clear();
    m_customerPhone->clear();
    clearCard();
}

void PaymentPanel::clearCard()
{
    m_cardNumber->clear();
    m_cardExpiry->clear();
    m_cardCvc->clear();
}

void PaymentPanel::updateChange()
{
    const std::optional<qint64> given = tendered();
    if (!given || *given < m_total)
        m_change->setText(QStringLiteral("—"));
    else
        m_change->setText(formatMoney(*given - m_total, m_currency));
}

} // namespace BoxOffice::Ui
