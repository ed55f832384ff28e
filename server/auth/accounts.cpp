#include "auth/accounts.h"

#include "auth/audit.h"
#include "auth/passwordhasher.h"
#include "auth/session.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace BoxOffice::Server::Accounts {

Q_LOGGING_CATEGORY(lcAccounts, "boxoffice.server.accounts")

using Shared::ErrorCode;

bool validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

ErrorCode createUser(QSqlDatabase &db, const QString &name, const QString &password, const QStringList &roles)
{
    if (!validName(name) || !validRoles(roles))
        return ErrorCode::BadField;
    if (password.size() < MinPasswordLength)
        return ErrorCode::WeakPassword;
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return ErrorCode::Internal;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (name, roles, password_hash) VALUES (?, CAST(? AS text[]), ?)"
                             " ON CONFLICT (name) DO NOTHING RETURNING user_id"));
    q.addBindValue(name);
    // Role names are checked against the four roles above: no quoting needed.
    q.addBindValue(QString(QLatin1Char('{') + roles.join(QLatin1Char(',')) + QLatin1Char('}')));
    q.addBindValue(hash);
    if (!q.exec()) {
        qCWarning(lcAccounts) << "creating user" << name << "failed:" << q.lastError().text();
        return ErrorCode::Internal;
    }
    return q.next() ? ErrorCode::None : ErrorCode::UserExists;
}

int createUserFromCommandLine(QSqlDatabase &db, const QString &name, const QStringList &roles)
{
    if (!validName(name)) {
        std::fprintf(stderr,
                     "boxoffice-server: a user name is 1 to 64 letters, digits, '.', '_', '@' or '-'\n");
        return 1;
    }
    if (!validRoles(roles) || roles.isEmpty()) {
        std::fprintf(stderr, "boxoffice-server: --roles takes a comma-separated list of clerk, organizer, "
                             "fraud_analyst, admin\n");
        return 1;
    }
    // The password comes from standard input, never the command line (visible in ps and
    // shell history). On a terminal, without echo.
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fprintf(stderr, "Password for %s (at least %d characters): ", qPrintable(name),
                     MinPasswordLength);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    if (password.size() < MinPasswordLength) {
        std::fprintf(stderr,
                     "boxoffice-server: the password must be at least %d characters long "
                     "(read one line from standard input)\n",
                     MinPasswordLength);
        return 1;
    }
    switch (createUser(db, name, password, roles)) {
    case ErrorCode::None: {
        AuditEntry a{QStringLiteral("boxoffice-server"), {}, QStringLiteral("user.create"),
                     QStringLiteral("user:") + name,     {}, {},
                     QStringLiteral("command line")};
        a.after.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
        appendAudit(db, a);
        std::fprintf(stderr, "boxoffice-server: created user %s with roles %s\n", qPrintable(name),
                     qPrintable(roles.join(QLatin1Char(','))));
        return 0;
    }
    case ErrorCode::UserExists:
        std::fprintf(stderr, "boxoffice-server: a user named %s exists already\n", qPrintable(name));
        return 1;
    default:
        std::fprintf(stderr, "boxoffice-server: could not create the user (see the log)\n");
        return 1;
    }
}

} // namespace BoxOffice::Server::Accounts
