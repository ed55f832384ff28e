#include "testdatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace BoxOffice::Test {

TestDatabase::TestDatabase()
    : m_host(qEnvironmentVariable("BOXOFFICE_TEST_PGHOST"))
    , m_port(qEnvironmentVariableIntValue("BOXOFFICE_TEST_PGPORT"))
    , m_user(qEnvironmentVariable("BOXOFFICE_TEST_PGUSER", QStringLiteral("boxoffice")))
{}

TestDatabase::~TestDatabase()
{
    if (m_connection.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    const QString admin = m_connection + QStringLiteral("-drop");
    {
        QSqlDatabase a = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        a.setHostName(m_host);
        a.setPort(m_port);
        a.setUserName(m_user);
        a.setDatabaseName(QStringLiteral("postgres"));
        if (a.open()) {
            QSqlQuery q(a);
            // Server processes of the test are gone by now; FORCE covers stragglers.
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name));
        }
        a.close();
    }
    QSqlDatabase::removeDatabase(admin);
}

bool TestDatabase::create(const QString &name, QString *error)
{
    if (m_host.isEmpty() || m_port == 0) {
        *error = QStringLiteral("BOXOFFICE_TEST_PGHOST/BOXOFFICE_TEST_PGPORT are not set: run the tests "
                                "through scripts/test, which starts PostgreSQL");
        return false;
    }
    // Our own identifier, lower-case letters, digits and underscores only: safe to quote.
    m_name = QStringLiteral("t_%1_%2").arg(name).arg(QCoreApplication::applicationPid());
    for (QChar &c : m_name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            c = QLatin1Char('_');
    }
    m_name = m_name.toLower();
    const QString admin = QStringLiteral("admin-") + m_name;
    bool ok = false;
    {
        QSqlDatabase a = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        a.setHostName(m_host);
        a.setPort(m_port);
        a.setUserName(m_user);
        a.setDatabaseName(QStringLiteral("postgres"));
        if (!a.open()) {
            *error = QStringLiteral("cannot reach PostgreSQL at %1:%2: %3")
                         .arg(m_host)
                         .arg(m_port)
                         .arg(a.lastError().text());
        } else {
            QSqlQuery q(a);
            ok = q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name)) &&
                 q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(m_name));
            if (!ok)
                *error = q.lastError().text();
        }
        a.close();
    }
    QSqlDatabase::removeDatabase(admin);
    if (!ok)
        return false;
    m_connection = QStringLiteral("check-") + m_name;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    m_db.setHostName(m_host);
    m_db.setPort(m_port);
    m_db.setUserName(m_user);
    m_db.setDatabaseName(m_name);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    if (!q.next())
        return {};
    return q.value(0);
}

bool TestDatabase::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace BoxOffice::Test
