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
    <name>BoxOffice::Ui::BestAvailableBar</name>
    <message numerus="yes">
        <source>%1 · %2 · %n free</source>
        <translation>
            <numerusform>%1 · %2 · %n free</numerusform>
            <numerusform>%1 · %2 · %n free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> seat(s)</source>
        <comment>after the quantity</comment>
        <translation>
            <numerusform> seat</numerusform>
            <numerusform> seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CartHolds</name>
    <message numerus="yes">
        <source>At most %n seat(s) can be held at once for this event.</source>
        <translation>
            <numerusform>At most %n seat can be held at once for this event.</numerusform>
            <numerusform>At most %n seats can be held at once for this event.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CartPanel</name>
    <message numerus="yes">
        <source>%n seat(s) · Total %1</source>
        <translation>
            <numerusform>%n seat · Total %1</numerusform>
            <numerusform>%n seats · Total %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerProblems</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) with the same section, row and number</source>
        <translation>
            <numerusform>%n seat with the same section, row and number</numerusform>
            <numerusform>%n seats with the same section, row and number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) closer than a seat&apos;s width</source>
        <translation>
            <numerusform>%n seat closer than a seat&apos;s width</numerusform>
            <numerusform>%n seats closer than a seat&apos;s width</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) without a price category</source>
        <translation>
            <numerusform>%n seat without a price category</numerusform>
            <numerusform>%n seats without a price category</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) or areas with a category that is not listed</source>
        <translation>
            <numerusform>%n seat or area with a category that is not listed</numerusform>
            <numerusform>%n seats or areas with a category that is not listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without seats</source>
        <translation>
            <numerusform>%n row without seats</numerusform>
            <numerusform>%n rows without seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) without seats or places</source>
        <translation>
            <numerusform>%n section without seats or places</numerusform>
            <numerusform>%n sections without seats or places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) without seats</source>
        <translation>
            <numerusform>%n table without seats</numerusform>
            <numerusform>%n tables without seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerProperties</name>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other object(s)</source>
        <translation>
            <numerusform>%n other object</numerusform>
            <numerusform>%n other objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerWorkspace</name>
    <message numerus="yes">
        <source>%n problem(s) to solve before publishing</source>
        <translation>
            <numerusform>%n problem to solve before publishing</numerusform>
            <numerusform>%n problems to solve before publishing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n problem(s) to solve first (listed under Problems).</source>
        <translation>
            <numerusform>Not published: %n problem to solve first (listed under Problems).</numerusform>
            <numerusform>Not published: %n problems to solve first (listed under Problems).</numerusform>
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
    <name>BoxOffice::Ui::OrderWorkspace</name>
    <message numerus="yes">
        <source>Refund the whole order %1: %n ticket(s), %2?</source>
        <translation>
            <numerusform>Refund the whole order %1: %n ticket, %2?</numerusform>
            <numerusform>Refund the whole order %1: %n tickets, %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refund %n ticket(s) of order %1: %2?</source>
        <translation>
            <numerusform>Refund %n ticket of order %1: %2?</numerusform>
            <numerusform>Refund %n tickets of order %1: %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refunded %n ticket(s): %1 paid back</source>
        <translation>
            <numerusform>Refunded %n ticket: %1 paid back</numerusform>
            <numerusform>Refunded %n tickets: %1 paid back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SellingHeader</name>
    <message numerus="yes">
        <source>%1 · %n seat(s)</source>
        <translation>
            <numerusform>%1 · %n seat</numerusform>
            <numerusform>%1 · %n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SellingWorkspace</name>
    <message numerus="yes">
        <source>%n seat(s) are held for this customer. Release them and leave the event?</source>
        <translation>
            <numerusform>%n seat is held for this customer. Release it and leave the event?</numerusform>
            <numerusform>%n seats are held for this customer. Release them and leave the event?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n seat(s) sold for %2.</source>
        <translation>
            <numerusform>Order %1: %n seat sold for %2.</numerusform>
            <numerusform>Order %1: %n seats sold for %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SessionControls</name>
    <message numerus="yes">
        <source>The %n seat(s) %1 holds stay held for %1 until the hold runs out; the next clerk cannot sell them.</source>
        <translation>
            <numerusform>The seat %1 holds stays held for %1 until the hold runs out; the next clerk cannot sell it.</numerusform>
            <numerusform>The %n seats %1 holds stay held for %1 until the hold runs out; the next clerk cannot sell them.</numerusform>
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
<context>
    <name>BoxOffice::Ui::VenuesWorkspace</name>
    <message numerus="yes">
        <source>Version %1 (%n event(s))</source>
        <translation>
            <numerusform>Version %1 (%n event)</numerusform>
            <numerusform>Version %1 (%n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before publishing</source>
        <translation>
            <numerusform>%n problem to solve before publishing</numerusform>
            <numerusform>%n problems to solve before publishing</numerusform>
        </translation>
    </message>
</context>
</TS>
