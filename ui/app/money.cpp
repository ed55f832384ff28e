#include "app/money.h"

#include <algorithm>
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

std::optional<qint64> parseMoney(const QString &text, const QLocale &locale)
{
    QString t;
    for (const QChar c : text) {
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char('-'))
            t.append(c);
        else if (!c.isSpace() && !c.isLetter() && c.category() != QChar::Symbol_Currency)
            return std::nullopt;
    }
    if (t.isEmpty() || t.startsWith(QLatin1Char('-')))
        return std::nullopt;
    // The decimal separator is the locale's, or whichever of . and , comes last with one or
    // two digits after it ("50.5" typed on a German keyboard's numpad still means 50.50).
    const QChar localeDecimal =
        locale.decimalPoint().isEmpty() ? QLatin1Char('.') : locale.decimalPoint().at(0);
    int decimalAt = -1;
    const int last = int(std::max(t.lastIndexOf(QLatin1Char('.')), t.lastIndexOf(QLatin1Char(','))));
    if (last >= 0) {
        const int digitsAfter = int(t.size()) - last - 1;
        if (t.at(last) == localeDecimal || (digitsAfter >= 1 && digitsAfter <= 2))
            decimalAt = last;
    }
    QString units = decimalAt >= 0 ? t.left(decimalAt) : t;
    QString cents = decimalAt >= 0 ? t.mid(decimalAt + 1) : QString();
    units.remove(QLatin1Char('.'));
    units.remove(QLatin1Char(','));
    if (cents.size() > 2 || cents.contains(QLatin1Char('.')) || cents.contains(QLatin1Char(',')) ||
        units.size() > 12 || (units.isEmpty() && cents.isEmpty()))
        return std::nullopt;
    if (cents.size() == 1)
        cents.append(QLatin1Char('0'));
    bool ok = true;
    const qint64 whole = units.isEmpty() ? 0 : units.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qint64 fraction = cents.isEmpty() ? 0 : cents.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return whole * 100 + fraction;
}

} // namespace BoxOffice::Ui
