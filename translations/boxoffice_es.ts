<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>Connect, wait until the event list is loaded (at most 10 s), save a picture of the main window to &lt;file&gt; (PNG) and exit. Exits with an error if the server could not be reached.</source>
        <translation>Conectar, esperar a que se cargue la lista de eventos (como máximo 10 s), guardar una imagen de la ventana principal en &lt;archivo&gt; (PNG) y salir. Termina con un error si no se pudo contactar con el servidor.</translation>
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
        <translation>Una butaca no existe en esta sala.</translation>
    </message>
    <message>
        <source>A seat was selected twice.</source>
        <translation>Una butaca se seleccionó dos veces.</translation>
    </message>
    <message>
        <source>Too many seats for one order.</source>
        <translation>Demasiadas butacas para un solo pedido.</translation>
    </message>
    <message>
        <source>A selected seat is no longer available.</source>
        <translation>Una butaca seleccionada ya no está disponible.</translation>
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
        <translation>No se seleccionó ninguna butaca.</translation>
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
            <numerusform>%n butaca bloqueada</numerusform>
            <numerusform>%n butacas bloqueadas</numerusform>
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
        <translation>Butacas</translation>
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
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Connect to a BoxOffice server</source>
        <translation>Conectar a un servidor BoxOffice</translation>
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
        <source>Reload the list of events</source>
        <translation>Volver a cargar la lista de eventos</translation>
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
        <source>Search events by name</source>
        <translation>Buscar eventos por nombre</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>About BoxOffice</source>
        <translation>Acerca de BoxOffice</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BoxOffice %1&lt;/h3&gt;&lt;p&gt;Box-office and venue management: sell seats at the counter on live seat maps.&lt;/p&gt;&lt;p&gt;Protocol version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BoxOffice %1&lt;/h3&gt;&lt;p&gt;Taquilla y gestión de recintos: venda butacas en taquilla sobre planos de sala en directo.&lt;/p&gt;&lt;p&gt;Versión del protocolo %2.&lt;/p&gt;</translation>
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
</context>
</TS>
