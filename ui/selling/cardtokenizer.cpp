#include "selling/cardtokenizer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace BoxOffice::Ui {

CardTokenizer::CardTokenizer(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

void CardTokenizer::tokenize(const QUrl &url, const PaymentPanel::CardInput &card, Callback done)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        done({}, tr("Card payments are not set up on this server."));
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    const QJsonObject body{{QStringLiteral("number"), card.number},
                           {QStringLiteral("exp_month"), card.expMonth},
                           {QStringLiteral("exp_year"), card.expYear},
                           {QStringLiteral("cvc"), card.cvc}};
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QString token = answer.value(QStringLiteral("token")).toString();
        if (status / 100 == 2 && !token.isEmpty()) {
            done(token, {});
        } else if (status == 400) {
            done({}, tr("The card was not accepted: check the number and the expiry."));
        } else {
            done({}, tr("The payment gateway did not answer (%1).")
                         .arg(status ? QString::number(status) : reply->errorString()));
        }
    });
}

} // namespace BoxOffice::Ui
