#include "layout/layoutcodec.h"

#include <QCborArray>
#include <QCborValue>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cmath>

namespace BoxOffice::Shared {

namespace {

using Doc = LayoutDocument;
namespace L = LayoutLimits;

const QString FormatName = QStringLiteral("boxoffice.layout");

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

const char *tableShapeName(Doc::TableShape s)
{
    return s == Doc::TableShape::Round ? "round" : "rectangle";
}

const char *shapeKindName(Doc::ShapeKind k)
{
    switch (k) {
    case Doc::ShapeKind::Aisle:
        return "aisle";
    case Doc::ShapeKind::Wall:
        return "wall";
    case Doc::ShapeKind::Entrance:
        return "entrance";
    case Doc::ShapeKind::Other:
        break;
    }
    return "other";
}

struct FlagName
{
    quint8 bit;
    const char *name;
};
constexpr FlagName FlagNames[] = {
    {Doc::Wheelchair, "wheelchair"}, {Doc::Companion, "companion"}, {Doc::RestrictedView, "restricted"}};

QCborArray pointList(const QList<QPointF> &points)
{
    QCborArray a;
    for (const QPointF &p : points)
        a.append(QCborArray{p.x(), p.y()});
    return a;
}

/**
 * Reads the tree and keeps the first problem with its path. After a failure the reads go on
 * returning neutral values; the caller checks ok() once per object.
 */
class TreeReader
{
public:
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = path + QStringLiteral(": ") + what;
    }

    double number(const QCborMap &m, const char *name, const QString &path, double min, double max,
                  std::optional<double> fallback = std::nullopt)
    {
        const QCborValue v = m.value(key(name));
        const QString at = path + QLatin1Char('.') + QLatin1String(name);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (!v.isInteger() && !v.isDouble()) {
            fail(at, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not a number"));
            return 0;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max) {
            fail(at, QStringLiteral("%1 is outside %2..%3").arg(d).arg(min).arg(max));
            return 0;
        }
        return d;
    }

    qint64 integer(const QCborMap &m, const char *name, const QString &path, qint64 min, qint64 max,
                   std::optional<qint64> fallback = std::nullopt)
    {
        const QCborValue v = m.value(key(name));
        const QString at = path + QLatin1Char('.') + QLatin1String(name);
        if (v.isUndefined() && fallback)
            return *fallback;
        qint64 n = 0;
        if (v.isInteger()) {
            n = v.toInteger();
        } else if (v.isDouble() && std::isfinite(v.toDouble()) && std::trunc(v.toDouble()) == v.toDouble() &&
                   std::abs(v.toDouble()) < 9e15) {
            n = qint64(v.toDouble()); // JSON written by other tools may say 3.0
        } else {
            fail(at, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not a whole number"));
            return 0;
        }
        if (n < min || n > max) {
            fail(at, QStringLiteral("%1 is outside %2..%3").arg(n).arg(min).arg(max));
            return 0;
        }
        return n;
    }

    QString text(const QCborMap &m, const char *name, const QString &path, bool required)
    {
        const QCborValue v = m.value(key(name));
        const QString at = path + QLatin1Char('.') + QLatin1String(name);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString()) {
            fail(at, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not a text"));
            return {};
        }
        QString s = v.toString();
        if (s.size() > L::MaxText) {
            fail(at, QStringLiteral("longer than %1 characters").arg(L::MaxText));
            return {};
        }
        return s;
    }

    QCborArray array(const QCborMap &m, const char *name, const QString &path, qsizetype maxCount,
                     bool required = false)
    {
        const QCborValue v = m.value(key(name));
        const QString at = path.isEmpty() ? QString(QLatin1String(name))
                                          : QString(path + QLatin1Char('.') + QLatin1String(name));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray()) {
            fail(at, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not a list"));
            return {};
        }
        QCborArray a = v.toArray();
        if (a.size() > maxCount) {
            fail(at, QStringLiteral("%1 entries, at most %2").arg(a.size()).arg(maxCount));
            return {};
        }
        return a;
    }

    QCborMap object(const QCborValue &v, const QString &path)
    {
        if (!v.isMap()) {
            fail(path, QStringLiteral("not an object"));
            return {};
        }
        return v.toMap();
    }

    QPointF point(const QCborValue &v, const QString &path)
    {
        const QCborArray a = v.toArray();
        if (!v.isArray() || a.size() != 2) {
            fail(path, QStringLiteral("not a point [x, y]"));
            return {};
        }
        QPointF p;
        for (int i = 0; i < 2; ++i) {
            const QCborValue c = a.at(i);
            const double d = c.toDouble(qQNaN());
            if ((!c.isInteger() && !c.isDouble()) || !std::isfinite(d) || std::abs(d) > L::MaxCoordinate) {
                fail(path, QStringLiteral("a coordinate is not a number within ±%1").arg(L::MaxCoordinate));
                return {};
            }
            (i == 0 ? p.rx() : p.ry()) = d;
        }
        return p;
    }

    QList<QPointF> points(const QCborMap &m, const QString &path, int minCount)
    {
        const QCborArray a = array(m, "points", path, L::MaxPoints, true);
        QList<QPointF> out;
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size() && ok(); ++i)
            out.append(point(a.at(i), path + QStringLiteral(".points[%1]").arg(i)));
        if (ok() && out.size() < minCount)
            fail(path + QStringLiteral(".points"), QStringLiteral("fewer than %1 points").arg(minCount));
        return out;
    }

private:
    QString m_error;
};

double coordinate(TreeReader &r, const QCborMap &m, const char *name, const QString &path)
{
    return r.number(m, name, path, -L::MaxCoordinate, L::MaxCoordinate);
}

} // namespace

QCborMap layoutToCbor(const LayoutDocument &doc)
{
    QCborMap root;
    root.insert(key("format"), FormatName);
    root.insert(key("version"), Doc::FormatVersion);
    root.insert(key("seatWidth"), doc.seatWidth);
    if (doc.stage != Doc::Stage{}) {
        const QRectF &r = doc.stage.rect;
        root.insert(key("stage"), QCborMap{{key("x"), r.x()},
                                           {key("y"), r.y()},
                                           {key("width"), r.width()},
                                           {key("height"), r.height()},
                                           {key("label"), doc.stage.label}});
    }
    QCborArray categories;
    for (const Doc::Category &c : doc.categories)
        categories.append(QCborMap{{key("id"), c.id}, {key("name"), c.name}, {key("colour"), c.colour}});
    root.insert(key("categories"), categories);
    QCborArray sections;
    for (const Doc::Section &s : doc.sections)
        sections.append(QCborMap{{key("name"), s.name}});
    root.insert(key("sections"), sections);
    QCborArray rows;
    for (const Doc::Row &row : doc.rows) {
        QCborMap m{{key("section"), row.section}, {key("label"), row.label}};
        if (row.curve) {
            m.insert(key("arc"), QCborMap{{key("x"), row.curve->centre.x()},
                                          {key("y"), row.curve->centre.y()},
                                          {key("radius"), row.curve->radius}});
        }
        rows.append(m);
    }
    root.insert(key("rows"), rows);
    QCborArray tables;
    for (const Doc::Table &t : doc.tables) {
        tables.append(QCborMap{{key("section"), t.section},
                               {key("label"), t.label},
                               {key("shape"), QLatin1String(tableShapeName(t.shape))},
                               {key("x"), t.centre.x()},
                               {key("y"), t.centre.y()},
                               {key("width"), t.size.width()},
                               {key("height"), t.size.height()},
                               {key("rotation"), t.rotation}});
    }
    root.insert(key("tables"), tables);
    QCborArray seats;
    for (const Doc::Seat &s : doc.seats) {
        QCborMap m{{key("x"), s.pos.x()}, {key("y"), s.pos.y()}, {key("number"), s.number}};
        if (s.row >= 0)
            m.insert(key("row"), s.row);
        else
            m.insert(key("table"), s.table);
        if (s.category >= 0)
            m.insert(key("category"), s.category);
        if (s.flags) {
            QCborArray flags;
            for (const FlagName &f : FlagNames) {
                if (s.flags & f.bit)
                    flags.append(QLatin1String(f.name));
            }
            m.insert(key("flags"), flags);
        }
        if (!s.note.isEmpty())
            m.insert(key("note"), s.note);
        seats.append(m);
    }
    root.insert(key("seats"), seats);
    QCborArray standing;
    for (const Doc::StandingArea &a : doc.standingAreas) {
        QCborMap m{{key("section"), a.section},
                   {key("name"), a.name},
                   {key("points"), pointList(a.outline)},
                   {key("capacity"), a.capacity}};
        if (a.category >= 0)
            m.insert(key("category"), a.category);
        standing.append(m);
    }
    root.insert(key("standing"), standing);
    QCborArray labels;
    for (const Doc::Label &l : doc.labels) {
        labels.append(QCborMap{{key("x"), l.pos.x()},
                               {key("y"), l.pos.y()},
                               {key("text"), l.text},
                               {key("size"), l.size},
                               {key("rotation"), l.rotation}});
    }
    root.insert(key("labels"), labels);
    QCborArray shapes;
    for (const Doc::Shape &s : doc.shapes) {
        shapes.append(QCborMap{{key("kind"), QLatin1String(shapeKindName(s.kind))},
                               {key("points"), pointList(s.points)},
                               {key("closed"), s.closed}});
    }
    root.insert(key("shapes"), shapes);
    return root;
}

std::optional<LayoutDocument> layoutFromCbor(const QCborMap &root, QString *error)
{
    TreeReader r;
    Doc doc;
    auto done = [&]() -> std::optional<LayoutDocument> {
        if (r.ok())
            return doc;
        if (error)
            *error = r.error();
        return std::nullopt;
    };

    if (root.value(key("format")).toString() != FormatName) {
        r.fail(QStringLiteral("format"),
               QStringLiteral("not a layout document (\"%1\" expected)").arg(FormatName));
        return done();
    }
    const qint64 version = r.integer(root, "version", QString(), 1, std::numeric_limits<int>::max());
    if (r.ok() && version > Doc::FormatVersion) {
        r.fail(QStringLiteral("version"),
               QStringLiteral("format version %1 is newer than this program reads (%2)")
                   .arg(version)
                   .arg(Doc::FormatVersion));
    }
    doc.seatWidth = r.number(root, "seatWidth", QString(), 0.05, 10, 0.5);
    if (const QCborValue stage = root.value(key("stage")); !stage.isUndefined()) {
        const QString at = QStringLiteral("stage");
        const QCborMap m = r.object(stage, at);
        doc.stage.rect = QRectF(coordinate(r, m, "x", at), coordinate(r, m, "y", at),
                                r.number(m, "width", at, 0, L::MaxCoordinate),
                                r.number(m, "height", at, 0, L::MaxCoordinate));
        doc.stage.label = r.text(m, "label", at, false);
    }

    const QCborArray categories = r.array(root, "categories", QString(), L::MaxCategories);
    for (qsizetype i = 0; i < categories.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("categories[%1]").arg(i);
        const QCborMap m = r.object(categories.at(i), at);
        Doc::Category c{int(r.integer(m, "id", at, 0, 255)), r.text(m, "name", at, true),
                        r.text(m, "colour", at, false)};
        if (r.ok() && doc.category(c.id))
            r.fail(at + QStringLiteral(".id"), QStringLiteral("%1 is used by another category").arg(c.id));
        doc.categories.append(c);
    }

    const QCborArray sections = r.array(root, "sections", QString(), L::MaxSections);
    for (qsizetype i = 0; i < sections.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("sections[%1]").arg(i);
        doc.sections.append({r.text(r.object(sections.at(i), at), "name", at, true)});
    }
    const qint64 lastSection = doc.sections.size() - 1;

    const QCborArray rows = r.array(root, "rows", QString(), L::MaxRows);
    doc.rows.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("rows[%1]").arg(i);
        const QCborMap m = r.object(rows.at(i), at);
        Doc::Row row{int(r.integer(m, "section", at, 0, lastSection)), r.text(m, "label", at, true), {}};
        if (const QCborValue arc = m.value(key("arc")); !arc.isUndefined()) {
            const QString arcAt = at + QStringLiteral(".arc");
            const QCborMap a = r.object(arc, arcAt);
            row.curve = Doc::Arc{QPointF(coordinate(r, a, "x", arcAt), coordinate(r, a, "y", arcAt)),
                                 r.number(a, "radius", arcAt, 0.01, L::MaxCoordinate)};
        }
        doc.rows.append(row);
    }

    const QCborArray tables = r.array(root, "tables", QString(), L::MaxTables);
    for (qsizetype i = 0; i < tables.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("tables[%1]").arg(i);
        const QCborMap m = r.object(tables.at(i), at);
        Doc::Table t;
        t.section = int(r.integer(m, "section", at, 0, lastSection));
        t.label = r.text(m, "label", at, true);
        const QString shape = r.text(m, "shape", at, true);
        if (shape == QLatin1String("rectangle"))
            t.shape = Doc::TableShape::Rectangle;
        else if (r.ok() && shape != QLatin1String("round"))
            r.fail(at + QStringLiteral(".shape"),
                   QStringLiteral("\"%1\" is neither round nor rectangle").arg(shape));
        t.centre = QPointF(coordinate(r, m, "x", at), coordinate(r, m, "y", at));
        t.size = QSizeF(r.number(m, "width", at, 0.01, L::MaxCoordinate),
                        r.number(m, "height", at, 0.01, L::MaxCoordinate));
        t.rotation = r.number(m, "rotation", at, -360, 360, 0.0);
        doc.tables.append(t);
    }

    const QCborArray seats = r.array(root, "seats", QString(), L::MaxPlaces);
    doc.seats.reserve(seats.size());
    for (qsizetype i = 0; i < seats.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("seats[%1]").arg(i);
        const QCborMap m = r.object(seats.at(i), at);
        Doc::Seat s;
        s.pos = QPointF(coordinate(r, m, "x", at), coordinate(r, m, "y", at));
        const bool inRow = m.contains(key("row"));
        if (inRow == m.contains(key("table"))) {
            r.fail(at, QStringLiteral("a seat names either a row or a table"));
            break;
        }
        if (inRow)
            s.row = int(r.integer(m, "row", at, 0, doc.rows.size() - 1));
        else
            s.table = int(r.integer(m, "table", at, 0, doc.tables.size() - 1));
        s.number = int(r.integer(m, "number", at, 0, 0xffff));
        s.category = int(r.integer(m, "category", at, 0, 255, -1));
        const QCborArray flags = r.array(m, "flags", at, 8);
        for (qsizetype f = 0; f < flags.size() && r.ok(); ++f) {
            const QString name = flags.at(f).toString();
            quint8 bit = 0;
            for (const FlagName &known : FlagNames) {
                if (name == QLatin1String(known.name))
                    bit = known.bit;
            }
            if (!bit)
                r.fail(at + QStringLiteral(".flags[%1]").arg(f), QStringLiteral("not a seat flag"));
            s.flags |= bit;
        }
        s.note = r.text(m, "note", at, false);
        doc.seats.append(s);
    }

    const QCborArray standing = r.array(root, "standing", QString(), L::MaxDrawn);
    for (qsizetype i = 0; i < standing.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("standing[%1]").arg(i);
        const QCborMap m = r.object(standing.at(i), at);
        Doc::StandingArea a;
        a.section = int(r.integer(m, "section", at, 0, lastSection));
        a.name = r.text(m, "name", at, true);
        a.outline = r.points(m, at, 3);
        a.capacity = int(r.integer(m, "capacity", at, 0, L::MaxPlaces, 0));
        a.category = int(r.integer(m, "category", at, 0, 255, -1));
        doc.standingAreas.append(a);
    }
    if (r.ok() && doc.placeCount() > L::MaxPlaces) {
        r.fail(QStringLiteral("standing"),
               QStringLiteral("%1 seats and places, at most %2").arg(doc.placeCount()).arg(L::MaxPlaces));
    }

    const QCborArray labels = r.array(root, "labels", QString(), L::MaxDrawn);
    for (qsizetype i = 0; i < labels.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("labels[%1]").arg(i);
        const QCborMap m = r.object(labels.at(i), at);
        doc.labels.append({QPointF(coordinate(r, m, "x", at), coordinate(r, m, "y", at)),
                           r.text(m, "text", at, true), r.number(m, "size", at, 0.01, 1000, 1.0),
                           r.number(m, "rotation", at, -360, 360, 0.0)});
    }

    const QCborArray shapes = r.array(root, "shapes", QString(), L::MaxDrawn);
    for (qsizetype i = 0; i < shapes.size() && r.ok(); ++i) {
        const QString at = QStringLiteral("shapes[%1]").arg(i);
        const QCborMap m = r.object(shapes.at(i), at);
        Doc::Shape s;
        const QString kind = r.text(m, "kind", at, false);
        bool known = false;
        for (Doc::ShapeKind k :
             {Doc::ShapeKind::Aisle, Doc::ShapeKind::Wall, Doc::ShapeKind::Entrance, Doc::ShapeKind::Other}) {
            if (kind == QLatin1String(shapeKindName(k))) {
                s.kind = k;
                known = true;
            }
        }
        if (!known && !kind.isEmpty())
            r.fail(at + QStringLiteral(".kind"), QStringLiteral("\"%1\" is not a shape kind").arg(kind));
        s.points = r.points(m, at, 2);
        const QCborValue closed = m.value(key("closed"));
        if (!closed.isUndefined() && !closed.isBool())
            r.fail(at + QStringLiteral(".closed"), QStringLiteral("not true or false"));
        s.closed = closed.toBool();
        doc.shapes.append(s);
    }
    return done();
}

QByteArray encodeLayoutJson(const LayoutDocument &doc)
{
    return QJsonDocument(layoutToCbor(doc).toJsonObject()).toJson(QJsonDocument::Indented);
}

std::optional<LayoutDocument> decodeLayoutJson(const QByteArray &json, QString *error)
{
    if (json.size() > L::MaxDocumentBytes) {
        if (error)
            *error = QStringLiteral("the document is larger than %1 bytes").arg(L::MaxDocumentBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !parsed.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("not JSON at byte %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString())
                         : QStringLiteral("the document is not a JSON object");
        }
        return std::nullopt;
    }
    return layoutFromCbor(QCborMap::fromJsonObject(parsed.object()), error);
}

QByteArray encodeLayoutWire(const LayoutDocument &doc)
{
    return qCompress(QCborValue(layoutToCbor(doc)).toCbor());
}

std::optional<LayoutDocument> decodeLayoutWire(const QByteArray &compressed, QString *error)
{
    auto failed = [error](const QString &message) -> std::optional<LayoutDocument> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (compressed.size() < 5)
        return failed(QStringLiteral("the compressed document is truncated"));
    const quint32 claimed = qFromBigEndian<quint32>(compressed.constData());
    if (claimed == 0 || claimed > quint32(L::MaxDocumentBytes))
        return failed(
            QStringLiteral("the document claims %1 bytes, at most %2").arg(claimed).arg(L::MaxDocumentBytes));
    const QByteArray cbor = qUncompress(compressed);
    if (cbor.size() != qsizetype(claimed))
        return failed(QStringLiteral("the compressed document is corrupt"));
    QCborParserError parseError;
    const QCborValue root = QCborValue::fromCbor(cbor, &parseError);
    if (parseError.error != QCborError::NoError)
        return failed(
            QStringLiteral("not CBOR at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!root.isMap())
        return failed(QStringLiteral("the document is not a map"));
    return layoutFromCbor(root.toMap(), error);
}

} // namespace BoxOffice::Shared
