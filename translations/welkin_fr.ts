<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Action</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Force Off</source>
        <translation>Forcer l&apos;extinction</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Open Console</source>
        <translation>Ouvrir la console</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Mettre en veille prolongée</translation>
    </message>
    <message>
        <source>Force Reboot</source>
        <translation>Forcer le redémarrage</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Créer un instantané</translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation>Revenir à l&apos;instantané</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Supprimer l&apos;instantané</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionner</translation>
    </message>
    <message>
        <source>Confirm Resize</source>
        <translation>Confirmer le redimensionnement</translation>
    </message>
    <message>
        <source>Revert Resize</source>
        <translation>Annuler le redimensionnement</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Reconstruire</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>CloudStack</name>
    <message>
        <source>Network type</source>
        <translation>Type de réseau</translation>
    </message>
    <message>
        <source>Allocation state</source>
        <translation>État d&apos;allocation</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hyperviseur</translation>
    </message>
    <message>
        <source>Managed state</source>
        <translation>État de gestion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Resource state</source>
        <translation>État de la ressource</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Version de l&apos;agent</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Hypervisor host</source>
        <translation>Hôte hyperviseur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Nom de l&apos;instance</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Primary storage</source>
        <translation>Stockage primaire</translation>
    </message>
    <message>
        <source>Primary storage allocated</source>
        <translation>Stockage primaire alloué</translation>
    </message>
    <message>
        <source>Public IPs</source>
        <translation>IP publiques</translation>
    </message>
    <message>
        <source>Private IPs</source>
        <translation>IP privées</translation>
    </message>
    <message>
        <source>Secondary storage</source>
        <translation>Stockage secondaire</translation>
    </message>
    <message>
        <source>VLANs</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Direct-attached public IPs</source>
        <translation>IP publiques directement attachées</translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation>Stockage local</translation>
    </message>
    <message>
        <source>IPv6 subnets</source>
        <translation>Sous-réseaux IPv6</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Stockage objet</translation>
    </message>
    <message>
        <source>Backup storage</source>
        <translation>Stockage de sauvegarde</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>Cœurs CPU</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <extracomment>capacity used / total (percent), e.g. &quot;6.0 GiB / 32.0 GiB (18.8 %)&quot;</extracomment>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>service offering</source>
        <translation>offre de service</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>key pair</source>
        <translation>paire de clés</translation>
    </message>
    <message>
        <source>security group</source>
        <translation>groupe de sécurité</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Dynamic scaling</source>
        <translation>Mise à l&apos;échelle dynamique</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Mémoire utilisée</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>E/S disque</translation>
    </message>
    <message>
        <source>Disk read</source>
        <translation>Lecture disque</translation>
    </message>
    <message>
        <source>Disk write</source>
        <translation>Écriture disque</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>E/S réseau</translation>
    </message>
    <message>
        <source>Network received</source>
        <translation>Réseau reçu</translation>
    </message>
    <message>
        <source>Network sent</source>
        <translation>Réseau envoyé</translation>
    </message>
    <message>
        <source>Running VMs</source>
        <translation>VM en marche</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Host share</source>
        <translation>Part de l&apos;hôte</translation>
    </message>
    <message>
        <source>CPU (of its vCPUs)</source>
        <translation>CPU (de ses vCPU)</translation>
    </message>
    <message>
        <source>CPU (utilisation)</source>
        <translation>CPU (utilisation)</translation>
    </message>
    <message>
        <source>Memory used (%)</source>
        <translation>Mémoire utilisée (%)</translation>
    </message>
    <message>
        <source>VMs: how busy their own vCPUs are (100 % = every vCPU busy). Hosts: utilisation of all their CPUs. Paused and stopped VMs have none.</source>
        <translation>VM : l&apos;occupation de leurs propres vCPU (100 % = chaque vCPU occupé). Hôtes : utilisation de tous leurs CPU. Les VM en pause et arrêtées n&apos;en ont pas.</translation>
    </message>
    <message>
        <source>VMs: the share of their host&apos;s CPUs they take (100 % = the whole host). Hosts: utilisation.</source>
        <translation>VM : la part des CPU de leur hôte qu&apos;elles prennent (100 % = l&apos;hôte entier). Hôtes : utilisation.</translation>
    </message>
    <message>
        <source>VMs: the share of their memory the guest uses, when the guest reports it (balloon driver). Hosts: used share of their memory.</source>
        <translation>VM : la part de leur mémoire que l&apos;invité utilise, lorsque l&apos;invité l&apos;indique (pilote ballon). Hôtes : part utilisée de leur mémoire.</translation>
    </message>
    <message>
        <source>VMs: the memory the guest uses, or its allocation when the guest does not report it. Hosts: memory in use. In bytes: memused&gt;4G means over 4 GiB.</source>
        <translation>VM : la mémoire que l&apos;invité utilise, ou son allocation lorsque l&apos;invité ne l&apos;indique pas. Hôtes : mémoire utilisée. En octets : memused&gt;4G signifie plus de 4 GiB.</translation>
    </message>
    <message>
        <source>Bytes read and written per second.</source>
        <translation>Octets lus et écrits par seconde.</translation>
    </message>
    <message>
        <source>Bytes read per second.</source>
        <translation>Octets lus par seconde.</translation>
    </message>
    <message>
        <source>Bytes written per second.</source>
        <translation>Octets écrits par seconde.</translation>
    </message>
    <message>
        <source>Bytes received and sent per second.</source>
        <translation>Octets reçus et envoyés par seconde.</translation>
    </message>
    <message>
        <source>Bytes received per second.</source>
        <translation>Octets reçus par seconde.</translation>
    </message>
    <message>
        <source>Bytes sent per second.</source>
        <translation>Octets envoyés par seconde.</translation>
    </message>
    <message>
        <source>Running VMs of a host, connection or group.</source>
        <translation>VM en marche d&apos;un hôte, d&apos;une connexion ou d&apos;un groupe.</translation>
    </message>
</context>
<context>
    <name>MetricQuery</name>
    <message>
        <source>&apos;%1&apos;: a state is missing after &apos;state:&apos; (one of %2).</source>
        <translation>« %1 » : il manque un état après « state: » (parmi %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown state &apos;%2&apos; (one of %3).</source>
        <translation>« %1 » : état « %2 » inconnu (parmi %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a metric name is missing before &apos;%2&apos; (one of %3).</source>
        <translation>« %1 » : il manque un nom de métrique avant « %2 » (parmi %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown metric &apos;%2&apos; (one of %3).</source>
        <translation>« %1 » : métrique « %2 » inconnue (parmi %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a comparison (use &gt;, &gt;=, &lt;, &lt;=, = or !=).</source>
        <translation>« %1 » : « %2 » n&apos;est pas une comparaison (utilisez &gt;, &gt;=, &lt;, &lt;=, = ou !=).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a number is missing after &apos;%2&apos;.</source>
        <translation>« %1 » : il manque un nombre après « %2 ».</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a number is expected after &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation>« %1 » : un nombre est attendu après « %2 », pas « %3 ».</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a number (examples: 80, 2.5, 10M).</source>
        <translation>« %1 » : « %2 » n&apos;est pas un nombre (exemples : 80, 2.5, 10M).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is a percentage; &apos;%3&apos; needs no unit.</source>
        <translation>« %1 » : %2 est un pourcentage ; « %3 » ne prend pas d&apos;unité.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not a percentage.</source>
        <translation>« %1 » : %2 n&apos;est pas un pourcentage.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a percentage is at most 100.</source>
        <translation>« %1 » : un pourcentage vaut au plus 100.</translation>
    </message>
</context>
<context>
    <name>NewVmCloudPage</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
</context>
<context>
    <name>OpenStack</name>
    <message>
        <source>Keystone answered without a token</source>
        <translation>Keystone a répondu sans jeton</translation>
    </message>
    <message>
        <source>Keystone&apos;s token has no valid expires_at</source>
        <translation>Le jeton de Keystone n&apos;a pas de expires_at valide</translation>
    </message>
    <message>
        <source>The token is not scoped to a project: give a project name or id</source>
        <translation>Le jeton n&apos;est pas limité à un projet : indiquez un nom ou un ID de projet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation>Paire de clés</translation>
    </message>
    <message>
        <source>Hypervisor host</source>
        <translation>Hôte hyperviseur</translation>
    </message>
    <message>
        <source>Compute host</source>
        <translation>Hôte de calcul</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>Zone de disponibilité</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a clouds.yaml</source>
        <translation>%1 est trop volumineux pour un clouds.yaml</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>hypervisor</source>
        <translation>hyperviseur</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>start</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <source>reboot</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <source>rebuild</source>
        <translation>reconstruction</translation>
    </message>
    <message>
        <source>resize</source>
        <translation>redimensionnement</translation>
    </message>
    <message>
        <source>confirm resize</source>
        <translation>confirmation du redimensionnement</translation>
    </message>
    <message>
        <source>revert resize</source>
        <translation>annulation du redimensionnement</translation>
    </message>
    <message>
        <source>cold migration</source>
        <translation>migration à froid</translation>
    </message>
    <message>
        <source>live migration</source>
        <translation>migration à chaud</translation>
    </message>
    <message>
        <source>live migration cancel</source>
        <translation>annulation de la migration à chaud</translation>
    </message>
    <message>
        <source>live migration forced to complete</source>
        <translation>achèvement forcé de la migration à chaud</translation>
    </message>
    <message>
        <source>evacuation</source>
        <translation>évacuation</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>mise en pause</translation>
    </message>
    <message>
        <source>unpause</source>
        <translation>sortie de pause</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>mise en veille prolongée</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>reprise</translation>
    </message>
    <message>
        <source>rescue</source>
        <translation>passage en mode de secours</translation>
    </message>
    <message>
        <source>unrescue</source>
        <translation>sortie du mode de secours</translation>
    </message>
    <message>
        <source>shelve</source>
        <translation>mise en réserve</translation>
    </message>
    <message>
        <source>shelve offload</source>
        <translation>déchargement après mise en réserve</translation>
    </message>
    <message>
        <source>unshelve</source>
        <translation>sortie de réserve</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>verrouillage</translation>
    </message>
    <message>
        <source>unlock</source>
        <translation>déverrouillage</translation>
    </message>
    <message>
        <source>password change</source>
        <translation>changement de mot de passe</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>instantané</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>crash dump</source>
        <translation>vidage sur plantage</translation>
    </message>
    <message>
        <source>interface attachment</source>
        <translation>attachement d&apos;interface</translation>
    </message>
    <message>
        <source>interface detachment</source>
        <translation>détachement d&apos;interface</translation>
    </message>
    <message>
        <source>volume attachment</source>
        <translation>attachement de volume</translation>
    </message>
    <message>
        <source>volume detachment</source>
        <translation>détachement de volume</translation>
    </message>
    <message>
        <source>volume swap</source>
        <translation>échange de volume</translation>
    </message>
    <message>
        <source>volume extension</source>
        <translation>extension de volume</translation>
    </message>
    <message>
        <source>state reset</source>
        <translation>réinitialisation de l&apos;état</translation>
    </message>
    <message>
        <source>This cloud&apos;s compute driver gives no per-server figures</source>
        <translation>Le pilote de calcul de ce cloud ne fournit pas de mesures par serveur</translation>
    </message>
    <message>
        <source>Per-server figures need an admin role or a telemetry service on this cloud</source>
        <translation>Les mesures par serveur nécessitent un rôle d&apos;administrateur ou un service de télémétrie sur ce cloud</translation>
    </message>
    <message>
        <source>%1 (region %2: %3)</source>
        <extracomment>reason, region, Nova&apos;s answer</extracomment>
        <translation>%1 (région %2 : %3)</translation>
    </message>
</context>
<context>
    <name>PowerState</name>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>En cours d&apos;arrêt</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Éteinte</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Plantée</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>En veille prolongée</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>En construction</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>En migration</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>ProviderState</name>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Welkin: one console for libvirt hosts, OpenStack and CloudStack clouds.
Without --connect it opens the embedded demo host and qemu:///system when a local libvirtd runs.</source>
        <translation>Welkin : une console pour les hôtes libvirt et les clouds OpenStack et CloudStack.
Sans --connect, il ouvre l&apos;hôte de démonstration intégré, ainsi que qemu:///system si un libvirtd local est actif.</translation>
    </message>
    <message>
        <source>Connect to URI (repeatable): a libvirt URI such as qemu+ssh://root@host/system, cloudstack+https://HOST/client/api or openstack:CLOUD.</source>
        <translation>Se connecter à l&apos;URI (répétable) : une URI libvirt comme qemu+ssh://root@host/system, cloudstack+https://HOST/client/api ou openstack:CLOUD.</translation>
    </message>
    <message>
        <source>Print the merged inventory and exit (no window).</source>
        <translation>Afficher l&apos;inventaire fusionné et quitter (sans fenêtre).</translation>
    </message>
    <message>
        <source>Output format of --list: json or table.</source>
        <translation>Format de sortie de --list : json ou table.</translation>
    </message>
    <message>
        <source>Do not open the embedded demo host.</source>
        <translation>Ne pas ouvrir l&apos;hôte de démonstration intégré.</translation>
    </message>
    <message>
        <source>Seconds --list waits for connections (default 30).</source>
        <translation>Secondes pendant lesquelles --list attend les connexions (30 par défaut).</translation>
    </message>
    <message>
        <source>Print progress messages of the providers on stderr.</source>
        <translation>Afficher la progression des fournisseurs sur stderr.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use json or table.</source>
        <translation>Format « %1 » inconnu : utilisez json ou table.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout attend un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>--connect needs a URI.</source>
        <translation>--connect attend une URI.</translation>
    </message>
    <message>
        <source>Demo host (libvirt test driver)</source>
        <translation>Hôte de démonstration (pilote de test libvirt)</translation>
    </message>
    <message>
        <source>This computer (QEMU/KVM)</source>
        <translation>Cet ordinateur (QEMU/KVM)</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1 : pas de réponse en %2 s</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>connexion à %1 impossible : %2</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
</context>
<context>
    <name>welkin</name>
    <message>
        <source>The VM&apos;s graphics have no network listener (listen type &quot;none&quot;).</source>
        <translation>L&apos;affichage de la VM n&apos;écoute pas sur le réseau (type d&apos;écoute « none »).</translation>
    </message>
    <message>
        <source>The VM&apos;s graphics listen on a UNIX socket on the remote host; consoles through a remote socket are not supported.</source>
        <translation>L&apos;affichage de la VM écoute sur un socket UNIX de l&apos;hôte distant ; les consoles via un socket distant ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>The VM&apos;s graphics listen on a UNIX socket whose path is not known yet.</source>
        <translation>L&apos;affichage de la VM écoute sur un socket UNIX dont le chemin n&apos;est pas encore connu.</translation>
    </message>
    <message>
        <source>The VM has no graphics port allocated; is it running?</source>
        <translation>Aucun port d&apos;affichage n&apos;est attribué à la VM ; est-elle en marche ?</translation>
    </message>
    <message>
        <source>The VM&apos;s graphics listen only on the loopback address of %1, which can be reached through an SSH connection only (this one uses %2).</source>
        <translation>L&apos;affichage de la VM n&apos;écoute que sur l&apos;adresse de bouclage de %1, joignable uniquement via une connexion SSH (celle-ci utilise %2).</translation>
    </message>
    <message>
        <source>The VM&apos;s graphics accept TLS connections only, which cannot be carried through an SSH tunnel.</source>
        <translation>L&apos;affichage de la VM n&apos;accepte que des connexions TLS, qui ne peuvent pas passer par un tunnel SSH.</translation>
    </message>
    <message>
        <source>not a domain XML document</source>
        <translation>pas un document XML de domaine</translation>
    </message>
    <message>
        <source>The domain XML of %1 could not be read: %2</source>
        <translation>Le XML de domaine de %1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Enter a connection URI, e.g. qemu:///system or qemu+ssh://root@host/system.</source>
        <translation>Saisissez une URI de connexion, p. ex. qemu:///system ou qemu+ssh://root@host/system.</translation>
    </message>
    <message>
        <source>A URI cannot contain spaces.</source>
        <translation>Une URI ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no scheme: libvirt URIs start with a driver, e.g. qemu:// or qemu+ssh://.</source>
        <translation>« %1 » n&apos;a pas de schéma : les URI libvirt commencent par un pilote, p. ex. qemu:// ou qemu+ssh://.</translation>
    </message>
    <message>
        <source>Unknown hypervisor driver &quot;%1&quot;. Known drivers: %2.</source>
        <translation>Pilote d&apos;hyperviseur « %1 » inconnu. Pilotes connus : %2.</translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1&quot;. Known transports: %2.</source>
        <translation>Transport « %1 » inconnu. Transports connus : %2.</translation>
    </message>
    <message>
        <source>After &quot;%1:&quot; a libvirt URI needs &quot;//&quot;, e.g. %1:///system.</source>
        <translation>Après « %1: », une URI libvirt doit contenir « // », p. ex. %1:///system.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or address.</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte ni une adresse valide.</translation>
    </message>
    <message>
        <source>The URI is malformed: %1</source>
        <translation>L&apos;URI est mal formée : %1</translation>
    </message>
    <message>
        <source>The %1 transport needs a host name: %2://HOST/…</source>
        <translation>Le transport %1 nécessite un nom d&apos;hôte : %2://HOST/…</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>QEMU URIs end in /system (the system daemon) or /session (your own VMs).</source>
        <translation>Les URI QEMU se terminent par /system (le démon système) ou /session (vos propres VM).</translation>
    </message>
    <message>
        <source>Unknown QEMU path &quot;%1&quot;: use /system or /session.</source>
        <translation>Chemin QEMU « %1 » inconnu : utilisez /system ou /session.</translation>
    </message>
    <message>
        <source>test URIs need /default or the absolute path of a node XML file: test:///default.</source>
        <translation>Les URI test nécessitent /default ou le chemin absolu d&apos;un fichier XML de nœud : test:///default.</translation>
    </message>
    <message>
        <source>The %1 cannot contain spaces.</source>
        <translation>L&apos;%1 ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>The %1 must start with https:// (or http:// for a test cloud).</source>
        <translation>L&apos;%1 doit commencer par https:// (ou http:// pour un cloud de test).</translation>
    </message>
    <message>
        <source>The %1 is malformed: %2</source>
        <translation>L&apos;%1 est mal formée : %2</translation>
    </message>
    <message>
        <source>The %1 has no host name: https://HOST/…</source>
        <translation>L&apos;%1 n&apos;a pas de nom d&apos;hôte : https://HOST/…</translation>
    </message>
    <message>
        <source>Put no user name or password into the %1: use the fields below.</source>
        <translation>Ne mettez ni nom d&apos;utilisateur ni mot de passe dans l&apos;%1 : utilisez les champs ci-dessous.</translation>
    </message>
    <message>
        <source>Give the server a name</source>
        <translation>Donnez un nom au serveur</translation>
    </message>
    <message>
        <source>The name is longer than 255 characters</source>
        <translation>Le nom dépasse 255 caractères</translation>
    </message>
    <message>
        <source>Choose a size (flavor or service offering)</source>
        <translation>Choisissez une taille (gabarit ou offre de service)</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choisissez une image</translation>
    </message>
    <message>
        <source>The network %1 is not offered here</source>
        <translation>Le réseau %1 n&apos;est pas proposé ici</translation>
    </message>
    <message>
        <source>Choose at least one network</source>
        <translation>Choisissez au moins un réseau</translation>
    </message>
    <message>
        <source>The key pair %1 does not exist here</source>
        <translation>La paire de clés %1 n&apos;existe pas ici</translation>
    </message>
    <message>
        <source>Create between 1 and %1 servers at once</source>
        <translation>Créez entre 1 et %1 serveurs à la fois</translation>
    </message>
    <message>
        <source>The project may create only %1 more servers (quota)</source>
        <translation>Le projet ne peut plus créer que %1 serveurs (quota)</translation>
    </message>
    <message>
        <source>The user-data is larger than the 64 KiB a cloud accepts</source>
        <translation>Les user-data dépassent les 64 KiB qu&apos;accepte un cloud</translation>
    </message>
    <message>
        <source>About Welkin</source>
        <translation>À propos de Welkin</translation>
    </message>
    <message>
        <source>Welkin %1</source>
        <translation>Welkin %1</translation>
    </message>
    <message>
        <source>One console for libvirt hosts, OpenStack and CloudStack clouds.</source>
        <translation>Une console pour les hôtes libvirt et les clouds OpenStack et CloudStack.</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>libvirt: version unknown</source>
        <translation>libvirt : version inconnue</translation>
    </message>
    <message>
        <source>libvirt %1</source>
        <translation>libvirt %1</translation>
    </message>
    <message>
        <source>Welkin is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).</source>
        <translation>Welkin est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la GNU General Public License, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>This VM has no graphical console (no &lt;graphics&gt; device). Add one in Details › Hardware, or use the serial console with virsh console.</source>
        <translation>Cette VM n&apos;a pas de console graphique (aucun périphérique &lt;graphics&gt;). Ajoutez-en un dans Détails › Matériel, ou utilisez la console série avec virsh console.</translation>
    </message>
    <message>
        <source>%1 has no VNC or SPICE graphics device (only %2). Add a VNC or SPICE one in Details › Hardware, or use the serial console with virsh console.</source>
        <translation>%1 n&apos;a pas de périphérique graphique VNC ou SPICE (seulement %2). Ajoutez-en un, VNC ou SPICE, dans Détails › Matériel, ou utilisez la console série avec virsh console.</translation>
    </message>
</context>
<context>
    <name>welkin::ActionController</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message numerus="yes">
        <source>%1 these %n virtual machine(s)?

%2</source>
        <translation>
            <numerusform>Action « %1 » sur cette machine virtuelle ?

%2</numerusform>
            <numerusform>Action « %1 » sur ces %n machines virtuelles ?

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::ActiveAlertsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an alert&apos;s resource and where it runs: &quot;web-01 (kvm-01)&quot;
----------
since when an alert is active, and for how long: &quot;14:03 (5 min)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <extracomment>an alert that resolved: &quot;14:03 – 14:10 (7 min)&quot;</extracomment>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
</context>
<context>
    <name>welkin::AlertController</name>
    <message>
        <source>&amp;Alert Rules…</source>
        <translation>Règles d&apos;&amp;alerte…</translation>
    </message>
    <message>
        <source>Acknowledge Alert</source>
        <translation>Acquitter l&apos;alerte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>welkin::AlertEngine</name>
    <message>
        <source>%1: %2 (%3): %4</source>
        <translation>%1 : %2 (%3) : %4</translation>
    </message>
    <message>
        <source>%1: %2 resolved (%3 now)</source>
        <translation>%1 : %2 résolue (%3 maintenant)</translation>
    </message>
    <message>
        <source>%1: %2 resolved: %3 was removed (deleted, or its connection was closed)</source>
        <translation>%1 : %2 résolue : %3 a été retiré (supprimé, ou sa connexion a été fermée)</translation>
    </message>
    <message>
        <source>%1: %2 resolved: the rule was removed</source>
        <translation>%1 : %2 résolue : la règle a été supprimée</translation>
    </message>
    <message>
        <source>%1: %2 resolved: the rule no longer applies to it</source>
        <translation>%1 : %2 résolue : la règle ne s&apos;y applique plus</translation>
    </message>
</context>
<context>
    <name>welkin::AlertNotifier</name>
    <message>
        <source>Alert: %1</source>
        <translation>Alerte : %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Résolue : %1</translation>
    </message>
</context>
<context>
    <name>welkin::AlertRule</name>
    <message>
        <source> for %1 s</source>
        <translation> pendant %1 s</translation>
    </message>
</context>
<context>
    <name>welkin::AlertRulesDialog</name>
    <message>
        <source>Alert Rules</source>
        <translation>Règles d&apos;alerte</translation>
    </message>
    <message>
        <source>Percent for CPU and memory, bytes per second for disk and network</source>
        <translation>Pourcentage pour le CPU et la mémoire, octets par seconde pour le disque et le réseau</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>All virtual machines</source>
        <translation>Toutes les machines virtuelles</translation>
    </message>
    <message>
        <source>Selected VM: %1</source>
        <translation>VM sélectionnée : %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <source>Optional, e.g. &quot;CPU high&quot;</source>
        <translation>Facultatif, p. ex. « CPU élevé »</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Condition :</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Ajouter une &amp;règle</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>all hosts</source>
        <translation>tous les hôtes</translation>
    </message>
    <message>
        <source>all VMs</source>
        <translation>toutes les VM</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Cancel Edi&amp;t</source>
        <translation>Annuler la modi&amp;fication</translation>
    </message>
    <message>
        <source>&amp;For at least:</source>
        <translation>&amp;Pendant au moins :</translation>
    </message>
    <message>
        <source>A&amp;pplies to:</source>
        <translation>S&apos;a&amp;pplique à :</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Tous les hôtes</translation>
    </message>
    <message>
        <source>Host %1 itself</source>
        <translation>L&apos;hôte %1 lui-même</translation>
    </message>
    <message>
        <source>VMs on host %1</source>
        <translation>VM sur l&apos;hôte %1</translation>
    </message>
    <message>
        <source>VMs in server pool %1</source>
        <translation>VM du pool de serveurs %1</translation>
    </message>
    <message>
        <source>Hosts in server pool %1</source>
        <translation>Hôtes du pool de serveurs %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Inchangé : %1</translation>
    </message>
    <message>
        <source>S&amp;ave Rule</source>
        <translation>&amp;Enregistrer la règle</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>hôte %1</translation>
    </message>
    <message>
        <source>VM %1</source>
        <translation>VM %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>hosts in server pool %1</source>
        <translation>hôtes du pool de serveurs %1</translation>
    </message>
    <message>
        <source>hosts below %1</source>
        <translation>hôtes sous %1</translation>
    </message>
    <message>
        <source>VMs on %1</source>
        <translation>VM sur %1</translation>
    </message>
</context>
<context>
    <name>welkin::AlertsDock</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <source>&amp;Go to Resource</source>
        <translation>A&amp;ller à la ressource</translation>
    </message>
    <message>
        <source>Mark the selected alerts as seen: they stay listed, dimmed, and their resolution is not notified</source>
        <translation>Marquer les alertes sélectionnées comme vues : elles restent listées, estompées, et leur résolution n&apos;est pas notifiée</translation>
    </message>
    <message>
        <source>%1 warning %2 error: tint of a resource in the tree until its alerts are acknowledged. Acknowledged and resolved alerts are dimmed.</source>
        <extracomment>the legend of the tint of alerting rows in the inventory tree</extracomment>
        <translation>%1 avertissement %2 erreur : teinte d&apos;une ressource dans l&apos;arborescence jusqu&apos;à l&apos;acquittement de ses alertes. Les alertes acquittées et résolues sont estompées.</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <extracomment>the Alerts dock&apos;s title with the number of active alerts</extracomment>
        <translation>
            <numerusform>Alertes (%n)</numerusform>
            <numerusform>Alertes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::BalanceMoveRunner</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 moved %2 (%3)</source>
        <translation>%1 : %2 déplacée (%3)</translation>
    </message>
    <message>
        <source>its connection was removed</source>
        <translation>sa connexion a été supprimée</translation>
    </message>
    <message>
        <source>%1 could not move %2: %3</source>
        <translation>%1 : impossible de déplacer %2 : %3</translation>
    </message>
    <message>
        <source>%1 would move %2 (%3)</source>
        <translation>%1 : %2 serait déplacée (%3)</translation>
    </message>
</context>
<context>
    <name>welkin::BalancePage</name>
    <message>
        <source>Recalculate</source>
        <translation>Recalculer</translation>
    </message>
    <message>
        <source>Apply All</source>
        <translation>Tout appliquer</translation>
    </message>
    <message>
        <source>Apply Selected</source>
        <translation>Appliquer la sélection</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>What the automatic mode does, or in a dry run would do, is logged here.</source>
        <translation>Ce que fait le mode automatique, ou ce qu&apos;il ferait en simulation, est journalisé ici.</translation>
    </message>
    <message>
        <source>Run every recommended migration, one task each</source>
        <translation>Exécuter toutes les migrations recommandées, chacune dans sa propre tâche</translation>
    </message>
    <message>
        <source>Run the selected migration only</source>
        <translation>Exécuter uniquement la migration sélectionnée</translation>
    </message>
    <message>
        <source>Forget this proposal</source>
        <translation>Oublier cette proposition</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Host loads, averaged over the window</source>
        <translation>Charge des hôtes, moyennée sur la période</translation>
    </message>
    <message>
        <source>Recommended migrations</source>
        <translation>Migrations recommandées</translation>
    </message>
    <message>
        <source>Reading the loads of the pool&apos;s hosts…</source>
        <translation>Lecture de la charge des hôtes du pool…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>en maintenance</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>One migration brings every host under its ceilings.</source>
        <translation>Une migration ramène chaque hôte sous ses plafonds.</translation>
    </message>
    <message>
        <source>%1 or %2 is not a connected libvirt host</source>
        <translation>%1 ou %2 n&apos;est pas un hôte libvirt connecté</translation>
    </message>
    <message>
        <source>The proposal was dismissed. Recalculate for a new one.</source>
        <translation>La proposition a été ignorée. Recalculez pour en obtenir une nouvelle.</translation>
    </message>
    <message>
        <source>The pool was deleted.</source>
        <translation>Le pool a été supprimé.</translation>
    </message>
    <message>
        <source>Automatic balancing is off for this pool.</source>
        <translation>L&apos;équilibrage automatique est désactivé pour ce pool.</translation>
    </message>
    <message>
        <source>Automatic balancing, dry run: the round at %1 is only logged.</source>
        <translation>Équilibrage automatique, simulation : la passe de %1 est seulement journalisée.</translation>
    </message>
    <message>
        <source>Automatic balancing: the next round runs at %1.</source>
        <translation>Équilibrage automatique : la prochaine passe a lieu à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) bring every host under their ceilings.</source>
        <translation>
            <numerusform>%n migration ramène chaque hôte sous ses plafonds.</numerusform>
            <numerusform>%n migrations ramènent chaque hôte sous ses plafonds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::BalancePlanner</name>
    <message>
        <source>The CPU ceiling must be above 0% and at most 100%; it is %L1%.</source>
        <translation>Le plafond CPU doit être supérieur à 0 % et au plus 100 % ; il vaut %L1 %.</translation>
    </message>
    <message>
        <source>The memory ceiling must be above 0% and at most 100%; it is %L1%.</source>
        <translation>Le plafond mémoire doit être supérieur à 0 % et au plus 100 % ; il vaut %L1 %.</translation>
    </message>
    <message>
        <source>The averaging window must be at least one minute; it is %L1.</source>
        <translation>La période de moyenne doit durer au moins une minute ; elle vaut %L1.</translation>
    </message>
    <message>
        <source>The minimum benefit of a move must be between 0 and 100 percentage points; it is %L1.</source>
        <translation>Le gain minimal d&apos;un déplacement doit être compris entre 0 et 100 points de pourcentage ; il vaut %L1.</translation>
    </message>
    <message>
        <source>At least one move per round must be allowed; the maximum is %L1.</source>
        <translation>Au moins un déplacement par passe doit être autorisé ; le maximum vaut %L1.</translation>
    </message>
    <message>
        <source>The time before a moved VM may move again cannot be negative; it is %L1 minutes.</source>
        <translation>Le délai avant qu&apos;une VM déplacée puisse être déplacée à nouveau ne peut pas être négatif ; il vaut %L1 minutes.</translation>
    </message>
    <message>
        <source>Group “%1” stays together on %2: none of its VMs there can move to a host that keeps them apart.</source>
        <translation>Le groupe « %1 » reste regroupé sur %2 : aucune de ses VM sur cet hôte ne peut aller vers un hôte qui les garde séparées.</translation>
    </message>
    <message>
        <source>%1 CPU %2% → %3%, memory %4% → %5%</source>
        <translation>%1 CPU %2 % → %3 %, mémoire %4 % → %5 %</translation>
    </message>
    <message>
        <source>%1 CPU %2% → %3%</source>
        <translation>%1 CPU %2 % → %3 %</translation>
    </message>
    <message>
        <source>%1 memory %2% → %3%</source>
        <translation>%1 mémoire %2 % → %3 %</translation>
    </message>
    <message>
        <source>No move within the policy relieves %1: its VMs cannot move, moved recently, gain less than the minimum benefit, or fit on no other host under the ceilings.</source>
        <translation>Aucun déplacement conforme à la politique ne soulage %1 : ses VM ne peuvent pas être déplacées, l&apos;ont été récemment, apportent moins que le gain minimal ou ne tiennent sur aucun autre hôte sous les plafonds.</translation>
    </message>
    <message>
        <source>The policy allows one move per round; what is still over a ceiling waits for the next round.</source>
        <translation>La politique autorise un déplacement par passe ; ce qui dépasse encore un plafond attend la passe suivante.</translation>
    </message>
    <message>
        <source>The policy allows %1 moves per round; what is still over a ceiling waits for the next round.</source>
        <translation>La politique autorise %1 déplacements par passe ; ce qui dépasse encore un plafond attend la passe suivante.</translation>
    </message>
    <message>
        <source>Every host is below its ceilings.</source>
        <translation>Chaque hôte est sous ses plafonds.</translation>
    </message>
    <message>
        <source>The pool has no hosts.</source>
        <translation>Le pool n&apos;a aucun hôte.</translation>
    </message>
    <message>
        <source>The pool has only one host: there is nowhere to move VMs.</source>
        <translation>Le pool n&apos;a qu&apos;un seul hôte : impossible de déplacer des VM.</translation>
    </message>
    <message>
        <source>Fewer than two hosts of the pool can take VMs (the others are in maintenance, not connected or of unknown size): there is nowhere to move VMs.</source>
        <translation>Moins de deux hôtes du pool peuvent accueillir des VM (les autres sont en maintenance, non connectés ou de taille inconnue) : impossible de déplacer des VM.</translation>
    </message>
    <message>
        <source>%1 runs %2 VMs of group “%3”, which is kept apart</source>
        <translation>%1 exécute %2 VM du groupe « %3 », qui doit rester séparé</translation>
    </message>
</context>
<context>
    <name>welkin::BalancePolicyForm</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Copy disks when moving (hosts without shared storage)</source>
        <translation>Copier les disques lors du déplacement (hôtes sans stockage partagé)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Dry run (log only)</source>
        <translation>Simulation (journaliser seulement)</translation>
    </message>
    <message>
        <source>A host whose average CPU load is above this gives up VMs</source>
        <translation>Un hôte dont la charge CPU moyenne dépasse cette valeur cède des VM</translation>
    </message>
    <message>
        <source>A host whose average memory use is above this gives up VMs</source>
        <translation>Un hôte dont l&apos;utilisation mémoire moyenne dépasse cette valeur cède des VM</translation>
    </message>
    <message>
        <source>Loads are averaged over this much of the stored history</source>
        <translation>La charge est moyennée sur cette durée de l&apos;historique enregistré</translation>
    </message>
    <message>
        <source>A move must lower its host&apos;s load by at least this many percentage points</source>
        <translation>Un déplacement doit réduire la charge de son hôte d&apos;au moins ce nombre de points de pourcentage</translation>
    </message>
    <message>
        <source>A VM that moved less than this ago stays where it is</source>
        <translation>Une VM déplacée il y a moins longtemps que cela reste où elle est</translation>
    </message>
    <message>
        <source>No two running VMs of a checked group on the same host</source>
        <translation>Jamais deux VM en marche d&apos;un groupe coché sur le même hôte</translation>
    </message>
    <message>
        <source>Plan a round every averaging window and apply it (or only log it in a dry run)</source>
        <translation>Planifier une passe à chaque période de moyenne et l&apos;appliquer (ou seulement la journaliser en simulation)</translation>
    </message>
    <message>
        <source>CPU ceiling:</source>
        <translation>Plafond CPU :</translation>
    </message>
    <message>
        <source>Memory ceiling:</source>
        <translation>Plafond mémoire :</translation>
    </message>
    <message>
        <source>Averaging window:</source>
        <translation>Période de moyenne :</translation>
    </message>
    <message>
        <source>Minimum benefit:</source>
        <translation>Gain minimal :</translation>
    </message>
    <message>
        <source>Moves per round:</source>
        <translation>Déplacements par passe :</translation>
    </message>
    <message>
        <source>Cooldown:</source>
        <translation>Délai de carence :</translation>
    </message>
    <message>
        <source>Keep apart:</source>
        <translation>Garder séparés :</translation>
    </message>
    <message>
        <source>No VM group has this name now</source>
        <translation>Aucun groupe de VM ne porte ce nom actuellement</translation>
    </message>
    <message>
        <source>No VM groups yet</source>
        <translation>Aucun groupe de VM pour l&apos;instant</translation>
    </message>
    <message>
        <source>Groups made in the Groups panel can be kept apart here</source>
        <translation>Les groupes créés dans le panneau Groupes peuvent être gardés séparés ici</translation>
    </message>
</context>
<context>
    <name>welkin::CertificateDialog</name>
    <message>
        <source>Untrusted certificate for %1</source>
        <translation>Certificat non approuvé pour %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server of connection %1 presented a certificate that cannot be verified&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Compare the fingerprint with the one the server&apos;s administrator gives you. Trust it only if they match: Welkin will then accept exactly this certificate for this connection, and refuse any other one later.</source>
        <translation>&lt;b&gt;Le serveur de la connexion %1 a présenté un certificat qui ne peut pas être vérifié&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Comparez l&apos;empreinte avec celle que vous donne l&apos;administrateur du serveur. Ne faites confiance à ce certificat que si elles correspondent : Welkin acceptera alors exactement ce certificat pour cette connexion et refusera tout autre par la suite.</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>%1 (not yet valid)</source>
        <translation>%1 (pas encore valide)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide du :</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu&apos;au :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Trust this certificate for this connection</source>
        <translation>Faire confiance à ce certificat pour cette connexion</translation>
    </message>
</context>
<context>
    <name>welkin::CloneVmDialog</name>
    <message>
        <source>empty drive</source>
        <translation>lecteur vide</translation>
    </message>
    <message>
        <source>shared: CD-ROM</source>
        <translation>partagé : CD-ROM</translation>
    </message>
    <message>
        <source>shared: read-only</source>
        <translation>partagé : lecture seule</translation>
    </message>
    <message>
        <source>shared: shareable disk</source>
        <translation>partagé : disque partageable</translation>
    </message>
    <message>
        <source>shared: also used by %1</source>
        <translation>partagé : aussi utilisé par %1</translation>
    </message>
    <message>
        <source>&amp;Full clone: copy the disks</source>
        <translation>Clone co&amp;mplet : copier les disques</translation>
    </message>
    <message>
        <source>&amp;Linked clone: qcow2 overlays on the original&apos;s disks</source>
        <translation>Clone &amp;lié : surcouches qcow2 sur les disques de l&apos;original</translation>
    </message>
    <message>
        <source>&amp;Start the clone</source>
        <translation>&amp;Démarrer le clone</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>Cloner %1</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>In the clone</source>
        <translation>Dans le clone</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Cloner</translation>
    </message>
    <message>
        <source>The clone is a new VM with its own UUID and MAC addresses.</source>
        <translation>Le clone est une nouvelle VM avec ses propres UUID et adresses MAC.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Disks:</source>
        <translation>Disques :</translation>
    </message>
    <message>
        <source>Could not read the disks of %1: %2</source>
        <translation>Impossible de lire les disques de %1 : %2</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>linked: new qcow2 overlay</source>
        <translation>lié : nouvelle surcouche qcow2</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>copié</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Reading the disks…</source>
        <translation>Lecture des disques…</translation>
    </message>
    <message>
        <source>Linked clones need qcow2 disks; not qcow2: %1</source>
        <translation>Les clones liés nécessitent des disques qcow2 ; pas en qcow2 : %1</translation>
    </message>
    <message>
        <source>The host is no longer connected</source>
        <translation>L&apos;hôte n&apos;est plus connecté</translation>
    </message>
    <message>
        <source>%1 is %2: shut it off to clone it (its disks must not change while they are copied)</source>
        <translation>%1 est %2 : éteignez-la pour la cloner (ses disques ne doivent pas changer pendant la copie)</translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on %2</source>
        <translation>Une VM nommée « %1 » existe déjà sur %2</translation>
    </message>
    <message>
        <source>Fast and small, but the clone and the original cannot run at the same time (QEMU locks the original&apos;s disks while either runs).</source>
        <translation>Rapide et peu encombrant, mais le clone et l&apos;original ne peuvent pas tourner en même temps (QEMU verrouille les disques de l&apos;original tant que l&apos;un des deux tourne).</translation>
    </message>
</context>
<context>
    <name>welkin::CloudChoiceDialog</name>
    <message>
        <source>Reading what the cloud offers…</source>
        <translation>Lecture de l&apos;offre du cloud…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>The cloud offers nothing to choose here</source>
        <translation>Le cloud ne propose rien à choisir ici</translation>
    </message>
</context>
<context>
    <name>welkin::CloudInitSeed</name>
    <message>
        <source>The extra user-data is not valid YAML: %1 (line %2)</source>
        <translation>Les user-data supplémentaires ne sont pas du YAML valide : %1 (ligne %2)</translation>
    </message>
    <message>
        <source>The extra user-data must be #cloud-config keys (a YAML mapping such as &quot;packages: [htop]&quot;)</source>
        <translation>Les user-data supplémentaires doivent être des clés #cloud-config (un mappage YAML comme « packages: [htop] »)</translation>
    </message>
    <message>
        <source>The extra user-data sets &apos;%1&apos;, which Welkin writes from the form: remove it there</source>
        <translation>Les user-data supplémentaires définissent « %1 », que Welkin écrit à partir du formulaire : retirez-la des user-data</translation>
    </message>
    <message>
        <source>The extra user-data is not valid YAML: %1</source>
        <translation>Les user-data supplémentaires ne sont pas du YAML valide : %1</translation>
    </message>
    <message>
        <source>Enter a user name for the cloud image</source>
        <translation>Saisissez un nom d&apos;utilisateur pour l&apos;image cloud</translation>
    </message>
    <message>
        <source>The user name &apos;%1&apos; is not valid: lowercase letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or &apos;_&apos;, at most 32 characters</source>
        <translation>Le nom d&apos;utilisateur « %1 » n&apos;est pas valide : lettres minuscules, chiffres, « - » et « _ », commençant par une lettre ou « _ », 32 caractères au plus</translation>
    </message>
    <message>
        <source>The user name cannot be &apos;root&apos;: cloud images lock root logins; pick another name</source>
        <translation>Le nom d&apos;utilisateur ne peut pas être « root » : les images cloud bloquent les connexions root ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>Enter a host name for the cloud image</source>
        <translation>Saisissez un nom d&apos;hôte pour l&apos;image cloud</translation>
    </message>
    <message>
        <source>The host name is too long (%1 characters, at most 253)</source>
        <translation>Le nom d&apos;hôte est trop long (%1 caractères, 253 au plus)</translation>
    </message>
    <message>
        <source>The host name &apos;%1&apos; is not valid: letters, digits and &apos;-&apos; between dots, no label starting or ending with &apos;-&apos;</source>
        <translation>Le nom d&apos;hôte « %1 » n&apos;est pas valide : lettres, chiffres et « - » entre les points, aucun segment ne commençant ou ne finissant par « - »</translation>
    </message>
    <message>
        <source>Enter an SSH public key: without one (or extra user-data that sets a password) nobody can log in to the new VM</source>
        <translation>Saisissez une clé publique SSH : sans elle (ou sans user-data supplémentaires définissant un mot de passe), personne ne pourra se connecter à la nouvelle VM</translation>
    </message>
    <message>
        <source>This is a private key: paste the public key instead (the .pub file)</source>
        <translation>Ceci est une clé privée : collez plutôt la clé publique (le fichier .pub)</translation>
    </message>
    <message>
        <source>Paste exactly one SSH public key (one line)</source>
        <translation>Collez exactement une clé publique SSH (une seule ligne)</translation>
    </message>
    <message>
        <source>The SSH public key does not look like one: expected &quot;ssh-ed25519 AAAA... comment&quot; (the contents of a .pub file)</source>
        <translation>Ceci ne ressemble pas à une clé publique SSH : attendu « ssh-ed25519 AAAA... commentaire » (le contenu d&apos;un fichier .pub)</translation>
    </message>
    <message>
        <source>Could not build the cloud-init seed: libisofs failed to initialise</source>
        <translation>Impossible de créer le seed cloud-init : l&apos;initialisation de libisofs a échoué</translation>
    </message>
    <message>
        <source>Could not build the cloud-init seed: %1</source>
        <translation>Impossible de créer le seed cloud-init : %1</translation>
    </message>
</context>
<context>
    <name>welkin::CloudStackConnectionPage</name>
    <message>
        <source>&amp;Remember the secret key (system keychain)</source>
        <translation>&amp;Mémoriser la clé secrète (trousseau du système)</translation>
    </message>
    <message>
        <source>From CloudStack: Accounts → user → Generate keys</source>
        <translation>Depuis CloudStack : Comptes → utilisateur → Générer les clés</translation>
    </message>
    <message>
        <source>asked for when connecting if left empty</source>
        <translation>demandée à la connexion si laissée vide</translation>
    </message>
    <message>
        <source>Requests are signed with the secret key; it is never sent to the server.</source>
        <translation>Les requêtes sont signées avec la clé secrète ; elle n&apos;est jamais envoyée au serveur.</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>URL du &amp;point de terminaison :</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clé d&apos;&amp;API :</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Clé &amp;secrète :</translation>
    </message>
    <message>
        <source>Apache CloudStack</source>
        <translation>Apache CloudStack</translation>
    </message>
    <message>
        <source>Enter the API endpoint URL, e.g. https://cloud.example.org/client/api.</source>
        <translation>Saisissez l&apos;URL du point de terminaison de l&apos;API, p. ex. https://cloud.example.org/client/api.</translation>
    </message>
    <message>
        <source>endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <source>Add CloudStack&apos;s API path to the URL: https://HOST/client/api.</source>
        <translation>Ajoutez le chemin de l&apos;API de CloudStack à l&apos;URL : https://HOST/client/api.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not CloudStack&apos;s API: it ends in /client/api.</source>
        <translation>Le chemin « %1 » n&apos;est pas celui de l&apos;API de CloudStack : il se termine par /client/api.</translation>
    </message>
    <message>
        <source>The endpoint URL takes no query (&quot;?…&quot;): Welkin adds the signed parameters.</source>
        <translation>L&apos;URL du point de terminaison ne prend pas de requête (« ?… ») : Welkin ajoute lui-même les paramètres signés.</translation>
    </message>
    <message>
        <source>Enter the API key (CloudStack: Accounts → user → Generate keys).</source>
        <translation>Saisissez la clé d&apos;API (CloudStack : Comptes → utilisateur → Générer les clés).</translation>
    </message>
    <message>
        <source>The API key cannot contain spaces.</source>
        <translation>La clé d&apos;API ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>The secret key cannot contain spaces: check what was pasted.</source>
        <translation>La clé secrète ne peut pas contenir d&apos;espaces : vérifiez ce qui a été collé.</translation>
    </message>
    <message>
        <source>unchanged (saved secret key)</source>
        <translation>inchangée (clé secrète enregistrée)</translation>
    </message>
    <message>
        <source>CloudStack</source>
        <translation>CloudStack</translation>
    </message>
</context>
<context>
    <name>welkin::CloudStackProvider</name>
    <message>
        <source>No snapshot was named (option &quot;snapshotId&quot;)</source>
        <translation>Aucun instantané n&apos;a été indiqué (option « snapshotId »)</translation>
    </message>
    <message>
        <source>CloudStack does not support &quot;%1&quot;</source>
        <translation>CloudStack ne prend pas en charge « %1 »</translation>
    </message>
    <message>
        <source>Could not %1: not connected to %2 (%3)</source>
        <extracomment>%1 = what could not be done (&quot;shut down web-1&quot;), %2 = connection, %3 = its state</extracomment>
        <translation>Action impossible (%1) : non connecté à %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not a virtual machine of %2</source>
        <translation>%1 n&apos;est pas une machine virtuelle de %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = action (&quot;shut down&quot;), %2 = VM name</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>open the console of %1</source>
        <translation>ouvrir la console de %1</translation>
    </message>
    <message>
        <source>%1 has no console while it is not running (it is %2)</source>
        <translation>%1 n&apos;a pas de console tant qu&apos;elle n&apos;est pas en marche (état : %2)</translation>
    </message>
    <message>
        <source>%1 does not offer consoles through its API (createConsoleEndpoint needs CloudStack 4.18 or later); open the console of %2 in the CloudStack web UI</source>
        <translation>%1 ne propose pas de console via son API (createConsoleEndpoint nécessite CloudStack 4.18 ou plus récent) ; ouvrez la console de %2 dans l&apos;interface web de CloudStack</translation>
    </message>
    <message>
        <source>Could not open the console of %1: %2</source>
        <translation>Impossible d&apos;ouvrir la console de %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a CloudStack API URL (expected cloudstack+https://HOST/client/api)</source>
        <translation>%1 n&apos;est pas une URL d&apos;API CloudStack (attendu : cloudstack+https://HOST/client/api)</translation>
    </message>
    <message>
        <source>API key for %1:</source>
        <translation>Clé d&apos;API pour %1 :</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Clé secrète :</translation>
    </message>
    <message>
        <source>No API key and secret key were given for %1</source>
        <translation>Aucune clé d&apos;API ni clé secrète n&apos;a été fournie pour %1</translation>
    </message>
    <message>
        <source>%1 (retrying in %2 s)</source>
        <extracomment>%1 = what went wrong, %2 = seconds</extracomment>
        <translation>%1 (nouvel essai dans %2 s)</translation>
    </message>
    <message>
        <source>The connection to %1 was closed</source>
        <translation>La connexion à %1 a été fermée</translation>
    </message>
    <message>
        <source>list the snapshots of %1</source>
        <extracomment>%1 = VM name</extracomment>
        <translation>lister les instantanés de %1</translation>
    </message>
    <message>
        <source>No service offering was chosen (option &quot;sizeId&quot;)</source>
        <translation>Aucune offre de service n&apos;a été choisie (option « sizeId »)</translation>
    </message>
    <message>
        <source>Scale %1 to %2</source>
        <extracomment>Task title: %1 = VM, %2 = service offering (&quot;Scale web-01 to Medium Instance&quot;)</extracomment>
        <translation>Redimensionner %1 vers %2</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Redimensionner %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <extracomment>Task title: %1 = VM, %2 = its new name</extracomment>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>No new name was given (option &quot;name&quot;)</source>
        <translation>Aucun nouveau nom n&apos;a été fourni (option « name »)</translation>
    </message>
    <message>
        <source>Read what %1 offers</source>
        <translation>Lire l&apos;offre de %1</translation>
    </message>
    <message>
        <source>read what %1 offers</source>
        <extracomment>%1 = connection name</extracomment>
        <translation>lire l&apos;offre de %1</translation>
    </message>
    <message>
        <source>%1 offers no zone to create VMs in</source>
        <translation>%1 ne propose aucune zone où créer des VM</translation>
    </message>
    <message>
        <source>%1 has no zone %2</source>
        <translation>%1 n&apos;a pas de zone %2</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Créer %1</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>créer %1</translation>
    </message>
    <message>
        <source>Give the VM a name</source>
        <translation>Donnez un nom à la VM</translation>
    </message>
    <message>
        <source>Choose a zone for %1</source>
        <translation>Choisissez une zone pour %1</translation>
    </message>
    <message>
        <source>Choose a service offering for %1</source>
        <translation>Choisissez une offre de service pour %1</translation>
    </message>
    <message>
        <source>Choose a template for %1</source>
        <translation>Choisissez un modèle pour %1</translation>
    </message>
    <message>
        <source>CloudStack creates one VM at a time</source>
        <translation>CloudStack crée une seule VM à la fois</translation>
    </message>
    <message>
        <source>deployVirtualMachine finished without naming the new VM</source>
        <translation>deployVirtualMachine s&apos;est terminé sans nommer la nouvelle VM</translation>
    </message>
    <message>
        <source>Import key pair %1</source>
        <translation>Importer la paire de clés %1</translation>
    </message>
    <message>
        <source>import key pair %1</source>
        <translation>importer la paire de clés %1</translation>
    </message>
    <message>
        <source>Give the key pair a name</source>
        <translation>Donnez un nom à la paire de clés</translation>
    </message>
    <message>
        <source>No public key was given for %1</source>
        <translation>Aucune clé publique n&apos;a été fournie pour %1</translation>
    </message>
    <message>
        <source>Stopped following; CloudStack may still complete it</source>
        <translation>Suivi arrêté ; CloudStack peut encore terminer l&apos;opération</translation>
    </message>
</context>
<context>
    <name>welkin::CloudVmActions</name>
    <message>
        <source>Resi&amp;ze…</source>
        <translation>&amp;Redimensionner…</translation>
    </message>
    <message>
        <source>Re&amp;build…</source>
        <translation>Re&amp;construire…</translation>
    </message>
    <message>
        <source>Give the server another size (flavor or service offering)</source>
        <translation>Donner une autre taille au serveur (gabarit ou offre de service)</translation>
    </message>
    <message>
        <source>Keep the new size; the old one is released</source>
        <translation>Conserver la nouvelle taille ; l&apos;ancienne est libérée</translation>
    </message>
    <message>
        <source>Go back to the size the server had before the resize</source>
        <translation>Revenir à la taille qu&apos;avait le serveur avant le redimensionnement</translation>
    </message>
    <message>
        <source>Replace the server&apos;s disk with a fresh copy of an image</source>
        <translation>Remplacer le disque du serveur par une copie neuve d&apos;une image</translation>
    </message>
    <message>
        <source>Refuse actions on the server by anyone but admins until it is unlocked</source>
        <translation>Refuser les actions sur le serveur à tous sauf aux administrateurs jusqu&apos;à son déverrouillage</translation>
    </message>
    <message>
        <source>Allow actions on the server again</source>
        <translation>Autoriser à nouveau les actions sur le serveur</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Redimensionner %1</translation>
    </message>
    <message>
        <source>Rebuild %1</source>
        <translation>Reconstruire %1</translation>
    </message>
    <message>
        <source>The size %1 gets. OpenStack then asks to confirm or revert it.</source>
        <translation>La taille que reçoit %1. OpenStack demande ensuite de la confirmer ou de l&apos;annuler.</translation>
    </message>
    <message>
        <source>The image %1 is rebuilt from. Everything on its disk is lost.</source>
        <translation>L&apos;image à partir de laquelle %1 est reconstruit. Tout le contenu de son disque est perdu.</translation>
    </message>
    <message>
        <source>Could not read what the cloud offers: %1</source>
        <translation>Impossible de lire l&apos;offre du cloud : %1</translation>
    </message>
    <message>
        <source>The size %1 gets.</source>
        <translation>La taille que reçoit %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::CloudsYamlImportDialog</name>
    <message>
        <source>Import clouds.yaml</source>
        <translation>Importer clouds.yaml</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Clouds:</source>
        <translation>&amp;Clouds :</translation>
    </message>
    <message>
        <source>&amp;Use This Cloud</source>
        <translation>&amp;Utiliser ce cloud</translation>
    </message>
    <message>
        <source>No clouds.yaml in the standard places (%1): choose a file.</source>
        <translation>Aucun clouds.yaml aux emplacements habituels (%1) : choisissez un fichier.</translation>
    </message>
    <message>
        <source>Open clouds.yaml</source>
        <translation>Ouvrir clouds.yaml</translation>
    </message>
    <message>
        <source>OpenStack client configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Configuration du client OpenStack (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a clouds.yaml (%2 bytes).</source>
        <translation>%1 est trop volumineux pour un clouds.yaml (%2 octets).</translation>
    </message>
    <message>
        <source>%1 defines no clouds.</source>
        <translation>%1 ne définit aucun cloud.</translation>
    </message>
    <message numerus="yes">
        <source>%n cloud(s) in this file.</source>
        <translation>
            <numerusform>%n cloud dans ce fichier.</numerusform>
            <numerusform>%n clouds dans ce fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::ConnectionController</name>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>&amp;Ajouter une connexion…</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Re&amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>&amp;Modifier la connexion…</translation>
    </message>
    <message>
        <source>Re&amp;move Connection</source>
        <translation>&amp;Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot;?

Its VMs are not touched; Welkin only forgets how to reach them.</source>
        <translation>Supprimer la connexion « %1 » ?

Ses VM ne sont pas touchées ; Welkin oublie seulement comment les joindre.</translation>
    </message>
    <message>
        <source>Import from &amp;virt-manager…</source>
        <translation>Importer depuis &amp;virt-manager…</translation>
    </message>
    <message>
        <source>&amp;Import Connections…</source>
        <translation>&amp;Importer des connexions…</translation>
    </message>
    <message>
        <source>E&amp;xport Connections…</source>
        <translation>E&amp;xporter les connexions…</translation>
    </message>
    <message>
        <source>Adds the connections saved in virt-manager</source>
        <translation>Ajoute les connexions enregistrées dans virt-manager</translation>
    </message>
    <message>
        <source>Adds connections from a file written by Export Connections</source>
        <translation>Ajoute des connexions depuis un fichier créé avec « Exporter les connexions »</translation>
    </message>
    <message>
        <source>Writes the open connections to a JSON file, without passwords</source>
        <translation>Écrit les connexions ouvertes dans un fichier JSON, sans les mots de passe</translation>
    </message>
    <message>
        <source>Welkin connections (%1)</source>
        <translation>Connexions Welkin (%1)</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Importer des connexions</translation>
    </message>
    <message>
        <source>Export Connections</source>
        <translation>Exporter les connexions</translation>
    </message>
    <message>
        <source>Import from virt-manager</source>
        <translation>Importer depuis virt-manager</translation>
    </message>
    <message>
        <source>virt-manager</source>
        <translation>virt-manager</translation>
    </message>
    <message>
        <source>There are no connections to export.</source>
        <translation>Il n&apos;y a aucune connexion à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1</source>
        <translation>
            <numerusform>%n connexion exportée vers %1</numerusform>
            <numerusform>%n connexions exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no connections.</source>
        <translation>%1 ne contient aucune connexion.</translation>
    </message>
    <message>
        <source>These connections could not be added (unknown kind or name taken):
%1</source>
        <translation>Ces connexions n&apos;ont pas pu être ajoutées (type inconnu ou nom déjà pris) :
%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n connection(s)</source>
        <translation>
            <numerusform>%n connexion ajoutée</numerusform>
            <numerusform>%n connexions ajoutées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::ConnectionDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>Choose a kind of connection.</source>
        <translation>Choisissez un type de connexion.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Trusted Certificate</source>
        <translation>Certificat approuvé</translation>
    </message>
    <message>
        <source>&amp;Forget This Certificate</source>
        <translation>&amp;Oublier ce certificat</translation>
    </message>
    <message>
        <source>Forgotten when you press OK: the next connection shows the server&apos;s certificate and asks again.</source>
        <translation>Oublié lorsque vous cliquez sur OK : la prochaine connexion affichera le certificat du serveur et demandera à nouveau.</translation>
    </message>
    <message>
        <source>You trusted this server certificate although no trusted authority vouches for it. Welkin accepts exactly this certificate for this connection and refuses any other.</source>
        <translation>Vous avez fait confiance à ce certificat de serveur bien qu&apos;aucune autorité de confiance ne le garantisse. Welkin accepte exactement ce certificat pour cette connexion et refuse tout autre.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire le :</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expiré)</translation>
    </message>
    <message>
        <source>Trusted on:</source>
        <translation>Approuvé le :</translation>
    </message>
    <message>
        <source>The test failed: change the connection or test it again</source>
        <translation>Le test a échoué : modifiez la connexion ou testez-la à nouveau</translation>
    </message>
</context>
<context>
    <name>welkin::ConnectionImportDialog</name>
    <message>
        <source>Import Connections</source>
        <translation>Importer des connexions</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) found in %1. Choose the ones to add; no passwords are imported, Welkin asks for them when it connects.</source>
        <translation>
            <numerusform>%n connexion trouvée dans %1. Choisissez celles à ajouter ; aucun mot de passe n&apos;est importé, Welkin le demande lors de la connexion.</numerusform>
            <numerusform>%n connexions trouvées dans %1. Choisissez celles à ajouter ; aucun mot de passe n&apos;est importé, Welkin les demande lors de la connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — already added</source>
        <translation>%1 — déjà ajoutée</translation>
    </message>
    <message>
        <source>&amp;Add Connections</source>
        <translation>&amp;Ajouter les connexions</translation>
    </message>
</context>
<context>
    <name>welkin::ConnectionTester</name>
    <message numerus="yes">
        <source>No answer within %n second(s): the host may be down or a firewall drops the connection.</source>
        <translation>
            <numerusform>Pas de réponse en %n seconde : l&apos;hôte est peut-être arrêté ou un pare-feu bloque la connexion.</numerusform>
            <numerusform>Pas de réponse en %n secondes : l&apos;hôte est peut-être arrêté ou un pare-feu bloque la connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welkin cannot open &quot;%1&quot; connections.</source>
        <translation>Welkin ne sait pas ouvrir les connexions « %1 ».</translation>
    </message>
    <message>
        <source>Connected: %1, %2.</source>
        <translation>Connecté : %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VM</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>welkin::ConsoleOpener</name>
    <message>
        <source>Viewer for %1: %2</source>
        <translation>Visionneuse pour %1 : %2</translation>
    </message>
    <message>
        <source>The connection of this VM is gone.</source>
        <translation>La connexion de cette VM n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The console page could not be opened in the browser.</source>
        <translation>La page de la console n&apos;a pas pu être ouverte dans le navigateur.</translation>
    </message>
</context>
<context>
    <name>welkin::ConsoleTabs</name>
    <message>
        <source>Attach</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Détacher</translation>
    </message>
</context>
<context>
    <name>welkin::ConsoleVmPage</name>
    <message>
        <source>Open console</source>
        <translation>Ouvrir la console</translation>
    </message>
    <message>
        <source>Open in remote-viewer</source>
        <translation>Ouvrir dans remote-viewer</translation>
    </message>
    <message>
        <source>Opening the console…</source>
        <translation>Ouverture de la console…</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>The console opened in the browser.</source>
        <translation>La console s&apos;est ouverte dans le navigateur.</translation>
    </message>
    <message>
        <source>The console opened in the browser: %1</source>
        <translation>La console s&apos;est ouverte dans le navigateur : %1</translation>
    </message>
    <message>
        <source>Open console in browser</source>
        <translation>Ouvrir la console dans le navigateur</translation>
    </message>
</context>
<context>
    <name>welkin::ConsoleWall</name>
    <message>
        <source>Type Clipboard into Checked</source>
        <translation>Taper le presse-papiers dans les consoles cochées</translation>
    </message>
    <message>
        <source>Types the clipboard&apos;s text as keystrokes into every checked, connected console</source>
        <translation>Tape le texte du presse-papiers, touche par touche, dans chaque console cochée et connectée</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Open Full Console</source>
        <translation>Ouvrir la console complète</translation>
    </message>
    <message>
        <source>The focused VM&apos;s console in the main window (or double-click a console)</source>
        <translation>La console de la VM active dans la fenêtre principale (ou double-cliquez sur une console)</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Consoles that show no screen try again</source>
        <translation>Les consoles qui n&apos;affichent aucun écran réessaient</translation>
    </message>
    <message>
        <source>Click a console to type into it; double-click for its full console.</source>
        <translation>Cliquez sur une console pour y taper ; double-cliquez pour ouvrir sa console complète.</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) left out: a console wall shows at most %1 consoles.</source>
        <translation>
            <numerusform>%n VM laissée de côté : un mur de consoles affiche au plus %1 consoles.</numerusform>
            <numerusform>%n VM laissées de côté : un mur de consoles affiche au plus %1 consoles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection of this VM is gone.</source>
        <translation>La connexion de cette VM n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Looking up the console…</source>
        <translation>Recherche de la console…</translation>
    </message>
    <message>
        <source>This console opens in the browser. Double-click to open it.</source>
        <translation>Cette console s&apos;ouvre dans le navigateur. Double-cliquez pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This VM has a %1 console; a wall shows VNC consoles. Double-click to open it in remote-viewer.</source>
        <translation>Cette VM a une console %1 ; un mur affiche les consoles VNC. Double-cliquez pour l&apos;ouvrir dans remote-viewer.</translation>
    </message>
    <message>
        <source>Opening an SSH tunnel to %1…</source>
        <translation>Ouverture d&apos;un tunnel SSH vers %1…</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparue</translation>
    </message>
    <message numerus="yes">
        <source>Typed %1 into %n console(s).</source>
        <translation>
            <numerusform>Saisie de %1 dans %n console.</numerusform>
            <numerusform>Saisie de %1 dans %n consoles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked console(s) without a connection got nothing.</source>
        <translation>
            <numerusform>%n console cochée sans connexion n&apos;a rien reçu.</numerusform>
            <numerusform>%n consoles cochées sans connexion n&apos;ont rien reçu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <source>Type Clipboard</source>
        <translation>Taper le presse-papiers</translation>
    </message>
    <message numerus="yes">
        <source>Type %n characters into every checked console?</source>
        <translation>
            <numerusform>Taper %n caractère dans chaque console cochée ?</numerusform>
            <numerusform>Taper %n caractères dans chaque console cochée ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Console Wall (%n console(s))</source>
        <translation>
            <numerusform>Mur de consoles (%n console)</numerusform>
            <numerusform>Mur de consoles (%n consoles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::ConsoleWallTile</name>
    <message>
        <source>Include this console in &quot;Type Clipboard into Checked&quot;</source>
        <translation>Inclure cette console dans « Taper le presse-papiers dans les consoles cochées »</translation>
    </message>
    <message>
        <source>Waiting for the console…</source>
        <translation>En attente de la console…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The console password was refused. Double-click to open the full console and enter it.</source>
        <translation>Le mot de passe de la console a été refusé. Double-cliquez pour ouvrir la console complète et le saisir.</translation>
    </message>
</context>
<context>
    <name>welkin::ConsoleWidget</name>
    <message>
        <source>%1 - Console</source>
        <translation>%1 - Console</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Saisir le mot de passe…</translation>
    </message>
    <message>
        <source>The console password could not be read (read-only connection).</source>
        <translation>Le mot de passe de la console est illisible (connexion en lecture seule).</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Suppr</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Ctrl+Alt+Retour arrière</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Ctrl+Alt+F%1</translation>
    </message>
    <message>
        <source>PrintScreen</source>
        <translation>Impr. écran</translation>
    </message>
    <message>
        <source>Send key</source>
        <translation>Envoyer une touche</translation>
    </message>
    <message>
        <source>Type clipboard</source>
        <translation>Taper le presse-papiers</translation>
    </message>
    <message>
        <source>Types the clipboard&apos;s text into the guest as keystrokes</source>
        <translation>Tape le texte du presse-papiers dans l&apos;invité, touche par touche</translation>
    </message>
    <message>
        <source>Scale to fit</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Scale the guest screen to the window; off: 1:1</source>
        <translation>Adapte l&apos;écran de l&apos;invité à la fenêtre ; désactivé : 1:1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation>Capture d&apos;écran…</translation>
    </message>
    <message>
        <source>Open in remote-viewer</source>
        <translation>Ouvrir dans remote-viewer</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Wrong password: %1</source>
        <translation>Mot de passe incorrect : %1</translation>
    </message>
    <message>
        <source>Console password</source>
        <translation>Mot de passe de la console</translation>
    </message>
    <message>
        <source>Password for the console of %1:</source>
        <translation>Mot de passe de la console de %1 :</translation>
    </message>
    <message numerus="yes">
        <source>Type %n characters into the guest?</source>
        <translation>
            <numerusform>Taper %n caractère dans l&apos;invité ?</numerusform>
            <numerusform>Taper %n caractères dans l&apos;invité ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Enregistrer la capture d&apos;écran</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Available once the console is connected</source>
        <translation>Disponible une fois la console connectée</translation>
    </message>
</context>
<context>
    <name>welkin::ContentArea</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Machines virtuelles</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) in this group</source>
        <translation>
            <numerusform>%n VM dans ce groupe</numerusform>
            <numerusform>%n VM dans ce groupe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>Select a connection, host or virtual machine in the tree.

Add a connection with File → Add Connection… (Ctrl+Shift+N).</source>
        <translation>Sélectionnez une connexion, un hôte ou une machine virtuelle dans l&apos;arborescence.

Ajoutez une connexion avec Fichier → Ajouter une connexion… (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <source>Server pool</source>
        <translation>Pool de serveurs</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Équilibrage</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Toutes les connexions</translation>
    </message>
</context>
<context>
    <name>welkin::CredentialDialog</name>
    <message>
        <source>Authentication for %1</source>
        <translation>Authentification pour %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for credentials.&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; demande des identifiants.&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>welkin::DashboardPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Top 10 virtual machines</source>
        <translation>Top 10 des machines virtuelles</translation>
    </message>
    <message>
        <source>Top 10 hosts</source>
        <translation>Top 10 des hôtes</translation>
    </message>
    <message>
        <source>Top 10 by:</source>
        <translation>Top 10 par :</translation>
    </message>
    <message>
        <source>Providers: %1 · Hosts: %2 · Virtual machines: %3</source>
        <translation>Fournisseurs : %1 · Hôtes : %2 · Machines virtuelles : %3</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>aucune mesure</translation>
    </message>
    <message>
        <source>CPU (hosts&apos; utilisation):</source>
        <translation>CPU (utilisation des hôtes) :</translation>
    </message>
    <message>
        <source>Memory (hosts, used):</source>
        <translation>Mémoire (hôtes, utilisée) :</translation>
    </message>
    <message>
        <source>CPU (VMs, of their vCPUs):</source>
        <translation>CPU (VM, de leurs vCPU) :</translation>
    </message>
    <message numerus="yes">
        <source>%n running VM(s) without this figure.</source>
        <translation>
            <numerusform>%n VM en marche sans cette mesure.</numerusform>
            <numerusform>%n VM en marche sans cette mesure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) without this figure.</source>
        <translation>
            <numerusform>%n hôte sans cette mesure.</numerusform>
            <numerusform>%n hôtes sans cette mesure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>the database %1 is damaged (%2) and could not be moved aside</source>
        <translation>la base de données %1 est endommagée (%2) et n&apos;a pas pu être mise de côté</translation>
    </message>
    <message>
        <source>The database %1 was damaged (%2). It was moved to %3 and a new, empty database was created: connection profiles, groups and the event log start afresh.</source>
        <translation>La base de données %1 était endommagée (%2). Elle a été déplacée vers %3 et une nouvelle base vide a été créée : les profils de connexion, les groupes et le journal des événements repartent de zéro.</translation>
    </message>
    <message>
        <source>%1 (in &quot;%2&quot;)</source>
        <translation>%1 (dans « %2 »)</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this Welkin knows (%2); it was written by a newer Welkin</source>
        <translation>la base de données a la version de schéma %1, plus récente que celle que connaît ce Welkin (%2) ; elle a été écrite par un Welkin plus récent</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>la migration vers la version de schéma %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>welkin::DeleteVmDialog</name>
    <message>
        <source>CD-ROM: kept unless checked</source>
        <translation>CD-ROM : conservé sauf si coché</translation>
    </message>
    <message>
        <source>read-only: kept unless checked</source>
        <translation>lecture seule : conservé sauf si coché</translation>
    </message>
    <message>
        <source>shareable: kept unless checked</source>
        <translation>partageable : conservé sauf si coché</translation>
    </message>
    <message>
        <source>also used by %1: kept unless checked</source>
        <translation>aussi utilisé par %1 : conservé sauf si coché</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>The definitions go with their snapshot metadata, saved state and UEFI variables. The checked disks are deleted too; this cannot be undone.</source>
        <translation>Les définitions sont supprimées avec leurs métadonnées d&apos;instantanés, leur état sauvegardé et leurs variables UEFI. Les disques cochés sont aussi supprimés ; cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1: its host is not a connected libvirt host</source>
        <translation>%1 : son hôte n&apos;est pas un hôte libvirt connecté</translation>
    </message>
    <message>
        <source>%1 is %2: it will be forced off.</source>
        <translation>%1 est %2 : son extinction sera forcée.</translation>
    </message>
    <message>
        <source>Reading the disks…</source>
        <translation>Lecture des disques…</translation>
    </message>
    <message>
        <source>Could not read the disks: %1</source>
        <translation>Impossible de lire les disques : %1</translation>
    </message>
    <message>
        <source>No disks</source>
        <translation>Aucun disque</translation>
    </message>
    <message>
        <source>(empty drive)</source>
        <translation>(lecteur vide)</translation>
    </message>
    <message>
        <source>not in a storage pool: kept</source>
        <translation>hors d&apos;un pool de stockage : conservé</translation>
    </message>
    <message>
        <source>deleted from pool &apos;%1&apos;</source>
        <translation>supprimé du pool « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Virtual Machine(s)</source>
        <translation>
            <numerusform>Supprimer %n machine virtuelle</numerusform>
            <numerusform>Supprimer %n machines virtuelles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::DesktopNotifier</name>
    <message>
        <source>Alert: %1</source>
        <translation>Alerte : %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Résolue : %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>welkin::DiskDialog</name>
    <message>
        <source>&amp;Read-only</source>
        <translation>&amp;Lecture seule</translation>
    </message>
    <message>
        <source>S&amp;hareable between VMs</source>
        <translation>Pa&amp;rtageable entre VM</translation>
    </message>
    <message>
        <source>Add Disk to %1</source>
        <translation>Ajouter un disque à %1</translation>
    </message>
    <message>
        <source>Disk Properties</source>
        <translation>Propriétés du disque</translation>
    </message>
    <message>
        <source>Insert Medium</source>
        <translation>Insérer un média</translation>
    </message>
    <message>
        <source>New volume in a pool</source>
        <translation>Nouveau volume dans un pool</translation>
    </message>
    <message>
        <source>Existing volume</source>
        <translation>Volume existant</translation>
    </message>
    <message>
        <source>CD/DVD with an ISO image</source>
        <translation>CD/DVD avec une image ISO</translation>
    </message>
    <message>
        <source>Empty CD/DVD drive</source>
        <translation>Lecteur CD/DVD vide</translation>
    </message>
    <message>
        <source>qcow2 (grows on demand, snapshots)</source>
        <translation>qcow2 (croît à la demande, instantanés)</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>Valeur par défaut de l&apos;hyperviseur</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume :</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>&amp;Bus :</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Cache :</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible :</translation>
    </message>
    <message>
        <source>A volume named &apos;%1&apos; already exists in pool &apos;%2&apos;</source>
        <translation>Un volume nommé « %1 » existe déjà dans le pool « %2 »</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; is not active</source>
        <translation>Le pool « %1 » n&apos;est pas actif</translation>
    </message>
    <message>
        <source>%1 is more than the %2 free in pool &apos;%3&apos;</source>
        <translation>%1 dépasse les %2 libres dans le pool « %3 »</translation>
    </message>
</context>
<context>
    <name>welkin::EditedDefinition</name>
    <message>
        <source>The definition must start with &lt;domain&gt;, not &lt;%1&gt;.</source>
        <translation>La définition doit commencer par &lt;domain&gt;, pas par &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The &lt;uuid&gt; is %1, but this VM&apos;s is %2: defining it would make another VM. Use Clone to copy a VM.</source>
        <translation>L&apos;&lt;uuid&gt; vaut %1, mais celle de cette VM vaut %2 : la définir créerait une autre VM. Utilisez Cloner pour copier une VM.</translation>
    </message>
    <message>
        <source>The definition is empty.</source>
        <translation>La définition est vide.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>welkin::EvacuationPlanner</name>
    <message>
        <source>No host stays under the ceilings; %1 has room for its memory (CPU %2%, memory %3% after the move)</source>
        <translation>Aucun hôte ne reste sous les plafonds ; %1 a de la place pour sa mémoire (CPU %2 %, mémoire %3 % après le déplacement)</translation>
    </message>
    <message>
        <source>%1 has the most free memory: %2 (CPU %3%, memory %4% after the move)</source>
        <translation>%1 a le plus de mémoire libre : %2 (CPU %3 %, mémoire %4 % après le déplacement)</translation>
    </message>
    <message>
        <source>every host with room runs a VM of “%1”, which is kept apart</source>
        <translation>chaque hôte ayant de la place exécute une VM de « %1 », qui doit rester séparé</translation>
    </message>
    <message>
        <source>It cannot be migrated.</source>
        <translation>Elle ne peut pas être migrée.</translation>
    </message>
    <message>
        <source>No other host of the pool can take VMs: they are in maintenance, not connected or of unknown size.</source>
        <translation>Aucun autre hôte du pool ne peut accueillir de VM : ils sont en maintenance, non connectés ou de taille inconnue.</translation>
    </message>
    <message>
        <source>No other host has %1 of free memory.</source>
        <translation>Aucun autre hôte n&apos;a %1 de mémoire libre.</translation>
    </message>
    <message>
        <source>%1 is not a host of this pool.</source>
        <translation>%1 n&apos;est pas un hôte de ce pool.</translation>
    </message>
    <message>
        <source>No VM runs on %1: it can enter maintenance now.</source>
        <translation>Aucune VM ne tourne sur %1 : il peut passer en maintenance dès maintenant.</translation>
    </message>
    <message>
        <source>One VM cannot move and stays running on %1.</source>
        <translation>Une VM ne peut pas être déplacée et reste en marche sur %1.</translation>
    </message>
    <message>
        <source>%1 VMs cannot move and stay running on %2.</source>
        <translation>%1 VM ne peuvent pas être déplacées et restent en marche sur %2.</translation>
    </message>
</context>
<context>
    <name>welkin::EventLog</name>
    <message>
        <source>Could not read the event log: %1</source>
        <translation>Impossible de lire le journal des événements : %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>welkin::EventLogDialog</name>
    <message>
        <source>Info</source>
        <translation>Infos</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Load More</source>
        <translation>Charger la suite</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Resource or connection name…</source>
        <translation>Nom de ressource ou de connexion…</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Du–au</translation>
    </message>
    <message>
        <source>Every row the filters accept, also those not loaded yet</source>
        <translation>Chaque ligne acceptée par les filtres, y compris celles pas encore chargées</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Uniquement %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown, loading more…</source>
        <translation>
            <numerusform>%n événement affiché, chargement de la suite…</numerusform>
            <numerusform>%n événements affichés, chargement de la suite…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown, more in the log</source>
        <translation>
            <numerusform>%n événement affiché, d&apos;autres dans le journal</numerusform>
            <numerusform>%n événements affichés, d&apos;autres dans le journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Event Log</source>
        <translation>Exporter le journal des événements</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s).</source>
        <translation>
            <numerusform>%n ligne exportée.</numerusform>
            <numerusform>%n lignes exportées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::EventLogModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échouée : %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulée : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Task / event</source>
        <translation>Tâche / événement</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
</context>
<context>
    <name>welkin::GroupPanel</name>
    <message>
        <source>Group name:</source>
        <translation>Nom du groupe :</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>Right-click VMs: Add to Group</source>
        <translation>Clic droit sur des VM : Ajouter au groupe</translation>
    </message>
    <message>
        <source>Add to &amp;Group</source>
        <translation>Ajouter au &amp;groupe</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>&amp;Rename Group…</source>
        <translation>&amp;Renommer le groupe…</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>&amp;Delete Group</source>
        <translation>&amp;Supprimer le groupe</translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n VM(s), %2 running)</source>
        <translation>
            <numerusform>%1 (%n VM, %2 en marche)</numerusform>
            <numerusform>%1 (%n VM, %2 en marche)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Console &amp;Wall</source>
        <translation>Ouvrir le &amp;mur de consoles</translation>
    </message>
</context>
<context>
    <name>welkin::HardwareDiskModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation>CD/DVD</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>Disquette</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Read/write</source>
        <translation>Lecture/écriture</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>welkin::HardwareNicModel</name>
    <message>
        <source>(chosen on Apply)</source>
        <translation>(choisie lors de l&apos;application)</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Réseau virtuel</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>welkin::HelpDialog</name>
    <message>
        <source>VMs and hosts whose name, UUID, IP address, host or OS contains “web”</source>
        <translation>VM et hôtes dont le nom, l&apos;UUID, l&apos;adresse IP, l&apos;hôte ou le système d&apos;exploitation contient « web »</translation>
    </message>
    <message>
        <source>both words: web VMs with an address in 10.0.4.x</source>
        <translation>les deux mots : VM « web » ayant une adresse dans 10.0.4.x</translation>
    </message>
    <message>
        <source>paused VMs</source>
        <translation>VM en pause</translation>
    </message>
    <message>
        <source>VMs that crashed or are in error (several states: any of them)</source>
        <translation>VM plantées ou en erreur (plusieurs états : l&apos;un quelconque d&apos;entre eux)</translation>
    </message>
    <message>
        <source>VMs using more than 80 % of their own vCPUs</source>
        <translation>VM utilisant plus de 80 % de leurs propres vCPU</translation>
    </message>
    <message>
        <source>running web VMs above 80 % CPU</source>
        <translation>VM « web » en marche à plus de 80 % de CPU</translation>
    </message>
    <message>
        <source>VMs using 90 % of their memory or more</source>
        <translation>VM utilisant 90 % de leur mémoire ou plus</translation>
    </message>
    <message>
        <source>VMs taking more than a quarter of their host&apos;s CPU</source>
        <translation>VM prenant plus d&apos;un quart du CPU de leur hôte</translation>
    </message>
    <message>
        <source>VMs reading and writing more than 10 MiB/s together</source>
        <translation>VM lisant et écrivant plus de 10 MiB/s au total</translation>
    </message>
    <message>
        <source>VMs receiving over 500 KiB/s while sending under 1 KiB/s</source>
        <translation>VM recevant plus de 500 KiB/s tout en envoyant moins de 1 KiB/s</translation>
    </message>
    <message>
        <source>percent (0–100)</source>
        <translation>pourcentage (0–100)</translation>
    </message>
    <message>
        <source>bytes per second</source>
        <translation>octets par seconde</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Welkin Help – %1</source>
        <translation>Aide de Welkin – %1</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Welkin</source>
        <translation>Welkin</translation>
    </message>
    <message>
        <source>One console for libvirt hosts, OpenStack and CloudStack clouds.</source>
        <translation>Une console pour les hôtes libvirt et les clouds OpenStack et CloudStack.</translation>
    </message>
    <message>
        <source>The window</source>
        <translation>La fenêtre</translation>
    </message>
    <message>
        <source>Left: your connections, their hosts and VMs, with the search box and the quick filters (All, Running, Stopped, Paused, Problem) above and your groups below.</source>
        <translation>À gauche : vos connexions, leurs hôtes et leurs VM, avec au-dessus le champ de recherche et les filtres rapides (Toutes, En marche, Arrêtées, En pause, Problème) et en dessous vos groupes.</translation>
    </message>
    <message>
        <source>Right: what the selection holds: tables of VMs and hosts, a host&apos;s storage and networks, or one VM&apos;s overview, console, performance, details, snapshots and XML.</source>
        <translation>À droite : le contenu de la sélection : tableaux de VM et d&apos;hôtes, stockage et réseaux d&apos;un hôte, ou vue d&apos;ensemble, console, performances, détails, instantanés et XML d&apos;une VM.</translation>
    </message>
    <message>
        <source>Finding things</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Type in the search box (%1): words, power states and live figures such as %2. See &lt;a href=&quot;#search&quot;&gt;Search syntax&lt;/a&gt;.</source>
        <translation>Tapez dans le champ de recherche (%1) : des mots, des états et des mesures en direct comme %2. Voir &lt;a href=&quot;#search&quot;&gt;Syntaxe de recherche&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>The Connection menu adds, edits, reconnects, disconnects and removes connections (it works on the connection of what is selected), imports those saved in virt-manager or in a file, and exports yours to a file without passwords.</source>
        <translation>Le menu Connexion ajoute, modifie, reconnecte, déconnecte et supprime des connexions (il agit sur la connexion de l&apos;élément sélectionné), importe celles enregistrées dans virt-manager ou dans un fichier, et exporte les vôtres dans un fichier sans les mots de passe.</translation>
    </message>
    <message>
        <source>Working with VMs</source>
        <translation>Travailler avec les VM</translation>
    </message>
    <message>
        <source>Select one or more VMs, in the tree or a table, then use the toolbar, the Virtual Machine menu or the right-click menu. Double-click a VM to open its console.</source>
        <translation>Sélectionnez une ou plusieurs VM, dans l&apos;arborescence ou dans un tableau, puis utilisez la barre d&apos;outils, le menu Machine virtuelle ou le menu contextuel. Double-cliquez sur une VM pour ouvrir sa console.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>%1 shows the help for where you are. All shortcuts: &lt;a href=&quot;#shortcuts&quot;&gt;Keyboard shortcuts&lt;/a&gt;.</source>
        <translation>%1 affiche l&apos;aide de l&apos;endroit où vous vous trouvez. Tous les raccourcis : &lt;a href=&quot;#shortcuts&quot;&gt;Raccourcis clavier&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>More at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</source>
        <translation>Plus d&apos;informations sur &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The search box filters the tree and the VM table. A query is a list of terms separated by spaces; &lt;b&gt;every&lt;/b&gt; term must hold. A term has no spaces inside.</source>
        <translation>Le champ de recherche filtre l&apos;arborescence et le tableau des VM. Une requête est une liste de termes séparés par des espaces ; &lt;b&gt;chaque&lt;/b&gt; terme doit être vérifié. Un terme ne contient pas d&apos;espace.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Finds</source>
        <translation>Trouve</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Any other term is a word. Case does not matter; each word must occur somewhere in a VM&apos;s name, UUID, IP addresses, host name or OS, or in a host&apos;s name, host name, URI or hypervisor.</source>
        <translation>Tout autre terme est un mot. La casse est ignorée ; chaque mot doit figurer quelque part dans le nom, l&apos;UUID, les adresses IP, le nom d&apos;hôte ou le système d&apos;exploitation d&apos;une VM, ou dans le nom, le nom d&apos;hôte, l&apos;URI ou l&apos;hyperviseur d&apos;un hôte.</translation>
    </message>
    <message>
        <source>Power states</source>
        <translation>États</translation>
    </message>
    <message>
        <source>%1 keeps the VMs in that state: %2. %3, %4 and %5 also mean shut-off. Several %1 terms: a VM in any of those states.</source>
        <translation>%1 garde les VM dans cet état : %2. %3, %4 et %5 signifient aussi éteinte. Plusieurs termes %1 : une VM dans l&apos;un de ces états.</translation>
    </message>
    <message>
        <source>Live figures</source>
        <translation>Mesures en direct</translation>
    </message>
    <message>
        <source>%1 compares a VM&apos;s newest figure: no spaces around the comparison, which is one of %2.</source>
        <translation>%1 compare la mesure la plus récente d&apos;une VM : pas d&apos;espace autour de l&apos;opérateur de comparaison, qui est l&apos;un de %2.</translation>
    </message>
    <message>
        <source> (or %1)</source>
        <translation> (ou %1)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Numbers such as %1, %2 or %3. The suffixes %4, %5, %6 and %7 multiply by 1024 (%8 is 10 MiB/s) and may be followed by %9, %10 or %11; a percentage may end in %12 and is at most 100.</source>
        <translation>Des nombres comme %1, %2 ou %3. Les suffixes %4, %5, %6 et %7 multiplient par 1024 (%8 vaut 10 MiB/s) et peuvent être suivis de %9, %10 ou %11 ; un pourcentage peut se terminer par %12 et vaut au plus 100.</translation>
    </message>
    <message>
        <source>A query with a state or a figure lists VMs only (their hosts and connections stay as parents). A VM without figures yet matches no figure term; figure results follow the live values, refreshed at most once a second.</source>
        <translation>Une requête avec un état ou une mesure ne liste que des VM (leurs hôtes et connexions restent affichés comme parents). Une VM encore sans mesures ne correspond à aucun terme de mesure ; les résultats sur les mesures suivent les valeurs en direct, actualisées au plus une fois par seconde.</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>A term that does not parse is explained under the search box, for example “%1”, and the list keeps what the last valid query showed. A word with %2, %3, %4 or %5 in it is read as a comparison.</source>
        <translation>Un terme qui ne peut pas être analysé est expliqué sous le champ de recherche, par exemple « %1 », et la liste conserve ce qu&apos;affichait la dernière requête valide. Un mot contenant %2, %3, %4 ou %5 est lu comme une comparaison.</translation>
    </message>
    <message>
        <source>%1 puts the cursor in the search box; %2 there clears the search. The quick filter buttons apply on top of the query.</source>
        <translation>%1 place le curseur dans le champ de recherche ; %2 y efface la recherche. Les boutons de filtre rapide s&apos;appliquent en plus de la requête.</translation>
    </message>
    <message>
        <source>No shortcuts.</source>
        <translation>Aucun raccourci.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>bytes: memused&gt;4G means more than 4 GiB</source>
        <translation>octets : memused&gt;4G signifie plus de 4 GiB</translation>
    </message>
    <message>
        <source>Bottom: tasks and events, where a failed task says why, and the active alerts. View › Event Log shows everything recorded, also from earlier runs.</source>
        <translation>En bas : tâches et événements, où une tâche en échec indique pourquoi, et les alertes actives. Affichage › Journal des événements montre tout ce qui a été enregistré, y compris lors des sessions précédentes.</translation>
    </message>
    <message>
        <source>View › Monitoring opens the dashboard of all connections and the alert rules; View › Alerts lists the alerts, to acknowledge them or go to their resource. Virtual Machine › Open Console Wall shows the live consoles of the selected VMs side by side.</source>
        <translation>Affichage › Surveillance ouvre le tableau de bord de toutes les connexions et les règles d&apos;alerte ; Affichage › Alertes liste les alertes, pour les acquitter ou aller à leur ressource. Machine virtuelle › Ouvrir le mur de consoles montre côte à côte les consoles en direct des VM sélectionnées.</translation>
    </message>
</context>
<context>
    <name>welkin::HistoryDb</name>
    <message>
        <source>Cannot open the metric history %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique des mesures %1 : %2</translation>
    </message>
    <message>
        <source>Cannot prepare the metric history %1: %2</source>
        <translation>Impossible de préparer l&apos;historique des mesures %1 : %2</translation>
    </message>
    <message>
        <source>The metric history %1 was written by a newer Welkin (schema %2, this one knows %3).</source>
        <translation>L&apos;historique des mesures %1 a été écrit par un Welkin plus récent (schéma %2, celui-ci connaît %3).</translation>
    </message>
</context>
<context>
    <name>welkin::HistoryStore</name>
    <message>
        <source>The metric history is not available.</source>
        <translation>L&apos;historique des mesures n&apos;est pas disponible.</translation>
    </message>
</context>
<context>
    <name>welkin::HostLoadModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>CPU now</source>
        <translation>CPU actuel</translation>
    </message>
    <message>
        <source>CPU after</source>
        <translation>CPU après</translation>
    </message>
    <message>
        <source>Memory now</source>
        <translation>Mémoire actuelle</translation>
    </message>
    <message>
        <source>Memory after</source>
        <translation>Mémoire après</translation>
    </message>
</context>
<context>
    <name>welkin::HostNetworks</name>
    <message>
        <source>List networks</source>
        <translation>Lister les réseaux</translation>
    </message>
    <message>
        <source>Create network %1</source>
        <translation>Créer le réseau %1</translation>
    </message>
    <message>
        <source>Start network %1</source>
        <translation>Démarrer le réseau %1</translation>
    </message>
    <message>
        <source>Could not start network &apos;%1&apos;</source>
        <translation>Impossible de démarrer le réseau « %1 »</translation>
    </message>
    <message>
        <source>Stop network %1</source>
        <translation>Arrêter le réseau %1</translation>
    </message>
    <message>
        <source>Could not stop network &apos;%1&apos;</source>
        <translation>Impossible d&apos;arrêter le réseau « %1 »</translation>
    </message>
    <message>
        <source>Start network %1 with the host</source>
        <translation>Démarrer le réseau %1 avec l&apos;hôte</translation>
    </message>
    <message>
        <source>Do not start network %1 with the host</source>
        <translation>Ne pas démarrer le réseau %1 avec l&apos;hôte</translation>
    </message>
    <message>
        <source>Could not change the autostart of network &apos;%1&apos;</source>
        <translation>Impossible de modifier le démarrage automatique du réseau « %1 »</translation>
    </message>
    <message>
        <source>Delete network %1</source>
        <translation>Supprimer le réseau %1</translation>
    </message>
    <message>
        <source>Read the DHCP leases of %1</source>
        <translation>Lire les baux DHCP de %1</translation>
    </message>
    <message>
        <source>Could not find network &apos;%1&apos;</source>
        <translation>Réseau « %1 » introuvable</translation>
    </message>
    <message>
        <source>Could not list the networks</source>
        <translation>Impossible de lister les réseaux</translation>
    </message>
    <message>
        <source>Could not read network &apos;%1&apos;</source>
        <translation>Impossible de lire le réseau « %1 »</translation>
    </message>
    <message>
        <source>Could not read network &apos;%1&apos;: %2</source>
        <translation>Impossible de lire le réseau « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not define network &apos;%1&apos;</source>
        <translation>Impossible de définir le réseau « %1 »</translation>
    </message>
    <message>
        <source>Could not set network &apos;%1&apos; to start with the host</source>
        <translation>Impossible d&apos;activer le démarrage automatique du réseau « %1 » avec l&apos;hôte</translation>
    </message>
    <message>
        <source>Could not undefine network &apos;%1&apos;</source>
        <translation>Impossible de supprimer la définition du réseau « %1 »</translation>
    </message>
    <message>
        <source>Could not read the DHCP leases of network &apos;%1&apos;</source>
        <translation>Impossible de lire les baux DHCP du réseau « %1 »</translation>
    </message>
</context>
<context>
    <name>welkin::HostPages</name>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Storage…</source>
        <translation>Stockage…</translation>
    </message>
    <message>
        <source>Networks…</source>
        <translation>Réseaux…</translation>
    </message>
    <message>
        <source>New Storage Pool…</source>
        <translation>Nouveau pool de stockage…</translation>
    </message>
    <message>
        <source>New Network…</source>
        <translation>Nouveau réseau…</translation>
    </message>
</context>
<context>
    <name>welkin::HostStorage</name>
    <message>
        <source>%1: the connection was closed</source>
        <translation>%1 : la connexion a été fermée</translation>
    </message>
    <message>
        <source>List storage pools</source>
        <translation>Lister les pools de stockage</translation>
    </message>
    <message>
        <source>Read storage pool types</source>
        <translation>Lire les types de pools de stockage</translation>
    </message>
    <message>
        <source>Create storage pool %1</source>
        <translation>Créer le pool de stockage %1</translation>
    </message>
    <message>
        <source>Start storage pool %1</source>
        <translation>Démarrer le pool de stockage %1</translation>
    </message>
    <message>
        <source>Could not start storage pool &apos;%1&apos;</source>
        <translation>Impossible de démarrer le pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>Stop storage pool %1</source>
        <translation>Arrêter le pool de stockage %1</translation>
    </message>
    <message>
        <source>Could not stop storage pool &apos;%1&apos;</source>
        <translation>Impossible d&apos;arrêter le pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>Refresh storage pool %1</source>
        <translation>Actualiser le pool de stockage %1</translation>
    </message>
    <message>
        <source>Could not refresh storage pool &apos;%1&apos;</source>
        <translation>Impossible d&apos;actualiser le pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>Start storage pool %1 with the host</source>
        <translation>Démarrer le pool de stockage %1 avec l&apos;hôte</translation>
    </message>
    <message>
        <source>Do not start storage pool %1 with the host</source>
        <translation>Ne pas démarrer le pool de stockage %1 avec l&apos;hôte</translation>
    </message>
    <message>
        <source>Could not change the autostart of storage pool &apos;%1&apos;</source>
        <translation>Impossible de modifier le démarrage automatique du pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>Delete storage pool %1</source>
        <translation>Supprimer le pool de stockage %1</translation>
    </message>
    <message>
        <source>List the volumes of %1</source>
        <translation>Lister les volumes de %1</translation>
    </message>
    <message>
        <source>Create volume %1</source>
        <translation>Créer le volume %1</translation>
    </message>
    <message>
        <source>Resize volume %1</source>
        <translation>Redimensionner le volume %1</translation>
    </message>
    <message>
        <source>Delete volume %1</source>
        <translation>Supprimer le volume %1</translation>
    </message>
    <message>
        <source>Upload %1 to %2</source>
        <translation>Téléverser %1 vers %2</translation>
    </message>
    <message>
        <source>Download volume %1</source>
        <translation>Télécharger le volume %1</translation>
    </message>
    <message>
        <source>Could not find storage pool &apos;%1&apos;</source>
        <translation>Pool de stockage « %1 » introuvable</translation>
    </message>
    <message>
        <source>Could not find volume &apos;%1&apos; in pool &apos;%2&apos;</source>
        <translation>Volume « %1 » introuvable dans le pool « %2 »</translation>
    </message>
    <message>
        <source>Could not read storage pool &apos;%1&apos;</source>
        <translation>Impossible de lire le pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>Could not read storage pool &apos;%1&apos;: %2</source>
        <translation>Impossible de lire le pool de stockage « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not list the storage pools</source>
        <translation>Impossible de lister les pools de stockage</translation>
    </message>
    <message>
        <source>Could not read the storage pool types</source>
        <translation>Impossible de lire les types de pools de stockage</translation>
    </message>
    <message>
        <source>Could not read the storage pool types: %1</source>
        <translation>Impossible de lire les types de pools de stockage : %1</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; needs a target directory</source>
        <translation>Le pool de stockage « %1 » nécessite un répertoire cible</translation>
    </message>
    <message>
        <source>The target directory &apos;%1&apos; is not an absolute path</source>
        <translation>Le répertoire cible « %1 » n&apos;est pas un chemin absolu</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; needs the NFS server&apos;s host name</source>
        <translation>Le pool de stockage « %1 » nécessite le nom d&apos;hôte du serveur NFS</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; needs the exported directory (an absolute path)</source>
        <translation>Le pool de stockage « %1 » nécessite le répertoire exporté (un chemin absolu)</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; needs at least one device to build its volume group on</source>
        <translation>Le pool de stockage « %1 » nécessite au moins un périphérique sur lequel créer son groupe de volumes</translation>
    </message>
    <message>
        <source>A storage pool named &apos;%1&apos; already exists</source>
        <translation>Un pool de stockage nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <source>Could not define storage pool &apos;%1&apos;</source>
        <translation>Impossible de définir le pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>Could not build storage pool &apos;%1&apos;</source>
        <translation>Impossible de construire le pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>Could not set storage pool &apos;%1&apos; to start with the host</source>
        <translation>Impossible d&apos;activer le démarrage automatique du pool de stockage « %1 » avec l&apos;hôte</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is used by VM %2</source>
        <translation>Le volume « %1 » est utilisé par la VM %2</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is used by VMs %2</source>
        <translation>Le volume « %1 » est utilisé par les VM %2</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; is not active: start it to see its volumes</source>
        <translation>Le pool de stockage « %1 » n&apos;est pas actif : démarrez-le pour voir ses volumes</translation>
    </message>
    <message>
        <source>Could not list the volumes of pool &apos;%1&apos;</source>
        <translation>Impossible de lister les volumes du pool « %1 »</translation>
    </message>
    <message>
        <source>Could not read volume &apos;%1&apos;: %2</source>
        <translation>Impossible de lire le volume « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not start storage pool &apos;%1&apos; to delete its volumes</source>
        <translation>Impossible de démarrer le pool de stockage « %1 » pour supprimer ses volumes</translation>
    </message>
    <message>
        <source>Could not delete the data of storage pool &apos;%1&apos;</source>
        <translation>Impossible de supprimer les données du pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>Could not undefine storage pool &apos;%1&apos;</source>
        <translation>Impossible de supprimer la définition du pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>Could not read volume &apos;%1&apos;</source>
        <translation>Impossible de lire le volume « %1 »</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is %2: shrinking it to %3 would cut off its data</source>
        <translation>Le volume « %1 » fait %2 : le réduire à %3 tronquerait ses données</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; needs %2 more, pool &apos;%3&apos; has %4 free</source>
        <translation>Le volume « %1 » nécessite %2 de plus, le pool « %3 » a %4 de libre</translation>
    </message>
    <message>
        <source>Could not resize volume &apos;%1&apos;</source>
        <translation>Impossible de redimensionner le volume « %1 »</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is the backing file of volume &apos;%2&apos;</source>
        <translation>Le volume « %1 » est le fichier de support du volume « %2 »</translation>
    </message>
    <message>
        <source>Could not delete volume &apos;%1&apos;</source>
        <translation>Impossible de supprimer le volume « %1 »</translation>
    </message>
    <message>
        <source>the partial volume %1 is left on the host: %2</source>
        <translation>le volume partiel %1 reste sur l&apos;hôte : %2</translation>
    </message>
    <message>
        <source>the partial volume %1 is left on the host</source>
        <translation>le volume partiel %1 reste sur l&apos;hôte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 is not a qcow2 image</source>
        <translation>%1 n&apos;est pas une image qcow2</translation>
    </message>
    <message>
        <source>Could not find the new volume %1</source>
        <translation>Nouveau volume %1 introuvable</translation>
    </message>
    <message>
        <source>Could not upload %1</source>
        <translation>Impossible de téléverser %1</translation>
    </message>
    <message>
        <source>Upload cancelled</source>
        <translation>Téléversement annulé</translation>
    </message>
    <message>
        <source>it ended after %1</source>
        <translation>le fichier s&apos;est terminé après %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Upload of %1 failed after %2</source>
        <translation>Le téléversement de %1 a échoué après %2</translation>
    </message>
    <message>
        <source>Could not finish the upload of %1</source>
        <translation>Impossible de terminer le téléversement de %1</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; is not active: start it first</source>
        <translation>Le pool de stockage « %1 » n&apos;est pas actif : démarrez-le d&apos;abord</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already has a volume named &apos;%2&apos;</source>
        <translation>Le pool « %1 » a déjà un volume nommé « %2 »</translation>
    </message>
    <message>
        <source>Could not read the backing volume %1</source>
        <translation>Impossible de lire le volume de support %1</translation>
    </message>
    <message>
        <source>The size of volume &apos;%1&apos; must be more than 0</source>
        <translation>La taille du volume « %1 » doit être supérieure à 0</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; needs %2, pool &apos;%3&apos; has %4 free</source>
        <translation>Le volume « %1 » nécessite %2, le pool « %3 » a %4 de libre</translation>
    </message>
    <message>
        <source>Could not create volume &apos;%1&apos; in pool &apos;%2&apos;</source>
        <translation>Impossible de créer le volume « %1 » dans le pool « %2 »</translation>
    </message>
    <message>
        <source>Could not read the path of volume &apos;%1&apos;</source>
        <translation>Impossible de lire le chemin du volume « %1 »</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not download volume &apos;%1&apos;</source>
        <translation>Impossible de télécharger le volume « %1 »</translation>
    </message>
    <message>
        <source>Download cancelled</source>
        <translation>Téléchargement annulé</translation>
    </message>
    <message>
        <source>Download of volume &apos;%1&apos; failed after %2</source>
        <translation>Le téléchargement du volume « %1 » a échoué après %2</translation>
    </message>
    <message>
        <source>Could not finish the download of volume &apos;%1&apos;</source>
        <translation>Impossible de terminer le téléchargement du volume « %1 »</translation>
    </message>
    <message>
        <source>Could not find the volume %1</source>
        <translation>Volume %1 introuvable</translation>
    </message>
    <message>
        <source>Could not delete the volume %1</source>
        <translation>Impossible de supprimer le volume %1</translation>
    </message>
</context>
<context>
    <name>welkin::InventoryModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>VM tooltip: power state and the provider&apos;s reason, e.g. &quot;Shut off (destroyed)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>UUID: %1</source>
        <translation>UUID : %1</translation>
    </message>
    <message>
        <source>No VMs</source>
        <translation>Aucune VM</translation>
    </message>
    <message>
        <source>1 VM, %1 running</source>
        <translation>1 VM, %1 en marche</translation>
    </message>
    <message>
        <source>%1 VMs, %2 running</source>
        <translation>%1 VM, %2 en marche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>1 host</source>
        <extracomment>a server pool&apos;s row: &quot;3 hosts · 12 VMs, 9 running&quot;</extracomment>
        <translation>1 hôte</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 hôtes</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <extracomment>a server pool&apos;s memory: &quot;62 % of 96 GiB&quot; (used share of the hosts&apos; memory)</extracomment>
        <translation>%1 % de %2</translation>
    </message>
    <message>
        <source>Unknown since %1</source>
        <extracomment>a VM whose connection is lost: its state is not known since then (time of the loss)</extracomment>
        <translation>Inconnu depuis %1</translation>
    </message>
    <message>
        <source>Connection lost at %1: the state above is the last known.</source>
        <translation>Connexion perdue à %1 : l&apos;état ci-dessus est le dernier connu.</translation>
    </message>
    <message>
        <source>VMs: memory allocated to them. Hosts: their physical memory.</source>
        <translation>VM : mémoire qui leur est allouée. Hôtes : leur mémoire physique.</translation>
    </message>
</context>
<context>
    <name>welkin::InventoryViewModel</name>
    <message>
        <source>Maintenance · %1</source>
        <extracomment>a host&apos;s state in the tree: no VM is placed on it, it is left out of balancing</extracomment>
        <translation>Maintenance · %1</translation>
    </message>
    <message>
        <source>Alert: %1 (%2): %3</source>
        <extracomment>tooltip line of a tinted tree row: &quot;Alert: CPU high (cpu &gt; 50 for 10 s): 97.0 %&quot;</extracomment>
        <translation>Alerte : %1 (%2) : %3</translation>
    </message>
    <message>
        <source>An alert fired here and has resolved.</source>
        <translation>Une alerte s&apos;est déclenchée ici et a été résolue.</translation>
    </message>
    <message>
        <source>Acknowledge it in View › Alerts or from the context menu.</source>
        <translation>Acquittez-la dans Affichage › Alertes ou depuis le menu contextuel.</translation>
    </message>
</context>
<context>
    <name>welkin::Ipv4Subnet</name>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>The subnet is empty: give it as address/prefix, e.g. 192.168.150.0/24</source>
        <translation>Le sous-réseau est vide : indiquez-le sous la forme adresse/préfixe, p. ex. 192.168.150.0/24</translation>
    </message>
    <message>
        <source>%1 has no prefix: give it as address/prefix, e.g. %1/24</source>
        <translation>%1 n&apos;a pas de préfixe : indiquez-le sous la forme adresse/préfixe, p. ex. %1/24</translation>
    </message>
    <message>
        <source>%1: the prefix must be %2..%3</source>
        <translation>%1 : le préfixe doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 has host bits set: the network is %2</source>
        <translation>%1 a des bits d&apos;hôte positionnés : le réseau est %2</translation>
    </message>
    <message>
        <source>%1 is outside the subnet %2</source>
        <translation>%1 est hors du sous-réseau %2</translation>
    </message>
    <message>
        <source>The DHCP range starts at %1, after its end %2</source>
        <translation>La plage DHCP commence à %1, après sa fin %2</translation>
    </message>
    <message>
        <source>The DHCP range %1 - %2 includes the network or broadcast address of %3</source>
        <translation>La plage DHCP %1 - %2 inclut l&apos;adresse de réseau ou de diffusion de %3</translation>
    </message>
    <message>
        <source>The DHCP range %1 - %2 includes the host&apos;s address %3</source>
        <translation>La plage DHCP %1 - %2 inclut l&apos;adresse de l&apos;hôte %3</translation>
    </message>
</context>
<context>
    <name>welkin::LeaseModel</name>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
</context>
<context>
    <name>welkin::LibvirtConnectionPage</name>
    <message>
        <source>This computer: system daemon (qemu:///system)</source>
        <translation>Cet ordinateur : démon système (qemu:///system)</translation>
    </message>
    <message>
        <source>This computer: my session (qemu:///session)</source>
        <translation>Cet ordinateur : ma session (qemu:///session)</translation>
    </message>
    <message>
        <source>Remote host over SSH</source>
        <translation>Hôte distant via SSH</translation>
    </message>
    <message>
        <source>Remote host over TLS</source>
        <translation>Hôte distant via TLS</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>URI personnalisée</translation>
    </message>
    <message>
        <source>root (default: your login name)</source>
        <translation>root (par défaut : votre identifiant)</translation>
    </message>
    <message>
        <source>kvm-03.example.org or 192.0.2.10</source>
        <translation>kvm-03.example.org ou 192.0.2.10</translation>
    </message>
    <message>
        <source>System (/system)</source>
        <translation>Système (/system)</translation>
    </message>
    <message>
        <source>Session (/session)</source>
        <translation>Session (/session)</translation>
    </message>
    <message>
        <source>Connects to the libvirt daemon on this computer through its UNIX socket.</source>
        <translation>Se connecte au démon libvirt de cet ordinateur par son socket UNIX.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Daemon:</source>
        <translation>&amp;Démon :</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>U&amp;RI :</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>&amp;Se connecter à :</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI :</translation>
    </message>
    <message>
        <source>libvirt (QEMU/KVM, Xen, LXC…)</source>
        <translation>libvirt (QEMU/KVM, Xen, LXC…)</translation>
    </message>
    <message>
        <source>Authentication uses the keys in your ssh-agent (and ~/.ssh/config); the host key must already be known.</source>
        <translation>L&apos;authentification utilise les clés de votre ssh-agent (et ~/.ssh/config) ; la clé de l&apos;hôte doit déjà être connue.</translation>
    </message>
    <message>
        <source>Uses the client certificate in ~/.pki/libvirt or /etc/pki/libvirt.</source>
        <translation>Utilise le certificat client de ~/.pki/libvirt ou /etc/pki/libvirt.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Enter the remote host&apos;s name or address.</source>
        <translation>Saisissez le nom ou l&apos;adresse de l&apos;hôte distant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or address.</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte ni une adresse valide.</translation>
    </message>
    <message>
        <source>The user name may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>Le nom d&apos;utilisateur ne peut contenir que des lettres, des chiffres, « . », « _ » et « - ».</translation>
    </message>
    <message>
        <source>This computer (QEMU/KVM)</source>
        <translation>Cet ordinateur (QEMU/KVM)</translation>
    </message>
    <message>
        <source>This computer (my session)</source>
        <translation>Cet ordinateur (ma session)</translation>
    </message>
    <message>
        <source>Default: ~/.pki/libvirt, then /etc/pki</source>
        <translation>Par défaut : ~/.pki/libvirt, puis /etc/pki</translation>
    </message>
    <message>
        <source>A directory with cacert.pem, clientcert.pem and clientkey.pem</source>
        <translation>Un répertoire contenant cacert.pem, clientcert.pem et clientkey.pem</translation>
    </message>
    <message>
        <source>C&amp;ertificates:</source>
        <translation>C&amp;ertificats :</translation>
    </message>
    <message>
        <source>Uses cacert.pem, clientcert.pem and clientkey.pem in this directory.</source>
        <translation>Utilise cacert.pem, clientcert.pem et clientkey.pem de ce répertoire.</translation>
    </message>
    <message>
        <source>The certificate directory must be an absolute path, e.g. /home/me/.pki/kvm-03.</source>
        <translation>Le répertoire des certificats doit être un chemin absolu, p. ex. /home/moi/.pki/kvm-03.</translation>
    </message>
</context>
<context>
    <name>welkin::LibvirtProvider</name>
    <message>
        <source>The connection to %1 was closed</source>
        <translation>La connexion à %1 a été fermée</translation>
    </message>
    <message>
        <source>Could not %1 %2: not connected to %3 (%4)</source>
        <translation>Action impossible (%1 %2) : non connecté à %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is not a virtual machine of %2</source>
        <translation>%1 n&apos;est pas une machine virtuelle de %2</translation>
    </message>
    <message>
        <source>Could not open the console of %1: not connected to %2</source>
        <translation>Impossible d&apos;ouvrir la console de %1 : non connecté à %2</translation>
    </message>
    <message>
        <source>%1: not connected to %2 (%3)</source>
        <translation>%1 : non connecté à %2 (%3)</translation>
    </message>
    <message>
        <source>The connection was closed</source>
        <translation>La connexion a été fermée</translation>
    </message>
    <message>
        <source>Could not %1 %2: libvirt hosts have no such action</source>
        <translation>Action impossible (%1 %2) : les hôtes libvirt n&apos;ont pas cette action</translation>
    </message>
</context>
<context>
    <name>welkin::MainWindow</name>
    <message>
        <source>Welkin</source>
        <translation>Welkin</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>&amp;Machine virtuelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>&amp;Tout déplier</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Tout re&amp;plier</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s), %1 running</source>
        <translation>
            <numerusform>%n VM, %1 en marche</numerusform>
            <numerusform>%n VM, %1 en marche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1 : terminé</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtées</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>Search: name, IP, state:paused, cpu&gt;80…</source>
        <translation>Rechercher : nom, IP, state:paused, cpu&gt;80…</translation>
    </message>
    <message>
        <source>Words match a VM&apos;s name, UUID, IP, host or OS; all must occur.
state:paused keeps VMs in that state; cpu&gt;80, mem&gt;=90, disk&gt;10M compare live figures.
%1 clears the search; %2 shows the full syntax.</source>
        <translation>Les mots portent sur le nom, l&apos;UUID, l&apos;IP, l&apos;hôte ou le système d&apos;exploitation d&apos;une VM ; tous doivent figurer.
state:paused garde les VM dans cet état ; cpu&gt;80, mem&gt;=90, disk&gt;10M comparent les mesures en direct.
%1 efface la recherche ; %2 affiche la syntaxe complète.</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>&amp;Surveillance</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Welkin &amp;Help</source>
        <translation>&amp;Aide de Welkin</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>Syntaxe de &amp;recherche</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About Welkin</source>
        <translation>À &amp;propos de Welkin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Search box</source>
        <translation>Champ de recherche</translation>
    </message>
    <message>
        <source>Open Console &amp;Wall</source>
        <translation>Ouvrir le &amp;mur de consoles</translation>
    </message>
    <message>
        <source>The live consoles of the selected VMs side by side, in a window of their own</source>
        <translation>Les consoles en direct des VM sélectionnées côte à côte, dans une fenêtre à part</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Event &amp;Log…</source>
        <translation>&amp;Journal des événements…</translation>
    </message>
    <message>
        <source>“%1” is no longer in the inventory.</source>
        <translation>« %1 » ne figure plus dans l&apos;inventaire.</translation>
    </message>
    <message>
        <source>“%1” is hidden by the search or the quick filter. &lt;a href=&quot;clear-filter&quot;&gt;Show it again&lt;/a&gt;</source>
        <translation>« %1 » est masqué par la recherche ou le filtre rapide. &lt;a href=&quot;clear-filter&quot;&gt;L&apos;afficher à nouveau&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No console to show: none of these VMs is running.</source>
        <translation>Aucune console à afficher : aucune de ces VM n&apos;est en marche.</translation>
    </message>
    <message numerus="yes">
        <source>Console wall: %n VM(s) left out (at most %1 consoles).</source>
        <translation>
            <numerusform>Mur de consoles : %n VM laissée de côté (au plus %1 consoles).</numerusform>
            <numerusform>Mur de consoles : %n VM laissées de côté (au plus %1 consoles).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Console Wall of Its VMs</source>
        <translation>Ouvrir le mur de consoles de ses VM</translation>
    </message>
</context>
<context>
    <name>welkin::MaintenanceController</name>
    <message>
        <source>Exit Maintenance</source>
        <translation>Quitter la maintenance</translation>
    </message>
    <message>
        <source>Enter Maintenance…</source>
        <translation>Passer en maintenance…</translation>
    </message>
    <message>
        <source>Move this host&apos;s running VMs to the other hosts of its pool and keep new ones off it</source>
        <translation>Déplacer les VM en marche de cet hôte vers les autres hôtes de son pool et n&apos;y placer aucune nouvelle VM</translation>
    </message>
</context>
<context>
    <name>welkin::MaintenancePlanDialog</name>
    <message>
        <source>Enter Maintenance: %1</source>
        <translation>Passer en maintenance : %1</translation>
    </message>
    <message>
        <source>No VM runs on &lt;b&gt;%1&lt;/b&gt;: it enters maintenance at once.</source>
        <translation>Aucune VM ne tourne sur &lt;b&gt;%1&lt;/b&gt; : il passe immédiatement en maintenance.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; enters maintenance: Welkin places no VM on it and leaves it out of balancing until you exit maintenance. Its running VMs move live as planned below.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; passe en maintenance : Welkin n&apos;y place aucune VM et l&apos;exclut de l&apos;équilibrage jusqu&apos;à ce que vous quittiez la maintenance. Ses VM en marche sont migrées à chaud comme prévu ci-dessous.</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Why there</source>
        <translation>Pourquoi là</translation>
    </message>
    <message>
        <source>These VMs cannot move and keep running on %1:</source>
        <translation>Ces VM ne peuvent pas être déplacées et restent en marche sur %1 :</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>&amp;Enter Maintenance</source>
        <translation>Passer en &amp;maintenance</translation>
    </message>
    <message>
        <source>&amp;Enter Maintenance and Move</source>
        <translation>Passer en &amp;maintenance et déplacer</translation>
    </message>
</context>
<context>
    <name>welkin::MetricChart</name>
    <message>
        <source>%1 — no figures</source>
        <translation>%1 — aucune mesure</translation>
    </message>
</context>
<context>
    <name>welkin::MigrateDialog</name>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloquant</translation>
    </message>
    <message>
        <source>&amp;Live: the VM keeps running</source>
        <translation>À &amp;chaud : la VM continue de tourner</translation>
    </message>
    <message>
        <source>&amp;Paused while it moves</source>
        <translation>En &amp;pause pendant le déplacement</translation>
    </message>
    <message>
        <source>&amp;Auto-converge (slow the guest&apos;s vCPUs if memory changes faster than it copies)</source>
        <translation>Convergence &amp;automatique (ralentir les vCPU de l&apos;invité si la mémoire change plus vite qu&apos;elle n&apos;est copiée)</translation>
    </message>
    <message>
        <source>Allow p&amp;ost-copy (switch over when pre-copy does not converge)</source>
        <translation>Autoriser le p&amp;ost-copy (basculer quand le pre-copy ne converge pas)</translation>
    </message>
    <message>
        <source>P&amp;eer to peer (the source host connects to the destination itself)</source>
        <translation>Pa&amp;ir à pair (l&apos;hôte source se connecte lui-même à la destination)</translation>
    </message>
    <message>
        <source>&amp;Tunnelled through the libvirt connection</source>
        <translation>&amp;Tunnelisé via la connexion libvirt</translation>
    </message>
    <message>
        <source>&amp;Keep the VM defined on the destination</source>
        <translation>&amp;Garder la VM définie sur la destination</translation>
    </message>
    <message>
        <source>&amp;Remove its definition from the source host</source>
        <translation>&amp;Retirer sa définition de l&apos;hôte source</translation>
    </message>
    <message>
        <source>Migrate %1</source>
        <translation>Migrer %1</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt; to another host.</source>
        <translation>Déplacer &lt;b&gt;%1&lt;/b&gt; de &lt;b&gt;%2&lt;/b&gt; vers un autre hôte.</translation>
    </message>
    <message>
        <source>%1 (pool %2)</source>
        <translation>%1 (pool %2)</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>Shut-off VMs move offline: only their definition goes to the destination.</source>
        <translation>Les VM éteintes sont déplacées hors ligne : seule leur définition va sur la destination.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>Shared storage (both hosts see the same disks)</source>
        <translation>Stockage partagé (les deux hôtes voient les mêmes disques)</translation>
    </message>
    <message>
        <source>Copy every disk to the destination</source>
        <translation>Copier chaque disque vers la destination</translation>
    </message>
    <message>
        <source>Copy the top image of each disk (incremental)</source>
        <translation>Copier l&apos;image supérieure de chaque disque (incrémental)</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;Stockage :</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>&amp;Limite de bande passante :</translation>
    </message>
    <message>
        <source>Checks against the destination:</source>
        <translation>Vérifications par rapport à la destination :</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrer</translation>
    </message>
    <message>
        <source>There is no other connected libvirt host to move to. Connect the destination host first.</source>
        <translation>Il n&apos;y a aucun autre hôte libvirt connecté vers lequel migrer. Connectez d&apos;abord l&apos;hôte de destination.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>A problem blocks the migration. Change the destination or the options.</source>
        <translation>Un problème bloque la migration. Changez la destination ou les options.</translation>
    </message>
    <message>
        <source>Ready, with a warning to read first.</source>
        <translation>Prêt, avec un avertissement à lire d&apos;abord.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message numerus="yes">
        <source>Migrate %n VM(s)</source>
        <translation>
            <numerusform>Migrer %n VM</numerusform>
            <numerusform>Migrer %n VM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n VM(s) from &lt;b&gt;%1&lt;/b&gt; to another host.</source>
        <translation>
            <numerusform>Déplacer %n VM de &lt;b&gt;%1&lt;/b&gt; vers un autre hôte.</numerusform>
            <numerusform>Déplacer %n VM de &lt;b&gt;%1&lt;/b&gt; vers un autre hôte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) block the migration. Change the destination or the options.</source>
        <translation>
            <numerusform>%n problème bloque la migration. Modifiez la destination ou les options.</numerusform>
            <numerusform>%n problèmes bloquent la migration. Modifiez la destination ou les options.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s) to read first.</source>
        <translation>
            <numerusform>Prêt, avec %n avertissement à lire d&apos;abord.</numerusform>
            <numerusform>Prêt, avec %n avertissements à lire d&apos;abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::MigrationChecks</name>
    <message>
        <source>Destination host</source>
        <translation>Hôte de destination</translation>
    </message>
    <message>
        <source>This is the host %1 runs on (host UUID %2): a VM moves only to another host</source>
        <translation>C&apos;est l&apos;hôte sur lequel tourne %1 (UUID d&apos;hôte %2) : une VM ne peut être déplacée que vers un autre hôte</translation>
    </message>
    <message>
        <source>Another host</source>
        <translation>Autre hôte</translation>
    </message>
    <message>
        <source>Another host (host UUID %1)</source>
        <translation>Autre hôte (UUID d&apos;hôte %1)</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hyperviseur</translation>
    </message>
    <message>
        <source>The destination runs %1 and this host %2: a VM moves only between hosts of the same hypervisor</source>
        <translation>La destination exécute %1 et cet hôte %2 : une VM ne peut être déplacée qu&apos;entre hôtes du même hyperviseur</translation>
    </message>
    <message>
        <source>The destination cannot run %1 guests for %2</source>
        <translation>La destination ne peut pas exécuter d&apos;invités %1 pour %2</translation>
    </message>
    <message>
        <source>%1 on both hosts</source>
        <translation>%1 sur les deux hôtes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Running: it keeps running while it moves</source>
        <translation>En marche : elle continue de tourner pendant le déplacement</translation>
    </message>
    <message>
        <source>Running: it is paused while it moves, and resumes on the destination</source>
        <translation>En marche : elle est mise en pause pendant le déplacement, puis reprend sur la destination</translation>
    </message>
    <message>
        <source>Paused: it moves paused</source>
        <translation>En pause : elle est déplacée en pause</translation>
    </message>
    <message>
        <source>%1 is shut off: a live migration needs it running. Migrate it offline to move only its definition</source>
        <translation>%1 est éteinte : une migration à chaud nécessite qu&apos;elle soit en marche. Migrez-la hors ligne pour ne déplacer que sa définition</translation>
    </message>
    <message>
        <source>%1 is shut off, and libvirt copies disks only while a VM runs: start it, or migrate with shared storage to move only its definition</source>
        <translation>%1 est éteinte, et libvirt ne copie les disques que lorsqu&apos;une VM tourne : démarrez-la, ou migrez avec un stockage partagé pour ne déplacer que sa définition</translation>
    </message>
    <message>
        <source>%1 is shut off, so only its definition moves: it must be kept on the destination</source>
        <translation>%1 est éteinte, seule sa définition est donc déplacée : elle doit être conservée sur la destination</translation>
    </message>
    <message>
        <source>Shut off: only its definition moves; its disks must already be on the destination</source>
        <translation>Éteinte : seule sa définition est déplacée ; ses disques doivent déjà se trouver sur la destination</translation>
    </message>
    <message>
        <source>%1 is %2: only running, paused or shut-off VMs can move</source>
        <translation>%1 est %2 : seules les VM en marche, en pause ou éteintes peuvent être déplacées</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Post-copy needs a live migration of a running VM</source>
        <translation>Le post-copy nécessite une migration à chaud d&apos;une VM en marche</translation>
    </message>
    <message>
        <source>Peer to peer</source>
        <translation>Pair à pair</translation>
    </message>
    <message>
        <source>The source host opens %1 itself, and without a host name that is its own daemon: connect to the destination through its address (qemu+ssh://, qemu+tls://)</source>
        <translation>L&apos;hôte source ouvre lui-même %1, et sans nom d&apos;hôte c&apos;est son propre démon : connectez-vous à la destination par son adresse (qemu+ssh://, qemu+tls://)</translation>
    </message>
    <message>
        <source>The source host opens %1 itself, with its own credentials</source>
        <translation>L&apos;hôte source ouvre lui-même %1, avec ses propres identifiants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The destination already has this VM (same UUID)</source>
        <translation>La destination possède déjà cette VM (même UUID)</translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on the destination</source>
        <translation>Une VM nommée « %1 » existe déjà sur la destination</translation>
    </message>
    <message>
        <source>No VM named &apos;%1&apos; on the destination</source>
        <translation>Aucune VM nommée « %1 » sur la destination</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Emulated by QEMU (TCG): the guest gets the same CPU on any host, whatever the host&apos;s</source>
        <translation>Émulé par QEMU (TCG) : l&apos;invité obtient le même CPU sur tout hôte, quel que soit celui de l&apos;hôte</translation>
    </message>
    <message>
        <source>Not checked for %1 guests</source>
        <translation>Non vérifié pour les invités %1</translation>
    </message>
    <message>
        <source>Shut off: its CPU is set up when it starts on the destination</source>
        <translation>Éteinte : son CPU est configuré au démarrage sur la destination</translation>
    </message>
    <message>
        <source>this host&apos;s CPU (the VM passes it through)</source>
        <translation>le CPU de cet hôte (la VM le transmet tel quel)</translation>
    </message>
    <message>
        <source>the VM&apos;s CPU model</source>
        <translation>le modèle de CPU de la VM</translation>
    </message>
    <message>
        <source>The destination provides %1 exactly</source>
        <translation>La destination fournit exactement %1</translation>
    </message>
    <message>
        <source>The destination provides %1 and more</source>
        <translation>La destination fournit %1 et davantage</translation>
    </message>
    <message>
        <source>The destination cannot provide %1: %2</source>
        <translation>La destination ne peut pas fournir %1 : %2</translation>
    </message>
    <message>
        <source>Could not compare %1: %2</source>
        <translation>Impossible de comparer %1 : %2</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Non comparé</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Could not read the destination&apos;s free memory</source>
        <translation>Impossible de lire la mémoire libre de la destination</translation>
    </message>
    <message>
        <source>The destination has %1 free, the VM needs %2</source>
        <translation>La destination a %1 de libre, la VM nécessite %2</translation>
    </message>
    <message>
        <source>%1: it could not start there now</source>
        <translation>%1 : elle ne pourrait pas y démarrer actuellement</translation>
    </message>
    <message>
        <source>Interface %1</source>
        <translation>Interface %1</translation>
    </message>
    <message>
        <source>A direct (macvtap) link to %1: make sure the destination has that device</source>
        <translation>Un lien direct (macvtap) vers %1 : assurez-vous que la destination possède ce périphérique</translation>
    </message>
    <message>
        <source>Network &apos;%1&apos;</source>
        <translation>Réseau « %1 »</translation>
    </message>
    <message>
        <source>Bridge &apos;%1&apos;</source>
        <translation>Pont « %1 »</translation>
    </message>
    <message>
        <source>Active on the destination</source>
        <translation>Actif sur la destination</translation>
    </message>
    <message>
        <source>Defined on the destination but not active: start it there</source>
        <translation>Défini sur la destination mais inactif : démarrez-le là-bas</translation>
    </message>
    <message>
        <source>Down on the destination</source>
        <translation>Inactif sur la destination</translation>
    </message>
    <message>
        <source>The destination has no network of that name</source>
        <translation>La destination n&apos;a aucun réseau de ce nom</translation>
    </message>
    <message>
        <source>The destination has no bridge of that name</source>
        <translation>La destination n&apos;a aucun pont de ce nom</translation>
    </message>
    <message>
        <source>Could not check the destination&apos;s networks</source>
        <translation>Impossible de vérifier les réseaux de la destination</translation>
    </message>
    <message>
        <source>The destination&apos;s libvirt cannot list host interfaces: make sure it has this bridge</source>
        <translation>Le libvirt de la destination ne peut pas lister les interfaces de l&apos;hôte : assurez-vous qu&apos;il possède ce pont</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>Disque %1</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos;</source>
        <translation>Pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>%1: %2 already exists on the destination: the copy overwrites it</source>
        <translation>%1 : %2 existe déjà sur la destination : la copie l&apos;écrase</translation>
    </message>
    <message>
        <source>%1: libvirt cannot create block device %2 on the destination: create it there first</source>
        <translation>%1 : libvirt ne peut pas créer le périphérique bloc %2 sur la destination : créez-le d&apos;abord là-bas</translation>
    </message>
    <message>
        <source>%1: the destination has no storage pool named &apos;%2&apos;, and libvirt creates the copy only in one</source>
        <translation>%1 : la destination n&apos;a aucun pool de stockage nommé « %2 », et libvirt ne crée la copie que dans un pool</translation>
    </message>
    <message>
        <source>%1: no storage pool on the destination has the directory %2, and libvirt creates the copy only in one: define a pool with that path there</source>
        <translation>%1 : aucun pool de stockage de la destination n&apos;a le répertoire %2, et libvirt ne crée la copie que dans un pool : définissez-y un pool avec ce chemin</translation>
    </message>
    <message>
        <source>%1: storage pool &apos;%2&apos; on the destination is not active</source>
        <translation>%1 : le pool de stockage « %2 » de la destination n&apos;est pas actif</translation>
    </message>
    <message>
        <source>%1: copied into pool &apos;%2&apos; on the destination</source>
        <translation>%1 : copié dans le pool « %2 » de la destination</translation>
    </message>
    <message>
        <source>%1: %2 is on the destination too</source>
        <translation>%1 : %2 existe aussi sur la destination</translation>
    </message>
    <message>
        <source>%1: %2 is not on the destination, and with shared storage both hosts must see the same file</source>
        <translation>%1 : %2 n&apos;existe pas sur la destination, et avec un stockage partagé les deux hôtes doivent voir le même fichier</translation>
    </message>
    <message>
        <source>%1: %2 is not on the destination, and read-only or shared disks are not copied</source>
        <translation>%1 : %2 n&apos;existe pas sur la destination, et les disques en lecture seule ou partagés ne sont pas copiés</translation>
    </message>
    <message>
        <source>%1: could not check that the destination has %2 (no active storage pool there has the directory %3)</source>
        <translation>%1 : impossible de vérifier que la destination possède %2 (aucun pool de stockage actif n&apos;y a le répertoire %3)</translation>
    </message>
    <message>
        <source>The definition&apos;s root is &lt;%1&gt;, not &lt;domain&gt;</source>
        <translation>La racine de la définition est &lt;%1&gt;, pas &lt;domain&gt;</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>welkin::MigrationController</name>
    <message>
        <source>&amp;Migrate…</source>
        <translation>&amp;Migrer…</translation>
    </message>
    <message>
        <source>Move the selected VMs to another libvirt host, live</source>
        <translation>Déplacer les VM sélectionnées vers un autre hôte libvirt, à chaud</translation>
    </message>
    <message>
        <source>Check migration</source>
        <translation>Vérifier la migration</translation>
    </message>
    <message>
        <source>The VM&apos;s connection is gone.</source>
        <translation>La connexion de la VM n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>welkin::MigrationProgressDialog</name>
    <message>
        <source>No migration is running.</source>
        <translation>Aucune migration en cours.</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 → %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 → %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>welkin::MigrationStats</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>dirty %1 pages/s</source>
        <translation>%1 pages modifiées/s</translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation>itération %1</translation>
    </message>
    <message>
        <source>expected downtime %1 ms</source>
        <translation>interruption prévue %1 ms</translation>
    </message>
    <message>
        <source>moved in %1 ms</source>
        <translation>déplacée en %1 ms</translation>
    </message>
    <message>
        <source>moved in %1 s</source>
        <translation>déplacée en %1 s</translation>
    </message>
    <message>
        <source>%1, downtime %2 ms</source>
        <translation>%1, interruption %2 ms</translation>
    </message>
</context>
<context>
    <name>welkin::MoveModel</name>
    <message>
        <source>moving…</source>
        <translation>déplacement…</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>welkin::NameRules</name>
    <message>
        <source>storage pool</source>
        <translation>du pool de stockage</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>du volume</translation>
    </message>
    <message>
        <source>network</source>
        <translation>du réseau</translation>
    </message>
    <message>
        <source>virtual machine</source>
        <translation>de la machine virtuelle</translation>
    </message>
    <message>
        <source>The %1 name is empty</source>
        <translation>Le nom %1 est vide</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; starts or ends with a space</source>
        <translation>Le nom %1 « %2 » commence ou se termine par une espace</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; contains &apos;/&apos;</source>
        <translation>Le nom %1 « %2 » contient « / »</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; starts with &apos;.&apos;</source>
        <translation>Le nom %1 « %2 » commence par « . »</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; contains a control character</source>
        <translation>Le nom %1 « %2 » contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; contains a space</source>
        <translation>Le nom %1 « %2 » contient une espace</translation>
    </message>
    <message>
        <source>The %1 name is too long (%2 bytes, at most %3)</source>
        <translation>Le nom %1 est trop long (%2 octets, %3 au plus)</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; is only digits</source>
        <translation>Le nom %1 « %2 » ne contient que des chiffres</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>de l&apos;instantané</translation>
    </message>
</context>
<context>
    <name>welkin::NetworkDialog</name>
    <message>
        <source>Hand out addresses with DHCP</source>
        <translation>Distribuer les adresses par DHCP</translation>
    </message>
    <message>
        <source>Start the network when the host boots</source>
        <translation>Démarrer le réseau au démarrage de l&apos;hôte</translation>
    </message>
    <message>
        <source>New Virtual Network</source>
        <translation>Nouveau réseau virtuel</translation>
    </message>
    <message>
        <source>e.g. lab-net</source>
        <translation>p. ex. lab-net</translation>
    </message>
    <message>
        <source>NAT (guests reach outside through the host)</source>
        <translation>NAT (les invités accèdent à l&apos;extérieur via l&apos;hôte)</translation>
    </message>
    <message>
        <source>Isolated (guests and host only)</source>
        <translation>Isolé (invités et hôte uniquement)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>IPv4 &amp;subnet:</source>
        <translation>&amp;Sous-réseau IPv4 :</translation>
    </message>
    <message>
        <source>DHCP s&amp;tart:</source>
        <translation>Dé&amp;but DHCP :</translation>
    </message>
    <message>
        <source>DHCP &amp;end:</source>
        <translation>&amp;Fin DHCP :</translation>
    </message>
    <message>
        <source>A network named &apos;%1&apos; already exists</source>
        <translation>Un réseau nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <source>Enter a subnet such as 192.168.150.0/24</source>
        <translation>Saisissez un sous-réseau comme 192.168.150.0/24</translation>
    </message>
    <message>
        <source>%1 overlaps network &apos;%2&apos; (%3)</source>
        <translation>%1 chevauche le réseau « %2 » (%3)</translation>
    </message>
</context>
<context>
    <name>welkin::NetworkModel</name>
    <message>
        <source>Isolated</source>
        <translation>Isolé</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>Routé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
    <message>
        <source>SR-IOV pool</source>
        <translation>Pool SR-IOV</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Host address %1</source>
        <translation>Adresse de l&apos;hôte %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Démarrage auto</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>IPv4 network</source>
        <translation>Réseau IPv4</translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation>Plage DHCP</translation>
    </message>
</context>
<context>
    <name>welkin::NetworkXml</name>
    <message>
        <source>A network named &apos;%1&apos; already exists</source>
        <translation>Un réseau nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <source>The DHCP range needs both a start and an end address</source>
        <translation>La plage DHCP nécessite une adresse de début et une adresse de fin</translation>
    </message>
    <message>
        <source>%1 overlaps network &apos;%2&apos; (%3)</source>
        <translation>%1 chevauche le réseau « %2 » (%3)</translation>
    </message>
    <message>
        <source>expected &lt;network&gt;, found &lt;%1&gt;</source>
        <translation>&lt;network&gt; attendu, &lt;%1&gt; trouvé</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>no &lt;network&gt; element</source>
        <translation>pas d&apos;élément &lt;network&gt;</translation>
    </message>
    <message>
        <source>no &lt;name&gt; element</source>
        <translation>pas d&apos;élément &lt;name&gt;</translation>
    </message>
</context>
<context>
    <name>welkin::NetworksPage</name>
    <message>
        <source>New Network…</source>
        <translation>Nouveau réseau…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Démarrage auto</translation>
    </message>
    <message>
        <source>Start the network when the host boots</source>
        <translation>Démarrer le réseau au démarrage de l&apos;hôte</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>DHCP leases</source>
        <translation>Baux DHCP</translation>
    </message>
    <message>
        <source>DHCP leases of &apos;%1&apos;</source>
        <translation>Baux DHCP de « %1 »</translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation>Supprimer le réseau</translation>
    </message>
    <message>
        <source>Delete virtual network &apos;%1&apos;?</source>
        <translation>Supprimer le réseau virtuel « %1 » ?</translation>
    </message>
    <message>
        <source>It is running: VMs attached to it lose their connection.</source>
        <translation>Il est actif : les VM qui y sont connectées perdront leur connexion.</translation>
    </message>
    <message>
        <source>VMs configured to use it will not start until you change them.</source>
        <translation>Les VM configurées pour l&apos;utiliser ne démarreront plus tant que vous ne les aurez pas modifiées.</translation>
    </message>
</context>
<context>
    <name>welkin::NewVmCloudPage</name>
    <message>
        <source>&amp;Import Public Key…</source>
        <translation>&amp;Importer une clé publique…</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>&amp;Groupes de sécurité :</translation>
    </message>
    <message>
        <source>Size, image and network</source>
        <translation>Taille, image et réseau</translation>
    </message>
    <message>
        <source>What the cloud offers for the new server, read from it just now.</source>
        <translation>Ce que le cloud propose pour le nouveau serveur, lu à l&apos;instant.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>#cloud-config
packages: [nginx]</source>
        <translation>#cloud-config
packages: [nginx]</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation>I&amp;mage :</translation>
    </message>
    <message>
        <source>&amp;Networks:</source>
        <translation>&amp;Réseaux :</translation>
    </message>
    <message>
        <source>&amp;Key pair:</source>
        <translation>&amp;Paire de clés :</translation>
    </message>
    <message>
        <source>&amp;User-data:</source>
        <translation>&amp;User-data :</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>Nom&amp;bre :</translation>
    </message>
    <message>
        <source>Load User-Data</source>
        <translation>Charger les user-data</translation>
    </message>
    <message>
        <source>Could not read %1 (or it is larger than 1 MiB)</source>
        <translation>Impossible de lire %1 (ou il dépasse 1 MiB)</translation>
    </message>
    <message>
        <source>Reading what %1 offers…</source>
        <translation>Lecture de l&apos;offre de %1…</translation>
    </message>
    <message>
        <source>Could not read what the cloud offers: %1</source>
        <translation>Impossible de lire l&apos;offre du cloud : %1</translation>
    </message>
    <message>
        <source>(choose an image)</source>
        <translation>(choisissez une image)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Check at least one network</source>
        <translation>Cochez au moins un réseau</translation>
    </message>
    <message>
        <source>Leave every network unchecked for a server without a network</source>
        <translation>Laissez tous les réseaux décochés pour un serveur sans réseau</translation>
    </message>
    <message>
        <source>%1 RAM</source>
        <translation>%1 de RAM</translation>
    </message>
    <message>
        <source>Quota left: %1</source>
        <translation>Quota restant : %1</translation>
    </message>
    <message>
        <source>The cloud is no longer connected</source>
        <translation>Le cloud n&apos;est plus connecté</translation>
    </message>
    <message>
        <source>Waiting for the cloud&apos;s offer</source>
        <translation>En attente de l&apos;offre du cloud</translation>
    </message>
    <message>
        <source>Public Key to Import</source>
        <translation>Clé publique à importer</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Clés publiques (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Public Key</source>
        <translation>Importer une clé publique</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clé publique :</translation>
    </message>
    <message>
        <source>Key pair name on the cloud:</source>
        <translation>Nom de la paire de clés sur le cloud :</translation>
    </message>
    <message>
        <source>That is not an OpenSSH public key (it should start with ssh-ed25519, ssh-rsa or ecdsa-)</source>
        <translation>Ce n&apos;est pas une clé publique OpenSSH (elle devrait commencer par ssh-ed25519, ssh-rsa ou ecdsa-)</translation>
    </message>
    <message>
        <source>Could not import the key: %1</source>
        <translation>Impossible d&apos;importer la clé : %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>No network is offered here, and the cloud needs one</source>
        <translation>Aucun réseau n&apos;est proposé ici, et le cloud en nécessite un</translation>
    </message>
    <message>
        <source>No network is offered here: the server gets none</source>
        <translation>Aucun réseau n&apos;est proposé ici : le serveur n&apos;en reçoit aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPU</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::NewVmHardwarePage</name>
    <message>
        <source>Create a disk</source>
        <translation>Créer un disque</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Processors, memory, disk, network and devices of the new VM.</source>
        <translation>Processeurs, mémoire, disque, réseau et périphériques de la nouvelle VM.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>qcow2 (grows as used, snapshots)</source>
        <translation>qcow2 (croît à l&apos;usage, instantanés)</translation>
    </message>
    <message>
        <source>raw (fastest)</source>
        <translation>raw (le plus rapide)</translation>
    </message>
    <message>
        <source>br0</source>
        <translation>br0</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPU :</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Mémoire :</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>Disque :</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>Micro&amp;logiciel :</translation>
    </message>
    <message>
        <source>M&amp;achine:</source>
        <translation>M&amp;achine :</translation>
    </message>
    <message>
        <source>&amp;CPU model:</source>
        <translation>Modèle de &amp;CPU :</translation>
    </message>
    <message>
        <source>&amp;Graphics:</source>
        <translation>&amp;Graphique :</translation>
    </message>
    <message>
        <source>This host offers no UEFI firmware: libvirt lists no loader for %1 (install OVMF on the host)</source>
        <translation>Cet hôte ne propose aucun micrologiciel UEFI : libvirt n&apos;indique aucun chargeur pour %1 (installez OVMF sur l&apos;hôte)</translation>
    </message>
    <message>
        <source>Reading what the host offers…</source>
        <translation>Lecture des capacités de l&apos;hôte…</translation>
    </message>
    <message>
        <source>UEFI loader: %1</source>
        <translation>Chargeur UEFI : %1</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>Valeur par défaut de l&apos;hyperviseur</translation>
    </message>
    <message>
        <source>Host CPU model (host-model)</source>
        <translation>Modèle de CPU de l&apos;hôte (host-model)</translation>
    </message>
    <message>
        <source>Host passthrough (fastest, not migratable to other CPUs)</source>
        <translation>Transmission du CPU de l&apos;hôte (le plus rapide, non migrable vers d&apos;autres CPU)</translation>
    </message>
    <message>
        <source>VNC</source>
        <translation>VNC</translation>
    </message>
    <message>
        <source>SPICE</source>
        <translation>SPICE</translation>
    </message>
    <message>
        <source>None (serial console only)</source>
        <translation>Aucun (console série uniquement)</translation>
    </message>
    <message>
        <source>Runs with KVM acceleration (%1).</source>
        <translation>Tourne avec l&apos;accélération KVM (%1).</translation>
    </message>
    <message>
        <source>This host has no KVM for %1: the VM runs emulated (TCG), much slower.</source>
        <translation>Cet hôte n&apos;a pas KVM pour %1 : la VM tourne en émulation (TCG), beaucoup plus lentement.</translation>
    </message>
    <message>
        <source>UEFI is not offered: the host lists no UEFI firmware (OVMF).</source>
        <translation>UEFI n&apos;est pas proposé : l&apos;hôte n&apos;indique aucun micrologiciel UEFI (OVMF).</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isolé</translation>
    </message>
    <message>
        <source>Virtual network &apos;%1&apos; (%2)</source>
        <translation>Réseau virtuel « %1 » (%2)</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inactif)</translation>
    </message>
    <message>
        <source>Start it on the host&apos;s Networks tab first</source>
        <translation>Démarrez-le d&apos;abord dans l&apos;onglet Réseaux de l&apos;hôte</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>Pont de l&apos;hôte</translation>
    </message>
    <message>
        <source>User-mode networking (outgoing only, no host setup)</source>
        <translation>Réseau en mode utilisateur (sortant uniquement, aucune configuration de l&apos;hôte)</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Aucun réseau</translation>
    </message>
    <message>
        <source>%1 (%2, %3), used as it is</source>
        <translation>%1 (%2, %3), utilisé tel quel</translation>
    </message>
    <message>
        <source>A new qcow2 volume on top of %1; the image itself stays untouched.</source>
        <translation>Un nouveau volume qcow2 basé sur %1 ; l&apos;image elle-même reste intacte.</translation>
    </message>
    <message>
        <source>Choose a storage pool for the disk</source>
        <translation>Choisissez un pool de stockage pour le disque</translation>
    </message>
    <message>
        <source>%1 is more than the %2 free in pool &apos;%3&apos;</source>
        <translation>%1 dépasse les %2 libres dans le pool « %3 »</translation>
    </message>
    <message>
        <source>The disk must be at least as large as the image (%1)</source>
        <translation>Le disque doit être au moins aussi grand que l&apos;image (%1)</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already holds a volume &apos;%2&apos;</source>
        <translation>Le pool « %1 » contient déjà un volume « %2 »</translation>
    </message>
    <message>
        <source>%1 free in pool &apos;%2&apos;</source>
        <translation>%1 libres dans le pool « %2 »</translation>
    </message>
    <message>
        <source>No disk: the VM runs from its ISO or the network only.</source>
        <translation>Aucun disque : la VM démarre uniquement depuis son ISO ou le réseau.</translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation>Ré&amp;seau :</translation>
    </message>
</context>
<context>
    <name>welkin::NewVmHostData</name>
    <message>
        <source>Could not read the VM names: %1</source>
        <translation>Impossible de lire les noms des VM : %1</translation>
    </message>
    <message>
        <source>Could not read what the host offers new VMs: %1</source>
        <translation>Impossible de lire ce que l&apos;hôte propose pour les nouvelles VM : %1</translation>
    </message>
    <message>
        <source>Could not list the virtual networks: %1</source>
        <translation>Impossible de lister les réseaux virtuels : %1</translation>
    </message>
    <message>
        <source>Could not list the storage pools: %1</source>
        <translation>Impossible de lister les pools de stockage : %1</translation>
    </message>
    <message>
        <source>Could not list the volumes of pool &apos;%1&apos;: %2</source>
        <translation>Impossible de lister les volumes du pool « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>welkin::NewVmOsPage</name>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>The system sets the recommended hardware and whether the VM gets virtio devices.</source>
        <translation>Le système détermine le matériel recommandé et si la VM reçoit des périphériques virtio.</translation>
    </message>
    <message>
        <source>Search: debian, windows 11, fedora…</source>
        <translation>Rechercher : debian, windows 11, fedora…</translation>
    </message>
    <message>
        <source>Generic or unknown operating system</source>
        <translation>Système d&apos;exploitation générique ou inconnu</translation>
    </message>
    <message>
        <source>generic unknown other</source>
        <translation>générique inconnu autre generic unknown other</translation>
    </message>
    <message>
        <source>Loading the list of operating systems…</source>
        <translation>Chargement de la liste des systèmes d&apos;exploitation…</translation>
    </message>
    <message>
        <source>The operating system list is not available (%1): generic defaults apply.</source>
        <translation>La liste des systèmes d&apos;exploitation n&apos;est pas disponible (%1) : des valeurs par défaut génériques s&apos;appliquent.</translation>
    </message>
    <message>
        <source>The ISO image is on the host, out of this computer&apos;s reach: choose its system below.</source>
        <translation>L&apos;image ISO se trouve sur l&apos;hôte, hors de portée de cet ordinateur : choisissez son système ci-dessous.</translation>
    </message>
    <message>
        <source>Choose the system installed on the image.</source>
        <translation>Choisissez le système installé sur l&apos;image.</translation>
    </message>
    <message>
        <source>Choose the system you are going to install.</source>
        <translation>Choisissez le système que vous allez installer.</translation>
    </message>
    <message>
        <source>Detecting the operating system on %1…</source>
        <translation>Détection du système d&apos;exploitation sur %1…</translation>
    </message>
    <message>
        <source>Detected %1 on %2.</source>
        <translation>%1 détecté sur %2.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2): choose its system below.</source>
        <translation>Impossible de lire %1 (%2) : choisissez son système ci-dessous.</translation>
    </message>
    <message>
        <source>%1 is not a system libosinfo knows: choose it below.</source>
        <translation>%1 n&apos;est pas un système connu de libosinfo : choisissez-le ci-dessous.</translation>
    </message>
    <message>
        <source>%1 (volume &apos;%2&apos;) is not a system libosinfo knows: choose it below.</source>
        <translation>%1 (volume « %2 ») n&apos;est pas un système connu de libosinfo : choisissez-le ci-dessous.</translation>
    </message>
    <message>
        <source>Generic defaults: memory 1 GiB, disk 10 GiB, vCPUs 1, virtio devices.</source>
        <translation>Valeurs par défaut génériques : mémoire 1 GiB, disque 10 GiB, 1 vCPU, périphériques virtio.</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>mémoire %1</translation>
    </message>
    <message>
        <source>disk %1</source>
        <translation>disque %1</translation>
    </message>
    <message>
        <source>vCPUs %1</source>
        <translation>vCPU %1</translation>
    </message>
    <message>
        <source>libosinfo has no recommendation for %1.</source>
        <translation>libosinfo n&apos;a aucune recommandation pour %1.</translation>
    </message>
    <message>
        <source>Recommended for %1: %2.</source>
        <translation>Recommandé pour %1 : %2.</translation>
    </message>
    <message>
        <source>At least %1 memory.</source>
        <translation>Au moins %1 de mémoire.</translation>
    </message>
    <message>
        <source>Virtio disk and network.</source>
        <translation>Disque et réseau virtio.</translation>
    </message>
    <message>
        <source>Emulated disk and network (no virtio drivers).</source>
        <translation>Disque et réseau émulés (pas de pilotes virtio).</translation>
    </message>
</context>
<context>
    <name>welkin::NewVmSourcePage</name>
    <message>
        <source>Name and installation source</source>
        <translation>Nom et source d&apos;installation</translation>
    </message>
    <message>
        <source>Where the new virtual machine runs, its name, and where its operating system comes from.</source>
        <translation>Où tourne la nouvelle machine virtuelle, son nom, et d&apos;où vient son système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>web-01</source>
        <translation>web-01</translation>
    </message>
    <message>
        <source>&amp;ISO image in a storage pool</source>
        <translation>Image &amp;ISO dans un pool de stockage</translation>
    </message>
    <message>
        <source>&amp;Local ISO file (uploaded to a pool)</source>
        <translation>Fichier ISO &amp;local (téléversé dans un pool)</translation>
    </message>
    <message>
        <source>Import an existing &amp;disk image</source>
        <translation>Importer une image &amp;disque existante</translation>
    </message>
    <message>
        <source>Network &amp;boot (PXE)</source>
        <translation>Démarrage &amp;réseau (PXE)</translation>
    </message>
    <message>
        <source>&amp;Cloud image with cloud-init</source>
        <translation>Image &amp;cloud avec cloud-init</translation>
    </message>
    <message>
        <source>Install from:</source>
        <translation>Installer depuis :</translation>
    </message>
    <message>
        <source>ISO image:</source>
        <translation>Image ISO :</translation>
    </message>
    <message>
        <source>/home/me/Downloads/debian-12.iso</source>
        <translation>/home/moi/Téléchargements/debian-12.iso</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Upload to pool:</source>
        <translation>Téléverser dans le pool :</translation>
    </message>
    <message>
        <source>Choose an ISO image</source>
        <translation>Choisir une image ISO</translation>
    </message>
    <message>
        <source>ISO images (*.iso);;All files (*)</source>
        <translation>Images ISO (*.iso);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Disk image:</source>
        <translation>Image disque :</translation>
    </message>
    <message>
        <source>The VM boots from this volume as it is: it is not copied.</source>
        <translation>La VM démarre sur ce volume tel quel : il n&apos;est pas copié.</translation>
    </message>
    <message>
        <source>The VM boots from the network: the network chosen on the Hardware page needs a PXE server. A new empty disk is created for the installation.</source>
        <translation>La VM démarre sur le réseau : le réseau choisi sur la page Matériel nécessite un serveur PXE. Un nouveau disque vide est créé pour l&apos;installation.</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… (paste a public key)</source>
        <translation>ssh-ed25519 AAAA… (collez une clé publique)</translation>
    </message>
    <message>
        <source>Optional #cloud-config lines, e.g.
packages: [qemu-guest-agent]</source>
        <translation>Lignes #cloud-config facultatives, p. ex.
packages: [qemu-guest-agent]</translation>
    </message>
    <message>
        <source>Base image:</source>
        <translation>Image de base :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>SSH public key:</source>
        <translation>Clé publique SSH :</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nom d&apos;hôte :</translation>
    </message>
    <message>
        <source>Extra user-data:</source>
        <translation>User-data supplémentaires :</translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on %2</source>
        <translation>Une VM nommée « %1 » existe déjà sur %2</translation>
    </message>
    <message>
        <source>Choose the ISO file to upload</source>
        <translation>Choisissez le fichier ISO à téléverser</translation>
    </message>
    <message>
        <source>The file %1 does not exist</source>
        <translation>Le fichier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>The file %1 cannot be read</source>
        <translation>Le fichier %1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 (%2) does not fit into the %3 free in pool &apos;%4&apos;</source>
        <translation>%1 (%2) ne tient pas dans les %3 libres du pool « %4 »</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already has a different volume named &apos;%2&apos;: rename the file or delete that volume</source>
        <translation>Le pool « %1 » contient déjà un autre volume nommé « %2 » : renommez le fichier ou supprimez ce volume</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>The file is uploaded to the pool when you click Create, then attached as a CD.</source>
        <translation>Le fichier est téléversé dans le pool lorsque vous cliquez sur Créer, puis attaché comme CD.</translation>
    </message>
    <message>
        <source>&amp;Host or cloud:</source>
        <translation>&amp;Hôte ou cloud :</translation>
    </message>
    <message>
        <source>The cloud&apos;s sizes, images and networks come on the next page.</source>
        <translation>Les tailles, images et réseaux du cloud viennent à la page suivante.</translation>
    </message>
    <message>
        <source>%1 (cloud)</source>
        <translation>%1 (cloud)</translation>
    </message>
    <message>
        <source>The name is only blanks</source>
        <translation>Le nom ne contient que des blancs</translation>
    </message>
    <message>
        <source>The name is longer than 255 characters</source>
        <translation>Le nom dépasse 255 caractères</translation>
    </message>
    <message>
        <source>No host or cloud is connected: add or reconnect one first</source>
        <translation>Aucun hôte ni cloud n&apos;est connecté : ajoutez-en un ou reconnectez-en un d&apos;abord</translation>
    </message>
</context>
<context>
    <name>welkin::NewVmSummaryPage</name>
    <message>
        <source>&amp;Start the VM after creating it</source>
        <translation>&amp;Démarrer la VM après sa création</translation>
    </message>
    <message>
        <source>&amp;Open its console</source>
        <translation>&amp;Ouvrir sa console</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur %2</translation>
    </message>
    <message>
        <source>Installs from %1</source>
        <translation>Installe depuis %1</translation>
    </message>
    <message>
        <source>Uploads %1 to pool &apos;%2&apos;, then installs from it</source>
        <translation>Téléverse %1 dans le pool « %2 », puis installe depuis ce fichier</translation>
    </message>
    <message>
        <source>Boots the existing image %1</source>
        <translation>Démarre sur l&apos;image existante %1</translation>
    </message>
    <message>
        <source>Boots from the network (PXE)</source>
        <translation>Démarre sur le réseau (PXE)</translation>
    </message>
    <message>
        <source>Cloud image %1 with cloud-init: user &apos;%2&apos;, host name &apos;%3&apos;</source>
        <translation>Image cloud %1 avec cloud-init : utilisateur « %2 », nom d&apos;hôte « %3 »</translation>
    </message>
    <message>
        <source>no disk</source>
        <translation>aucun disque</translation>
    </message>
    <message>
        <source>new %1 %2 volume &apos;%3&apos; in pool &apos;%4&apos;</source>
        <translation>nouveau volume %2 de %1 « %3 » dans le pool « %4 »</translation>
    </message>
    <message>
        <source>virtual network &apos;%1&apos; (%2)</source>
        <translation>réseau virtuel « %1 » (%2)</translation>
    </message>
    <message>
        <source>bridge %1 (%2)</source>
        <translation>pont %1 (%2)</translation>
    </message>
    <message>
        <source>user-mode (%1)</source>
        <translation>mode utilisateur (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>vCPUs: %1, memory: %2 MiB, disk: %3, network: %4, %5, %6</source>
        <translation>vCPU : %1, mémoire : %2 MiB, disque : %3, réseau : %4, %5, %6</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <source>Cop&amp;y XML</source>
        <translation>Cop&amp;ier le XML</translation>
    </message>
    <message>
        <source>Create defines the VM from this definition; libvirt validates it first.</source>
        <translation>Créer définit la VM à partir de cette définition ; libvirt la valide d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>welkin::NewVmWizard</name>
    <message>
        <source>New Virtual Machine</source>
        <translation>Nouvelle machine virtuelle</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>The host is no longer connected</source>
        <translation>L&apos;hôte n&apos;est plus connecté</translation>
    </message>
    <message>
        <source>Could not create the VM: %1</source>
        <translation>Impossible de créer la VM : %1</translation>
    </message>
    <message>
        <source>The cloud is no longer connected</source>
        <translation>Le cloud n&apos;est plus connecté</translation>
    </message>
    <message>
        <source>Could not create the server: %1</source>
        <translation>Impossible de créer le serveur : %1</translation>
    </message>
</context>
<context>
    <name>welkin::NicDialog</name>
    <message>
        <source>&amp;Link up (cable plugged in)</source>
        <translation>&amp;Lien actif (câble branché)</translation>
    </message>
    <message>
        <source>Add Network Interface</source>
        <translation>Ajouter une interface réseau</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Réseau virtuel</translation>
    </message>
    <message>
        <source>Bridge on the host</source>
        <translation>Pont sur l&apos;hôte</translation>
    </message>
    <message>
        <source>e.g. br0</source>
        <translation>p. ex. br0</translation>
    </message>
    <message>
        <source>virtio (fastest; Linux, Windows with drivers)</source>
        <translation>virtio (le plus rapide ; Linux, Windows avec pilotes)</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <translation>choisi par libvirt</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <source>&amp;Bridge:</source>
        <translation>&amp;Pont :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>Mo&amp;dèle :</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>Adresse &amp;MAC :</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>The host has no virtual networks</source>
        <translation>L&apos;hôte n&apos;a aucun réseau virtuel</translation>
    </message>
    <message>
        <source>Reading the host&apos;s networks…</source>
        <translation>Lecture des réseaux de l&apos;hôte…</translation>
    </message>
    <message>
        <source>Name the host&apos;s bridge</source>
        <translation>Indiquez le pont de l&apos;hôte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bridge device name</source>
        <translation>« %1 » n&apos;est pas un nom de périphérique pont</translation>
    </message>
</context>
<context>
    <name>welkin::OpenStackConnectionPage</name>
    <message>
        <source>&amp;Remember the password (system keychain)</source>
        <translation>&amp;Mémoriser le mot de passe (trousseau du système)</translation>
    </message>
    <message>
        <source>&amp;Import clouds.yaml…</source>
        <translation>Imp&amp;orter clouds.yaml…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation>Identifiant d&apos;application</translation>
    </message>
    <message>
        <source>asked for when connecting if left empty</source>
        <translation>demandé à la connexion si laissé vide</translation>
    </message>
    <message>
        <source>ID from &quot;openstack application credential create&quot;</source>
        <translation>ID obtenu par « openstack application credential create »</translation>
    </message>
    <message>
        <source>every region of the catalog (or e.g. RegionOne,RegionTwo)</source>
        <translation>toutes les régions du catalogue (ou p. ex. RegionOne,RegionTwo)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>User &amp;domain:</source>
        <translation>&amp;Domaine de l&apos;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Pro&amp;jet :</translation>
    </message>
    <message>
        <source>Project do&amp;main:</source>
        <translation>Domaine du p&amp;rojet :</translation>
    </message>
    <message>
        <source>Credential &amp;ID:</source>
        <translation>&amp;ID de l&apos;identifiant :</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <source>&amp;Auth URL:</source>
        <translation>URL d&apos;&amp;authentification :</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentification :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>I&amp;nterface:</source>
        <translation>Int&amp;erface :</translation>
    </message>
    <message>
        <source>OpenStack</source>
        <translation>OpenStack</translation>
    </message>
    <message>
        <source>&amp;Remember the secret (system keychain)</source>
        <translation>&amp;Mémoriser le secret (trousseau du système)</translation>
    </message>
    <message>
        <source>Read &quot;%1&quot; from clouds.yaml at each connect (later edits of the file apply)</source>
        <translation>Lire « %1 » depuis clouds.yaml à chaque connexion (les modifications ultérieures du fichier s&apos;appliquent)</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; from %2</source>
        <translation>Cloud « %1 » de %2</translation>
    </message>
    <message>
        <source>No clouds.yaml is found any more in the standard places: import it again.</source>
        <translation>Aucun clouds.yaml ne se trouve plus aux emplacements habituels : importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Enter the Keystone auth URL, e.g. https://keystone.example.org:5000/v3.</source>
        <translation>Saisissez l&apos;URL d&apos;authentification de Keystone, p. ex. https://keystone.example.org:5000/v3.</translation>
    </message>
    <message>
        <source>auth URL</source>
        <translation>URL d&apos;authentification</translation>
    </message>
    <message>
        <source>Enter the OpenStack user name.</source>
        <translation>Saisissez le nom d&apos;utilisateur OpenStack.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s domain (usually &quot;Default&quot;).</source>
        <translation>Saisissez le domaine de l&apos;utilisateur (généralement « Default »).</translation>
    </message>
    <message>
        <source>Enter the project whose servers Welkin shows.</source>
        <translation>Saisissez le projet dont Welkin affiche les serveurs.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s domain (usually &quot;Default&quot;).</source>
        <translation>Saisissez le domaine du projet (généralement « Default »).</translation>
    </message>
    <message>
        <source>Enter the application credential ID (see &quot;openstack application credential list&quot;).</source>
        <translation>Saisissez l&apos;ID de l&apos;identifiant d&apos;application (voir « openstack application credential list »).</translation>
    </message>
    <message>
        <source>Region names cannot contain spaces; separate several regions with commas.</source>
        <translation>Les noms de région ne peuvent pas contenir d&apos;espaces ; séparez plusieurs régions par des virgules.</translation>
    </message>
    <message>
        <source>The region list has an empty name: separate region names with single commas.</source>
        <translation>La liste des régions contient un nom vide : séparez les noms de région par une seule virgule.</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot;: no clouds.yaml found</source>
        <translation>Cloud « %1 » : aucun clouds.yaml trouvé</translation>
    </message>
    <message>
        <source>unchanged (saved in the keychain, or asked for)</source>
        <translation>inchangé (enregistré dans le trousseau, ou demandé)</translation>
    </message>
</context>
<context>
    <name>welkin::OpenStackProvider</name>
    <message>
        <source>Incomplete OpenStack connection: %1</source>
        <translation>Connexion OpenStack incomplète : %1</translation>
    </message>
    <message>
        <source>Application credential secret for %1:</source>
        <translation>Secret de l&apos;identifiant d&apos;application pour %1 :</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>Mot de passe de %1 sur %2 :</translation>
    </message>
    <message>
        <source>No password or secret was given</source>
        <translation>Aucun mot de passe ni secret n&apos;a été fourni</translation>
    </message>
    <message>
        <source>The service catalog has no compute endpoint (interface %1)</source>
        <translation>Le catalogue de services n&apos;a pas de point de terminaison de calcul (interface %1)</translation>
    </message>
    <message>
        <source>The service catalog has no compute endpoint in region %1 (interface %2)</source>
        <translation>Le catalogue de services n&apos;a pas de point de terminaison de calcul dans la région %1 (interface %2)</translation>
    </message>
    <message>
        <source>The connection to %1 was closed</source>
        <translation>La connexion à %1 a été fermée</translation>
    </message>
    <message>
        <source>Could not %1 %2: not connected to %3 (%4)</source>
        <translation>Action impossible (%1 %2) : non connecté à %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is not a server of %2</source>
        <translation>%1 n&apos;est pas un serveur de %2</translation>
    </message>
    <message>
        <source>%1 (region %2)</source>
        <translation>%1 (région %2)</translation>
    </message>
    <message>
        <source>Could not %1 %2: the service catalog has no image service (Glance) in region %3 (interface %4)</source>
        <translation>Action impossible (%1 %2) : le catalogue de services n&apos;a pas de service d&apos;images (Glance) dans la région %3 (interface %4)</translation>
    </message>
    <message>
        <source>list the snapshots of</source>
        <translation>lister les instantanés de</translation>
    </message>
    <message>
        <source>Could not delete a snapshot of %1: no snapshot was named</source>
        <translation>Impossible de supprimer un instantané de %1 : aucun instantané n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>Read what %1 offers</source>
        <translation>Lire l&apos;offre de %1</translation>
    </message>
    <message>
        <source>Could not read what %1 offers: not connected (%2)</source>
        <translation>Impossible de lire l&apos;offre de %1 : non connecté (%2)</translation>
    </message>
    <message>
        <source>%1 has no region %2</source>
        <translation>%1 n&apos;a pas de région %2</translation>
    </message>
    <message>
        <source>open the console of</source>
        <translation>ouvrir la console de</translation>
    </message>
    <message>
        <source>%1 has no console while it is %2</source>
        <translation>%1 n&apos;a pas de console à l&apos;état %2</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Créer %1</translation>
    </message>
    <message>
        <source>Could not create %1: not connected to %2 (%3)</source>
        <translation>Impossible de créer %1 : non connecté à %2 (%3)</translation>
    </message>
    <message>
        <source>Import key pair %1</source>
        <translation>Importer la paire de clés %1</translation>
    </message>
    <message>
        <source>Could not import key pair %1: not connected to %2 (%3)</source>
        <translation>Impossible d&apos;importer la paire de clés %1 : non connecté à %2 (%3)</translation>
    </message>
</context>
<context>
    <name>welkin::OsCatalog</name>
    <message>
        <source>The operating system database %1 does not exist: install osinfo-db for OS defaults</source>
        <translation>La base de données des systèmes d&apos;exploitation %1 n&apos;existe pas : installez osinfo-db pour avoir des valeurs par défaut selon le système</translation>
    </message>
    <message>
        <source>Could not read the operating system database in %1: %2</source>
        <translation>Impossible de lire la base de données des systèmes d&apos;exploitation dans %1 : %2</translation>
    </message>
    <message>
        <source>No operating systems found in %1: install osinfo-db for OS defaults</source>
        <translation>Aucun système d&apos;exploitation trouvé dans %1 : installez osinfo-db pour avoir des valeurs par défaut selon le système</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>Could not read %1 as an ISO image: %2</source>
        <translation>Impossible de lire %1 en tant qu&apos;image ISO : %2</translation>
    </message>
</context>
<context>
    <name>welkin::PerformancePage</name>
    <message>
        <source>Live (10 min)</source>
        <translation>En direct (10 min)</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>E/S disque</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>E/S réseau</translation>
    </message>
    <message>
        <source>Point at a chart for the figures at that time.</source>
        <translation>Pointez sur un graphique pour voir les mesures à cet instant.</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>La fin de la période doit être postérieure à son début.</translation>
    </message>
    <message>
        <source>No figures yet for this resource.</source>
        <translation>Pas encore de mesures pour cette ressource.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>Historique indisponible : %1</translation>
    </message>
    <message>
        <source>every sample</source>
        <translation>chaque échantillon</translation>
    </message>
    <message>
        <source>1-minute averages</source>
        <translation>moyennes sur 1 minute</translation>
    </message>
    <message>
        <source>1-hour averages</source>
        <translation>moyennes sur 1 heure</translation>
    </message>
    <message>
        <source>No stored figures in this range.</source>
        <translation>Aucune mesure enregistrée sur cette période.</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Exporter les mesures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>%1 — CPU %2 (host share %3) · memory %4 · disk read %5, write %6 · network in %7, out %8</source>
        <extracomment>hover read-out; CPU is the VM&apos;s share of its own vCPUs (a host&apos;s utilisation), host share its share of the host</extracomment>
        <translation>%1 — CPU %2 (part de l&apos;hôte %3) · mémoire %4 · lecture disque %5, écriture %6 · réseau entrant %7, sortant %8</translation>
    </message>
</context>
<context>
    <name>welkin::PoolController</name>
    <message>
        <source>New Server &amp;Pool…</source>
        <translation>Nouveau &amp;pool de serveurs…</translation>
    </message>
    <message>
        <source>Group connections into a server pool (a datacenter, a rack, a cluster)</source>
        <translation>Regrouper des connexions dans un pool de serveurs (un centre de données, une baie, un cluster)</translation>
    </message>
    <message>
        <source>Pool name:</source>
        <translation>Nom du pool :</translation>
    </message>
    <message>
        <source>Server Pools</source>
        <translation>Pools de serveurs</translation>
    </message>
    <message>
        <source>New Server Pool</source>
        <translation>Nouveau pool de serveurs</translation>
    </message>
    <message>
        <source>New Sub-pool</source>
        <translation>Nouveau sous-pool</translation>
    </message>
    <message>
        <source>Rename Server Pool</source>
        <translation>Renommer le pool de serveurs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>New Sub-pool…</source>
        <translation>Nouveau sous-pool…</translation>
    </message>
    <message>
        <source>Rename Pool…</source>
        <translation>Renommer le pool…</translation>
    </message>
    <message>
        <source>Delete Pool</source>
        <translation>Supprimer le pool</translation>
    </message>
    <message>
        <source>Its connections and sub-pools move up a level</source>
        <translation>Ses connexions et sous-pools remontent d&apos;un niveau</translation>
    </message>
    <message>
        <source>Move to Pool</source>
        <translation>Déplacer vers le pool</translation>
    </message>
    <message>
        <source>(No Pool)</source>
        <translation>(Aucun pool)</translation>
    </message>
    <message>
        <source>New Pool…</source>
        <translation>Nouveau pool…</translation>
    </message>
</context>
<context>
    <name>welkin::PoolDialog</name>
    <message>
        <source>Enter a path</source>
        <translation>Saisissez un chemin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute path (it must start with /)</source>
        <translation>« %1 » n&apos;est pas un chemin absolu (il doit commencer par /)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;..&apos;</source>
        <translation>« %1 » contient « .. »</translation>
    </message>
    <message>
        <source>Start the pool when the host boots</source>
        <translation>Démarrer le pool au démarrage de l&apos;hôte</translation>
    </message>
    <message>
        <source>New Storage Pool</source>
        <translation>Nouveau pool de stockage</translation>
    </message>
    <message>
        <source>e.g. iso-images</source>
        <translation>p. ex. iso-images</translation>
    </message>
    <message>
        <source>nfs.example.org</source>
        <translation>nfs.example.org</translation>
    </message>
    <message>
        <source>/export/images</source>
        <translation>/export/images</translation>
    </message>
    <message>
        <source>/dev/sdb /dev/sdc (empty: use the existing group)</source>
        <translation>/dev/sdb /dev/sdc (vide : utiliser le groupe existant)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>NFS &amp;server:</source>
        <translation>&amp;Serveur NFS :</translation>
    </message>
    <message>
        <source>&amp;Export directory:</source>
        <translation>Répertoire d&apos;&amp;export :</translation>
    </message>
    <message>
        <source>&amp;Volume group:</source>
        <translation>&amp;Groupe de volumes :</translation>
    </message>
    <message>
        <source>Target &amp;path:</source>
        <translation>&amp;Chemin cible :</translation>
    </message>
    <message>
        <source>Mount &amp;point:</source>
        <translation>&amp;Point de montage :</translation>
    </message>
    <message>
        <source>Device &amp;directory:</source>
        <translation>&amp;Répertoire des périphériques :</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;name&gt;</translation>
    </message>
    <message>
        <source>where the host mounts the export</source>
        <translation>où l&apos;hôte monte l&apos;export</translation>
    </message>
    <message>
        <source>A storage pool named &apos;%1&apos; already exists</source>
        <translation>Un pool de stockage nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <source>Enter the volume group&apos;s name</source>
        <translation>Saisissez le nom du groupe de volumes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid volume group name (letters, digits, + _ . -)</source>
        <translation>« %1 » n&apos;est pas un nom de groupe de volumes valide (lettres, chiffres, + _ . -)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device path (/dev/…)</source>
        <translation>« %1 » n&apos;est pas un chemin de périphérique (/dev/…)</translation>
    </message>
    <message>
        <source>Enter the NFS server&apos;s host name or address</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du serveur NFS</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte ni une adresse</translation>
    </message>
    <message>
        <source>Enter the exported directory, e.g. /export/images</source>
        <translation>Saisissez le répertoire exporté, p. ex. /export/images</translation>
    </message>
    <message>
        <source>Enter the directory that holds the pool&apos;s volumes</source>
        <translation>Saisissez le répertoire qui contient les volumes du pool</translation>
    </message>
    <message>
        <source>The root directory cannot be a storage pool</source>
        <translation>Le répertoire racine ne peut pas être un pool de stockage</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already uses %2</source>
        <translation>Le pool « %1 » utilise déjà %2</translation>
    </message>
    <message>
        <source>De&amp;vices:</source>
        <translation>Périp&amp;hériques :</translation>
    </message>
</context>
<context>
    <name>welkin::PoolLoadReader</name>
    <message>
        <source>its connection places its own VMs (a cloud)</source>
        <translation>sa connexion place elle-même ses VM (un cloud)</translation>
    </message>
</context>
<context>
    <name>welkin::PoolStore</name>
    <message>
        <source>A server pool needs an id.</source>
        <translation>Un pool de serveurs nécessite un ID.</translation>
    </message>
    <message>
        <source>A server pool needs a name.</source>
        <translation>Un pool de serveurs nécessite un nom.</translation>
    </message>
    <message>
        <source>The parent pool no longer exists.</source>
        <translation>Le pool parent n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A pool cannot be moved into itself or into one of its own sub-pools.</source>
        <translation>Un pool ne peut pas être déplacé dans lui-même ni dans l&apos;un de ses sous-pools.</translation>
    </message>
</context>
<context>
    <name>welkin::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <source>Consoles</source>
        <translation>Consoles</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <source>Puts this page&apos;s fields back to their defaults; nothing changes until OK</source>
        <translation>Remet les champs de cette page à leurs valeurs par défaut ; rien ne change avant OK</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>How often the figures of every VM are read (CPU, memory, disk and network)</source>
        <translation>Fréquence de lecture des mesures de chaque VM (CPU, mémoire, disque et réseau)</translation>
    </message>
    <message>
        <source>How often an idle connection asks the host whether it is still there</source>
        <translation>Fréquence à laquelle une connexion inactive demande à l&apos;hôte s&apos;il est toujours là</translation>
    </message>
    <message>
        <source>Unanswered keepalives before the host counts as unreachable</source>
        <translation>Keepalives sans réponse avant que l&apos;hôte soit considéré comme injoignable</translation>
    </message>
    <message>
        <source>Off (events only)</source>
        <translation>Désactivé (événements seulement)</translation>
    </message>
    <message>
        <source>A full listing now and then catches what the host&apos;s events missed</source>
        <translation>Une liste complète de temps en temps rattrape ce que les événements de l&apos;hôte ont manqué</translation>
    </message>
    <message>
        <source>&amp;Statistics every:</source>
        <translation>&amp;Statistiques toutes les :</translation>
    </message>
    <message>
        <source>&amp;Keepalive every:</source>
        <translation>&amp;Keepalive toutes les :</translation>
    </message>
    <message>
        <source>Unreachable after &amp;missed keepalives:</source>
        <translation>Injoignable après keepalives &amp;manqués :</translation>
    </message>
    <message>
        <source>Full &amp;listing every:</source>
        <translation>&amp;Liste complète toutes les :</translation>
    </message>
    <message>
        <source>Defaults for libvirt connections. They apply to connections opened from now on: new ones, ones you edit or reconnect after disconnecting, and all of them at the next start. Connections that are open now keep their settings until then.</source>
        <translation>Valeurs par défaut des connexions libvirt. Elles s&apos;appliquent aux connexions ouvertes à partir de maintenant : les nouvelles, celles que vous modifiez ou reconnectez après une déconnexion, et toutes au prochain démarrage. Les connexions ouvertes actuellement gardent leurs réglages jusque-là.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep &amp;every sample for:</source>
        <translation>Conserver &amp;chaque échantillon pendant :</translation>
    </message>
    <message>
        <source>Keep &amp;1-minute averages for:</source>
        <translation>Conserver les moyennes sur &amp;1 minute pendant :</translation>
    </message>
    <message>
        <source>Keep 1-&amp;hour averages for:</source>
        <translation>Conserver les moyennes sur 1 &amp;heure pendant :</translation>
    </message>
    <message>
        <source>Older figures are deleted from the history in the background; charts of longer spans use the averages. Shorter times keep the history file smaller.</source>
        <translation>Les mesures plus anciennes sont supprimées de l&apos;historique en arrière-plan ; les graphiques sur des périodes plus longues utilisent les moyennes. Des durées plus courtes réduisent la taille du fichier d&apos;historique.</translation>
    </message>
    <message>
        <source>Ask before:</source>
        <translation>Demander avant :</translation>
    </message>
    <message>
        <source>Unchecked actions run as soon as you choose them, on every selected VM.</source>
        <translation>Les actions non cochées s&apos;exécutent dès que vous les choisissez, sur chaque VM sélectionnée.</translation>
    </message>
    <message>
        <source>In a tab of the &amp;window (VNC; SPICE opens in the viewer)</source>
        <translation>Dans un onglet de la &amp;fenêtre (VNC ; SPICE s&apos;ouvre dans la visionneuse)</translation>
    </message>
    <message>
        <source>In the external &amp;viewer</source>
        <translation>Dans la &amp;visionneuse externe</translation>
    </message>
    <message>
        <source>&amp;Scale the guest screen to the window</source>
        <translation>&amp;Adapter l&apos;écran de l&apos;invité à la fenêtre</translation>
    </message>
    <message>
        <source>Open consoles:</source>
        <translation>Ouvrir les consoles :</translation>
    </message>
    <message>
        <source>Viewer &amp;command:</source>
        <translation>&amp;Commande de la visionneuse :</translation>
    </message>
    <message>
        <source>The viewer gets a .vv file on its standard input (&quot;-&quot; in the command); the password never touches the disk. Empty: remote-viewer.</source>
        <translation>La visionneuse reçoit un fichier .vv sur son entrée standard (« - » dans la commande) ; le mot de passe ne touche jamais le disque. Vide : remote-viewer.</translation>
    </message>
    <message>
        <source>Only when no connection is configured</source>
        <translation>Uniquement si aucune connexion n&apos;est configurée</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>&amp;Remove Demo Host Now</source>
        <translation>&amp;Retirer l&apos;hôte de démonstration maintenant</translation>
    </message>
    <message>
        <source>Show the &amp;demo host:</source>
        <translation>Afficher l&apos;hôte de &amp;démonstration :</translation>
    </message>
    <message>
        <source>The demo host is a made-up libvirt host (libvirt&apos;s test driver) to look around with. Removing it keeps it away at the next start too.</source>
        <translation>L&apos;hôte de démonstration est un hôte libvirt fictif (le pilote de test de libvirt) pour découvrir l&apos;application. Le retirer l&apos;écarte aussi au prochain démarrage.</translation>
    </message>
    <message>
        <source>Closes the demo host&apos;s connection and does not open it again</source>
        <translation>Ferme la connexion de l&apos;hôte de démonstration et ne la rouvre pas</translation>
    </message>
    <message>
        <source>The demo host is not open</source>
        <translation>L&apos;hôte de démonstration n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>Consoles: %1</source>
        <translation>Consoles : %1</translation>
    </message>
</context>
<context>
    <name>welkin::PreferencesStore</name>
    <message>
        <source>Force Off and Force Reboot</source>
        <translation>Forcer l&apos;extinction et Forcer le redémarrage</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Delete virtual machines (the disk list of libvirt VMs is always shown)</source>
        <translation>Supprimer des machines virtuelles (la liste des disques des VM libvirt est toujours affichée)</translation>
    </message>
    <message>
        <source>Revert to or delete a snapshot</source>
        <translation>Revenir à un instantané ou le supprimer</translation>
    </message>
    <message>
        <source>Rebuild and Revert Resize of cloud servers</source>
        <translation>Reconstruire et Annuler le redimensionnement des serveurs cloud</translation>
    </message>
    <message>
        <source>Remove a connection</source>
        <translation>Supprimer une connexion</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not an executable program.</source>
        <translation>%1 n&apos;est pas un programme exécutable.</translation>
    </message>
    <message>
        <source>remote-viewer is not installed: install the package &quot;virt-viewer&quot;, or give the full path of another viewer.</source>
        <translation>remote-viewer n&apos;est pas installé : installez le paquet « virt-viewer », ou indiquez le chemin complet d&apos;une autre visionneuse.</translation>
    </message>
    <message>
        <source>No program &quot;%1&quot; was found on the PATH: give its full path, or the name of an installed program.</source>
        <translation>Aucun programme « %1 » n&apos;a été trouvé dans le PATH : indiquez son chemin complet, ou le nom d&apos;un programme installé.</translation>
    </message>
</context>
<context>
    <name>welkin::Provider</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Task title, e.g. &quot;Start web-01&quot;
----------
Task title, e.g. &quot;Open Console web-01&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 does not provide consoles</source>
        <translation>%1 ne fournit pas de consoles</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>Non affiché : %1</translation>
    </message>
    <message>
        <source>The console could not be opened</source>
        <translation>La console n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>%1 keeps no snapshots</source>
        <translation>%1 ne gère pas d&apos;instantanés</translation>
    </message>
    <message>
        <source>List the snapshots of %1</source>
        <translation>Lister les instantanés de %1</translation>
    </message>
    <message>
        <source>Read what %1 offers</source>
        <translation>Lire l&apos;offre de %1</translation>
    </message>
    <message>
        <source>%1 cannot create servers</source>
        <translation>%1 ne peut pas créer de serveurs</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Créer %1</translation>
    </message>
    <message>
        <source>Import key pair %1</source>
        <translation>Importer la paire de clés %1</translation>
    </message>
    <message>
        <source>%1 keeps no key pairs</source>
        <translation>%1 ne gère pas de paires de clés</translation>
    </message>
</context>
<context>
    <name>welkin::QuotaGauges</name>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Key pairs</source>
        <translation>Paires de clés</translation>
    </message>
    <message>
        <source>Server groups</source>
        <translation>Groupes de serveurs</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (aucune limite)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 — nearly used up</source>
        <translation>%1 — presque épuisé</translation>
    </message>
</context>
<context>
    <name>welkin::RenameVmDialog</name>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Nouveau &amp;nom :</translation>
    </message>
    <message>
        <source>The host is no longer connected</source>
        <translation>L&apos;hôte n&apos;est plus connecté</translation>
    </message>
    <message>
        <source>%1 is %2: only a shut-off VM can be renamed</source>
        <translation>%1 est %2 : seule une VM éteinte peut être renommée</translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on %2</source>
        <translation>Une VM nommée « %1 » existe déjà sur %2</translation>
    </message>
</context>
<context>
    <name>welkin::ResourceTableModel</name>
    <message>
        <source>%1 (%2 running)</source>
        <translation>%1 (%2 en marche)</translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <extracomment>host CPU topology: sockets × cores × threads</extracomment>
        <translation>%1 × %2 × %3</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hyperviseur</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Temps de fonctionnement</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>Modèle de CPU</translation>
    </message>
    <message>
        <source>Sockets × cores × threads</source>
        <translation>Sockets × cœurs × threads</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 used of %2</source>
        <extracomment>a host&apos;s memory: &quot;200 GiB used of 256 GiB&quot;</extracomment>
        <translation>%1 utilisés sur %2</translation>
    </message>
    <message>
        <source>Since the VM started, where its provider says so.</source>
        <translation>Depuis le démarrage de la VM, lorsque son fournisseur l&apos;indique.</translation>
    </message>
    <message>
        <source>Not known: the provider does not say when this VM started (libvirt: only for VMs seen starting while connected).</source>
        <translation>Inconnu : le fournisseur n&apos;indique pas quand cette VM a démarré (libvirt : uniquement pour les VM vues démarrer pendant la connexion).</translation>
    </message>
</context>
<context>
    <name>welkin::SecretStore</name>
    <message>
        <source>Secrets are stored in the system keychain.</source>
        <translation>Les secrets sont enregistrés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Passwords are kept in memory for this session only and will be asked for again next time.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1). Les mots de passe sont gardés en mémoire pour cette session uniquement et seront redemandés la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>welkin::SelectionSummaryPage</name>
    <message numerus="yes">
        <source>%n VM(s) selected</source>
        <translation>
            <numerusform>%n VM sélectionnée</numerusform>
            <numerusform>%n VM sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) selected</source>
        <translation>
            <numerusform>%n ressource sélectionnée</numerusform>
            <numerusform>%n ressources sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation>%1 de mémoire</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s)</source>
        <translation>
            <numerusform>%n autre élément</numerusform>
            <numerusform>%n autres éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::SnapshotTreeModel</name>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Éteinte</translation>
    </message>
    <message>
        <source>Disks only</source>
        <translation>Disques uniquement</translation>
    </message>
    <message>
        <source>%1, with memory</source>
        <translation>%1, avec mémoire</translation>
    </message>
    <message>
        <source>%1, external disks</source>
        <translation>%1, disques externes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>With memory</source>
        <translation>Avec mémoire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>welkin::SshTunnelPool</name>
    <message>
        <source>ssh could not be started (%1); install openssh-client</source>
        <translation>ssh n&apos;a pas pu être lancé (%1) ; installez openssh-client</translation>
    </message>
    <message>
        <source>the SSH login did not complete within %1 s</source>
        <translation>la connexion SSH ne s&apos;est pas terminée en %1 s</translation>
    </message>
    <message>
        <source>no free local port for the SSH tunnel</source>
        <translation>aucun port local libre pour le tunnel SSH</translation>
    </message>
    <message>
        <source>the SSH tunnel could not be set up: %1</source>
        <translation>le tunnel SSH n&apos;a pas pu être établi : %1</translation>
    </message>
    <message>
        <source>the SSH connection to %1 ended</source>
        <translation>la connexion SSH à %1 s&apos;est terminée</translation>
    </message>
    <message>
        <source>SSH to %1 failed: %2</source>
        <translation>SSH vers %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>welkin::StoragePage</name>
    <message>
        <source>New Pool…</source>
        <translation>Nouveau pool…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Démarrage auto</translation>
    </message>
    <message>
        <source>Start the pool when the host boots</source>
        <translation>Démarrer le pool au démarrage de l&apos;hôte</translation>
    </message>
    <message>
        <source>Delete Pool…</source>
        <translation>Supprimer le pool…</translation>
    </message>
    <message>
        <source>New Volume…</source>
        <translation>Nouveau volume…</translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation>Redimensionner…</translation>
    </message>
    <message>
        <source>Delete Volume…</source>
        <translation>Supprimer le volume…</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Téléverser…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Upload a local ISO or disk image into the pool</source>
        <translation>Téléverser une image ISO ou disque locale dans le pool</translation>
    </message>
    <message>
        <source>Save the volume to a local file</source>
        <translation>Enregistrer le volume dans un fichier local</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Volumes in &apos;%1&apos;</source>
        <translation>Volumes de « %1 »</translation>
    </message>
    <message>
        <source>Delete Storage Pool</source>
        <translation>Supprimer le pool de stockage</translation>
    </message>
    <message>
        <source>Delete storage pool &apos;%1&apos;?</source>
        <translation>Supprimer le pool de stockage « %1 » ?</translation>
    </message>
    <message>
        <source>Delete Pool</source>
        <translation>Supprimer le pool</translation>
    </message>
    <message>
        <source>The pool will be stopped and removed from the host.</source>
        <translation>Le pool sera arrêté et retiré de l&apos;hôte.</translation>
    </message>
    <message>
        <source>The pool will be removed from the host.</source>
        <translation>Le pool sera retiré de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Its files stay on disk.</source>
        <translation>Ses fichiers restent sur le disque.</translation>
    </message>
    <message>
        <source>Also delete the directory %1 (it must be empty)</source>
        <translation>Supprimer aussi le répertoire %1 (il doit être vide)</translation>
    </message>
    <message>
        <source>Also delete the pool&apos;s data on its source</source>
        <translation>Supprimer aussi les données du pool sur sa source</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is used by VM %2</source>
        <translation>Le volume « %1 » est utilisé par la VM %2</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is used by VMs %2</source>
        <translation>Le volume « %1 » est utilisé par les VM %2</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>Supprimer le volume</translation>
    </message>
    <message>
        <source>Delete volume &apos;%1&apos; from pool &apos;%2&apos;?</source>
        <translation>Supprimer le volume « %1 » du pool « %2 » ?</translation>
    </message>
    <message>
        <source>Its data is deleted and cannot be recovered.</source>
        <translation>Ses données sont supprimées et ne pourront pas être récupérées.</translation>
    </message>
    <message>
        <source>Upload to Pool &apos;%1&apos;</source>
        <translation>Téléverser dans le pool « %1 »</translation>
    </message>
    <message>
        <source>Disk images and ISOs (*.iso *.qcow2 *.img *.raw);;All files (*)</source>
        <translation>Images disque et ISO (*.iso *.qcow2 *.img *.raw);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A volume named &apos;%1&apos; already exists in pool &apos;%2&apos;</source>
        <translation>Un volume nommé « %1 » existe déjà dans le pool « %2 »</translation>
    </message>
    <message>
        <source>Download Volume &apos;%1&apos;</source>
        <translation>Télécharger le volume « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Its volumes (%n) stay on disk unless you delete them first.</source>
        <translation>
            <numerusform>Son volume (%n) reste sur le disque, sauf si vous le supprimez d&apos;abord.</numerusform>
            <numerusform>Ses volumes (%n) restent sur le disque, sauf si vous les supprimez d&apos;abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::StoragePoolModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>Network file system</source>
        <translation>Système de fichiers réseau</translation>
    </message>
    <message>
        <source>LVM volume group</source>
        <translation>Groupe de volumes LVM</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Système de fichiers</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>iSCSI target</source>
        <translation>Cible iSCSI</translation>
    </message>
    <message>
        <source>Ceph RBD</source>
        <translation>Ceph RBD</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>Non actif</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 utilisés sur %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Démarrage auto</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>welkin::StorageVolumeModel</name>
    <message>
        <source>%1
backed by %2</source>
        <translation>%1
basé sur %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
</context>
<context>
    <name>welkin::StorageXml</name>
    <message>
        <source>expected &lt;%1&gt;, found &lt;%2&gt;</source>
        <translation>&lt;%1&gt; attendu, &lt;%2&gt; trouvé</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>no &lt;%1&gt; element</source>
        <translation>pas d&apos;élément &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a size: &apos;%2&apos;</source>
        <translation>&lt;%1&gt; n&apos;est pas une taille : « %2 »</translation>
    </message>
    <message>
        <source>no &lt;name&gt; element</source>
        <translation>pas d&apos;élément &lt;name&gt;</translation>
    </message>
</context>
<context>
    <name>welkin::TakeSnapshotDialog</name>
    <message>
        <source>&amp;Disk only: external qcow2 overlays, no memory</source>
        <translation>&amp;Disque uniquement : surcouches qcow2 externes, sans mémoire</translation>
    </message>
    <message>
        <source>Take Snapshot of %1</source>
        <translation>Créer un instantané de %1</translation>
    </message>
    <message>
        <source>What this snapshot is for, e.g. &quot;before the kernel upgrade&quot;</source>
        <translation>À quoi sert cet instantané, p. ex. « avant la mise à jour du noyau »</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation>&amp;Créer l&apos;instantané</translation>
    </message>
    <message>
        <source>The VM is running: its memory is saved too, so reverting resumes it exactly where it was. QEMU pauses it while the memory is written.</source>
        <translation>La VM est en marche : sa mémoire est aussi sauvegardée, et un retour à l&apos;instantané la reprend exactement là où elle était. QEMU la met en pause pendant l&apos;écriture de la mémoire.</translation>
    </message>
    <message>
        <source>The VM is shut off: the snapshot holds its disks.</source>
        <translation>La VM est éteinte : l&apos;instantané contient ses disques.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>This VM already has a snapshot named %1</source>
        <translation>Cette VM a déjà un instantané nommé %1</translation>
    </message>
    <message>
        <source>The server&apos;s disk is saved as an image in the image service. New servers can start from it; the cloud cannot turn this server back to it.</source>
        <translation>Le disque du serveur est enregistré comme image dans le service d&apos;images. De nouveaux serveurs peuvent démarrer à partir de celle-ci ; le cloud ne peut pas ramener ce serveur à cette image.</translation>
    </message>
    <message>
        <source>With memory, reverting resumes the VM exactly where it was. Without it, the VM must be stopped to revert to this snapshot.</source>
        <translation>Avec la mémoire, un retour à l&apos;instantané reprend la VM exactement là où elle était. Sans elle, la VM doit être arrêtée pour revenir à cet instantané.</translation>
    </message>
    <message>
        <source>The VM is stopped: the snapshot holds its disks.</source>
        <translation>La VM est arrêtée : l&apos;instantané contient ses disques.</translation>
    </message>
    <message>
        <source>Include the VM&apos;s &amp;memory</source>
        <translation>Inclure la &amp;mémoire de la VM</translation>
    </message>
    <message>
        <source>The snapshot name is empty</source>
        <translation>Le nom de l&apos;instantané est vide</translation>
    </message>
    <message>
        <source>The snapshot name is too long (%1 characters, at most %2)</source>
        <translation>Le nom de l&apos;instantané est trop long (%1 caractères, %2 au plus)</translation>
    </message>
    <message>
        <source>The snapshot name &apos;%1&apos; contains a control character</source>
        <translation>Le nom de l&apos;instantané « %1 » contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>The description is too long (%1 characters, at most %2)</source>
        <translation>La description est trop longue (%1 caractères, %2 au plus)</translation>
    </message>
</context>
<context>
    <name>welkin::Task</name>
    <message>
        <source>%1 (as %2)</source>
        <extracomment>User column of a task: local account, then who the connection acts as (&quot;alice (as admin)&quot;)</extracomment>
        <translation>%1 (en tant que %2)</translation>
    </message>
</context>
<context>
    <name>welkin::TaskDock</name>
    <message>
        <source>Filter tasks and events…</source>
        <translation>Filtrer les tâches et événements…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation>Tâches échouées</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Tasks and Events</source>
        <translation>Tâches et événements</translation>
    </message>
    <message>
        <source>Cancel Task</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Stop the selected task; what it made so far is removed</source>
        <translation>Arrêter la tâche sélectionnée ; ce qu&apos;elle a créé jusqu&apos;ici est supprimé</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Show the stored event log of earlier sessions too</source>
        <translation>Afficher aussi le journal des événements enregistré des sessions précédentes</translation>
    </message>
    <message>
        <source>Stop following the selected task; the cloud may still complete it</source>
        <translation>Arrêter le suivi de la tâche sélectionnée ; le cloud peut encore la terminer</translation>
    </message>
</context>
<context>
    <name>welkin::TaskEventModel</name>
    <message>
        <source>Ended without a result</source>
        <translation>Terminée sans résultat</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Task / event</source>
        <translation>Tâche / événement</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>welkin::TerminalCredentialHandler</name>
    <message>
        <source>(no longer asked)</source>
        <translation>(plus demandé)</translation>
    </message>
</context>
<context>
    <name>welkin::TlsTrust</name>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER expected).</source>
        <translation>Le fichier d&apos;AC %1 ne contient aucun certificat (PEM ou DER attendu).</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). SHA-256 fingerprint %3.</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé (%2). Empreinte SHA-256 %3.</translation>
    </message>
    <message>
        <source>REFUSED: the server of connection %1 presented a different certificate than the one you trusted. Trusted SHA-256: %2. Presented SHA-256: %3 (subject %4, issuer %5). This can mean someone is intercepting the connection. If the server&apos;s certificate was replaced on purpose, remove the trusted certificate of this connection and connect again.</source>
        <translation>REFUSÉ : le serveur de la connexion %1 a présenté un certificat différent de celui que vous avez approuvé. SHA-256 approuvé : %2. SHA-256 présenté : %3 (sujet %4, émetteur %5). Cela peut signifier que quelqu&apos;un intercepte la connexion. Si le certificat du serveur a été remplacé volontairement, supprimez le certificat approuvé de cette connexion et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: it is a directory.</source>
        <translation>Impossible de lire le fichier d&apos;AC %1 : c&apos;est un répertoire.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Impossible de lire le fichier d&apos;AC %1 : %2.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
</context>
<context>
    <name>welkin::ViewerLauncher</name>
    <message>
        <source>remote-viewer was not found. Install the package &quot;virt-viewer&quot; (for example: sudo apt install virt-viewer) or choose another viewer command.</source>
        <translation>remote-viewer est introuvable. Installez le paquet « virt-viewer » (par exemple : sudo apt install virt-viewer) ou choisissez une autre commande de visionneuse.</translation>
    </message>
    <message>
        <source>The viewer &quot;%1&quot; was not found.</source>
        <translation>La visionneuse « %1 » est introuvable.</translation>
    </message>
    <message>
        <source>This console is a web page; it opens in the browser, not in a viewer.</source>
        <translation>Cette console est une page web ; elle s&apos;ouvre dans le navigateur, pas dans une visionneuse.</translation>
    </message>
    <message>
        <source>Internal error: the SSH tunnel for this console was not set up.</source>
        <translation>Erreur interne : le tunnel SSH de cette console n&apos;a pas été établi.</translation>
    </message>
    <message>
        <source>remote-viewer cannot open a VNC console on a UNIX socket; use the embedded view.</source>
        <translation>remote-viewer ne peut pas ouvrir une console VNC sur un socket UNIX ; utilisez la vue intégrée.</translation>
    </message>
    <message>
        <source>No viewer command is configured.</source>
        <translation>Aucune commande de visionneuse n&apos;est configurée.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n&apos;a pas pu être lancé : %2</translation>
    </message>
    <message>
        <source>The viewer exited with code %1: %2</source>
        <translation>La visionneuse s&apos;est terminée avec le code %1 : %2</translation>
    </message>
</context>
<context>
    <name>welkin::VirtManagerImport</name>
    <message>
        <source>cannot run gsettings: %1</source>
        <translation>impossible d&apos;exécuter gsettings : %1</translation>
    </message>
    <message>
        <source>gsettings is not installed, so virt-manager&apos;s connections cannot be read</source>
        <translation>gsettings n&apos;est pas installé, les connexions de virt-manager ne peuvent donc pas être lues</translation>
    </message>
    <message>
        <source>virt-manager&apos;s connections could not be read (is virt-manager installed?): %1</source>
        <translation>Les connexions de virt-manager n&apos;ont pas pu être lues (virt-manager est-il installé ?) : %1</translation>
    </message>
    <message>
        <source>gsettings did not finish</source>
        <translation>gsettings ne s&apos;est pas terminé</translation>
    </message>
    <message>
        <source>cannot understand virt-manager&apos;s connection list: %1</source>
        <translation>impossible de comprendre la liste des connexions de virt-manager : %1</translation>
    </message>
</context>
<context>
    <name>welkin::VmDetailsPage</name>
    <message>
        <source>Hard disk</source>
        <translation>Disque dur</translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation>CD/DVD</translation>
    </message>
    <message>
        <source>Network (PXE)</source>
        <translation>Réseau (PXE)</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>Disquette</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Only VMs on libvirt hosts have hardware to edit here.
Cloud servers are changed through their flavor and volumes.</source>
        <translation>Seules les VM des hôtes libvirt ont ici du matériel modifiable.
Les serveurs cloud se modifient via leur gabarit et leurs volumes.</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Display and console</source>
        <translation>Affichage et console</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Interfaces réseau</translation>
    </message>
    <message>
        <source>Set &amp;topology by hand</source>
        <translation>Définir la &amp;topologie manuellement</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>sockets</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>cœurs</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>Valeur par défaut de l&apos;hyperviseur</translation>
    </message>
    <message>
        <source>Host passthrough (fastest, no migration to other CPUs)</source>
        <translation>Transmission du CPU de l&apos;hôte (le plus rapide, pas de migration vers d&apos;autres CPU)</translation>
    </message>
    <message>
        <source>Host model (migratable to similar hosts)</source>
        <translation>Modèle de l&apos;hôte (migrable vers des hôtes similaires)</translation>
    </message>
    <message>
        <source>Named model</source>
        <translation>Modèle nommé</translation>
    </message>
    <message>
        <source>e.g. Skylake-Server, qemu64</source>
        <translation>p. ex. Skylake-Server, qemu64</translation>
    </message>
    <message>
        <source>v&amp;CPUs at start:</source>
        <translation>&amp;vCPU au démarrage :</translation>
    </message>
    <message>
        <source>Ma&amp;ximum vCPUs:</source>
        <translation>vCPU ma&amp;ximum :</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>Topologie :</translation>
    </message>
    <message>
        <source>CPU &amp;mode:</source>
        <translation>&amp;Mode CPU :</translation>
    </message>
    <message>
        <source>CPU m&amp;odel:</source>
        <translation>M&amp;odèle de CPU :</translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation>&amp;Actuelle :</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximale :</translation>
    </message>
    <message>
        <source>Balloon:</source>
        <translation>Ballon :</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Show the boot &amp;menu</source>
        <translation>Afficher le m&amp;enu de démarrage</translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation>Démarrer avec l&apos;&amp;hôte</translation>
    </message>
    <message>
        <source>Boot &amp;order:</source>
        <translation>O&amp;rdre de démarrage :</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Micrologiciel :</translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation>Démarrage auto :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>libvirt&apos;s default (usually 127.0.0.1)</source>
        <translation>Valeur par défaut de libvirt (généralement 127.0.0.1)</translation>
    </message>
    <message>
        <source>No &amp;password</source>
        <translation>Sans mot de &amp;passe</translation>
    </message>
    <message>
        <source>Serial &amp;console</source>
        <translation>&amp;Console série</translation>
    </message>
    <message>
        <source>&amp;Graphics:</source>
        <translation>&amp;Graphique :</translation>
    </message>
    <message>
        <source>&amp;Listen address:</source>
        <translation>Adresse d&apos;&amp;écoute :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <source>Add &amp;Disk…</source>
        <translation>Ajouter un &amp;disque…</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Eject</source>
        <translation>É&amp;jecter</translation>
    </message>
    <message>
        <source>&amp;Insert Medium…</source>
        <translation>&amp;Insérer un média…</translation>
    </message>
    <message>
        <source>Add &amp;Interface…</source>
        <translation>Ajouter une &amp;interface…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Link Down</source>
        <translation>Couper le &amp;lien</translation>
    </message>
    <message>
        <source>The definition was changed elsewhere. Revert to see it; Apply would be refused.</source>
        <translation>La définition a été modifiée ailleurs. Rétablissez pour la voir ; Appliquer serait refusé.</translation>
    </message>
    <message>
        <source>yes: the memory of the running VM can change</source>
        <translation>oui : la mémoire de la VM en marche peut changer</translation>
    </message>
    <message>
        <source>none: memory changes wait for the next start</source>
        <translation>aucun : les changements de mémoire attendent le prochain démarrage</translation>
    </message>
    <message>
        <source>The host has %1.</source>
        <translation>L&apos;hôte a %1.</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>set (type to change)</source>
        <translation>défini (tapez pour le changer)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Added, not applied yet</source>
        <translation>Ajouté, pas encore appliqué</translation>
    </message>
    <message>
        <source>Added, not applied yet: a new %1 volume</source>
        <translation>Ajouté, pas encore appliqué : un nouveau volume de %1</translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation>Modifié, pas encore appliqué</translation>
    </message>
    <message>
        <source>Pending until restart: not attached to the running VM</source>
        <translation>En attente du redémarrage : non attaché à la VM en marche</translation>
    </message>
    <message>
        <source>Pending until restart: the running VM has %1</source>
        <translation>En attente du redémarrage : la VM en marche a %1</translation>
    </message>
    <message>
        <source>Pending until restart</source>
        <translation>En attente du redémarrage</translation>
    </message>
    <message>
        <source>Removed, not applied yet</source>
        <translation>Retiré, pas encore appliqué</translation>
    </message>
    <message>
        <source>Pending until restart: still attached to the running VM</source>
        <translation>En attente du redémarrage : encore attaché à la VM en marche</translation>
    </message>
    <message>
        <source>Pending until restart: link up on the running VM</source>
        <translation>En attente du redémarrage : lien actif sur la VM en marche</translation>
    </message>
    <message>
        <source>Pending until restart: link down on the running VM</source>
        <translation>En attente du redémarrage : lien coupé sur la VM en marche</translation>
    </message>
    <message>
        <source>Pending until restart. Running now: vCPUs %1, maximum %2.</source>
        <translation>En attente du redémarrage. Actuellement : %1 vCPU, maximum %2.</translation>
    </message>
    <message>
        <source>Pending until restart: the CPU mode, model or topology.</source>
        <translation>En attente du redémarrage : le mode, le modèle ou la topologie du CPU.</translation>
    </message>
    <message>
        <source>Pending until restart. Running now: %1, maximum %2.</source>
        <translation>En attente du redémarrage. Actuellement : %1, maximum %2.</translation>
    </message>
    <message>
        <source>The running VM has %1 now: the guest gives memory back to the balloon only with its driver loaded.</source>
        <translation>La VM en marche a maintenant %1 : l&apos;invité ne rend de la mémoire au ballon que si son pilote est chargé.</translation>
    </message>
    <message>
        <source>Pending until restart: the boot order or menu.</source>
        <translation>En attente du redémarrage : l&apos;ordre ou le menu de démarrage.</translation>
    </message>
    <message>
        <source>Pending until restart: the display or console.</source>
        <translation>En attente du redémarrage : l&apos;affichage ou la console.</translation>
    </message>
    <message>
        <source>Pending until restart: %1.</source>
        <translation>En attente du redémarrage : %1.</translation>
    </message>
    <message>
        <source>&amp;Link Up</source>
        <translation>Rétablir le &amp;lien</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Some changes wait for the next start of the VM: they are marked below.</source>
        <translation>Certaines modifications attendent le prochain démarrage de la VM : elles sont signalées ci-dessous.</translation>
    </message>
    <message>
        <source>The running VM has the changes too.</source>
        <translation>La VM en marche a aussi reçu les modifications.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>welkin::VmHardwareXml</name>
    <message>
        <source>A VM needs at least 1 vCPU at start</source>
        <translation>Une VM nécessite au moins 1 vCPU au démarrage</translation>
    </message>
    <message>
        <source>The maximum number of vCPUs must be at least 1</source>
        <translation>Le nombre maximal de vCPU doit être d&apos;au moins 1</translation>
    </message>
    <message>
        <source>%1 vCPUs at start is more than the maximum of %2</source>
        <translation>%1 vCPU au démarrage dépasse le maximum de %2</translation>
    </message>
    <message>
        <source>%1 vCPUs is more than this host allows for a VM (%2)</source>
        <translation>%1 vCPU dépasse ce que cet hôte autorise pour une VM (%2)</translation>
    </message>
    <message>
        <source>%1 sockets × %2 cores × %3 threads does not make the maximum of %4 vCPUs</source>
        <translation>%1 sockets × %2 cœurs × %3 threads ne donne pas le maximum de %4 vCPU</translation>
    </message>
    <message>
        <source>The maximum memory cannot be 0</source>
        <translation>La mémoire maximale ne peut pas être 0</translation>
    </message>
    <message>
        <source>Memory cannot be 0</source>
        <translation>La mémoire ne peut pas être 0</translation>
    </message>
    <message>
        <source>Memory %1 is above the maximum of %2</source>
        <translation>La mémoire %1 dépasse le maximum de %2</translation>
    </message>
    <message>
        <source>The host has only %1 of memory</source>
        <translation>L&apos;hôte n&apos;a que %1 de mémoire</translation>
    </message>
    <message>
        <source>Unknown boot device %1 (hd, cdrom, network or fd)</source>
        <translation>Périphérique de démarrage %1 inconnu (hd, cdrom, network ou fd)</translation>
    </message>
    <message>
        <source>Boot device %1 is listed twice</source>
        <translation>Le périphérique de démarrage %1 figure deux fois</translation>
    </message>
    <message>
        <source>A disk has no target</source>
        <translation>Un disque n&apos;a pas de cible</translation>
    </message>
    <message>
        <source>Target %1 is used by two disks</source>
        <translation>La cible %1 est utilisée par deux disques</translation>
    </message>
    <message>
        <source>Target %1 does not fit bus %2 (use %3…)</source>
        <translation>La cible %1 ne correspond pas au bus %2 (utilisez %3…)</translation>
    </message>
    <message>
        <source>Disk %1 has no image</source>
        <translation>Le disque %1 n&apos;a pas d&apos;image</translation>
    </message>
    <message>
        <source>Disk %1 needs both a pool and a volume</source>
        <translation>Le disque %1 nécessite un pool et un volume</translation>
    </message>
    <message>
        <source>MAC %1 is not a MAC address (six hex pairs like 52:54:00:12:34:56)</source>
        <translation>MAC %1 n&apos;est pas une adresse MAC (six paires hexadécimales comme 52:54:00:12:34:56)</translation>
    </message>
    <message>
        <source>MAC %1 is a multicast address</source>
        <translation>MAC %1 est une adresse multicast</translation>
    </message>
    <message>
        <source>MAC %1 is used by two NICs of this VM</source>
        <translation>MAC %1 est utilisée par deux cartes réseau de cette VM</translation>
    </message>
    <message>
        <source>MAC %1 is already used by another VM on this host</source>
        <translation>MAC %1 est déjà utilisée par une autre VM de cet hôte</translation>
    </message>
    <message>
        <source>Listen address %1 is not an IP address</source>
        <translation>L&apos;adresse d&apos;écoute %1 n&apos;est pas une adresse IP</translation>
    </message>
</context>
<context>
    <name>welkin::VmManageActions</name>
    <message>
        <source>New VM…</source>
        <translation>Nouvelle VM…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Cloner…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Start with the Host (Autostart)</source>
        <translation>Démarrer avec l&apos;hôte (démarrage automatique)</translation>
    </message>
    <message>
        <source>Shut the VM off first</source>
        <translation>Éteignez d&apos;abord la VM</translation>
    </message>
    <message>
        <source>Copy this VM and its disks</source>
        <translation>Copier cette VM et ses disques</translation>
    </message>
    <message>
        <source>Give this VM another name</source>
        <translation>Donner un autre nom à cette VM</translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation>Créer un instantané…</translation>
    </message>
    <message>
        <source>Create a virtual machine on a libvirt host or a cloud (%1)</source>
        <translation>Créer une machine virtuelle sur un hôte libvirt ou un cloud (%1)</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message numerus="yes">
        <source>Take Snapshot of %n VM(s)…</source>
        <translation>
            <numerusform>Créer un instantané de %n VM…</numerusform>
            <numerusform>Créer un instantané de %n VM…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VM</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::VmManager</name>
    <message>
        <source>%1 is %2: shut it down before cloning</source>
        <translation>%1 est %2 : éteignez-la avant de la cloner</translation>
    </message>
    <message>
        <source>Could not read the definition of %1</source>
        <translation>Impossible de lire la définition de %1</translation>
    </message>
    <message>
        <source>Could not read the disks of %1: %2</source>
        <translation>Impossible de lire les disques de %1 : %2</translation>
    </message>
    <message>
        <source>Disk %1 of %2 is a network disk: Welkin can only copy volumes of a storage pool</source>
        <translation>Le disque %1 de %2 est un disque réseau : Welkin ne peut copier que des volumes d&apos;un pool de stockage</translation>
    </message>
    <message>
        <source>Disk %1 of %2 (%3) is not in a storage pool: Welkin can only copy volumes of a pool</source>
        <translation>Le disque %1 de %2 (%3) n&apos;est pas dans un pool de stockage : Welkin ne peut copier que des volumes d&apos;un pool</translation>
    </message>
    <message>
        <source>Could not read disk %1 of %2</source>
        <translation>Impossible de lire le disque %1 de %2</translation>
    </message>
    <message>
        <source>Cloning %1 was cancelled</source>
        <translation>Le clonage de %1 a été annulé</translation>
    </message>
    <message>
        <source>Creating the overlay of %1 (%2 of %3)</source>
        <translation>Création de la surcouche de %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Copying %1 (%2 of %3)</source>
        <translation>Copie de %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Copying %1 needs %2, pool &apos;%3&apos; has %4 free</source>
        <translation>La copie de %1 nécessite %2, le pool « %3 » a %4 de libre</translation>
    </message>
    <message>
        <source>Could not copy disk %1 of %2 into pool &apos;%3&apos;</source>
        <translation>Impossible de copier le disque %1 de %2 dans le pool « %3 »</translation>
    </message>
    <message>
        <source>Could not read the path of the copy of %1</source>
        <translation>Impossible de lire le chemin de la copie de %1</translation>
    </message>
    <message>
        <source>Could not write the definition of %1: %2</source>
        <translation>Impossible d&apos;écrire la définition de %1 : %2</translation>
    </message>
    <message>
        <source>Could not define %1</source>
        <translation>Impossible de définir %1</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>Impossible de démarrer %1</translation>
    </message>
    <message>
        <source>Could not read the domain capabilities of %1</source>
        <translation>Impossible de lire les capacités de domaine de %1</translation>
    </message>
    <message>
        <source>Could not read the domain capabilities of %1: %2</source>
        <translation>Impossible de lire les capacités de domaine de %1 : %2</translation>
    </message>
    <message>
        <source>UEFI firmware is not available on this host (no loader in the domain capabilities)</source>
        <translation>Aucun micrologiciel UEFI n&apos;est disponible sur cet hôte (pas de chargeur dans les capacités de domaine)</translation>
    </message>
    <message>
        <source>ISO %1 does not exist on the host</source>
        <translation>L&apos;ISO %1 n&apos;existe pas sur l&apos;hôte</translation>
    </message>
    <message>
        <source>ISO %1 does not exist on this computer</source>
        <translation>L&apos;ISO %1 n&apos;existe pas sur cet ordinateur</translation>
    </message>
    <message>
        <source>Choose a storage pool to upload %1 to</source>
        <translation>Choisissez un pool de stockage dans lequel téléverser %1</translation>
    </message>
    <message>
        <source>Disk image %1 does not exist on the host</source>
        <translation>L&apos;image disque %1 n&apos;existe pas sur l&apos;hôte</translation>
    </message>
    <message>
        <source>Cloud image %1 does not exist on the host</source>
        <translation>L&apos;image cloud %1 n&apos;existe pas sur l&apos;hôte</translation>
    </message>
    <message>
        <source>Choose a storage pool for the disk of %1</source>
        <translation>Choisissez un pool de stockage pour le disque de %1</translation>
    </message>
    <message>
        <source>Choose the existing disk for %1</source>
        <translation>Choisissez le disque existant pour %1</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already has a different volume named &apos;%2&apos;: rename the ISO or delete that volume</source>
        <translation>Le pool « %1 » contient déjà un autre volume nommé « %2 » : renommez l&apos;ISO ou supprimez ce volume</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Téléversement de %1</translation>
    </message>
    <message>
        <source>Creating %1 was cancelled</source>
        <translation>La création de %1 a été annulée</translation>
    </message>
    <message>
        <source>Creating the disk on top of the cloud image</source>
        <translation>Création du disque basé sur l&apos;image cloud</translation>
    </message>
    <message>
        <source>Building the cloud-init seed</source>
        <translation>Création du seed cloud-init</translation>
    </message>
    <message>
        <source>Creating the disk</source>
        <translation>Création du disque</translation>
    </message>
    <message>
        <source>Defining %1</source>
        <translation>Définition de %1</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Démarrage de %1</translation>
    </message>
    <message>
        <source>The connection was closed</source>
        <translation>La connexion a été fermée</translation>
    </message>
    <message>
        <source>Read what %1 offers new VMs</source>
        <translation>Lire ce que %1 propose pour les nouvelles VM</translation>
    </message>
    <message>
        <source>List VMs</source>
        <translation>Lister les VM</translation>
    </message>
    <message>
        <source>List the VMs of %1</source>
        <translation>Lister les VM de %1</translation>
    </message>
    <message>
        <source>Create VM %1</source>
        <translation>Créer la VM %1</translation>
    </message>
    <message>
        <source>Clone %1 to %2</source>
        <translation>Cloner %1 en %2</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Turn on autostart of %1</source>
        <translation>Activer le démarrage automatique de %1</translation>
    </message>
    <message>
        <source>Turn off autostart of %1</source>
        <translation>Désactiver le démarrage automatique de %1</translation>
    </message>
    <message>
        <source>Read the autostart flag of %1</source>
        <translation>Lire l&apos;option de démarrage automatique de %1</translation>
    </message>
    <message>
        <source>Read the disks of %1</source>
        <translation>Lire les disques de %1</translation>
    </message>
    <message>
        <source>Delete VM %1</source>
        <translation>Supprimer la VM %1</translation>
    </message>
    <message>
        <source>The VM %1 no longer exists</source>
        <translation>La VM %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>en veille prolongée</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>en cours d&apos;arrêt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on %2</source>
        <translation>Une VM nommée « %1 » existe déjà sur %2</translation>
    </message>
    <message>
        <source>the new VM could not be undefined (%1)</source>
        <translation>la définition de la nouvelle VM n&apos;a pas pu être supprimée (%1)</translation>
    </message>
    <message>
        <source>Could not read the host&apos;s capabilities</source>
        <translation>Impossible de lire les capacités de l&apos;hôte</translation>
    </message>
    <message>
        <source>Could not read the domain capabilities for %1</source>
        <translation>Impossible de lire les capacités de domaine pour %1</translation>
    </message>
    <message>
        <source>Could not read the domain capabilities: %1</source>
        <translation>Impossible de lire les capacités de domaine : %1</translation>
    </message>
    <message>
        <source>Could not list the VMs</source>
        <translation>Impossible de lister les VM</translation>
    </message>
    <message>
        <source>%1 is %2: shut it down before renaming it</source>
        <translation>%1 est %2 : éteignez-la avant de la renommer</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>Impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>Could not turn on autostart of %1</source>
        <translation>Impossible d&apos;activer le démarrage automatique de %1</translation>
    </message>
    <message>
        <source>Could not turn off autostart of %1</source>
        <translation>Impossible de désactiver le démarrage automatique de %1</translation>
    </message>
    <message>
        <source>Could not read the autostart flag of %1</source>
        <translation>Impossible de lire l&apos;option de démarrage automatique de %1</translation>
    </message>
    <message>
        <source>Could not force %1 off</source>
        <translation>Impossible de forcer l&apos;extinction de %1</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>%1 was kept: VM &apos;%2&apos; uses it</source>
        <translation>%1 a été conservé : la VM « %2 » l&apos;utilise</translation>
    </message>
    <message>
        <source>Deleted %1, but not all of its disks: %2</source>
        <translation>%1 a été supprimée, mais pas tous ses disques : %2</translation>
    </message>
    <message>
        <source>Read the definition of %1</source>
        <translation>Lire la définition de %1</translation>
    </message>
    <message>
        <source>Change the definition of %1</source>
        <translation>Modifier la définition de %1</translation>
    </message>
    <message>
        <source>Could not change the definition of %1: %2</source>
        <translation>Impossible de modifier la définition de %1 : %2</translation>
    </message>
    <message>
        <source>libvirt refused the definition of %1</source>
        <translation>libvirt a refusé la définition de %1</translation>
    </message>
    <message>
        <source>List the snapshots of %1</source>
        <translation>Lister les instantanés de %1</translation>
    </message>
    <message>
        <source>Take snapshot %1 of %2</source>
        <translation>Créer l&apos;instantané %1 de %2</translation>
    </message>
    <message>
        <source>Revert %1 to snapshot %2</source>
        <translation>Revenir à l&apos;instantané %2 pour %1</translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2 and its children</source>
        <translation>Supprimer l&apos;instantané %1 de %2 et ses descendants</translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2</source>
        <translation>Supprimer l&apos;instantané %1 de %2</translation>
    </message>
    <message>
        <source>%1 has no snapshot named %2</source>
        <translation>%1 n&apos;a pas d&apos;instantané nommé %2</translation>
    </message>
    <message>
        <source>Could not find snapshot %1 of %2</source>
        <translation>Instantané %1 de %2 introuvable</translation>
    </message>
    <message>
        <source>Could not list the snapshots of %1</source>
        <translation>Impossible de lister les instantanés de %1</translation>
    </message>
    <message>
        <source>Could not take snapshot %1 of %2</source>
        <translation>Impossible de créer l&apos;instantané %1 de %2</translation>
    </message>
    <message>
        <source>%1 already has a snapshot named %2</source>
        <translation>%1 a déjà un instantané nommé %2</translation>
    </message>
    <message>
        <source>%1: internal snapshots need qcow2 disks, and %2 is not. Take a disk-only snapshot instead.</source>
        <translation>%1 : les instantanés internes nécessitent des disques qcow2, et %2 n&apos;en est pas un. Créez plutôt un instantané des disques uniquement.</translation>
    </message>
    <message>
        <source>Could not revert %1 to snapshot %2</source>
        <translation>Impossible de ramener %1 à l&apos;instantané %2</translation>
    </message>
    <message>
        <source>Could not delete snapshot %1 of %2</source>
        <translation>Impossible de supprimer l&apos;instantané %1 de %2</translation>
    </message>
    <message>
        <source>Could not list the snapshots below %1 of %2</source>
        <translation>Impossible de lister les instantanés sous %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n snapshot(s) below it were deleted first)</source>
        <translation>
            <numerusform>%1 (%n instantané en dessous a d&apos;abord été supprimé)</numerusform>
            <numerusform>%1 (%n instantanés en dessous ont d&apos;abord été supprimés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the hardware of %1: %2</source>
        <translation>Impossible de lire le matériel de %1 : %2</translation>
    </message>
    <message>
        <source>Could not change the hardware of %1: %2</source>
        <translation>Impossible de modifier le matériel de %1 : %2</translation>
    </message>
    <message>
        <source>its definition was changed elsewhere since it was loaded; reload and edit again</source>
        <translation>sa définition a été modifiée ailleurs depuis son chargement ; rechargez et modifiez à nouveau</translation>
    </message>
    <message>
        <source>libvirt refused the new hardware of %1</source>
        <translation>libvirt a refusé le nouveau matériel de %1</translation>
    </message>
    <message>
        <source>%1 waits for the next start: %2</source>
        <translation>%1 attend le prochain démarrage : %2</translation>
    </message>
    <message>
        <source>Changing the vCPUs of the running VM</source>
        <translation>La modification des vCPU de la VM en marche</translation>
    </message>
    <message>
        <source>Changing the memory of the running VM</source>
        <translation>La modification de la mémoire de la VM en marche</translation>
    </message>
    <message>
        <source>Removing %1 from the running VM</source>
        <translation>Le retrait de %1 de la VM en marche</translation>
    </message>
    <message>
        <source>Adding %1 to the running VM</source>
        <translation>L&apos;ajout de %1 à la VM en marche</translation>
    </message>
    <message>
        <source>Ejecting the medium of %1</source>
        <translation>L&apos;éjection du média de %1</translation>
    </message>
    <message>
        <source>Inserting the medium into %1</source>
        <translation>L&apos;insertion du média dans %1</translation>
    </message>
    <message>
        <source>Removing NIC %1 from the running VM</source>
        <translation>Le retrait de la carte réseau %1 de la VM en marche</translation>
    </message>
    <message>
        <source>Adding NIC %1 to the running VM</source>
        <translation>L&apos;ajout de la carte réseau %1 à la VM en marche</translation>
    </message>
    <message>
        <source>Bringing the link of %1 up</source>
        <translation>L&apos;activation du lien de %1</translation>
    </message>
    <message>
        <source>Taking the link of %1 down</source>
        <translation>La coupure du lien de %1</translation>
    </message>
    <message>
        <source>Read the hardware of %1</source>
        <translation>Lire le matériel de %1</translation>
    </message>
    <message>
        <source>Change the hardware of %1</source>
        <translation>Modifier le matériel de %1</translation>
    </message>
    <message>
        <source>Describe snapshot %1 of %2</source>
        <translation>Décrire l&apos;instantané %1 de %2</translation>
    </message>
    <message>
        <source>Could not read snapshot %1 of %2</source>
        <translation>Impossible de lire l&apos;instantané %1 de %2</translation>
    </message>
    <message>
        <source>Could not read snapshot %1 of %2: %3</source>
        <translation>Impossible de lire l&apos;instantané %1 de %2 : %3</translation>
    </message>
    <message>
        <source>Could not change the description of snapshot %1 of %2</source>
        <translation>Impossible de modifier la description de l&apos;instantané %1 de %2</translation>
    </message>
    <message>
        <source>Check the migration of %1</source>
        <translation>Vérifier la migration de %1</translation>
    </message>
    <message>
        <source>Migrate %1 to %2</source>
        <translation>Migrer %1 vers %2</translation>
    </message>
    <message>
        <source>Could not connect to the destination %1</source>
        <translation>Impossible de se connecter à la destination %1</translation>
    </message>
    <message>
        <source>the definition describes no CPU</source>
        <translation>la définition ne décrit aucun CPU</translation>
    </message>
    <message>
        <source>%1 is still defined, shut off, on %2</source>
        <translation>%1 est toujours définie, éteinte, sur %2</translation>
    </message>
    <message>
        <source>%1 is still %2 on %3</source>
        <translation>%1 est toujours %2 sur %3</translation>
    </message>
    <message>
        <source>%1 is %2 on %3</source>
        <translation>%1 est %2 sur %3</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>éteinte</translation>
    </message>
    <message>
        <source>%1 is on neither %2 nor %3 now</source>
        <translation>%1 n&apos;est plus ni sur %2 ni sur %3</translation>
    </message>
    <message>
        <source>the copy of %1 on %2 could not be removed</source>
        <translation>la copie de %1 sur %2 n&apos;a pas pu être supprimée</translation>
    </message>
    <message>
        <source> · post-copy</source>
        <translation> · post-copy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Could not read the definition of %1: %2</source>
        <translation>Impossible de lire la définition de %1 : %2</translation>
    </message>
    <message>
        <source>Could not migrate %1 to %2</source>
        <translation>Impossible de migrer %1 vers %2</translation>
    </message>
    <message>
        <source>%1: it is %2</source>
        <translation>%1 : elle est %2</translation>
    </message>
    <message>
        <source>%1: it is shut off, and a live migration needs it running</source>
        <translation>%1 : elle est éteinte, et une migration à chaud nécessite qu&apos;elle soit en marche</translation>
    </message>
    <message>
        <source>%1: it is shut off, and libvirt copies disks only while a VM runs</source>
        <translation>%1 : elle est éteinte, et libvirt ne copie les disques que lorsqu&apos;une VM tourne</translation>
    </message>
    <message>
        <source>%1: could not read its definition: %2</source>
        <translation>%1 : impossible de lire sa définition : %2</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>%1; its definition on %2 is kept: %3</source>
        <translation>%1 ; sa définition sur %2 est conservée : %3</translation>
    </message>
    <message>
        <source>%1; not cancelled: %2</source>
        <translation>%1 ; non annulé : %2</translation>
    </message>
    <message>
        <source>it had finished</source>
        <translation>elle était déjà terminée</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>dans un état inconnu</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>plantée</translation>
    </message>
</context>
<context>
    <name>welkin::VmOverviewPage</name>
    <message>
        <source>Provider details</source>
        <translation>Détails du fournisseur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>Périphérique de l&apos;hôte</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TLS port</source>
        <translation>Port TLS</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Interfaces réseau</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>This VM no longer exists</source>
        <translation>Cette VM n&apos;existe plus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Temps de fonctionnement</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Maximum memory</source>
        <translation>Mémoire maximale</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>The embedded VNC/SPICE console is coming in a later release.
Until then, use virt-viewer or remote-viewer with the address shown on the Overview page.</source>
        <translation>La console VNC/SPICE intégrée arrivera dans une version ultérieure.
En attendant, utilisez virt-viewer ou remote-viewer avec l&apos;adresse affichée sur la page Vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>Performance charts (CPU, memory, disk and network history) are coming in a later release.
The VM table already shows a live CPU sparkline.</source>
        <translation>Les graphiques de performances (historique du CPU, de la mémoire, du disque et du réseau) arriveront dans une version ultérieure.
Le tableau des VM affiche déjà une courbe du CPU en direct.</translation>
    </message>
    <message>
        <source>Alert: %1 (%2): %3 since %4</source>
        <extracomment>one line per active alert on the VM overview: &quot;Alert: CPU high (cpu &gt; 50 for 10 s): 97.0 % since 14:03&quot;</extracomment>
        <translation>Alerte : %1 (%2) : %3 depuis %4</translation>
    </message>
    <message>
        <source> · acknowledged</source>
        <translation> · acquittée</translation>
    </message>
</context>
<context>
    <name>welkin::VmSnapshotsPage</name>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>&amp;Créer un instantané…</translation>
    </message>
    <message>
        <source>&amp;Revert to Snapshot…</source>
        <translation>&amp;Revenir à l&apos;instantané…</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot…</source>
        <translation>&amp;Supprimer l&apos;instantané…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Supprimer l&apos;instantané</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 has %n snapshot(s) below it. Delete them too, or only %1 (they then hang from its parent)?</source>
        <translation>
            <numerusform>L&apos;instantané %1 a %n instantané en dessous. Le supprimer aussi, ou seulement %1 (il sera alors rattaché à son parent) ?</numerusform>
            <numerusform>L&apos;instantané %1 a %n instantanés en dessous. Les supprimer aussi, ou seulement %1 (ils seront alors rattachés à son parent) ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete with Children</source>
        <translation>Supprimer avec les descendants</translation>
    </message>
    <message>
        <source>Delete Only %1</source>
        <translation>Supprimer seulement %1</translation>
    </message>
    <message>
        <source>Snapshot %1 taken.</source>
        <translation>Instantané %1 créé.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>éteinte</translation>
    </message>
    <message>
        <source>Revert %1 to snapshot %2?

The VM&apos;s present state is lost: every change to its disks since %2 was taken%3, unless another snapshot holds it. Afterwards %1 is %4, as it was then.</source>
        <translation>Ramener %1 à l&apos;instantané %2 ?

L&apos;état actuel de la VM sera perdu : toute modification de ses disques depuis la création de %2%3, sauf si un autre instantané la conserve. Ensuite, %1 sera %4, comme à ce moment-là.</translation>
    </message>
    <message>
        <source>, and what it is running now</source>
        <translation>, ainsi que ce qu&apos;elle exécute actuellement</translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation>Revenir à l&apos;instantané</translation>
    </message>
    <message>
        <source>Revert to %1</source>
        <translation>Revenir à %1</translation>
    </message>
    <message>
        <source>%1 reverted to snapshot %2.</source>
        <translation>%1 ramenée à l&apos;instantané %2.</translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2? It cannot be reverted to afterwards.</source>
        <translation>Supprimer l&apos;instantané %1 de %2 ? Il ne sera plus possible d&apos;y revenir ensuite.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 and the %n below it deleted.</source>
        <translation>
            <numerusform>Instantané %1 et le %n en dessous supprimés.</numerusform>
            <numerusform>Instantané %1 et les %n en dessous supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 deleted.</source>
        <translation>Instantané %1 supprimé.</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Edit Descri&amp;ption…</source>
        <translation>Modifier la descri&amp;ption…</translation>
    </message>
    <message>
        <source>Snapshot Description</source>
        <translation>Description de l&apos;instantané</translation>
    </message>
    <message>
        <source>Description of snapshot %1:</source>
        <translation>Description de l&apos;instantané %1 :</translation>
    </message>
    <message>
        <source>Description of %1 saved.</source>
        <translation>Description de %1 enregistrée.</translation>
    </message>
    <message>
        <source>This cloud keeps snapshots as images: start a new server from one, or rebuild this server from it. A server cannot be reverted to an image.</source>
        <translation>Ce cloud conserve les instantanés sous forme d&apos;images : démarrez un nouveau serveur à partir de l&apos;une d&apos;elles, ou reconstruisez ce serveur à partir de celle-ci. Un serveur ne peut pas être ramené à une image.</translation>
    </message>
    <message>
        <source>%1 keeps no snapshots.</source>
        <translation>%1 ne gère pas d&apos;instantanés.</translation>
    </message>
    <message>
        <source>The connection of this VM is gone.</source>
        <translation>La connexion de cette VM n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Delete image %1 of %2? No new server can start from it afterwards.</source>
        <translation>Supprimer l&apos;image %1 de %2 ? Aucun nouveau serveur ne pourra plus démarrer à partir d&apos;elle.</translation>
    </message>
    <message numerus="yes">
        <source>The %n snapshot(s) below it stay, below its parent.</source>
        <translation>
            <numerusform>L&apos;instantané (%n) en dessous reste, sous son parent.</numerusform>
            <numerusform>Les %n instantanés en dessous restent, sous son parent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation>Supprimer l&apos;image</translation>
    </message>
</context>
<context>
    <name>welkin::VmXmlPage</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>&amp;Vérifier les modifications…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>Retour à l&apos;é&amp;dition</translation>
    </message>
    <message>
        <source>Only VMs on libvirt hosts have an XML definition to edit.
Cloud servers are changed through their flavor and volumes.</source>
        <translation>Seules les VM des hôtes libvirt ont une définition XML modifiable.
Les serveurs cloud se modifient via leur gabarit et leurs volumes.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The VM is running: the changes below take effect when it next starts.</source>
        <translation>La VM est en marche : les modifications ci-dessous prendront effet à son prochain démarrage.</translation>
    </message>
    <message>
        <source>These changes are written when you press Apply.</source>
        <translation>Ces modifications sont écrites lorsque vous cliquez sur Appliquer.</translation>
    </message>
    <message>
        <source>Saved. The VM is running: the new definition is pending until it restarts.</source>
        <translation>Enregistré. La VM est en marche : la nouvelle définition attend son redémarrage.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
</context>
<context>
    <name>welkin::VncClientThread</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The console password was refused by %1 (%2).</source>
        <translation>Le mot de passe de la console a été refusé par %1 (%2).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The connection was closed by the server.</source>
        <translation>La connexion a été fermée par le serveur.</translation>
    </message>
    <message>
        <source>The connection was closed: %1</source>
        <translation>La connexion a été fermée : %1</translation>
    </message>
</context>
<context>
    <name>welkin::VncView</name>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
</context>
<context>
    <name>welkin::VolumeDialog</name>
    <message>
        <source>New Volume</source>
        <translation>Nouveau volume</translation>
    </message>
    <message>
        <source>Resize Volume</source>
        <translation>Redimensionner le volume</translation>
    </message>
    <message>
        <source>e.g. data.qcow2</source>
        <translation>p. ex. data.qcow2</translation>
    </message>
    <message>
        <source>qcow2 (grows on demand, snapshots)</source>
        <translation>qcow2 (croît à la demande, instantanés)</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume :</translation>
    </message>
    <message>
        <source>New &amp;size:</source>
        <translation>Nouvelle &amp;taille :</translation>
    </message>
    <message>
        <source>%1 free in pool &apos;%2&apos;</source>
        <translation>%1 libres dans le pool « %2 »</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; is not active</source>
        <translation>Le pool « %1 » n&apos;est pas actif</translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation>Actuellement %1.</translation>
    </message>
    <message>
        <source>A volume named &apos;%1&apos; already exists in pool &apos;%2&apos;</source>
        <translation>Un volume nommé « %1 » existe déjà dans le pool « %2 »</translation>
    </message>
    <message>
        <source>Enter a size larger than zero</source>
        <translation>Saisissez une taille supérieure à zéro</translation>
    </message>
    <message>
        <source>The new size must be larger than the current %1 (volumes only grow)</source>
        <translation>La nouvelle taille doit dépasser la taille actuelle de %1 (un volume ne peut que grandir)</translation>
    </message>
    <message>
        <source>Growing by %1 needs more than the %2 free in pool &apos;%3&apos;</source>
        <translation>Un agrandissement de %1 nécessite plus que les %2 libres dans le pool « %3 »</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; is not active: start it first</source>
        <translation>Le pool « %1 » n&apos;est pas actif : démarrez-le d&apos;abord</translation>
    </message>
    <message>
        <source>%1 is more than the %2 free in pool &apos;%3&apos;</source>
        <translation>%1 dépasse les %2 libres dans le pool « %3 »</translation>
    </message>
</context>
<context>
    <name>welkin::VolumePicker</name>
    <message>
        <source>Storage pool</source>
        <translation>Pool de stockage</translation>
    </message>
    <message>
        <source>Choose a host first</source>
        <translation>Choisissez d&apos;abord un hôte</translation>
    </message>
    <message>
        <source>Reading the storage pools…</source>
        <translation>Lecture des pools de stockage…</translation>
    </message>
    <message>
        <source>%1 has no storage pools: create one on the host&apos;s Storage tab</source>
        <translation>%1 n&apos;a aucun pool de stockage : créez-en un dans l&apos;onglet Stockage de l&apos;hôte</translation>
    </message>
    <message>
        <source>Choose a storage pool</source>
        <translation>Choisissez un pool de stockage</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; is not active: start it on the host&apos;s Storage tab</source>
        <translation>Le pool « %1 » n&apos;est pas actif : démarrez-le dans l&apos;onglet Stockage de l&apos;hôte</translation>
    </message>
    <message>
        <source>Reading the volumes of pool &apos;%1&apos;…</source>
        <translation>Lecture des volumes du pool « %1 »…</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; holds no ISO images</source>
        <translation>Le pool « %1 » ne contient aucune image ISO</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; holds no disk images</source>
        <translation>Le pool « %1 » ne contient aucune image disque</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 libres)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>used by %1</source>
        <translation>utilisé par %1</translation>
    </message>
</context>
<context>
    <name>welkin::cloudstack</name>
    <message>
        <source>unauthorized</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>method not allowed</source>
        <translation>méthode non autorisée</translation>
    </message>
    <message>
        <source>two-factor authentication required</source>
        <translation>authentification à deux facteurs requise</translation>
    </message>
    <message>
        <source>API rate limit exceeded</source>
        <translation>limite de débit de l&apos;API dépassée</translation>
    </message>
    <message>
        <source>malformed parameter</source>
        <translation>paramètre mal formé</translation>
    </message>
    <message>
        <source>parameter error</source>
        <translation>erreur de paramètre</translation>
    </message>
    <message>
        <source>unsupported action</source>
        <translation>action non prise en charge</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>erreur interne</translation>
    </message>
    <message>
        <source>account error</source>
        <translation>erreur de compte</translation>
    </message>
    <message>
        <source>account resource limit exceeded</source>
        <translation>limite de ressources du compte dépassée</translation>
    </message>
    <message>
        <source>insufficient capacity</source>
        <translation>capacité insuffisante</translation>
    </message>
    <message>
        <source>resource unavailable</source>
        <translation>ressource indisponible</translation>
    </message>
    <message>
        <source>resource allocation error</source>
        <translation>erreur d&apos;allocation de ressource</translation>
    </message>
    <message>
        <source>resource in use</source>
        <translation>ressource en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>network rule conflict</source>
        <translation>conflit de règles réseau</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 without a CloudStack error</source>
        <translation>le serveur a répondu HTTP %1 sans erreur CloudStack</translation>
    </message>
    <message>
        <source>the server sent an empty response</source>
        <translation>le serveur a envoyé une réponse vide</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>le niveau supérieur n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>malformed JSON response: %1</source>
        <translation>réponse JSON mal formée : %1</translation>
    </message>
    <message>
        <source>unexpected response: expected one response object, found %1</source>
        <translation>réponse inattendue : un objet de réponse attendu, %1 trouvés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (CloudStack error %2, %3)</source>
        <translation>%1 (erreur CloudStack %2, %3)</translation>
    </message>
    <message>
        <source>%1 (CloudStack error %2)</source>
        <translation>%1 (erreur CloudStack %2)</translation>
    </message>
    <message>
        <source>the response names no job (no jobid, no jobstatus)</source>
        <translation>la réponse ne nomme aucune tâche (ni jobid, ni jobstatus)</translation>
    </message>
    <message>
        <source>jobstatus is not a number</source>
        <translation>jobstatus n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the job failed (CloudStack error %1)</source>
        <translation>la tâche a échoué (erreur CloudStack %1)</translation>
    </message>
    <message>
        <source>unknown jobstatus %1</source>
        <translation>jobstatus %1 inconnu</translation>
    </message>
    <message>
        <source>the answer has no &quot;consoleendpoint&quot; object</source>
        <translation>la réponse n&apos;a pas d&apos;objet « consoleendpoint »</translation>
    </message>
    <message>
        <source>the server refused to create a console endpoint</source>
        <translation>le serveur a refusé de créer un point de terminaison de console</translation>
    </message>
    <message>
        <source>the answer has no console URL</source>
        <translation>la réponse ne contient pas d&apos;URL de console</translation>
    </message>
    <message>
        <source>the console URL &quot;%1&quot; is not an http(s) URL</source>
        <translation>l&apos;URL de console « %1 » n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>%1 (job %2) did not finish within %3 s; it may still finish on the server</source>
        <translation>%1 (tâche %2) ne s&apos;est pas terminée en %3 s ; elle peut encore se terminer sur le serveur</translation>
    </message>
    <message>
        <source>cannot follow %1: %2</source>
        <translation>impossible de suivre %1 : %2</translation>
    </message>
    <message>
        <source>cannot follow %1: the server named no job</source>
        <translation>impossible de suivre %1 : le serveur n&apos;a nommé aucune tâche</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; has the wrong type</source>
        <translation>le champ « %1 » a un type incorrect</translation>
    </message>
    <message>
        <source>malformed JSON response: the server sent HTML (is the URL the API endpoint, …/client/api?)</source>
        <translation>réponse JSON mal formée : le serveur a envoyé du HTML (l&apos;URL est-elle le point de terminaison de l&apos;API, …/client/api ?)</translation>
    </message>
    <message>
        <source>a %1 that is not an object</source>
        <extracomment>%1 = what it should be (&quot;service offering&quot;)</extracomment>
        <translation>%1 : pas un objet</translation>
    </message>
    <message>
        <source>a %1 without a usable &quot;%2&quot;</source>
        <extracomment>%1 = kind (&quot;template&quot;), %2 = its name, %3 = the JSON field</extracomment>
        <translation>%1 sans champ « %2 » utilisable</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; without a usable &quot;%3&quot;</source>
        <translation>%1 « %2 » sans champ « %3 » utilisable</translation>
    </message>
    <message>
        <source>1 vCPU</source>
        <translation>1 vCPU</translation>
    </message>
    <message>
        <source>%1 vCPUs</source>
        <translation>%1 vCPU</translation>
    </message>
    <message>
        <source>%1 · %2 RAM</source>
        <extracomment>%1 = &quot;2 vCPUs&quot;, %2 = &quot;4 GiB&quot;</extracomment>
        <translation>%1 · %2 de RAM</translation>
    </message>
    <message>
        <source>service offering &quot;%1&quot; without a usable &quot;cpunumber&quot; and &quot;memory&quot;</source>
        <translation>offre de service « %1 » sans « cpunumber » ni « memory » utilisables</translation>
    </message>
    <message>
        <source>%1 · %2 GiB disk</source>
        <translation>%1 · disque de %2 GiB</translation>
    </message>
    <message>
        <source>Stopped following %1; the cloud may still complete it</source>
        <translation>Suivi de %1 arrêté ; le cloud peut encore terminer l&apos;opération</translation>
    </message>
</context>
<context>
    <name>welkin::cloudstack::Client</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 s</source>
        <translation>%1 n&apos;a pas répondu à %2 en %3 s</translation>
    </message>
    <message>
        <source>the answer of %1 to %2 exceeded the limit of %3 MiB</source>
        <translation>la réponse de %1 à %2 a dépassé la limite de %3 MiB</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 keeps refusing requests: API rate limit exceeded (%2)</source>
        <translation>%1 refuse toujours les requêtes : limite de débit de l&apos;API dépassée (%2)</translation>
    </message>
    <message>
        <source>%1 did not end after %2 pages</source>
        <translation>%1 ne s&apos;est pas terminé après %2 pages</translation>
    </message>
    <message>
        <source>the answer to %1 has &quot;%2&quot;, but not as a list</source>
        <translation>la réponse à %1 contient « %2 », mais pas sous forme de liste</translation>
    </message>
</context>
<context>
    <name>welkin::cloudstack::Mapper</name>
    <message>
        <source>pod %1 names no zone</source>
        <translation>le pod %1 ne nomme aucune zone</translation>
    </message>
    <message>
        <source>cluster %1 names neither a pod nor a zone</source>
        <translation>le cluster %1 ne nomme ni pod ni zone</translation>
    </message>
    <message>
        <source>event without an &quot;id&quot;</source>
        <translation>événement sans « id »</translation>
    </message>
    <message>
        <source>%1 without a usable &quot;id&quot;</source>
        <translation>%1 sans « id » utilisable</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; without a usable &quot;id&quot;</source>
        <translation>%1 « %2 » sans « id » utilisable</translation>
    </message>
    <message>
        <source>VM snapshot without a usable &quot;id&quot;</source>
        <translation>instantané de VM sans « id » utilisable</translation>
    </message>
    <message>
        <source>VM snapshot &quot;%1&quot; without a usable &quot;id&quot;</source>
        <translation>instantané de VM « %1 » sans « id » utilisable</translation>
    </message>
    <message>
        <source>the VM snapshot list is not a list</source>
        <translation>la liste des instantanés de VM n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>a VM snapshot that is not an object</source>
        <translation>un instantané de VM qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>welkin::hostpage::PageSupportText</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 a échoué</translation>
    </message>
</context>
<context>
    <name>welkin::libvirt::LibvirtJobRunner</name>
    <message>
        <source>The connection was closed</source>
        <translation>La connexion a été fermée</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Could not open a second connection to %1</source>
        <translation>Impossible d&apos;ouvrir une seconde connexion à %1</translation>
    </message>
</context>
<context>
    <name>welkin::net::RestClient</name>
    <message>
        <source>%1: malformed JSON in the response at byte %2: %3</source>
        <translation>%1 : JSON mal formé dans la réponse à l&apos;octet %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1 : pas de réponse en %2 s</translation>
    </message>
    <message>
        <source>%1: the response is larger than %2 MiB</source>
        <translation>%1 : la réponse dépasse %2 Mio</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête invalide</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Version not supported</source>
        <translation>Version non prise en charge</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Limite dépassée</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Échec de la requête</translation>
    </message>
    <message>
        <source>- retry after %1 s</source>
        <translation>- nouvel essai dans %1 s</translation>
    </message>
</context>
<context>
    <name>welkin::openstack</name>
    <message>
        <source>%1: expected a mapping with a &quot;clouds&quot; key</source>
        <translation>%1 : un mappage avec une clé « clouds » est attendu</translation>
    </message>
    <message>
        <source>%1: malformed YAML at line %2, column %3: %4</source>
        <translation>%1 : YAML mal formé à la ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a clouds.yaml (%2 bytes)</source>
        <translation>%1 est trop volumineux pour un clouds.yaml (%2 octets)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>%1 (unlimited)</source>
        <translation>%1 (illimité)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 without a usable &quot;id&quot;</source>
        <translation>%1 sans « id » utilisable</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; without a usable &quot;id&quot;</source>
        <translation>%1 « %2 » sans « id » utilisable</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::CloudConfig</name>
    <message>
        <source>no auth_url</source>
        <translation>pas d&apos;auth_url</translation>
    </message>
    <message>
        <source>no application_credential_id</source>
        <translation>pas d&apos;application_credential_id</translation>
    </message>
    <message>
        <source>an application_credential_name needs a username or user_id</source>
        <translation>un application_credential_name nécessite un username ou un user_id</translation>
    </message>
    <message>
        <source>unsupported auth_type &quot;%1&quot; (use password or v3applicationcredential)</source>
        <translation>auth_type « %1 » non pris en charge (utilisez password ou v3applicationcredential)</translation>
    </message>
    <message>
        <source>no username</source>
        <translation>pas de username</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::CloudsYaml</name>
    <message>
        <source>%1 defines no clouds</source>
        <translation>%1 ne définit aucun cloud</translation>
    </message>
    <message>
        <source>%1 has no cloud &quot;%2&quot; (it has: %3)</source>
        <translation>%1 n&apos;a pas de cloud « %2 » (il contient : %3)</translation>
    </message>
    <message>
        <source>%1, cloud &quot;%2&quot;: %3</source>
        <translation>%1, cloud « %2 » : %3</translation>
    </message>
    <message>
        <source>No clouds.yaml found (looked in: %1)</source>
        <translation>Aucun clouds.yaml trouvé (recherché dans : %1)</translation>
    </message>
    <message>
        <source>%1 has no &quot;clouds:&quot; mapping</source>
        <translation>%1 n&apos;a pas de mappage « clouds: »</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::KeyPairImport</name>
    <message>
        <source>Give the key pair a name</source>
        <translation>Donnez un nom à la paire de clés</translation>
    </message>
    <message>
        <source>The public key for %1 is empty</source>
        <translation>La clé publique pour %1 est vide</translation>
    </message>
    <message>
        <source>Could not import key pair %1: %2</source>
        <translation>Impossible d&apos;importer la paire de clés %1 : %2</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::Launch</name>
    <message>
        <source>1 vCPU</source>
        <translation>1 vCPU</translation>
    </message>
    <message>
        <source>%1 vCPUs</source>
        <translation>%1 vCPU</translation>
    </message>
    <message>
        <source>%1 RAM</source>
        <translation>%1 de RAM</translation>
    </message>
    <message>
        <source>%1 GiB disk</source>
        <translation>disque de %1 GiB</translation>
    </message>
    <message>
        <source>disk sized to the image</source>
        <translation>disque à la taille de l&apos;image</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <source>external</source>
        <translation>externe</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::LaunchChoicesReader</name>
    <message>
        <source>Nova lists no flavors this project may use</source>
        <translation>Nova ne liste aucun gabarit utilisable par ce projet</translation>
    </message>
    <message>
        <source>The service catalog has no image service (Glance) in region %1</source>
        <translation>Le catalogue de services n&apos;a pas de service d&apos;images (Glance) dans la région %1</translation>
    </message>
    <message>
        <source>The service catalog has no network service (Neutron) in region %1</source>
        <translation>Le catalogue de services n&apos;a pas de service réseau (Neutron) dans la région %1</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::Nova</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The compute service&apos;s version document lists no usable API version</source>
        <translation>Le document de versions du service de calcul ne liste aucune version d&apos;API utilisable</translation>
    </message>
    <message>
        <source>(boot from volume)</source>
        <translation>(démarrage depuis un volume)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Key pairs</source>
        <translation>Paires de clés</translation>
    </message>
    <message>
        <source>Server groups</source>
        <translation>Groupes de serveurs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Host IP</source>
        <translation>IP de l&apos;hôte</translation>
    </message>
    <message>
        <source>Running VMs</source>
        <translation>VM en marche</translation>
    </message>
    <message>
        <source>vCPUs used</source>
        <translation>vCPU utilisés</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Mémoire utilisée</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 sur %2 MiB</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::NovaConsole</name>
    <message>
        <source>noVNC</source>
        <translation>noVNC</translation>
    </message>
    <message>
        <source>SPICE (HTML5)</source>
        <translation>SPICE (HTML5)</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>série</translation>
    </message>
    <message>
        <source>XVP VNC</source>
        <translation>XVP VNC</translation>
    </message>
    <message>
        <source>Nova&apos;s answer has no console URL</source>
        <translation>La réponse de Nova ne contient pas d&apos;URL de console</translation>
    </message>
    <message>
        <source>Nova&apos;s console URL &quot;%1&quot; is not usable</source>
        <translation>L&apos;URL de console « %1 » de Nova n&apos;est pas utilisable</translation>
    </message>
    <message>
        <source>%1 console, link valid about 10 minutes</source>
        <translation>Console %1, lien valable environ 10 minutes</translation>
    </message>
    <message>
        <source>This cloud offers no console for %1 (%2)</source>
        <translation>Ce cloud ne propose aucune console pour %1 (%2)</translation>
    </message>
    <message>
        <source>Could not open the console of %1: %2</source>
        <translation>Impossible d&apos;ouvrir la console de %1 : %2</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::NovaFigures</name>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 of %2 by user %3 failed: %4 (%5)</source>
        <extracomment>an action on a server failed: &quot;resize of web-01 by user admin failed: Error (req-…)&quot;</extracomment>
        <translation>%1 de %2 par l&apos;utilisateur %3 a échoué : %4 (%5)</translation>
    </message>
    <message>
        <source>%1 of %2 by user %3 (%4)</source>
        <extracomment>an action on a server: &quot;stop of web-01 by user admin (req-…)&quot;</extracomment>
        <translation>%1 de %2 par l&apos;utilisateur %3 (%4)</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::NovaRegion</name>
    <message>
        <source>Compute API version discovery failed: %1</source>
        <translation>Échec de la découverte de la version de l&apos;API de calcul : %1</translation>
    </message>
    <message>
        <source>A listing of region %1 is already running</source>
        <translation>Un listage de la région %1 est déjà en cours</translation>
    </message>
    <message>
        <source>The server list from region %1 has no &quot;servers&quot;</source>
        <translation>La liste des serveurs de la région %1 n&apos;a pas de « servers »</translation>
    </message>
    <message>
        <source>OpenStack region</source>
        <translation>Région OpenStack</translation>
    </message>
    <message>
        <source>Compute endpoint</source>
        <translation>Point de terminaison de calcul</translation>
    </message>
    <message>
        <source>Compute microversion</source>
        <translation>Microversion de calcul</translation>
    </message>
    <message>
        <source>OpenStack project</source>
        <translation>Projet OpenStack</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>the server list came round to servers already listed; it ends there</source>
        <translation>la liste des serveurs est revenue à des serveurs déjà listés ; elle s’arrête là</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::ServerActionTask</name>
    <message>
        <source>OpenStack servers do not support &quot;%1&quot;</source>
        <translation>Les serveurs OpenStack ne prennent pas en charge « %1 »</translation>
    </message>
    <message>
        <source>The server no longer exists</source>
        <translation>Le serveur n&apos;existe plus</translation>
    </message>
    <message>
        <source>The action did not finish within %1 s</source>
        <translation>L&apos;action ne s&apos;est pas terminée en %1 s</translation>
    </message>
    <message>
        <source>The server went into ERROR</source>
        <translation>Le serveur est passé à l&apos;état ERROR</translation>
    </message>
    <message>
        <source>The server went into ERROR: %1</source>
        <translation>Le serveur est passé à l&apos;état ERROR : %1</translation>
    </message>
    <message>
        <source>Nova did not delete the server; it is %1</source>
        <translation>Nova n&apos;a pas supprimé le serveur ; il est à l&apos;état %1</translation>
    </message>
    <message>
        <source>Nova left the server in status %1 (expected %2)</source>
        <translation>Nova a laissé le serveur au statut %1 (attendu : %2)</translation>
    </message>
    <message>
        <source>Could not resize %1: no flavor was chosen</source>
        <translation>Impossible de redimensionner %1 : aucun gabarit n&apos;a été choisi</translation>
    </message>
    <message>
        <source>Could not resize %1: region %2 offers no flavor %3</source>
        <translation>Impossible de redimensionner %1 : la région %2 ne propose pas de gabarit %3</translation>
    </message>
    <message>
        <source>%1 already has flavor %2: choose another flavor</source>
        <translation>%1 a déjà le gabarit %2 : choisissez-en un autre</translation>
    </message>
    <message>
        <source>Could not resize %1 to %2: %2 sizes its disk to the image, and Nova cannot shrink the %3 GiB disk of %1&apos;s flavor %4</source>
        <translation>Impossible de redimensionner %1 vers %2 : %2 dimensionne son disque selon l&apos;image, et Nova ne peut pas réduire le disque de %3 GiB du gabarit %4 de %1</translation>
    </message>
    <message>
        <source>Could not resize %1 to %2: its %3 GiB disk is smaller than the %4 GiB disk of %1&apos;s flavor %5, and Nova cannot shrink a disk</source>
        <translation>Impossible de redimensionner %1 vers %2 : son disque de %3 GiB est plus petit que le disque de %4 GiB du gabarit %5 de %1, et Nova ne peut pas réduire un disque</translation>
    </message>
    <message>
        <source>Could not rebuild %1: no image was chosen</source>
        <translation>Impossible de reconstruire %1 : aucune image n&apos;a été choisie</translation>
    </message>
    <message>
        <source>Give %1 a new name</source>
        <translation>Donnez un nouveau nom à %1</translation>
    </message>
    <message>
        <source>The new name of %1 is longer than %2 characters</source>
        <translation>Le nouveau nom de %1 dépasse %2 caractères</translation>
    </message>
    <message>
        <source>Nova did not lock the server</source>
        <translation>Nova n&apos;a pas verrouillé le serveur</translation>
    </message>
    <message>
        <source>Nova did not unlock the server</source>
        <translation>Nova n&apos;a pas déverrouillé le serveur</translation>
    </message>
    <message>
        <source>Nova did not %1 the server; it is %2 again (expected %3)</source>
        <translation>Nova n&apos;a pas effectué « %1 » sur le serveur ; il est de nouveau à l&apos;état %2 (attendu : %3)</translation>
    </message>
    <message>
        <source>: failed in %1</source>
        <translation>: échec à l&apos;étape %1</translation>
    </message>
    <message>
        <source>Stopped following; OpenStack may still complete it</source>
        <translation>Suivi arrêté ; OpenStack peut encore terminer l&apos;opération</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::ServerLauncher</name>
    <message>
        <source>A new server needs a name, a flavor and an image</source>
        <translation>Un nouveau serveur nécessite un nom, un gabarit et une image</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Nova accepted %1 but named no server or reservation</source>
        <translation>Nova a accepté %1 mais n&apos;a nommé ni serveur ni réservation</translation>
    </message>
    <message>
        <source>Accepted; waiting for the scheduler</source>
        <translation>Accepté ; en attente de l&apos;ordonnanceur</translation>
    </message>
    <message>
        <source>%1 was not running after %2 s</source>
        <translation>%1 n&apos;était pas en marche après %2 s</translation>
    </message>
    <message>
        <source>%1 was deleted before it was running</source>
        <translation>%1 a été supprimé avant d&apos;être en marche</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 sur %2 en marche</translation>
    </message>
    <message>
        <source>%1 of %2 running · %3</source>
        <translation>%1 sur %2 en marche · %3</translation>
    </message>
    <message>
        <source>%1 went into ERROR</source>
        <translation>%1 est passé à l&apos;état ERROR</translation>
    </message>
    <message>
        <source>%1 went into ERROR: %2</source>
        <translation>%1 est passé à l&apos;état ERROR : %2</translation>
    </message>
    <message>
        <source>Nova left %1 in status %2</source>
        <translation>Nova a laissé %1 au statut %2</translation>
    </message>
    <message>
        <source>Stopped following; OpenStack may still complete it</source>
        <translation>Suivi arrêté ; OpenStack peut encore terminer l&apos;opération</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::SnapshotImageTask</name>
    <message>
        <source>The image list from Glance has no &quot;images&quot;</source>
        <translation>La liste d&apos;images de Glance n&apos;a pas de « images »</translation>
    </message>
    <message>
        <source>Image %1 is not a snapshot of this server</source>
        <translation>L&apos;image %1 n&apos;est pas un instantané de ce serveur</translation>
    </message>
</context>
<context>
    <name>welkin::profileexchange</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <source>not a Welkin connections file (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>pas un fichier de connexions Welkin (« format » ne vaut pas « %1 »)</translation>
    </message>
    <message>
        <source>unsupported version %1 of the connections file</source>
        <translation>version %1 du fichier de connexions non prise en charge</translation>
    </message>
    <message>
        <source>&quot;connections&quot; is missing or not a list</source>
        <translation>« connections » est absent ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>connection %1 has no &quot;uri&quot;</source>
        <translation>la connexion %1 n&apos;a pas d&apos;« uri »</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a connections file (%2 bytes)</source>
        <translation>%1 est trop volumineux pour un fichier de connexions (%2 octets)</translation>
    </message>
    <message>
        <source>expected a list of strings, got &quot;%1&quot;</source>
        <translation>liste de chaînes attendue, « %1 » obtenu</translation>
    </message>
    <message>
        <source>expected a quoted string at position %1 of &quot;%2&quot;</source>
        <translation>chaîne entre guillemets attendue à la position %1 de « %2 »</translation>
    </message>
    <message>
        <source>unterminated string in &quot;%1&quot;</source>
        <translation>chaîne non terminée dans « %1 »</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; at position %1 of &quot;%2&quot;</source>
        <translation>« , » attendu à la position %1 de « %2 »</translation>
    </message>
</context>
</TS>
