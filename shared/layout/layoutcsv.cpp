#include "layout/layoutcsv.h"

#include "layout/layoutlabels.h"

#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <cmath>
#include <iterator>

namespace BoxOffice::Shared {

namespace {

using Doc = LayoutDocument;
namespace L = LayoutLimits;

struct FlagName
{
    quint8 bit;
    QLatin1StringView name;
};
constexpr FlagName FlagNames[] = {{Doc::Wheelchair, QLatin1StringView("wheelchair")},
                                  {Doc::Companion, QLatin1StringView("companion")},
                                  {Doc::RestrictedView, QLatin1StringView("restricted")}};

// New categories' colours, in turn (Tailwind's 600 shades, as the demo's).
constexpr const char *Palette[] = {"#2563eb", "#dc2626", "#16a34a", "#d97706",
                                   "#7c3aed", "#0891b2", "#db2777", "#4b5563"};

enum Column { Section, Row, Number, X, Y, Category, Flags, Note, ColumnCount };
constexpr const char *ColumnNames[ColumnCount] = {"section", "row",      "number", "x",
                                                  "y",       "category", "flags",  "note"};

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString coordinate(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

/** One record of the file and the line it starts on. */
struct Record
{
    int line = 0;
    QStringList fields;
};

/** RFC 4180 records; false with an error naming the line when a quote is malformed. */
bool parseRecords(const QString &text, QList<Record> *records, QString *error)
{
    int line = 1;
    Record current{1, {}};
    QString value;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed
    bool fieldStarted = false;
    auto endField = [&] {
        current.fields.append(value);
        value.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        // A blank line is no record.
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            records->append(current);
        current = Record{nextLine, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    value.append(c);
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                value.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the \n ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord(line);
        } else if (afterQuote) {
            *error = QStringLiteral("line %1: text after a closing quote").arg(line);
            return false;
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted) {
                *error =
                    QStringLiteral("line %1: a quote inside a field that does not start with one").arg(line);
                return false;
            }
            quoted = true;
            fieldStarted = true;
        } else {
            value.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = QStringLiteral("line %1: a quoted field is not closed").arg(current.line);
        return false;
    }
    endRecord(line);
    return true;
}

} // namespace

QByteArray exportSeatsCsv(const LayoutDocument &doc)
{
    QString out;
    out.reserve(64 + doc.seats.size() * 40);
    for (int c = 0; c < ColumnCount; ++c) {
        if (c)
            out += QLatin1Char(',');
        out += QLatin1String(ColumnNames[c]);
    }
    out += QLatin1String("\r\n");
    for (const Doc::Seat &s : doc.seats) {
        const int section = doc.sectionOf(s);
        QStringList flags;
        for (const FlagName &f : FlagNames) {
            if (s.flags & f.bit)
                flags.append(f.name);
        }
        QString category;
        if (const Doc::Category *c = doc.category(s.category))
            category = c->name;
        else if (s.category >= 0)
            category = QString::number(s.category);
        const QString fields[ColumnCount] = {
            section >= 0 && section < doc.sections.size() ? doc.sections.at(section).name : QString(),
            doc.rowLabelOf(s),
            QString::number(s.number),
            coordinate(s.pos.x()),
            coordinate(s.pos.y()),
            category,
            flags.join(QLatin1Char('|')),
            s.note};
        for (int c = 0; c < ColumnCount; ++c) {
            if (c)
                out += QLatin1Char(',');
            out += field(fields[c]);
        }
        out += QLatin1String("\r\n");
    }
    return out.toUtf8();
}

std::optional<LayoutAddition> importSeatsCsv(LayoutDocument &doc, const QByteArray &csv, QStringList *errors)
{
    QStringList found;
    auto done = [&]() -> std::optional<LayoutAddition> {
        if (errors)
            *errors = found;
        return std::nullopt;
    };
    if (csv.size() > L::MaxDocumentBytes) {
        found.append(QStringLiteral("the file is larger than %1 bytes").arg(L::MaxDocumentBytes));
        return done();
    }
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // the byte order mark spreadsheets write
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (utf8.hasError()) {
        found.append(QStringLiteral("the file is not UTF-8 text"));
        return done();
    }
    QList<Record> records;
    QString parseError;
    if (!parseRecords(text, &records, &parseError)) {
        found.append(parseError);
        return done();
    }
    if (records.isEmpty()) {
        found.append(QStringLiteral("line 1: the header line is missing"));
        return done();
    }

    // The header: which field holds which column.
    const Record &header = records.first();
    int at[ColumnCount];
    std::fill(std::begin(at), std::end(at), -1);
    for (int f = 0; f < header.fields.size(); ++f) {
        const QString name = header.fields.at(f).trimmed().toLower();
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (name == QLatin1String(ColumnNames[c]))
                column = c;
        }
        if (column < 0)
            found.append(
                QStringLiteral("line %1: unknown column \"%2\"").arg(header.line).arg(header.fields.at(f)));
        else if (at[column] >= 0)
            found.append(QStringLiteral("line %1: column \"%2\" twice").arg(header.line).arg(name));
        else
            at[column] = f;
    }
    for (int c = 0; c < Note; ++c) {
        if (at[c] < 0)
            found.append(QStringLiteral("line %1: column \"%2\" is missing")
                             .arg(header.line)
                             .arg(QLatin1String(ColumnNames[c])));
    }
    if (!found.isEmpty())
        return done();

    Doc work = doc;
    LayoutAddition added;
    added.categories = {int(doc.categories.size()), 0};
    added.sections = {int(doc.sections.size()), 0};
    added.rows = {int(doc.rows.size()), 0};
    added.tables = {int(doc.tables.size()), 0};
    added.seats = {int(doc.seats.size()), 0};
    added.standingAreas = {int(doc.standingAreas.size()), 0};
    QHash<QString, int> sectionIndex;
    for (int i = doc.sections.size() - 1; i >= 0; --i)
        sectionIndex.insert(doc.sections.at(i).name, i);
    QHash<QPair<int, QString>, int> rowIndex, tableIndex;
    for (int i = doc.rows.size() - 1; i >= 0; --i)
        rowIndex.insert({doc.rows.at(i).section, doc.rows.at(i).label}, i);
    for (int i = doc.tables.size() - 1; i >= 0; --i)
        tableIndex.insert({doc.tables.at(i).section, doc.tables.at(i).label}, i);
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);

    for (qsizetype r = 1; r < records.size() && found.size() < MaxCsvErrors; ++r) {
        const Record &rec = records.at(r);
        auto bad = [&](const QString &what) {
            found.append(QStringLiteral("line %1: %2").arg(rec.line).arg(what));
        };
        if (rec.fields.size() != header.fields.size()) {
            bad(QStringLiteral("%1 fields, the header has %2")
                    .arg(rec.fields.size())
                    .arg(header.fields.size()));
            continue;
        }
        auto value = [&](Column col) { return at[col] < 0 ? QString() : rec.fields.at(at[col]).trimmed(); };
        const QString sectionName = value(Section), rowLabel = value(Row), note = value(Note);
        const qsizetype before = found.size();
        if (sectionName.isEmpty() || sectionName.size() > L::MaxText)
            bad(QStringLiteral("section is empty or longer than %1 characters").arg(L::MaxText));
        if (rowLabel.isEmpty() || rowLabel.size() > L::MaxText)
            bad(QStringLiteral("row is empty or longer than %1 characters").arg(L::MaxText));
        if (note.size() > L::MaxText)
            bad(QStringLiteral("note is longer than %1 characters").arg(L::MaxText));
        bool ok = false;
        const int number = value(Number).toInt(&ok);
        if (!ok || number < 0 || number > 0xffff)
            bad(QStringLiteral("number \"%1\" is not a whole number 0..65535").arg(value(Number)));
        QPointF pos;
        for (Column col : {X, Y}) {
            const double d = c.toDouble(value(col), &ok);
            if (!ok || !std::isfinite(d) || std::abs(d) > L::MaxCoordinate)
                bad(QStringLiteral("%1 \"%2\" is not a number within ±%3")
                        .arg(QLatin1String(ColumnNames[col]), value(col))
                        .arg(L::MaxCoordinate));
            (col == X ? pos.rx() : pos.ry()) = d;
        }
        quint8 flags = 0;
        const QString flagText = value(Flags);
        for (const QString &name : flagText.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            quint8 bit = 0;
            for (const FlagName &f : FlagNames) {
                if (name.trimmed().compare(f.name, Qt::CaseInsensitive) == 0)
                    bit = f.bit;
            }
            if (!bit)
                bad(QStringLiteral("flag \"%1\" is not wheelchair, companion or restricted")
                        .arg(name.trimmed()));
            flags |= bit;
        }
        if (found.size() > before)
            continue;

        // Category: by name, then by listed id, else a new one.
        int category = -1;
        if (const QString name = value(Category); !name.isEmpty()) {
            for (const Doc::Category &known : std::as_const(work.categories)) {
                if (known.name == name)
                    category = known.id;
            }
            const int id = name.toInt(&ok);
            const bool whole = ok && id >= 0 && id <= 255;
            if (category < 0 && whole && work.category(id))
                category = id;
            if (category < 0) {
                int fresh = whole ? id : 0;
                while (!whole && work.category(fresh))
                    ++fresh;
                if (work.categories.size() >= L::MaxCategories || fresh > 255 || name.size() > L::MaxText) {
                    bad(QStringLiteral("category \"%1\" cannot be added").arg(name));
                    continue;
                }
                work.categories.append({fresh, whole ? QStringLiteral("Category %1").arg(id) : name,
                                        QLatin1String(Palette[work.categories.size() % std::size(Palette)])});
                ++added.categories.count;
                category = fresh;
            }
        }
        auto sit = sectionIndex.find(sectionName);
        if (sit == sectionIndex.end()) {
            if (work.sections.size() >= L::MaxSections) {
                bad(QStringLiteral("more than %1 sections").arg(L::MaxSections));
                continue;
            }
            sit = sectionIndex.insert(sectionName, int(work.sections.size()));
            work.sections.append({sectionName});
            ++added.sections.count;
        }
        Doc::Seat seat;
        seat.pos = pos;
        seat.number = number;
        seat.category = category;
        seat.flags = flags;
        seat.note = note;
        const QPair<int, QString> key{*sit, rowLabel};
        if (auto tit = tableIndex.constFind(key); tit != tableIndex.constEnd() && !rowIndex.contains(key)) {
            seat.table = *tit;
        } else {
            auto rit = rowIndex.find(key);
            if (rit == rowIndex.end()) {
                if (work.rows.size() >= L::MaxRows) {
                    bad(QStringLiteral("more than %1 rows").arg(L::MaxRows));
                    continue;
                }
                rit = rowIndex.insert(key, int(work.rows.size()));
                work.rows.append({*sit, rowLabel, std::nullopt});
                ++added.rows.count;
            }
            seat.row = *rit;
        }
        if (work.placeCount() >= L::MaxPlaces) {
            bad(QStringLiteral("more than %1 seats and places").arg(L::MaxPlaces));
            break;
        }
        work.seats.append(seat);
        ++added.seats.count;
    }
    if (!found.isEmpty())
        return done();
    doc = std::move(work);
    if (errors)
        errors->clear();
    return added;
}

} // namespace BoxOffice::Shared
