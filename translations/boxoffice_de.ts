<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Connect, wait until the event list is loaded (at most 10 s), save a picture of the main window to &lt;file&gt; (PNG) and exit. Exits with an error if the server could not be reached.</source>
        <translation>Verbinden, warten bis die Veranstaltungsliste geladen ist (höchstens 10 s), ein Bild des Hauptfensters als &lt;Datei&gt; (PNG) speichern und beenden. Endet mit einem Fehler, wenn der Server nicht erreichbar war.</translation>
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
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Connect to a BoxOffice server</source>
        <translation>Mit einem BoxOffice-Server verbinden</translation>
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
        <source>Reload the list of events</source>
        <translation>Die Veranstaltungsliste neu laden</translation>
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
        <source>Search events by name</source>
        <translation>Veranstaltungen nach Namen suchen</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
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
</context>
</TS>
