#include "admin/roles.h"

#include <QLocale>

namespace BoxOffice::Ui {

QStringList Roles::all()
{
    return {Clerk, Organizer, FraudAnalyst, Admin};
}

QString Roles::displayName(const QString &role)
{
    if (role == Clerk)
        return tr("Clerk");
    if (role == Organizer)
        return tr("Organizer");
    if (role == FraudAnalyst)
        return tr("Fraud analyst");
    if (role == Admin)
        return tr("Administrator");
    return role;
}

QString Roles::displayList(const QStringList &roles)
{
    QStringList names;
    for (const QString &role : all()) {
        if (roles.contains(role))
            names.append(displayName(role));
    }
    for (const QString &role : roles) {
        if (!all().contains(role))
            names.append(role);
    }
    return QLocale().createSeparatedList(names);
}

} // namespace BoxOffice::Ui
