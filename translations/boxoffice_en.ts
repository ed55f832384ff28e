<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoxOffice::Ui::AuditPanel</name>
    <message numerus="yes">
        <source>Showing the first %n row(s); narrow the filter or raise the row limit to see more.</source>
        <translation>
            <numerusform>Showing the first row; narrow the filter or raise the row limit to see more.</numerusform>
            <numerusform>Showing the first %n rows; narrow the filter or raise the row limit to see more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::EventListModel</name>
    <message numerus="yes">
        <source>%n seat(s) blocked</source>
        <translation>
            <numerusform>%n seat blocked</numerusform>
            <numerusform>%n seats blocked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::MainWindow</name>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Retrying in %n s.</numerusform>
            <numerusform>Retrying in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::UserDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
