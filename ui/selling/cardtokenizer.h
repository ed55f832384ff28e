#pragma once

#include "selling/paymentpanel.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace BoxOffice::Ui {

/**
 * Turns a card into the payment gateway's token, talking to the gateway directly (its
 * tokenize URL comes with the order): the card number never reaches the BoxOffice server.
 */
class CardTokenizer final : public QObject
{
    Q_OBJECT

public:
    explicit CardTokenizer(QObject *parent = nullptr);

    /** done(token, error): exactly one of them is empty. */
    using Callback = std::function<void(const QString &token, const QString &error)>;
    void tokenize(const QUrl &url, const PaymentPanel::CardInput &card, Callback done);
    void setTimeout(int msec) { m_timeoutMs = msec; }

private:
    QNetworkAccessManager *m_network = nullptr;
    int m_timeoutMs = 10000;
};

} // namespace BoxOffice::Ui
