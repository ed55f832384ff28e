#include "app/money.h"

#include <cstdlib>

namespace BoxOffice::Ui {

QString currencySymbol(const QString &currency)
{
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    return currency;
}

QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale)
{
    // Exact: whole units and cents apart, never through a double.
    const qint64 units = std::llabs(minor) / 100;
    const int cents = int(std::llabs(minor) % 100);
    QString amount = locale.toString(units) + locale.decimalPoint() +
                     QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
    if (minor < 0)
        amount.prepend(locale.negativeSign());
    const QString symbol = currencySymbol(currency);
    // The locale's own pattern puts the symbol first or last; reuse it on a sample.
    const QString sample = locale.toCurrencyString(1.0, QStringLiteral("\x01"));
    const bool symbolFirst = sample.startsWith(QChar(1));
    const bool spaced = symbolFirst ? sample.size() > 1 && sample.at(1).isSpace()
                                    : sample.size() > 1 && sample.at(sample.size() - 2).isSpace();
    const QString space = spaced ? QStringLiteral("\u00a0") : QString();
    return symbolFirst ? symbol + space + amount : amount + space + symbol;
}

} // namespace BoxOffice::Ui
