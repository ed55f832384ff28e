#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace BoxOffice::Test {

/**
 * A fresh database on the PostgreSQL that scripts/test started (BOXOFFICE_TEST_PGHOST,
 * BOXOFFICE_TEST_PGPORT, BOXOFFICE_TEST_PGUSER), dropped again at destruction. Tests call
 * create() in initTestCase and QVERIFY it: a missing PostgreSQL fails the test.
 */
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    bool create(const QString &name, QString *error);

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString name() const { return m_name; }

    /** A connection to the test database for checks, on the calling thread. */
    QSqlDatabase &db() { return m_db; }

    /** First column of the first row of sql, or an invalid QVariant (and a warning). */
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    bool exec(const QString &sql, const QVariantList &binds = {});

private:
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_name;
    QSqlDatabase m_db;
    QString m_connection;
};

} // namespace BoxOffice::Test
