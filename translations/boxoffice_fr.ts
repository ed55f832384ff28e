<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoxOffice::Ui::AdminWorkspace</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>Audit &amp;Log</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
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
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>tout utilisateur</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>Query the audit log with this filter (Enter)</source>
        <translation>Interroger le journal d’audit avec ce filtre (Entrée)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file (%1)</source>
        <translation>Enregistrer les lignes affichées dans un fichier CSV (%1)</translation>
    </message>
    <message>
        <source>Select a row to see the complete before and after.</source>
        <translation>Sélectionnez une ligne pour voir l’état avant et après en entier.</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>Le début de la période est postérieur à sa fin.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n row(s); narrow the filter or raise the row limit to see more.</source>
        <translation>
            <numerusform>Affichage de la première ligne ; affinez le filtre ou augmentez la limite de lignes pour en voir plus.</numerusform>
            <numerusform>Affichage des %n premières lignes ; affinez le filtre ou augmentez la limite de lignes pour en voir plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3

Before:
%4

After:
%5</source>
        <translation>%1 · %2 · %3

Avant :
%4

Après :
%5</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>journal-audit-%1.csv</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::BestAvailableBar</name>
    <message>
        <source>Best available:</source>
        <translation>Meilleures places disponibles :</translation>
    </message>
    <message numerus="yes">
        <source> seat(s)</source>
        <comment>after the quantity</comment>
        <translation>
            <numerusform> place</numerusform>
            <numerusform> places</numerusform>
        </translation>
    </message>
    <message>
        <source>How many seats, next to each other (Alt+Q)</source>
        <translation>Nombre de places côte à côte (Alt+Q)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <source>Price category (Alt+C)</source>
        <translation>Catégorie de prix (Alt+G)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>Only seats in this section (Alt+N)</source>
        <translation>Uniquement les places de cette section (Alt+S)</translation>
    </message>
    <message>
        <source>Sectio&amp;n</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>&amp;Find Seats</source>
        <translation>&amp;Trouver des places</translation>
    </message>
    <message>
        <source>Hold the best seats together in the category (Return, Alt+F)</source>
        <translation>Réserver les meilleures places côte à côte dans la catégorie (Entrée, Alt+T)</translation>
    </message>
    <message>
        <source>Any section</source>
        <translation>Toutes les sections</translation>
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
        <translation>%1 (debout) · %2 · %3 sur %4 libres</translation>
    </message>
    <message>
        <source>%1 (standing) · %2</source>
        <translation>%1 (debout) · %2</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CardTokenizer</name>
    <message>
        <source>Card payments are not set up on this server.</source>
        <translation>Les paiements par carte ne sont pas configurés sur ce serveur.</translation>
    </message>
    <message>
        <source>The card was not accepted: check the number and the expiry.</source>
        <translation>La carte n’a pas été acceptée : vérifiez le numéro et la date d’expiration.</translation>
    </message>
    <message>
        <source>The payment gateway did not answer (%1).</source>
        <translation>La passerelle de paiement n’a pas répondu (%1).</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CartHolds</name>
    <message>
        <source>No longer held for you, removed from the cart: %1</source>
        <translation>Plus réservées pour vous, retirées du panier : %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n seat(s) can be held at once for this event.</source>
        <translation>
            <numerusform>Au plus %n place peut être réservée à la fois pour cet événement.</numerusform>
            <numerusform>Au plus %n places peuvent être réservées à la fois pour cet événement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those seats were just taken by someone else.</source>
        <translation>Ces places viennent d’être prises par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Taken by someone else just now: %1</source>
        <translation>Prises à l’instant par quelqu’un d’autre : %1</translation>
    </message>
    <message>
        <source>Could not hold the seats: %1</source>
        <translation>Impossible de réserver les places : %1</translation>
    </message>
    <message>
        <source>Could not release: %1</source>
        <translation>Impossible de libérer : %1</translation>
    </message>
    <message>
        <source>no seats together left that fit</source>
        <translation>plus aucune place côte à côte ne convient</translation>
    </message>
    <message>
        <source>Best available: %1</source>
        <translation>Meilleures places disponibles : %1</translation>
    </message>
    <message>
        <source>Could not extend: %1</source>
        <translation>Impossible de prolonger : %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>not as many places left in the area</source>
        <translation>plus assez de places libres dans la zone</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CartModel</name>
    <message>
        <source>Seat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CartPanel</name>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Delete releases the selected seat&apos;s hold</source>
        <translation>Suppr libère la réservation de la place sélectionnée</translation>
    </message>
    <message>
        <source>Release Seat</source>
        <translation>Libérer la place</translation>
    </message>
    <message>
        <source>No seats held.
Click seats on the map, drag around several, or use Best available.</source>
        <translation>Aucune place réservée.
Cliquez sur des places du plan, tracez un cadre autour de plusieurs ou utilisez « Meilleures places disponibles ».</translation>
    </message>
    <message>
        <source>&amp;Extend Hold</source>
        <translation>&amp;Prolonger la réservation</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Keep the seats longer, up to the event&apos;s limit</source>
        <translation>Garder les places plus longtemps, dans la limite fixée pour l’événement</translation>
    </message>
    <message>
        <source>&amp;Release All</source>
        <translation>Tout &amp;libérer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace</source>
        <translation>Ctrl+Shift+Backspace</translation>
    </message>
    <message>
        <source>Give every held seat back</source>
        <translation>Rendre toutes les places réservées</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;Vendre</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Sell the held seats</source>
        <translation>Vendre les places réservées</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) · Total %1</source>
        <translation>
            <numerusform>%n place · Total %1</numerusform>
            <numerusform>%n places · Total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold expires in %1 — extend or sell now</source>
        <translation>La réservation expire dans %1 — prolongez-la ou vendez maintenant</translation>
    </message>
    <message>
        <source>Seats held for %1</source>
        <translation>Places réservées encore %1</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CertificateDialog</name>
    <message>
        <source>Server Certificate Changed</source>
        <translation>Certificat du serveur modifié</translation>
    </message>
    <message>
        <source>Untrusted Server Certificate</source>
        <translation>Certificat de serveur non approuvé</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed</source>
        <translation>Le certificat de %1 a changé</translation>
    </message>
    <message>
        <source>You trusted another certificate for this server before. Someone may be intercepting the connection, or the server got a new certificate. The connection was refused.

Ask the server&apos;s administrator whether the certificate was replaced and compare the fingerprint below. To accept a new certificate, an administrator removes the old trust entry from this computer&apos;s settings.</source>
        <translation>Vous aviez approuvé un autre certificat pour ce serveur. Quelqu’un intercepte peut-être la connexion, ou le serveur a reçu un nouveau certificat. La connexion a été refusée.

Demandez à l’administrateur du serveur si le certificat a été remplacé et comparez l’empreinte ci-dessous. Pour accepter un nouveau certificat, un administrateur supprime l’ancienne approbation des paramètres de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 uses a certificate this computer does not trust</source>
        <translation>%1 utilise un certificat que cet ordinateur n’approuve pas</translation>
    </message>
    <message>
        <source>The certificate is self-signed or its issuer is unknown. Compare the fingerprint with the one your administrator gave you. If they match, you can trust this certificate for this server; it is remembered, and any other certificate for this server will be refused.</source>
        <translation>Le certificat est auto-signé ou son émetteur est inconnu. Comparez l’empreinte avec celle que votre administrateur vous a donnée. Si elles concordent, vous pouvez approuver ce certificat pour ce serveur ; il est mémorisé, et tout autre certificat pour ce serveur sera refusé.</translation>
    </message>
    <message>
        <source>The certificate of %1 is invalid</source>
        <translation>Le certificat de %1 n’est pas valide</translation>
    </message>
    <message>
        <source>The certificate cannot be accepted: %1</source>
        <translation>Le certificat ne peut pas être accepté : %1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valide :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>New SHA-256:</source>
        <translation>Nouveau SHA-256 :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Trusted SHA-256:</source>
        <translation>SHA-256 approuvé :</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>Signalé :</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>&amp;Approuver ce certificat</translation>
    </message>
</context>
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
    <message>
        <source>Sign in (with --user and BOXOFFICE_PASSWORD), wait until the workspace is loaded (at most 10 s), save a picture of the main window to &lt;file&gt; (PNG) and exit. Without a user, saves a picture of the sign-in dialog. Exits with an error if the server could not be reached or the sign-in failed.</source>
        <translation>Se connecter (avec --user et BOXOFFICE_PASSWORD), attendre le chargement de l’espace de travail (10 s au plus), enregistrer une image de la fenêtre principale dans &lt;fichier&gt; (PNG) et quitter. Sans utilisateur, enregistre une image de la boîte de connexion. Se termine par une erreur si le serveur est injoignable ou si la connexion a échoué.</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt; without the sign-in dialog (the environment variable BOXOFFICE_USER also sets it). The password is read from the environment variable BOXOFFICE_PASSWORD, never from the command line.</source>
        <translation>Se connecter en tant que &lt;nom&gt; sans la boîte de connexion (la variable d’environnement BOXOFFICE_USER le définit aussi). Le mot de passe est lu dans la variable d’environnement BOXOFFICE_PASSWORD, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Trust the server&apos;s self-signed certificate if, and only if, its SHA-256 fingerprint is &lt;sha256&gt; (hex, colons allowed), as scripts/demo prints it; it is then pinned as if accepted in the trust dialog. Any other certificate is refused.</source>
        <translation>Faire confiance au certificat auto-signé du serveur si, et seulement si, son empreinte SHA-256 est &lt;sha256&gt; (hexadécimal, deux-points permis), telle que scripts/demo l’affiche ; il est alors épinglé comme s’il avait été accepté dans la boîte de dialogue de confiance. Tout autre certificat est refusé.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>--trust-fingerprint needs a SHA-256 fingerprint: 64 hex digits.</source>
        <translation>--trust-fingerprint attend une empreinte SHA-256 : 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>After signing in, open the seat map of the event with this number (with --screenshot: wait until the map is live, then save the picture).</source>
        <translation>Après la connexion, ouvrir le plan de salle de l’événement portant ce numéro (avec --screenshot : attendre que le plan soit en direct, puis enregistrer l’image).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>With --event: hold &lt;n&gt; best-available seats of the first price category once the map is live, as a clerk&apos;s Return in the best-available bar would (for demonstrations and screenshots; the hold expires like any other).</source>
        <translation>Avec --event : dès que le plan est en direct, réserver les &lt;n&gt; meilleures places disponibles de la première catégorie de prix, comme le ferait un guichetier en appuyant sur Entrée dans la barre des meilleures places disponibles (pour les démonstrations et les captures d’écran ; la réservation expire comme toute autre).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--event needs an event number, for example --event 1.</source>
        <translation>--event nécessite un numéro d’événement, par exemple --event 1.</translation>
    </message>
    <message>
        <source>--hold-best needs a number of seats from 1 to 100.</source>
        <translation>--hold-best nécessite un nombre de places entre 1 et 100.</translation>
    </message>
    <message>
        <source>--hold-best needs --event.</source>
        <translation>--hold-best nécessite --event.</translation>
    </message>
    <message>
        <source>Workspace to show after signing in: events (default), admin, or designer (with --venue).</source>
        <translation>Espace de travail affiché après la connexion : events (par défaut), admin ou designer (avec --venue).</translation>
    </message>
    <message>
        <source>With --workspace designer: open the draft of the venue with this number in the designer (organizers and admins).</source>
        <translation>Avec --workspace designer : ouvrir le brouillon de la salle portant ce numéro dans le concepteur (organisateurs et administrateurs).</translation>
    </message>
    <message>
        <source>Unknown workspace &quot;%1&quot;: expected events, admin or designer.</source>
        <translation>Espace de travail « %1 » inconnu : events, admin ou designer attendu.</translation>
    </message>
    <message>
        <source>--venue needs a venue number, for example --venue 1.</source>
        <translation>--venue attend un numéro de salle, par exemple --venue 1.</translation>
    </message>
    <message>
        <source>--workspace designer and --venue go together.</source>
        <translation>--workspace designer et --venue vont ensemble.</translation>
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
    <name>BoxOffice::Ui::ConnectionBanner</name>
    <message>
        <source>Retry Now</source>
        <translation>Réessayer maintenant</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::CounterCheckout</name>
    <message>
        <source>The order could not be created: %1</source>
        <translation>Impossible de créer la commande : %1</translation>
    </message>
    <message>
        <source>The connection dropped during the payment. Press Sell again when it is back: nothing is charged twice.</source>
        <translation>La connexion a été perdue pendant le paiement. Appuyez de nouveau sur « Vendre » quand elle est rétablie : rien n’est débité deux fois.</translation>
    </message>
    <message>
        <source>The payment was declined: %1</source>
        <translation>Le paiement a été refusé : %1</translation>
    </message>
    <message>
        <source>The sale did not go through: %1</source>
        <translation>La vente n’a pas abouti : %1</translation>
    </message>
    <message>
        <source>The exchange did not go through: %1</source>
        <translation>L’échange n’a pas abouti : %1</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerLegend</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Return paints the category onto the selection</source>
        <translation>Entrée applique la catégorie à la sélection</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Aucune catégorie</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerProblems</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: ready to publish.</source>
        <translation>Aucun problème : prêt à publier.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) with the same section, row and number</source>
        <translation>
            <numerusform>%n siège avec la même section, le même rang et le même numéro</numerusform>
            <numerusform>%n sièges avec la même section, le même rang et le même numéro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) closer than a seat&apos;s width</source>
        <translation>
            <numerusform>%n siège plus proche que la largeur d&apos;un siège</numerusform>
            <numerusform>%n sièges plus proches que la largeur d&apos;un siège</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) without a price category</source>
        <translation>
            <numerusform>%n siège sans catégorie de prix</numerusform>
            <numerusform>%n sièges sans catégorie de prix</numerusform>
        </translation>
    </message>
    <message>
        <source>A standing area without a price category</source>
        <translation>Une zone debout sans catégorie de prix</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) or areas with a category that is not listed</source>
        <translation>
            <numerusform>%n siège ou zone avec une catégorie qui n&apos;est pas dans la liste</numerusform>
            <numerusform>%n sièges ou zones avec une catégorie qui n&apos;est pas dans la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without seats</source>
        <translation>
            <numerusform>%n rang sans sièges</numerusform>
            <numerusform>%n rangs sans sièges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) without seats or places</source>
        <translation>
            <numerusform>%n section sans sièges ni places</numerusform>
            <numerusform>%n sections sans sièges ni places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) without seats</source>
        <translation>
            <numerusform>%n table sans sièges</numerusform>
            <numerusform>%n tables sans sièges</numerusform>
        </translation>
    </message>
    <message>
        <source>A standing area without capacity</source>
        <translation>Une zone debout sans capacité</translation>
    </message>
    <message>
        <source>Nothing to sell: no seats and no standing places</source>
        <translation>Rien à vendre : ni sièges ni places debout</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerProperties</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Why the view is restricted</source>
        <translation>Pourquoi la vue est réduite</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Section :</translation>
    </message>
    <message>
        <source>Nothing selected. Click a seat, drag a rectangle, or press Ctrl+A.</source>
        <translation>Rien de sélectionné. Cliquez sur un siège, tracez un rectangle ou appuyez sur Ctrl+A.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n siège</numerusform>
            <numerusform>%n sièges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rang</numerusform>
            <numerusform>%n rangs</numerusform>
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
            <numerusform>%n autre objet</numerusform>
            <numerusform>%n autres objets</numerusform>
        </translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;uméro :</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Rang :</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>There is already a section named %1.</source>
        <translation>Il existe déjà une section nommée %1.</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Renumber Seat</source>
        <translation>Renuméroter le siège</translation>
    </message>
    <message>
        <source>Set Capacity</source>
        <translation>Définir la capacité</translation>
    </message>
    <message>
        <source>Set Note</source>
        <translation>Définir la note</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::DesignerWorkspace</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
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
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Publish the draft as a new version</source>
        <translation>Publier le brouillon comme nouvelle version</translation>
    </message>
    <message>
        <source>&amp;Close Designer</source>
        <translation>&amp;Fermer le concepteur</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Ne &amp;rien sélectionner</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Select &amp;Row</source>
        <translation>Sélectionner le &amp;rang</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Select the whole rows and tables of the selected seats</source>
        <translation>Sélectionner les rangs et tables entiers des sièges sélectionnés</translation>
    </message>
    <message>
        <source>Select S&amp;ection</source>
        <translation>Sélectionner la s&amp;ection</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Select the whole sections of the selection</source>
        <translation>Sélectionner les sections entières de la sélection</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Pivoter à &amp;gauche</translation>
    </message>
    <message>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <source>Rotate the selection 15° anticlockwise</source>
        <translation>Pivoter la sélection de 15° dans le sens antihoraire</translation>
    </message>
    <message>
        <source>Rotate R&amp;ight</source>
        <translation>Pivoter à &amp;droite</translation>
    </message>
    <message>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <source>Rotate the selection 15° clockwise</source>
        <translation>Pivoter la sélection de 15° dans le sens horaire</translation>
    </message>
    <message>
        <source>Rotate Left 1°</source>
        <translation>Pivoter de 1° à gauche</translation>
    </message>
    <message>
        <source>Alt+[</source>
        <translation>Alt+[</translation>
    </message>
    <message>
        <source>Rotate Right 1°</source>
        <translation>Pivoter de 1° à droite</translation>
    </message>
    <message>
        <source>Alt+]</source>
        <translation>Alt+]</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Aligner sur la &amp;grille</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Moves land on the grid; the arrow keys move by one step</source>
        <translation>Les déplacements tombent sur la grille ; les flèches déplacent d&apos;un pas</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Go to the Plan</source>
        <translation>Aller au plan</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Go to the Problems</source>
        <translation>Aller aux problèmes</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Go to the Properties</source>
        <translation>Aller aux propriétés</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Go to the Categories</source>
        <translation>Aller aux catégories</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Paint &amp;Category…</source>
        <translation>Appliquer une &amp;catégorie…</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Give the selected seats a price category</source>
        <translation>Donner une catégorie de prix aux sièges sélectionnés</translation>
    </message>
    <message>
        <source>&amp;New Category…</source>
        <translation>&amp;Nouvelle catégorie…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Wheelchair Space</source>
        <translation>Place &amp;fauteuil roulant</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Mark or unmark the selected seats as wheelchair spaces</source>
        <translation>Marquer ou démarquer les sièges sélectionnés comme places pour fauteuil roulant</translation>
    </message>
    <message>
        <source>C&amp;ompanion Seat</source>
        <translation>Siège d&apos;&amp;accompagnateur</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Mark or unmark the selected seats as companion seats</source>
        <translation>Marquer ou démarquer les sièges sélectionnés comme sièges d&apos;accompagnateur</translation>
    </message>
    <message>
        <source>Restricted &amp;View</source>
        <translation>&amp;Visibilité réduite</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Mark or unmark the selected seats as having a restricted view (the note is in Properties)</source>
        <translation>Marquer ou démarquer les sièges sélectionnés comme ayant une visibilité réduite (la note est dans Propriétés)</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Profondeur :</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>Scè&amp;ne</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Place the stage</source>
        <translation>Placer la scène</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Add a text label</source>
        <translation>Ajouter un libellé</translation>
    </message>
    <message>
        <source>S&amp;hape</source>
        <translation>&amp;Forme</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Add an aisle, a wall or an entrance</source>
        <translation>Ajouter une allée, un mur ou une entrée</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Scène</translation>
    </message>
    <message>
        <source>Place Stage</source>
        <translation>Placer la scène</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur :</translation>
    </message>
    <message>
        <source>&amp;Rotation (°):</source>
        <translation>&amp;Rotation (°) :</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Ajouter un libellé</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Aisle</source>
        <translation>Allée</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Longueur :</translation>
    </message>
    <message>
        <source>&amp;Width (0: a line):</source>
        <translation>&amp;Largeur (0 : une ligne) :</translation>
    </message>
    <message>
        <source>Add Shape</source>
        <translation>Ajouter une forme</translation>
    </message>
    <message>
        <source>Paint Category</source>
        <translation>Appliquer une catégorie</translation>
    </message>
    <message>
        <source>&amp;Category for the selection:</source>
        <translation>&amp;Catégorie pour la sélection :</translation>
    </message>
    <message>
        <source>New Category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>&amp;Colour (#rrggbb, empty: chosen for you):</source>
        <translation>&amp;Couleur (#rrggbb, vide : choisie pour vous) :</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>the document is damaged</source>
        <translation>le document est endommagé</translation>
    </message>
    <message>
        <source>Venue plan</source>
        <translation>Plan de salle</translation>
    </message>
    <message>
        <source>published, read-only</source>
        <translation>publié, en lecture seule</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 seats, %2 places</source>
        <translation>%1 sièges, %2 places</translation>
    </message>
    <message>
        <source>ready to publish</source>
        <translation>prêt à publier</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before publishing</source>
        <translation>
            <numerusform>%n problème à résoudre avant de publier</numerusform>
            <numerusform>%n problèmes à résoudre avant de publier</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the draft was saved by someone else since revision %1 (it is at revision %2 now: %3). Your changes are still here; reopen the draft from the venue list to see theirs.</source>
        <translation>Non enregistré : le brouillon a été enregistré par quelqu&apos;un d&apos;autre depuis la révision %1 (il est maintenant à la révision %2 : %3). Vos modifications sont toujours là ; rouvrez le brouillon depuis la liste des salles pour voir les leurs.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>Enregistré comme révision %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n problem(s) to solve first (listed under Problems).</source>
        <translation>
            <numerusform>Non publié : %n problème à résoudre d&apos;abord (listé sous Problèmes).</numerusform>
            <numerusform>Non publié : %n problèmes à résoudre d&apos;abord (listés sous Problèmes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Non publié : %1</translation>
    </message>
    <message>
        <source>Published as version %1 (%2 places).</source>
        <translation>Publié comme version %1 (%2 places).</translation>
    </message>
    <message>
        <source>Paint %1</source>
        <translation>Appliquer %1</translation>
    </message>
    <message>
        <source>Remove Category</source>
        <translation>Retirer la catégorie</translation>
    </message>
    <message>
        <source>Clear Flag</source>
        <translation>Retirer l&apos;indicateur</translation>
    </message>
    <message>
        <source>Set Flag</source>
        <translation>Définir l&apos;indicateur</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloc</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Add a block of rows</source>
        <translation>Ajouter un bloc de rangs</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>&amp;Rang</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Add a single row</source>
        <translation>Ajouter un rang seul</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Add a table with its seats</source>
        <translation>Ajouter une table avec ses sièges</translation>
    </message>
    <message>
        <source>Standing &amp;Area</source>
        <translation>&amp;Zone debout</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Add a standing (general admission) area</source>
        <translation>Ajouter une zone debout (placement libre)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Nothing added: %1</source>
        <translation>Rien d’ajouté : %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Block of Rows</source>
        <translation>Bloc de rangs</translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation>S&amp;ection :</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Rangs :</translation>
    </message>
    <message>
        <source>&amp;Seats per row:</source>
        <translation>Si&amp;èges par rang :</translation>
    </message>
    <message>
        <source>Seats &amp;added per row:</source>
        <translation>Sièges &amp;ajoutés par rang :</translation>
    </message>
    <message>
        <source>Seat s&amp;pacing:</source>
        <translation>Écart entre &amp;sièges :</translation>
    </message>
    <message>
        <source>Row spa&amp;cing:</source>
        <translation>Écart entre ran&amp;gs :</translation>
    </message>
    <message>
        <source>S&amp;hape:</source>
        <translation>&amp;Forme :</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Curved</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Skewed</source>
        <translation>Décalé</translation>
    </message>
    <message>
        <source>Ra&amp;dius (curved):</source>
        <translation>Ra&amp;yon (courbe) :</translation>
    </message>
    <message>
        <source>S&amp;kew per row:</source>
        <translation>Décala&amp;ge par rang :</translation>
    </message>
    <message>
        <source>R&amp;otation (°):</source>
        <translation>R&amp;otation (°) :</translation>
    </message>
    <message>
        <source>Row &amp;labels:</source>
        <translation>&amp;Noms des rangs :</translation>
    </message>
    <message>
        <source>A, B, C …</source>
        <translation>A, B, C …</translation>
    </message>
    <message>
        <source>A, B, C … without I and O</source>
        <translation>A, B, C … sans I ni O</translation>
    </message>
    <message>
        <source>1, 2, 3 …</source>
        <translation>1, 2, 3 …</translation>
    </message>
    <message>
        <source>&amp;First row:</source>
        <translation>&amp;Premier rang :</translation>
    </message>
    <message>
        <source>&amp;Numbering:</source>
        <translation>N&amp;umérotation :</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>De droite à gauche</translation>
    </message>
    <message>
        <source>Odd and even from the centre</source>
        <translation>Impairs et pairs depuis le centre</translation>
    </message>
    <message>
        <source>First n&amp;umber:</source>
        <translation>Premier numé&amp;ro :</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Ajouter un rang</translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation>Ajouter un bloc</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Rectangular</source>
        <translation>Rectangulaire</translation>
    </message>
    <message>
        <source>&amp;Depth (rectangular):</source>
        <translation>&amp;Profondeur (rectangulaire) :</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Sièges :</translation>
    </message>
    <message>
        <source>Add Table</source>
        <translation>Ajouter une table</translation>
    </message>
    <message>
        <source>Standing Area</source>
        <translation>Zone debout</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>Add Standing Area</source>
        <translation>Ajouter une zone debout</translation>
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
    <message>
        <source>You are not signed in.</source>
        <translation>Vous n’êtes pas connecté.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the user name and password; after repeated failures each further attempt has to wait a little longer.</source>
        <translation>Échec de la connexion. Vérifiez le nom d’utilisateur et le mot de passe ; après des échecs répétés, chaque nouvelle tentative doit attendre un peu plus longtemps.</translation>
    </message>
    <message>
        <source>Too many attempts in a short time. Please wait a moment and try again.</source>
        <translation>Trop de tentatives en peu de temps. Veuillez patienter un instant et réessayer.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session est terminée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>There is no user with this name.</source>
        <translation>Aucun utilisateur ne porte ce nom.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>Un utilisateur portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 12 characters.</source>
        <translation>Le mot de passe est trop court : utilisez au moins 12 caractères.</translation>
    </message>
    <message>
        <source>There is no such order.</source>
        <translation>Cette commande n’existe pas.</translation>
    </message>
    <message>
        <source>The order cannot do that in its present state.</source>
        <translation>Impossible dans l’état actuel de la commande.</translation>
    </message>
    <message>
        <source>The payment was declined.</source>
        <translation>Le paiement a été refusé.</translation>
    </message>
    <message>
        <source>The payment service is not available; nothing was charged.</source>
        <translation>Le service de paiement est indisponible ; rien n’a été débité.</translation>
    </message>
    <message>
        <source>The amount tendered is less than the total.</source>
        <translation>Le montant remis est inférieur au total.</translation>
    </message>
    <message>
        <source>Open a shift first.</source>
        <translation>Ouvrez d’abord une session de caisse.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Not a valid ticket: forged or damaged code.</source>
        <translation>Billet non valide : code falsifié ou endommagé.</translation>
    </message>
    <message>
        <source>This ticket has already been admitted.</source>
        <translation>Ce billet a déjà été contrôlé.</translation>
    </message>
    <message>
        <source>This ticket was refunded or exchanged.</source>
        <translation>Ce billet a été remboursé ou échangé.</translation>
    </message>
    <message>
        <source>This ticket is not known here.</source>
        <translation>Ce billet est inconnu ici.</translation>
    </message>
    <message>
        <source>You already have an open shift: close it first.</source>
        <translation>Vous avez déjà une session de caisse ouverte : clôturez-la d’abord.</translation>
    </message>
    <message>
        <source>This session holds as many seats of this event as it may: sell or release some first.</source>
        <translation>Cette session réserve déjà autant de places de cet événement qu’elle le peut : vendez-en ou libérez-en d’abord.</translation>
    </message>
    <message>
        <source>The server no longer supports this request: update the application.</source>
        <translation>Le serveur ne prend plus en charge cette demande : mettez l’application à jour.</translation>
    </message>
    <message>
        <source>This event has a waiting room: join the queue first.</source>
        <translation>Cet événement a une salle d’attente : rejoignez d’abord la file.</translation>
    </message>
    <message>
        <source>This queue ticket or admission is not valid here.</source>
        <translation>Ce ticket de file ou cette admission n’est pas valable ici.</translation>
    </message>
    <message>
        <source>It is not your turn yet: please keep waiting.</source>
        <translation>Ce n’est pas encore votre tour : veuillez patienter.</translation>
    </message>
    <message>
        <source>Your shopping time has ended.</source>
        <translation>Votre temps d’achat est écoulé.</translation>
    </message>
    <message>
        <source>There is no such venue.</source>
        <translation>Cette salle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Someone else saved this venue&apos;s draft in the meantime; nothing was saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré entre-temps le brouillon de cette salle ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The layout has problems to solve before it can be published.</source>
        <translation>Le plan comporte des problèmes à résoudre avant de pouvoir être publié.</translation>
    </message>
    <message>
        <source>The layout document could not be read.</source>
        <translation>Le document du plan n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>There is no such version of this venue&apos;s layout.</source>
        <translation>Cette version du plan de la salle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The event has held, sold or blocked seats, or orders; it keeps its layout.</source>
        <translation>L&apos;événement a des places réservées, vendues ou bloquées, ou des commandes ; il garde son plan.</translation>
    </message>
    <message>
        <source>An event can only move to a newer layout version.</source>
        <translation>Un événement ne peut passer qu&apos;à une version plus récente du plan.</translation>
    </message>
    <message>
        <source>That layout version has standing areas, which events cannot sell yet; the event keeps its layout.</source>
        <translation>Cette version du plan de salle comporte des zones debout, que les événements ne peuvent pas encore vendre ; l&apos;événement garde son plan.</translation>
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
    <message>
        <source>Free by category</source>
        <translation>Disponibles par catégorie</translation>
    </message>
    <message>
        <source>%1 (%2): %3 free</source>
        <translation>%1 (%2) : %3 libre(s)</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::EventTable</name>
    <message>
        <source>&amp;Open Seat Map</source>
        <translation>&amp;Ouvrir le plan de salle</translation>
    </message>
    <message>
        <source>Sell seats of the selected event (Return)</source>
        <translation>Vendre des places de l’événement sélectionné (Entrée)</translation>
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
        <source>Retry Now</source>
        <translation>Réessayer maintenant</translation>
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
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Users, sessions and the audit log</source>
        <translation>Utilisateurs, sessions et journal d’audit</translation>
    </message>
    <message>
        <source>Reload what the workspace shows</source>
        <translation>Recharger le contenu de l’espace de travail</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Connecté en tant que %1 · %2</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Sign in to %1 to see its events.</source>
        <translation>Connectez-vous à %1 pour voir ses événements.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>BoxOffice will speak %1 from its next start.</source>
        <translation>BoxOffice parlera %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>Words of the name, the venue or the date (%1)</source>
        <translation>Mots du nom, de la salle ou de la date (%1)</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>30 prochains jours</translation>
    </message>
    <message>
        <source>Show events of these days only</source>
        <translation>Afficher uniquement les événements de ces jours</translation>
    </message>
    <message>
        <source>Search by name, venue or date</source>
        <translation>Rechercher par nom, salle ou date</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>&amp;Contrôle d’accès</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Scan tickets at the door</source>
        <translation>Scanner les billets à l’entrée</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Contrôle d’accès</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Find orders, refund, exchange, and cash shifts</source>
        <translation>Rechercher des commandes, rembourser, échanger et sessions de caisse</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Exchanging ticket %1: open the event of the new seat, or sign out to give up.</source>
        <translation>Échange du billet %1 : ouvrez l’événement de la nouvelle place, ou déconnectez-vous pour abandonner.</translation>
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
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Paid (card capture pending)</source>
        <translation>Payée (débit de la carte en attente)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Partiellement remboursée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::OrderTicketModel</name>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>Échangé</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admis</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::OrderWorkspace</name>
    <message>
        <source>&amp;Find Order</source>
        <translation>&amp;Rechercher une commande</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Find orders by number, name, e-mail, phone or a scanned ticket code</source>
        <translation>Rechercher des commandes par numéro, nom, e-mail, téléphone ou code de billet scanné</translation>
    </message>
    <message>
        <source>Refund &amp;Selected Tickets…</source>
        <translation>Rembourser les billets &amp;sélectionnés…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Give back the money of the checked tickets</source>
        <translation>Rembourser l’argent des billets cochés</translation>
    </message>
    <message>
        <source>Refund &amp;Whole Order…</source>
        <translation>Rembourser toute la comma&amp;nde…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Give back the money of every valid ticket of the order</source>
        <translation>Rembourser l’argent de tous les billets valides de la commande</translation>
    </message>
    <message>
        <source>&amp;Print Tickets…</source>
        <translation>&amp;Imprimer les billets…</translation>
    </message>
    <message>
        <source>Print the order&apos;s valid tickets again</source>
        <translation>Réimprimer les billets valides de la commande</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the order&apos;s valid tickets as a PDF</source>
        <translation>Enregistrer les billets valides de la commande en PDF</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>É&amp;changer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Exchange the selected ticket: opens the seat map to pick the new seat</source>
        <translation>Échanger le billet sélectionné : ouvre le plan de salle pour choisir la nouvelle place</translation>
    </message>
    <message>
        <source>&amp;Open Shift…</source>
        <translation>&amp;Ouvrir la session de caisse…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Start a cash shift with the float in the drawer</source>
        <translation>Ouvrir une session de caisse avec le fonds de caisse du tiroir</translation>
    </message>
    <message>
        <source>&amp;Close Shift…</source>
        <translation>&amp;Clôturer la session de caisse…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Count the drawer and close the cash shift</source>
        <translation>Compter le tiroir et clôturer la session de caisse</translation>
    </message>
    <message>
        <source>Order number, name, e-mail, phone or ticket code</source>
        <translation>Numéro de commande, nom, e-mail, téléphone ou code de billet</translation>
    </message>
    <message>
        <source>Return searches.</source>
        <translation>Entrée lance la recherche.</translation>
    </message>
    <message>
        <source>Cash Shift</source>
        <translation>Session de caisse</translation>
    </message>
    <message>
        <source>Check the tickets to refund; select one to exchange it.</source>
        <translation>Cochez les billets à rembourser ; sélectionnez-en un pour l’échanger.</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Billets</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>P&amp;ayments</source>
        <translation>&amp;Paiements</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>To exchange a ticket, select it and choose Exchange… (%1): the seat map opens, hold the new seat there and confirm. A dearer seat is paid there, a cheaper one refunded.</source>
        <translation>Pour échanger un billet, sélectionnez-le et choisissez « Échanger… » (%1) : le plan de salle s’ouvre ; réservez-y la nouvelle place et confirmez. Une place plus chère y est payée, une moins chère remboursée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>« %1 » n’est pas un montant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount, for example %2.
%3</source>
        <translation>« %1 » n’est pas un montant, par exemple %2.
%3</translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation>Impossible de rechercher : %1</translation>
    </message>
    <message>
        <source>No order matches &quot;%1&quot;.</source>
        <translation>Aucune commande ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Could not load the order: %1</source>
        <translation>Impossible de charger la commande : %1</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>Aucune commande sélectionnée</translation>
    </message>
    <message>
        <source>Order %1 — %2 — %3</source>
        <translation>Commande %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Order %1 — %2 — %3 — %4</source>
        <translation>Commande %1 — %2 — %3 — %4</translation>
    </message>
    <message>
        <source>Customer: %1
Sold %2 by %3</source>
        <translation>Client : %1
Vendue le %2 par %3</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>the web shop</source>
        <translation>la boutique en ligne</translation>
    </message>
    <message>
        <source>tendered %1</source>
        <translation>remis %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>rendu %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>avant : %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>après : %1</translation>
    </message>
    <message>
        <source>Check the tickets to refund first.</source>
        <translation>Cochez d’abord les billets à rembourser.</translation>
    </message>
    <message numerus="yes">
        <source>Refund the whole order %1: %n ticket(s), %2?</source>
        <translation>
            <numerusform>Rembourser toute la commande %1 : %n billet, %2 ?</numerusform>
            <numerusform>Rembourser toute la commande %1 : %n billets, %2 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refund %n ticket(s) of order %1: %2?</source>
        <translation>
            <numerusform>Rembourser %n billet de la commande %1 : %2 ?</numerusform>
            <numerusform>Rembourser %n billets de la commande %1 : %2 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>The money goes back the way it was paid; the tickets stop admitting.</source>
        <translation>L’argent est rendu par le moyen de paiement d’origine ; les billets ne donnent plus accès.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Remboursement en cours…</translation>
    </message>
    <message>
        <source>The refund failed: %1</source>
        <translation>Le remboursement a échoué : %1</translation>
    </message>
    <message>
        <source>%1 in cash from the drawer</source>
        <translation>%1 en espèces depuis le tiroir-caisse</translation>
    </message>
    <message>
        <source>%1 to the card FAILED: the gateway refused it, call a supervisor</source>
        <translation>%1 sur la carte ÉCHOUÉ : la passerelle l’a refusé, appelez un responsable</translation>
    </message>
    <message>
        <source>%1 to the card (the gateway is confirming it)</source>
        <translation>%1 sur la carte (la passerelle le confirme)</translation>
    </message>
    <message>
        <source>%1 to the card</source>
        <translation>%1 sur la carte</translation>
    </message>
    <message>
        <source>nothing for complimentary tickets</source>
        <translation>rien pour les invitations</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message numerus="yes">
        <source>Refunded %n ticket(s): %1 paid back</source>
        <translation>
            <numerusform>%n billet remboursé : %1 rendu</numerusform>
            <numerusform>%n billets remboursés : %1 rendu</numerusform>
        </translation>
    </message>
    <message>
        <source>(This refund had already been made; nothing was paid twice.)</source>
        <translation>(Ce remboursement avait déjà été effectué ; rien n’a été payé deux fois.)</translation>
    </message>
    <message>
        <source>This order has no valid tickets to print.</source>
        <translation>Cette commande n’a aucun billet valide à imprimer.</translation>
    </message>
    <message>
        <source>This order has no valid tickets to save.</source>
        <translation>Cette commande n’a aucun billet valide à enregistrer.</translation>
    </message>
    <message>
        <source>Could not save the tickets: %1</source>
        <translation>Impossible d’enregistrer les billets : %1</translation>
    </message>
    <message>
        <source>Tickets saved to %1.</source>
        <translation>Billets enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Select the ticket to exchange first.</source>
        <translation>Sélectionnez d’abord le billet à échanger.</translation>
    </message>
    <message>
        <source>Only a valid ticket can be exchanged.</source>
        <translation>Seul un billet valide peut être échangé.</translation>
    </message>
    <message>
        <source>Exchanging ticket %1: hold the new seat on the seat map.</source>
        <translation>Échange du billet %1 : réservez la nouvelle place sur le plan de salle.</translation>
    </message>
    <message>
        <source>Shift unknown: %1</source>
        <translation>Session de caisse inconnue : %1</translation>
    </message>
    <message>
        <source>No open shift.</source>
        <translation>Aucune session de caisse ouverte.</translation>
    </message>
    <message>
        <source>Shift open since %1
Float: %2
Expected cash so far: %3</source>
        <translation>Session de caisse ouverte depuis %1
Fonds de caisse : %2
Espèces attendues à ce stade : %3</translation>
    </message>
    <message>
        <source>Last shift closed %1: counted %2, difference %3</source>
        <translation>Dernière session clôturée %1 : compté %2, écart %3</translation>
    </message>
    <message>
        <source>Open Shift</source>
        <translation>Ouvrir la session de caisse</translation>
    </message>
    <message>
        <source>Cash in the drawer (float):</source>
        <translation>Espèces dans le tiroir (fonds de caisse) :</translation>
    </message>
    <message>
        <source>Could not open the shift: %1</source>
        <translation>Impossible d’ouvrir la session de caisse : %1</translation>
    </message>
    <message>
        <source>Shift opened with a float of %1.</source>
        <translation>Session de caisse ouverte avec un fonds de caisse de %1.</translation>
    </message>
    <message>
        <source>Close Shift</source>
        <translation>Clôturer la session de caisse</translation>
    </message>
    <message>
        <source>Cash counted in the drawer:</source>
        <translation>Espèces comptées dans le tiroir :</translation>
    </message>
    <message>
        <source>Could not close the shift: %1</source>
        <translation>Impossible de clôturer la session de caisse : %1</translation>
    </message>
    <message>
        <source>Shift closed. Expected %1, counted %2, difference %3.</source>
        <translation>Session de caisse clôturée. Attendu %1, compté %2, écart %3.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::PaymentPanel</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cash, with change (F2)</source>
        <translation>Espèces, avec rendu de monnaie (F2)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Card through the payment gateway (F3)</source>
        <translation>Carte via la passerelle de paiement (F3)</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Free tickets with a reason; organizers and admins only (F4)</source>
        <translation>Billets gratuits avec motif ; réservé aux organisateurs et administrateurs (F4)</translation>
    </message>
    <message>
        <source>What the customer hands over; empty means the exact amount</source>
        <translation>Ce que le client remet ; vide signifie le montant exact</translation>
    </message>
    <message>
        <source>&amp;Tendered</source>
        <translation>&amp;Montant remis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rendu de monnaie</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>The card goes to the payment gateway only; BoxOffice keeps a token.</source>
        <translation>La carte est transmise uniquement à la passerelle de paiement ; BoxOffice ne conserve qu’un jeton.</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>&amp;Numéro de carte</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>Date d’e&amp;xpiration</translation>
    </message>
    <message>
        <source>Securit&amp;y code</source>
        <translation>&amp;Cryptogramme</translation>
    </message>
    <message>
        <source>For example: press, artist&apos;s guest</source>
        <translation>Par exemple : presse, invité de l’artiste</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Moti&amp;f</translation>
    </message>
    <message>
        <source>exact: %1</source>
        <translation>exact : %1</translation>
    </message>
    <message>
        <source>The amount tendered is not an amount.</source>
        <translation>Le montant remis n’est pas un montant valide.</translation>
    </message>
    <message>
        <source>The amount tendered is less than the total.</source>
        <translation>Le montant remis est inférieur au total.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Saisissez le numéro de carte.</translation>
    </message>
    <message>
        <source>Enter the expiry as MM/YY.</source>
        <translation>Saisissez la date d’expiration au format MM/AA.</translation>
    </message>
    <message>
        <source>Enter the security code.</source>
        <translation>Saisissez le cryptogramme.</translation>
    </message>
    <message>
        <source>Complimentary tickets need a reason.</source>
        <translation>Les invitations nécessitent un motif.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::PlaceholderPage</name>
    <message>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ReceiptDocument</name>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Servi par %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::Roles</name>
    <message>
        <source>Clerk</source>
        <translation>Guichetier</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Fraud analyst</source>
        <translation>Analyste fraude</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ScanPanel</name>
    <message>
        <source>Scan a ticket or type its code, then press Return</source>
        <translation>Scannez un billet ou saisissez son code, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>e.g. Gate 2</source>
        <translation>p. ex. Porte 2</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Prêt à scanner</translation>
    </message>
    <message>
        <source>Check-in result</source>
        <translation>Résultat du contrôle d’accès</translation>
    </message>
    <message>
        <source>&amp;Gate:</source>
        <translation>&amp;Porte :</translation>
    </message>
    <message>
        <source>&amp;Ticket code:</source>
        <translation>Code du &amp;billet :</translation>
    </message>
    <message>
        <source>Last scans:</source>
        <translation>Derniers scans :</translation>
    </message>
    <message>
        <source>Enter the name of this gate first.</source>
        <translation>Saisissez d’abord le nom de cette porte.</translation>
    </message>
    <message>
        <source>Not admitted: unexpected answer from the server</source>
        <translation>Non admis : réponse inattendue du serveur</translation>
    </message>
    <message>
        <source>Admitted: %1, Row %2, Seat %3</source>
        <translation>Admis : %1, rang %2, place %3</translation>
    </message>
    <message>
        <source>Already admitted at %1 at %2</source>
        <translation>Déjà admis à %1 (%2)</translation>
    </message>
    <message>
        <source>Exchanged: this ticket was replaced by another</source>
        <translation>Échangé : ce billet a été remplacé par un autre</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation>Billet pour un autre événement</translation>
    </message>
    <message>
        <source>Forged or damaged code</source>
        <translation>Code falsifié ou endommagé</translation>
    </message>
    <message>
        <source>Unknown ticket: not sold by this box office</source>
        <translation>Billet inconnu : non vendu par cette billetterie</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non contrôlé : %1</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SeatMapLegend</name>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Accessible en fauteuil roulant</translation>
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
        <translation>%1, rang %2, place %3</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Being held</source>
        <translation>Réservation en cours</translation>
    </message>
    <message>
        <source>Held by me</source>
        <translation>Réservée par moi</translation>
    </message>
    <message>
        <source>Held by others</source>
        <translation>Réservée par d’autres</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendue</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>%1, %2 (standing), place %3</source>
        <translation>%1, %2 (debout), place %3</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SeatMapView</name>
    <message>
        <source>Stage</source>
        <translation>Scène</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4</source>
        <translation>%1
%2 : %3
%4</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SellingHeader</name>
    <message>
        <source>‹ Events</source>
        <translation>‹ Événements</translation>
    </message>
    <message>
        <source>Back to the event list</source>
        <translation>Retour à la liste des événements</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole venue</source>
        <translation>Afficher toute la salle</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n seat(s)</source>
        <translation>
            <numerusform>%1 · %n place</numerusform>
            <numerusform>%1 · %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;● Reconnecting…&lt;/b&gt; the map may be out of date</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;● Reconnexion…&lt;/b&gt; le plan n’est peut-être plus à jour</translation>
    </message>
    <message>
        <source>Loading seats…</source>
        <translation>Chargement des places…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; Live</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; En direct</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SellingWorkspace</name>
    <message>
        <source>Best Available</source>
        <translation>Meilleures places disponibles</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Seat Map</source>
        <translation>Plan de salle</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Click a seat to hold it, click it again to release it. Drag around free seats to hold them together. Arrows move between seats, Space holds. Ctrl+B: best available, Ctrl+L: cart, Ctrl+Return: sell.</source>
        <translation>Cliquez sur une place pour la réserver, cliquez à nouveau pour la libérer. Tracez un cadre autour de places libres pour les réserver ensemble. Les flèches passent d’une place à l’autre, Espace réserve. Ctrl+B : meilleures places disponibles, Ctrl+L : panier, Ctrl+Entrée : vendre.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load the seat map: %1</source>
        <translation>Impossible de charger le plan de salle : %1</translation>
    </message>
    <message>
        <source>Seat map unavailable</source>
        <translation>Plan de salle indisponible</translation>
    </message>
    <message>
        <source>The server sent a seat map this client cannot read.</source>
        <translation>Le serveur a envoyé un plan de salle que ce client ne sait pas lire.</translation>
    </message>
    <message>
        <source>Could not watch the seat map: %1</source>
        <translation>Impossible de suivre le plan de salle en direct : %1</translation>
    </message>
    <message>
        <source>%1 is not available (%2).</source>
        <translation>%1 n’est pas disponible (%2).</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>Réservées : %1</translation>
    </message>
    <message>
        <source>The hold expired and the seats were released.</source>
        <translation>La réservation a expiré et les places ont été libérées.</translation>
    </message>
    <message>
        <source>Release the held seats?</source>
        <translation>Libérer les places réservées ?</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are held for this customer. Release them and leave the event?</source>
        <translation>
            <numerusform>%n place est réservée pour ce client. La libérer et quitter l’événement ?</numerusform>
            <numerusform>%n places sont réservées pour ce client. Les libérer et quitter l’événement ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print Tickets…</source>
        <translation>&amp;Imprimer les billets…</translation>
    </message>
    <message>
        <source>Print the last order&apos;s tickets (%1)</source>
        <translation>Imprimer les billets de la dernière commande (%1)</translation>
    </message>
    <message>
        <source>Save Tickets as &amp;PDF…</source>
        <translation>Enregistrer les billets en P&amp;DF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n seat(s) sold for %2.</source>
        <translation>
            <numerusform>Commande %1 : %n place vendue pour %2.</numerusform>
            <numerusform>Commande %1 : %n places vendues pour %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change: %1.</source>
        <translation>Rendu de monnaie : %1.</translation>
    </message>
    <message>
        <source>Could not save the tickets: %1</source>
        <translation>Impossible d’enregistrer les billets : %1</translation>
    </message>
    <message>
        <source>Tickets saved to %1.</source>
        <translation>Billets enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Print &amp;Receipt…</source>
        <translation>Imprimer le &amp;reçu…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>É&amp;changer</translation>
    </message>
    <message>
        <source>Exchanging ticket %1: hold the new seat on the map, then press Exchange. Esc leaves.</source>
        <translation>Échange du billet %1 : réservez la nouvelle place sur le plan, puis appuyez sur Échanger. Échap pour quitter.</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;Vendre</translation>
    </message>
    <message>
        <source>Hold exactly one seat for the exchange.</source>
        <translation>Réservez exactement une place pour l’échange.</translation>
    </message>
    <message>
        <source>A price difference of an exchange is paid in cash here.</source>
        <translation>Ici, la différence de prix d’un échange se règle en espèces.</translation>
    </message>
    <message>
        <source>Ticket %1 exchanged for ticket %2.</source>
        <translation>Billet %1 échangé contre le billet %2.</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Payé : %1.</translation>
    </message>
    <message>
        <source>Given back: %1.</source>
        <translation>Rendu : %1.</translation>
    </message>
    <message>
        <source>Could not save the receipt: %1</source>
        <translation>Impossible d’enregistrer le reçu : %1</translation>
    </message>
    <message>
        <source>Save the last order&apos;s tickets as a PDF (%1)</source>
        <translation>Enregistrer les billets de la dernière commande en PDF (%1)</translation>
    </message>
    <message>
        <source>Print the last order&apos;s receipt (%1)</source>
        <translation>Imprimer le reçu de la dernière commande (%1)</translation>
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
    <message>
        <source>The server&apos;s certificate is not trusted by this system.</source>
        <translation>Le certificat du serveur n’est pas approuvé par ce système.</translation>
    </message>
    <message>
        <source>The server presented a different certificate than the one you trusted. The connection was refused: someone may be intercepting it.</source>
        <translation>Le serveur a présenté un autre certificat que celui que vous aviez approuvé. La connexion a été refusée : quelqu’un l’intercepte peut-être.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is invalid: %1</source>
        <translation>Le certificat du serveur n’est pas valide : %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted; the connection was not made.</source>
        <translation>Le certificat du serveur n’a pas été approuvé ; la connexion n’a pas été établie.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SessionControls</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Sign in to a BoxOffice server</source>
        <translation>Se connecter à un serveur BoxOffice</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>End your session on the server</source>
        <translation>Terminer votre session sur le serveur</translation>
    </message>
    <message>
        <source>S&amp;witch Clerk…</source>
        <translation>Changer de &amp;guichetier…</translation>
    </message>
    <message>
        <source>Switch Clerk</source>
        <translation>Changer de guichetier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>The next clerk at this counter signs in; you are signed out</source>
        <translation>Le guichetier suivant se connecte à ce guichet ; vous êtes déconnecté</translation>
    </message>
    <message>
        <source>%1 stays signed in until the next clerk signs in here.</source>
        <translation>%1 reste connecté jusqu’à ce que le guichetier suivant se connecte ici.</translation>
    </message>
    <message numerus="yes">
        <source>The %n seat(s) %1 holds stay held for %1 until the hold runs out; the next clerk cannot sell them.</source>
        <translation>
            <numerusform>La %n place que %1 réserve reste réservée pour %1 jusqu’à l’expiration de la réservation ; le guichetier suivant ne peut pas la vendre.</numerusform>
            <numerusform>Les %n places que %1 réserve restent réservées pour %1 jusqu’à l’expiration de la réservation ; le guichetier suivant ne peut pas les vendre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SessionListModel</name>
    <message>
        <source>(online buyer)</source>
        <translation>(acheteur en ligne)</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Signed In</source>
        <translation>Connecté le</translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SessionsPanel</name>
    <message>
        <source>&amp;Revoke Session…</source>
        <translation>&amp;Révoquer la session…</translation>
    </message>
    <message>
        <source>End the selected session at once (%1)</source>
        <translation>Terminer immédiatement la session sélectionnée (%1)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Reload the list of sessions (F5)</source>
        <translation>Recharger la liste des sessions (F5)</translation>
    </message>
    <message>
        <source>The session was revoked; its holder has to sign in again.</source>
        <translation>La session a été révoquée ; son titulaire doit se reconnecter.</translation>
    </message>
    <message>
        <source>Revoke Session</source>
        <translation>Révoquer la session</translation>
    </message>
    <message>
        <source>End the session of %1 from %2? Their unsold holds are released when they expire.</source>
        <translation>Terminer la session de %1 depuis %2 ? Ses réservations non vendues sont libérées à leur expiration.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::ShiftReport</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Shift Report</source>
        <translation>Rapport de session de caisse</translation>
    </message>
    <message>
        <source>Clerk %1, shift %2, opened %3, closed %4</source>
        <translation>Caissier %1, session %2, ouverte %3, clôturée %4</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fonds de caisse</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>Espèces encaissées</translation>
    </message>
    <message>
        <source>Cash refunded</source>
        <translation>Espèces remboursées</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>Par moyen de paiement</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation>Imprimer le rapport (%1)</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::SignInDialog</name>
    <message>
        <source>&amp;Remember this server</source>
        <translation>&amp;Mémoriser ce serveur</translation>
    </message>
    <message>
        <source>Sign In to BoxOffice</source>
        <translation>Connexion à BoxOffice</translation>
    </message>
    <message>
        <source>Sign in to BoxOffice</source>
        <translation>Connexion à BoxOffice</translation>
    </message>
    <message>
        <source>Use the staff account your administrator gave you.</source>
        <translation>Utilisez le compte du personnel que votre administrateur vous a remis.</translation>
    </message>
    <message>
        <source>wss://boxoffice.example.org</source>
        <translation>wss://boxoffice.example.org</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter a wss:// address (ws:// only for this computer).</source>
        <translation>Saisissez une adresse wss:// (ws:// uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>Unencrypted: the password would cross the network in clear. Use wss:// for other machines.</source>
        <translation>Non chiffré : le mot de passe circulerait en clair sur le réseau. Utilisez wss:// pour les autres machines.</translation>
    </message>
    <message>
        <source>Encrypted connection (TLS).</source>
        <translation>Connexion chiffrée (TLS).</translation>
    </message>
    <message>
        <source>Unencrypted connection on this computer.</source>
        <translation>Connexion non chiffrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>En attente de votre décision sur le certificat…</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Connexion à %1 impossible : %2</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::StandingAreaItem</name>
    <message>
        <source>%1 (standing): click, or choose it in Best available, to sell places</source>
        <translation>%1 (debout) : cliquez, ou choisissez-la dans Meilleures places disponibles, pour vendre des places</translation>
    </message>
    <message>
        <source>%1
%2 of %3 free</source>
        <translation>%1
%2 sur %3 libres</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::TicketDocument</name>
    <message>
        <source>ADMISSION TICKET</source>
        <translation>BILLET D’ENTRÉE</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Prix : %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Aucun code</translation>
    </message>
    <message>
        <source>Ticket %1 · valid for one admission</source>
        <translation>Billet %1 · valable pour une entrée</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::TicketOutput</name>
    <message>
        <source>Tickets %1</source>
        <translation>Billets %1</translation>
    </message>
    <message>
        <source>Save Tickets as PDF</source>
        <translation>Enregistrer les billets en PDF</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>billets-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>Save Receipt as PDF</source>
        <translation>Enregistrer le reçu en PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>recu-%1.pdf</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::UserDialog</name>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nouveau mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>C&amp;lerk: sells at the counter</source>
        <translation>&amp;Guichetier : vend au guichet</translation>
    </message>
    <message>
        <source>&amp;Organizer: venues, events, prices</source>
        <translation>&amp;Organisateur : salles, événements, prix</translation>
    </message>
    <message>
        <source>&amp;Fraud analyst: reviews flagged orders</source>
        <translation>Analyste &amp;fraude : examine les commandes signalées</translation>
    </message>
    <message>
        <source>&amp;Administrator: staff, sessions, audit log</source>
        <translation>A&amp;dministrateur : personnel, sessions, journal d’audit</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Create User</source>
        <translation>Créer l’utilisateur</translation>
    </message>
    <message>
        <source>Edit Roles</source>
        <translation>Modifier les rôles</translation>
    </message>
    <message>
        <source>Save Roles</source>
        <translation>Enregistrer les rôles</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Saisissez un nom d’utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Le mot de passe doit comporter au moins %n caractère.</numerusform>
            <numerusform>Le mot de passe doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::UserListModel</name>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Verrouillé jusqu’à %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Failed Sign-ins</source>
        <translation>Échecs de connexion</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::UsersPanel</name>
    <message>
        <source>&amp;New User…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Create a staff account</source>
        <translation>Créer un compte du personnel</translation>
    </message>
    <message>
        <source>Edit &amp;Roles…</source>
        <translation>Modifier les &amp;rôles…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Change the roles of the selected user</source>
        <translation>Modifier les rôles de l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Disable or enable the selected account</source>
        <translation>Désactiver ou activer le compte sélectionné</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>Définir un nouveau mot de passe pour l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Reload the list of users (F5)</source>
        <translation>Recharger la liste des utilisateurs (F5)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>User %1 was created.</source>
        <translation>L’utilisateur %1 a été créé.</translation>
    </message>
    <message>
        <source>The roles of %1 are now: %2.</source>
        <translation>Les rôles de %1 sont désormais : %2.</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 est désactivé et ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 est de nouveau activé.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été modifié.</translation>
    </message>
</context>
<context>
    <name>BoxOffice::Ui::VenuesWorkspace</name>
    <message>
        <source>&amp;Venues</source>
        <translation>&amp;Salles</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Venue layouts: drafts and published versions</source>
        <translation>Plans de salle : brouillons et versions publiées</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>The venues could not be loaded: %1</source>
        <translation>Impossible de charger les salles : %1</translation>
    </message>
    <message>
        <source>Draft (revision %1)</source>
        <translation>Brouillon (révision %1)</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%n event(s))</source>
        <translation>
            <numerusform>Version %1 (%n événement)</numerusform>
            <numerusform>Version %1 (%n événements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a venue&apos;s draft or one of its published versions.</source>
        <translation>Choisissez le brouillon d&apos;une salle ou l&apos;une de ses versions publiées.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>%1 could not be shown: %2</source>
        <translation>Impossible d&apos;afficher %1 : %2</translation>
    </message>
    <message>
        <source>the document is damaged</source>
        <translation>le document est endommagé</translation>
    </message>
    <message>
        <source>%1: %2 seats, %3 places in all; %4</source>
        <translation>%1 : %2 sièges, %3 places en tout ; %4</translation>
    </message>
    <message>
        <source>ready to publish</source>
        <translation>prêt à publier</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before publishing</source>
        <translation>
            <numerusform>%n problème à résoudre avant de publier</numerusform>
            <numerusform>%n problèmes à résoudre avant de publier</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in &amp;Designer</source>
        <translation>Ouvrir dans le &amp;concepteur</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>The draft for editing, a published version read-only (Return or %1)</source>
        <translation>Le brouillon pour le modifier, une version publiée en lecture seule (Entrée ou %1)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Venue %1 · Draft</source>
        <translation>Salle %1 · Brouillon</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The draft has changes that are not saved. Close the designer anyway?</source>
        <translation>Le brouillon a des modifications non enregistrées. Fermer le concepteur quand même ?</translation>
    </message>
</context>
<context>
    <name>LastSale</name>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1, rang %2, place %3</translation>
    </message>
</context>
<context>
    <name>MoveCommand</name>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
</context>
<context>
    <name>RotateCommand</name>
    <message>
        <source>Rotate</source>
        <translation>Pivoter</translation>
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
    <message>
        <source>%1 is no administrator.</source>
        <translation>%1 n’est pas administrateur.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>%1 is no organizer.</source>
        <translation>%1 n’est pas organisateur.</translation>
    </message>
</context>
</TS>
