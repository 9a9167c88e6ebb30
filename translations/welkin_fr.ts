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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudStack</name>
    <message>
        <source>Network type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation type="unfinished">Hyperviseur</translation>
    </message>
    <message>
        <source>Managed state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Resource state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished">Cluster</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished">Pod</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished">Zone</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished">Mémoire</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished">CPU</translation>
    </message>
    <message>
        <source>Primary storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary storage allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLANs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct-attached public IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <extracomment>capacity used / total (percent), e.g. &quot;6.0 GiB / 32.0 GiB (18.8 %)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic scaling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU (share of host)</source>
        <translation>CPU (part de l&apos;hôte)</translation>
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
</context>
<context>
    <name>MetricQuery</name>
    <message>
        <source>&apos;%1&apos;: a state is missing after &apos;state:&apos; (one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown state &apos;%2&apos; (one of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a metric name is missing before &apos;%2&apos; (one of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown metric &apos;%2&apos; (one of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a comparison (use &gt;, &gt;=, &lt;, &lt;=, = or !=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a number is missing after &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a number is expected after &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a number (examples: 80, 2.5, 10M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is a percentage; &apos;%3&apos; needs no unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a percentage is at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVmCloudPage</name>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStack</name>
    <message>
        <source>Keystone answered without a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystone&apos;s token has no valid expires_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not scoped to a project: give a project name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a clouds.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revert resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live migration cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live migration forced to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evacuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelve offload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unshelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crash dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface detachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume detachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cloud&apos;s compute driver gives no per-server figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-server figures need an admin role or a telemetry service on this cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (region %2: %3)</source>
        <extracomment>reason, region, Nova&apos;s answer</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to URI (repeatable): a libvirt URI such as qemu+ssh://root@host/system, cloudstack+https://HOST/client/api or openstack:CLOUD.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s graphics listen on a UNIX socket on the remote host; consoles through a remote socket are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s graphics listen on a UNIX socket whose path is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM has no graphics port allocated; is it running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s graphics listen only on the loopback address of %1, which can be reached through an SSH connection only (this one uses %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s graphics accept TLS connections only, which cannot be carried through an SSH tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a domain XML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain XML of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no VNC or SPICE graphics device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a connection URI, e.g. qemu:///system or qemu+ssh://root@host/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URI cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no scheme: libvirt URIs start with a driver, e.g. qemu:// or qemu+ssh://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown hypervisor driver &quot;%1&quot;. Known drivers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1&quot;. Known transports: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After &quot;%1:&quot; a libvirt URI needs &quot;//&quot;, e.g. %1:///system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or address.</source>
        <translation type="unfinished">« %1 » n&apos;est ni un nom d&apos;hôte ni une adresse valide.</translation>
    </message>
    <message>
        <source>The URI is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 transport needs a host name: %2://HOST/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU URIs end in /system (the system daemon) or /session (your own VMs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown QEMU path &quot;%1&quot;: use /system or /session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test URIs need /default or the absolute path of a node XML file: test:///default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must start with https:// (or http:// for a test cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no host name: https://HOST/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put no user name or password into the %1: use the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a size (flavor or service offering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network %1 is not offered here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key pair %1 does not exist here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create between 1 and %1 servers at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project may create only %1 more servers (quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user-data is larger than the 64 KiB a cloud accepts</source>
        <translation type="unfinished"></translation>
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
    <name>welkin::AlertController</name>
    <message>
        <source>&amp;Alert Rules…</source>
        <translation>Règles d&apos;&amp;alerte…</translation>
    </message>
    <message>
        <source>Acknowledge Alert</source>
        <translation>Acquitter l&apos;alerte</translation>
    </message>
</context>
<context>
    <name>welkin::AlertEngine</name>
    <message>
        <source>%1: %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 resolved (%3 now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 resolved: %3 was removed (deleted, or its connection was closed)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all VMs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::BalanceMoveRunner</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its connection was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not move %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would move %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::BalancePage</name>
    <message>
        <source>Recalculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the automatic mode does, or in a dry run would do, is logged here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every recommended migration, one task each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected migration only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host loads, averaged over the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the loads of the pool&apos;s hosts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One migration brings every host under its ceilings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 migrations bring every host under their ceilings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2 is not a connected libvirt host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal was dismissed. Recalculate for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic balancing is off for this pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic balancing, dry run: the round at %1 is only logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic balancing: the next round runs at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::BalancePlanner</name>
    <message>
        <source>The CPU ceiling must be above 0% and at most 100%; it is %L1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory ceiling must be above 0% and at most 100%; it is %L1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The averaging window must be at least one minute; it is %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum benefit of a move must be between 0 and 100 percentage points; it is %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one move per round must be allowed; the maximum is %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time before a moved VM may move again cannot be negative; it is %L1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group “%1” stays together on %2: none of its VMs there can move to a host that keeps them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU %2% → %3%, memory %4% → %5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU %2% → %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 memory %2% → %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No move within the policy relieves %1: its VMs cannot move, moved recently, gain less than the minimum benefit, or fit on no other host under the ceilings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy allows one move per round; what is still over a ceiling waits for the next round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy allows %1 moves per round; what is still over a ceiling waits for the next round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host is below its ceilings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool has no hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool has only one host: there is nowhere to move VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two hosts of the pool can take VMs (the others are in maintenance, not connected or of unknown size): there is nowhere to move VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 VMs of group “%3”, which is kept apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::BalancePolicyForm</name>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy disks when moving (hosts without shared storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run (log only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host whose average CPU load is above this gives up VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host whose average memory use is above this gives up VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads are averaged over this much of the stored history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move must lower its host&apos;s load by at least this many percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM that moved less than this ago stays where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two running VMs of a checked group on the same host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a round every averaging window and apply it (or only log it in a dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU ceiling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory ceiling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averaging window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum benefit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves per round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooldown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep apart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM group has this name now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM groups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups made in the Groups panel can be kept apart here</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared: CD-ROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared: shareable disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared: also used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full clone: copy the disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linked clone: qcow2 overlays on the original&apos;s disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <source>In the clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone is a new VM with its own UUID and MAC addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom :</translation>
    </message>
    <message>
        <source>Disks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the disks of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked: new qcow2 overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the disks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked clones need qcow2 disks; not qcow2: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is no longer connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: shut it off to clone it (its disks must not change while they are copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast and small, but the clone and the original cannot run at the same time (QEMU locks the original&apos;s disks while either runs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::CloudChoiceDialog</name>
    <message>
        <source>Reading what the cloud offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished">vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud offers nothing to choose here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::CloudInitSeed</name>
    <message>
        <source>The extra user-data is not valid YAML: %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra user-data must be #cloud-config keys (a YAML mapping such as &quot;packages: [htop]&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra user-data sets &apos;%1&apos;, which Welkin writes from the form: remove it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra user-data is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name for the cloud image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &apos;%1&apos; is not valid: lowercase letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or &apos;_&apos;, at most 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name cannot be &apos;root&apos;: cloud images lock root logins; pick another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a host name for the cloud image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is too long (%1 characters, at most 253)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &apos;%1&apos; is not valid: letters, digits and &apos;-&apos; between dots, no label starting or ending with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an SSH public key: without one (or extra user-data that sets a password) nobody can log in to the new VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key: paste the public key instead (the .pub file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste exactly one SSH public key (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH public key does not look like one: expected &quot;ssh-ed25519 AAAA... comment&quot; (the contents of a .pub file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the cloud-init seed: libisofs failed to initialise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the cloud-init seed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::CloudStackConnectionPage</name>
    <message>
        <source>&amp;Remember the secret key (system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From CloudStack: Accounts → user → Generate keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for when connecting if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests are signed with the secret key; it is never sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache CloudStack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API endpoint URL, e.g. https://cloud.example.org/client/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CloudStack&apos;s API path to the URL: https://HOST/client/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not CloudStack&apos;s API: it ends in /client/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL takes no query (&quot;?…&quot;): Welkin adds the signed parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key (CloudStack: Accounts → user → Generate keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key cannot contain spaces: check what was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (saved secret key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudStack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::CloudStackProvider</name>
    <message>
        <source>No snapshot was named (option &quot;snapshotId&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudStack does not support &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: not connected to %2 (%3)</source>
        <extracomment>%1 = what could not be done (&quot;shut down web-1&quot;), %2 = connection, %3 = its state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a virtual machine of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = action (&quot;shut down&quot;), %2 = VM name</extracomment>
        <translation type="unfinished">%1… {1 %2?}</translation>
    </message>
    <message>
        <source>open the console of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no console while it is not running (it is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer consoles through its API (createConsoleEndpoint needs CloudStack 4.18 or later); open the console of %2 in the CloudStack web UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the console of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CloudStack API URL (expected cloudstack+https://HOST/client/api)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key and secret key were given for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retrying in %2 s)</source>
        <extracomment>%1 = what went wrong, %2 = seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the snapshots of %1</source>
        <extracomment>%1 = VM name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service offering was chosen (option &quot;sizeId&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 to %2</source>
        <extracomment>Task title: %1 = VM, %2 = service offering (&quot;Scale web-01 to Medium Instance&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <extracomment>Task title: %1 = VM, %2 = its new name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new name was given (option &quot;name&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what %1 offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what %1 offers</source>
        <extracomment>%1 = connection name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no zone to create VMs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no zone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the VM a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a zone for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service offering for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudStack creates one VM at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployVirtualMachine finished without naming the new VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import key pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import key pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key pair a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public key was given for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::CloudVmActions</name>
    <message>
        <source>Resi&amp;ze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;build…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server another size (flavor or service offering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the new size; the old one is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the size the server had before the resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the server&apos;s disk with a fresh copy of an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse actions on the server by anyone but admins until it is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow actions on the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size %1 gets. OpenStack then asks to confirm or revert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is rebuilt from. Everything on its disk is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read what the cloud offers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size %1 gets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::CloudsYamlImportDialog</name>
    <message>
        <source>Import clouds.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clouds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clouds.yaml in the standard places (%1): choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open clouds.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack client configuration (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a clouds.yaml (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defines no clouds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cloud(s) in this file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget This Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten when you press OK: the next connection shows the server&apos;s certificate and asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You trusted this server certificate although no trusted authority vouches for it. Welkin accepts exactly this certificate for this connection and refuses any other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished">Sujet :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished">Émetteur :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted on:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection of this VM is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console page could not be opened in the browser.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console opened in the browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open console in browser</source>
        <translation type="unfinished"></translation>
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
        <source>%n VM(s), %1 running</source>
        <translation>
            <numerusform>%n VM, %1 en marche</numerusform>
            <numerusform>%n VM, %1 en marche</numerusform>
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
        <translation type="unfinished">Performances</translation>
    </message>
    <message>
        <source>Select a connection, host or virtual machine in the tree.

Add a connection with File → Add Connection… (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
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
        <source>CPU (hosts):</source>
        <translation>CPU (hôtes) :</translation>
    </message>
    <message>
        <source>Memory (hosts):</source>
        <translation>Mémoire (hôtes) :</translation>
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
</context>
<context>
    <name>welkin::Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is damaged (%2) and could not be moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was damaged (%2). It was moved to %3 and a new, empty database was created: connection profiles, groups and the event log start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this Welkin knows (%2); it was written by a newer Welkin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::DeleteVmDialog</name>
    <message>
        <source>CD-ROM: kept unless checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: kept unless checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shareable: kept unless checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also used by %1: kept unless checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 Virtual Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definitions go with their snapshot metadata, saved state and UEFI variables. The checked disks are deleted too; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its host is not a connected libvirt host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: it will be forced off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the disks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the disks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty drive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in a storage pool: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted from pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::DiskDialog</name>
    <message>
        <source>&amp;Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hareable between VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Disk to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New volume in a pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD/DVD with an ISO image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty CD/DVD drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qcow2 (grows on demand, snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom :</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume named &apos;%1&apos; already exists in pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 free in pool &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::EditedDefinition</name>
    <message>
        <source>The definition must start with &lt;domain&gt;, not &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;uuid&gt; is %1, but this VM&apos;s is %2: defining it would make another VM. Use Clone to copy a VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::EvacuationPlanner</name>
    <message>
        <source>No host stays under the ceilings; %1 has room for its memory (CPU %2%, memory %3% after the move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the most free memory: %2 (CPU %3%, memory %4% after the move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every host with room runs a VM of “%1”, which is kept apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other host of the pool can take VMs: they are in maintenance, not connected or of unknown size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other host has %1 of free memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a host of this pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM runs on %1: it can enter maintenance now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One VM cannot move and stays running on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 VMs cannot move and stay running on %2.</source>
        <translation type="unfinished"></translation>
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
        <source>%1 (%2 VMs, %3 running)</source>
        <translation>%1 (%2 VM, %3 en marche)</translation>
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
</context>
<context>
    <name>welkin::HardwareDiskModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished">Lecture seule</translation>
    </message>
    <message>
        <source>Read/write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished">Cible</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">Périphérique</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished">Bus</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Format</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
</context>
<context>
    <name>welkin::HardwareNicModel</name>
    <message>
        <source>(chosen on Apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modèle</translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
</context>
<context>
    <name>welkin::HistoryDb</name>
    <message>
        <source>Cannot open the metric history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the metric history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric history %1 was written by a newer Welkin (schema %2, this one knows %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::HistoryStore</name>
    <message>
        <source>The metric history is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::HostLoadModel</name>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished">Hôte</translation>
    </message>
    <message>
        <source>CPU now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::HostNetworks</name>
    <message>
        <source>List networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start network %1 with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start network %1 with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the autostart of network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the DHCP leases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read network &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not define network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set network &apos;%1&apos; to start with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undefine network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the DHCP leases of network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::HostPages</name>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Storage Pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Network…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::HostStorage</name>
    <message>
        <source>%1: the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List storage pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read storage pool types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create storage pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start storage pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop storage pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh storage pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start storage pool %1 with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start storage pool %1 with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the autostart of storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete storage pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the volumes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find volume &apos;%1&apos; in pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read storage pool &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the storage pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the storage pool types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the storage pool types: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; needs a target directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target directory &apos;%1&apos; is not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; needs the NFS server&apos;s host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; needs the exported directory (an absolute path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; needs at least one device to build its volume group on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A storage pool named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not define storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set storage pool &apos;%1&apos; to start with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is used by VM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is used by VMs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; is not active: start it to see its volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the volumes of pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read volume &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start storage pool &apos;%1&apos; to delete its volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the data of storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undefine storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is %2: shrinking it to %3 would cut off its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; needs %2 more, pool &apos;%3&apos; has %4 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resize volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is the backing file of volume &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partial volume %1 is left on the host: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partial volume %1 is left on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a qcow2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the new volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ended after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of %1 failed after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; is not active: start it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already has a volume named &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the backing volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of volume &apos;%1&apos; must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; needs %2, pool &apos;%3&apos; has %4 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create volume &apos;%1&apos; in pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the path of volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download of volume &apos;%1&apos; failed after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the download of volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the volume %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::InventoryModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>VM tooltip: power state and the provider&apos;s reason, e.g. &quot;Shut off (destroyed)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <extracomment>a server pool&apos;s memory: &quot;62 % of 96 GiB&quot; (used share of the hosts&apos; memory)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::InventoryViewModel</name>
    <message>
        <source>Maintenance · %1</source>
        <extracomment>a host&apos;s state in the tree: no VM is placed on it, it is left out of balancing</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::Ipv4Subnet</name>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet is empty: give it as address/prefix, e.g. 192.168.150.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no prefix: give it as address/prefix, e.g. %1/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the prefix must be %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has host bits set: the network is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the subnet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DHCP range starts at %1, after its end %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DHCP range %1 - %2 includes the network or broadcast address of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DHCP range %1 - %2 includes the host&apos;s address %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::LeaseModel</name>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A directory with cacert.pem, clientcert.pem and clientkey.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ertificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses cacert.pem, clientcert.pem and clientkey.pem in this directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate directory must be an absolute path, e.g. /home/me/.pki/kvm-03.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::LibvirtProvider</name>
    <message>
        <source>The connection to %1 was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 %2: not connected to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a virtual machine of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the console of %1: not connected to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not connected to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 %2: libvirt hosts have no such action</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Search name, UUID, IP, host…</source>
        <translation>Rechercher nom, UUID, IP, hôte…</translation>
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
</context>
<context>
    <name>welkin::MaintenanceController</name>
    <message>
        <source>Exit Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Maintenance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this host&apos;s running VMs to the other hosts of its pool and keep new ones off it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::MaintenancePlanDialog</name>
    <message>
        <source>Enter Maintenance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM runs on &lt;b&gt;%1&lt;/b&gt;: it enters maintenance at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; enters maintenance: Welkin places no VM on it and leaves it out of balancing until you exit maintenance. Its running VMs move live as planned below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These VMs cannot move and keep running on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter Maintenance and Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::MigrateDialog</name>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live: the VM keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paused while it moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-converge (slow the guest&apos;s vCPUs if memory changes faster than it copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow p&amp;ost-copy (switch over when pre-copy does not converge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eer to peer (the source host connects to the destination itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tunnelled through the libvirt connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the VM defined on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove its definition from the source host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate %1 VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt; to another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 VMs from &lt;b&gt;%2&lt;/b&gt; to another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pool %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut-off VMs move offline: only their definition goes to the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared storage (both hosts see the same disks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every disk to the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the top image of each disk (incremental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks against the destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Résultat</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other connected libvirt host to move to. Connect the destination host first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem blocks the migration. Change the destination or the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems block the migration. Change the destination or the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready, with a warning to read first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready, with %1 warnings to read first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::MigrationChecks</name>
    <message>
        <source>Destination host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the host %1 runs on (host UUID %2): a VM moves only to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another host (host UUID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation type="unfinished">Hyperviseur</translation>
    </message>
    <message>
        <source>The destination runs %1 and this host %2: a VM moves only between hosts of the same hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination cannot run %1 guests for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on both hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Running: it keeps running while it moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: it is paused while it moves, and resumes on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: it moves paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shut off: a live migration needs it running. Migrate it offline to move only its definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shut off, and libvirt copies disks only while a VM runs: start it, or migrate with shared storage to move only its definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shut off, so only its definition moves: it must be kept on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off: only its definition moves; its disks must already be on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only running, paused or shut-off VMs can move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-copy needs a live migration of a running VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer to peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source host opens %1 itself, and without a host name that is its own daemon: connect to the destination through its address (qemu+ssh://, qemu+tls://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source host opens %1 itself, with its own credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>The destination already has this VM (same UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM named &apos;%1&apos; on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished">CPU</translation>
    </message>
    <message>
        <source>Emulated by QEMU (TCG): the guest gets the same CPU on any host, whatever the host&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked for %1 guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off: its CPU is set up when it starts on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host&apos;s CPU (the VM passes it through)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM&apos;s CPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination provides %1 exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination provides %1 and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination cannot provide %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished">Mémoire</translation>
    </message>
    <message>
        <source>Could not read the destination&apos;s free memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination has %1 free, the VM needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it could not start there now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct (macvtap) link to %1: make sure the destination has that device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined on the destination but not active: start it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination has no network of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination has no bridge of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the destination&apos;s networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s libvirt cannot list host interfaces: make sure it has this bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 already exists on the destination: the copy overwrites it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: libvirt cannot create block device %2 on the destination: create it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the destination has no storage pool named &apos;%2&apos;, and libvirt creates the copy only in one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no storage pool on the destination has the directory %2, and libvirt creates the copy only in one: define a pool with that path there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: storage pool &apos;%2&apos; on the destination is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: copied into pool &apos;%2&apos; on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is on the destination too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not on the destination, and with shared storage both hosts must see the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not on the destination, and read-only or shared disks are not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not check that the destination has %2 (no active storage pool there has the directory %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition&apos;s root is &lt;%1&gt;, not &lt;domain&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::MigrationController</name>
    <message>
        <source>&amp;Migrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected VMs to another libvirt host, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::MigrationProgressDialog</name>
    <message>
        <source>No migration is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::MigrationStats</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished">%1/s</translation>
    </message>
    <message>
        <source>dirty %1 pages/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected downtime %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, downtime %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::MoveModel</name>
    <message>
        <source>moving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
</context>
<context>
    <name>welkin::NameRules</name>
    <message>
        <source>storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; starts or ends with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; contains &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; starts with &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; contains a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name is too long (%2 bytes, at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; is only digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::NetworkDialog</name>
    <message>
        <source>Hand out addresses with DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the network when the host boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Virtual Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lab-net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT (guests reach outside through the host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated (guests and host only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 &amp;subnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP s&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP &amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a subnet such as 192.168.150.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps network &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::NetworkModel</name>
    <message>
        <source>Isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SR-IOV pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::NetworkXml</name>
    <message>
        <source>A network named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DHCP range needs both a start and an end address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps network &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;network&gt;, found &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;network&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;name&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::NetworksPage</name>
    <message>
        <source>New Network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the network when the host boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP leases of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete virtual network &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is running: VMs attached to it lose their connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs configured to use it will not start until you change them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::NewVmCloudPage</name>
    <message>
        <source>&amp;Import Public Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size, image and network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the cloud offers for the new server, read from it just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished">vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#cloud-config
packages: [nginx]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Networks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User-data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load User-Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 (or it is larger than 1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what %1 offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read what the cloud offers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose an image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave every network unchecked for a server without a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud is no longer connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the cloud&apos;s offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public Key to Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair name on the cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an OpenSSH public key (it should start with ssh-ed25519, ssh-rsa or ecdsa-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network is offered here, and the cloud needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network is offered here: the server gets none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::NewVmHardwarePage</name>
    <message>
        <source>Create a disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished">Matériel</translation>
    </message>
    <message>
        <source>Processors, memory, disk, network and devices of the new VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qcow2 (grows as used, snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw (fastest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>br0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;achine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPU model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graphics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host offers no UEFI firmware: libvirt lists no loader for %1 (install OVMF on the host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what the host offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI loader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host CPU model (host-model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host passthrough (fastest, not migratable to other CPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (serial console only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs with KVM acceleration (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host has no KVM for %1: the VM runs emulated (TCG), much slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI is not offered: the host lists no UEFI firmware (OVMF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it on the host&apos;s Networks tab first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-mode networking (outgoing only, no host setup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3), used as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new qcow2 volume on top of %1; the image itself stays untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a storage pool for the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 free in pool &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk must be at least as large as the image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already holds a volume &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free in pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disk: the VM runs from its ISO or the network only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::NewVmHostData</name>
    <message>
        <source>Could not read the VM names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read what the host offers new VMs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the virtual networks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the storage pools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the volumes of pool &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::NewVmOsPage</name>
    <message>
        <source>Operating system</source>
        <translation type="unfinished">Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>The system sets the recommended hardware and whether the VM gets virtio devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: debian, windows 11, fedora…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic or unknown operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generic unknown other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the list of operating systems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system list is not available (%1): generic defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO image is on the host, out of this computer&apos;s reach: choose its system below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the system installed on the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the system you are going to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting the operating system on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 (%2): choose its system below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a system libosinfo knows: choose it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (volume &apos;%2&apos;) is not a system libosinfo knows: choose it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic defaults: memory 1 GiB, disk 10 GiB, vCPUs 1, virtio devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libosinfo has no recommendation for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtio disk and network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulated disk and network (no virtio drivers).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::NewVmSourcePage</name>
    <message>
        <source>Name and installation source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the new virtual machine runs, its name, and where its operating system comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ISO image in a storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local ISO file (uploaded to a pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an existing &amp;disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;boot (PXE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud image with cloud-init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/home/me/Downloads/debian-12.iso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload to pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an ISO image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO images (*.iso);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM boots from this volume as it is: it is not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM boots from the network: the network chosen on the Hardware page needs a PXE server. A new empty disk is created for the installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… (paste a public key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional #cloud-config lines, e.g.
packages: [qemu-guest-agent]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished">Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>SSH public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra user-data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ISO file to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) does not fit into the %3 free in pool &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already has a different volume named &apos;%2&apos;: rename the file or delete that volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is uploaded to the pool when you click Create, then attached as a CD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host or cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud&apos;s sizes, images and networks come on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is only blanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host or cloud is connected: add or reconnect one first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::NewVmSummaryPage</name>
    <message>
        <source>&amp;Start the VM after creating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open its console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads %1 to pool &apos;%2&apos;, then installs from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boots the existing image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boots from the network (PXE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud image %1 with cloud-init: user &apos;%2&apos;, host name &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new %1 %2 volume &apos;%3&apos; in pool &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual network &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user-mode (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">aucun</translation>
    </message>
    <message>
        <source>vCPUs: %1, memory: %2 MiB, disk: %3, network: %4, %5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create defines the VM from this definition; libvirt validates it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::NewVmWizard</name>
    <message>
        <source>New Virtual Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is no longer connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the VM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud is no longer connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::NicDialog</name>
    <message>
        <source>&amp;Link up (cable plugged in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Network Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. br0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio (fastest; Linux, Windows with drivers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bridge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host has no virtual networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the host&apos;s networks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the host&apos;s bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bridge device name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::OpenStackConnectionPage</name>
    <message>
        <source>&amp;Remember the password (system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import clouds.yaml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Mot de passe</translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for when connecting if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID from &quot;openstack application credential create&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every region of the catalog (or e.g. RegionOne,RegionTwo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project do&amp;main:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auth URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nterface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the secret (system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &quot;%1&quot; from clouds.yaml at each connect (later edits of the file apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clouds.yaml is found any more in the standard places: import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Keystone auth URL, e.g. https://keystone.example.org:5000/v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OpenStack user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s domain (usually &quot;Default&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the project whose servers Welkin shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the project&apos;s domain (usually &quot;Default&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application credential ID (see &quot;openstack application credential list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region names cannot contain spaces; separate several regions with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region list has an empty name: separate region names with single commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot;: no clouds.yaml found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (saved in the keychain, or asked for)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::OpenStackProvider</name>
    <message>
        <source>Incomplete OpenStack connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application credential secret for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password or secret was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service catalog has no compute endpoint (interface %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service catalog has no compute endpoint in region %1 (interface %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 %2: not connected to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (region %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 %2: the service catalog has no image service (Glance) in region %3 (interface %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the snapshots of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete a snapshot of %1: no snapshot was named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what %1 offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read what %1 offers: not connected (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no region %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the console of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no console while it is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: not connected to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import key pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import key pair %1: not connected to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::OsCatalog</name>
    <message>
        <source>The operating system database %1 does not exist: install osinfo-db for OS defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the operating system database in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operating systems found in %1: install osinfo-db for OS defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 as an ISO image: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet for this resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-minute averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-hour averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored figures in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CPU %2 (host %3) · memory %4 · disk read %5, write %6 · network in %7, out %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished">Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
</context>
<context>
    <name>welkin::PoolController</name>
    <message>
        <source>New Server &amp;Pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group connections into a server pool (a datacenter, a rack, a cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Server Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Sub-pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Server Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1 : %2</translation>
    </message>
    <message>
        <source>New Sub-pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its connections and sub-pools move up a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No Pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Pool…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::PoolDialog</name>
    <message>
        <source>Enter a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute path (it must start with /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;..&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the pool when the host boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Storage Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. iso-images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfs.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/export/images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/sdb /dev/sdc (empty: use the existing group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFS &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount &amp;point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the host mounts the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A storage pool named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the volume group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid volume group name (letters, digits, + _ . -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device path (/dev/…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the NFS server&apos;s host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the exported directory, e.g. /export/images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the directory that holds the pool&apos;s volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root directory cannot be a storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already uses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;vices:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::PoolLoadReader</name>
    <message>
        <source>its connection places its own VMs (a cloud)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::PoolStore</name>
    <message>
        <source>A server pool needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server pool needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent pool no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pool cannot be moved into itself or into one of its own sub-pools.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::Provider</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Task title, e.g. &quot;Start web-01&quot;
----------
Task title, e.g. &quot;Open Console web-01&quot;</extracomment>
        <translation type="unfinished">%1… {1 %2?}</translation>
    </message>
    <message>
        <source>%1 does not provide consoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps no snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the snapshots of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what %1 offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot create servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import key pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps no key pairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::QuotaGauges</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished">vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — nearly used up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::RenameVmDialog</name>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is no longer connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only a shut-off VM can be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on %2</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>welkin::SecretStore</name>
    <message>
        <source>Secrets are stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Passwords are kept in memory for this session only and will be asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::SnapshotTreeModel</name>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">En pause</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished">Éteinte</translation>
    </message>
    <message>
        <source>Disks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, external disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::SshTunnelPool</name>
    <message>
        <source>ssh could not be started (%1); install openssh-client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH login did not complete within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free local port for the SSH tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH tunnel could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH connection to %1 ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::StoragePage</name>
    <message>
        <source>New Pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the pool when the host boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a local ISO or disk image into the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the volume to a local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Storage Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete storage pool &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool will be stopped and removed from the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool will be removed from the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its files stay on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the directory %1 (it must be empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the pool&apos;s data on its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is used by VM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is used by VMs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete volume &apos;%1&apos; from pool &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data is deleted and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload to Pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk images and ISOs (*.iso *.qcow2 *.img *.raw);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume named &apos;%1&apos; already exists in pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Volume &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its volumes (%n) stay on disk unless you delete them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::StoragePoolModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LVM volume group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSCSI target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph RBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::StorageVolumeModel</name>
    <message>
        <source>%1
backed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Format</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::StorageXml</name>
    <message>
        <source>expected &lt;%1&gt;, found &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;%1&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a size: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;name&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::TakeSnapshotDialog</name>
    <message>
        <source>&amp;Disk only: external qcow2 overlays, no memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this snapshot is for, e.g. &quot;before the kernel upgrade&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is running: its memory is saved too, so reverting resumes it exactly where it was. QEMU pauses it while the memory is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is shut off: the snapshot holds its disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VM already has a snapshot named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s disk is saved as an image in the image service. New servers can start from it; the cloud cannot turn this server back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With memory, reverting resumes the VM exactly where it was. Without it, the VM must be stopped to revert to this snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is stopped: the snapshot holds its disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the VM&apos;s &amp;memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot name is too long (%1 characters, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot name &apos;%1&apos; contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is too long (%1 characters, at most %2)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected task; what it made so far is removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::TaskEventModel</name>
    <message>
        <source>Ended without a result</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::TerminalCredentialHandler</name>
    <message>
        <source>(no longer asked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::TlsTrust</name>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). SHA-256 fingerprint %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED: the server of connection %1 presented a different certificate than the one you trusted. Trusted SHA-256: %2. Presented SHA-256: %3 (subject %4, issuer %5). This can mean someone is intercepting the connection. If the server&apos;s certificate was replaced on purpose, remove the trusted certificate of this connection and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: it is a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::ViewerLauncher</name>
    <message>
        <source>remote-viewer was not found. Install the package &quot;virt-viewer&quot; (for example: sudo apt install virt-viewer) or choose another viewer command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The viewer &quot;%1&quot; was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console is a web page; it opens in the browser, not in a viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the SSH tunnel for this console was not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote-viewer cannot open a VNC console on a UNIX socket; use the embedded view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No viewer command is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The viewer exited with code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::VirtManagerImport</name>
    <message>
        <source>cannot run gsettings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gsettings is not installed, so virt-manager&apos;s connections cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virt-manager&apos;s connections could not be read (is virt-manager installed?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gsettings did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot understand virt-manager&apos;s connection list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::VmDetailsPage</name>
    <message>
        <source>Hard disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network (PXE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only VMs on libvirt hosts have hardware to edit here.
Cloud servers are changed through their flavor and volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished">Mémoire</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display and console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished">Disques</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation type="unfinished">Interfaces réseau</translation>
    </message>
    <message>
        <source>Set &amp;topology by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host passthrough (fastest, no migration to other CPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host model (migratable to similar hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Skylake-Server, qemu64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v&amp;CPUs at start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU m&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balloon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the boot &amp;menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt&apos;s default (usually 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial &amp;console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graphics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert Medium…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Interface…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition was changed elsewhere. Revert to see it; Apply would be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: the memory of the running VM can change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: memory changes wait for the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (type to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">aucun</translation>
    </message>
    <message>
        <source>Added, not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added, not applied yet: a new %1 volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending until restart: not attached to the running VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending until restart: the running VM has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending until restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed, not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending until restart: still attached to the running VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending until restart: link up on the running VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending until restart: link down on the running VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending until restart. Running now: vCPUs %1, maximum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending until restart: the CPU mode, model or topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending until restart. Running now: %1, maximum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running VM has %1 now: the guest gives memory back to the balloon only with its driver loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending until restart: the boot order or menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending until restart: the display or console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending until restart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes wait for the next start of the VM: they are marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running VM has the changes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::VmHardwareXml</name>
    <message>
        <source>A VM needs at least 1 vCPU at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of vCPUs must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPUs at start is more than the maximum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPUs is more than this host allows for a VM (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sockets × %2 cores × %3 threads does not make the maximum of %4 vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum memory cannot be 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory cannot be 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory %1 is above the maximum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host has only %1 of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown boot device %1 (hd, cdrom, network or fd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot device %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disk has no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 is used by two disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 does not fit bus %2 (use %3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 has no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 needs both a pool and a volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC %1 is not a MAC address (six hex pairs like 52:54:00:12:34:56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC %1 is a multicast address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC %1 is used by two NICs of this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC %1 is already used by another VM on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address %1 is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::VmManageActions</name>
    <message>
        <source>New VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the Host (Autostart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut the VM off first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this VM and its disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this VM another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Snapshot of %1 VMs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a virtual machine on a libvirt host or a cloud (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::VmManager</name>
    <message>
        <source>%1 is %2: shut it down before cloning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the definition of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the disks of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 of %2 is a network disk: Welkin can only copy volumes of a storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 of %2 (%3) is not in a storage pool: Welkin can only copy volumes of a pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read disk %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the overlay of %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 needs %2, pool &apos;%3&apos; has %4 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy disk %1 of %2 into pool &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the path of the copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the definition of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not define %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the domain capabilities of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the domain capabilities of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI firmware is not available on this host (no loader in the domain capabilities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO %1 does not exist on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO %1 does not exist on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a storage pool to upload %1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk image %1 does not exist on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud image %1 does not exist on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a storage pool for the disk of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the existing disk for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already has a different volume named &apos;%2&apos;: rename the ISO or delete that volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the disk on top of the cloud image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the cloud-init seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defining %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what %1 offers new VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the VMs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create VM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on autostart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off autostart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the autostart flag of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the disks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete VM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new VM could not be undefined (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the host&apos;s capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the domain capabilities for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the domain capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: shut it down before renaming it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn on autostart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn off autostart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the autostart flag of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not force %1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was kept: VM &apos;%2&apos; uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1, but not all of its disks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the definition of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the definition of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the definition of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt refused the definition of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the snapshots of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1 to snapshot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2 and its children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no snapshot named %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find snapshot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the snapshots of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take snapshot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a snapshot named %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: internal snapshots need qcow2 disks, and %2 is not. Take a disk-only snapshot instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revert %1 to snapshot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete snapshot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the snapshots below %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n snapshot(s) below it were deleted first)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the hardware of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the hardware of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its definition was changed elsewhere since it was loaded; reload and edit again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt refused the new hardware of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for the next start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the vCPUs of the running VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the memory of the running VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 from the running VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 to the running VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ejecting the medium of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserting the medium into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing NIC %1 from the running VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding NIC %1 to the running VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the link of %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the link of %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the hardware of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the hardware of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe snapshot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read snapshot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read snapshot %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the description of snapshot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the migration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition describes no CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still defined, shut off, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on neither %2 nor %3 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy of %1 on %2 could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · post-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the definition of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not migrate %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it is shut off, and a live migration needs it running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it is shut off, and libvirt copies disks only while a VM runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not read its definition: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; its definition on %2 is kept: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; not cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it had finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished">%1 : %2 {1.?}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>Performance charts (CPU, memory, disk and network history) are coming in a later release.
The VM table already shows a live CPU sparkline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::VmSnapshotsPage</name>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert to Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation type="unfinished">Supprimer l&apos;instantané</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 has %n snapshot(s) below it. Delete them too, or only %1 (they then hang from its parent)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete with Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1 to snapshot %2?

The VM&apos;s present state is lost: every change to its disks since %2 was taken%3, unless another snapshot holds it. Afterwards %1 is %4, as it was then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and what it is running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation type="unfinished">Revenir à l&apos;instantané</translation>
    </message>
    <message>
        <source>Revert to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reverted to snapshot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2? It cannot be reverted to afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 and the %n below it deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Descri&amp;ption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of snapshot %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cloud keeps snapshots as images: start a new server from one, or rebuild this server from it. A server cannot be reverted to an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps no snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection of this VM is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete image %1 of %2? No new server can start from it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n snapshot(s) below it stay, below its parent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::VmXmlPage</name>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only VMs on libvirt hosts have an XML definition to edit.
Cloud servers are changed through their flavor and volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is running: the changes below take effect when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes are written when you press Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The VM is running: the new definition is pending until it restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::VncClientThread</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console password was refused by %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::VncView</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished">Déconnecté</translation>
    </message>
</context>
<context>
    <name>welkin::VolumeDialog</name>
    <message>
        <source>New Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. data.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qcow2 (grows on demand, snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free in pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume named &apos;%1&apos; already exists in pool &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a size larger than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new size must be larger than the current %1 (volumes only grow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing by %1 needs more than the %2 free in pool &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; is not active: start it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 free in pool &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::VolumePicker</name>
    <message>
        <source>Storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a host first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the storage pools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no storage pools: create one on the host&apos;s Storage tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; is not active: start it on the host&apos;s Storage tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the volumes of pool &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; holds no ISO images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; holds no disk images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::cloudstack</name>
    <message>
        <source>unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two-factor authentication required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API rate limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account resource limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insufficient capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource allocation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network rule conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1 without a CloudStack error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an empty response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected response: expected one response object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">aucun</translation>
    </message>
    <message>
        <source>%1 (CloudStack error %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (CloudStack error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response names no job (no jobid, no jobstatus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobstatus is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job failed (CloudStack error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown jobstatus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;consoleendpoint&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused to create a console endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no console URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console URL &quot;%1&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (job %2) did not finish within %3 s; it may still finish on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot follow %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot follow %1: the server named no job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON response: the server sent HTML (is the URL the API endpoint, …/client/api?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 that is not an object</source>
        <extracomment>%1 = what it should be (&quot;service offering&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 without a usable &quot;%2&quot;</source>
        <extracomment>%1 = kind (&quot;template&quot;), %2 = its name, %3 = the JSON field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; without a usable &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 RAM</source>
        <extracomment>%1 = &quot;2 vCPUs&quot;, %2 = &quot;4 GiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service offering &quot;%1&quot; without a usable &quot;cpunumber&quot; and &quot;memory&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 GiB disk</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of %1 to %2 exceeded the limit of %3 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps refusing requests: API rate limit exceeded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not end after %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to %1 has &quot;%2&quot;, but not as a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::cloudstack::Mapper</name>
    <message>
        <source>pod %1 names no zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 names neither a pod nor a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event without an &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a usable &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; without a usable &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM snapshot without a usable &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM snapshot &quot;%1&quot; without a usable &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM snapshot list is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VM snapshot that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::hostpage::PageSupportText</name>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::libvirt::LibvirtJobRunner</name>
    <message>
        <source>The connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a second connection to %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: malformed YAML at line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a clouds.yaml (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a usable &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; without a usable &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::openstack::CloudConfig</name>
    <message>
        <source>no auth_url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no application_credential_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an application_credential_name needs a username or user_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported auth_type &quot;%1&quot; (use password or v3applicationcredential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no username</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::openstack::CloudsYaml</name>
    <message>
        <source>%1 defines no clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cloud &quot;%2&quot; (it has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cloud &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clouds.yaml found (looked in: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;clouds:&quot; mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::openstack::KeyPairImport</name>
    <message>
        <source>Give the key pair a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key for %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import key pair %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::openstack::Launch</name>
    <message>
        <source>1 vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk sized to the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::openstack::LaunchChoicesReader</name>
    <message>
        <source>Nova lists no flavors this project may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service catalog has no image service (Glance) in region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service catalog has no network service (Neutron) in region %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::openstack::Nova</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute service&apos;s version document lists no usable API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(boot from volume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished">vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Host IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running VMs</source>
        <translation type="unfinished">VM en marche</translation>
    </message>
    <message>
        <source>vCPUs used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation type="unfinished">Mémoire utilisée</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::openstack::NovaConsole</name>
    <message>
        <source>noVNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPICE (HTML5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XVP VNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova&apos;s answer has no console URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova&apos;s console URL &quot;%1&quot; is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 console, link valid about 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cloud offers no console for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the console of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::openstack::NovaFigures</name>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 by user %3 failed: %4 (%5)</source>
        <extracomment>an action on a server failed: &quot;resize of web-01 by user admin failed: Error (req-…)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 by user %3 (%4)</source>
        <extracomment>an action on a server: &quot;stop of web-01 by user admin (req-…)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::openstack::NovaRegion</name>
    <message>
        <source>Compute API version discovery failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listing of region %1 is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list from region %1 has no &quot;servers&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute microversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::openstack::ServerActionTask</name>
    <message>
        <source>OpenStack servers do not support &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server went into ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server went into ERROR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova did not delete the server; it is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova left the server in status %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resize %1: no flavor was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resize %1: region %2 offers no flavor %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has flavor %2: choose another flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resize %1 to %2: %2 sizes its disk to the image, and Nova cannot shrink the %3 GiB disk of %1&apos;s flavor %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resize %1 to %2: its %3 GiB disk is smaller than the %4 GiB disk of %1&apos;s flavor %5, and Nova cannot shrink a disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rebuild %1: no image was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name of %1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova did not lock the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova did not unlock the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova did not %1 the server; it is %2 again (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: failed in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::openstack::ServerLauncher</name>
    <message>
        <source>A new server needs a name, a flavor and an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova accepted %1 but named no server or reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted; waiting for the scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not running after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted before it was running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 running · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 went into ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 went into ERROR: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova left %1 in status %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::openstack::SnapshotImageTask</name>
    <message>
        <source>The image list from Glance has no &quot;images&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 is not a snapshot of this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::profileexchange</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Welkin connections file (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1 of the connections file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;connections&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection %1 has no &quot;uri&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a connections file (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of strings, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a quoted string at position %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; at position %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
