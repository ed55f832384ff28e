<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BoxOffice::Ui::AdminWorkspace</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>Audit &amp;Log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::AuditPanel</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>cualquier usuario</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>Query the audit log with this filter (Enter)</source>
        <translation>Consultar el registro de auditoría con este filtro (Intro)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file (%1)</source>
        <translation>Guardar las filas mostradas en un archivo CSV (%1)</translation>
    </message>
    <message>
        <source>Select a row to see the complete before and after.</source>
        <translation>Seleccione una fila para ver el antes y el después completos.</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>El inicio del periodo es posterior a su final.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n row(s); narrow the filter or raise the row limit to see more.</source>
        <translation>
            <numerusform>Se muestra la primera fila; acote el filtro o aumente el límite de filas para ver más.</numerusform>
            <numerusform>Se muestran las primeras %n filas; acote el filtro o aumente el límite de filas para ver más.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3

Before:
%4

After:
%5</source>
        <translation>%1 · %2 · %3

Antes:
%4

Después:
%5</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>registro-auditoria-%1.csv</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exportar registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n fila exportada a %1.</numerusform>
            <numerusform>%n filas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::BestAvailableBar</name>
    <message>
        <source>Best available:</source>
        <translation>Mejores asientos disponibles:</translation>
    </message>
    <message numerus="yes">
        <source> seat(s)</source>
        <comment>after the quantity</comment>
        <translation>
            <numerusform> asiento</numerusform>
            <numerusform> asientos</numerusform>
        </translation>
    </message>
    <message>
        <source>How many seats, next to each other (Alt+Q)</source>
        <translation>Cuántos asientos, uno junto a otro (Alt+C)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <source>Price category (Alt+C)</source>
        <translation>Categoría de precio (Alt+G)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Cate&amp;goría</translation>
    </message>
    <message>
        <source>Only seats in this section (Alt+N)</source>
        <translation>Solo asientos de esta sección (Alt+S)</translation>
    </message>
    <message>
        <source>Sectio&amp;n</source>
        <translation>&amp;Sección</translation>
    </message>
    <message>
        <source>&amp;Find Seats</source>
        <translation>&amp;Buscar asientos</translation>
    </message>
    <message>
        <source>Hold the best seats together in the category (Return, Alt+F)</source>
        <translation>Reservar los mejores asientos juntos de la categoría (Intro, Alt+B)</translation>
    </message>
    <message>
        <source>Any section</source>
        <translation>Todas las secciones</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n free</source>
        <translation>
            <numerusform>%1 · %2 · %n libre</numerusform>
            <numerusform>%1 · %2 · %n libres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (standing) · %2 · %3 of %4 free</source>
        <translation>%1 (de pie) · %2 · %3 de %4 libres</translation>
    </message>
    <message>
        <source>%1 (standing) · %2</source>
        <translation>%1 (de pie) · %2</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CardTokenizer</name>
    <message>
        <source>Card payments are not set up on this server.</source>
        <translation>Los pagos con tarjeta no están configurados en este servidor.</translation>
    </message>
    <message>
        <source>The card was not accepted: check the number and the expiry.</source>
        <translation>La tarjeta no fue aceptada: compruebe el número y la fecha de vencimiento.</translation>
    </message>
    <message>
        <source>The payment gateway did not answer (%1).</source>
        <translation>La pasarela de pago no respondió (%1).</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CartHolds</name>
    <message>
        <source>No longer held for you, removed from the cart: %1</source>
        <translation>Ya no están reservados para usted; se quitaron del carrito: %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n seat(s) can be held at once for this event.</source>
        <translation>
            <numerusform>Como máximo se puede reservar %n asiento a la vez para este evento.</numerusform>
            <numerusform>Como máximo se pueden reservar %n asientos a la vez para este evento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those seats were just taken by someone else.</source>
        <translation>Otra persona acaba de ocupar esos asientos.</translation>
    </message>
    <message>
        <source>Taken by someone else just now: %1</source>
        <translation>Ocupados por otra persona hace un momento: %1</translation>
    </message>
    <message>
        <source>Could not hold the seats: %1</source>
        <translation>No se pudieron reservar los asientos: %1</translation>
    </message>
    <message>
        <source>Could not release: %1</source>
        <translation>No se pudo liberar: %1</translation>
    </message>
    <message>
        <source>no seats together left that fit</source>
        <translation>no quedan asientos juntos que encajen</translation>
    </message>
    <message>
        <source>Best available: %1</source>
        <translation>Mejores asientos disponibles: %1</translation>
    </message>
    <message>
        <source>Could not extend: %1</source>
        <translation>No se pudo ampliar: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>not as many places left in the area</source>
        <translation>no quedan tantas plazas libres en la zona</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CartModel</name>
    <message>
        <source>Seat</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CartPanel</name>
    <message>
        <source>Cart</source>
        <translation>Carrito</translation>
    </message>
    <message>
        <source>Delete releases the selected seat&apos;s hold</source>
        <translation>Supr libera la reserva del asiento seleccionado</translation>
    </message>
    <message>
        <source>Release Seat</source>
        <translation>Liberar asiento</translation>
    </message>
    <message>
        <source>No seats held.
Click seats on the map, drag around several, or use Best available.</source>
        <translation>No hay asientos reservados.
Haga clic en asientos del plano, arrastre alrededor de varios o use «Mejores asientos disponibles».</translation>
    </message>
    <message>
        <source>&amp;Extend Hold</source>
        <translation>Am&amp;pliar la reserva</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Keep the seats longer, up to the event&apos;s limit</source>
        <translation>Mantener los asientos más tiempo, hasta el límite del evento</translation>
    </message>
    <message>
        <source>&amp;Release All</source>
        <translation>&amp;Liberar todo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace</source>
        <translation>Ctrl+Shift+Backspace</translation>
    </message>
    <message>
        <source>Give every held seat back</source>
        <translation>Devolver todos los asientos reservados</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>Ve&amp;nder</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Sell the held seats</source>
        <translation>Vender los asientos reservados</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) · Total %1</source>
        <translation>
            <numerusform>%n asiento · Total %1</numerusform>
            <numerusform>%n asientos · Total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold expires in %1 — extend or sell now</source>
        <translation>La reserva caduca en %1 — amplíela o venda ahora</translation>
    </message>
    <message>
        <source>Seats held for %1</source>
        <translation>Asientos reservados durante %1</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CertificateDialog</name>
    <message>
        <source>Server Certificate Changed</source>
        <translation>El certificado del servidor ha cambiado</translation>
    </message>
    <message>
        <source>Untrusted Server Certificate</source>
        <translation>Certificado de servidor no fiable</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed</source>
        <translation>El certificado de %1 ha cambiado</translation>
    </message>
    <message>
        <source>You trusted another certificate for this server before. Someone may be intercepting the connection, or the server got a new certificate. The connection was refused.

Ask the server&apos;s administrator whether the certificate was replaced and compare the fingerprint below. To accept a new certificate, an administrator removes the old trust entry from this computer&apos;s settings.</source>
        <translation>Antes confió en otro certificado para este servidor. Alguien podría estar interceptando la conexión, o el servidor tiene un certificado nuevo. Se rechazó la conexión.

Pregunte al administrador del servidor si se sustituyó el certificado y compare la huella de abajo. Para aceptar un certificado nuevo, un administrador elimina la confianza anterior de la configuración de este equipo.</translation>
    </message>
    <message>
        <source>%1 uses a certificate this computer does not trust</source>
        <translation>%1 usa un certificado en el que este equipo no confía</translation>
    </message>
    <message>
        <source>The certificate is self-signed or its issuer is unknown. Compare the fingerprint with the one your administrator gave you. If they match, you can trust this certificate for this server; it is remembered, and any other certificate for this server will be refused.</source>
        <translation>El certificado está autofirmado o su emisor es desconocido. Compare la huella con la que le dio su administrador. Si coinciden, puede confiar en este certificado para este servidor; se recordará y cualquier otro certificado para este servidor será rechazado.</translation>
    </message>
    <message>
        <source>The certificate of %1 is invalid</source>
        <translation>El certificado de %1 no es válido</translation>
    </message>
    <message>
        <source>The certificate cannot be accepted: %1</source>
        <translation>El certificado no se puede aceptar: %1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>New SHA-256:</source>
        <translation>SHA-256 nuevo:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Trusted SHA-256:</source>
        <translation>SHA-256 de confianza:</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>Notificado:</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CommandLine</name>
    <message>
        <source>BoxOffice desktop client: sell tickets at the counter on live seat maps.</source>
        <translation>Cliente de escritorio BoxOffice: venda entradas en taquilla sobre planos de sala en directo.</translation>
    </message>
    <message>
        <source>Server address, for example ws://127.0.0.1:8080 (default; the environment variable BOXOFFICE_SERVER also sets it).</source>
        <translation>Dirección del servidor, por ejemplo ws://127.0.0.1:8080 (predeterminada; también se puede fijar con la variable de entorno BOXOFFICE_SERVER).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>User interface language, for example de, fr or es (default: the system language).</source>
        <translation>Idioma de la interfaz, por ejemplo de, fr o es (predeterminado: el idioma del sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;: expected ws://host:port or wss://host:port.</source>
        <translation>Dirección de servidor no válida «%1»: se esperaba ws://host:puerto o wss://host:puerto.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>Sign in (with --user and BOXOFFICE_PASSWORD), wait until the workspace is loaded (at most 10 s), save a picture of the main window to &lt;file&gt; (PNG) and exit. Without a user, saves a picture of the sign-in dialog. Exits with an error if the server could not be reached or the sign-in failed.</source>
        <translation>Iniciar sesión (con --user y BOXOFFICE_PASSWORD), esperar a que se cargue el espacio de trabajo (10 s como máximo), guardar una imagen de la ventana principal en &lt;archivo&gt; (PNG) y salir. Sin usuario, guarda una imagen del diálogo de inicio de sesión. Termina con error si no se pudo acceder al servidor o falló el inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt; without the sign-in dialog (the environment variable BOXOFFICE_USER also sets it). The password is read from the environment variable BOXOFFICE_PASSWORD, never from the command line.</source>
        <translation>Iniciar sesión como &lt;nombre&gt; sin el diálogo de inicio de sesión (también con la variable de entorno BOXOFFICE_USER). La contraseña se lee de la variable de entorno BOXOFFICE_PASSWORD, nunca de la línea de órdenes.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Trust the server&apos;s self-signed certificate if, and only if, its SHA-256 fingerprint is &lt;sha256&gt; (hex, colons allowed), as scripts/demo prints it; it is then pinned as if accepted in the trust dialog. Any other certificate is refused.</source>
        <translation>Confiar en el certificado autofirmado del servidor si, y solo si, su huella SHA-256 es &lt;sha256&gt; (hexadecimal, se admiten dos puntos), tal como la muestra scripts/demo; entonces queda fijado como si se hubiera aceptado en el diálogo de confianza. Cualquier otro certificado se rechaza.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>--trust-fingerprint needs a SHA-256 fingerprint: 64 hex digits.</source>
        <translation>--trust-fingerprint necesita una huella SHA-256: 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>After signing in, open the seat map of the event with this number (with --screenshot: wait until the map is live, then save the picture).</source>
        <translation>Tras iniciar sesión, abrir el plano de sala del evento con este número (con --screenshot: esperar a que el plano esté en directo y guardar la imagen).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>número</translation>
    </message>
    <message>
        <source>With --event: hold &lt;n&gt; best-available seats of the first price category once the map is live, as a clerk&apos;s Return in the best-available bar would (for demonstrations and screenshots; the hold expires like any other).</source>
        <translation>Con --event: en cuanto el plano esté en directo, reservar los &lt;n&gt; mejores asientos disponibles de la primera categoría de precio, como lo haría un taquillero al pulsar Intro en la barra de mejores asientos disponibles (para demostraciones y capturas de pantalla; la reserva caduca como cualquier otra).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--event needs an event number, for example --event 1.</source>
        <translation>--event necesita un número de evento, por ejemplo --event 1.</translation>
    </message>
    <message>
        <source>--hold-best needs a number of seats from 1 to 100.</source>
        <translation>--hold-best necesita un número de asientos entre 1 y 100.</translation>
    </message>
    <message>
        <source>--hold-best needs --event.</source>
        <translation>--hold-best necesita --event.</translation>
    </message>
    <message>
        <source>Workspace to show after signing in: events (default), admin, or designer (with --venue).</source>
        <translation>Espacio de trabajo tras iniciar sesión: events (predeterminado), admin o designer (con --venue).</translation>
    </message>
    <message>
        <source>With --workspace designer: open the draft of the venue with this number in the designer (organizers and admins).</source>
        <translation>Con --workspace designer: abrir el borrador del recinto con este número en el diseñador (organizadores y administradores).</translation>
    </message>
    <message>
        <source>Unknown workspace &quot;%1&quot;: expected events, admin or designer.</source>
        <translation>Espacio de trabajo «%1» desconocido: se esperaba events, admin o designer.</translation>
    </message>
    <message>
        <source>--venue needs a venue number, for example --venue 1.</source>
        <translation>--venue necesita un número de recinto, por ejemplo --venue 1.</translation>
    </message>
    <message>
        <source>--workspace designer and --venue go together.</source>
        <translation>--workspace designer y --venue van juntos.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Conectar al servidor</translation>
    </message>
    <message>
        <source>ws://host:port</source>
        <translation>ws://host:puerto</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Unencrypted connection: use wss:// for servers on other machines.</source>
        <translation>Conexión sin cifrar: use wss:// para servidores en otras máquinas.</translation>
    </message>
    <message>
        <source>For example ws://127.0.0.1:8080 or wss://boxoffice.example.org</source>
        <translation>Por ejemplo ws://127.0.0.1:8080 o wss://boxoffice.example.org</translation>
    </message>
    <message>
        <source>Enter a ws:// or wss:// address.</source>
        <translation>Introduzca una dirección ws:// o wss://.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ConnectionBanner</name>
    <message>
        <source>Retry Now</source>
        <translation>Reintentar ahora</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CounterCheckout</name>
    <message>
        <source>The order could not be created: %1</source>
        <translation>No se pudo crear el pedido: %1</translation>
    </message>
    <message>
        <source>The connection dropped during the payment. Press Sell again when it is back: nothing is charged twice.</source>
        <translation>La conexión se cortó durante el pago. Pulse «Vender» de nuevo cuando vuelva: no se cobra nada dos veces.</translation>
    </message>
    <message>
        <source>The payment was declined: %1</source>
        <translation>El pago fue rechazado: %1</translation>
    </message>
    <message>
        <source>The sale did not go through: %1</source>
        <translation>La venta no se completó: %1</translation>
    </message>
    <message>
        <source>The exchange did not go through: %1</source>
        <translation>El cambio no se realizó: %1</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerLegend</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Return paints the category onto the selection</source>
        <translation>Intro aplica la categoría a la selección</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerProblems</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: ready to publish.</source>
        <translation>Sin problemas: listo para publicar.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) with the same section, row and number</source>
        <translation>
            <numerusform>%n asiento con la misma sección, fila y número</numerusform>
            <numerusform>%n asientos con la misma sección, fila y número</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) closer than a seat&apos;s width</source>
        <translation>
            <numerusform>%n asiento más cerca que el ancho de un asiento</numerusform>
            <numerusform>%n asientos más cerca que el ancho de un asiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) without a price category</source>
        <translation>
            <numerusform>%n asiento sin categoría de precio</numerusform>
            <numerusform>%n asientos sin categoría de precio</numerusform>
        </translation>
    </message>
    <message>
        <source>A standing area without a price category</source>
        <translation>Una zona de pie sin categoría de precio</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) or areas with a category that is not listed</source>
        <translation>
            <numerusform>%n asiento o zona con una categoría que no está en la lista</numerusform>
            <numerusform>%n asientos o zonas con una categoría que no está en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without seats</source>
        <translation>
            <numerusform>%n fila sin asientos</numerusform>
            <numerusform>%n filas sin asientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) without seats or places</source>
        <translation>
            <numerusform>%n sección sin asientos ni plazas</numerusform>
            <numerusform>%n secciones sin asientos ni plazas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) without seats</source>
        <translation>
            <numerusform>%n mesa sin asientos</numerusform>
            <numerusform>%n mesas sin asientos</numerusform>
        </translation>
    </message>
    <message>
        <source>A standing area without capacity</source>
        <translation>Una zona de pie sin capacidad</translation>
    </message>
    <message>
        <source>Nothing to sell: no seats and no standing places</source>
        <translation>Nada que vender: ni asientos ni plazas de pie</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerProperties</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Why the view is restricted</source>
        <translation>Por qué la visibilidad es reducida</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <source>Nothing selected. Click a seat, drag a rectangle, or press Ctrl+A.</source>
        <translation>Nada seleccionado. Haga clic en un asiento, arrastre un rectángulo o pulse Ctrl+A.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n asiento</numerusform>
            <numerusform>%n asientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n sección</numerusform>
            <numerusform>%n secciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other object(s)</source>
        <translation>
            <numerusform>%n objeto más</numerusform>
            <numerusform>%n objetos más</numerusform>
        </translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;úmero:</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Fila:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Mesa:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacidad:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>There is already a section named %1.</source>
        <translation>Ya existe una sección llamada %1.</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Renombrar sección</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Renumber Seat</source>
        <translation>Renumerar asiento</translation>
    </message>
    <message>
        <source>Set Capacity</source>
        <translation>Fijar capacidad</translation>
    </message>
    <message>
        <source>Set Note</source>
        <translation>Fijar nota</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerWorkspace</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
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
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Publish the draft as a new version</source>
        <translation>Publicar el borrador como nueva versión</translation>
    </message>
    <message>
        <source>&amp;Close Designer</source>
        <translation>&amp;Cerrar el diseñador</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>No seleccionar &amp;nada</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Select &amp;Row</source>
        <translation>Seleccionar &amp;fila</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Select the whole rows and tables of the selected seats</source>
        <translation>Seleccionar las filas y mesas completas de los asientos seleccionados</translation>
    </message>
    <message>
        <source>Select S&amp;ection</source>
        <translation>Seleccionar s&amp;ección</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Select the whole sections of the selection</source>
        <translation>Seleccionar las secciones completas de la selección</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Girar a la &amp;izquierda</translation>
    </message>
    <message>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <source>Rotate the selection 15° anticlockwise</source>
        <translation>Girar la selección 15° en sentido antihorario</translation>
    </message>
    <message>
        <source>Rotate R&amp;ight</source>
        <translation>Girar a la &amp;derecha</translation>
    </message>
    <message>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <source>Rotate the selection 15° clockwise</source>
        <translation>Girar la selección 15° en sentido horario</translation>
    </message>
    <message>
        <source>Rotate Left 1°</source>
        <translation>Girar 1° a la izquierda</translation>
    </message>
    <message>
        <source>Alt+[</source>
        <translation>Alt+[</translation>
    </message>
    <message>
        <source>Rotate Right 1°</source>
        <translation>Girar 1° a la derecha</translation>
    </message>
    <message>
        <source>Alt+]</source>
        <translation>Alt+]</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Ajustar a la &amp;cuadrícula</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Moves land on the grid; the arrow keys move by one step</source>
        <translation>Los movimientos caen en la cuadrícula; las flechas mueven un paso</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Go to the Plan</source>
        <translation>Ir al plano</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Go to the Problems</source>
        <translation>Ir a los problemas</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Go to the Properties</source>
        <translation>Ir a las propiedades</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Go to the Categories</source>
        <translation>Ir a las categorías</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Paint &amp;Category…</source>
        <translation>Aplicar &amp;categoría…</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Give the selected seats a price category</source>
        <translation>Dar una categoría de precio a los asientos seleccionados</translation>
    </message>
    <message>
        <source>&amp;New Category…</source>
        <translation>&amp;Nueva categoría…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Wheelchair Space</source>
        <translation>Espacio para silla de &amp;ruedas</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Mark or unmark the selected seats as wheelchair spaces</source>
        <translation>Marcar o desmarcar los asientos seleccionados como espacios para silla de ruedas</translation>
    </message>
    <message>
        <source>C&amp;ompanion Seat</source>
        <translation>Asiento de &amp;acompañante</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Mark or unmark the selected seats as companion seats</source>
        <translation>Marcar o desmarcar los asientos seleccionados como asientos de acompañante</translation>
    </message>
    <message>
        <source>Restricted &amp;View</source>
        <translation>&amp;Visibilidad reducida</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Mark or unmark the selected seats as having a restricted view (the note is in Properties)</source>
        <translation>Marcar o desmarcar los asientos seleccionados como de visibilidad reducida (la nota está en Propiedades)</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ancho:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Profundidad:</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>&amp;Escenario</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Place the stage</source>
        <translation>Colocar el escenario</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Add a text label</source>
        <translation>Añadir una etiqueta de texto</translation>
    </message>
    <message>
        <source>S&amp;hape</source>
        <translation>&amp;Forma</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Add an aisle, a wall or an entrance</source>
        <translation>Añadir un pasillo, una pared o una entrada</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Place Stage</source>
        <translation>Colocar escenario</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Altura:</translation>
    </message>
    <message>
        <source>&amp;Rotation (°):</source>
        <translation>&amp;Rotación (°):</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Aisle</source>
        <translation>Pasillo</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Longitud:</translation>
    </message>
    <message>
        <source>&amp;Width (0: a line):</source>
        <translation>&amp;Ancho (0: una línea):</translation>
    </message>
    <message>
        <source>Add Shape</source>
        <translation>Añadir forma</translation>
    </message>
    <message>
        <source>Paint Category</source>
        <translation>Aplicar categoría</translation>
    </message>
    <message>
        <source>&amp;Category for the selection:</source>
        <translation>&amp;Categoría para la selección:</translation>
    </message>
    <message>
        <source>New Category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>&amp;Colour (#rrggbb, empty: chosen for you):</source>
        <translation>&amp;Color (#rrggbb, vacío: se elige por usted):</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>the document is damaged</source>
        <translation>el documento está dañado</translation>
    </message>
    <message>
        <source>Venue plan</source>
        <translation>Plano del recinto</translation>
    </message>
    <message>
        <source>published, read-only</source>
        <translation>publicado, solo lectura</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revisión %1</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 seats, %2 places</source>
        <translation>%1 asientos, %2 plazas</translation>
    </message>
    <message>
        <source>ready to publish</source>
        <translation>listo para publicar</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before publishing</source>
        <translation>
            <numerusform>%n problema que resolver antes de publicar</numerusform>
            <numerusform>%n problemas que resolver antes de publicar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the draft was saved by someone else since revision %1 (it is at revision %2 now: %3). Your changes are still here; reopen the draft from the venue list to see theirs.</source>
        <translation>No guardado: otra persona guardó el borrador desde la revisión %1 (ahora está en la revisión %2: %3). Sus cambios siguen aquí; vuelva a abrir el borrador desde la lista de recintos para ver los suyos.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>Guardado como revisión %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n problem(s) to solve first (listed under Problems).</source>
        <translation>
            <numerusform>No publicado: primero hay que resolver %n problema (en Problemas).</numerusform>
            <numerusform>No publicado: primero hay que resolver %n problemas (en Problemas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>No publicado: %1</translation>
    </message>
    <message>
        <source>Published as version %1 (%2 places).</source>
        <translation>Publicado como versión %1 (%2 plazas).</translation>
    </message>
    <message>
        <source>Paint %1</source>
        <translation>Aplicar %1</translation>
    </message>
    <message>
        <source>Remove Category</source>
        <translation>Quitar categoría</translation>
    </message>
    <message>
        <source>Clear Flag</source>
        <translation>Quitar marca</translation>
    </message>
    <message>
        <source>Set Flag</source>
        <translation>Poner marca</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloque</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Add a block of rows</source>
        <translation>Añadir un bloque de filas</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>&amp;Fila</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Add a single row</source>
        <translation>Añadir una sola fila</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Mesa</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Add a table with its seats</source>
        <translation>Añadir una mesa con sus asientos</translation>
    </message>
    <message>
        <source>Standing &amp;Area</source>
        <translation>&amp;Zona de pie</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Add a standing (general admission) area</source>
        <translation>Añadir una zona de pie (entrada general)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
    <message>
        <source>Nothing added: %1</source>
        <translation>No se añadió nada: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Block of Rows</source>
        <translation>Bloque de filas</translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation>S&amp;ección:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>&amp;Seats per row:</source>
        <translation>&amp;Asientos por fila:</translation>
    </message>
    <message>
        <source>Seats &amp;added per row:</source>
        <translation>Asientos aña&amp;didos por fila:</translation>
    </message>
    <message>
        <source>Seat s&amp;pacing:</source>
        <translation>Se&amp;paración de asientos:</translation>
    </message>
    <message>
        <source>Row spa&amp;cing:</source>
        <translation>Separa&amp;ción de filas:</translation>
    </message>
    <message>
        <source>S&amp;hape:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Recta</translation>
    </message>
    <message>
        <source>Curved</source>
        <translation>Curva</translation>
    </message>
    <message>
        <source>Skewed</source>
        <translation>Desplazada</translation>
    </message>
    <message>
        <source>Ra&amp;dius (curved):</source>
        <translation>Ra&amp;dio (curva):</translation>
    </message>
    <message>
        <source>S&amp;kew per row:</source>
        <translation>Despla&amp;zamiento por fila:</translation>
    </message>
    <message>
        <source>R&amp;otation (°):</source>
        <translation>R&amp;otación (°):</translation>
    </message>
    <message>
        <source>Row &amp;labels:</source>
        <translation>Nom&amp;bres de fila:</translation>
    </message>
    <message>
        <source>A, B, C …</source>
        <translation>A, B, C …</translation>
    </message>
    <message>
        <source>A, B, C … without I and O</source>
        <translation>A, B, C … sin I ni O</translation>
    </message>
    <message>
        <source>1, 2, 3 …</source>
        <translation>1, 2, 3 …</translation>
    </message>
    <message>
        <source>&amp;First row:</source>
        <translation>Pr&amp;imera fila:</translation>
    </message>
    <message>
        <source>&amp;Numbering:</source>
        <translation>&amp;Numeración:</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De izquierda a derecha</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>De derecha a izquierda</translation>
    </message>
    <message>
        <source>Odd and even from the centre</source>
        <translation>Impares y pares desde el centro</translation>
    </message>
    <message>
        <source>First n&amp;umber:</source>
        <translation>Primer n&amp;úmero:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation>Añadir bloque</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Mesa %1</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Redonda</translation>
    </message>
    <message>
        <source>Rectangular</source>
        <translation>Rectangular</translation>
    </message>
    <message>
        <source>&amp;Depth (rectangular):</source>
        <translation>&amp;Fondo (rectangular):</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Asientos:</translation>
    </message>
    <message>
        <source>Add Table</source>
        <translation>Añadir mesa</translation>
    </message>
    <message>
        <source>Standing Area</source>
        <translation>Zona de pie</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacidad:</translation>
    </message>
    <message>
        <source>Add Standing Area</source>
        <translation>Añadir zona de pie</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ErrorText</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>No hay conexión con el servidor.</translation>
    </message>
    <message>
        <source>The server could not read a message from this client.</source>
        <translation>El servidor no pudo leer un mensaje de este cliente.</translation>
    </message>
    <message>
        <source>The server does not know this request.</source>
        <translation>El servidor no conoce esta solicitud.</translation>
    </message>
    <message>
        <source>The request contained an invalid value.</source>
        <translation>La solicitud contenía un valor no válido.</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>La solicitud era demasiado grande.</translation>
    </message>
    <message>
        <source>Client and server versions do not match.</source>
        <translation>Las versiones del cliente y del servidor no coinciden.</translation>
    </message>
    <message>
        <source>The session with the server was not set up.</source>
        <translation>No se estableció la sesión con el servidor.</translation>
    </message>
    <message>
        <source>This event does not exist.</source>
        <translation>Este evento no existe.</translation>
    </message>
    <message>
        <source>A seat does not exist in this venue.</source>
        <translation>Un asiento no existe en esta sala.</translation>
    </message>
    <message>
        <source>A seat was selected twice.</source>
        <translation>Un asiento se seleccionó dos veces.</translation>
    </message>
    <message>
        <source>Too many seats for one order.</source>
        <translation>Demasiados asientos para un solo pedido.</translation>
    </message>
    <message>
        <source>A selected seat is no longer available.</source>
        <translation>Un asiento seleccionado ya no está disponible.</translation>
    </message>
    <message>
        <source>The reservation no longer exists.</source>
        <translation>La reserva ya no existe.</translation>
    </message>
    <message>
        <source>The reservation has expired.</source>
        <translation>La reserva ha caducado.</translation>
    </message>
    <message>
        <source>The reservation belongs to another counter.</source>
        <translation>La reserva pertenece a otra taquilla.</translation>
    </message>
    <message>
        <source>The reservation cannot be extended any further.</source>
        <translation>La reserva no se puede prolongar más.</translation>
    </message>
    <message>
        <source>This event is not on sale now.</source>
        <translation>Este evento no está a la venta ahora.</translation>
    </message>
    <message>
        <source>No seats were selected.</source>
        <translation>No se seleccionó ningún asiento.</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>El servidor está ocupado. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The server failed to process the request. Nothing was changed.</source>
        <translation>El servidor no pudo procesar la solicitud. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Unknown error (code %1).</source>
        <translation>Error desconocido (código %1).</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Su rol no lo permite.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the user name and password; after repeated failures each further attempt has to wait a little longer.</source>
        <translation>Error al iniciar sesión. Compruebe el nombre de usuario y la contraseña; tras varios fallos, cada nuevo intento debe esperar un poco más.</translation>
    </message>
    <message>
        <source>Too many attempts in a short time. Please wait a moment and try again.</source>
        <translation>Demasiados intentos en poco tiempo. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>There is no user with this name.</source>
        <translation>No hay ningún usuario con este nombre.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>Ya existe un usuario con este nombre.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 12 characters.</source>
        <translation>La contraseña es demasiado corta: use al menos 12 caracteres.</translation>
    </message>
    <message>
        <source>There is no such order.</source>
        <translation>Ese pedido no existe.</translation>
    </message>
    <message>
        <source>The order cannot do that in its present state.</source>
        <translation>No es posible en el estado actual del pedido.</translation>
    </message>
    <message>
        <source>The payment was declined.</source>
        <translation>El pago fue rechazado.</translation>
    </message>
    <message>
        <source>The payment service is not available; nothing was charged.</source>
        <translation>El servicio de pago no está disponible; no se ha cobrado nada.</translation>
    </message>
    <message>
        <source>The amount tendered is less than the total.</source>
        <translation>El importe entregado es inferior al total.</translation>
    </message>
    <message>
        <source>Open a shift first.</source>
        <translation>Abra primero un turno de caja.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Se requiere un motivo.</translation>
    </message>
    <message>
        <source>Not a valid ticket: forged or damaged code.</source>
        <translation>Entrada no válida: código falsificado o dañado.</translation>
    </message>
    <message>
        <source>This ticket has already been admitted.</source>
        <translation>Esta entrada ya se ha validado.</translation>
    </message>
    <message>
        <source>This ticket was refunded or exchanged.</source>
        <translation>Esta entrada fue reembolsada o cambiada.</translation>
    </message>
    <message>
        <source>This ticket is not known here.</source>
        <translation>Esta entrada no se conoce aquí.</translation>
    </message>
    <message>
        <source>You already have an open shift: close it first.</source>
        <translation>Ya tiene un turno de caja abierto: ciérrelo primero.</translation>
    </message>
    <message>
        <source>This session holds as many seats of this event as it may: sell or release some first.</source>
        <translation>Esta sesión ya retiene tantas localidades de este evento como puede: venda o libere algunas primero.</translation>
    </message>
    <message>
        <source>The server no longer supports this request: update the application.</source>
        <translation>El servidor ya no admite esta solicitud: actualice la aplicación.</translation>
    </message>
    <message>
        <source>This event has a waiting room: join the queue first.</source>
        <translation>Este evento tiene una sala de espera: únase primero a la cola.</translation>
    </message>
    <message>
        <source>This queue ticket or admission is not valid here.</source>
        <translation>Este tique de cola o esta admisión no es válido aquí.</translation>
    </message>
    <message>
        <source>It is not your turn yet: please keep waiting.</source>
        <translation>Todavía no es su turno: siga esperando, por favor.</translation>
    </message>
    <message>
        <source>Your shopping time has ended.</source>
        <translation>Su tiempo de compra ha terminado.</translation>
    </message>
    <message>
        <source>There is no such venue.</source>
        <translation>Ese recinto no existe.</translation>
    </message>
    <message>
        <source>Someone else saved this venue&apos;s draft in the meantime; nothing was saved.</source>
        <translation>Otra persona guardó entretanto el borrador de este recinto; no se guardó nada.</translation>
    </message>
    <message>
        <source>The layout has problems to solve before it can be published.</source>
        <translation>El plano tiene problemas que resolver antes de poder publicarse.</translation>
    </message>
    <message>
        <source>The layout document could not be read.</source>
        <translation>No se pudo leer el documento del plano.</translation>
    </message>
    <message>
        <source>There is no such version of this venue&apos;s layout.</source>
        <translation>Esa versión del plano del recinto no existe.</translation>
    </message>
    <message>
        <source>The event has held, sold or blocked seats, or orders; it keeps its layout.</source>
        <translation>El evento tiene asientos reservados, vendidos o bloqueados, o pedidos; conserva su plano.</translation>
    </message>
    <message>
        <source>An event can only move to a newer layout version.</source>
        <translation>Un evento solo puede pasar a una versión más reciente del plano.</translation>
    </message>
    <message>
        <source>That layout version has standing areas, which events cannot sell yet; the event keeps its layout.</source>
        <translation>Esta versión del plano tiene zonas de pie, que los eventos aún no pueden vender; el evento conserva su plano.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::EventListModel</name>
    <message>
        <source>Not connected to the server.</source>
        <translation>No hay conexión con el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked</source>
        <translation>
            <numerusform>%n asiento bloqueado</numerusform>
            <numerusform>%n asientos bloqueados</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Recinto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Asientos</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Reservadas</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendidas</translation>
    </message>
    <message>
        <source>Free by category</source>
        <translation>Disponibles por categoría</translation>
    </message>
    <message>
        <source>%1 (%2): %3 free</source>
        <translation>%1 (%2): %3 libre(s)</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::EventTable</name>
    <message>
        <source>&amp;Open Seat Map</source>
        <translation>Abrir &amp;plano de sala</translation>
    </message>
    <message>
        <source>Sell seats of the selected event (Return)</source>
        <translation>Vender asientos del evento seleccionado (Intro)</translation>
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
        <translation>No se pudieron cargar los eventos: %1</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Close the connection to the server</source>
        <translation>Cerrar la conexión con el servidor</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Find Event</source>
        <translation>&amp;Buscar evento</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit BoxOffice</source>
        <translation>Salir de BoxOffice</translation>
    </message>
    <message>
        <source>&amp;About BoxOffice</source>
        <translation>&amp;Acerca de BoxOffice</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>About BoxOffice</source>
        <translation>Acerca de BoxOffice</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BoxOffice %1&lt;/h3&gt;&lt;p&gt;Box-office and venue management: sell seats at the counter on live seat maps.&lt;/p&gt;&lt;p&gt;Protocol version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BoxOffice %1&lt;/h3&gt;&lt;p&gt;Taquilla y gestión de recintos: venda asientos en taquilla sobre planos de sala en directo.&lt;/p&gt;&lt;p&gt;Versión del protocolo %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Reintento en %n s.</numerusform>
            <numerusform>Reintento en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Disconnected from %1. %2</source>
        <translation>Desconectado de %1. %2</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Desconectado de %1</translation>
    </message>
    <message>
        <source>unknown server</source>
        <translation>servidor desconocido</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Server: %1 · Node: %2</source>
        <translation>Servidor: %1 · Nodo: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 de %n evento</numerusform>
            <numerusform>%1 de %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting to %1. The list below may be out of date.</source>
        <translation>Reconectando a %1. Es posible que la lista de abajo no esté actualizada.</translation>
    </message>
    <message>
        <source>The connection to %1 is lost. The list below may be out of date.</source>
        <translation>Se ha perdido la conexión con %1. Es posible que la lista de abajo no esté actualizada.</translation>
    </message>
    <message>
        <source>Connect to a BoxOffice server to see its events.</source>
        <translation>Conéctese a un servidor BoxOffice para ver sus eventos.</translation>
    </message>
    <message>
        <source>Could not reach the server at %1.</source>
        <translation>No se pudo contactar con el servidor en %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Conectando a %1.</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Cargando eventos…</translation>
    </message>
    <message>
        <source>Asking %1 for its events.</source>
        <translation>Solicitando los eventos a %1.</translation>
    </message>
    <message>
        <source>Could not load the events</source>
        <translation>No se pudieron cargar los eventos</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>No hay eventos</translation>
    </message>
    <message>
        <source>The server has no events yet.</source>
        <translation>El servidor aún no tiene eventos.</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administración</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Users, sessions and the audit log</source>
        <translation>Usuarios, sesiones y registro de auditoría</translation>
    </message>
    <message>
        <source>Reload what the workspace shows</source>
        <translation>Recargar el contenido del espacio de trabajo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Sesión iniciada como %1 · %2</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Sign in to %1 to see its events.</source>
        <translation>Inicie sesión en %1 para ver sus eventos.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>BoxOffice will speak %1 from its next start.</source>
        <translation>BoxOffice hablará %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Words of the name, the venue or the date (%1)</source>
        <translation>Palabras del nombre, el recinto o la fecha (%1)</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Próximos 7 días</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Próximos 30 días</translation>
    </message>
    <message>
        <source>Show events of these days only</source>
        <translation>Mostrar solo los eventos de estos días</translation>
    </message>
    <message>
        <source>Search by name, venue or date</source>
        <translation>Buscar por nombre, recinto o fecha</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>&amp;Control de acceso</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Scan tickets at the door</source>
        <translation>Escanear entradas en la puerta</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Control de acceso</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Pedidos</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Find orders, refund, exchange, and cash shifts</source>
        <translation>Buscar pedidos, reembolsar, cambiar y turnos de caja</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Exchanging ticket %1: open the event of the new seat, or sign out to give up.</source>
        <translation>Cambio de la entrada %1: abra el evento del nuevo asiento o cierre la sesión para desistir.</translation>
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
        <translation>Número</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Paid (card capture pending)</source>
        <translation>Pagado (cargo en tarjeta pendiente)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Reembolsado parcialmente</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::OrderTicketModel</name>
    <message>
        <source>Ticket</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>Cambiada</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitida</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::OrderWorkspace</name>
    <message>
        <source>&amp;Find Order</source>
        <translation>&amp;Buscar pedido</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Find orders by number, name, e-mail, phone or a scanned ticket code</source>
        <translation>Buscar pedidos por número, nombre, correo electrónico, teléfono o un código de entrada escaneado</translation>
    </message>
    <message>
        <source>Refund &amp;Selected Tickets…</source>
        <translation>Reembolsar entradas &amp;seleccionadas…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Give back the money of the checked tickets</source>
        <translation>Devolver el dinero de las entradas marcadas</translation>
    </message>
    <message>
        <source>Refund &amp;Whole Order…</source>
        <translation>Reembolsar el pedido &amp;completo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Give back the money of every valid ticket of the order</source>
        <translation>Devolver el dinero de todas las entradas válidas del pedido</translation>
    </message>
    <message>
        <source>&amp;Print Tickets…</source>
        <translation>&amp;Imprimir entradas…</translation>
    </message>
    <message>
        <source>Print the order&apos;s valid tickets again</source>
        <translation>Volver a imprimir las entradas válidas del pedido</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the order&apos;s valid tickets as a PDF</source>
        <translation>Guardar las entradas válidas del pedido como PDF</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Exchange the selected ticket: opens the seat map to pick the new seat</source>
        <translation>Cambiar la entrada seleccionada: abre el plano de sala para elegir el nuevo asiento</translation>
    </message>
    <message>
        <source>&amp;Open Shift…</source>
        <translation>&amp;Abrir turno…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Start a cash shift with the float in the drawer</source>
        <translation>Iniciar un turno de caja con el fondo de cambio del cajón</translation>
    </message>
    <message>
        <source>&amp;Close Shift…</source>
        <translation>Cerrar &amp;turno…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Count the drawer and close the cash shift</source>
        <translation>Contar el cajón y cerrar el turno de caja</translation>
    </message>
    <message>
        <source>Order number, name, e-mail, phone or ticket code</source>
        <translation>Número de pedido, nombre, correo electrónico, teléfono o código de entrada</translation>
    </message>
    <message>
        <source>Return searches.</source>
        <translation>Intro inicia la búsqueda.</translation>
    </message>
    <message>
        <source>Cash Shift</source>
        <translation>Turno de caja</translation>
    </message>
    <message>
        <source>Check the tickets to refund; select one to exchange it.</source>
        <translation>Marque las entradas que se van a reembolsar; seleccione una para cambiarla.</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Entradas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>P&amp;ayments</source>
        <translation>&amp;Pagos</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>To exchange a ticket, select it and choose Exchange… (%1): the seat map opens, hold the new seat there and confirm. A dearer seat is paid there, a cheaper one refunded.</source>
        <translation>Para cambiar una entrada, selecciónela y elija «Cambiar…» (%1): se abre el plano de sala; reserve allí el nuevo asiento y confirme. Un asiento más caro se paga allí y uno más barato se reembolsa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount, for example %2.
%3</source>
        <translation>«%1» no es un importe, por ejemplo %2.
%3</translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation>No se pudo buscar: %1</translation>
    </message>
    <message>
        <source>No order matches &quot;%1&quot;.</source>
        <translation>Ningún pedido coincide con «%1».</translation>
    </message>
    <message>
        <source>Could not load the order: %1</source>
        <translation>No se pudo cargar el pedido: %1</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>Ningún pedido seleccionado</translation>
    </message>
    <message>
        <source>Order %1 — %2 — %3</source>
        <translation>Pedido %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Order %1 — %2 — %3 — %4</source>
        <translation>Pedido %1 — %2 — %3 — %4</translation>
    </message>
    <message>
        <source>Customer: %1
Sold %2 by %3</source>
        <translation>Cliente: %1
Vendido el %2 por %3</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>the web shop</source>
        <translation>la tienda web</translation>
    </message>
    <message>
        <source>tendered %1</source>
        <translation>entregado %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>cambio %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>antes: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>después: %1</translation>
    </message>
    <message>
        <source>Check the tickets to refund first.</source>
        <translation>Marque primero las entradas que se van a reembolsar.</translation>
    </message>
    <message numerus="yes">
        <source>Refund the whole order %1: %n ticket(s), %2?</source>
        <translation>
            <numerusform>¿Reembolsar el pedido completo %1: %n entrada, %2?</numerusform>
            <numerusform>¿Reembolsar el pedido completo %1: %n entradas, %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refund %n ticket(s) of order %1: %2?</source>
        <translation>
            <numerusform>¿Reembolsar %n entrada del pedido %1: %2?</numerusform>
            <numerusform>¿Reembolsar %n entradas del pedido %1: %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>The money goes back the way it was paid; the tickets stop admitting.</source>
        <translation>El dinero se devuelve por el mismo medio con que se pagó; las entradas dejan de dar acceso.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Reembolsando…</translation>
    </message>
    <message>
        <source>The refund failed: %1</source>
        <translation>El reembolso falló: %1</translation>
    </message>
    <message>
        <source>%1 in cash from the drawer</source>
        <translation>%1 en efectivo del cajón</translation>
    </message>
    <message>
        <source>%1 to the card FAILED: the gateway refused it, call a supervisor</source>
        <translation>%1 a la tarjeta FALLIDO: la pasarela lo rechazó, llame a un supervisor</translation>
    </message>
    <message>
        <source>%1 to the card (the gateway is confirming it)</source>
        <translation>%1 a la tarjeta (la pasarela lo está confirmando)</translation>
    </message>
    <message>
        <source>%1 to the card</source>
        <translation>%1 a la tarjeta</translation>
    </message>
    <message>
        <source>nothing for complimentary tickets</source>
        <translation>nada por las invitaciones</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message numerus="yes">
        <source>Refunded %n ticket(s): %1 paid back</source>
        <translation>
            <numerusform>%n entrada reembolsada: %1 devuelto</numerusform>
            <numerusform>%n entradas reembolsadas: %1 devuelto</numerusform>
        </translation>
    </message>
    <message>
        <source>(This refund had already been made; nothing was paid twice.)</source>
        <translation>(Este reembolso ya se había hecho; no se ha pagado nada dos veces.)</translation>
    </message>
    <message>
        <source>This order has no valid tickets to print.</source>
        <translation>Este pedido no tiene entradas válidas que imprimir.</translation>
    </message>
    <message>
        <source>This order has no valid tickets to save.</source>
        <translation>Este pedido no tiene entradas válidas que guardar.</translation>
    </message>
    <message>
        <source>Could not save the tickets: %1</source>
        <translation>No se pudieron guardar las entradas: %1</translation>
    </message>
    <message>
        <source>Tickets saved to %1.</source>
        <translation>Entradas guardadas en %1.</translation>
    </message>
    <message>
        <source>Select the ticket to exchange first.</source>
        <translation>Seleccione primero la entrada que se va a cambiar.</translation>
    </message>
    <message>
        <source>Only a valid ticket can be exchanged.</source>
        <translation>Solo se puede cambiar una entrada válida.</translation>
    </message>
    <message>
        <source>Exchanging ticket %1: hold the new seat on the seat map.</source>
        <translation>Cambiando la entrada %1: reserve el nuevo asiento en el plano de sala.</translation>
    </message>
    <message>
        <source>Shift unknown: %1</source>
        <translation>Turno desconocido: %1</translation>
    </message>
    <message>
        <source>No open shift.</source>
        <translation>No hay ningún turno abierto.</translation>
    </message>
    <message>
        <source>Shift open since %1
Float: %2
Expected cash so far: %3</source>
        <translation>Turno abierto desde %1
Fondo de cambio: %2
Efectivo esperado hasta ahora: %3</translation>
    </message>
    <message>
        <source>Last shift closed %1: counted %2, difference %3</source>
        <translation>Último turno cerrado %1: contado %2, diferencia %3</translation>
    </message>
    <message>
        <source>Open Shift</source>
        <translation>Abrir turno</translation>
    </message>
    <message>
        <source>Cash in the drawer (float):</source>
        <translation>Efectivo en el cajón (fondo de cambio):</translation>
    </message>
    <message>
        <source>Could not open the shift: %1</source>
        <translation>No se pudo abrir el turno: %1</translation>
    </message>
    <message>
        <source>Shift opened with a float of %1.</source>
        <translation>Turno abierto con un fondo de cambio de %1.</translation>
    </message>
    <message>
        <source>Close Shift</source>
        <translation>Cerrar turno</translation>
    </message>
    <message>
        <source>Cash counted in the drawer:</source>
        <translation>Efectivo contado en el cajón:</translation>
    </message>
    <message>
        <source>Could not close the shift: %1</source>
        <translation>No se pudo cerrar el turno: %1</translation>
    </message>
    <message>
        <source>Shift closed. Expected %1, counted %2, difference %3.</source>
        <translation>Turno cerrado. Esperado %1, contado %2, diferencia %3.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::PaymentPanel</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Cash, with change (F2)</source>
        <translation>Efectivo, con cambio (F2)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Card through the payment gateway (F3)</source>
        <translation>Tarjeta a través de la pasarela de pago (F3)</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Free tickets with a reason; organizers and admins only (F4)</source>
        <translation>Entradas gratuitas con motivo; solo organizadores y administradores (F4)</translation>
    </message>
    <message>
        <source>What the customer hands over; empty means the exact amount</source>
        <translation>Lo que entrega el cliente; vacío significa el importe exacto</translation>
    </message>
    <message>
        <source>&amp;Tendered</source>
        <translation>&amp;Entregado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>The card goes to the payment gateway only; BoxOffice keeps a token.</source>
        <translation>La tarjeta solo se envía a la pasarela de pago; BoxOffice guarda un token.</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>Nú&amp;mero de tarjeta</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>Fecha de &amp;vencimiento</translation>
    </message>
    <message>
        <source>Securit&amp;y code</source>
        <translation>Código de seg&amp;uridad</translation>
    </message>
    <message>
        <source>For example: press, artist&apos;s guest</source>
        <translation>Por ejemplo: prensa, invitado del artista</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Mo&amp;tivo</translation>
    </message>
    <message>
        <source>exact: %1</source>
        <translation>exacto: %1</translation>
    </message>
    <message>
        <source>The amount tendered is not an amount.</source>
        <translation>El importe entregado no es un importe válido.</translation>
    </message>
    <message>
        <source>The amount tendered is less than the total.</source>
        <translation>El importe entregado es inferior al total.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Introduzca el número de tarjeta.</translation>
    </message>
    <message>
        <source>Enter the expiry as MM/YY.</source>
        <translation>Introduzca la fecha de vencimiento como MM/AA.</translation>
    </message>
    <message>
        <source>Enter the security code.</source>
        <translation>Introduzca el código de seguridad.</translation>
    </message>
    <message>
        <source>Complimentary tickets need a reason.</source>
        <translation>Las invitaciones requieren un motivo.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::PlaceholderPage</name>
    <message>
        <source>Sign In…</source>
        <translation>Iniciar sesión…</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ReceiptDocument</name>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Pagado con</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Atendido por %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::Roles</name>
    <message>
        <source>Clerk</source>
        <translation>Taquillero</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Fraud analyst</source>
        <translation>Analista de fraude</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ScanPanel</name>
    <message>
        <source>Scan a ticket or type its code, then press Return</source>
        <translation>Escanee una entrada o escriba su código y pulse Intro</translation>
    </message>
    <message>
        <source>e.g. Gate 2</source>
        <translation>p. ej. Puerta 2</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Listo para escanear</translation>
    </message>
    <message>
        <source>Check-in result</source>
        <translation>Resultado del control de acceso</translation>
    </message>
    <message>
        <source>&amp;Gate:</source>
        <translation>&amp;Puerta:</translation>
    </message>
    <message>
        <source>&amp;Ticket code:</source>
        <translation>Código de &amp;entrada:</translation>
    </message>
    <message>
        <source>Last scans:</source>
        <translation>Últimos escaneos:</translation>
    </message>
    <message>
        <source>Enter the name of this gate first.</source>
        <translation>Introduzca primero el nombre de esta puerta.</translation>
    </message>
    <message>
        <source>Not admitted: unexpected answer from the server</source>
        <translation>No admitido: respuesta inesperada del servidor</translation>
    </message>
    <message>
        <source>Admitted: %1, Row %2, Seat %3</source>
        <translation>Admitido: %1, fila %2, asiento %3</translation>
    </message>
    <message>
        <source>Already admitted at %1 at %2</source>
        <translation>Ya admitido a las %1 en %2</translation>
    </message>
    <message>
        <source>Exchanged: this ticket was replaced by another</source>
        <translation>Cambiada: esta entrada se sustituyó por otra</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation>Entrada para otro evento</translation>
    </message>
    <message>
        <source>Forged or damaged code</source>
        <translation>Código falsificado o dañado</translation>
    </message>
    <message>
        <source>Unknown ticket: not sold by this box office</source>
        <translation>Entrada desconocida: no vendida por esta taquilla</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>No comprobada: %1</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SeatMapLegend</name>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Accesible en silla de ruedas</translation>
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
        <translation>%1, fila %2, asiento %3</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Being held</source>
        <translation>Reserva en curso</translation>
    </message>
    <message>
        <source>Held by me</source>
        <translation>Reservado por mí</translation>
    </message>
    <message>
        <source>Held by others</source>
        <translation>Reservado por otros</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>%1, %2 (standing), place %3</source>
        <translation>%1, %2 (de pie), plaza %3</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SeatMapView</name>
    <message>
        <source>Stage</source>
        <translation>Escenario</translation>
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
        <translation>‹ Eventos</translation>
    </message>
    <message>
        <source>Back to the event list</source>
        <translation>Volver a la lista de eventos</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole venue</source>
        <translation>Mostrar todo el recinto</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n seat(s)</source>
        <translation>
            <numerusform>%1 · %n asiento</numerusform>
            <numerusform>%1 · %n asientos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;● Reconnecting…&lt;/b&gt; the map may be out of date</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;● Reconectando…&lt;/b&gt; es posible que el plano no esté actualizado</translation>
    </message>
    <message>
        <source>Loading seats…</source>
        <translation>Cargando asientos…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; Live</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; En directo</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SellingWorkspace</name>
    <message>
        <source>Best Available</source>
        <translation>Mejores asientos disponibles</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Seat Map</source>
        <translation>Plano de sala</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Carrito</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Click a seat to hold it, click it again to release it. Drag around free seats to hold them together. Arrows move between seats, Space holds. Ctrl+B: best available, Ctrl+L: cart, Ctrl+Return: sell.</source>
        <translation>Haga clic en un asiento para reservarlo y otra vez para liberarlo. Arrastre alrededor de asientos libres para reservarlos juntos. Las flechas pasan de un asiento a otro y Espacio reserva. Ctrl+B: mejores asientos disponibles, Ctrl+L: carrito, Ctrl+Intro: vender.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load the seat map: %1</source>
        <translation>No se pudo cargar el plano de sala: %1</translation>
    </message>
    <message>
        <source>Seat map unavailable</source>
        <translation>Plano de sala no disponible</translation>
    </message>
    <message>
        <source>The server sent a seat map this client cannot read.</source>
        <translation>El servidor envió un plano de sala que este cliente no puede leer.</translation>
    </message>
    <message>
        <source>Could not watch the seat map: %1</source>
        <translation>No se puede seguir el plano de sala en directo: %1</translation>
    </message>
    <message>
        <source>%1 is not available (%2).</source>
        <translation>%1 no está disponible (%2).</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>Reservados: %1</translation>
    </message>
    <message>
        <source>The hold expired and the seats were released.</source>
        <translation>La reserva ha caducado y los asientos se han liberado.</translation>
    </message>
    <message>
        <source>Release the held seats?</source>
        <translation>¿Liberar los asientos reservados?</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are held for this customer. Release them and leave the event?</source>
        <translation>
            <numerusform>Hay %n asiento reservado para este cliente. ¿Liberarlo y salir del evento?</numerusform>
            <numerusform>Hay %n asientos reservados para este cliente. ¿Liberarlos y salir del evento?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print Tickets…</source>
        <translation>&amp;Imprimir entradas…</translation>
    </message>
    <message>
        <source>Print the last order&apos;s tickets (%1)</source>
        <translation>Imprimir las entradas del último pedido (%1)</translation>
    </message>
    <message>
        <source>Save Tickets as &amp;PDF…</source>
        <translation>Guardar entradas como P&amp;DF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n seat(s) sold for %2.</source>
        <translation>
            <numerusform>Pedido %1: %n asiento vendido por %2.</numerusform>
            <numerusform>Pedido %1: %n asientos vendidos por %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change: %1.</source>
        <translation>Cambio: %1.</translation>
    </message>
    <message>
        <source>Could not save the tickets: %1</source>
        <translation>No se pudieron guardar las entradas: %1</translation>
    </message>
    <message>
        <source>Tickets saved to %1.</source>
        <translation>Entradas guardadas en %1.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Print &amp;Receipt…</source>
        <translation>Imprimir &amp;recibo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>Exchanging ticket %1: hold the new seat on the map, then press Exchange. Esc leaves.</source>
        <translation>Cambio de la entrada %1: reserve el nuevo asiento en el plano y pulse Cambiar. Esc para salir.</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;Vender</translation>
    </message>
    <message>
        <source>Hold exactly one seat for the exchange.</source>
        <translation>Reserve exactamente un asiento para el cambio.</translation>
    </message>
    <message>
        <source>A price difference of an exchange is paid in cash here.</source>
        <translation>Aquí la diferencia de precio de un cambio se paga en efectivo.</translation>
    </message>
    <message>
        <source>Ticket %1 exchanged for ticket %2.</source>
        <translation>Entrada %1 cambiada por la entrada %2.</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Pagado: %1.</translation>
    </message>
    <message>
        <source>Given back: %1.</source>
        <translation>Devuelto: %1.</translation>
    </message>
    <message>
        <source>Could not save the receipt: %1</source>
        <translation>No se pudo guardar el recibo: %1</translation>
    </message>
    <message>
        <source>Save the last order&apos;s tickets as a PDF (%1)</source>
        <translation>Guardar las entradas del último pedido como PDF (%1)</translation>
    </message>
    <message>
        <source>Print the last order&apos;s receipt (%1)</source>
        <translation>Imprimir el recibo del último pedido (%1)</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ServerConnection</name>
    <message>
        <source>The server does not speak protocol version %1 of this client. Install matching versions of client and server.</source>
        <translation>El servidor no habla la versión %1 del protocolo de este cliente. Instale versiones compatibles del cliente y del servidor.</translation>
    </message>
    <message>
        <source>The server speaks protocol version %1, this client version %2. Install matching versions of client and server.</source>
        <translation>El servidor habla la versión %1 del protocolo y este cliente la versión %2. Instale versiones compatibles del cliente y del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this system.</source>
        <translation>Este sistema no confía en el certificado del servidor.</translation>
    </message>
    <message>
        <source>The server presented a different certificate than the one you trusted. The connection was refused: someone may be intercepting it.</source>
        <translation>El servidor presentó un certificado distinto del que usted aprobó. Se rechazó la conexión: alguien podría estar interceptándola.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is invalid: %1</source>
        <translation>El certificado del servidor no es válido: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted; the connection was not made.</source>
        <translation>No se confió en el certificado del servidor; no se estableció la conexión.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SessionControls</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Sign in to a BoxOffice server</source>
        <translation>Iniciar sesión en un servidor BoxOffice</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>End your session on the server</source>
        <translation>Terminar su sesión en el servidor</translation>
    </message>
    <message>
        <source>S&amp;witch Clerk…</source>
        <translation>Cambiar de &amp;taquillero…</translation>
    </message>
    <message>
        <source>Switch Clerk</source>
        <translation>Cambiar de taquillero</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>The next clerk at this counter signs in; you are signed out</source>
        <translation>El siguiente taquillero de este mostrador inicia sesión; usted cierra la suya</translation>
    </message>
    <message>
        <source>%1 stays signed in until the next clerk signs in here.</source>
        <translation>%1 sigue con la sesión iniciada hasta que el siguiente taquillero inicie sesión aquí.</translation>
    </message>
    <message numerus="yes">
        <source>The %n seat(s) %1 holds stay held for %1 until the hold runs out; the next clerk cannot sell them.</source>
        <translation>
            <numerusform>La %n butaca que %1 tiene reservada sigue reservada para %1 hasta que la reserva caduque; el siguiente taquillero no puede venderla.</numerusform>
            <numerusform>Las %n butacas que %1 tiene reservadas siguen reservadas para %1 hasta que la reserva caduque; el siguiente taquillero no puede venderlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SessionListModel</name>
    <message>
        <source>(online buyer)</source>
        <translation>(comprador en línea)</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Signed In</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SessionsPanel</name>
    <message>
        <source>&amp;Revoke Session…</source>
        <translation>&amp;Revocar sesión…</translation>
    </message>
    <message>
        <source>End the selected session at once (%1)</source>
        <translation>Terminar de inmediato la sesión seleccionada (%1)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Reload the list of sessions (F5)</source>
        <translation>Recargar la lista de sesiones (F5)</translation>
    </message>
    <message>
        <source>The session was revoked; its holder has to sign in again.</source>
        <translation>Se revocó la sesión; su titular debe volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Revoke Session</source>
        <translation>Revocar sesión</translation>
    </message>
    <message>
        <source>End the session of %1 from %2? Their unsold holds are released when they expire.</source>
        <translation>¿Terminar la sesión de %1 desde %2? Sus reservas no vendidas se liberan al caducar.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ShiftReport</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Shift Report</source>
        <translation>Informe del turno</translation>
    </message>
    <message>
        <source>Clerk %1, shift %2, opened %3, closed %4</source>
        <translation>Cajero %1, turno %2, abierto %3, cerrado %4</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fondo de cambio</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>Efectivo cobrado</translation>
    </message>
    <message>
        <source>Cash refunded</source>
        <translation>Efectivo reembolsado</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>Por método de pago</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation>Imprimir el informe (%1)</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SignInDialog</name>
    <message>
        <source>&amp;Remember this server</source>
        <translation>&amp;Recordar este servidor</translation>
    </message>
    <message>
        <source>Sign In to BoxOffice</source>
        <translation>Iniciar sesión en BoxOffice</translation>
    </message>
    <message>
        <source>Sign in to BoxOffice</source>
        <translation>Iniciar sesión en BoxOffice</translation>
    </message>
    <message>
        <source>Use the staff account your administrator gave you.</source>
        <translation>Use la cuenta de personal que le dio su administrador.</translation>
    </message>
    <message>
        <source>wss://boxoffice.example.org</source>
        <translation>wss://boxoffice.example.org</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter a wss:// address (ws:// only for this computer).</source>
        <translation>Introduzca una dirección wss:// (ws:// solo para este equipo).</translation>
    </message>
    <message>
        <source>Unencrypted: the password would cross the network in clear. Use wss:// for other machines.</source>
        <translation>Sin cifrar: la contraseña viajaría en claro por la red. Use wss:// para otros equipos.</translation>
    </message>
    <message>
        <source>Encrypted connection (TLS).</source>
        <translation>Conexión cifrada (TLS).</translation>
    </message>
    <message>
        <source>Unencrypted connection on this computer.</source>
        <translation>Conexión sin cifrar en este equipo.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>Esperando su decisión sobre el certificado…</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::StandingAreaItem</name>
    <message>
        <source>%1 (standing): click, or choose it in Best available, to sell places</source>
        <translation>%1 (de pie): haga clic o elíjala en Mejores asientos disponibles para vender plazas</translation>
    </message>
    <message>
        <source>%1
%2 of %3 free</source>
        <translation>%1
%2 de %3 libres</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::TicketDocument</name>
    <message>
        <source>ADMISSION TICKET</source>
        <translation>ENTRADA</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Precio: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Sin código</translation>
    </message>
    <message>
        <source>Ticket %1 · valid for one admission</source>
        <translation>Entrada %1 · válida para un acceso</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::TicketOutput</name>
    <message>
        <source>Tickets %1</source>
        <translation>Entradas %1</translation>
    </message>
    <message>
        <source>Save Tickets as PDF</source>
        <translation>Guardar entradas como PDF</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>entradas-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Save Receipt as PDF</source>
        <translation>Guardar el recibo como PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>recibo-%1.pdf</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::UserDialog</name>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nueva &amp;contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>C&amp;onfirmar contraseña:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>C&amp;lerk: sells at the counter</source>
        <translation>&amp;Taquillero: vende en la taquilla</translation>
    </message>
    <message>
        <source>&amp;Organizer: venues, events, prices</source>
        <translation>&amp;Organizador: salas, eventos, precios</translation>
    </message>
    <message>
        <source>&amp;Fraud analyst: reviews flagged orders</source>
        <translation>Analista de &amp;fraude: revisa pedidos marcados</translation>
    </message>
    <message>
        <source>&amp;Administrator: staff, sessions, audit log</source>
        <translation>A&amp;dministrador: personal, sesiones, auditoría</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Create User</source>
        <translation>Crear usuario</translation>
    </message>
    <message>
        <source>Edit Roles</source>
        <translation>Editar roles</translation>
    </message>
    <message>
        <source>Save Roles</source>
        <translation>Guardar roles</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Introduzca un nombre de usuario.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>La contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Elija al menos un rol.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::UserListModel</name>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueado hasta las %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Failed Sign-ins</source>
        <translation>Inicios fallidos</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::UsersPanel</name>
    <message>
        <source>&amp;New User…</source>
        <translation>&amp;Nuevo usuario…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Create a staff account</source>
        <translation>Crear una cuenta de personal</translation>
    </message>
    <message>
        <source>Edit &amp;Roles…</source>
        <translation>Editar &amp;roles…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Change the roles of the selected user</source>
        <translation>Cambiar los roles del usuario seleccionado</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Disable or enable the selected account</source>
        <translation>Desactivar o activar la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>Establecer una nueva contraseña para el usuario seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Reload the list of users (F5)</source>
        <translation>Recargar la lista de usuarios (F5)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>User %1 was created.</source>
        <translation>Se creó el usuario %1.</translation>
    </message>
    <message>
        <source>The roles of %1 are now: %2.</source>
        <translation>Los roles de %1 son ahora: %2.</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 está desactivado y ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 vuelve a estar activado.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Se cambió la contraseña de %1.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::VenuesWorkspace</name>
    <message>
        <source>&amp;Venues</source>
        <translation>&amp;Recintos</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Venue layouts: drafts and published versions</source>
        <translation>Planos de recintos: borradores y versiones publicadas</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Recinto</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Asientos</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Recintos</translation>
    </message>
    <message>
        <source>The venues could not be loaded: %1</source>
        <translation>No se pudieron cargar los recintos: %1</translation>
    </message>
    <message>
        <source>Draft (revision %1)</source>
        <translation>Borrador (revisión %1)</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%n event(s))</source>
        <translation>
            <numerusform>Versión %1 (%n evento)</numerusform>
            <numerusform>Versión %1 (%n eventos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a venue&apos;s draft or one of its published versions.</source>
        <translation>Elija el borrador de un recinto o una de sus versiones publicadas.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>%1 could not be shown: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <source>the document is damaged</source>
        <translation>el documento está dañado</translation>
    </message>
    <message>
        <source>%1: %2 seats, %3 places in all; %4</source>
        <translation>%1: %2 asientos, %3 plazas en total; %4</translation>
    </message>
    <message>
        <source>ready to publish</source>
        <translation>listo para publicar</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before publishing</source>
        <translation>
            <numerusform>%n problema que resolver antes de publicar</numerusform>
            <numerusform>%n problemas que resolver antes de publicar</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in &amp;Designer</source>
        <translation>Abrir en el &amp;diseñador</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>The draft for editing, a published version read-only (Return or %1)</source>
        <translation>El borrador para editarlo, una versión publicada en solo lectura (Intro o %1)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Venue %1 · Draft</source>
        <translation>Recinto %1 · Borrador</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The draft has changes that are not saved. Close the designer anyway?</source>
        <translation>El borrador tiene cambios sin guardar. ¿Cerrar el diseñador de todos modos?</translation>
    </message>
</context>
<context>
    <name>LastSale</name>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1, fila %2, asiento %3</translation>
    </message>
</context>
<context>
    <name>MoveCommand</name>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
</context>
<context>
    <name>RotateCommand</name>
    <message>
        <source>Rotate</source>
        <translation>Girar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar a %1: %2</translation>
    </message>
    <message>
        <source>%1 is no administrator.</source>
        <translation>%1 no es administrador.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>No se pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <source>%1 is no organizer.</source>
        <translation>%1 no es organizador.</translation>
    </message>
</context>
</TS>
