<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BoxOffice::Ui::AdminWorkspace</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>Audit &amp;Log</source>
        <translation>Prüf&amp;protokoll</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::AuditPanel</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Akteur:</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>jeder Benutzer</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>Query the audit log with this filter (Enter)</source>
        <translation>Das Prüfprotokoll mit diesem Filter abfragen (Eingabetaste)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file (%1)</source>
        <translation>Die angezeigten Zeilen als CSV-Datei speichern (%1)</translation>
    </message>
    <message>
        <source>Select a row to see the complete before and after.</source>
        <translation>Wählen Sie eine Zeile, um Vorher und Nachher vollständig zu sehen.</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n row(s); narrow the filter or raise the row limit to see more.</source>
        <translation>
            <numerusform>Die erste Zeile wird angezeigt; schränken Sie den Filter ein oder erhöhen Sie das Zeilenlimit, um mehr zu sehen.</numerusform>
            <numerusform>Die ersten %n Zeilen werden angezeigt; schränken Sie den Filter ein oder erhöhen Sie das Zeilenlimit, um mehr zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3

Before:
%4

After:
%5</source>
        <translation>%1 · %2 · %3

Vorher:
%4

Nachher:
%5</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>pruefprotokoll-%1.csv</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::BestAvailableBar</name>
    <message>
        <source>Best available:</source>
        <translation>Beste verfügbare Plätze:</translation>
    </message>
    <message numerus="yes">
        <source> seat(s)</source>
        <comment>after the quantity</comment>
        <translation>
            <numerusform> Platz</numerusform>
            <numerusform> Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>How many seats, next to each other (Alt+Q)</source>
        <translation>Wie viele Plätze nebeneinander (Alt+Z)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>An&amp;zahl</translation>
    </message>
    <message>
        <source>Price category (Alt+C)</source>
        <translation>Preiskategorie (Alt+K)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Only seats in this section (Alt+N)</source>
        <translation>Nur Plätze in diesem Bereich (Alt+B)</translation>
    </message>
    <message>
        <source>Sectio&amp;n</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;Find Seats</source>
        <translation>Plätze &amp;finden</translation>
    </message>
    <message>
        <source>Hold the best seats together in the category (Return, Alt+F)</source>
        <translation>Die besten zusammenhängenden Plätze der Kategorie reservieren (Eingabe, Alt+F)</translation>
    </message>
    <message>
        <source>Any section</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n free</source>
        <translation>
            <numerusform>%1 · %2 · %n frei</numerusform>
            <numerusform>%1 · %2 · %n frei</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (standing) · %2 · %3 of %4 free</source>
        <translation>%1 (Stehplätze) · %2 · %3 von %4 frei</translation>
    </message>
    <message>
        <source>%1 (standing) · %2</source>
        <translation>%1 (Stehplätze) · %2</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CardTokenizer</name>
    <message>
        <source>Card payments are not set up on this server.</source>
        <translation>Kartenzahlungen sind auf diesem Server nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The card was not accepted: check the number and the expiry.</source>
        <translation>Die Karte wurde nicht akzeptiert: Prüfen Sie Nummer und Ablaufdatum.</translation>
    </message>
    <message>
        <source>The payment gateway did not answer (%1).</source>
        <translation>Das Zahlungs-Gateway hat nicht geantwortet (%1).</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CartHolds</name>
    <message>
        <source>No longer held for you, removed from the cart: %1</source>
        <translation>Nicht mehr für Sie reserviert, aus dem Warenkorb entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n seat(s) can be held at once for this event.</source>
        <translation>
            <numerusform>Für diese Veranstaltung kann höchstens %n Platz gleichzeitig reserviert werden.</numerusform>
            <numerusform>Für diese Veranstaltung können höchstens %n Plätze gleichzeitig reserviert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those seats were just taken by someone else.</source>
        <translation>Diese Plätze wurden gerade von jemand anderem belegt.</translation>
    </message>
    <message>
        <source>Taken by someone else just now: %1</source>
        <translation>Gerade eben von jemand anderem belegt: %1</translation>
    </message>
    <message>
        <source>Could not hold the seats: %1</source>
        <translation>Die Plätze konnten nicht reserviert werden: %1</translation>
    </message>
    <message>
        <source>Could not release: %1</source>
        <translation>Freigabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>no seats together left that fit</source>
        <translation>keine passenden zusammenhängenden Plätze mehr frei</translation>
    </message>
    <message>
        <source>Best available: %1</source>
        <translation>Beste verfügbare Plätze: %1</translation>
    </message>
    <message>
        <source>Could not extend: %1</source>
        <translation>Verlängerung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>not as many places left in the area</source>
        <translation>nicht mehr so viele Plätze im Bereich frei</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CartModel</name>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CartPanel</name>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Delete releases the selected seat&apos;s hold</source>
        <translation>Entf gibt die Reservierung des ausgewählten Platzes frei</translation>
    </message>
    <message>
        <source>Release Seat</source>
        <translation>Platz freigeben</translation>
    </message>
    <message>
        <source>No seats held.
Click seats on the map, drag around several, or use Best available.</source>
        <translation>Keine Plätze reserviert.
Klicken Sie im Saalplan auf Plätze, ziehen Sie einen Rahmen um mehrere oder nutzen Sie „Beste verfügbare Plätze“.</translation>
    </message>
    <message>
        <source>&amp;Extend Hold</source>
        <translation>Reservierung ver&amp;längern</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Keep the seats longer, up to the event&apos;s limit</source>
        <translation>Die Plätze länger reservieren, bis zum Limit der Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Release All</source>
        <translation>Alle f&amp;reigeben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace</source>
        <translation>Ctrl+Shift+Backspace</translation>
    </message>
    <message>
        <source>Give every held seat back</source>
        <translation>Alle reservierten Plätze freigeben</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;Verkaufen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Sell the held seats</source>
        <translation>Die reservierten Plätze verkaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) · Total %1</source>
        <translation>
            <numerusform>%n Platz · Summe %1</numerusform>
            <numerusform>%n Plätze · Summe %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold expires in %1 — extend or sell now</source>
        <translation>Reservierung läuft in %1 ab – jetzt verlängern oder verkaufen</translation>
    </message>
    <message>
        <source>Seats held for %1</source>
        <translation>Plätze noch %1 reserviert</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CertificateDialog</name>
    <message>
        <source>Server Certificate Changed</source>
        <translation>Serverzertifikat geändert</translation>
    </message>
    <message>
        <source>Untrusted Server Certificate</source>
        <translation>Nicht vertrauenswürdiges Serverzertifikat</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed</source>
        <translation>Das Zertifikat von %1 hat sich geändert</translation>
    </message>
    <message>
        <source>You trusted another certificate for this server before. Someone may be intercepting the connection, or the server got a new certificate. The connection was refused.

Ask the server&apos;s administrator whether the certificate was replaced and compare the fingerprint below. To accept a new certificate, an administrator removes the old trust entry from this computer&apos;s settings.</source>
        <translation>Sie haben diesem Server früher mit einem anderen Zertifikat vertraut. Möglicherweise wird die Verbindung abgefangen, oder der Server hat ein neues Zertifikat erhalten. Die Verbindung wurde abgelehnt.

Fragen Sie den Administrator des Servers, ob das Zertifikat ersetzt wurde, und vergleichen Sie den Fingerabdruck unten. Um ein neues Zertifikat anzunehmen, entfernt ein Administrator den alten Vertrauenseintrag aus den Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>%1 uses a certificate this computer does not trust</source>
        <translation>%1 verwendet ein Zertifikat, dem dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>The certificate is self-signed or its issuer is unknown. Compare the fingerprint with the one your administrator gave you. If they match, you can trust this certificate for this server; it is remembered, and any other certificate for this server will be refused.</source>
        <translation>Das Zertifikat ist selbstsigniert oder sein Aussteller ist unbekannt. Vergleichen Sie den Fingerabdruck mit dem, den Ihr Administrator Ihnen gegeben hat. Wenn beide übereinstimmen, können Sie diesem Zertifikat für diesen Server vertrauen; es wird gespeichert, und jedes andere Zertifikat für diesen Server wird abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate of %1 is invalid</source>
        <translation>Das Zertifikat von %1 ist ungültig</translation>
    </message>
    <message>
        <source>The certificate cannot be accepted: %1</source>
        <translation>Das Zertifikat kann nicht angenommen werden: %1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>New SHA-256:</source>
        <translation>Neuer SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Trusted SHA-256:</source>
        <translation>Vertrauter SHA-256:</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>Gemeldet:</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CommandLine</name>
    <message>
        <source>BoxOffice desktop client: sell tickets at the counter on live seat maps.</source>
        <translation>BoxOffice-Desktop-Client: Tickets an der Kasse auf Live-Saalplänen verkaufen.</translation>
    </message>
    <message>
        <source>Server address, for example ws://127.0.0.1:8080 (default; the environment variable BOXOFFICE_SERVER also sets it).</source>
        <translation>Serveradresse, zum Beispiel ws://127.0.0.1:8080 (Standard; auch über die Umgebungsvariable BOXOFFICE_SERVER einstellbar).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>User interface language, for example de, fr or es (default: the system language).</source>
        <translation>Sprache der Benutzeroberfläche, zum Beispiel de, fr oder es (Standard: Systemsprache).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;: expected ws://host:port or wss://host:port.</source>
        <translation>Ungültige Serveradresse „%1“: erwartet wird ws://host:port oder wss://host:port.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>Sign in (with --user and BOXOFFICE_PASSWORD), wait until the workspace is loaded (at most 10 s), save a picture of the main window to &lt;file&gt; (PNG) and exit. Without a user, saves a picture of the sign-in dialog. Exits with an error if the server could not be reached or the sign-in failed.</source>
        <translation>Anmelden (mit --user und BOXOFFICE_PASSWORD), warten bis der Arbeitsbereich geladen ist (höchstens 10 s), ein Bild des Hauptfensters als &lt;Datei&gt; (PNG) speichern und beenden. Ohne Benutzer wird ein Bild des Anmeldedialogs gespeichert. Endet mit einem Fehler, wenn der Server nicht erreichbar war oder die Anmeldung fehlschlug.</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt; without the sign-in dialog (the environment variable BOXOFFICE_USER also sets it). The password is read from the environment variable BOXOFFICE_PASSWORD, never from the command line.</source>
        <translation>Ohne Anmeldedialog als &lt;Name&gt; anmelden (auch über die Umgebungsvariable BOXOFFICE_USER einstellbar). Das Passwort wird aus der Umgebungsvariable BOXOFFICE_PASSWORD gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Trust the server&apos;s self-signed certificate if, and only if, its SHA-256 fingerprint is &lt;sha256&gt; (hex, colons allowed), as scripts/demo prints it; it is then pinned as if accepted in the trust dialog. Any other certificate is refused.</source>
        <translation>Dem selbstsignierten Zertifikat des Servers genau dann vertrauen, wenn sein SHA-256-Fingerabdruck &lt;sha256&gt; ist (hexadezimal, Doppelpunkte erlaubt), wie scripts/demo ihn ausgibt; es wird dann angeheftet, als wäre es im Vertrauensdialog akzeptiert worden. Jedes andere Zertifikat wird abgelehnt.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>--trust-fingerprint needs a SHA-256 fingerprint: 64 hex digits.</source>
        <translation>--trust-fingerprint braucht einen SHA-256-Fingerabdruck: 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>After signing in, open the seat map of the event with this number (with --screenshot: wait until the map is live, then save the picture).</source>
        <translation>Nach der Anmeldung den Saalplan der Veranstaltung mit dieser Nummer öffnen (mit --screenshot: warten, bis der Saalplan live ist, dann das Bild speichern).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>With --event: hold &lt;n&gt; best-available seats of the first price category once the map is live, as a clerk&apos;s Return in the best-available bar would (for demonstrations and screenshots; the hold expires like any other).</source>
        <translation>Mit --event: sobald der Saalplan live ist, die &lt;n&gt; besten verfügbaren Plätze der ersten Preiskategorie reservieren, wie es die Eingabetaste in der Leiste „Beste verfügbare Plätze“ an der Kasse täte (für Vorführungen und Bildschirmfotos; die Reservierung läuft wie jede andere ab).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--event needs an event number, for example --event 1.</source>
        <translation>--event benötigt eine Veranstaltungsnummer, zum Beispiel --event 1.</translation>
    </message>
    <message>
        <source>--hold-best needs a number of seats from 1 to 100.</source>
        <translation>--hold-best benötigt eine Anzahl von Plätzen zwischen 1 und 100.</translation>
    </message>
    <message>
        <source>--hold-best needs --event.</source>
        <translation>--hold-best benötigt --event.</translation>
    </message>
    <message>
        <source>Workspace to show after signing in: events (default), admin, or designer (with --venue).</source>
        <translation>Arbeitsbereich nach der Anmeldung: events (Standard), admin oder designer (mit --venue).</translation>
    </message>
    <message>
        <source>With --workspace designer: open the draft of the venue with this number in the designer (organizers and admins).</source>
        <translation>Mit --workspace designer: den Entwurf der Spielstätte mit dieser Nummer im Designer öffnen (Veranstalter und Administratoren).</translation>
    </message>
    <message>
        <source>Unknown workspace &quot;%1&quot;: expected events, admin or designer.</source>
        <translation>Unbekannter Arbeitsbereich „%1“: erwartet wird events, admin oder designer.</translation>
    </message>
    <message>
        <source>--venue needs a venue number, for example --venue 1.</source>
        <translation>--venue braucht eine Spielstättennummer, zum Beispiel --venue 1.</translation>
    </message>
    <message>
        <source>--workspace designer and --venue go together.</source>
        <translation>--workspace designer und --venue gehören zusammen.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>ws://host:port</source>
        <translation>ws://host:port</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>Unencrypted connection: use wss:// for servers on other machines.</source>
        <translation>Unverschlüsselte Verbindung: Für Server auf anderen Rechnern wss:// verwenden.</translation>
    </message>
    <message>
        <source>For example ws://127.0.0.1:8080 or wss://boxoffice.example.org</source>
        <translation>Zum Beispiel ws://127.0.0.1:8080 oder wss://boxoffice.example.org</translation>
    </message>
    <message>
        <source>Enter a ws:// or wss:// address.</source>
        <translation>Geben Sie eine ws://- oder wss://-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ConnectionBanner</name>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CounterCheckout</name>
    <message>
        <source>The order could not be created: %1</source>
        <translation>Die Bestellung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The connection dropped during the payment. Press Sell again when it is back: nothing is charged twice.</source>
        <translation>Die Verbindung ist während der Zahlung abgebrochen. Drücken Sie erneut „Verkaufen“, sobald sie wieder besteht: Es wird nichts doppelt belastet.</translation>
    </message>
    <message>
        <source>The payment was declined: %1</source>
        <translation>Die Zahlung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The sale did not go through: %1</source>
        <translation>Der Verkauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The exchange did not go through: %1</source>
        <translation>Der Umtausch ist nicht erfolgt: %1</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerLegend</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Return paints the category onto the selection</source>
        <translation>Eingabetaste weist die Kategorie der Auswahl zu</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerProblems</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: ready to publish.</source>
        <translation>Keine Probleme: bereit zur Veröffentlichung.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) with the same section, row and number</source>
        <translation>
            <numerusform>%n Platz mit gleichem Bereich, gleicher Reihe und Nummer</numerusform>
            <numerusform>%n Plätze mit gleichem Bereich, gleicher Reihe und Nummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) closer than a seat&apos;s width</source>
        <translation>
            <numerusform>%n Platz näher als eine Platzbreite</numerusform>
            <numerusform>%n Plätze näher als eine Platzbreite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) without a price category</source>
        <translation>
            <numerusform>%n Platz ohne Preiskategorie</numerusform>
            <numerusform>%n Plätze ohne Preiskategorie</numerusform>
        </translation>
    </message>
    <message>
        <source>A standing area without a price category</source>
        <translation>Ein Stehplatzbereich ohne Preiskategorie</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) or areas with a category that is not listed</source>
        <translation>
            <numerusform>%n Platz oder Bereich mit einer nicht aufgeführten Kategorie</numerusform>
            <numerusform>%n Plätze oder Bereiche mit einer nicht aufgeführten Kategorie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without seats</source>
        <translation>
            <numerusform>%n Reihe ohne Plätze</numerusform>
            <numerusform>%n Reihen ohne Plätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) without seats or places</source>
        <translation>
            <numerusform>%n Bereich ohne Sitz- oder Stehplätze</numerusform>
            <numerusform>%n Bereiche ohne Sitz- oder Stehplätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) without seats</source>
        <translation>
            <numerusform>%n Tisch ohne Plätze</numerusform>
            <numerusform>%n Tische ohne Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>A standing area without capacity</source>
        <translation>Ein Stehplatzbereich ohne Kapazität</translation>
    </message>
    <message>
        <source>Nothing to sell: no seats and no standing places</source>
        <translation>Nichts zu verkaufen: keine Sitz- und keine Stehplätze</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerProperties</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Hinweis:</translation>
    </message>
    <message>
        <source>Why the view is restricted</source>
        <translation>Warum die Sicht eingeschränkt ist</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Nothing selected. Click a seat, drag a rectangle, or press Ctrl+A.</source>
        <translation>Nichts ausgewählt. Klicken Sie auf einen Platz, ziehen Sie ein Rechteck oder drücken Sie Strg+A.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Reihe</numerusform>
            <numerusform>%n Reihen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other object(s)</source>
        <translation>
            <numerusform>%n weiteres Objekt</numerusform>
            <numerusform>%n weitere Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tisch:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>There is already a section named %1.</source>
        <translation>Es gibt bereits einen Bereich namens %1.</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Bereich umbenennen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Renumber Seat</source>
        <translation>Platz umnummerieren</translation>
    </message>
    <message>
        <source>Set Capacity</source>
        <translation>Kapazität setzen</translation>
    </message>
    <message>
        <source>Set Note</source>
        <translation>Hinweis setzen</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerWorkspace</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Publish the draft as a new version</source>
        <translation>Den Entwurf als neue Version veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Close Designer</source>
        <translation>Designer &amp;schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Select &amp;Row</source>
        <translation>&amp;Reihe auswählen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Select the whole rows and tables of the selected seats</source>
        <translation>Die ganzen Reihen und Tische der ausgewählten Plätze auswählen</translation>
    </message>
    <message>
        <source>Select S&amp;ection</source>
        <translation>&amp;Bereich auswählen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Select the whole sections of the selection</source>
        <translation>Die ganzen Bereiche der Auswahl auswählen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Nach &amp;links drehen</translation>
    </message>
    <message>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <source>Rotate the selection 15° anticlockwise</source>
        <translation>Die Auswahl um 15° gegen den Uhrzeigersinn drehen</translation>
    </message>
    <message>
        <source>Rotate R&amp;ight</source>
        <translation>Nach &amp;rechts drehen</translation>
    </message>
    <message>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <source>Rotate the selection 15° clockwise</source>
        <translation>Die Auswahl um 15° im Uhrzeigersinn drehen</translation>
    </message>
    <message>
        <source>Rotate Left 1°</source>
        <translation>1° nach links drehen</translation>
    </message>
    <message>
        <source>Alt+[</source>
        <translation>Alt+[</translation>
    </message>
    <message>
        <source>Rotate Right 1°</source>
        <translation>1° nach rechts drehen</translation>
    </message>
    <message>
        <source>Alt+]</source>
        <translation>Alt+]</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Moves land on the grid; the arrow keys move by one step</source>
        <translation>Verschobenes landet auf dem Raster; die Pfeiltasten verschieben um einen Schritt</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Go to the Plan</source>
        <translation>Zum Plan</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Go to the Problems</source>
        <translation>Zu den Problemen</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Go to the Properties</source>
        <translation>Zu den Eigenschaften</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Go to the Categories</source>
        <translation>Zu den Kategorien</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Paint &amp;Category…</source>
        <translation>&amp;Kategorie zuweisen…</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Give the selected seats a price category</source>
        <translation>Den ausgewählten Plätzen eine Preiskategorie geben</translation>
    </message>
    <message>
        <source>&amp;New Category…</source>
        <translation>&amp;Neue Kategorie…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Wheelchair Space</source>
        <translation>&amp;Rollstuhlplatz</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Mark or unmark the selected seats as wheelchair spaces</source>
        <translation>Die ausgewählten Plätze als Rollstuhlplätze markieren oder nicht mehr</translation>
    </message>
    <message>
        <source>C&amp;ompanion Seat</source>
        <translation>&amp;Begleitplatz</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Mark or unmark the selected seats as companion seats</source>
        <translation>Die ausgewählten Plätze als Begleitplätze markieren oder nicht mehr</translation>
    </message>
    <message>
        <source>Restricted &amp;View</source>
        <translation>&amp;Eingeschränkte Sicht</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Mark or unmark the selected seats as having a restricted view (the note is in Properties)</source>
        <translation>Die ausgewählten Plätze als Plätze mit eingeschränkter Sicht markieren oder nicht mehr (der Hinweis steht unter Eigenschaften)</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Tiefe:</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>&amp;Bühne</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Place the stage</source>
        <translation>Die Bühne platzieren</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Beschriftung</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Add a text label</source>
        <translation>Eine Beschriftung hinzufügen</translation>
    </message>
    <message>
        <source>S&amp;hape</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Add an aisle, a wall or an entrance</source>
        <translation>Einen Gang, eine Wand oder einen Eingang hinzufügen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bühne</translation>
    </message>
    <message>
        <source>Place Stage</source>
        <translation>Bühne platzieren</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>&amp;Rotation (°):</source>
        <translation>&amp;Drehung (°):</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Beschriftung hinzufügen</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Aisle</source>
        <translation>Gang</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>&amp;Width (0: a line):</source>
        <translation>&amp;Breite (0: eine Linie):</translation>
    </message>
    <message>
        <source>Add Shape</source>
        <translation>Form hinzufügen</translation>
    </message>
    <message>
        <source>Paint Category</source>
        <translation>Kategorie zuweisen</translation>
    </message>
    <message>
        <source>&amp;Category for the selection:</source>
        <translation>&amp;Kategorie für die Auswahl:</translation>
    </message>
    <message>
        <source>New Category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>&amp;Colour (#rrggbb, empty: chosen for you):</source>
        <translation>&amp;Farbe (#rrggbb, leer: wird gewählt):</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the document is damaged</source>
        <translation>das Dokument ist beschädigt</translation>
    </message>
    <message>
        <source>Venue plan</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <source>published, read-only</source>
        <translation>veröffentlicht, schreibgeschützt</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 seats, %2 places</source>
        <translation>%1 Sitzplätze, %2 Plätze</translation>
    </message>
    <message>
        <source>ready to publish</source>
        <translation>bereit zur Veröffentlichung</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before publishing</source>
        <translation>
            <numerusform>%n Problem vor der Veröffentlichung zu lösen</numerusform>
            <numerusform>%n Probleme vor der Veröffentlichung zu lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the draft was saved by someone else since revision %1 (it is at revision %2 now: %3). Your changes are still here; reopen the draft from the venue list to see theirs.</source>
        <translation>Nicht gespeichert: Der Entwurf wurde seit Revision %1 von jemand anderem gespeichert (er ist jetzt bei Revision %2: %3). Ihre Änderungen sind noch hier; öffnen Sie den Entwurf aus der Liste der Spielstätten erneut, um die anderen zu sehen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>Als Revision %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n problem(s) to solve first (listed under Problems).</source>
        <translation>
            <numerusform>Nicht veröffentlicht: zuerst %n Problem lösen (unter Probleme aufgeführt).</numerusform>
            <numerusform>Nicht veröffentlicht: zuerst %n Probleme lösen (unter Probleme aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Published as version %1 (%2 places).</source>
        <translation>Als Version %1 veröffentlicht (%2 Plätze).</translation>
    </message>
    <message>
        <source>Paint %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>Remove Category</source>
        <translation>Kategorie entfernen</translation>
    </message>
    <message>
        <source>Clear Flag</source>
        <translation>Merkmal entfernen</translation>
    </message>
    <message>
        <source>Set Flag</source>
        <translation>Merkmal setzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Block</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Add a block of rows</source>
        <translation>Einen Block aus Reihen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>&amp;Reihe</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Add a single row</source>
        <translation>Eine einzelne Reihe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tisch</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Add a table with its seats</source>
        <translation>Einen Tisch mit seinen Plätzen hinzufügen</translation>
    </message>
    <message>
        <source>Standing &amp;Area</source>
        <translation>Steh&amp;bereich</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Add a standing (general admission) area</source>
        <translation>Einen Stehplatzbereich (freie Platzwahl) hinzufügen</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Nothing added: %1</source>
        <translation>Nichts hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Block of Rows</source>
        <translation>Block aus Reihen</translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Reihen:</translation>
    </message>
    <message>
        <source>&amp;Seats per row:</source>
        <translation>&amp;Plätze pro Reihe:</translation>
    </message>
    <message>
        <source>Seats &amp;added per row:</source>
        <translation>Plätze &amp;mehr pro Reihe:</translation>
    </message>
    <message>
        <source>Seat s&amp;pacing:</source>
        <translation>Platz&amp;abstand:</translation>
    </message>
    <message>
        <source>Row spa&amp;cing:</source>
        <translation>Reihenab&amp;stand:</translation>
    </message>
    <message>
        <source>S&amp;hape:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <source>Curved</source>
        <translation>Gebogen</translation>
    </message>
    <message>
        <source>Skewed</source>
        <translation>Versetzt</translation>
    </message>
    <message>
        <source>Ra&amp;dius (curved):</source>
        <translation>Ra&amp;dius (gebogen):</translation>
    </message>
    <message>
        <source>S&amp;kew per row:</source>
        <translation>Versatz pro Rei&amp;he:</translation>
    </message>
    <message>
        <source>R&amp;otation (°):</source>
        <translation>Dreh&amp;ung (°):</translation>
    </message>
    <message>
        <source>Row &amp;labels:</source>
        <translation>Reihen&amp;namen:</translation>
    </message>
    <message>
        <source>A, B, C …</source>
        <translation>A, B, C …</translation>
    </message>
    <message>
        <source>A, B, C … without I and O</source>
        <translation>A, B, C … ohne I und O</translation>
    </message>
    <message>
        <source>1, 2, 3 …</source>
        <translation>1, 2, 3 …</translation>
    </message>
    <message>
        <source>&amp;First row:</source>
        <translation>&amp;Erste Reihe:</translation>
    </message>
    <message>
        <source>&amp;Numbering:</source>
        <translation>Nummer&amp;ierung:</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Von links nach rechts</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Von rechts nach links</translation>
    </message>
    <message>
        <source>Odd and even from the centre</source>
        <translation>Ungerade und gerade von der Mitte aus</translation>
    </message>
    <message>
        <source>First n&amp;umber:</source>
        <translation>Ers&amp;te Nummer:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Reihe hinzufügen</translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation>Block hinzufügen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rund</translation>
    </message>
    <message>
        <source>Rectangular</source>
        <translation>Rechteckig</translation>
    </message>
    <message>
        <source>&amp;Depth (rectangular):</source>
        <translation>&amp;Tiefe (rechteckig):</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <source>Add Table</source>
        <translation>Tisch hinzufügen</translation>
    </message>
    <message>
        <source>Standing Area</source>
        <translation>Stehbereich</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehplätze</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>Add Standing Area</source>
        <translation>Stehbereich hinzufügen</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ErrorText</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>The server could not read a message from this client.</source>
        <translation>Der Server konnte eine Nachricht dieses Clients nicht lesen.</translation>
    </message>
    <message>
        <source>The server does not know this request.</source>
        <translation>Der Server kennt diese Anfrage nicht.</translation>
    </message>
    <message>
        <source>The request contained an invalid value.</source>
        <translation>Die Anfrage enthielt einen ungültigen Wert.</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>Die Anfrage war zu groß.</translation>
    </message>
    <message>
        <source>Client and server versions do not match.</source>
        <translation>Die Versionen von Client und Server passen nicht zusammen.</translation>
    </message>
    <message>
        <source>The session with the server was not set up.</source>
        <translation>Die Sitzung mit dem Server wurde nicht eingerichtet.</translation>
    </message>
    <message>
        <source>This event does not exist.</source>
        <translation>Diese Veranstaltung existiert nicht.</translation>
    </message>
    <message>
        <source>A seat does not exist in this venue.</source>
        <translation>Ein Platz existiert in diesem Saal nicht.</translation>
    </message>
    <message>
        <source>A seat was selected twice.</source>
        <translation>Ein Platz wurde doppelt ausgewählt.</translation>
    </message>
    <message>
        <source>Too many seats for one order.</source>
        <translation>Zu viele Plätze für eine Bestellung.</translation>
    </message>
    <message>
        <source>A selected seat is no longer available.</source>
        <translation>Ein ausgewählter Platz ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The reservation no longer exists.</source>
        <translation>Die Reservierung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The reservation has expired.</source>
        <translation>Die Reservierung ist abgelaufen.</translation>
    </message>
    <message>
        <source>The reservation belongs to another counter.</source>
        <translation>Die Reservierung gehört zu einer anderen Kasse.</translation>
    </message>
    <message>
        <source>The reservation cannot be extended any further.</source>
        <translation>Die Reservierung kann nicht weiter verlängert werden.</translation>
    </message>
    <message>
        <source>This event is not on sale now.</source>
        <translation>Für diese Veranstaltung läuft derzeit kein Verkauf.</translation>
    </message>
    <message>
        <source>No seats were selected.</source>
        <translation>Es wurden keine Plätze ausgewählt.</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>Der Server ist ausgelastet. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server failed to process the request. Nothing was changed.</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Unknown error (code %1).</source>
        <translation>Unbekannter Fehler (Code %1).</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle erlaubt dies nicht.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the user name and password; after repeated failures each further attempt has to wait a little longer.</source>
        <translation>Anmeldung fehlgeschlagen. Prüfen Sie Benutzername und Passwort; nach wiederholten Fehlversuchen muss jeder weitere Versuch etwas länger warten.</translation>
    </message>
    <message>
        <source>Too many attempts in a short time. Please wait a moment and try again.</source>
        <translation>Zu viele Versuche in kurzer Zeit. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>There is no user with this name.</source>
        <translation>Es gibt keinen Benutzer mit diesem Namen.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>Ein Benutzer mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 12 characters.</source>
        <translation>Das Passwort ist zu kurz: Verwenden Sie mindestens 12 Zeichen.</translation>
    </message>
    <message>
        <source>There is no such order.</source>
        <translation>Diese Bestellung gibt es nicht.</translation>
    </message>
    <message>
        <source>The order cannot do that in its present state.</source>
        <translation>Das ist im aktuellen Zustand der Bestellung nicht möglich.</translation>
    </message>
    <message>
        <source>The payment was declined.</source>
        <translation>Die Zahlung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The payment service is not available; nothing was charged.</source>
        <translation>Der Zahlungsdienst ist nicht verfügbar; es wurde nichts belastet.</translation>
    </message>
    <message>
        <source>The amount tendered is less than the total.</source>
        <translation>Der gegebene Betrag ist kleiner als die Summe.</translation>
    </message>
    <message>
        <source>Open a shift first.</source>
        <translation>Öffnen Sie zuerst eine Schicht.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>Not a valid ticket: forged or damaged code.</source>
        <translation>Kein gültiges Ticket: gefälschter oder beschädigter Code.</translation>
    </message>
    <message>
        <source>This ticket has already been admitted.</source>
        <translation>Dieses Ticket wurde bereits beim Einlass verwendet.</translation>
    </message>
    <message>
        <source>This ticket was refunded or exchanged.</source>
        <translation>Dieses Ticket wurde erstattet oder umgetauscht.</translation>
    </message>
    <message>
        <source>This ticket is not known here.</source>
        <translation>Dieses Ticket ist hier nicht bekannt.</translation>
    </message>
    <message>
        <source>You already have an open shift: close it first.</source>
        <translation>Sie haben bereits eine offene Schicht: Schließen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>This session holds as many seats of this event as it may: sell or release some first.</source>
        <translation>Diese Sitzung hält bereits so viele Plätze dieser Veranstaltung wie erlaubt: Verkaufen oder geben Sie zuerst einige frei.</translation>
    </message>
    <message>
        <source>The server no longer supports this request: update the application.</source>
        <translation>Der Server unterstützt diese Anfrage nicht mehr: Aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <source>This event has a waiting room: join the queue first.</source>
        <translation>Diese Veranstaltung hat einen Warteraum: Stellen Sie sich zuerst in die Warteschlange.</translation>
    </message>
    <message>
        <source>This queue ticket or admission is not valid here.</source>
        <translation>Dieses Warteschlangen-Ticket oder diese Zulassung ist hier nicht gültig.</translation>
    </message>
    <message>
        <source>It is not your turn yet: please keep waiting.</source>
        <translation>Sie sind noch nicht an der Reihe: Bitte warten Sie weiter.</translation>
    </message>
    <message>
        <source>Your shopping time has ended.</source>
        <translation>Ihre Einkaufszeit ist abgelaufen.</translation>
    </message>
    <message>
        <source>There is no such venue.</source>
        <translation>Diese Spielstätte gibt es nicht.</translation>
    </message>
    <message>
        <source>Someone else saved this venue&apos;s draft in the meantime; nothing was saved.</source>
        <translation>Jemand anderes hat den Entwurf dieser Spielstätte inzwischen gespeichert; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The layout has problems to solve before it can be published.</source>
        <translation>Der Saalplan hat Probleme, die vor der Veröffentlichung zu lösen sind.</translation>
    </message>
    <message>
        <source>The layout document could not be read.</source>
        <translation>Das Saalplan-Dokument konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no such version of this venue&apos;s layout.</source>
        <translation>Diese Version des Saalplans gibt es nicht.</translation>
    </message>
    <message>
        <source>The event has held, sold or blocked seats, or orders; it keeps its layout.</source>
        <translation>Die Veranstaltung hat reservierte, verkaufte oder gesperrte Plätze oder Bestellungen; sie behält ihren Saalplan.</translation>
    </message>
    <message>
        <source>An event can only move to a newer layout version.</source>
        <translation>Eine Veranstaltung kann nur zu einer neueren Saalplan-Version wechseln.</translation>
    </message>
    <message>
        <source>That layout version has standing areas, which events cannot sell yet; the event keeps its layout.</source>
        <translation>Diese Saalplan-Version hat Stehplatzbereiche, die Veranstaltungen noch nicht verkaufen können; die Veranstaltung behält ihren Saalplan.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::EventListModel</name>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked</source>
        <translation>
            <numerusform>%n Platz gesperrt</numerusform>
            <numerusform>%n Plätze gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Spielstätte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Free by category</source>
        <translation>Frei nach Kategorie</translation>
    </message>
    <message>
        <source>%1 (%2): %3 free</source>
        <translation>%1 (%2): %3 frei</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::EventTable</name>
    <message>
        <source>&amp;Open Seat Map</source>
        <translation>Saalplan ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Sell seats of the selected event (Return)</source>
        <translation>Plätze der ausgewählten Veranstaltung verkaufen (Eingabe)</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::MainWindow</name>
    <message>
        <source>BoxOffice</source>
        <translation>BoxOffice</translation>
    </message>
    <message>
        <source>Could not load the events: %1</source>
        <translation>Die Veranstaltungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Verbindung &amp;trennen</translation>
    </message>
    <message>
        <source>Close the connection to the server</source>
        <translation>Die Verbindung zum Server trennen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find Event</source>
        <translation>Veranstaltung &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit BoxOffice</source>
        <translation>BoxOffice beenden</translation>
    </message>
    <message>
        <source>&amp;About BoxOffice</source>
        <translation>&amp;Über BoxOffice</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>About BoxOffice</source>
        <translation>Über BoxOffice</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BoxOffice %1&lt;/h3&gt;&lt;p&gt;Box-office and venue management: sell seats at the counter on live seat maps.&lt;/p&gt;&lt;p&gt;Protocol version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BoxOffice %1&lt;/h3&gt;&lt;p&gt;Kassen- und Spielstättenverwaltung: Plätze an der Kasse auf Live-Saalplänen verkaufen.&lt;/p&gt;&lt;p&gt;Protokollversion %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Neuer Versuch in %n s.</numerusform>
            <numerusform>Neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Disconnected from %1. %2</source>
        <translation>Verbindung zu %1 getrennt. %2</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Verbindung zu %1 getrennt</translation>
    </message>
    <message>
        <source>unknown server</source>
        <translation>unbekannter Server</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Server: %1 · Node: %2</source>
        <translation>Server: %1 · Knoten: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 von %n Veranstaltung</numerusform>
            <numerusform>%1 von %n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting to %1. The list below may be out of date.</source>
        <translation>Verbindung zu %1 wird wiederhergestellt. Die Liste unten ist möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>The connection to %1 is lost. The list below may be out of date.</source>
        <translation>Die Verbindung zu %1 ist unterbrochen. Die Liste unten ist möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Connect to a BoxOffice server to see its events.</source>
        <translation>Verbinden Sie sich mit einem BoxOffice-Server, um seine Veranstaltungen zu sehen.</translation>
    </message>
    <message>
        <source>Could not reach the server at %1.</source>
        <translation>Der Server unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Verbindung zu %1 wird hergestellt.</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Veranstaltungen werden geladen…</translation>
    </message>
    <message>
        <source>Asking %1 for its events.</source>
        <translation>Veranstaltungen werden von %1 abgefragt.</translation>
    </message>
    <message>
        <source>Could not load the events</source>
        <translation>Veranstaltungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Keine Veranstaltungen</translation>
    </message>
    <message>
        <source>The server has no events yet.</source>
        <translation>Auf dem Server gibt es noch keine Veranstaltungen.</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Veranstaltungen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Users, sessions and the audit log</source>
        <translation>Benutzer, Sitzungen und Prüfprotokoll</translation>
    </message>
    <message>
        <source>Reload what the workspace shows</source>
        <translation>Den Inhalt des Arbeitsbereichs neu laden</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Angemeldet als %1 · %2</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign in to %1 to see its events.</source>
        <translation>Melden Sie sich bei %1 an, um die Veranstaltungen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>BoxOffice will speak %1 from its next start.</source>
        <translation>BoxOffice spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>Words of the name, the venue or the date (%1)</source>
        <translation>Wörter aus Name, Spielstätte oder Datum (%1)</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Nächste 30 Tage</translation>
    </message>
    <message>
        <source>Show events of these days only</source>
        <translation>Nur Veranstaltungen an diesen Tagen anzeigen</translation>
    </message>
    <message>
        <source>Search by name, venue or date</source>
        <translation>Nach Name, Spielstätte oder Datum suchen</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>&amp;Einlass</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Scan tickets at the door</source>
        <translation>Tickets am Eingang scannen</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Find orders, refund, exchange, and cash shifts</source>
        <translation>Bestellungen suchen, erstatten, umtauschen und Kassenschichten</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Exchanging ticket %1: open the event of the new seat, or sign out to give up.</source>
        <translation>Umtausch von Ticket %1: die Veranstaltung des neuen Platzes öffnen oder abmelden, um abzubrechen.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::OrderSearchModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Paid (card capture pending)</source>
        <translation>Bezahlt (Kartenbelastung ausstehend)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::OrderTicketModel</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>Umgetauscht</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Eingelassen</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::OrderWorkspace</name>
    <message>
        <source>&amp;Find Order</source>
        <translation>Bestellung &amp;suchen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Find orders by number, name, e-mail, phone or a scanned ticket code</source>
        <translation>Bestellungen nach Nummer, Name, E-Mail, Telefon oder einem gescannten Ticketcode suchen</translation>
    </message>
    <message>
        <source>Refund &amp;Selected Tickets…</source>
        <translation>Ausgewählte Tickets &amp;erstatten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Give back the money of the checked tickets</source>
        <translation>Das Geld für die angehakten Tickets zurückgeben</translation>
    </message>
    <message>
        <source>Refund &amp;Whole Order…</source>
        <translation>&amp;Ganze Bestellung erstatten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Give back the money of every valid ticket of the order</source>
        <translation>Das Geld für alle gültigen Tickets der Bestellung zurückgeben</translation>
    </message>
    <message>
        <source>&amp;Print Tickets…</source>
        <translation>Tickets &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the order&apos;s valid tickets again</source>
        <translation>Die gültigen Tickets der Bestellung erneut drucken</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>&amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the order&apos;s valid tickets as a PDF</source>
        <translation>Die gültigen Tickets der Bestellung als PDF speichern</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>&amp;Umtauschen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Exchange the selected ticket: opens the seat map to pick the new seat</source>
        <translation>Das ausgewählte Ticket umtauschen: öffnet den Saalplan, um den neuen Platz zu wählen</translation>
    </message>
    <message>
        <source>&amp;Open Shift…</source>
        <translation>Schicht ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Start a cash shift with the float in the drawer</source>
        <translation>Eine Kassenschicht mit dem Wechselgeld in der Kassenlade beginnen</translation>
    </message>
    <message>
        <source>&amp;Close Shift…</source>
        <translation>Schicht a&amp;bschließen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Count the drawer and close the cash shift</source>
        <translation>Die Kassenlade zählen und die Kassenschicht abschließen</translation>
    </message>
    <message>
        <source>Order number, name, e-mail, phone or ticket code</source>
        <translation>Bestellnummer, Name, E-Mail, Telefon oder Ticketcode</translation>
    </message>
    <message>
        <source>Return searches.</source>
        <translation>Eingabe startet die Suche.</translation>
    </message>
    <message>
        <source>Cash Shift</source>
        <translation>Kassenschicht</translation>
    </message>
    <message>
        <source>Check the tickets to refund; select one to exchange it.</source>
        <translation>Haken Sie die zu erstattenden Tickets an; wählen Sie eines aus, um es umzutauschen.</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>P&amp;ayments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>To exchange a ticket, select it and choose Exchange… (%1): the seat map opens, hold the new seat there and confirm. A dearer seat is paid there, a cheaper one refunded.</source>
        <translation>Um ein Ticket umzutauschen, wählen Sie es aus und dann „Umtauschen…“ (%1): Der Saalplan öffnet sich; reservieren Sie dort den neuen Platz und bestätigen Sie. Ein teurerer Platz wird dort bezahlt, ein günstigerer erstattet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount, for example %2.
%3</source>
        <translation>„%1“ ist kein Betrag, zum Beispiel %2.
%3</translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No order matches &quot;%1&quot;.</source>
        <translation>Keine Bestellung passt zu „%1“.</translation>
    </message>
    <message>
        <source>Could not load the order: %1</source>
        <translation>Die Bestellung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>Keine Bestellung ausgewählt</translation>
    </message>
    <message>
        <source>Order %1 — %2 — %3</source>
        <translation>Bestellung %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Order %1 — %2 — %3 — %4</source>
        <translation>Bestellung %1 — %2 — %3 — %4</translation>
    </message>
    <message>
        <source>Customer: %1
Sold %2 by %3</source>
        <translation>Kunde: %1
Verkauft %2 von %3</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>the web shop</source>
        <translation>dem Webshop</translation>
    </message>
    <message>
        <source>tendered %1</source>
        <translation>gegeben %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>Rückgeld %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>vorher: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>nachher: %1</translation>
    </message>
    <message>
        <source>Check the tickets to refund first.</source>
        <translation>Haken Sie zuerst die zu erstattenden Tickets an.</translation>
    </message>
    <message numerus="yes">
        <source>Refund the whole order %1: %n ticket(s), %2?</source>
        <translation>
            <numerusform>Die ganze Bestellung %1 erstatten: %n Ticket, %2?</numerusform>
            <numerusform>Die ganze Bestellung %1 erstatten: %n Tickets, %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refund %n ticket(s) of order %1: %2?</source>
        <translation>
            <numerusform>%n Ticket der Bestellung %1 erstatten: %2?</numerusform>
            <numerusform>%n Tickets der Bestellung %1 erstatten: %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>The money goes back the way it was paid; the tickets stop admitting.</source>
        <translation>Das Geld geht auf demselben Weg zurück, auf dem bezahlt wurde; die Tickets berechtigen nicht mehr zum Einlass.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Wird erstattet…</translation>
    </message>
    <message>
        <source>The refund failed: %1</source>
        <translation>Die Erstattung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 in cash from the drawer</source>
        <translation>%1 bar aus der Kassenlade</translation>
    </message>
    <message>
        <source>%1 to the card FAILED: the gateway refused it, call a supervisor</source>
        <translation>%1 auf die Karte FEHLGESCHLAGEN: Das Gateway hat abgelehnt, rufen Sie eine Aufsicht</translation>
    </message>
    <message>
        <source>%1 to the card (the gateway is confirming it)</source>
        <translation>%1 auf die Karte (das Gateway bestätigt noch)</translation>
    </message>
    <message>
        <source>%1 to the card</source>
        <translation>%1 auf die Karte</translation>
    </message>
    <message>
        <source>nothing for complimentary tickets</source>
        <translation>nichts für Freikarten</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message numerus="yes">
        <source>Refunded %n ticket(s): %1 paid back</source>
        <translation>
            <numerusform>%n Ticket erstattet: %1 zurückgezahlt</numerusform>
            <numerusform>%n Tickets erstattet: %1 zurückgezahlt</numerusform>
        </translation>
    </message>
    <message>
        <source>(This refund had already been made; nothing was paid twice.)</source>
        <translation>(Diese Erstattung war bereits erfolgt; es wurde nichts doppelt gezahlt.)</translation>
    </message>
    <message>
        <source>This order has no valid tickets to print.</source>
        <translation>Diese Bestellung hat keine gültigen Tickets zum Drucken.</translation>
    </message>
    <message>
        <source>This order has no valid tickets to save.</source>
        <translation>Diese Bestellung hat keine gültigen Tickets zum Speichern.</translation>
    </message>
    <message>
        <source>Could not save the tickets: %1</source>
        <translation>Die Tickets konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Tickets saved to %1.</source>
        <translation>Tickets in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Select the ticket to exchange first.</source>
        <translation>Wählen Sie zuerst das umzutauschende Ticket aus.</translation>
    </message>
    <message>
        <source>Only a valid ticket can be exchanged.</source>
        <translation>Nur ein gültiges Ticket kann umgetauscht werden.</translation>
    </message>
    <message>
        <source>Exchanging ticket %1: hold the new seat on the seat map.</source>
        <translation>Ticket %1 wird umgetauscht: Reservieren Sie den neuen Platz im Saalplan.</translation>
    </message>
    <message>
        <source>Shift unknown: %1</source>
        <translation>Schicht unbekannt: %1</translation>
    </message>
    <message>
        <source>No open shift.</source>
        <translation>Keine offene Schicht.</translation>
    </message>
    <message>
        <source>Shift open since %1
Float: %2
Expected cash so far: %3</source>
        <translation>Schicht offen seit %1
Wechselgeld: %2
Bisher erwarteter Barbestand: %3</translation>
    </message>
    <message>
        <source>Last shift closed %1: counted %2, difference %3</source>
        <translation>Letzte Schicht abgeschlossen %1: gezählt %2, Differenz %3</translation>
    </message>
    <message>
        <source>Open Shift</source>
        <translation>Schicht öffnen</translation>
    </message>
    <message>
        <source>Cash in the drawer (float):</source>
        <translation>Bargeld in der Kassenlade (Wechselgeld):</translation>
    </message>
    <message>
        <source>Could not open the shift: %1</source>
        <translation>Die Schicht konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Shift opened with a float of %1.</source>
        <translation>Schicht mit %1 Wechselgeld geöffnet.</translation>
    </message>
    <message>
        <source>Close Shift</source>
        <translation>Schicht abschließen</translation>
    </message>
    <message>
        <source>Cash counted in the drawer:</source>
        <translation>Gezähltes Bargeld in der Kassenlade:</translation>
    </message>
    <message>
        <source>Could not close the shift: %1</source>
        <translation>Die Schicht konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Shift closed. Expected %1, counted %2, difference %3.</source>
        <translation>Schicht abgeschlossen. Erwartet %1, gezählt %2, Differenz %3.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::PaymentPanel</name>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Cash, with change (F2)</source>
        <translation>Barzahlung mit Rückgeld (F2)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Card through the payment gateway (F3)</source>
        <translation>Karte über das Zahlungs-Gateway (F3)</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Freikarte</translation>
    </message>
    <message>
        <source>Free tickets with a reason; organizers and admins only (F4)</source>
        <translation>Freikarten mit Begründung; nur für Veranstalter und Administratoren (F4)</translation>
    </message>
    <message>
        <source>What the customer hands over; empty means the exact amount</source>
        <translation>Was der Kunde gibt; leer bedeutet: passender Betrag</translation>
    </message>
    <message>
        <source>&amp;Tendered</source>
        <translation>&amp;Gegeben</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <source>The card goes to the payment gateway only; BoxOffice keeps a token.</source>
        <translation>Die Kartendaten gehen nur an das Zahlungs-Gateway; BoxOffice speichert nur ein Token.</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>Karten&amp;nummer</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>&amp;Ablaufdatum</translation>
    </message>
    <message>
        <source>Securit&amp;y code</source>
        <translation>&amp;Sicherheitscode</translation>
    </message>
    <message>
        <source>For example: press, artist&apos;s guest</source>
        <translation>Zum Beispiel: Presse, Gast des Künstlers</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Gr&amp;und</translation>
    </message>
    <message>
        <source>exact: %1</source>
        <translation>passend: %1</translation>
    </message>
    <message>
        <source>The amount tendered is not an amount.</source>
        <translation>Der gegebene Betrag ist kein gültiger Betrag.</translation>
    </message>
    <message>
        <source>The amount tendered is less than the total.</source>
        <translation>Der gegebene Betrag ist kleiner als die Summe.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Geben Sie die Kartennummer ein.</translation>
    </message>
    <message>
        <source>Enter the expiry as MM/YY.</source>
        <translation>Geben Sie das Ablaufdatum als MM/JJ ein.</translation>
    </message>
    <message>
        <source>Enter the security code.</source>
        <translation>Geben Sie den Sicherheitscode ein.</translation>
    </message>
    <message>
        <source>Complimentary tickets need a reason.</source>
        <translation>Freikarten brauchen eine Begründung.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::PlaceholderPage</name>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ReceiptDocument</name>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Freikarte</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Bedient von %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::Roles</name>
    <message>
        <source>Clerk</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Fraud analyst</source>
        <translation>Betrugsanalyst</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ScanPanel</name>
    <message>
        <source>Scan a ticket or type its code, then press Return</source>
        <translation>Ticket scannen oder Code eingeben, dann Eingabe drücken</translation>
    </message>
    <message>
        <source>e.g. Gate 2</source>
        <translation>z. B. Eingang 2</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Bereit zum Scannen</translation>
    </message>
    <message>
        <source>Check-in result</source>
        <translation>Einlassergebnis</translation>
    </message>
    <message>
        <source>&amp;Gate:</source>
        <translation>&amp;Eingang:</translation>
    </message>
    <message>
        <source>&amp;Ticket code:</source>
        <translation>&amp;Ticketcode:</translation>
    </message>
    <message>
        <source>Last scans:</source>
        <translation>Letzte Scans:</translation>
    </message>
    <message>
        <source>Enter the name of this gate first.</source>
        <translation>Geben Sie zuerst den Namen dieses Eingangs ein.</translation>
    </message>
    <message>
        <source>Not admitted: unexpected answer from the server</source>
        <translation>Kein Einlass: unerwartete Antwort vom Server</translation>
    </message>
    <message>
        <source>Admitted: %1, Row %2, Seat %3</source>
        <translation>Einlass: %1, Reihe %2, Platz %3</translation>
    </message>
    <message>
        <source>Already admitted at %1 at %2</source>
        <translation>Bereits um %1 an %2 eingelassen</translation>
    </message>
    <message>
        <source>Exchanged: this ticket was replaced by another</source>
        <translation>Umgetauscht: Dieses Ticket wurde durch ein anderes ersetzt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation>Ticket für eine andere Veranstaltung</translation>
    </message>
    <message>
        <source>Forged or damaged code</source>
        <translation>Gefälschter oder beschädigter Code</translation>
    </message>
    <message>
        <source>Unknown ticket: not sold by this box office</source>
        <translation>Unbekanntes Ticket: nicht von dieser Kasse verkauft</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SeatMapLegend</name>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Rollstuhlgerecht</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SeatMapModel</name>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1, Reihe %2, Platz %3</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Being held</source>
        <translation>Wird reserviert</translation>
    </message>
    <message>
        <source>Held by me</source>
        <translation>Von mir reserviert</translation>
    </message>
    <message>
        <source>Held by others</source>
        <translation>Von anderen reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>%1, %2 (standing), place %3</source>
        <translation>%1, %2 (Stehplatz), Platz %3</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SeatMapView</name>
    <message>
        <source>Stage</source>
        <translation>Bühne</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4</source>
        <translation>%1
%2: %3
%4</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SellingHeader</name>
    <message>
        <source>‹ Events</source>
        <translation>‹ Veranstaltungen</translation>
    </message>
    <message>
        <source>Back to the event list</source>
        <translation>Zurück zur Veranstaltungsliste</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole venue</source>
        <translation>Die ganze Spielstätte zeigen</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n seat(s)</source>
        <translation>
            <numerusform>%1 · %n Platz</numerusform>
            <numerusform>%1 · %n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;● Reconnecting…&lt;/b&gt; the map may be out of date</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;● Verbindung wird wiederhergestellt…&lt;/b&gt; der Saalplan ist möglicherweise veraltet</translation>
    </message>
    <message>
        <source>Loading seats…</source>
        <translation>Plätze werden geladen…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; Live</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; Live</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SellingWorkspace</name>
    <message>
        <source>Best Available</source>
        <translation>Beste verfügbare Plätze</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Seat Map</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Click a seat to hold it, click it again to release it. Drag around free seats to hold them together. Arrows move between seats, Space holds. Ctrl+B: best available, Ctrl+L: cart, Ctrl+Return: sell.</source>
        <translation>Klicken Sie auf einen Platz, um ihn zu reservieren, und erneut, um ihn freizugeben. Ziehen Sie einen Rahmen um freie Plätze, um sie zusammen zu reservieren. Die Pfeiltasten wechseln zwischen den Plätzen, die Leertaste reserviert. Strg+B: beste verfügbare Plätze, Strg+L: Warenkorb, Strg+Eingabe: verkaufen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the seat map: %1</source>
        <translation>Der Saalplan konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Seat map unavailable</source>
        <translation>Saalplan nicht verfügbar</translation>
    </message>
    <message>
        <source>The server sent a seat map this client cannot read.</source>
        <translation>Der Server hat einen Saalplan gesendet, den dieser Client nicht lesen kann.</translation>
    </message>
    <message>
        <source>Could not watch the seat map: %1</source>
        <translation>Der Saalplan kann nicht live verfolgt werden: %1</translation>
    </message>
    <message>
        <source>%1 is not available (%2).</source>
        <translation>%1 ist nicht frei (%2).</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>Reserviert: %1</translation>
    </message>
    <message>
        <source>The hold expired and the seats were released.</source>
        <translation>Die Reservierung ist abgelaufen, die Plätze wurden freigegeben.</translation>
    </message>
    <message>
        <source>Release the held seats?</source>
        <translation>Reservierte Plätze freigeben?</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are held for this customer. Release them and leave the event?</source>
        <translation>
            <numerusform>%n Platz ist für diesen Kunden reserviert. Freigeben und die Veranstaltung verlassen?</numerusform>
            <numerusform>%n Plätze sind für diesen Kunden reserviert. Freigeben und die Veranstaltung verlassen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print Tickets…</source>
        <translation>Tickets &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the last order&apos;s tickets (%1)</source>
        <translation>Die Tickets der letzten Bestellung drucken (%1)</translation>
    </message>
    <message>
        <source>Save Tickets as &amp;PDF…</source>
        <translation>Tickets als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n seat(s) sold for %2.</source>
        <translation>
            <numerusform>Bestellung %1: %n Platz für %2 verkauft.</numerusform>
            <numerusform>Bestellung %1: %n Plätze für %2 verkauft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change: %1.</source>
        <translation>Rückgeld: %1.</translation>
    </message>
    <message>
        <source>Could not save the tickets: %1</source>
        <translation>Die Tickets konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Tickets saved to %1.</source>
        <translation>Tickets in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Print &amp;Receipt…</source>
        <translation>&amp;Beleg drucken…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Umtauschen</translation>
    </message>
    <message>
        <source>Exchanging ticket %1: hold the new seat on the map, then press Exchange. Esc leaves.</source>
        <translation>Umtausch von Ticket %1: den neuen Platz im Saalplan reservieren, dann „Umtauschen“ drücken. Esc bricht ab.</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;Verkaufen</translation>
    </message>
    <message>
        <source>Hold exactly one seat for the exchange.</source>
        <translation>Für den Umtausch genau einen Platz reservieren.</translation>
    </message>
    <message>
        <source>A price difference of an exchange is paid in cash here.</source>
        <translation>Eine Preisdifferenz beim Umtausch wird hier bar bezahlt.</translation>
    </message>
    <message>
        <source>Ticket %1 exchanged for ticket %2.</source>
        <translation>Ticket %1 gegen Ticket %2 umgetauscht.</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Bezahlt: %1.</translation>
    </message>
    <message>
        <source>Given back: %1.</source>
        <translation>Erstattet: %1.</translation>
    </message>
    <message>
        <source>Could not save the receipt: %1</source>
        <translation>Der Beleg konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Save the last order&apos;s tickets as a PDF (%1)</source>
        <translation>Die Tickets der letzten Bestellung als PDF speichern (%1)</translation>
    </message>
    <message>
        <source>Print the last order&apos;s receipt (%1)</source>
        <translation>Beleg der letzten Bestellung drucken (%1)</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ServerConnection</name>
    <message>
        <source>The server does not speak protocol version %1 of this client. Install matching versions of client and server.</source>
        <translation>Der Server beherrscht die Protokollversion %1 dieses Clients nicht. Installieren Sie zueinander passende Versionen von Client und Server.</translation>
    </message>
    <message>
        <source>The server speaks protocol version %1, this client version %2. Install matching versions of client and server.</source>
        <translation>Der Server spricht Protokollversion %1, dieser Client Version %2. Installieren Sie zueinander passende Versionen von Client und Server.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this system.</source>
        <translation>Diesem System ist das Zertifikat des Servers nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>The server presented a different certificate than the one you trusted. The connection was refused: someone may be intercepting it.</source>
        <translation>Der Server hat ein anderes Zertifikat vorgelegt als das, dem Sie vertraut haben. Die Verbindung wurde abgelehnt: Möglicherweise wird sie abgefangen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is invalid: %1</source>
        <translation>Das Zertifikat des Servers ist ungültig: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted; the connection was not made.</source>
        <translation>Dem Zertifikat des Servers wurde nicht vertraut; die Verbindung wurde nicht hergestellt.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SessionControls</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Sign in to a BoxOffice server</source>
        <translation>Bei einem BoxOffice-Server anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>End your session on the server</source>
        <translation>Ihre Sitzung auf dem Server beenden</translation>
    </message>
    <message>
        <source>S&amp;witch Clerk…</source>
        <translation>Kassierer &amp;wechseln…</translation>
    </message>
    <message>
        <source>Switch Clerk</source>
        <translation>Kassierer wechseln</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>The next clerk at this counter signs in; you are signed out</source>
        <translation>Der nächste Kassierer an dieser Kasse meldet sich an; Sie werden abgemeldet</translation>
    </message>
    <message>
        <source>%1 stays signed in until the next clerk signs in here.</source>
        <translation>%1 bleibt angemeldet, bis sich der nächste Kassierer hier anmeldet.</translation>
    </message>
    <message numerus="yes">
        <source>The %n seat(s) %1 holds stay held for %1 until the hold runs out; the next clerk cannot sell them.</source>
        <translation>
            <numerusform>Der %n Platz, den %1 reserviert hat, bleibt für %1 reserviert, bis die Reservierung abläuft; der nächste Kassierer kann ihn nicht verkaufen.</numerusform>
            <numerusform>Die %n Plätze, die %1 reserviert hat, bleiben für %1 reserviert, bis die Reservierung abläuft; der nächste Kassierer kann sie nicht verkaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SessionListModel</name>
    <message>
        <source>(online buyer)</source>
        <translation>(Online-Käufer)</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Signed In</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SessionsPanel</name>
    <message>
        <source>&amp;Revoke Session…</source>
        <translation>Sitzung &amp;widerrufen…</translation>
    </message>
    <message>
        <source>End the selected session at once (%1)</source>
        <translation>Die gewählte Sitzung sofort beenden (%1)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload the list of sessions (F5)</source>
        <translation>Die Liste der Sitzungen neu laden (F5)</translation>
    </message>
    <message>
        <source>The session was revoked; its holder has to sign in again.</source>
        <translation>Die Sitzung wurde widerrufen; ihr Inhaber muss sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Revoke Session</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <source>End the session of %1 from %2? Their unsold holds are released when they expire.</source>
        <translation>Die Sitzung von %1 von %2 beenden? Nicht verkaufte Reservierungen werden beim Ablauf freigegeben.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ShiftReport</name>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Freikarte</translation>
    </message>
    <message>
        <source>Shift Report</source>
        <translation>Schichtbericht</translation>
    </message>
    <message>
        <source>Clerk %1, shift %2, opened %3, closed %4</source>
        <translation>Kassierer %1, Schicht %2, geöffnet %3, abgeschlossen %4</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>Bareinnahmen</translation>
    </message>
    <message>
        <source>Cash refunded</source>
        <translation>Bar erstattet</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>Nach Zahlungsart</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation>Den Bericht drucken (%1)</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SignInDialog</name>
    <message>
        <source>&amp;Remember this server</source>
        <translation>Diesen Server &amp;merken</translation>
    </message>
    <message>
        <source>Sign In to BoxOffice</source>
        <translation>Bei BoxOffice anmelden</translation>
    </message>
    <message>
        <source>Sign in to BoxOffice</source>
        <translation>Bei BoxOffice anmelden</translation>
    </message>
    <message>
        <source>Use the staff account your administrator gave you.</source>
        <translation>Verwenden Sie das Mitarbeiterkonto, das Ihr Administrator Ihnen gegeben hat.</translation>
    </message>
    <message>
        <source>wss://boxoffice.example.org</source>
        <translation>wss://boxoffice.example.org</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Enter a wss:// address (ws:// only for this computer).</source>
        <translation>Geben Sie eine wss://-Adresse ein (ws:// nur für diesen Computer).</translation>
    </message>
    <message>
        <source>Unencrypted: the password would cross the network in clear. Use wss:// for other machines.</source>
        <translation>Unverschlüsselt: Das Passwort würde im Klartext durch das Netz gehen. Verwenden Sie wss:// für andere Rechner.</translation>
    </message>
    <message>
        <source>Encrypted connection (TLS).</source>
        <translation>Verschlüsselte Verbindung (TLS).</translation>
    </message>
    <message>
        <source>Unencrypted connection on this computer.</source>
        <translation>Unverschlüsselte Verbindung auf diesem Computer.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>Warte auf Ihre Entscheidung zum Zertifikat…</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::StandingAreaItem</name>
    <message>
        <source>%1 (standing): click, or choose it in Best available, to sell places</source>
        <translation>%1 (Stehbereich): anklicken oder unter „Beste verfügbare Plätze“ wählen, um Plätze zu verkaufen</translation>
    </message>
    <message>
        <source>%1
%2 of %3 free</source>
        <translation>%1
%2 von %3 frei</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::TicketDocument</name>
    <message>
        <source>ADMISSION TICKET</source>
        <translation>EINTRITTSKARTE</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Preis: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Kein Code</translation>
    </message>
    <message>
        <source>Ticket %1 · valid for one admission</source>
        <translation>Ticket %1 · gültig für einen Einlass</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehplatz</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::TicketOutput</name>
    <message>
        <source>Tickets %1</source>
        <translation>Tickets %1</translation>
    </message>
    <message>
        <source>Save Tickets as PDF</source>
        <translation>Tickets als PDF speichern</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>tickets-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>Save Receipt as PDF</source>
        <translation>Beleg als PDF speichern</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>beleg-%1.pdf</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::UserDialog</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>C&amp;lerk: sells at the counter</source>
        <translation>&amp;Kassierer: verkauft an der Kasse</translation>
    </message>
    <message>
        <source>&amp;Organizer: venues, events, prices</source>
        <translation>&amp;Veranstalter: Säle, Veranstaltungen, Preise</translation>
    </message>
    <message>
        <source>&amp;Fraud analyst: reviews flagged orders</source>
        <translation>Betrugs&amp;analyst: prüft markierte Bestellungen</translation>
    </message>
    <message>
        <source>&amp;Administrator: staff, sessions, audit log</source>
        <translation>A&amp;dministrator: Personal, Sitzungen, Prüfprotokoll</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Create User</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>Edit Roles</source>
        <translation>Rollen bearbeiten</translation>
    </message>
    <message>
        <source>Save Roles</source>
        <translation>Rollen speichern</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Das Passwort braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::UserListModel</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Failed Sign-ins</source>
        <translation>Fehlanmeldungen</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::UsersPanel</name>
    <message>
        <source>&amp;New User…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Create a staff account</source>
        <translation>Ein Mitarbeiterkonto anlegen</translation>
    </message>
    <message>
        <source>Edit &amp;Roles…</source>
        <translation>&amp;Rollen bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Change the roles of the selected user</source>
        <translation>Die Rollen des gewählten Benutzers ändern</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Disable or enable the selected account</source>
        <translation>Das gewählte Konto deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>Ein neues Passwort für den gewählten Benutzer setzen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload the list of users (F5)</source>
        <translation>Die Liste der Benutzer neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>User %1 was created.</source>
        <translation>Benutzer %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>The roles of %1 are now: %2.</source>
        <translation>Die Rollen von %1 sind jetzt: %2.</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 ist deaktiviert und kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 ist wieder aktiviert.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::VenuesWorkspace</name>
    <message>
        <source>&amp;Venues</source>
        <translation>&amp;Spielstätten</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Venue layouts: drafts and published versions</source>
        <translation>Saalpläne: Entwürfe und veröffentlichte Versionen</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Spielstätte</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Spielstätten</translation>
    </message>
    <message>
        <source>The venues could not be loaded: %1</source>
        <translation>Die Spielstätten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Draft (revision %1)</source>
        <translation>Entwurf (Stand %1)</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%n event(s))</source>
        <translation>
            <numerusform>Version %1 (%n Veranstaltung)</numerusform>
            <numerusform>Version %1 (%n Veranstaltungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a venue&apos;s draft or one of its published versions.</source>
        <translation>Wählen Sie den Entwurf einer Spielstätte oder eine ihrer veröffentlichten Versionen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>%1 could not be shown: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>the document is damaged</source>
        <translation>das Dokument ist beschädigt</translation>
    </message>
    <message>
        <source>%1: %2 seats, %3 places in all; %4</source>
        <translation>%1: %2 Sitzplätze, insgesamt %3 Plätze; %4</translation>
    </message>
    <message>
        <source>ready to publish</source>
        <translation>bereit zur Veröffentlichung</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before publishing</source>
        <translation>
            <numerusform>%n Problem vor der Veröffentlichung zu lösen</numerusform>
            <numerusform>%n Probleme vor der Veröffentlichung zu lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in &amp;Designer</source>
        <translation>Im &amp;Designer öffnen</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>The draft for editing, a published version read-only (Return or %1)</source>
        <translation>Den Entwurf zum Bearbeiten, eine veröffentlichte Version schreibgeschützt (Eingabetaste oder %1)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Venue %1 · Draft</source>
        <translation>Spielstätte %1 · Entwurf</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The draft has changes that are not saved. Close the designer anyway?</source>
        <translation>Der Entwurf hat ungespeicherte Änderungen. Den Designer trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>LastSale</name>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1, Reihe %2, Platz %3</translation>
    </message>
</context>
<context>
    <name>MoveCommand</name>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>RotateCommand</name>
    <message>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is no administrator.</source>
        <translation>%1 ist kein Administrator.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 is no organizer.</source>
        <translation>%1 ist kein Veranstalter.</translation>
    </message>
</context>
</TS>
