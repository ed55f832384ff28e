<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoxOffice::Ui::CommandLine</name>
    <message>
        <source>BoxOffice desktop client: sell tickets at the counter on live seat maps.</source>
        <translation>Client de bureau BoxOffice : vendre des billets au guichet sur des plans de salle en direct.</translation>
    </message>
    <message>
        <source>Server address, for example ws://127.0.0.1:8080 (default; the environment variable BOXOFFICE_SERVER also sets it).</source>
        <translation>Adresse du serveur, par exemple ws://127.0.0.1:8080 (par défaut ; la variable d’environnement BOXOFFICE_SERVER la définit aussi).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Connect, wait until the event list is loaded (at most 10 s), save a picture of the main window to &lt;file&gt; (PNG) and exit. Exits with an error if the server could not be reached.</source>
        <translation>Se connecter, attendre le chargement de la liste des événements (10 s au plus), enregistrer une image de la fenêtre principale dans &lt;fichier&gt; (PNG) et quitter. Termine avec une erreur si le serveur était injoignable.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>User interface language, for example de, fr or es (default: the system language).</source>
        <translation>Langue de l’interface, par exemple de, fr ou es (par défaut : la langue du système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;: expected ws://host:port or wss://host:port.</source>
        <translation>Adresse de serveur non valide « %1 » : ws://hôte:port ou wss://hôte:port attendu.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot nécessite un nom de fichier.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <source>ws://host:port</source>
        <translation>ws://hôte:port</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>Unencrypted connection: use wss:// for servers on other machines.</source>
        <translation>Connexion non chiffrée : utilisez wss:// pour les serveurs sur d’autres machines.</translation>
    </message>
    <message>
        <source>For example ws://127.0.0.1:8080 or wss://boxoffice.example.org</source>
        <translation>Par exemple ws://127.0.0.1:8080 ou wss://boxoffice.example.org</translation>
    </message>
    <message>
        <source>Enter a ws:// or wss:// address.</source>
        <translation>Saisissez une adresse ws:// ou wss://.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ErrorText</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source>The server could not read a message from this client.</source>
        <translation>Le serveur n’a pas pu lire un message de ce client.</translation>
    </message>
    <message>
        <source>The server does not know this request.</source>
        <translation>Le serveur ne connaît pas cette requête.</translation>
    </message>
    <message>
        <source>The request contained an invalid value.</source>
        <translation>La requête contenait une valeur non valide.</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>La requête était trop volumineuse.</translation>
    </message>
    <message>
        <source>Client and server versions do not match.</source>
        <translation>Les versions du client et du serveur ne correspondent pas.</translation>
    </message>
    <message>
        <source>The session with the server was not set up.</source>
        <translation>La session avec le serveur n’a pas été établie.</translation>
    </message>
    <message>
        <source>This event does not exist.</source>
        <translation>Cet événement n’existe pas.</translation>
    </message>
    <message>
        <source>A seat does not exist in this venue.</source>
        <translation>Une place n’existe pas dans cette salle.</translation>
    </message>
    <message>
        <source>A seat was selected twice.</source>
        <translation>Une place a été sélectionnée deux fois.</translation>
    </message>
    <message>
        <source>Too many seats for one order.</source>
        <translation>Trop de places pour une seule commande.</translation>
    </message>
    <message>
        <source>A selected seat is no longer available.</source>
        <translation>Une place sélectionnée n’est plus disponible.</translation>
    </message>
    <message>
        <source>The reservation no longer exists.</source>
        <translation>La réservation n’existe plus.</translation>
    </message>
    <message>
        <source>The reservation has expired.</source>
        <translation>La réservation a expiré.</translation>
    </message>
    <message>
        <source>The reservation belongs to another counter.</source>
        <translation>La réservation appartient à un autre guichet.</translation>
    </message>
    <message>
        <source>The reservation cannot be extended any further.</source>
        <translation>La réservation ne peut plus être prolongée.</translation>
    </message>
    <message>
        <source>This event is not on sale now.</source>
        <translation>Cet événement n’est pas en vente actuellement.</translation>
    </message>
    <message>
        <source>No seats were selected.</source>
        <translation>Aucune place n’a été sélectionnée.</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>Le serveur est occupé. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>The server failed to process the request. Nothing was changed.</source>
        <translation>Le serveur n’a pas pu traiter la requête. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Unknown error (code %1).</source>
        <translation>Erreur inconnue (code %1).</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::EventListModel</name>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked</source>
        <translation>
            <numerusform>%n place bloquée</numerusform>
            <numerusform>%n places bloquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réservées</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendues</translation>
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
        <translation>Impossible de charger les événements : %1</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Connect to a BoxOffice server</source>
        <translation>Se connecter à un serveur BoxOffice</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Close the connection to the server</source>
        <translation>Fermer la connexion au serveur</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the list of events</source>
        <translation>Recharger la liste des événements</translation>
    </message>
    <message>
        <source>&amp;Find Event</source>
        <translation>&amp;Rechercher un événement</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit BoxOffice</source>
        <translation>Quitter BoxOffice</translation>
    </message>
    <message>
        <source>&amp;About BoxOffice</source>
        <translation>À &amp;propos de BoxOffice</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affi&amp;chage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Search events by name</source>
        <translation>Rechercher des événements par nom</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>About BoxOffice</source>
        <translation>À propos de BoxOffice</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BoxOffice %1&lt;/h3&gt;&lt;p&gt;Box-office and venue management: sell seats at the counter on live seat maps.&lt;/p&gt;&lt;p&gt;Protocol version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BoxOffice %1&lt;/h3&gt;&lt;p&gt;Billetterie et gestion de salles : vendre des places au guichet sur des plans de salle en direct.&lt;/p&gt;&lt;p&gt;Version du protocole %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Nouvelle tentative dans %n s.</numerusform>
            <numerusform>Nouvelle tentative dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Disconnected from %1. %2</source>
        <translation>Déconnecté de %1. %2</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Déconnecté de %1</translation>
    </message>
    <message>
        <source>unknown server</source>
        <translation>serveur inconnu</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Server: %1 · Node: %2</source>
        <translation>Serveur : %1 · Nœud : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 sur %n événement</numerusform>
            <numerusform>%1 sur %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting to %1. The list below may be out of date.</source>
        <translation>Reconnexion à %1. La liste ci-dessous n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>The connection to %1 is lost. The list below may be out of date.</source>
        <translation>La connexion à %1 est perdue. La liste ci-dessous n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Connect to a BoxOffice server to see its events.</source>
        <translation>Connectez-vous à un serveur BoxOffice pour voir ses événements.</translation>
    </message>
    <message>
        <source>Could not reach the server at %1.</source>
        <translation>Impossible de joindre le serveur à l’adresse %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Connexion à %1 en cours.</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Chargement des événements…</translation>
    </message>
    <message>
        <source>Asking %1 for its events.</source>
        <translation>Demande des événements à %1.</translation>
    </message>
    <message>
        <source>Could not load the events</source>
        <translation>Impossible de charger les événements</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <source>The server has no events yet.</source>
        <translation>Le serveur n’a encore aucun événement.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ServerConnection</name>
    <message>
        <source>The server does not speak protocol version %1 of this client. Install matching versions of client and server.</source>
        <translation>Le serveur ne parle pas la version %1 du protocole de ce client. Installez des versions correspondantes du client et du serveur.</translation>
    </message>
    <message>
        <source>The server speaks protocol version %1, this client version %2. Install matching versions of client and server.</source>
        <translation>Le serveur parle la version %1 du protocole, ce client la version %2. Installez des versions correspondantes du client et du serveur.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
</context>
</TS>
