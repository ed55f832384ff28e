<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
