<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Action</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Force Off</source>
        <translation>Ausschalten erzwingen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Open Console</source>
        <translation>Konsole öffnen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Ruhezustand</translation>
    </message>
    <message>
        <source>Force Reboot</source>
        <translation>Neustart erzwingen</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation>Auf Snapshot zurücksetzen</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Confirm Resize</source>
        <translation>Größenänderung bestätigen</translation>
    </message>
    <message>
        <source>Revert Resize</source>
        <translation>Größenänderung zurücknehmen</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Neu aufbauen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>CloudStack</name>
    <message>
        <source>Network type</source>
        <translation>Netzwerktyp</translation>
    </message>
    <message>
        <source>Allocation state</source>
        <translation>Zuweisungsstatus</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>Managed state</source>
        <translation>Verwaltungsstatus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Resource state</source>
        <translation>Ressourcenstatus</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
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
        <translation>Agent-Version</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Hypervisor host</source>
        <translation>Hypervisor-Host</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Instanzname</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Primary storage</source>
        <translation>Primärspeicher</translation>
    </message>
    <message>
        <source>Primary storage allocated</source>
        <translation>Primärspeicher zugewiesen</translation>
    </message>
    <message>
        <source>Public IPs</source>
        <translation>Öffentliche IPs</translation>
    </message>
    <message>
        <source>Private IPs</source>
        <translation>Private IPs</translation>
    </message>
    <message>
        <source>Secondary storage</source>
        <translation>Sekundärspeicher</translation>
    </message>
    <message>
        <source>VLANs</source>
        <translation>VLANs</translation>
    </message>
    <message>
        <source>Direct-attached public IPs</source>
        <translation>Direkt angebundene öffentliche IPs</translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation>Lokaler Speicher</translation>
    </message>
    <message>
        <source>IPv6 subnets</source>
        <translation>IPv6-Subnetze</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>Backup storage</source>
        <translation>Backup-Speicher</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU-Kerne</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <extracomment>capacity used / total (percent), e.g. &quot;6.0 GiB / 32.0 GiB (18.8 %)&quot;</extracomment>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>service offering</source>
        <translation>Service-Angebot</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>key pair</source>
        <translation>Schlüsselpaar</translation>
    </message>
    <message>
        <source>security group</source>
        <translation>Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Dynamic scaling</source>
        <translation>Dynamische Skalierung</translation>
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
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Belegter Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>Datenträger-E/A</translation>
    </message>
    <message>
        <source>Disk read</source>
        <translation>Datenträger lesen</translation>
    </message>
    <message>
        <source>Disk write</source>
        <translation>Datenträger schreiben</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>Netzwerk-E/A</translation>
    </message>
    <message>
        <source>Network received</source>
        <translation>Netzwerk empfangen</translation>
    </message>
    <message>
        <source>Network sent</source>
        <translation>Netzwerk senden</translation>
    </message>
    <message>
        <source>Running VMs</source>
        <translation>Laufende VMs</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Host share</source>
        <translation>Host-Anteil</translation>
    </message>
    <message>
        <source>CPU (of its vCPUs)</source>
        <translation>CPU (der eigenen vCPUs)</translation>
    </message>
    <message>
        <source>CPU (utilisation)</source>
        <translation>CPU (Auslastung)</translation>
    </message>
    <message>
        <source>Memory used (%)</source>
        <translation>Belegter Arbeitsspeicher (%)</translation>
    </message>
    <message>
        <source>VMs: how busy their own vCPUs are (100 % = every vCPU busy). Hosts: utilisation of all their CPUs. Paused and stopped VMs have none.</source>
        <translation>VMs: wie stark ihre eigenen vCPUs ausgelastet sind (100 % = jede vCPU ausgelastet). Hosts: Auslastung aller ihrer CPUs. Pausierte und gestoppte VMs haben keinen Wert.</translation>
    </message>
    <message>
        <source>VMs: the share of their host&apos;s CPUs they take (100 % = the whole host). Hosts: utilisation.</source>
        <translation>VMs: der Anteil der CPUs ihres Hosts, den sie beanspruchen (100 % = der ganze Host). Hosts: Auslastung.</translation>
    </message>
    <message>
        <source>VMs: the share of their memory the guest uses, when the guest reports it (balloon driver). Hosts: used share of their memory.</source>
        <translation>VMs: der Anteil ihres Arbeitsspeichers, den der Gast nutzt, sofern der Gast ihn meldet (Balloon-Treiber). Hosts: belegter Anteil ihres Arbeitsspeichers.</translation>
    </message>
    <message>
        <source>VMs: the memory the guest uses, or its allocation when the guest does not report it. Hosts: memory in use. In bytes: memused&gt;4G means over 4 GiB.</source>
        <translation>VMs: der Arbeitsspeicher, den der Gast nutzt, oder seine Zuweisung, wenn der Gast ihn nicht meldet. Hosts: belegter Arbeitsspeicher. In Bytes: memused&gt;4G bedeutet über 4 GiB.</translation>
    </message>
    <message>
        <source>Bytes read and written per second.</source>
        <translation>Pro Sekunde gelesene und geschriebene Bytes.</translation>
    </message>
    <message>
        <source>Bytes read per second.</source>
        <translation>Pro Sekunde gelesene Bytes.</translation>
    </message>
    <message>
        <source>Bytes written per second.</source>
        <translation>Pro Sekunde geschriebene Bytes.</translation>
    </message>
    <message>
        <source>Bytes received and sent per second.</source>
        <translation>Pro Sekunde empfangene und gesendete Bytes.</translation>
    </message>
    <message>
        <source>Bytes received per second.</source>
        <translation>Pro Sekunde empfangene Bytes.</translation>
    </message>
    <message>
        <source>Bytes sent per second.</source>
        <translation>Pro Sekunde gesendete Bytes.</translation>
    </message>
    <message>
        <source>Running VMs of a host, connection or group.</source>
        <translation>Laufende VMs eines Hosts, einer Verbindung oder einer Gruppe.</translation>
    </message>
</context>
<context>
    <name>MetricQuery</name>
    <message>
        <source>&apos;%1&apos;: a state is missing after &apos;state:&apos; (one of %2).</source>
        <translation>&apos;%1&apos;: Nach &apos;state:&apos; fehlt ein Zustand (einer von %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown state &apos;%2&apos; (one of %3).</source>
        <translation>&apos;%1&apos;: Unbekannter Zustand &apos;%2&apos; (einer von %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a metric name is missing before &apos;%2&apos; (one of %3).</source>
        <translation>&apos;%1&apos;: Vor &apos;%2&apos; fehlt ein Metrikname (einer von %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown metric &apos;%2&apos; (one of %3).</source>
        <translation>&apos;%1&apos;: Unbekannte Metrik &apos;%2&apos; (eine von %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a comparison (use &gt;, &gt;=, &lt;, &lt;=, = or !=).</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; ist kein Vergleich (&gt;, &gt;=, &lt;, &lt;=, = oder != verwenden).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a number is missing after &apos;%2&apos;.</source>
        <translation>&apos;%1&apos;: Nach &apos;%2&apos; fehlt eine Zahl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a number is expected after &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation>&apos;%1&apos;: Nach &apos;%2&apos; wird eine Zahl erwartet, nicht &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a number (examples: 80, 2.5, 10M).</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; ist keine Zahl (Beispiele: 80, 2.5, 10M).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is a percentage; &apos;%3&apos; needs no unit.</source>
        <translation>&apos;%1&apos;: %2 ist ein Prozentwert; &apos;%3&apos; braucht keine Einheit.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not a percentage.</source>
        <translation>&apos;%1&apos;: %2 ist kein Prozentwert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a percentage is at most 100.</source>
        <translation>&apos;%1&apos;: Ein Prozentwert ist höchstens 100.</translation>
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
        <translation>Keystone hat ohne Token geantwortet</translation>
    </message>
    <message>
        <source>Keystone&apos;s token has no valid expires_at</source>
        <translation>Das Token von Keystone hat kein gültiges expires_at</translation>
    </message>
    <message>
        <source>The token is not scoped to a project: give a project name or id</source>
        <translation>Das Token ist nicht auf ein Projekt beschränkt: Geben Sie einen Projektnamen oder eine Projekt-ID an</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Flavor</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation>Schlüsselpaar</translation>
    </message>
    <message>
        <source>Hypervisor host</source>
        <translation>Hypervisor-Host</translation>
    </message>
    <message>
        <source>Compute host</source>
        <translation>Compute-Host</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>Verfügbarkeitszone</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a clouds.yaml</source>
        <translation>%1 ist zu groß für eine clouds.yaml</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <source>create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>reboot</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>rebuild</source>
        <translation>Neu aufbauen</translation>
    </message>
    <message>
        <source>resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>confirm resize</source>
        <translation>Größenänderung bestätigen</translation>
    </message>
    <message>
        <source>revert resize</source>
        <translation>Größenänderung zurücknehmen</translation>
    </message>
    <message>
        <source>cold migration</source>
        <translation>Kaltmigration</translation>
    </message>
    <message>
        <source>live migration</source>
        <translation>Live-Migration</translation>
    </message>
    <message>
        <source>live migration cancel</source>
        <translation>Live-Migration abbrechen</translation>
    </message>
    <message>
        <source>live migration forced to complete</source>
        <translation>Abschluss der Live-Migration erzwingen</translation>
    </message>
    <message>
        <source>evacuation</source>
        <translation>Evakuierung</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>unpause</source>
        <translation>Pause beenden</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>In Ruhezustand versetzen</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>rescue</source>
        <translation>Rettungsmodus starten</translation>
    </message>
    <message>
        <source>unrescue</source>
        <translation>Rettungsmodus beenden</translation>
    </message>
    <message>
        <source>shelve</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>shelve offload</source>
        <translation>Zurückgestellten Server auslagern</translation>
    </message>
    <message>
        <source>unshelve</source>
        <translation>Zurückstellen aufheben</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>password change</source>
        <translation>Passwortänderung</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>crash dump</source>
        <translation>Crash-Dump</translation>
    </message>
    <message>
        <source>interface attachment</source>
        <translation>Schnittstelle anhängen</translation>
    </message>
    <message>
        <source>interface detachment</source>
        <translation>Schnittstelle trennen</translation>
    </message>
    <message>
        <source>volume attachment</source>
        <translation>Volume anhängen</translation>
    </message>
    <message>
        <source>volume detachment</source>
        <translation>Volume trennen</translation>
    </message>
    <message>
        <source>volume swap</source>
        <translation>Volume tauschen</translation>
    </message>
    <message>
        <source>volume extension</source>
        <translation>Volume vergrößern</translation>
    </message>
    <message>
        <source>state reset</source>
        <translation>Status zurücksetzen</translation>
    </message>
    <message>
        <source>This cloud&apos;s compute driver gives no per-server figures</source>
        <translation>Der Compute-Treiber dieser Cloud liefert keine Werte pro Server</translation>
    </message>
    <message>
        <source>Per-server figures need an admin role or a telemetry service on this cloud</source>
        <translation>Werte pro Server erfordern eine Admin-Rolle oder einen Telemetriedienst in dieser Cloud</translation>
    </message>
    <message>
        <source>%1 (region %2: %3)</source>
        <extracomment>reason, region, Nova&apos;s answer</extracomment>
        <translation>%1 (Region %2: %3)</translation>
    </message>
</context>
<context>
    <name>PowerState</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>Wird heruntergefahren</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ruhezustand</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>Wird migriert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ProviderState</name>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Wird verbunden</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Welkin: one console for libvirt hosts, OpenStack and CloudStack clouds.
Without --connect it opens the embedded demo host and qemu:///system when a local libvirtd runs.</source>
        <translation>Welkin: eine Konsole für libvirt-Hosts, OpenStack- und CloudStack-Clouds.
Ohne --connect öffnet es den eingebetteten Demo-Host und qemu:///system, wenn ein lokaler libvirtd läuft.</translation>
    </message>
    <message>
        <source>Connect to URI (repeatable): a libvirt URI such as qemu+ssh://root@host/system, cloudstack+https://HOST/client/api or openstack:CLOUD.</source>
        <translation>Mit URI verbinden (mehrfach möglich): eine libvirt-URI wie qemu+ssh://root@host/system, cloudstack+https://HOST/client/api oder openstack:CLOUD.</translation>
    </message>
    <message>
        <source>Print the merged inventory and exit (no window).</source>
        <translation>Das zusammengeführte Inventar ausgeben und beenden (ohne Fenster).</translation>
    </message>
    <message>
        <source>Output format of --list: json or table.</source>
        <translation>Ausgabeformat von --list: json oder table.</translation>
    </message>
    <message>
        <source>Do not open the embedded demo host.</source>
        <translation>Den eingebetteten Demo-Host nicht öffnen.</translation>
    </message>
    <message>
        <source>Seconds --list waits for connections (default 30).</source>
        <translation>Sekunden, die --list auf Verbindungen wartet (Standard: 30).</translation>
    </message>
    <message>
        <source>Print progress messages of the providers on stderr.</source>
        <translation>Fortschrittsmeldungen der Provider auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use json or table.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie json oder table.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout erwartet eine positive Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>--connect needs a URI.</source>
        <translation>--connect erwartet eine URI.</translation>
    </message>
    <message>
        <source>Demo host (libvirt test driver)</source>
        <translation>Demo-Host (libvirt-Testtreiber)</translation>
    </message>
    <message>
        <source>This computer (QEMU/KVM)</source>
        <translation>Dieser Computer (QEMU/KVM)</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: keine Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>welkin</name>
    <message>
        <source>The VM&apos;s graphics have no network listener (listen type &quot;none&quot;).</source>
        <translation>Die Grafik der VM hat keinen Netzwerk-Listener (Listen-Typ „none“).</translation>
    </message>
    <message>
        <source>The VM&apos;s graphics listen on a UNIX socket on the remote host; consoles through a remote socket are not supported.</source>
        <translation>Die Grafik der VM lauscht auf einem UNIX-Socket auf dem entfernten Host; Konsolen über einen entfernten Socket werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The VM&apos;s graphics listen on a UNIX socket whose path is not known yet.</source>
        <translation>Die Grafik der VM lauscht auf einem UNIX-Socket, dessen Pfad noch nicht bekannt ist.</translation>
    </message>
    <message>
        <source>The VM has no graphics port allocated; is it running?</source>
        <translation>Der VM ist kein Grafik-Port zugewiesen; läuft sie?</translation>
    </message>
    <message>
        <source>The VM&apos;s graphics listen only on the loopback address of %1, which can be reached through an SSH connection only (this one uses %2).</source>
        <translation>Die Grafik der VM lauscht nur auf der Loopback-Adresse von %1, die nur über eine SSH-Verbindung erreichbar ist (diese Verbindung verwendet %2).</translation>
    </message>
    <message>
        <source>The VM&apos;s graphics accept TLS connections only, which cannot be carried through an SSH tunnel.</source>
        <translation>Die Grafik der VM nimmt nur TLS-Verbindungen an, die nicht durch einen SSH-Tunnel geführt werden können.</translation>
    </message>
    <message>
        <source>not a domain XML document</source>
        <translation>kein Domain-XML-Dokument</translation>
    </message>
    <message>
        <source>The domain XML of %1 could not be read: %2</source>
        <translation>Das Domain-XML von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Enter a connection URI, e.g. qemu:///system or qemu+ssh://root@host/system.</source>
        <translation>Geben Sie eine Verbindungs-URI ein, z. B. qemu:///system oder qemu+ssh://root@host/system.</translation>
    </message>
    <message>
        <source>A URI cannot contain spaces.</source>
        <translation>Eine URI darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no scheme: libvirt URIs start with a driver, e.g. qemu:// or qemu+ssh://.</source>
        <translation>„%1“ hat kein Schema: libvirt-URIs beginnen mit einem Treiber, z. B. qemu:// oder qemu+ssh://.</translation>
    </message>
    <message>
        <source>Unknown hypervisor driver &quot;%1&quot;. Known drivers: %2.</source>
        <translation>Unbekannter Hypervisor-Treiber „%1“. Bekannte Treiber: %2.</translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1&quot;. Known transports: %2.</source>
        <translation>Unbekannter Transport „%1“. Bekannte Transporte: %2.</translation>
    </message>
    <message>
        <source>After &quot;%1:&quot; a libvirt URI needs &quot;//&quot;, e.g. %1:///system.</source>
        <translation>Nach „%1:“ braucht eine libvirt-URI „//“, z. B. %1:///system.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or address.</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The URI is malformed: %1</source>
        <translation>Die URI ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The %1 transport needs a host name: %2://HOST/…</source>
        <translation>Der Transport %1 braucht einen Hostnamen: %2://HOST/…</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>QEMU URIs end in /system (the system daemon) or /session (your own VMs).</source>
        <translation>QEMU-URIs enden auf /system (der System-Daemon) oder /session (Ihre eigenen VMs).</translation>
    </message>
    <message>
        <source>Unknown QEMU path &quot;%1&quot;: use /system or /session.</source>
        <translation>Unbekannter QEMU-Pfad „%1“: Verwenden Sie /system oder /session.</translation>
    </message>
    <message>
        <source>test URIs need /default or the absolute path of a node XML file: test:///default.</source>
        <translation>test-URIs brauchen /default oder den absoluten Pfad einer Knoten-XML-Datei: test:///default.</translation>
    </message>
    <message>
        <source>The %1 cannot contain spaces.</source>
        <translation>Die %1 darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The %1 must start with https:// (or http:// for a test cloud).</source>
        <translation>Die %1 muss mit https:// beginnen (oder mit http:// bei einer Test-Cloud).</translation>
    </message>
    <message>
        <source>The %1 is malformed: %2</source>
        <translation>Die %1 ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>The %1 has no host name: https://HOST/…</source>
        <translation>Die %1 enthält keinen Hostnamen: https://HOST/…</translation>
    </message>
    <message>
        <source>Put no user name or password into the %1: use the fields below.</source>
        <translation>Tragen Sie Benutzername und Passwort nicht in die %1 ein, sondern in die Felder darunter.</translation>
    </message>
    <message>
        <source>Give the server a name</source>
        <translation>Geben Sie dem Server einen Namen</translation>
    </message>
    <message>
        <source>The name is longer than 255 characters</source>
        <translation>Der Name ist länger als 255 Zeichen</translation>
    </message>
    <message>
        <source>Choose a size (flavor or service offering)</source>
        <translation>Wählen Sie eine Größe (Flavor oder Service-Angebot)</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Wählen Sie ein Image</translation>
    </message>
    <message>
        <source>The network %1 is not offered here</source>
        <translation>Das Netzwerk %1 wird hier nicht angeboten</translation>
    </message>
    <message>
        <source>Choose at least one network</source>
        <translation>Wählen Sie mindestens ein Netzwerk</translation>
    </message>
    <message>
        <source>The key pair %1 does not exist here</source>
        <translation>Das Schlüsselpaar %1 existiert hier nicht</translation>
    </message>
    <message>
        <source>Create between 1 and %1 servers at once</source>
        <translation>Erstellen Sie zwischen 1 und %1 Server auf einmal</translation>
    </message>
    <message>
        <source>The project may create only %1 more servers (quota)</source>
        <translation>Das Projekt darf nur noch %1 Server erstellen (Kontingent)</translation>
    </message>
    <message>
        <source>The user-data is larger than the 64 KiB a cloud accepts</source>
        <translation>Die User-Data sind größer als die 64 KiB, die eine Cloud annimmt</translation>
    </message>
    <message>
        <source>About Welkin</source>
        <translation>Über Welkin</translation>
    </message>
    <message>
        <source>Welkin %1</source>
        <translation>Welkin %1</translation>
    </message>
    <message>
        <source>One console for libvirt hosts, OpenStack and CloudStack clouds.</source>
        <translation>Eine Konsole für libvirt-Hosts, OpenStack- und CloudStack-Clouds.</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>libvirt: version unknown</source>
        <translation>libvirt: Version unbekannt</translation>
    </message>
    <message>
        <source>libvirt %1</source>
        <translation>libvirt %1</translation>
    </message>
    <message>
        <source>Welkin is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).</source>
        <translation>Welkin ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und/oder verändern.</translation>
    </message>
    <message>
        <source>This VM has no graphical console (no &lt;graphics&gt; device). Add one in Details › Hardware, or use the serial console with virsh console.</source>
        <translation>Diese VM hat keine grafische Konsole (kein &lt;graphics&gt;-Gerät). Fügen Sie unter Details › Hardware eine hinzu, oder verwenden Sie die serielle Konsole mit virsh console.</translation>
    </message>
    <message>
        <source>%1 has no VNC or SPICE graphics device (only %2). Add a VNC or SPICE one in Details › Hardware, or use the serial console with virsh console.</source>
        <translation>%1 hat kein VNC- oder SPICE-Grafikgerät (nur %2). Fügen Sie unter Details › Hardware ein VNC- oder SPICE-Gerät hinzu, oder verwenden Sie die serielle Konsole mit virsh console.</translation>
    </message>
</context>
<context>
    <name>welkin::ActionController</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>%1 these %n virtual machine(s)?

%2</source>
        <translation>
            <numerusform>Aktion „%1“ für diese virtuelle Maschine ausführen?

%2</numerusform>
            <numerusform>Aktion „%1“ für diese %n virtuellen Maschinen ausführen?

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::ActiveAlertsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
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
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <extracomment>an alert that resolved: &quot;14:03 – 14:10 (7 min)&quot;</extracomment>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
</context>
<context>
    <name>welkin::AlertController</name>
    <message>
        <source>&amp;Alert Rules…</source>
        <translation>Alarm&amp;regeln…</translation>
    </message>
    <message>
        <source>Acknowledge Alert</source>
        <translation>Alarm bestätigen</translation>
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
        <translation>%1: %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1: %2 resolved (%3 now)</source>
        <translation>%1: %2 behoben (jetzt %3)</translation>
    </message>
    <message>
        <source>%1: %2 resolved: %3 was removed (deleted, or its connection was closed)</source>
        <translation>%1: %2 behoben: %3 wurde entfernt (gelöscht, oder seine Verbindung wurde geschlossen)</translation>
    </message>
    <message>
        <source>%1: %2 resolved: the rule was removed</source>
        <translation>%1: %2 behoben: Die Regel wurde entfernt</translation>
    </message>
    <message>
        <source>%1: %2 resolved: the rule no longer applies to it</source>
        <translation>%1: %2 behoben: Die Regel gilt nicht mehr für diese Ressource</translation>
    </message>
</context>
<context>
    <name>welkin::AlertNotifier</name>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Behoben: %1</translation>
    </message>
</context>
<context>
    <name>welkin::AlertRule</name>
    <message>
        <source> for %1 s</source>
        <translation> für %1 s</translation>
    </message>
</context>
<context>
    <name>welkin::AlertRulesDialog</name>
    <message>
        <source>Alert Rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>Percent for CPU and memory, bytes per second for disk and network</source>
        <translation>Prozent für CPU und Arbeitsspeicher, Bytes pro Sekunde für Datenträger und Netzwerk</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>All virtual machines</source>
        <translation>Alle virtuellen Maschinen</translation>
    </message>
    <message>
        <source>Selected VM: %1</source>
        <translation>Ausgewählte VM: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>Optional, e.g. &quot;CPU high&quot;</source>
        <translation>Optional, z. B. „CPU hoch“</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>all hosts</source>
        <translation>alle Hosts</translation>
    </message>
    <message>
        <source>all VMs</source>
        <translation>alle VMs</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Cancel Edi&amp;t</source>
        <translation>Bearbei&amp;tung abbrechen</translation>
    </message>
    <message>
        <source>&amp;For at least:</source>
        <translation>&amp;Für mindestens:</translation>
    </message>
    <message>
        <source>A&amp;pplies to:</source>
        <translation>G&amp;ilt für:</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <source>Host %1 itself</source>
        <translation>Host %1 selbst</translation>
    </message>
    <message>
        <source>VMs on host %1</source>
        <translation>VMs auf Host %1</translation>
    </message>
    <message>
        <source>VMs in server pool %1</source>
        <translation>VMs im Server-Pool %1</translation>
    </message>
    <message>
        <source>Hosts in server pool %1</source>
        <translation>Hosts im Server-Pool %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unverändert: %1</translation>
    </message>
    <message>
        <source>S&amp;ave Rule</source>
        <translation>Regel s&amp;peichern</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>VM %1</source>
        <translation>VM %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>hosts in server pool %1</source>
        <translation>Hosts im Server-Pool %1</translation>
    </message>
    <message>
        <source>hosts below %1</source>
        <translation>Hosts unterhalb von %1</translation>
    </message>
    <message>
        <source>VMs on %1</source>
        <translation>VMs auf %1</translation>
    </message>
</context>
<context>
    <name>welkin::AlertsDock</name>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Go to Resource</source>
        <translation>&amp;Zur Ressource wechseln</translation>
    </message>
    <message>
        <source>Mark the selected alerts as seen: they stay listed, dimmed, and their resolution is not notified</source>
        <translation>Die ausgewählten Alarme als gesehen markieren: Sie bleiben gedimmt in der Liste, und ihre Behebung wird nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 warning %2 error: tint of a resource in the tree until its alerts are acknowledged. Acknowledged and resolved alerts are dimmed.</source>
        <extracomment>the legend of the tint of alerting rows in the inventory tree</extracomment>
        <translation>%1 Warnung %2 Fehler: Färbung einer Ressource im Baum, bis ihre Alarme bestätigt sind. Bestätigte und behobene Alarme werden gedimmt dargestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <extracomment>the Alerts dock&apos;s title with the number of active alerts</extracomment>
        <translation>
            <numerusform>Alarme (%n)</numerusform>
            <numerusform>Alarme (%n)</numerusform>
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
        <translation>%1: %2 verschoben (%3)</translation>
    </message>
    <message>
        <source>its connection was removed</source>
        <translation>die Verbindung wurde entfernt</translation>
    </message>
    <message>
        <source>%1 could not move %2: %3</source>
        <translation>%1: %2 konnte nicht verschoben werden: %3</translation>
    </message>
    <message>
        <source>%1 would move %2 (%3)</source>
        <translation>%1: %2 würde verschoben (%3)</translation>
    </message>
</context>
<context>
    <name>welkin::BalancePage</name>
    <message>
        <source>Recalculate</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Apply All</source>
        <translation>Alle anwenden</translation>
    </message>
    <message>
        <source>Apply Selected</source>
        <translation>Auswahl anwenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>What the automatic mode does, or in a dry run would do, is logged here.</source>
        <translation>Hier wird protokolliert, was der Automatikmodus tut bzw. im Probelauf tun würde.</translation>
    </message>
    <message>
        <source>Run every recommended migration, one task each</source>
        <translation>Alle empfohlenen Migrationen ausführen, jeweils als eigene Aufgabe</translation>
    </message>
    <message>
        <source>Run the selected migration only</source>
        <translation>Nur die ausgewählte Migration ausführen</translation>
    </message>
    <message>
        <source>Forget this proposal</source>
        <translation>Diesen Vorschlag verwerfen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Host loads, averaged over the window</source>
        <translation>Host-Auslastung, gemittelt über den Zeitraum</translation>
    </message>
    <message>
        <source>Recommended migrations</source>
        <translation>Empfohlene Migrationen</translation>
    </message>
    <message>
        <source>Reading the loads of the pool&apos;s hosts…</source>
        <translation>Auslastung der Hosts im Pool wird gelesen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>in Wartung</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>One migration brings every host under its ceilings.</source>
        <translation>Eine Migration bringt alle Hosts unter ihre Obergrenzen.</translation>
    </message>
    <message>
        <source>%1 or %2 is not a connected libvirt host</source>
        <translation>%1 oder %2 ist kein verbundener libvirt-Host</translation>
    </message>
    <message>
        <source>The proposal was dismissed. Recalculate for a new one.</source>
        <translation>Der Vorschlag wurde verworfen. Berechnen Sie neu, um einen neuen zu erhalten.</translation>
    </message>
    <message>
        <source>The pool was deleted.</source>
        <translation>Der Pool wurde gelöscht.</translation>
    </message>
    <message>
        <source>Automatic balancing is off for this pool.</source>
        <translation>Die automatische Lastverteilung ist für diesen Pool ausgeschaltet.</translation>
    </message>
    <message>
        <source>Automatic balancing, dry run: the round at %1 is only logged.</source>
        <translation>Automatische Lastverteilung, Probelauf: Die Runde um %1 wird nur protokolliert.</translation>
    </message>
    <message>
        <source>Automatic balancing: the next round runs at %1.</source>
        <translation>Automatische Lastverteilung: Die nächste Runde läuft um %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) bring every host under their ceilings.</source>
        <translation>
            <numerusform>%n Migration bringt alle Hosts unter ihre Obergrenzen.</numerusform>
            <numerusform>%n Migrationen bringen alle Hosts unter ihre Obergrenzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::BalancePlanner</name>
    <message>
        <source>The CPU ceiling must be above 0% and at most 100%; it is %L1%.</source>
        <translation>Die CPU-Obergrenze muss über 0 % und höchstens bei 100 % liegen; sie beträgt %L1 %.</translation>
    </message>
    <message>
        <source>The memory ceiling must be above 0% and at most 100%; it is %L1%.</source>
        <translation>Die Speicher-Obergrenze muss über 0 % und höchstens bei 100 % liegen; sie beträgt %L1 %.</translation>
    </message>
    <message>
        <source>The averaging window must be at least one minute; it is %L1.</source>
        <translation>Der Mittelungszeitraum muss mindestens eine Minute betragen; er beträgt %L1.</translation>
    </message>
    <message>
        <source>The minimum benefit of a move must be between 0 and 100 percentage points; it is %L1.</source>
        <translation>Der Mindestnutzen einer Verschiebung muss zwischen 0 und 100 Prozentpunkten liegen; er beträgt %L1.</translation>
    </message>
    <message>
        <source>At least one move per round must be allowed; the maximum is %L1.</source>
        <translation>Pro Runde muss mindestens eine Verschiebung erlaubt sein; das Maximum beträgt %L1.</translation>
    </message>
    <message>
        <source>The time before a moved VM may move again cannot be negative; it is %L1 minutes.</source>
        <translation>Die Zeit, bevor eine verschobene VM erneut verschoben werden darf, kann nicht negativ sein; sie beträgt %L1 Minuten.</translation>
    </message>
    <message>
        <source>Group “%1” stays together on %2: none of its VMs there can move to a host that keeps them apart.</source>
        <translation>Gruppe „%1“ bleibt auf %2 zusammen: Keine ihrer VMs dort kann auf einen Host verschoben werden, der sie getrennt hält.</translation>
    </message>
    <message>
        <source>%1 CPU %2% → %3%, memory %4% → %5%</source>
        <translation>%1 CPU %2 % → %3 %, Speicher %4 % → %5 %</translation>
    </message>
    <message>
        <source>%1 CPU %2% → %3%</source>
        <translation>%1 CPU %2 % → %3 %</translation>
    </message>
    <message>
        <source>%1 memory %2% → %3%</source>
        <translation>%1 Speicher %2 % → %3 %</translation>
    </message>
    <message>
        <source>No move within the policy relieves %1: its VMs cannot move, moved recently, gain less than the minimum benefit, or fit on no other host under the ceilings.</source>
        <translation>Keine Verschiebung innerhalb der Richtlinie entlastet %1: Die VMs dort können nicht verschoben werden, wurden kürzlich verschoben, bringen weniger als den Mindestnutzen oder passen auf keinen anderen Host unterhalb der Obergrenzen.</translation>
    </message>
    <message>
        <source>The policy allows one move per round; what is still over a ceiling waits for the next round.</source>
        <translation>Die Richtlinie erlaubt eine Verschiebung pro Runde; was noch über einer Obergrenze liegt, wartet auf die nächste Runde.</translation>
    </message>
    <message>
        <source>The policy allows %1 moves per round; what is still over a ceiling waits for the next round.</source>
        <translation>Die Richtlinie erlaubt %1 Verschiebungen pro Runde; was noch über einer Obergrenze liegt, wartet auf die nächste Runde.</translation>
    </message>
    <message>
        <source>Every host is below its ceilings.</source>
        <translation>Alle Hosts liegen unter ihren Obergrenzen.</translation>
    </message>
    <message>
        <source>The pool has no hosts.</source>
        <translation>Der Pool hat keine Hosts.</translation>
    </message>
    <message>
        <source>The pool has only one host: there is nowhere to move VMs.</source>
        <translation>Der Pool hat nur einen Host: VMs können nirgendwohin verschoben werden.</translation>
    </message>
    <message>
        <source>Fewer than two hosts of the pool can take VMs (the others are in maintenance, not connected or of unknown size): there is nowhere to move VMs.</source>
        <translation>Weniger als zwei Hosts des Pools können VMs aufnehmen (die anderen sind in Wartung, nicht verbunden oder von unbekannter Größe): VMs können nirgendwohin verschoben werden.</translation>
    </message>
    <message>
        <source>%1 runs %2 VMs of group “%3”, which is kept apart</source>
        <translation>%1 führt %2 VMs der Gruppe „%3“ aus, die getrennt gehalten wird</translation>
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
        <translation> Punkte</translation>
    </message>
    <message>
        <source>Copy disks when moving (hosts without shared storage)</source>
        <translation>Datenträger beim Verschieben kopieren (Hosts ohne gemeinsamen Speicher)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Dry run (log only)</source>
        <translation>Probelauf (nur protokollieren)</translation>
    </message>
    <message>
        <source>A host whose average CPU load is above this gives up VMs</source>
        <translation>Ein Host, dessen durchschnittliche CPU-Last darüber liegt, gibt VMs ab</translation>
    </message>
    <message>
        <source>A host whose average memory use is above this gives up VMs</source>
        <translation>Ein Host, dessen durchschnittliche Speichernutzung darüber liegt, gibt VMs ab</translation>
    </message>
    <message>
        <source>Loads are averaged over this much of the stored history</source>
        <translation>Die Auslastung wird über diesen Zeitraum des gespeicherten Verlaufs gemittelt</translation>
    </message>
    <message>
        <source>A move must lower its host&apos;s load by at least this many percentage points</source>
        <translation>Eine Verschiebung muss die Last ihres Hosts um mindestens so viele Prozentpunkte senken</translation>
    </message>
    <message>
        <source>A VM that moved less than this ago stays where it is</source>
        <translation>Eine VM, die vor weniger als dieser Zeit verschoben wurde, bleibt, wo sie ist</translation>
    </message>
    <message>
        <source>No two running VMs of a checked group on the same host</source>
        <translation>Keine zwei laufenden VMs einer ausgewählten Gruppe auf demselben Host</translation>
    </message>
    <message>
        <source>Plan a round every averaging window and apply it (or only log it in a dry run)</source>
        <translation>In jedem Mittelungszeitraum eine Runde planen und anwenden (oder im Probelauf nur protokollieren)</translation>
    </message>
    <message>
        <source>CPU ceiling:</source>
        <translation>CPU-Obergrenze:</translation>
    </message>
    <message>
        <source>Memory ceiling:</source>
        <translation>Speicher-Obergrenze:</translation>
    </message>
    <message>
        <source>Averaging window:</source>
        <translation>Mittelungszeitraum:</translation>
    </message>
    <message>
        <source>Minimum benefit:</source>
        <translation>Mindestnutzen:</translation>
    </message>
    <message>
        <source>Moves per round:</source>
        <translation>Verschiebungen pro Runde:</translation>
    </message>
    <message>
        <source>Cooldown:</source>
        <translation>Abkühlzeit:</translation>
    </message>
    <message>
        <source>Keep apart:</source>
        <translation>Getrennt halten:</translation>
    </message>
    <message>
        <source>No VM group has this name now</source>
        <translation>Derzeit hat keine VM-Gruppe diesen Namen</translation>
    </message>
    <message>
        <source>No VM groups yet</source>
        <translation>Noch keine VM-Gruppen</translation>
    </message>
    <message>
        <source>Groups made in the Groups panel can be kept apart here</source>
        <translation>Im Bereich „Gruppen“ erstellte Gruppen können hier getrennt gehalten werden</translation>
    </message>
</context>
<context>
    <name>welkin::CertificateDialog</name>
    <message>
        <source>Untrusted certificate for %1</source>
        <translation>Nicht vertrauenswürdiges Zertifikat für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server of connection %1 presented a certificate that cannot be verified&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Compare the fingerprint with the one the server&apos;s administrator gives you. Trust it only if they match: Welkin will then accept exactly this certificate for this connection, and refuse any other one later.</source>
        <translation>&lt;b&gt;Der Server der Verbindung %1 hat ein Zertifikat vorgelegt, das nicht überprüft werden kann&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Servers nennt. Vertrauen Sie ihm nur, wenn beide übereinstimmen: Welkin akzeptiert dann genau dieses Zertifikat für diese Verbindung und lehnt später jedes andere ab.</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (not yet valid)</source>
        <translation>%1 (noch nicht gültig)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Trust this certificate for this connection</source>
        <translation>Diesem Zertifikat für diese Verbindung vertrauen</translation>
    </message>
</context>
<context>
    <name>welkin::CloneVmDialog</name>
    <message>
        <source>empty drive</source>
        <translation>leeres Laufwerk</translation>
    </message>
    <message>
        <source>shared: CD-ROM</source>
        <translation>gemeinsam genutzt: CD-ROM</translation>
    </message>
    <message>
        <source>shared: read-only</source>
        <translation>gemeinsam genutzt: schreibgeschützt</translation>
    </message>
    <message>
        <source>shared: shareable disk</source>
        <translation>gemeinsam genutzt: gemeinsam nutzbarer Datenträger</translation>
    </message>
    <message>
        <source>shared: also used by %1</source>
        <translation>gemeinsam genutzt: wird auch von %1 verwendet</translation>
    </message>
    <message>
        <source>&amp;Full clone: copy the disks</source>
        <translation>&amp;Vollständiger Klon: Datenträger kopieren</translation>
    </message>
    <message>
        <source>&amp;Linked clone: qcow2 overlays on the original&apos;s disks</source>
        <translation>Ve&amp;rknüpfter Klon: qcow2-Overlays auf den Datenträgern des Originals</translation>
    </message>
    <message>
        <source>&amp;Start the clone</source>
        <translation>Klon &amp;starten</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>%1 klonen</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>In the clone</source>
        <translation>Im Klon</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <source>The clone is a new VM with its own UUID and MAC addresses.</source>
        <translation>Der Klon ist eine neue VM mit eigener UUID und eigenen MAC-Adressen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Disks:</source>
        <translation>Datenträger:</translation>
    </message>
    <message>
        <source>Could not read the disks of %1: %2</source>
        <translation>Die Datenträger von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>linked: new qcow2 overlay</source>
        <translation>verknüpft: neues qcow2-Overlay</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>kopiert</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Reading the disks…</source>
        <translation>Datenträger werden gelesen…</translation>
    </message>
    <message>
        <source>Linked clones need qcow2 disks; not qcow2: %1</source>
        <translation>Verknüpfte Klone brauchen qcow2-Datenträger; nicht qcow2: %1</translation>
    </message>
    <message>
        <source>The host is no longer connected</source>
        <translation>Der Host ist nicht mehr verbunden</translation>
    </message>
    <message>
        <source>%1 is %2: shut it off to clone it (its disks must not change while they are copied)</source>
        <translation>%1 ist nicht ausgeschaltet (%2): Schalten Sie die VM zum Klonen aus (ihre Datenträger dürfen sich während des Kopierens nicht ändern)</translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on %2</source>
        <translation>Auf %2 existiert bereits eine VM namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Fast and small, but the clone and the original cannot run at the same time (QEMU locks the original&apos;s disks while either runs).</source>
        <translation>Schnell und platzsparend, aber Klon und Original können nicht gleichzeitig laufen (QEMU sperrt die Datenträger des Originals, solange eine der beiden VMs läuft).</translation>
    </message>
</context>
<context>
    <name>welkin::CloudChoiceDialog</name>
    <message>
        <source>Reading what the cloud offers…</source>
        <translation>Angebot der Cloud wird gelesen…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>The cloud offers nothing to choose here</source>
        <translation>Die Cloud bietet hier nichts zur Auswahl an</translation>
    </message>
</context>
<context>
    <name>welkin::CloudInitSeed</name>
    <message>
        <source>The extra user-data is not valid YAML: %1 (line %2)</source>
        <translation>Die zusätzlichen user-data sind kein gültiges YAML: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>The extra user-data must be #cloud-config keys (a YAML mapping such as &quot;packages: [htop]&quot;)</source>
        <translation>Die zusätzlichen user-data müssen aus #cloud-config-Schlüsseln bestehen (eine YAML-Zuordnung wie „packages: [htop]“)</translation>
    </message>
    <message>
        <source>The extra user-data sets &apos;%1&apos;, which Welkin writes from the form: remove it there</source>
        <translation>Die zusätzlichen user-data setzen &apos;%1&apos;, das Welkin aus dem Formular schreibt: Entfernen Sie es dort</translation>
    </message>
    <message>
        <source>The extra user-data is not valid YAML: %1</source>
        <translation>Die zusätzlichen user-data sind kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>Enter a user name for the cloud image</source>
        <translation>Geben Sie einen Benutzernamen für das Cloud-Image ein</translation>
    </message>
    <message>
        <source>The user name &apos;%1&apos; is not valid: lowercase letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or &apos;_&apos;, at most 32 characters</source>
        <translation>Der Benutzername &apos;%1&apos; ist ungültig: Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;, beginnend mit einem Buchstaben oder &apos;_&apos;, höchstens 32 Zeichen</translation>
    </message>
    <message>
        <source>The user name cannot be &apos;root&apos;: cloud images lock root logins; pick another name</source>
        <translation>Der Benutzername darf nicht &apos;root&apos; sein: Cloud-Images sperren root-Anmeldungen; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>Enter a host name for the cloud image</source>
        <translation>Geben Sie einen Hostnamen für das Cloud-Image ein</translation>
    </message>
    <message>
        <source>The host name is too long (%1 characters, at most 253)</source>
        <translation>Der Hostname ist zu lang (%1 Zeichen, höchstens 253)</translation>
    </message>
    <message>
        <source>The host name &apos;%1&apos; is not valid: letters, digits and &apos;-&apos; between dots, no label starting or ending with &apos;-&apos;</source>
        <translation>Der Hostname &apos;%1&apos; ist ungültig: Buchstaben, Ziffern und &apos;-&apos; zwischen Punkten; kein Namensteil darf mit &apos;-&apos; beginnen oder enden</translation>
    </message>
    <message>
        <source>Enter an SSH public key: without one (or extra user-data that sets a password) nobody can log in to the new VM</source>
        <translation>Geben Sie einen öffentlichen SSH-Schlüssel ein: Ohne ihn (oder zusätzliche user-data, die ein Passwort setzen) kann sich niemand an der neuen VM anmelden</translation>
    </message>
    <message>
        <source>This is a private key: paste the public key instead (the .pub file)</source>
        <translation>Dies ist ein privater Schlüssel: Fügen Sie stattdessen den öffentlichen Schlüssel ein (die .pub-Datei)</translation>
    </message>
    <message>
        <source>Paste exactly one SSH public key (one line)</source>
        <translation>Fügen Sie genau einen öffentlichen SSH-Schlüssel ein (eine Zeile)</translation>
    </message>
    <message>
        <source>The SSH public key does not look like one: expected &quot;ssh-ed25519 AAAA... comment&quot; (the contents of a .pub file)</source>
        <translation>Das sieht nicht wie ein öffentlicher SSH-Schlüssel aus: erwartet „ssh-ed25519 AAAA... Kommentar“ (der Inhalt einer .pub-Datei)</translation>
    </message>
    <message>
        <source>Could not build the cloud-init seed: libisofs failed to initialise</source>
        <translation>Das cloud-init-Seed-Image konnte nicht erstellt werden: libisofs ließ sich nicht initialisieren</translation>
    </message>
    <message>
        <source>Could not build the cloud-init seed: %1</source>
        <translation>Das cloud-init-Seed-Image konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>welkin::CloudStackConnectionPage</name>
    <message>
        <source>&amp;Remember the secret key (system keychain)</source>
        <translation>Geheimen Schlüssel mer&amp;ken (Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>From CloudStack: Accounts → user → Generate keys</source>
        <translation>Aus CloudStack: Konten → Benutzer → Schlüssel generieren</translation>
    </message>
    <message>
        <source>asked for when connecting if left empty</source>
        <translation>wird beim Verbinden abgefragt, wenn leer</translation>
    </message>
    <message>
        <source>Requests are signed with the secret key; it is never sent to the server.</source>
        <translation>Anfragen werden mit dem geheimen Schlüssel signiert; er wird nie an den Server gesendet.</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Apache CloudStack</source>
        <translation>Apache CloudStack</translation>
    </message>
    <message>
        <source>Enter the API endpoint URL, e.g. https://cloud.example.org/client/api.</source>
        <translation>Geben Sie die URL des API-Endpunkts ein, z. B. https://cloud.example.org/client/api.</translation>
    </message>
    <message>
        <source>endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>Add CloudStack&apos;s API path to the URL: https://HOST/client/api.</source>
        <translation>Ergänzen Sie die URL um den API-Pfad von CloudStack: https://HOST/client/api.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not CloudStack&apos;s API: it ends in /client/api.</source>
        <translation>Der Pfad „%1“ ist nicht die API von CloudStack: Diese endet auf /client/api.</translation>
    </message>
    <message>
        <source>The endpoint URL takes no query (&quot;?…&quot;): Welkin adds the signed parameters.</source>
        <translation>Die Endpunkt-URL nimmt keine Abfrage („?…“) an: Welkin fügt die signierten Parameter selbst hinzu.</translation>
    </message>
    <message>
        <source>Enter the API key (CloudStack: Accounts → user → Generate keys).</source>
        <translation>Geben Sie den API-Schlüssel ein (CloudStack: Konten → Benutzer → Schlüssel generieren).</translation>
    </message>
    <message>
        <source>The API key cannot contain spaces.</source>
        <translation>Der API-Schlüssel darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The secret key cannot contain spaces: check what was pasted.</source>
        <translation>Der geheime Schlüssel darf keine Leerzeichen enthalten: Prüfen Sie, was eingefügt wurde.</translation>
    </message>
    <message>
        <source>unchanged (saved secret key)</source>
        <translation>unverändert (gespeicherter geheimer Schlüssel)</translation>
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
        <translation>Es wurde kein Snapshot angegeben (Option „snapshotId“)</translation>
    </message>
    <message>
        <source>CloudStack does not support &quot;%1&quot;</source>
        <translation>CloudStack unterstützt „%1“ nicht</translation>
    </message>
    <message>
        <source>Could not %1: not connected to %2 (%3)</source>
        <extracomment>%1 = what could not be done (&quot;shut down web-1&quot;), %2 = connection, %3 = its state</extracomment>
        <translation>„%1“ nicht möglich: keine Verbindung zu %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not a virtual machine of %2</source>
        <translation>%1 ist keine virtuelle Maschine von %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = action (&quot;shut down&quot;), %2 = VM name</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>open the console of %1</source>
        <translation>Konsole von %1 öffnen</translation>
    </message>
    <message>
        <source>%1 has no console while it is not running (it is %2)</source>
        <translation>%1 hat keine Konsole, solange sie nicht läuft (Zustand: %2)</translation>
    </message>
    <message>
        <source>%1 does not offer consoles through its API (createConsoleEndpoint needs CloudStack 4.18 or later); open the console of %2 in the CloudStack web UI</source>
        <translation>%1 bietet über die API keine Konsolen an (createConsoleEndpoint erfordert CloudStack 4.18 oder neuer); öffnen Sie die Konsole von %2 in der CloudStack-Weboberfläche</translation>
    </message>
    <message>
        <source>Could not open the console of %1: %2</source>
        <translation>Die Konsole von %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a CloudStack API URL (expected cloudstack+https://HOST/client/api)</source>
        <translation>%1 ist keine CloudStack-API-URL (erwartet: cloudstack+https://HOST/client/api)</translation>
    </message>
    <message>
        <source>API key for %1:</source>
        <translation>API-Schlüssel für %1:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>No API key and secret key were given for %1</source>
        <translation>Für %1 wurden kein API-Schlüssel und kein geheimer Schlüssel angegeben</translation>
    </message>
    <message>
        <source>%1 (retrying in %2 s)</source>
        <extracomment>%1 = what went wrong, %2 = seconds</extracomment>
        <translation>%1 (neuer Versuch in %2 s)</translation>
    </message>
    <message>
        <source>The connection to %1 was closed</source>
        <translation>Die Verbindung zu %1 wurde geschlossen</translation>
    </message>
    <message>
        <source>list the snapshots of %1</source>
        <extracomment>%1 = VM name</extracomment>
        <translation>die Snapshots von %1 auflisten</translation>
    </message>
    <message>
        <source>No service offering was chosen (option &quot;sizeId&quot;)</source>
        <translation>Es wurde kein Service-Angebot gewählt (Option „sizeId“)</translation>
    </message>
    <message>
        <source>Scale %1 to %2</source>
        <extracomment>Task title: %1 = VM, %2 = service offering (&quot;Scale web-01 to Medium Instance&quot;)</extracomment>
        <translation>%1 auf %2 skalieren</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>%1 skalieren</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <extracomment>Task title: %1 = VM, %2 = its new name</extracomment>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>No new name was given (option &quot;name&quot;)</source>
        <translation>Es wurde kein neuer Name angegeben (Option „name“)</translation>
    </message>
    <message>
        <source>Read what %1 offers</source>
        <translation>Angebot von %1 lesen</translation>
    </message>
    <message>
        <source>read what %1 offers</source>
        <extracomment>%1 = connection name</extracomment>
        <translation>das Angebot von %1 lesen</translation>
    </message>
    <message>
        <source>%1 offers no zone to create VMs in</source>
        <translation>%1 bietet keine Zone an, in der VMs erstellt werden können</translation>
    </message>
    <message>
        <source>%1 has no zone %2</source>
        <translation>%1 hat keine Zone %2</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <source>Give the VM a name</source>
        <translation>Geben Sie der VM einen Namen</translation>
    </message>
    <message>
        <source>Choose a zone for %1</source>
        <translation>Wählen Sie eine Zone für %1</translation>
    </message>
    <message>
        <source>Choose a service offering for %1</source>
        <translation>Wählen Sie ein Service-Angebot für %1</translation>
    </message>
    <message>
        <source>Choose a template for %1</source>
        <translation>Wählen Sie eine Vorlage für %1</translation>
    </message>
    <message>
        <source>CloudStack creates one VM at a time</source>
        <translation>CloudStack erstellt jeweils nur eine VM</translation>
    </message>
    <message>
        <source>deployVirtualMachine finished without naming the new VM</source>
        <translation>deployVirtualMachine wurde abgeschlossen, ohne die neue VM zu nennen</translation>
    </message>
    <message>
        <source>Import key pair %1</source>
        <translation>Schlüsselpaar %1 importieren</translation>
    </message>
    <message>
        <source>import key pair %1</source>
        <translation>Schlüsselpaar %1 importieren</translation>
    </message>
    <message>
        <source>Give the key pair a name</source>
        <translation>Geben Sie dem Schlüsselpaar einen Namen</translation>
    </message>
    <message>
        <source>No public key was given for %1</source>
        <translation>Für %1 wurde kein öffentlicher Schlüssel angegeben</translation>
    </message>
    <message>
        <source>Stopped following; CloudStack may still complete it</source>
        <translation>Nicht mehr verfolgt; CloudStack schließt den Vorgang möglicherweise dennoch ab</translation>
    </message>
</context>
<context>
    <name>welkin::CloudVmActions</name>
    <message>
        <source>Resi&amp;ze…</source>
        <translation>&amp;Größe ändern…</translation>
    </message>
    <message>
        <source>Re&amp;build…</source>
        <translation>Neu auf&amp;bauen…</translation>
    </message>
    <message>
        <source>Give the server another size (flavor or service offering)</source>
        <translation>Dem Server eine andere Größe geben (Flavor oder Service-Angebot)</translation>
    </message>
    <message>
        <source>Keep the new size; the old one is released</source>
        <translation>Die neue Größe beibehalten; die alte wird freigegeben</translation>
    </message>
    <message>
        <source>Go back to the size the server had before the resize</source>
        <translation>Zur Größe zurückkehren, die der Server vor der Größenänderung hatte</translation>
    </message>
    <message>
        <source>Replace the server&apos;s disk with a fresh copy of an image</source>
        <translation>Den Datenträger des Servers durch eine frische Kopie eines Images ersetzen</translation>
    </message>
    <message>
        <source>Refuse actions on the server by anyone but admins until it is unlocked</source>
        <translation>Aktionen am Server für alle außer Admins verweigern, bis er entsperrt wird</translation>
    </message>
    <message>
        <source>Allow actions on the server again</source>
        <translation>Aktionen am Server wieder erlauben</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Größe von %1 ändern</translation>
    </message>
    <message>
        <source>Rebuild %1</source>
        <translation>%1 neu aufbauen</translation>
    </message>
    <message>
        <source>The size %1 gets. OpenStack then asks to confirm or revert it.</source>
        <translation>Die Größe, die %1 erhält. OpenStack fragt danach, ob sie bestätigt oder zurückgenommen werden soll.</translation>
    </message>
    <message>
        <source>The image %1 is rebuilt from. Everything on its disk is lost.</source>
        <translation>Das Image, aus dem %1 neu aufgebaut wird. Alles auf seinem Datenträger geht verloren.</translation>
    </message>
    <message>
        <source>Could not read what the cloud offers: %1</source>
        <translation>Das Angebot der Cloud konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The size %1 gets.</source>
        <translation>Die Größe, die %1 erhält.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::CloudsYamlImportDialog</name>
    <message>
        <source>Import clouds.yaml</source>
        <translation>clouds.yaml importieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Clouds:</source>
        <translation>&amp;Clouds:</translation>
    </message>
    <message>
        <source>&amp;Use This Cloud</source>
        <translation>Diese Cloud &amp;verwenden</translation>
    </message>
    <message>
        <source>No clouds.yaml in the standard places (%1): choose a file.</source>
        <translation>Keine clouds.yaml an den üblichen Orten (%1): Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>Open clouds.yaml</source>
        <translation>clouds.yaml öffnen</translation>
    </message>
    <message>
        <source>OpenStack client configuration (*.yaml *.yml);;All files (*)</source>
        <translation>OpenStack-Client-Konfiguration (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a clouds.yaml (%2 bytes).</source>
        <translation>%1 ist zu groß für eine clouds.yaml (%2 Bytes).</translation>
    </message>
    <message>
        <source>%1 defines no clouds.</source>
        <translation>%1 definiert keine Clouds.</translation>
    </message>
    <message numerus="yes">
        <source>%n cloud(s) in this file.</source>
        <translation>
            <numerusform>%n Cloud in dieser Datei.</numerusform>
            <numerusform>%n Clouds in dieser Datei.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::ConnectionController</name>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Erneut &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move Connection</source>
        <translation>Verbindung &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot;?

Its VMs are not touched; Welkin only forgets how to reach them.</source>
        <translation>Die Verbindung „%1“ entfernen?

Ihre VMs bleiben unberührt; Welkin vergisst nur, wie sie erreicht werden.</translation>
    </message>
    <message>
        <source>Import from &amp;virt-manager…</source>
        <translation>Aus virt-&amp;manager importieren…</translation>
    </message>
    <message>
        <source>&amp;Import Connections…</source>
        <translation>Verbindungen &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Connections…</source>
        <translation>Verbindungen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Adds the connections saved in virt-manager</source>
        <translation>Fügt die in virt-manager gespeicherten Verbindungen hinzu</translation>
    </message>
    <message>
        <source>Adds connections from a file written by Export Connections</source>
        <translation>Fügt Verbindungen aus einer mit „Verbindungen exportieren“ geschriebenen Datei hinzu</translation>
    </message>
    <message>
        <source>Writes the open connections to a JSON file, without passwords</source>
        <translation>Schreibt die geöffneten Verbindungen ohne Passwörter in eine JSON-Datei</translation>
    </message>
    <message>
        <source>Welkin connections (%1)</source>
        <translation>Welkin-Verbindungen (%1)</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <source>Export Connections</source>
        <translation>Verbindungen exportieren</translation>
    </message>
    <message>
        <source>Import from virt-manager</source>
        <translation>Aus virt-manager importieren</translation>
    </message>
    <message>
        <source>virt-manager</source>
        <translation>virt-manager</translation>
    </message>
    <message>
        <source>There are no connections to export.</source>
        <translation>Es gibt keine Verbindungen zum Exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1</source>
        <translation>
            <numerusform>%n Verbindung nach %1 exportiert</numerusform>
            <numerusform>%n Verbindungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no connections.</source>
        <translation>%1 enthält keine Verbindungen.</translation>
    </message>
    <message>
        <source>These connections could not be added (unknown kind or name taken):
%1</source>
        <translation>Diese Verbindungen konnten nicht hinzugefügt werden (unbekannte Art oder Name bereits vergeben):
%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung hinzugefügt</numerusform>
            <numerusform>%n Verbindungen hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::ConnectionDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Choose a kind of connection.</source>
        <translation>Wählen Sie eine Verbindungsart.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Trusted Certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Forget This Certificate</source>
        <translation>Zertifikat &amp;vergessen</translation>
    </message>
    <message>
        <source>Forgotten when you press OK: the next connection shows the server&apos;s certificate and asks again.</source>
        <translation>Wird beim Klick auf OK vergessen: Die nächste Verbindung zeigt das Zertifikat des Servers und fragt erneut.</translation>
    </message>
    <message>
        <source>You trusted this server certificate although no trusted authority vouches for it. Welkin accepts exactly this certificate for this connection and refuses any other.</source>
        <translation>Sie haben diesem Serverzertifikat vertraut, obwohl keine vertrauenswürdige Stelle es bestätigt. Welkin akzeptiert für diese Verbindung genau dieses Zertifikat und lehnt jedes andere ab.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <source>Trusted on:</source>
        <translation>Vertraut seit:</translation>
    </message>
    <message>
        <source>The test failed: change the connection or test it again</source>
        <translation>Der Test ist fehlgeschlagen: Ändern Sie die Verbindung oder testen Sie sie erneut</translation>
    </message>
</context>
<context>
    <name>welkin::ConnectionImportDialog</name>
    <message>
        <source>Import Connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) found in %1. Choose the ones to add; no passwords are imported, Welkin asks for them when it connects.</source>
        <translation>
            <numerusform>%n Verbindung in %1 gefunden. Wählen Sie aus, welche hinzugefügt werden sollen; Passwörter werden nicht importiert, Welkin fragt beim Verbinden danach.</numerusform>
            <numerusform>%n Verbindungen in %1 gefunden. Wählen Sie aus, welche hinzugefügt werden sollen; Passwörter werden nicht importiert, Welkin fragt beim Verbinden danach.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — already added</source>
        <translation>%1 — bereits hinzugefügt</translation>
    </message>
    <message>
        <source>&amp;Add Connections</source>
        <translation>Verbindungen &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>welkin::ConnectionTester</name>
    <message numerus="yes">
        <source>No answer within %n second(s): the host may be down or a firewall drops the connection.</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde: Der Host ist möglicherweise ausgefallen, oder eine Firewall verwirft die Verbindung.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden: Der Host ist möglicherweise ausgefallen, oder eine Firewall verwirft die Verbindung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welkin cannot open &quot;%1&quot; connections.</source>
        <translation>Welkin kann keine „%1“-Verbindungen öffnen.</translation>
    </message>
    <message>
        <source>Connected: %1, %2.</source>
        <translation>Verbunden: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>welkin::ConsoleOpener</name>
    <message>
        <source>Viewer for %1: %2</source>
        <translation>Viewer für %1: %2</translation>
    </message>
    <message>
        <source>The connection of this VM is gone.</source>
        <translation>Die Verbindung dieser VM besteht nicht mehr.</translation>
    </message>
    <message>
        <source>The console page could not be opened in the browser.</source>
        <translation>Die Konsolenseite konnte nicht im Browser geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>welkin::ConsoleTabs</name>
    <message>
        <source>Attach</source>
        <translation>Andocken</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Abdocken</translation>
    </message>
</context>
<context>
    <name>welkin::ConsoleVmPage</name>
    <message>
        <source>Open console</source>
        <translation>Konsole öffnen</translation>
    </message>
    <message>
        <source>Open in remote-viewer</source>
        <translation>In remote-viewer öffnen</translation>
    </message>
    <message>
        <source>Opening the console…</source>
        <translation>Konsole wird geöffnet…</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>The console opened in the browser.</source>
        <translation>Die Konsole wurde im Browser geöffnet.</translation>
    </message>
    <message>
        <source>The console opened in the browser: %1</source>
        <translation>Die Konsole wurde im Browser geöffnet: %1</translation>
    </message>
    <message>
        <source>Open console in browser</source>
        <translation>Konsole im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>welkin::ConsoleWall</name>
    <message>
        <source>Type Clipboard into Checked</source>
        <translation>Zwischenablage in markierte Konsolen tippen</translation>
    </message>
    <message>
        <source>Types the clipboard&apos;s text as keystrokes into every checked, connected console</source>
        <translation>Tippt den Text der Zwischenablage als Tastendrücke in jede markierte, verbundene Konsole</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Alle markieren</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>Keine markieren</translation>
    </message>
    <message>
        <source>Open Full Console</source>
        <translation>Vollständige Konsole öffnen</translation>
    </message>
    <message>
        <source>The focused VM&apos;s console in the main window (or double-click a console)</source>
        <translation>Die Konsole der fokussierten VM im Hauptfenster (oder Doppelklick auf eine Konsole)</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Consoles that show no screen try again</source>
        <translation>Konsolen, die keinen Bildschirm zeigen, versuchen es erneut</translation>
    </message>
    <message>
        <source>Click a console to type into it; double-click for its full console.</source>
        <translation>Klicken Sie auf eine Konsole, um darin zu tippen; ein Doppelklick öffnet ihre vollständige Konsole.</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) left out: a console wall shows at most %1 consoles.</source>
        <translation>
            <numerusform>%n VM ausgelassen: Eine Konsolenwand zeigt höchstens %1 Konsolen.</numerusform>
            <numerusform>%n VMs ausgelassen: Eine Konsolenwand zeigt höchstens %1 Konsolen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection of this VM is gone.</source>
        <translation>Die Verbindung dieser VM besteht nicht mehr.</translation>
    </message>
    <message>
        <source>Looking up the console…</source>
        <translation>Konsole wird gesucht…</translation>
    </message>
    <message>
        <source>This console opens in the browser. Double-click to open it.</source>
        <translation>Diese Konsole öffnet sich im Browser. Doppelklicken Sie, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>This VM has a %1 console; a wall shows VNC consoles. Double-click to open it in remote-viewer.</source>
        <translation>Diese VM hat eine %1-Konsole; eine Konsolenwand zeigt VNC-Konsolen. Doppelklicken Sie, um sie in remote-viewer zu öffnen.</translation>
    </message>
    <message>
        <source>Opening an SSH tunnel to %1…</source>
        <translation>SSH-Tunnel zu %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>nicht mehr vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>Typed %1 into %n console(s).</source>
        <translation>
            <numerusform>%1 in %n Konsole getippt.</numerusform>
            <numerusform>%1 in %n Konsolen getippt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked console(s) without a connection got nothing.</source>
        <translation>
            <numerusform>%n markierte Konsole ohne Verbindung hat nichts erhalten.</numerusform>
            <numerusform>%n markierte Konsolen ohne Verbindung haben nichts erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>Type Clipboard</source>
        <translation>Zwischenablage eintippen</translation>
    </message>
    <message numerus="yes">
        <source>Type %n characters into every checked console?</source>
        <translation>
            <numerusform>%n Zeichen in jede markierte Konsole tippen?</numerusform>
            <numerusform>%n Zeichen in jede markierte Konsole tippen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Console Wall (%n console(s))</source>
        <translation>
            <numerusform>Konsolenwand (%n Konsole)</numerusform>
            <numerusform>Konsolenwand (%n Konsolen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::ConsoleWallTile</name>
    <message>
        <source>Include this console in &quot;Type Clipboard into Checked&quot;</source>
        <translation>Diese Konsole in „Zwischenablage in markierte Konsolen tippen“ einbeziehen</translation>
    </message>
    <message>
        <source>Waiting for the console…</source>
        <translation>Warten auf die Konsole…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>The console password was refused. Double-click to open the full console and enter it.</source>
        <translation>Das Konsolenpasswort wurde abgelehnt. Doppelklicken Sie, um die vollständige Konsole zu öffnen und es einzugeben.</translation>
    </message>
</context>
<context>
    <name>welkin::ConsoleWidget</name>
    <message>
        <source>%1 - Console</source>
        <translation>%1 – Konsole</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <source>The console password could not be read (read-only connection).</source>
        <translation>Das Konsolenpasswort konnte nicht gelesen werden (schreibgeschützte Verbindung).</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Strg+Alt+Entf</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Strg+Alt+Rücktaste</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Strg+Alt+F%1</translation>
    </message>
    <message>
        <source>PrintScreen</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Send key</source>
        <translation>Taste senden</translation>
    </message>
    <message>
        <source>Type clipboard</source>
        <translation>Zwischenablage eintippen</translation>
    </message>
    <message>
        <source>Types the clipboard&apos;s text into the guest as keystrokes</source>
        <translation>Tippt den Text der Zwischenablage als Tastendrücke in den Gast</translation>
    </message>
    <message>
        <source>Scale to fit</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Scale the guest screen to the window; off: 1:1</source>
        <translation>Gastbildschirm an das Fenster anpassen; aus: 1:1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation>Bildschirmfoto…</translation>
    </message>
    <message>
        <source>Open in remote-viewer</source>
        <translation>In remote-viewer öffnen</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Abdocken</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Wrong password: %1</source>
        <translation>Falsches Passwort: %1</translation>
    </message>
    <message>
        <source>Console password</source>
        <translation>Konsolenpasswort</translation>
    </message>
    <message>
        <source>Password for the console of %1:</source>
        <translation>Passwort für die Konsole von %1:</translation>
    </message>
    <message numerus="yes">
        <source>Type %n characters into the guest?</source>
        <translation>
            <numerusform>%n Zeichen in den Gast eintippen?</numerusform>
            <numerusform>%n Zeichen in den Gast eintippen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Bildschirmfoto speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Available once the console is connected</source>
        <translation>Verfügbar, sobald die Konsole verbunden ist</translation>
    </message>
</context>
<context>
    <name>welkin::ContentArea</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
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
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) in this group</source>
        <translation>
            <numerusform>%n VM in dieser Gruppe</numerusform>
            <numerusform>%n VMs in dieser Gruppe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Select a connection, host or virtual machine in the tree.

Add a connection with File → Add Connection… (Ctrl+Shift+N).</source>
        <translation>Wählen Sie im Baum eine Verbindung, einen Host oder eine virtuelle Maschine.

Eine neue Verbindung fügen Sie mit Datei → Verbindung hinzufügen… (Strg+Umschalt+N) hinzu.</translation>
    </message>
    <message>
        <source>Server pool</source>
        <translation>Server-Pool</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
</context>
<context>
    <name>welkin::CredentialDialog</name>
    <message>
        <source>Authentication for %1</source>
        <translation>Authentifizierung für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for credentials.&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; fordert Anmeldedaten an.&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>welkin::DashboardPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Top 10 virtual machines</source>
        <translation>Top 10 der virtuellen Maschinen</translation>
    </message>
    <message>
        <source>Top 10 hosts</source>
        <translation>Top 10 der Hosts</translation>
    </message>
    <message>
        <source>Top 10 by:</source>
        <translation>Top 10 nach:</translation>
    </message>
    <message>
        <source>Providers: %1 · Hosts: %2 · Virtual machines: %3</source>
        <translation>Provider: %1 · Hosts: %2 · Virtuelle Maschinen: %3</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>keine Messwerte</translation>
    </message>
    <message>
        <source>CPU (hosts&apos; utilisation):</source>
        <translation>CPU (Auslastung der Hosts):</translation>
    </message>
    <message>
        <source>Memory (hosts, used):</source>
        <translation>Arbeitsspeicher (Hosts, belegt):</translation>
    </message>
    <message>
        <source>CPU (VMs, of their vCPUs):</source>
        <translation>CPU (VMs, ihrer vCPUs):</translation>
    </message>
    <message numerus="yes">
        <source>%n running VM(s) without this figure.</source>
        <translation>
            <numerusform>%n laufende VM ohne diesen Wert.</numerusform>
            <numerusform>%n laufende VMs ohne diesen Wert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) without this figure.</source>
        <translation>
            <numerusform>%n Host ohne diesen Wert.</numerusform>
            <numerusform>%n Hosts ohne diesen Wert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the database %1 is damaged (%2) and could not be moved aside</source>
        <translation>Die Datenbank %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>The database %1 was damaged (%2). It was moved to %3 and a new, empty database was created: connection profiles, groups and the event log start afresh.</source>
        <translation>Die Datenbank %1 war beschädigt (%2). Sie wurde nach %3 verschoben und eine neue, leere Datenbank wurde angelegt: Verbindungsprofile, Gruppen und das Ereignisprotokoll beginnen von vorn.</translation>
    </message>
    <message>
        <source>%1 (in &quot;%2&quot;)</source>
        <translation>%1 (in „%2“)</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this Welkin knows (%2); it was written by a newer Welkin</source>
        <translation>Die Datenbank hat die Schemaversion %1, neuer als diese Welkin-Version kennt (%2); sie wurde von einer neueren Welkin-Version geschrieben</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>Die Migration auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>welkin::DeleteVmDialog</name>
    <message>
        <source>CD-ROM: kept unless checked</source>
        <translation>CD-ROM: bleibt erhalten, sofern nicht markiert</translation>
    </message>
    <message>
        <source>read-only: kept unless checked</source>
        <translation>schreibgeschützt: bleibt erhalten, sofern nicht markiert</translation>
    </message>
    <message>
        <source>shareable: kept unless checked</source>
        <translation>gemeinsam nutzbar: bleibt erhalten, sofern nicht markiert</translation>
    </message>
    <message>
        <source>also used by %1: kept unless checked</source>
        <translation>auch von %1 verwendet: bleibt erhalten, sofern nicht markiert</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>The definitions go with their snapshot metadata, saved state and UEFI variables. The checked disks are deleted too; this cannot be undone.</source>
        <translation>Die Definitionen werden mitsamt ihren Snapshot-Metadaten, dem gespeicherten Zustand und den UEFI-Variablen entfernt. Die markierten Datenträger werden ebenfalls gelöscht; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1: its host is not a connected libvirt host</source>
        <translation>%1: Der Host ist kein verbundener libvirt-Host</translation>
    </message>
    <message>
        <source>%1 is %2: it will be forced off.</source>
        <translation>%1 ist nicht ausgeschaltet (%2): Das Ausschalten wird erzwungen.</translation>
    </message>
    <message>
        <source>Reading the disks…</source>
        <translation>Datenträger werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the disks: %1</source>
        <translation>Die Datenträger konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No disks</source>
        <translation>Keine Datenträger</translation>
    </message>
    <message>
        <source>(empty drive)</source>
        <translation>(leeres Laufwerk)</translation>
    </message>
    <message>
        <source>not in a storage pool: kept</source>
        <translation>nicht in einem Speicherpool: bleibt erhalten</translation>
    </message>
    <message>
        <source>deleted from pool &apos;%1&apos;</source>
        <translation>wird aus Pool &apos;%1&apos; gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Virtual Machine(s)</source>
        <translation>
            <numerusform>%n virtuelle Maschine löschen</numerusform>
            <numerusform>%n virtuelle Maschinen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::DesktopNotifier</name>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>welkin::DiskDialog</name>
    <message>
        <source>&amp;Read-only</source>
        <translation>&amp;Schreibgeschützt</translation>
    </message>
    <message>
        <source>S&amp;hareable between VMs</source>
        <translation>Von VMs gemeinsam &amp;nutzbar</translation>
    </message>
    <message>
        <source>Add Disk to %1</source>
        <translation>Datenträger zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Disk Properties</source>
        <translation>Datenträgereigenschaften</translation>
    </message>
    <message>
        <source>Insert Medium</source>
        <translation>Medium einlegen</translation>
    </message>
    <message>
        <source>New volume in a pool</source>
        <translation>Neues Volume in einem Pool</translation>
    </message>
    <message>
        <source>Existing volume</source>
        <translation>Vorhandenes Volume</translation>
    </message>
    <message>
        <source>CD/DVD with an ISO image</source>
        <translation>CD/DVD mit einem ISO-Abbild</translation>
    </message>
    <message>
        <source>Empty CD/DVD drive</source>
        <translation>Leeres CD/DVD-Laufwerk</translation>
    </message>
    <message>
        <source>qcow2 (grows on demand, snapshots)</source>
        <translation>qcow2 (wächst bei Bedarf, Snapshots)</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>Standard des Hypervisors</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Abbild:</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>&amp;Bus:</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Cache:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>A volume named &apos;%1&apos; already exists in pool &apos;%2&apos;</source>
        <translation>Im Pool „%2“ gibt es bereits ein Volume namens „%1“</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; is not active</source>
        <translation>Pool „%1“ ist nicht aktiv</translation>
    </message>
    <message>
        <source>%1 is more than the %2 free in pool &apos;%3&apos;</source>
        <translation>%1 ist mehr als die %2, die in Pool „%3“ frei sind</translation>
    </message>
</context>
<context>
    <name>welkin::EditedDefinition</name>
    <message>
        <source>The definition must start with &lt;domain&gt;, not &lt;%1&gt;.</source>
        <translation>Die Definition muss mit &lt;domain&gt; beginnen, nicht mit &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The &lt;uuid&gt; is %1, but this VM&apos;s is %2: defining it would make another VM. Use Clone to copy a VM.</source>
        <translation>Die &lt;uuid&gt; ist %1, die dieser VM aber %2: Das würde eine weitere VM definieren. Zum Kopieren einer VM „Klonen“ verwenden.</translation>
    </message>
    <message>
        <source>The definition is empty.</source>
        <translation>Die Definition ist leer.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>welkin::EvacuationPlanner</name>
    <message>
        <source>No host stays under the ceilings; %1 has room for its memory (CPU %2%, memory %3% after the move)</source>
        <translation>Kein Host bleibt unter den Obergrenzen; %1 hat Platz für ihren Arbeitsspeicher (CPU %2 %, Speicher %3 % nach der Verschiebung)</translation>
    </message>
    <message>
        <source>%1 has the most free memory: %2 (CPU %3%, memory %4% after the move)</source>
        <translation>%1 hat den meisten freien Arbeitsspeicher: %2 (CPU %3 %, Speicher %4 % nach der Verschiebung)</translation>
    </message>
    <message>
        <source>every host with room runs a VM of “%1”, which is kept apart</source>
        <translation>jeder Host mit freiem Platz führt eine VM der Gruppe „%1“ aus, die getrennt gehalten wird</translation>
    </message>
    <message>
        <source>It cannot be migrated.</source>
        <translation>Sie kann nicht migriert werden.</translation>
    </message>
    <message>
        <source>No other host of the pool can take VMs: they are in maintenance, not connected or of unknown size.</source>
        <translation>Kein anderer Host des Pools kann VMs aufnehmen: Alle sind in Wartung, nicht verbunden oder von unbekannter Größe.</translation>
    </message>
    <message>
        <source>No other host has %1 of free memory.</source>
        <translation>Kein anderer Host hat %1 freien Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>%1 is not a host of this pool.</source>
        <translation>%1 ist kein Host dieses Pools.</translation>
    </message>
    <message>
        <source>No VM runs on %1: it can enter maintenance now.</source>
        <translation>Auf %1 läuft keine VM: Der Host kann jetzt in den Wartungsmodus wechseln.</translation>
    </message>
    <message>
        <source>One VM cannot move and stays running on %1.</source>
        <translation>Eine VM kann nicht verschoben werden und läuft weiter auf %1.</translation>
    </message>
    <message>
        <source>%1 VMs cannot move and stay running on %2.</source>
        <translation>%1 VMs können nicht verschoben werden und laufen weiter auf %2.</translation>
    </message>
</context>
<context>
    <name>welkin::EventLog</name>
    <message>
        <source>Could not read the event log: %1</source>
        <translation>Das Ereignisprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>welkin::EventLogDialog</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Load More</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Resource or connection name…</source>
        <translation>Ressourcen- oder Verbindungsname…</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Von–bis</translation>
    </message>
    <message>
        <source>Every row the filters accept, also those not loaded yet</source>
        <translation>Jede Zeile, die die Filter zulassen, auch die noch nicht geladenen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown, loading more…</source>
        <translation>
            <numerusform>%n Ereignis angezeigt, weitere werden geladen…</numerusform>
            <numerusform>%n Ereignisse angezeigt, weitere werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown, more in the log</source>
        <translation>
            <numerusform>%n Ereignis angezeigt, weitere im Protokoll</numerusform>
            <numerusform>%n Ereignisse angezeigt, weitere im Protokoll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Event Log</source>
        <translation>Ereignisprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s).</source>
        <translation>
            <numerusform>%n Zeile exportiert.</numerusform>
            <numerusform>%n Zeilen exportiert.</numerusform>
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
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Task / event</source>
        <translation>Aufgabe / Ereignis</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>welkin::GroupPanel</name>
    <message>
        <source>Group name:</source>
        <translation>Gruppenname:</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>Right-click VMs: Add to Group</source>
        <translation>Rechtsklick auf VMs: Zu Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add to &amp;Group</source>
        <translation>Zu &amp;Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Neue Gruppe…</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>&amp;Rename Group…</source>
        <translation>Gruppe &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete Group</source>
        <translation>Gruppe &amp;löschen</translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n VM(s), %2 running)</source>
        <translation>
            <numerusform>%1 (%n VM, davon %2 aktiv)</numerusform>
            <numerusform>%1 (%n VMs, davon %2 aktiv)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Console &amp;Wall</source>
        <translation>Konsolen&amp;wand öffnen</translation>
    </message>
</context>
<context>
    <name>welkin::HardwareDiskModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation>CD/DVD</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>Diskette</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Read/write</source>
        <translation>Lesen/Schreiben</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
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
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>welkin::HardwareNicModel</name>
    <message>
        <source>(chosen on Apply)</source>
        <translation>(wird beim Anwenden gewählt)</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Virtuelles Netzwerk</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>welkin::HelpDialog</name>
    <message>
        <source>VMs and hosts whose name, UUID, IP address, host or OS contains “web”</source>
        <translation>VMs und Hosts, deren Name, UUID, IP-Adresse, Host oder Betriebssystem „web“ enthält</translation>
    </message>
    <message>
        <source>both words: web VMs with an address in 10.0.4.x</source>
        <translation>beide Wörter: „web“-VMs mit einer Adresse in 10.0.4.x</translation>
    </message>
    <message>
        <source>paused VMs</source>
        <translation>pausierte VMs</translation>
    </message>
    <message>
        <source>VMs that crashed or are in error (several states: any of them)</source>
        <translation>VMs, die abgestürzt sind oder einen Fehler haben (mehrere Zustände: einer davon genügt)</translation>
    </message>
    <message>
        <source>VMs using more than 80 % of their own vCPUs</source>
        <translation>VMs, die mehr als 80 % ihrer eigenen vCPUs auslasten</translation>
    </message>
    <message>
        <source>running web VMs above 80 % CPU</source>
        <translation>laufende „web“-VMs mit über 80 % CPU</translation>
    </message>
    <message>
        <source>VMs using 90 % of their memory or more</source>
        <translation>VMs, die 90 % ihres Arbeitsspeichers oder mehr belegen</translation>
    </message>
    <message>
        <source>VMs taking more than a quarter of their host&apos;s CPU</source>
        <translation>VMs, die mehr als ein Viertel der CPU ihres Hosts beanspruchen</translation>
    </message>
    <message>
        <source>VMs reading and writing more than 10 MiB/s together</source>
        <translation>VMs, die zusammen mehr als 10 MiB/s lesen und schreiben</translation>
    </message>
    <message>
        <source>VMs receiving over 500 KiB/s while sending under 1 KiB/s</source>
        <translation>VMs, die über 500 KiB/s empfangen und dabei unter 1 KiB/s senden</translation>
    </message>
    <message>
        <source>percent (0–100)</source>
        <translation>Prozent (0–100)</translation>
    </message>
    <message>
        <source>bytes per second</source>
        <translation>Bytes pro Sekunde</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Welkin Help – %1</source>
        <translation>Welkin-Hilfe – %1</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Welkin</source>
        <translation>Welkin</translation>
    </message>
    <message>
        <source>One console for libvirt hosts, OpenStack and CloudStack clouds.</source>
        <translation>Eine Konsole für libvirt-Hosts, OpenStack- und CloudStack-Clouds.</translation>
    </message>
    <message>
        <source>The window</source>
        <translation>Das Fenster</translation>
    </message>
    <message>
        <source>Left: your connections, their hosts and VMs, with the search box and the quick filters (All, Running, Stopped, Paused, Problem) above and your groups below.</source>
        <translation>Links: Ihre Verbindungen, deren Hosts und VMs, darüber das Suchfeld und die Schnellfilter (Alle, Laufend, Gestoppt, Pausiert, Problem), darunter Ihre Gruppen.</translation>
    </message>
    <message>
        <source>Right: what the selection holds: tables of VMs and hosts, a host&apos;s storage and networks, or one VM&apos;s overview, console, performance, details, snapshots and XML.</source>
        <translation>Rechts: der Inhalt der Auswahl: Tabellen mit VMs und Hosts, Speicher und Netzwerke eines Hosts oder Übersicht, Konsole, Leistung, Details, Snapshots und XML einer VM.</translation>
    </message>
    <message>
        <source>Finding things</source>
        <translation>Suchen und finden</translation>
    </message>
    <message>
        <source>Type in the search box (%1): words, power states and live figures such as %2. See &lt;a href=&quot;#search&quot;&gt;Search syntax&lt;/a&gt;.</source>
        <translation>Tippen Sie in das Suchfeld (%1): Wörter, Betriebszustände und Live-Messwerte wie %2. Siehe &lt;a href=&quot;#search&quot;&gt;Suchsyntax&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>The Connection menu adds, edits, reconnects, disconnects and removes connections (it works on the connection of what is selected), imports those saved in virt-manager or in a file, and exports yours to a file without passwords.</source>
        <translation>Über das Menü „Verbindung“ können Sie Verbindungen hinzufügen, bearbeiten, neu verbinden, trennen und entfernen (es wirkt auf die Verbindung des ausgewählten Elements), die in virt-manager oder in einer Datei gespeicherten Verbindungen importieren und Ihre eigenen ohne Passwörter in eine Datei exportieren.</translation>
    </message>
    <message>
        <source>Working with VMs</source>
        <translation>Mit VMs arbeiten</translation>
    </message>
    <message>
        <source>Select one or more VMs, in the tree or a table, then use the toolbar, the Virtual Machine menu or the right-click menu. Double-click a VM to open its console.</source>
        <translation>Wählen Sie eine oder mehrere VMs im Baum oder in einer Tabelle aus und verwenden Sie dann die Werkzeugleiste, das Menü „Virtuelle Maschine“ oder das Kontextmenü. Ein Doppelklick auf eine VM öffnet ihre Konsole.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>%1 shows the help for where you are. All shortcuts: &lt;a href=&quot;#shortcuts&quot;&gt;Keyboard shortcuts&lt;/a&gt;.</source>
        <translation>%1 zeigt die Hilfe zur aktuellen Stelle. Alle Tastenkürzel: &lt;a href=&quot;#shortcuts&quot;&gt;Tastenkürzel&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>More at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</source>
        <translation>Mehr unter &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The search box filters the tree and the VM table. A query is a list of terms separated by spaces; &lt;b&gt;every&lt;/b&gt; term must hold. A term has no spaces inside.</source>
        <translation>Das Suchfeld filtert den Baum und die VM-Tabelle. Eine Suchanfrage ist eine Liste von durch Leerzeichen getrennten Begriffen; &lt;b&gt;jeder&lt;/b&gt; Begriff muss zutreffen. Ein Begriff enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Suchanfrage</translation>
    </message>
    <message>
        <source>Finds</source>
        <translation>Findet</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Any other term is a word. Case does not matter; each word must occur somewhere in a VM&apos;s name, UUID, IP addresses, host name or OS, or in a host&apos;s name, host name, URI or hypervisor.</source>
        <translation>Jeder andere Begriff ist ein Wort. Groß- und Kleinschreibung spielt keine Rolle; jedes Wort muss irgendwo im Namen, in der UUID, den IP-Adressen, dem Hostnamen oder dem Betriebssystem einer VM vorkommen oder im Namen, Hostnamen, in der URI oder dem Hypervisor eines Hosts.</translation>
    </message>
    <message>
        <source>Power states</source>
        <translation>Betriebszustände</translation>
    </message>
    <message>
        <source>%1 keeps the VMs in that state: %2. %3, %4 and %5 also mean shut-off. Several %1 terms: a VM in any of those states.</source>
        <translation>%1 zeigt die VMs in diesem Zustand: %2. %3, %4 und %5 bedeuten ebenfalls ausgeschaltet. Mehrere %1-Begriffe: eine VM in einem dieser Zustände.</translation>
    </message>
    <message>
        <source>Live figures</source>
        <translation>Live-Messwerte</translation>
    </message>
    <message>
        <source>%1 compares a VM&apos;s newest figure: no spaces around the comparison, which is one of %2.</source>
        <translation>%1 vergleicht den neuesten Messwert einer VM: keine Leerzeichen um den Vergleichsoperator, der einer von %2 ist.</translation>
    </message>
    <message>
        <source> (or %1)</source>
        <translation> (oder %1)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Numbers such as %1, %2 or %3. The suffixes %4, %5, %6 and %7 multiply by 1024 (%8 is 10 MiB/s) and may be followed by %9, %10 or %11; a percentage may end in %12 and is at most 100.</source>
        <translation>Zahlen wie %1, %2 oder %3. Die Suffixe %4, %5, %6 und %7 multiplizieren mit 1024 (%8 ist 10 MiB/s), ihnen kann %9, %10 oder %11 folgen; ein Prozentwert darf auf %12 enden und ist höchstens 100.</translation>
    </message>
    <message>
        <source>A query with a state or a figure lists VMs only (their hosts and connections stay as parents). A VM without figures yet matches no figure term; figure results follow the live values, refreshed at most once a second.</source>
        <translation>Eine Suchanfrage mit einem Zustand oder einem Messwert listet nur VMs auf (ihre Hosts und Verbindungen bleiben als übergeordnete Einträge stehen). Eine VM, die noch keine Messwerte hat, passt auf keinen Messwert-Begriff; Ergebnisse mit Messwerten folgen den Live-Werten und werden höchstens einmal pro Sekunde aktualisiert.</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>A term that does not parse is explained under the search box, for example “%1”, and the list keeps what the last valid query showed. A word with %2, %3, %4 or %5 in it is read as a comparison.</source>
        <translation>Ein Begriff, der sich nicht auswerten lässt, wird unter dem Suchfeld erklärt, zum Beispiel „%1“, und die Liste behält, was die letzte gültige Suchanfrage gezeigt hat. Ein Wort, das %2, %3, %4 oder %5 enthält, wird als Vergleich gelesen.</translation>
    </message>
    <message>
        <source>%1 puts the cursor in the search box; %2 there clears the search. The quick filter buttons apply on top of the query.</source>
        <translation>%1 setzt den Cursor in das Suchfeld; %2 leert dort die Suche. Die Schnellfilter-Schaltflächen wirken zusätzlich zur Suchanfrage.</translation>
    </message>
    <message>
        <source>No shortcuts.</source>
        <translation>Keine Tastenkürzel.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>bytes: memused&gt;4G means more than 4 GiB</source>
        <translation>Bytes: memused&gt;4G bedeutet mehr als 4 GiB</translation>
    </message>
    <message>
        <source>Bottom: tasks and events, where a failed task says why, and the active alerts. View › Event Log shows everything recorded, also from earlier runs.</source>
        <translation>Unten: Aufgaben und Ereignisse, wo eine fehlgeschlagene Aufgabe den Grund nennt, und die aktiven Alarme. Ansicht › Ereignisprotokoll zeigt alles Aufgezeichnete, auch aus früheren Sitzungen.</translation>
    </message>
    <message>
        <source>View › Monitoring opens the dashboard of all connections and the alert rules; View › Alerts lists the alerts, to acknowledge them or go to their resource. Virtual Machine › Open Console Wall shows the live consoles of the selected VMs side by side.</source>
        <translation>Ansicht › Überwachung öffnet das Dashboard aller Verbindungen und die Alarmregeln; Ansicht › Alarme listet die Alarme auf, um sie zu bestätigen oder zu ihrer Ressource zu gehen. Virtuelle Maschine › Konsolenwand öffnen zeigt die Live-Konsolen der ausgewählten VMs nebeneinander.</translation>
    </message>
</context>
<context>
    <name>welkin::HistoryDb</name>
    <message>
        <source>Cannot open the metric history %1: %2</source>
        <translation>Der Messwertverlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the metric history %1: %2</source>
        <translation>Der Messwertverlauf %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The metric history %1 was written by a newer Welkin (schema %2, this one knows %3).</source>
        <translation>Der Messwertverlauf %1 wurde von einer neueren Welkin-Version geschrieben (Schema %2, diese Version kennt %3).</translation>
    </message>
</context>
<context>
    <name>welkin::HistoryStore</name>
    <message>
        <source>The metric history is not available.</source>
        <translation>Der Messwertverlauf ist nicht verfügbar.</translation>
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
        <translation>Host</translation>
    </message>
    <message>
        <source>CPU now</source>
        <translation>CPU jetzt</translation>
    </message>
    <message>
        <source>CPU after</source>
        <translation>CPU danach</translation>
    </message>
    <message>
        <source>Memory now</source>
        <translation>Speicher jetzt</translation>
    </message>
    <message>
        <source>Memory after</source>
        <translation>Speicher danach</translation>
    </message>
</context>
<context>
    <name>welkin::HostNetworks</name>
    <message>
        <source>List networks</source>
        <translation>Netzwerke auflisten</translation>
    </message>
    <message>
        <source>Create network %1</source>
        <translation>Netzwerk %1 erstellen</translation>
    </message>
    <message>
        <source>Start network %1</source>
        <translation>Netzwerk %1 starten</translation>
    </message>
    <message>
        <source>Could not start network &apos;%1&apos;</source>
        <translation>Netzwerk &apos;%1&apos; konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Stop network %1</source>
        <translation>Netzwerk %1 stoppen</translation>
    </message>
    <message>
        <source>Could not stop network &apos;%1&apos;</source>
        <translation>Netzwerk &apos;%1&apos; konnte nicht gestoppt werden</translation>
    </message>
    <message>
        <source>Start network %1 with the host</source>
        <translation>Netzwerk %1 mit dem Host starten</translation>
    </message>
    <message>
        <source>Do not start network %1 with the host</source>
        <translation>Netzwerk %1 nicht mit dem Host starten</translation>
    </message>
    <message>
        <source>Could not change the autostart of network &apos;%1&apos;</source>
        <translation>Der Autostart von Netzwerk &apos;%1&apos; konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Delete network %1</source>
        <translation>Netzwerk %1 löschen</translation>
    </message>
    <message>
        <source>Read the DHCP leases of %1</source>
        <translation>DHCP-Leases von %1 lesen</translation>
    </message>
    <message>
        <source>Could not find network &apos;%1&apos;</source>
        <translation>Netzwerk &apos;%1&apos; wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Could not list the networks</source>
        <translation>Die Netzwerke konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not read network &apos;%1&apos;</source>
        <translation>Netzwerk &apos;%1&apos; konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read network &apos;%1&apos;: %2</source>
        <translation>Netzwerk &apos;%1&apos; konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not define network &apos;%1&apos;</source>
        <translation>Netzwerk &apos;%1&apos; konnte nicht definiert werden</translation>
    </message>
    <message>
        <source>Could not set network &apos;%1&apos; to start with the host</source>
        <translation>Der Autostart von Netzwerk &apos;%1&apos; konnte nicht eingeschaltet werden</translation>
    </message>
    <message>
        <source>Could not undefine network &apos;%1&apos;</source>
        <translation>Die Definition von Netzwerk &apos;%1&apos; konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Could not read the DHCP leases of network &apos;%1&apos;</source>
        <translation>Die DHCP-Leases von Netzwerk &apos;%1&apos; konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>welkin::HostPages</name>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Storage…</source>
        <translation>Speicher…</translation>
    </message>
    <message>
        <source>Networks…</source>
        <translation>Netzwerke…</translation>
    </message>
    <message>
        <source>New Storage Pool…</source>
        <translation>Neuer Speicherpool…</translation>
    </message>
    <message>
        <source>New Network…</source>
        <translation>Neues Netzwerk…</translation>
    </message>
</context>
<context>
    <name>welkin::HostStorage</name>
    <message>
        <source>%1: the connection was closed</source>
        <translation>%1: Die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>List storage pools</source>
        <translation>Speicherpools auflisten</translation>
    </message>
    <message>
        <source>Read storage pool types</source>
        <translation>Speicherpool-Typen lesen</translation>
    </message>
    <message>
        <source>Create storage pool %1</source>
        <translation>Speicherpool %1 erstellen</translation>
    </message>
    <message>
        <source>Start storage pool %1</source>
        <translation>Speicherpool %1 starten</translation>
    </message>
    <message>
        <source>Could not start storage pool &apos;%1&apos;</source>
        <translation>Speicherpool &apos;%1&apos; konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Stop storage pool %1</source>
        <translation>Speicherpool %1 stoppen</translation>
    </message>
    <message>
        <source>Could not stop storage pool &apos;%1&apos;</source>
        <translation>Speicherpool &apos;%1&apos; konnte nicht gestoppt werden</translation>
    </message>
    <message>
        <source>Refresh storage pool %1</source>
        <translation>Speicherpool %1 aktualisieren</translation>
    </message>
    <message>
        <source>Could not refresh storage pool &apos;%1&apos;</source>
        <translation>Speicherpool &apos;%1&apos; konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Start storage pool %1 with the host</source>
        <translation>Speicherpool %1 mit dem Host starten</translation>
    </message>
    <message>
        <source>Do not start storage pool %1 with the host</source>
        <translation>Speicherpool %1 nicht mit dem Host starten</translation>
    </message>
    <message>
        <source>Could not change the autostart of storage pool &apos;%1&apos;</source>
        <translation>Der Autostart von Speicherpool &apos;%1&apos; konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Delete storage pool %1</source>
        <translation>Speicherpool %1 löschen</translation>
    </message>
    <message>
        <source>List the volumes of %1</source>
        <translation>Volumes von %1 auflisten</translation>
    </message>
    <message>
        <source>Create volume %1</source>
        <translation>Volume %1 erstellen</translation>
    </message>
    <message>
        <source>Resize volume %1</source>
        <translation>Größe von Volume %1 ändern</translation>
    </message>
    <message>
        <source>Delete volume %1</source>
        <translation>Volume %1 löschen</translation>
    </message>
    <message>
        <source>Upload %1 to %2</source>
        <translation>%1 nach %2 hochladen</translation>
    </message>
    <message>
        <source>Download volume %1</source>
        <translation>Volume %1 herunterladen</translation>
    </message>
    <message>
        <source>Could not find storage pool &apos;%1&apos;</source>
        <translation>Speicherpool &apos;%1&apos; wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Could not find volume &apos;%1&apos; in pool &apos;%2&apos;</source>
        <translation>Volume &apos;%1&apos; wurde in Pool &apos;%2&apos; nicht gefunden</translation>
    </message>
    <message>
        <source>Could not read storage pool &apos;%1&apos;</source>
        <translation>Speicherpool &apos;%1&apos; konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read storage pool &apos;%1&apos;: %2</source>
        <translation>Speicherpool &apos;%1&apos; konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not list the storage pools</source>
        <translation>Die Speicherpools konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not read the storage pool types</source>
        <translation>Die Speicherpool-Typen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the storage pool types: %1</source>
        <translation>Die Speicherpool-Typen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; needs a target directory</source>
        <translation>Speicherpool &apos;%1&apos; braucht ein Zielverzeichnis</translation>
    </message>
    <message>
        <source>The target directory &apos;%1&apos; is not an absolute path</source>
        <translation>Das Zielverzeichnis &apos;%1&apos; ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; needs the NFS server&apos;s host name</source>
        <translation>Speicherpool &apos;%1&apos; braucht den Hostnamen des NFS-Servers</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; needs the exported directory (an absolute path)</source>
        <translation>Speicherpool &apos;%1&apos; braucht das exportierte Verzeichnis (einen absoluten Pfad)</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; needs at least one device to build its volume group on</source>
        <translation>Speicherpool &apos;%1&apos; braucht mindestens ein Gerät, auf dem seine Volume-Gruppe angelegt wird</translation>
    </message>
    <message>
        <source>A storage pool named &apos;%1&apos; already exists</source>
        <translation>Ein Speicherpool namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>Could not define storage pool &apos;%1&apos;</source>
        <translation>Speicherpool &apos;%1&apos; konnte nicht definiert werden</translation>
    </message>
    <message>
        <source>Could not build storage pool &apos;%1&apos;</source>
        <translation>Speicherpool &apos;%1&apos; konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not set storage pool &apos;%1&apos; to start with the host</source>
        <translation>Der Autostart von Speicherpool &apos;%1&apos; konnte nicht eingeschaltet werden</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is used by VM %2</source>
        <translation>Volume &apos;%1&apos; wird von der VM %2 verwendet</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is used by VMs %2</source>
        <translation>Volume &apos;%1&apos; wird von den VMs %2 verwendet</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; is not active: start it to see its volumes</source>
        <translation>Speicherpool &apos;%1&apos; ist nicht aktiv: Starten Sie ihn, um seine Volumes zu sehen</translation>
    </message>
    <message>
        <source>Could not list the volumes of pool &apos;%1&apos;</source>
        <translation>Die Volumes von Pool &apos;%1&apos; konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not read volume &apos;%1&apos;: %2</source>
        <translation>Volume &apos;%1&apos; konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not start storage pool &apos;%1&apos; to delete its volumes</source>
        <translation>Speicherpool &apos;%1&apos; konnte nicht gestartet werden, um seine Volumes zu löschen</translation>
    </message>
    <message>
        <source>Could not delete the data of storage pool &apos;%1&apos;</source>
        <translation>Die Daten von Speicherpool &apos;%1&apos; konnten nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not undefine storage pool &apos;%1&apos;</source>
        <translation>Die Definition von Speicherpool &apos;%1&apos; konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Could not read volume &apos;%1&apos;</source>
        <translation>Volume &apos;%1&apos; konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is %2: shrinking it to %3 would cut off its data</source>
        <translation>Volume &apos;%1&apos; ist %2 groß: Eine Verkleinerung auf %3 würde seine Daten abschneiden</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; needs %2 more, pool &apos;%3&apos; has %4 free</source>
        <translation>Volume &apos;%1&apos; braucht %2 mehr, Pool &apos;%3&apos; hat nur %4 frei</translation>
    </message>
    <message>
        <source>Could not resize volume &apos;%1&apos;</source>
        <translation>Die Größe von Volume &apos;%1&apos; konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is the backing file of volume &apos;%2&apos;</source>
        <translation>Volume &apos;%1&apos; ist die Backing-Datei von Volume &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Could not delete volume &apos;%1&apos;</source>
        <translation>Volume &apos;%1&apos; konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>the partial volume %1 is left on the host: %2</source>
        <translation>das unvollständige Volume %1 verbleibt auf dem Host: %2</translation>
    </message>
    <message>
        <source>the partial volume %1 is left on the host</source>
        <translation>das unvollständige Volume %1 verbleibt auf dem Host</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is not a qcow2 image</source>
        <translation>%1 ist kein qcow2-Image</translation>
    </message>
    <message>
        <source>Could not find the new volume %1</source>
        <translation>Das neue Volume %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Could not upload %1</source>
        <translation>%1 konnte nicht hochgeladen werden</translation>
    </message>
    <message>
        <source>Upload cancelled</source>
        <translation>Hochladen abgebrochen</translation>
    </message>
    <message>
        <source>it ended after %1</source>
        <translation>die Datei endete bereits nach %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Upload of %1 failed after %2</source>
        <translation>Hochladen von %1 nach %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not finish the upload of %1</source>
        <translation>Das Hochladen von %1 konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos; is not active: start it first</source>
        <translation>Speicherpool &apos;%1&apos; ist nicht aktiv: Starten Sie ihn zuerst</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already has a volume named &apos;%2&apos;</source>
        <translation>Pool &apos;%1&apos; enthält bereits ein Volume namens &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Could not read the backing volume %1</source>
        <translation>Das Basis-Volume %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The size of volume &apos;%1&apos; must be more than 0</source>
        <translation>Die Größe von Volume &apos;%1&apos; muss größer als 0 sein</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; needs %2, pool &apos;%3&apos; has %4 free</source>
        <translation>Volume &apos;%1&apos; braucht %2, Pool &apos;%3&apos; hat nur %4 frei</translation>
    </message>
    <message>
        <source>Could not create volume &apos;%1&apos; in pool &apos;%2&apos;</source>
        <translation>Volume &apos;%1&apos; konnte nicht in Pool &apos;%2&apos; erstellt werden</translation>
    </message>
    <message>
        <source>Could not read the path of volume &apos;%1&apos;</source>
        <translation>Der Pfad von Volume &apos;%1&apos; konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not download volume &apos;%1&apos;</source>
        <translation>Volume &apos;%1&apos; konnte nicht heruntergeladen werden</translation>
    </message>
    <message>
        <source>Download cancelled</source>
        <translation>Herunterladen abgebrochen</translation>
    </message>
    <message>
        <source>Download of volume &apos;%1&apos; failed after %2</source>
        <translation>Herunterladen von Volume &apos;%1&apos; nach %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not finish the download of volume &apos;%1&apos;</source>
        <translation>Das Herunterladen von Volume &apos;%1&apos; konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Could not find the volume %1</source>
        <translation>Das Volume %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Could not delete the volume %1</source>
        <translation>Das Volume %1 konnte nicht gelöscht werden</translation>
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
        <translation>UUID: %1</translation>
    </message>
    <message>
        <source>No VMs</source>
        <translation>Keine VMs</translation>
    </message>
    <message>
        <source>1 VM, %1 running</source>
        <translation>1 VM, davon %1 aktiv</translation>
    </message>
    <message>
        <source>%1 VMs, %2 running</source>
        <translation>%1 VMs, davon %2 aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>1 host</source>
        <extracomment>a server pool&apos;s row: &quot;3 hosts · 12 VMs, 9 running&quot;</extracomment>
        <translation>1 Host</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 Hosts</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <extracomment>a server pool&apos;s memory: &quot;62 % of 96 GiB&quot; (used share of the hosts&apos; memory)</extracomment>
        <translation>%1 % von %2</translation>
    </message>
    <message>
        <source>Unknown since %1</source>
        <extracomment>a VM whose connection is lost: its state is not known since then (time of the loss)</extracomment>
        <translation>Unbekannt seit %1</translation>
    </message>
    <message>
        <source>Connection lost at %1: the state above is the last known.</source>
        <translation>Verbindung um %1 verloren: Der obige Zustand ist der zuletzt bekannte.</translation>
    </message>
    <message>
        <source>VMs: memory allocated to them. Hosts: their physical memory.</source>
        <translation>VMs: der ihnen zugewiesene Arbeitsspeicher. Hosts: ihr physischer Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>welkin::InventoryViewModel</name>
    <message>
        <source>Maintenance · %1</source>
        <extracomment>a host&apos;s state in the tree: no VM is placed on it, it is left out of balancing</extracomment>
        <translation>Wartung · %1</translation>
    </message>
    <message>
        <source>Alert: %1 (%2): %3</source>
        <extracomment>tooltip line of a tinted tree row: &quot;Alert: CPU high (cpu &gt; 50 for 10 s): 97.0 %&quot;</extracomment>
        <translation>Alarm: %1 (%2): %3</translation>
    </message>
    <message>
        <source>An alert fired here and has resolved.</source>
        <translation>Hier wurde ein Alarm ausgelöst, der inzwischen behoben ist.</translation>
    </message>
    <message>
        <source>Acknowledge it in View › Alerts or from the context menu.</source>
        <translation>Bestätigen Sie ihn unter Ansicht › Alarme oder über das Kontextmenü.</translation>
    </message>
</context>
<context>
    <name>welkin::Ipv4Subnet</name>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>The subnet is empty: give it as address/prefix, e.g. 192.168.150.0/24</source>
        <translation>Das Subnetz ist leer: Geben Sie es als Adresse/Präfix an, z. B. 192.168.150.0/24</translation>
    </message>
    <message>
        <source>%1 has no prefix: give it as address/prefix, e.g. %1/24</source>
        <translation>%1 hat kein Präfix: Geben Sie es als Adresse/Präfix an, z. B. %1/24</translation>
    </message>
    <message>
        <source>%1: the prefix must be %2..%3</source>
        <translation>%1: Das Präfix muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>%1 has host bits set: the network is %2</source>
        <translation>In %1 sind Host-Bits gesetzt: Das Netz ist %2</translation>
    </message>
    <message>
        <source>%1 is outside the subnet %2</source>
        <translation>%1 liegt außerhalb des Subnetzes %2</translation>
    </message>
    <message>
        <source>The DHCP range starts at %1, after its end %2</source>
        <translation>Der DHCP-Bereich beginnt bei %1, also nach seinem Ende %2</translation>
    </message>
    <message>
        <source>The DHCP range %1 - %2 includes the network or broadcast address of %3</source>
        <translation>Der DHCP-Bereich %1 - %2 enthält die Netz- oder Broadcast-Adresse von %3</translation>
    </message>
    <message>
        <source>The DHCP range %1 - %2 includes the host&apos;s address %3</source>
        <translation>Der DHCP-Bereich %1 - %2 enthält die Adresse des Hosts, %3</translation>
    </message>
</context>
<context>
    <name>welkin::LeaseModel</name>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>welkin::LibvirtConnectionPage</name>
    <message>
        <source>This computer: system daemon (qemu:///system)</source>
        <translation>Dieser Computer: System-Daemon (qemu:///system)</translation>
    </message>
    <message>
        <source>This computer: my session (qemu:///session)</source>
        <translation>Dieser Computer: meine Sitzung (qemu:///session)</translation>
    </message>
    <message>
        <source>Remote host over SSH</source>
        <translation>Entfernter Host über SSH</translation>
    </message>
    <message>
        <source>Remote host over TLS</source>
        <translation>Entfernter Host über TLS</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>Eigene URI</translation>
    </message>
    <message>
        <source>root (default: your login name)</source>
        <translation>root (Standard: Ihr Anmeldename)</translation>
    </message>
    <message>
        <source>kvm-03.example.org or 192.0.2.10</source>
        <translation>kvm-03.example.org oder 192.0.2.10</translation>
    </message>
    <message>
        <source>System (/system)</source>
        <translation>System (/system)</translation>
    </message>
    <message>
        <source>Session (/session)</source>
        <translation>Sitzung (/session)</translation>
    </message>
    <message>
        <source>Connects to the libvirt daemon on this computer through its UNIX socket.</source>
        <translation>Verbindet sich über dessen UNIX-Socket mit dem libvirt-Daemon auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Daemon:</source>
        <translation>&amp;Daemon:</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>&amp;Verbinden mit:</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>libvirt (QEMU/KVM, Xen, LXC…)</source>
        <translation>libvirt (QEMU/KVM, Xen, LXC…)</translation>
    </message>
    <message>
        <source>Authentication uses the keys in your ssh-agent (and ~/.ssh/config); the host key must already be known.</source>
        <translation>Die Authentifizierung verwendet die Schlüssel in Ihrem ssh-agent (und ~/.ssh/config); der Host-Schlüssel muss bereits bekannt sein.</translation>
    </message>
    <message>
        <source>Uses the client certificate in ~/.pki/libvirt or /etc/pki/libvirt.</source>
        <translation>Verwendet das Client-Zertifikat in ~/.pki/libvirt oder /etc/pki/libvirt.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Enter the remote host&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des entfernten Hosts ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or address.</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The user name may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>Der Benutzername darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>This computer (QEMU/KVM)</source>
        <translation>Dieser Computer (QEMU/KVM)</translation>
    </message>
    <message>
        <source>This computer (my session)</source>
        <translation>Dieser Computer (meine Sitzung)</translation>
    </message>
    <message>
        <source>Default: ~/.pki/libvirt, then /etc/pki</source>
        <translation>Standard: ~/.pki/libvirt, dann /etc/pki</translation>
    </message>
    <message>
        <source>A directory with cacert.pem, clientcert.pem and clientkey.pem</source>
        <translation>Ein Verzeichnis mit cacert.pem, clientcert.pem und clientkey.pem</translation>
    </message>
    <message>
        <source>C&amp;ertificates:</source>
        <translation>&amp;Zertifikate:</translation>
    </message>
    <message>
        <source>Uses cacert.pem, clientcert.pem and clientkey.pem in this directory.</source>
        <translation>Verwendet cacert.pem, clientcert.pem und clientkey.pem in diesem Verzeichnis.</translation>
    </message>
    <message>
        <source>The certificate directory must be an absolute path, e.g. /home/me/.pki/kvm-03.</source>
        <translation>Das Zertifikatsverzeichnis muss ein absoluter Pfad sein, z. B. /home/ich/.pki/kvm-03.</translation>
    </message>
</context>
<context>
    <name>welkin::LibvirtProvider</name>
    <message>
        <source>The connection to %1 was closed</source>
        <translation>Die Verbindung zu %1 wurde geschlossen</translation>
    </message>
    <message>
        <source>Could not %1 %2: not connected to %3 (%4)</source>
        <translation>„%1“ für %2 nicht möglich: keine Verbindung zu %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is not a virtual machine of %2</source>
        <translation>%1 ist keine virtuelle Maschine von %2</translation>
    </message>
    <message>
        <source>Could not open the console of %1: not connected to %2</source>
        <translation>Die Konsole von %1 konnte nicht geöffnet werden: keine Verbindung zu %2</translation>
    </message>
    <message>
        <source>%1: not connected to %2 (%3)</source>
        <translation>%1: keine Verbindung zu %2 (%3)</translation>
    </message>
    <message>
        <source>The connection was closed</source>
        <translation>Die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>Could not %1 %2: libvirt hosts have no such action</source>
        <translation>„%1“ für %2 nicht möglich: libvirt-Hosts haben keine solche Aktion</translation>
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
        <translation>&amp;Virtuelle Maschine</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;ausklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;einklappen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s), %1 running</source>
        <translation>
            <numerusform>%n VM, davon %1 aktiv</numerusform>
            <numerusform>%n VMs, davon %1 aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Search: name, IP, state:paused, cpu&gt;80…</source>
        <translation>Suchen: Name, IP, state:paused, cpu&gt;80…</translation>
    </message>
    <message>
        <source>Words match a VM&apos;s name, UUID, IP, host or OS; all must occur.
state:paused keeps VMs in that state; cpu&gt;80, mem&gt;=90, disk&gt;10M compare live figures.
%1 clears the search; %2 shows the full syntax.</source>
        <translation>Wörter passen auf Name, UUID, IP, Host oder Betriebssystem einer VM; alle müssen vorkommen.
state:paused zeigt VMs in diesem Zustand; cpu&gt;80, mem&gt;=90, disk&gt;10M vergleichen Live-Messwerte.
%1 leert die Suche; %2 zeigt die vollständige Syntax.</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>Über&amp;wachung</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>Ver&amp;bindung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Welkin &amp;Help</source>
        <translation>Welkin-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>&amp;Suchsyntax</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Welkin</source>
        <translation>Über &amp;Welkin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Search box</source>
        <translation>Suchfeld</translation>
    </message>
    <message>
        <source>Open Console &amp;Wall</source>
        <translation>Konsolen&amp;wand öffnen</translation>
    </message>
    <message>
        <source>The live consoles of the selected VMs side by side, in a window of their own</source>
        <translation>Die Live-Konsolen der ausgewählten VMs nebeneinander, in einem eigenen Fenster</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Event &amp;Log…</source>
        <translation>Ereignis&amp;protokoll…</translation>
    </message>
    <message>
        <source>“%1” is no longer in the inventory.</source>
        <translation>„%1“ ist nicht mehr im Inventar.</translation>
    </message>
    <message>
        <source>“%1” is hidden by the search or the quick filter. &lt;a href=&quot;clear-filter&quot;&gt;Show it again&lt;/a&gt;</source>
        <translation>„%1“ ist durch die Suche oder den Schnellfilter ausgeblendet. &lt;a href=&quot;clear-filter&quot;&gt;Wieder anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No console to show: none of these VMs is running.</source>
        <translation>Keine Konsole anzuzeigen: Keine dieser VMs läuft.</translation>
    </message>
    <message numerus="yes">
        <source>Console wall: %n VM(s) left out (at most %1 consoles).</source>
        <translation>
            <numerusform>Konsolenwand: %n VM ausgelassen (höchstens %1 Konsolen).</numerusform>
            <numerusform>Konsolenwand: %n VMs ausgelassen (höchstens %1 Konsolen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Console Wall of Its VMs</source>
        <translation>Konsolenwand der zugehörigen VMs öffnen</translation>
    </message>
</context>
<context>
    <name>welkin::MaintenanceController</name>
    <message>
        <source>Exit Maintenance</source>
        <translation>Wartungsmodus beenden</translation>
    </message>
    <message>
        <source>Enter Maintenance…</source>
        <translation>Wartungsmodus aktivieren…</translation>
    </message>
    <message>
        <source>Move this host&apos;s running VMs to the other hosts of its pool and keep new ones off it</source>
        <translation>Die laufenden VMs dieses Hosts auf die anderen Hosts seines Pools verschieben und keine neuen darauf platzieren</translation>
    </message>
</context>
<context>
    <name>welkin::MaintenancePlanDialog</name>
    <message>
        <source>Enter Maintenance: %1</source>
        <translation>Wartungsmodus aktivieren: %1</translation>
    </message>
    <message>
        <source>No VM runs on &lt;b&gt;%1&lt;/b&gt;: it enters maintenance at once.</source>
        <translation>Auf &lt;b&gt;%1&lt;/b&gt; läuft keine VM: Der Host wechselt sofort in den Wartungsmodus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; enters maintenance: Welkin places no VM on it and leaves it out of balancing until you exit maintenance. Its running VMs move live as planned below.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wechselt in den Wartungsmodus: Welkin platziert keine VM darauf und schließt den Host von der Lastverteilung aus, bis Sie den Wartungsmodus beenden. Die laufenden VMs werden wie unten geplant live migriert.</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Why there</source>
        <translation>Warum dorthin</translation>
    </message>
    <message>
        <source>These VMs cannot move and keep running on %1:</source>
        <translation>Diese VMs können nicht verschoben werden und laufen weiter auf %1:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Enter Maintenance</source>
        <translation>&amp;Wartungsmodus aktivieren</translation>
    </message>
    <message>
        <source>&amp;Enter Maintenance and Move</source>
        <translation>&amp;Wartungsmodus aktivieren und verschieben</translation>
    </message>
</context>
<context>
    <name>welkin::MetricChart</name>
    <message>
        <source>%1 — no figures</source>
        <translation>%1 — keine Messwerte</translation>
    </message>
</context>
<context>
    <name>welkin::MigrateDialog</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>&amp;Live: the VM keeps running</source>
        <translation>&amp;Live: Die VM läuft weiter</translation>
    </message>
    <message>
        <source>&amp;Paused while it moves</source>
        <translation>&amp;Pausiert während der Migration</translation>
    </message>
    <message>
        <source>&amp;Auto-converge (slow the guest&apos;s vCPUs if memory changes faster than it copies)</source>
        <translation>&amp;Auto-Converge (vCPUs des Gastes drosseln, wenn sich der Speicher schneller ändert, als er kopiert wird)</translation>
    </message>
    <message>
        <source>Allow p&amp;ost-copy (switch over when pre-copy does not converge)</source>
        <translation>P&amp;ost-Copy erlauben (umschalten, wenn Pre-Copy nicht konvergiert)</translation>
    </message>
    <message>
        <source>P&amp;eer to peer (the source host connects to the destination itself)</source>
        <translation>P&amp;eer-to-Peer (der Quellhost verbindet sich selbst mit dem Ziel)</translation>
    </message>
    <message>
        <source>&amp;Tunnelled through the libvirt connection</source>
        <translation>Über die libvirt-Verbindung ge&amp;tunnelt</translation>
    </message>
    <message>
        <source>&amp;Keep the VM defined on the destination</source>
        <translation>VM auf dem Ziel &amp;dauerhaft definieren</translation>
    </message>
    <message>
        <source>&amp;Remove its definition from the source host</source>
        <translation>Definition vom Quellhost ent&amp;fernen</translation>
    </message>
    <message>
        <source>Migrate %1</source>
        <translation>%1 migrieren</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt; to another host.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von &lt;b&gt;%2&lt;/b&gt; auf einen anderen Host verschieben.</translation>
    </message>
    <message>
        <source>%1 (pool %2)</source>
        <translation>%1 (Pool %2)</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Shut-off VMs move offline: only their definition goes to the destination.</source>
        <translation>Ausgeschaltete VMs werden offline verschoben: Nur ihre Definition wird auf das Ziel übertragen.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Shared storage (both hosts see the same disks)</source>
        <translation>Gemeinsamer Speicher (beide Hosts sehen dieselben Datenträger)</translation>
    </message>
    <message>
        <source>Copy every disk to the destination</source>
        <translation>Alle Datenträger auf das Ziel kopieren</translation>
    </message>
    <message>
        <source>Copy the top image of each disk (incremental)</source>
        <translation>Das oberste Image jedes Datenträgers kopieren (inkrementell)</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>&amp;Bandbreitenbegrenzung:</translation>
    </message>
    <message>
        <source>Checks against the destination:</source>
        <translation>Prüfungen gegen das Ziel:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrieren</translation>
    </message>
    <message>
        <source>There is no other connected libvirt host to move to. Connect the destination host first.</source>
        <translation>Es gibt keinen anderen verbundenen libvirt-Host als Ziel. Verbinden Sie zuerst den Zielhost.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>A problem blocks the migration. Change the destination or the options.</source>
        <translation>Ein Problem verhindert die Migration. Ändern Sie das Ziel oder die Optionen.</translation>
    </message>
    <message>
        <source>Ready, with a warning to read first.</source>
        <translation>Bereit; bitte lesen Sie zuerst die Warnung.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message numerus="yes">
        <source>Migrate %n VM(s)</source>
        <translation>
            <numerusform>%n VM migrieren</numerusform>
            <numerusform>%n VMs migrieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n VM(s) from &lt;b&gt;%1&lt;/b&gt; to another host.</source>
        <translation>
            <numerusform>%n VM von &lt;b&gt;%1&lt;/b&gt; auf einen anderen Host verschieben.</numerusform>
            <numerusform>%n VMs von &lt;b&gt;%1&lt;/b&gt; auf einen anderen Host verschieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) block the migration. Change the destination or the options.</source>
        <translation>
            <numerusform>%n Problem verhindert die Migration. Ändern Sie das Ziel oder die Optionen.</numerusform>
            <numerusform>%n Probleme verhindern die Migration. Ändern Sie das Ziel oder die Optionen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s) to read first.</source>
        <translation>
            <numerusform>Bereit; bitte lesen Sie zuerst %n Warnung.</numerusform>
            <numerusform>Bereit; bitte lesen Sie zuerst %n Warnungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::MigrationChecks</name>
    <message>
        <source>Destination host</source>
        <translation>Zielhost</translation>
    </message>
    <message>
        <source>This is the host %1 runs on (host UUID %2): a VM moves only to another host</source>
        <translation>Dies ist der Host, auf dem %1 läuft (Host-UUID %2): Eine VM kann nur auf einen anderen Host verschoben werden</translation>
    </message>
    <message>
        <source>Another host</source>
        <translation>Anderer Host</translation>
    </message>
    <message>
        <source>Another host (host UUID %1)</source>
        <translation>Anderer Host (Host-UUID %1)</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>The destination runs %1 and this host %2: a VM moves only between hosts of the same hypervisor</source>
        <translation>Auf dem Ziel läuft %1 und auf diesem Host %2: Eine VM kann nur zwischen Hosts mit demselben Hypervisor verschoben werden</translation>
    </message>
    <message>
        <source>The destination cannot run %1 guests for %2</source>
        <translation>Das Ziel kann keine %1-Gäste für %2 ausführen</translation>
    </message>
    <message>
        <source>%1 on both hosts</source>
        <translation>%1 auf beiden Hosts</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Running: it keeps running while it moves</source>
        <translation>Läuft: Die VM läuft während der Migration weiter</translation>
    </message>
    <message>
        <source>Running: it is paused while it moves, and resumes on the destination</source>
        <translation>Läuft: Die VM wird während der Migration angehalten und auf dem Ziel fortgesetzt</translation>
    </message>
    <message>
        <source>Paused: it moves paused</source>
        <translation>Pausiert: Die VM wird pausiert migriert</translation>
    </message>
    <message>
        <source>%1 is shut off: a live migration needs it running. Migrate it offline to move only its definition</source>
        <translation>%1 ist ausgeschaltet: Eine Live-Migration erfordert eine laufende VM. Migrieren Sie sie offline, um nur ihre Definition zu verschieben</translation>
    </message>
    <message>
        <source>%1 is shut off, and libvirt copies disks only while a VM runs: start it, or migrate with shared storage to move only its definition</source>
        <translation>%1 ist ausgeschaltet, und libvirt kopiert Datenträger nur, während eine VM läuft: Starten Sie sie oder migrieren Sie mit gemeinsamem Speicher, um nur ihre Definition zu verschieben</translation>
    </message>
    <message>
        <source>%1 is shut off, so only its definition moves: it must be kept on the destination</source>
        <translation>%1 ist ausgeschaltet, daher wird nur ihre Definition verschoben: Die VM muss auf dem Ziel dauerhaft definiert werden</translation>
    </message>
    <message>
        <source>Shut off: only its definition moves; its disks must already be on the destination</source>
        <translation>Ausgeschaltet: Nur die Definition wird verschoben; die Datenträger müssen bereits auf dem Ziel liegen</translation>
    </message>
    <message>
        <source>%1 is %2: only running, paused or shut-off VMs can move</source>
        <translation>%1 ist %2: Nur laufende, pausierte oder ausgeschaltete VMs können verschoben werden</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Post-copy needs a live migration of a running VM</source>
        <translation>Post-Copy erfordert eine Live-Migration einer laufenden VM</translation>
    </message>
    <message>
        <source>Peer to peer</source>
        <translation>Peer-to-Peer</translation>
    </message>
    <message>
        <source>The source host opens %1 itself, and without a host name that is its own daemon: connect to the destination through its address (qemu+ssh://, qemu+tls://)</source>
        <translation>Der Quellhost öffnet %1 selbst, und ohne Hostnamen ist das sein eigener Daemon: Verbinden Sie sich über die Adresse des Ziels (qemu+ssh://, qemu+tls://)</translation>
    </message>
    <message>
        <source>The source host opens %1 itself, with its own credentials</source>
        <translation>Der Quellhost öffnet %1 selbst, mit seinen eigenen Anmeldedaten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The destination already has this VM (same UUID)</source>
        <translation>Das Ziel hat diese VM bereits (gleiche UUID)</translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on the destination</source>
        <translation>Auf dem Ziel existiert bereits eine VM namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No VM named &apos;%1&apos; on the destination</source>
        <translation>Keine VM namens &apos;%1&apos; auf dem Ziel</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Emulated by QEMU (TCG): the guest gets the same CPU on any host, whatever the host&apos;s</source>
        <translation>Von QEMU emuliert (TCG): Der Gast erhält auf jedem Host dieselbe CPU, unabhängig von der CPU des Hosts</translation>
    </message>
    <message>
        <source>Not checked for %1 guests</source>
        <translation>Für %1-Gäste nicht geprüft</translation>
    </message>
    <message>
        <source>Shut off: its CPU is set up when it starts on the destination</source>
        <translation>Ausgeschaltet: Die CPU wird beim Start auf dem Ziel eingerichtet</translation>
    </message>
    <message>
        <source>this host&apos;s CPU (the VM passes it through)</source>
        <translation>die CPU dieses Hosts (die VM reicht sie durch)</translation>
    </message>
    <message>
        <source>the VM&apos;s CPU model</source>
        <translation>das CPU-Modell der VM</translation>
    </message>
    <message>
        <source>The destination provides %1 exactly</source>
        <translation>Das Ziel stellt %1 exakt bereit</translation>
    </message>
    <message>
        <source>The destination provides %1 and more</source>
        <translation>Das Ziel stellt %1 und mehr bereit</translation>
    </message>
    <message>
        <source>The destination cannot provide %1: %2</source>
        <translation>Das Ziel kann %1 nicht bereitstellen: %2</translation>
    </message>
    <message>
        <source>Could not compare %1: %2</source>
        <translation>%1 konnte nicht verglichen werden: %2</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Nicht verglichen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Could not read the destination&apos;s free memory</source>
        <translation>Der freie Arbeitsspeicher des Ziels konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The destination has %1 free, the VM needs %2</source>
        <translation>Das Ziel hat %1 frei, die VM benötigt %2</translation>
    </message>
    <message>
        <source>%1: it could not start there now</source>
        <translation>%1: Die VM könnte dort derzeit nicht starten</translation>
    </message>
    <message>
        <source>Interface %1</source>
        <translation>Schnittstelle %1</translation>
    </message>
    <message>
        <source>A direct (macvtap) link to %1: make sure the destination has that device</source>
        <translation>Eine direkte Verbindung (macvtap) zu %1: Stellen Sie sicher, dass das Ziel dieses Gerät hat</translation>
    </message>
    <message>
        <source>Network &apos;%1&apos;</source>
        <translation>Netzwerk &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Bridge &apos;%1&apos;</source>
        <translation>Bridge &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Active on the destination</source>
        <translation>Auf dem Ziel aktiv</translation>
    </message>
    <message>
        <source>Defined on the destination but not active: start it there</source>
        <translation>Auf dem Ziel definiert, aber nicht aktiv: Starten Sie es dort</translation>
    </message>
    <message>
        <source>Down on the destination</source>
        <translation>Auf dem Ziel inaktiv</translation>
    </message>
    <message>
        <source>The destination has no network of that name</source>
        <translation>Das Ziel hat kein Netzwerk dieses Namens</translation>
    </message>
    <message>
        <source>The destination has no bridge of that name</source>
        <translation>Das Ziel hat keine Bridge dieses Namens</translation>
    </message>
    <message>
        <source>Could not check the destination&apos;s networks</source>
        <translation>Die Netzwerke des Ziels konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>The destination&apos;s libvirt cannot list host interfaces: make sure it has this bridge</source>
        <translation>libvirt auf dem Ziel kann keine Host-Schnittstellen auflisten: Stellen Sie sicher, dass das Ziel diese Bridge hat</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>Datenträger %1</translation>
    </message>
    <message>
        <source>Storage pool &apos;%1&apos;</source>
        <translation>Speicherpool &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2 already exists on the destination: the copy overwrites it</source>
        <translation>%1: %2 existiert bereits auf dem Ziel: Die Kopie überschreibt es</translation>
    </message>
    <message>
        <source>%1: libvirt cannot create block device %2 on the destination: create it there first</source>
        <translation>%1: libvirt kann das Blockgerät %2 auf dem Ziel nicht anlegen: Legen Sie es dort zuerst an</translation>
    </message>
    <message>
        <source>%1: the destination has no storage pool named &apos;%2&apos;, and libvirt creates the copy only in one</source>
        <translation>%1: Das Ziel hat keinen Speicherpool namens &apos;%2&apos;, und libvirt legt die Kopie nur in einem Speicherpool an</translation>
    </message>
    <message>
        <source>%1: no storage pool on the destination has the directory %2, and libvirt creates the copy only in one: define a pool with that path there</source>
        <translation>%1: Kein Speicherpool auf dem Ziel hat das Verzeichnis %2, und libvirt legt die Kopie nur in einem Speicherpool an: Definieren Sie dort einen Pool mit diesem Pfad</translation>
    </message>
    <message>
        <source>%1: storage pool &apos;%2&apos; on the destination is not active</source>
        <translation>%1: Speicherpool &apos;%2&apos; auf dem Ziel ist nicht aktiv</translation>
    </message>
    <message>
        <source>%1: copied into pool &apos;%2&apos; on the destination</source>
        <translation>%1: in Pool &apos;%2&apos; auf dem Ziel kopiert</translation>
    </message>
    <message>
        <source>%1: %2 is on the destination too</source>
        <translation>%1: %2 ist auch auf dem Ziel vorhanden</translation>
    </message>
    <message>
        <source>%1: %2 is not on the destination, and with shared storage both hosts must see the same file</source>
        <translation>%1: %2 ist auf dem Ziel nicht vorhanden, und bei gemeinsamem Speicher müssen beide Hosts dieselbe Datei sehen</translation>
    </message>
    <message>
        <source>%1: %2 is not on the destination, and read-only or shared disks are not copied</source>
        <translation>%1: %2 ist auf dem Ziel nicht vorhanden, und schreibgeschützte oder gemeinsam genutzte Datenträger werden nicht kopiert</translation>
    </message>
    <message>
        <source>%1: could not check that the destination has %2 (no active storage pool there has the directory %3)</source>
        <translation>%1: Es konnte nicht geprüft werden, ob das Ziel %2 hat (kein aktiver Speicherpool dort hat das Verzeichnis %3)</translation>
    </message>
    <message>
        <source>The definition&apos;s root is &lt;%1&gt;, not &lt;domain&gt;</source>
        <translation>Das Wurzelelement der Definition ist &lt;%1&gt;, nicht &lt;domain&gt;</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>welkin::MigrationController</name>
    <message>
        <source>&amp;Migrate…</source>
        <translation>&amp;Migrieren…</translation>
    </message>
    <message>
        <source>Move the selected VMs to another libvirt host, live</source>
        <translation>Die ausgewählten VMs live auf einen anderen libvirt-Host verschieben</translation>
    </message>
    <message>
        <source>Check migration</source>
        <translation>Migration prüfen</translation>
    </message>
    <message>
        <source>The VM&apos;s connection is gone.</source>
        <translation>Die Verbindung der VM besteht nicht mehr.</translation>
    </message>
</context>
<context>
    <name>welkin::MigrationProgressDialog</name>
    <message>
        <source>No migration is running.</source>
        <translation>Es läuft keine Migration.</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 → %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 → %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>welkin::MigrationStats</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>dirty %1 pages/s</source>
        <translation>%1 geänderte Seiten/s</translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>expected downtime %1 ms</source>
        <translation>erwartete Ausfallzeit %1 ms</translation>
    </message>
    <message>
        <source>moved in %1 ms</source>
        <translation>in %1 ms verschoben</translation>
    </message>
    <message>
        <source>moved in %1 s</source>
        <translation>in %1 s verschoben</translation>
    </message>
    <message>
        <source>%1, downtime %2 ms</source>
        <translation>%1, Ausfallzeit %2 ms</translation>
    </message>
</context>
<context>
    <name>welkin::MoveModel</name>
    <message>
        <source>moving…</source>
        <translation>wird verschoben…</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>welkin::NameRules</name>
    <message>
        <source>storage pool</source>
        <translation>Speicherpool</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>virtual machine</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>The %1 name is empty</source>
        <translation>Der %1-Name ist leer</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; starts or ends with a space</source>
        <translation>Der %1-Name &apos;%2&apos; beginnt oder endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; contains &apos;/&apos;</source>
        <translation>Der %1-Name &apos;%2&apos; enthält &apos;/&apos;</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; starts with &apos;.&apos;</source>
        <translation>Der %1-Name &apos;%2&apos; beginnt mit &apos;.&apos;</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; contains a control character</source>
        <translation>Der %1-Name &apos;%2&apos; enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; contains a space</source>
        <translation>Der %1-Name &apos;%2&apos; enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>The %1 name is too long (%2 bytes, at most %3)</source>
        <translation>Der %1-Name ist zu lang (%2 Bytes, höchstens %3)</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; is only digits</source>
        <translation>Der %1-Name &apos;%2&apos; besteht nur aus Ziffern</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Snapshot</translation>
    </message>
</context>
<context>
    <name>welkin::NetworkDialog</name>
    <message>
        <source>Hand out addresses with DHCP</source>
        <translation>Adressen per DHCP vergeben</translation>
    </message>
    <message>
        <source>Start the network when the host boots</source>
        <translation>Netzwerk beim Hochfahren des Hosts starten</translation>
    </message>
    <message>
        <source>New Virtual Network</source>
        <translation>Neues virtuelles Netzwerk</translation>
    </message>
    <message>
        <source>e.g. lab-net</source>
        <translation>z. B. lab-net</translation>
    </message>
    <message>
        <source>NAT (guests reach outside through the host)</source>
        <translation>NAT (Gäste erreichen das Außennetz über den Host)</translation>
    </message>
    <message>
        <source>Isolated (guests and host only)</source>
        <translation>Isoliert (nur Gäste und Host)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>IPv4 &amp;subnet:</source>
        <translation>IPv4-&amp;Subnetz:</translation>
    </message>
    <message>
        <source>DHCP s&amp;tart:</source>
        <translation>DHCP-S&amp;tart:</translation>
    </message>
    <message>
        <source>DHCP &amp;end:</source>
        <translation>DHCP-&amp;Ende:</translation>
    </message>
    <message>
        <source>A network named &apos;%1&apos; already exists</source>
        <translation>Ein Netzwerk namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>Enter a subnet such as 192.168.150.0/24</source>
        <translation>Geben Sie ein Subnetz wie 192.168.150.0/24 ein</translation>
    </message>
    <message>
        <source>%1 overlaps network &apos;%2&apos; (%3)</source>
        <translation>%1 überschneidet sich mit Netzwerk &apos;%2&apos; (%3)</translation>
    </message>
</context>
<context>
    <name>welkin::NetworkModel</name>
    <message>
        <source>Isolated</source>
        <translation>Isoliert</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>Geroutet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>SR-IOV pool</source>
        <translation>SR-IOV-Pool</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Host address %1</source>
        <translation>Host-Adresse %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>IPv4 network</source>
        <translation>IPv4-Netz</translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation>DHCP-Bereich</translation>
    </message>
</context>
<context>
    <name>welkin::NetworkXml</name>
    <message>
        <source>A network named &apos;%1&apos; already exists</source>
        <translation>Ein Netzwerk namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>The DHCP range needs both a start and an end address</source>
        <translation>Der DHCP-Bereich braucht eine Start- und eine Endadresse</translation>
    </message>
    <message>
        <source>%1 overlaps network &apos;%2&apos; (%3)</source>
        <translation>%1 überschneidet sich mit Netzwerk &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>expected &lt;network&gt;, found &lt;%1&gt;</source>
        <translation>&lt;network&gt; erwartet, &lt;%1&gt; gefunden</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>no &lt;network&gt; element</source>
        <translation>kein &lt;network&gt;-Element</translation>
    </message>
    <message>
        <source>no &lt;name&gt; element</source>
        <translation>kein &lt;name&gt;-Element</translation>
    </message>
</context>
<context>
    <name>welkin::NetworksPage</name>
    <message>
        <source>New Network…</source>
        <translation>Neues Netzwerk…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Start the network when the host boots</source>
        <translation>Netzwerk beim Hochfahren des Hosts starten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>DHCP leases</source>
        <translation>DHCP-Leases</translation>
    </message>
    <message>
        <source>DHCP leases of &apos;%1&apos;</source>
        <translation>DHCP-Leases von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation>Netzwerk löschen</translation>
    </message>
    <message>
        <source>Delete virtual network &apos;%1&apos;?</source>
        <translation>Virtuelles Netzwerk &apos;%1&apos; löschen?</translation>
    </message>
    <message>
        <source>It is running: VMs attached to it lose their connection.</source>
        <translation>Es ist aktiv: Daran angeschlossene VMs verlieren ihre Verbindung.</translation>
    </message>
    <message>
        <source>VMs configured to use it will not start until you change them.</source>
        <translation>VMs, die es verwenden, starten erst wieder, wenn Sie sie ändern.</translation>
    </message>
</context>
<context>
    <name>welkin::NewVmCloudPage</name>
    <message>
        <source>&amp;Import Public Key…</source>
        <translation>Öffentlichen Schlüssel &amp;importieren…</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>Sic&amp;herheitsgruppen:</translation>
    </message>
    <message>
        <source>Size, image and network</source>
        <translation>Größe, Image und Netzwerk</translation>
    </message>
    <message>
        <source>What the cloud offers for the new server, read from it just now.</source>
        <translation>Was die Cloud für den neuen Server anbietet, soeben von ihr gelesen.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>#cloud-config
packages: [nginx]</source>
        <translation>#cloud-config
packages: [nginx]</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Stand&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation>I&amp;mage:</translation>
    </message>
    <message>
        <source>&amp;Networks:</source>
        <translation>&amp;Netzwerke:</translation>
    </message>
    <message>
        <source>&amp;Key pair:</source>
        <translation>&amp;Schlüsselpaar:</translation>
    </message>
    <message>
        <source>&amp;User-data:</source>
        <translation>&amp;User-Data:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <source>Load User-Data</source>
        <translation>User-Data laden</translation>
    </message>
    <message>
        <source>Could not read %1 (or it is larger than 1 MiB)</source>
        <translation>%1 konnte nicht gelesen werden (oder ist größer als 1 MiB)</translation>
    </message>
    <message>
        <source>Reading what %1 offers…</source>
        <translation>Angebot von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read what the cloud offers: %1</source>
        <translation>Das Angebot der Cloud konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(choose an image)</source>
        <translation>(Image wählen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Check at least one network</source>
        <translation>Markieren Sie mindestens ein Netzwerk</translation>
    </message>
    <message>
        <source>Leave every network unchecked for a server without a network</source>
        <translation>Lassen Sie alle Netzwerke unmarkiert, um einen Server ohne Netzwerk zu erstellen</translation>
    </message>
    <message>
        <source>%1 RAM</source>
        <translation>%1 RAM</translation>
    </message>
    <message>
        <source>Quota left: %1</source>
        <translation>Verbleibendes Kontingent: %1</translation>
    </message>
    <message>
        <source>The cloud is no longer connected</source>
        <translation>Die Cloud ist nicht mehr verbunden</translation>
    </message>
    <message>
        <source>Waiting for the cloud&apos;s offer</source>
        <translation>Warten auf das Angebot der Cloud</translation>
    </message>
    <message>
        <source>Public Key to Import</source>
        <translation>Zu importierender öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Public Key</source>
        <translation>Öffentlichen Schlüssel importieren</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Key pair name on the cloud:</source>
        <translation>Name des Schlüsselpaars in der Cloud:</translation>
    </message>
    <message>
        <source>That is not an OpenSSH public key (it should start with ssh-ed25519, ssh-rsa or ecdsa-)</source>
        <translation>Das ist kein öffentlicher OpenSSH-Schlüssel (er sollte mit ssh-ed25519, ssh-rsa oder ecdsa- beginnen)</translation>
    </message>
    <message>
        <source>Could not import the key: %1</source>
        <translation>Der Schlüssel konnte nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>No network is offered here, and the cloud needs one</source>
        <translation>Hier wird kein Netzwerk angeboten, die Cloud braucht aber eines</translation>
    </message>
    <message>
        <source>No network is offered here: the server gets none</source>
        <translation>Hier wird kein Netzwerk angeboten: Der Server erhält keines</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::NewVmHardwarePage</name>
    <message>
        <source>Create a disk</source>
        <translation>Datenträger erstellen</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Processors, memory, disk, network and devices of the new VM.</source>
        <translation>Prozessoren, Arbeitsspeicher, Datenträger, Netzwerk und Geräte der neuen VM.</translation>
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
        <translation>qcow2 (wächst bei Bedarf, Snapshots)</translation>
    </message>
    <message>
        <source>raw (fastest)</source>
        <translation>raw (am schnellsten)</translation>
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
        <translation>Modell:</translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPUs:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>Datenträger:</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
    <message>
        <source>M&amp;achine:</source>
        <translation>&amp;Maschinentyp:</translation>
    </message>
    <message>
        <source>&amp;CPU model:</source>
        <translation>&amp;CPU-Modell:</translation>
    </message>
    <message>
        <source>&amp;Graphics:</source>
        <translation>&amp;Grafik:</translation>
    </message>
    <message>
        <source>This host offers no UEFI firmware: libvirt lists no loader for %1 (install OVMF on the host)</source>
        <translation>Dieser Host bietet keine UEFI-Firmware an: libvirt nennt keinen Loader für %1 (installieren Sie OVMF auf dem Host)</translation>
    </message>
    <message>
        <source>Reading what the host offers…</source>
        <translation>Fähigkeiten des Hosts werden gelesen…</translation>
    </message>
    <message>
        <source>UEFI loader: %1</source>
        <translation>UEFI-Loader: %1</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>Standard des Hypervisors</translation>
    </message>
    <message>
        <source>Host CPU model (host-model)</source>
        <translation>CPU-Modell des Hosts (host-model)</translation>
    </message>
    <message>
        <source>Host passthrough (fastest, not migratable to other CPUs)</source>
        <translation>Host-Passthrough (am schnellsten, nicht auf andere CPUs migrierbar)</translation>
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
        <translation>Keine (nur serielle Konsole)</translation>
    </message>
    <message>
        <source>Runs with KVM acceleration (%1).</source>
        <translation>Läuft mit KVM-Beschleunigung (%1).</translation>
    </message>
    <message>
        <source>This host has no KVM for %1: the VM runs emulated (TCG), much slower.</source>
        <translation>Dieser Host hat kein KVM für %1: Die VM läuft emuliert (TCG) und damit viel langsamer.</translation>
    </message>
    <message>
        <source>UEFI is not offered: the host lists no UEFI firmware (OVMF).</source>
        <translation>UEFI wird nicht angeboten: Der Host nennt keine UEFI-Firmware (OVMF).</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isoliert</translation>
    </message>
    <message>
        <source>Virtual network &apos;%1&apos; (%2)</source>
        <translation>Virtuelles Netzwerk &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inaktiv)</translation>
    </message>
    <message>
        <source>Start it on the host&apos;s Networks tab first</source>
        <translation>Starten Sie es zuerst im Reiter „Netzwerke“ des Hosts</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>Host-Bridge</translation>
    </message>
    <message>
        <source>User-mode networking (outgoing only, no host setup)</source>
        <translation>User-Mode-Netzwerk (nur ausgehend, keine Einrichtung auf dem Host)</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Kein Netzwerk</translation>
    </message>
    <message>
        <source>%1 (%2, %3), used as it is</source>
        <translation>%1 (%2, %3), wird unverändert verwendet</translation>
    </message>
    <message>
        <source>A new qcow2 volume on top of %1; the image itself stays untouched.</source>
        <translation>Ein neues qcow2-Volume auf Basis von %1; das Image selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>Choose a storage pool for the disk</source>
        <translation>Wählen Sie einen Speicherpool für den Datenträger</translation>
    </message>
    <message>
        <source>%1 is more than the %2 free in pool &apos;%3&apos;</source>
        <translation>%1 ist mehr als die %2, die in Pool &apos;%3&apos; frei sind</translation>
    </message>
    <message>
        <source>The disk must be at least as large as the image (%1)</source>
        <translation>Der Datenträger muss mindestens so groß wie das Image sein (%1)</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already holds a volume &apos;%2&apos;</source>
        <translation>Pool &apos;%1&apos; enthält bereits ein Volume &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 free in pool &apos;%2&apos;</source>
        <translation>%1 frei in Pool &apos;%2&apos;</translation>
    </message>
    <message>
        <source>No disk: the VM runs from its ISO or the network only.</source>
        <translation>Kein Datenträger: Die VM läuft nur von ihrem ISO-Image oder über das Netzwerk.</translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation>Ne&amp;tzwerk:</translation>
    </message>
</context>
<context>
    <name>welkin::NewVmHostData</name>
    <message>
        <source>Could not read the VM names: %1</source>
        <translation>Die VM-Namen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read what the host offers new VMs: %1</source>
        <translation>Die Fähigkeiten des Hosts für neue VMs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not list the virtual networks: %1</source>
        <translation>Die virtuellen Netzwerke konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not list the storage pools: %1</source>
        <translation>Die Speicherpools konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not list the volumes of pool &apos;%1&apos;: %2</source>
        <translation>Die Volumes von Pool &apos;%1&apos; konnten nicht aufgelistet werden: %2</translation>
    </message>
</context>
<context>
    <name>welkin::NewVmOsPage</name>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>The system sets the recommended hardware and whether the VM gets virtio devices.</source>
        <translation>Das Betriebssystem bestimmt die empfohlene Hardware und ob die VM virtio-Geräte erhält.</translation>
    </message>
    <message>
        <source>Search: debian, windows 11, fedora…</source>
        <translation>Suchen: debian, windows 11, fedora…</translation>
    </message>
    <message>
        <source>Generic or unknown operating system</source>
        <translation>Generisches oder unbekanntes Betriebssystem</translation>
    </message>
    <message>
        <source>generic unknown other</source>
        <translation>generisch unbekannt andere sonstige generic unknown other</translation>
    </message>
    <message>
        <source>Loading the list of operating systems…</source>
        <translation>Liste der Betriebssysteme wird geladen…</translation>
    </message>
    <message>
        <source>The operating system list is not available (%1): generic defaults apply.</source>
        <translation>Die Liste der Betriebssysteme ist nicht verfügbar (%1): Es gelten allgemeine Standardwerte.</translation>
    </message>
    <message>
        <source>The ISO image is on the host, out of this computer&apos;s reach: choose its system below.</source>
        <translation>Das ISO-Image liegt auf dem Host und ist von diesem Computer aus nicht lesbar: Wählen Sie unten sein Betriebssystem aus.</translation>
    </message>
    <message>
        <source>Choose the system installed on the image.</source>
        <translation>Wählen Sie das Betriebssystem, das auf dem Image installiert ist.</translation>
    </message>
    <message>
        <source>Choose the system you are going to install.</source>
        <translation>Wählen Sie das Betriebssystem, das Sie installieren werden.</translation>
    </message>
    <message>
        <source>Detecting the operating system on %1…</source>
        <translation>Betriebssystem auf %1 wird erkannt…</translation>
    </message>
    <message>
        <source>Detected %1 on %2.</source>
        <translation>%1 auf %2 erkannt.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2): choose its system below.</source>
        <translation>%1 konnte nicht gelesen werden (%2): Wählen Sie unten sein Betriebssystem aus.</translation>
    </message>
    <message>
        <source>%1 is not a system libosinfo knows: choose it below.</source>
        <translation>%1 enthält kein Betriebssystem, das libosinfo kennt: Wählen Sie es unten aus.</translation>
    </message>
    <message>
        <source>%1 (volume &apos;%2&apos;) is not a system libosinfo knows: choose it below.</source>
        <translation>%1 (Volume &apos;%2&apos;) enthält kein Betriebssystem, das libosinfo kennt: Wählen Sie es unten aus.</translation>
    </message>
    <message>
        <source>Generic defaults: memory 1 GiB, disk 10 GiB, vCPUs 1, virtio devices.</source>
        <translation>Allgemeine Standardwerte: Arbeitsspeicher 1 GiB, Datenträger 10 GiB, vCPUs 1, virtio-Geräte.</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>Arbeitsspeicher %1</translation>
    </message>
    <message>
        <source>disk %1</source>
        <translation>Datenträger %1</translation>
    </message>
    <message>
        <source>vCPUs %1</source>
        <translation>vCPUs %1</translation>
    </message>
    <message>
        <source>libosinfo has no recommendation for %1.</source>
        <translation>libosinfo hat keine Empfehlung für %1.</translation>
    </message>
    <message>
        <source>Recommended for %1: %2.</source>
        <translation>Empfohlen für %1: %2.</translation>
    </message>
    <message>
        <source>At least %1 memory.</source>
        <translation>Mindestens %1 Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Virtio disk and network.</source>
        <translation>Virtio-Datenträger und -Netzwerk.</translation>
    </message>
    <message>
        <source>Emulated disk and network (no virtio drivers).</source>
        <translation>Emulierter Datenträger und emuliertes Netzwerk (keine virtio-Treiber).</translation>
    </message>
</context>
<context>
    <name>welkin::NewVmSourcePage</name>
    <message>
        <source>Name and installation source</source>
        <translation>Name und Installationsquelle</translation>
    </message>
    <message>
        <source>Where the new virtual machine runs, its name, and where its operating system comes from.</source>
        <translation>Wo die neue virtuelle Maschine läuft, wie sie heißt und woher ihr Betriebssystem kommt.</translation>
    </message>
    <message>
        <source>web-01</source>
        <translation>web-01</translation>
    </message>
    <message>
        <source>&amp;ISO image in a storage pool</source>
        <translation>&amp;ISO-Image in einem Speicherpool</translation>
    </message>
    <message>
        <source>&amp;Local ISO file (uploaded to a pool)</source>
        <translation>&amp;Lokale ISO-Datei (wird in einen Pool hochgeladen)</translation>
    </message>
    <message>
        <source>Import an existing &amp;disk image</source>
        <translation>Vorhandenes &amp;Datenträger-Image importieren</translation>
    </message>
    <message>
        <source>Network &amp;boot (PXE)</source>
        <translation>Netzwerk&amp;start (PXE)</translation>
    </message>
    <message>
        <source>&amp;Cloud image with cloud-init</source>
        <translation>&amp;Cloud-Image mit cloud-init</translation>
    </message>
    <message>
        <source>Install from:</source>
        <translation>Installieren von:</translation>
    </message>
    <message>
        <source>ISO image:</source>
        <translation>ISO-Image:</translation>
    </message>
    <message>
        <source>/home/me/Downloads/debian-12.iso</source>
        <translation>/home/me/Downloads/debian-12.iso</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Upload to pool:</source>
        <translation>Hochladen in Pool:</translation>
    </message>
    <message>
        <source>Choose an ISO image</source>
        <translation>ISO-Image auswählen</translation>
    </message>
    <message>
        <source>ISO images (*.iso);;All files (*)</source>
        <translation>ISO-Images (*.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Disk image:</source>
        <translation>Datenträger-Image:</translation>
    </message>
    <message>
        <source>The VM boots from this volume as it is: it is not copied.</source>
        <translation>Die VM startet unverändert von diesem Volume: Es wird nicht kopiert.</translation>
    </message>
    <message>
        <source>The VM boots from the network: the network chosen on the Hardware page needs a PXE server. A new empty disk is created for the installation.</source>
        <translation>Die VM startet über das Netzwerk: Das auf der Seite „Hardware“ gewählte Netzwerk braucht einen PXE-Server. Für die Installation wird ein neuer, leerer Datenträger erstellt.</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… (paste a public key)</source>
        <translation>ssh-ed25519 AAAA… (öffentlichen Schlüssel einfügen)</translation>
    </message>
    <message>
        <source>Optional #cloud-config lines, e.g.
packages: [qemu-guest-agent]</source>
        <translation>Optionale #cloud-config-Zeilen, z. B.
packages: [qemu-guest-agent]</translation>
    </message>
    <message>
        <source>Base image:</source>
        <translation>Basis-Image:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>SSH public key:</source>
        <translation>Öffentlicher SSH-Schlüssel:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>Extra user-data:</source>
        <translation>Zusätzliche user-data:</translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on %2</source>
        <translation>Auf %2 existiert bereits eine VM namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Choose the ISO file to upload</source>
        <translation>Wählen Sie die hochzuladende ISO-Datei</translation>
    </message>
    <message>
        <source>The file %1 does not exist</source>
        <translation>Die Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>The file %1 cannot be read</source>
        <translation>Die Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 (%2) does not fit into the %3 free in pool &apos;%4&apos;</source>
        <translation>%1 (%2) passt nicht in die %3, die in Pool &apos;%4&apos; frei sind</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already has a different volume named &apos;%2&apos;: rename the file or delete that volume</source>
        <translation>Pool &apos;%1&apos; enthält bereits ein anderes Volume namens &apos;%2&apos;: Benennen Sie die Datei um oder löschen Sie dieses Volume</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>The file is uploaded to the pool when you click Create, then attached as a CD.</source>
        <translation>Die Datei wird beim Klick auf „Erstellen“ in den Pool hochgeladen und dann als CD eingebunden.</translation>
    </message>
    <message>
        <source>&amp;Host or cloud:</source>
        <translation>&amp;Host oder Cloud:</translation>
    </message>
    <message>
        <source>The cloud&apos;s sizes, images and networks come on the next page.</source>
        <translation>Die Größen, Images und Netzwerke der Cloud folgen auf der nächsten Seite.</translation>
    </message>
    <message>
        <source>%1 (cloud)</source>
        <translation>%1 (Cloud)</translation>
    </message>
    <message>
        <source>The name is only blanks</source>
        <translation>Der Name besteht nur aus Leerzeichen</translation>
    </message>
    <message>
        <source>The name is longer than 255 characters</source>
        <translation>Der Name ist länger als 255 Zeichen</translation>
    </message>
    <message>
        <source>No host or cloud is connected: add or reconnect one first</source>
        <translation>Weder ein Host noch eine Cloud ist verbunden: Fügen Sie zuerst eine Verbindung hinzu oder stellen Sie eine wieder her</translation>
    </message>
</context>
<context>
    <name>welkin::NewVmSummaryPage</name>
    <message>
        <source>&amp;Start the VM after creating it</source>
        <translation>VM nach dem Erstellen &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Open its console</source>
        <translation>&amp;Konsole der VM öffnen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2</translation>
    </message>
    <message>
        <source>Installs from %1</source>
        <translation>Installiert von %1</translation>
    </message>
    <message>
        <source>Uploads %1 to pool &apos;%2&apos;, then installs from it</source>
        <translation>Lädt %1 in Pool &apos;%2&apos; hoch und installiert dann davon</translation>
    </message>
    <message>
        <source>Boots the existing image %1</source>
        <translation>Startet das vorhandene Image %1</translation>
    </message>
    <message>
        <source>Boots from the network (PXE)</source>
        <translation>Startet über das Netzwerk (PXE)</translation>
    </message>
    <message>
        <source>Cloud image %1 with cloud-init: user &apos;%2&apos;, host name &apos;%3&apos;</source>
        <translation>Cloud-Image %1 mit cloud-init: Benutzer &apos;%2&apos;, Hostname &apos;%3&apos;</translation>
    </message>
    <message>
        <source>no disk</source>
        <translation>kein Datenträger</translation>
    </message>
    <message>
        <source>new %1 %2 volume &apos;%3&apos; in pool &apos;%4&apos;</source>
        <translation>neues %2-Volume &apos;%3&apos; (%1) in Pool &apos;%4&apos;</translation>
    </message>
    <message>
        <source>virtual network &apos;%1&apos; (%2)</source>
        <translation>virtuelles Netzwerk &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>bridge %1 (%2)</source>
        <translation>Bridge %1 (%2)</translation>
    </message>
    <message>
        <source>user-mode (%1)</source>
        <translation>User-Mode (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>vCPUs: %1, memory: %2 MiB, disk: %3, network: %4, %5, %6</source>
        <translation>vCPUs: %1, Arbeitsspeicher: %2 MiB, Datenträger: %3, Netzwerk: %4, %5, %6</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Cop&amp;y XML</source>
        <translation>XML kop&amp;ieren</translation>
    </message>
    <message>
        <source>Create defines the VM from this definition; libvirt validates it first.</source>
        <translation>„Erstellen“ legt die VM mit dieser Definition an; libvirt prüft sie zuerst.</translation>
    </message>
</context>
<context>
    <name>welkin::NewVmWizard</name>
    <message>
        <source>New Virtual Machine</source>
        <translation>Neue virtuelle Maschine</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>The host is no longer connected</source>
        <translation>Der Host ist nicht mehr verbunden</translation>
    </message>
    <message>
        <source>Could not create the VM: %1</source>
        <translation>Die VM konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The cloud is no longer connected</source>
        <translation>Die Cloud ist nicht mehr verbunden</translation>
    </message>
    <message>
        <source>Could not create the server: %1</source>
        <translation>Der Server konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>welkin::NicDialog</name>
    <message>
        <source>&amp;Link up (cable plugged in)</source>
        <translation>&amp;Verbindung aktiv (Kabel eingesteckt)</translation>
    </message>
    <message>
        <source>Add Network Interface</source>
        <translation>Netzwerkschnittstelle hinzufügen</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Virtuelles Netzwerk</translation>
    </message>
    <message>
        <source>Bridge on the host</source>
        <translation>Bridge auf dem Host</translation>
    </message>
    <message>
        <source>e.g. br0</source>
        <translation>z. B. br0</translation>
    </message>
    <message>
        <source>virtio (fastest; Linux, Windows with drivers)</source>
        <translation>virtio (am schnellsten; Linux, Windows mit Treibern)</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <translation>von libvirt gewählt</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Bridge:</source>
        <translation>&amp;Bridge:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>&amp;MAC-Adresse:</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>The host has no virtual networks</source>
        <translation>Der Host hat keine virtuellen Netzwerke</translation>
    </message>
    <message>
        <source>Reading the host&apos;s networks…</source>
        <translation>Die Netzwerke des Hosts werden gelesen …</translation>
    </message>
    <message>
        <source>Name the host&apos;s bridge</source>
        <translation>Geben Sie die Bridge des Hosts an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bridge device name</source>
        <translation>„%1“ ist kein Bridge-Gerätename</translation>
    </message>
</context>
<context>
    <name>welkin::OpenStackConnectionPage</name>
    <message>
        <source>&amp;Remember the password (system keychain)</source>
        <translation>Passwort mer&amp;ken (Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>&amp;Import clouds.yaml…</source>
        <translation>clouds.yaml imp&amp;ortieren…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation>Application Credential</translation>
    </message>
    <message>
        <source>asked for when connecting if left empty</source>
        <translation>wird beim Verbinden abgefragt, wenn leer</translation>
    </message>
    <message>
        <source>ID from &quot;openstack application credential create&quot;</source>
        <translation>ID aus „openstack application credential create“</translation>
    </message>
    <message>
        <source>every region of the catalog (or e.g. RegionOne,RegionTwo)</source>
        <translation>alle Regionen des Katalogs (oder z. B. RegionOne,RegionTwo)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>User &amp;domain:</source>
        <translation>Benutzer&amp;domäne:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Project do&amp;main:</source>
        <translation>Projektdo&amp;mäne:</translation>
    </message>
    <message>
        <source>Credential &amp;ID:</source>
        <translation>Credential-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Auth URL:</source>
        <translation>A&amp;uth-URL:</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Authentifi&amp;zierung:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>I&amp;nterface:</source>
        <translation>Schnittstell&amp;e:</translation>
    </message>
    <message>
        <source>OpenStack</source>
        <translation>OpenStack</translation>
    </message>
    <message>
        <source>&amp;Remember the secret (system keychain)</source>
        <translation>Secret mer&amp;ken (Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Read &quot;%1&quot; from clouds.yaml at each connect (later edits of the file apply)</source>
        <translation>„%1“ bei jedem Verbinden aus clouds.yaml lesen (spätere Änderungen der Datei gelten)</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; from %2</source>
        <translation>Cloud „%1“ aus %2</translation>
    </message>
    <message>
        <source>No clouds.yaml is found any more in the standard places: import it again.</source>
        <translation>An den üblichen Orten ist keine clouds.yaml mehr zu finden: Importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Enter the Keystone auth URL, e.g. https://keystone.example.org:5000/v3.</source>
        <translation>Geben Sie die Auth-URL von Keystone ein, z. B. https://keystone.example.org:5000/v3.</translation>
    </message>
    <message>
        <source>auth URL</source>
        <translation>Auth-URL</translation>
    </message>
    <message>
        <source>Enter the OpenStack user name.</source>
        <translation>Geben Sie den OpenStack-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s domain (usually &quot;Default&quot;).</source>
        <translation>Geben Sie die Domäne des Benutzers ein (meist „Default“).</translation>
    </message>
    <message>
        <source>Enter the project whose servers Welkin shows.</source>
        <translation>Geben Sie das Projekt ein, dessen Server Welkin anzeigen soll.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s domain (usually &quot;Default&quot;).</source>
        <translation>Geben Sie die Domäne des Projekts ein (meist „Default“).</translation>
    </message>
    <message>
        <source>Enter the application credential ID (see &quot;openstack application credential list&quot;).</source>
        <translation>Geben Sie die ID der Application Credential ein (siehe „openstack application credential list“).</translation>
    </message>
    <message>
        <source>Region names cannot contain spaces; separate several regions with commas.</source>
        <translation>Regionsnamen dürfen keine Leerzeichen enthalten; trennen Sie mehrere Regionen durch Kommas.</translation>
    </message>
    <message>
        <source>The region list has an empty name: separate region names with single commas.</source>
        <translation>Die Regionsliste enthält einen leeren Namen: Trennen Sie Regionsnamen durch einzelne Kommas.</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot;: no clouds.yaml found</source>
        <translation>Cloud „%1“: keine clouds.yaml gefunden</translation>
    </message>
    <message>
        <source>unchanged (saved in the keychain, or asked for)</source>
        <translation>unverändert (im Schlüsselbund gespeichert oder wird abgefragt)</translation>
    </message>
</context>
<context>
    <name>welkin::OpenStackProvider</name>
    <message>
        <source>Incomplete OpenStack connection: %1</source>
        <translation>Unvollständige OpenStack-Verbindung: %1</translation>
    </message>
    <message>
        <source>Application credential secret for %1:</source>
        <translation>Secret der Application Credential für %1:</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>Passwort für %1 bei %2:</translation>
    </message>
    <message>
        <source>No password or secret was given</source>
        <translation>Es wurde kein Passwort und kein Secret angegeben</translation>
    </message>
    <message>
        <source>The service catalog has no compute endpoint (interface %1)</source>
        <translation>Der Dienstkatalog enthält keinen Compute-Endpunkt (Schnittstelle %1)</translation>
    </message>
    <message>
        <source>The service catalog has no compute endpoint in region %1 (interface %2)</source>
        <translation>Der Dienstkatalog enthält keinen Compute-Endpunkt in Region %1 (Schnittstelle %2)</translation>
    </message>
    <message>
        <source>The connection to %1 was closed</source>
        <translation>Die Verbindung zu %1 wurde geschlossen</translation>
    </message>
    <message>
        <source>Could not %1 %2: not connected to %3 (%4)</source>
        <translation>„%1“ für %2 nicht möglich: keine Verbindung zu %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is not a server of %2</source>
        <translation>%1 ist kein Server von %2</translation>
    </message>
    <message>
        <source>%1 (region %2)</source>
        <translation>%1 (Region %2)</translation>
    </message>
    <message>
        <source>Could not %1 %2: the service catalog has no image service (Glance) in region %3 (interface %4)</source>
        <translation>„%1“ für %2 nicht möglich: Der Dienstkatalog hat keinen Abbilddienst (Glance) in Region %3 (Schnittstelle %4)</translation>
    </message>
    <message>
        <source>list the snapshots of</source>
        <translation>die Snapshots auflisten von</translation>
    </message>
    <message>
        <source>Could not delete a snapshot of %1: no snapshot was named</source>
        <translation>Ein Snapshot von %1 konnte nicht gelöscht werden: Es wurde kein Snapshot genannt</translation>
    </message>
    <message>
        <source>Read what %1 offers</source>
        <translation>Angebot von %1 lesen</translation>
    </message>
    <message>
        <source>Could not read what %1 offers: not connected (%2)</source>
        <translation>Das Angebot von %1 konnte nicht gelesen werden: nicht verbunden (%2)</translation>
    </message>
    <message>
        <source>%1 has no region %2</source>
        <translation>%1 hat keine Region %2</translation>
    </message>
    <message>
        <source>open the console of</source>
        <translation>Konsole öffnen</translation>
    </message>
    <message>
        <source>%1 has no console while it is %2</source>
        <translation>%1 hat im Zustand %2 keine Konsole</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <source>Could not create %1: not connected to %2 (%3)</source>
        <translation>%1 konnte nicht erstellt werden: keine Verbindung zu %2 (%3)</translation>
    </message>
    <message>
        <source>Import key pair %1</source>
        <translation>Schlüsselpaar %1 importieren</translation>
    </message>
    <message>
        <source>Could not import key pair %1: not connected to %2 (%3)</source>
        <translation>Schlüsselpaar %1 konnte nicht importiert werden: keine Verbindung zu %2 (%3)</translation>
    </message>
</context>
<context>
    <name>welkin::OsCatalog</name>
    <message>
        <source>The operating system database %1 does not exist: install osinfo-db for OS defaults</source>
        <translation>Die Betriebssystem-Datenbank %1 existiert nicht: Installieren Sie osinfo-db für Standardwerte je Betriebssystem</translation>
    </message>
    <message>
        <source>Could not read the operating system database in %1: %2</source>
        <translation>Die Betriebssystem-Datenbank in %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No operating systems found in %1: install osinfo-db for OS defaults</source>
        <translation>Keine Betriebssysteme in %1 gefunden: Installieren Sie osinfo-db für Standardwerte je Betriebssystem</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>Could not read %1 as an ISO image: %2</source>
        <translation>%1 konnte nicht als ISO-Image gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>welkin::PerformancePage</name>
    <message>
        <source>Live (10 min)</source>
        <translation>Live (10 min)</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>Datenträger-E/A</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>Netzwerk-E/A</translation>
    </message>
    <message>
        <source>Point at a chart for the figures at that time.</source>
        <translation>Zeigen Sie auf ein Diagramm, um die Werte zu diesem Zeitpunkt zu sehen.</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>No figures yet for this resource.</source>
        <translation>Für diese Ressource gibt es noch keine Messwerte.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>Verlauf nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>every sample</source>
        <translation>jeder Messwert</translation>
    </message>
    <message>
        <source>1-minute averages</source>
        <translation>1-Minuten-Mittelwerte</translation>
    </message>
    <message>
        <source>1-hour averages</source>
        <translation>1-Stunden-Mittelwerte</translation>
    </message>
    <message>
        <source>No stored figures in this range.</source>
        <translation>Keine gespeicherten Messwerte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Messwerte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>%1 — CPU %2 (host share %3) · memory %4 · disk read %5, write %6 · network in %7, out %8</source>
        <extracomment>hover read-out; CPU is the VM&apos;s share of its own vCPUs (a host&apos;s utilisation), host share its share of the host</extracomment>
        <translation>%1 — CPU %2 (Host-Anteil %3) · Arbeitsspeicher %4 · Datenträger lesen %5, schreiben %6 · Netzwerk ein %7, aus %8</translation>
    </message>
</context>
<context>
    <name>welkin::PoolController</name>
    <message>
        <source>New Server &amp;Pool…</source>
        <translation>Neuer Server-&amp;Pool…</translation>
    </message>
    <message>
        <source>Group connections into a server pool (a datacenter, a rack, a cluster)</source>
        <translation>Verbindungen in einem Server-Pool gruppieren (ein Rechenzentrum, ein Rack, ein Cluster)</translation>
    </message>
    <message>
        <source>Pool name:</source>
        <translation>Poolname:</translation>
    </message>
    <message>
        <source>Server Pools</source>
        <translation>Server-Pools</translation>
    </message>
    <message>
        <source>New Server Pool</source>
        <translation>Neuer Server-Pool</translation>
    </message>
    <message>
        <source>New Sub-pool</source>
        <translation>Neuer Unterpool</translation>
    </message>
    <message>
        <source>Rename Server Pool</source>
        <translation>Server-Pool umbenennen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New Sub-pool…</source>
        <translation>Neuer Unterpool…</translation>
    </message>
    <message>
        <source>Rename Pool…</source>
        <translation>Pool umbenennen…</translation>
    </message>
    <message>
        <source>Delete Pool</source>
        <translation>Pool löschen</translation>
    </message>
    <message>
        <source>Its connections and sub-pools move up a level</source>
        <translation>Seine Verbindungen und Unterpools rücken eine Ebene nach oben</translation>
    </message>
    <message>
        <source>Move to Pool</source>
        <translation>In Pool verschieben</translation>
    </message>
    <message>
        <source>(No Pool)</source>
        <translation>(Kein Pool)</translation>
    </message>
    <message>
        <source>New Pool…</source>
        <translation>Neuer Pool…</translation>
    </message>
</context>
<context>
    <name>welkin::PoolDialog</name>
    <message>
        <source>Enter a path</source>
        <translation>Geben Sie einen Pfad ein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute path (it must start with /)</source>
        <translation>&apos;%1&apos; ist kein absoluter Pfad (er muss mit / beginnen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;..&apos;</source>
        <translation>&apos;%1&apos; enthält &apos;..&apos;</translation>
    </message>
    <message>
        <source>Start the pool when the host boots</source>
        <translation>Pool beim Hochfahren des Hosts starten</translation>
    </message>
    <message>
        <source>New Storage Pool</source>
        <translation>Neuer Speicherpool</translation>
    </message>
    <message>
        <source>e.g. iso-images</source>
        <translation>z. B. iso-images</translation>
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
        <translation>/dev/sdb /dev/sdc (leer: vorhandene Gruppe verwenden)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>NFS &amp;server:</source>
        <translation>NFS-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Export directory:</source>
        <translation>&amp;Exportverzeichnis:</translation>
    </message>
    <message>
        <source>&amp;Volume group:</source>
        <translation>&amp;Volume-Gruppe:</translation>
    </message>
    <message>
        <source>Target &amp;path:</source>
        <translation>Ziel&amp;pfad:</translation>
    </message>
    <message>
        <source>Mount &amp;point:</source>
        <translation>Einhänge&amp;punkt:</translation>
    </message>
    <message>
        <source>Device &amp;directory:</source>
        <translation>Gerätever&amp;zeichnis:</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;Name&gt;</translation>
    </message>
    <message>
        <source>where the host mounts the export</source>
        <translation>wo der Host den Export einhängt</translation>
    </message>
    <message>
        <source>A storage pool named &apos;%1&apos; already exists</source>
        <translation>Ein Speicherpool namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>Enter the volume group&apos;s name</source>
        <translation>Geben Sie den Namen der Volume-Gruppe ein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid volume group name (letters, digits, + _ . -)</source>
        <translation>&apos;%1&apos; ist kein gültiger Name für eine Volume-Gruppe (Buchstaben, Ziffern, + _ . -)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device path (/dev/…)</source>
        <translation>&apos;%1&apos; ist kein Gerätepfad (/dev/…)</translation>
    </message>
    <message>
        <source>Enter the NFS server&apos;s host name or address</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des NFS-Servers ein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation>&apos;%1&apos; ist weder ein Hostname noch eine Adresse</translation>
    </message>
    <message>
        <source>Enter the exported directory, e.g. /export/images</source>
        <translation>Geben Sie das exportierte Verzeichnis ein, z. B. /export/images</translation>
    </message>
    <message>
        <source>Enter the directory that holds the pool&apos;s volumes</source>
        <translation>Geben Sie das Verzeichnis ein, das die Volumes des Pools enthält</translation>
    </message>
    <message>
        <source>The root directory cannot be a storage pool</source>
        <translation>Das Wurzelverzeichnis kann kein Speicherpool sein</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already uses %2</source>
        <translation>Pool &apos;%1&apos; verwendet bereits %2</translation>
    </message>
    <message>
        <source>De&amp;vices:</source>
        <translation>Ge&amp;räte:</translation>
    </message>
</context>
<context>
    <name>welkin::PoolLoadReader</name>
    <message>
        <source>its connection places its own VMs (a cloud)</source>
        <translation>die Verbindung platziert ihre VMs selbst (eine Cloud)</translation>
    </message>
</context>
<context>
    <name>welkin::PoolStore</name>
    <message>
        <source>A server pool needs an id.</source>
        <translation>Ein Server-Pool benötigt eine ID.</translation>
    </message>
    <message>
        <source>A server pool needs a name.</source>
        <translation>Ein Server-Pool benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The parent pool no longer exists.</source>
        <translation>Der übergeordnete Pool existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A pool cannot be moved into itself or into one of its own sub-pools.</source>
        <translation>Ein Pool kann nicht in sich selbst oder in einen seiner Unterpools verschoben werden.</translation>
    </message>
</context>
<context>
    <name>welkin::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>Consoles</source>
        <translation>Konsolen</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Puts this page&apos;s fields back to their defaults; nothing changes until OK</source>
        <translation>Setzt die Felder dieser Seite auf ihre Standardwerte zurück; nichts ändert sich vor OK</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>How often the figures of every VM are read (CPU, memory, disk and network)</source>
        <translation>Wie oft die Messwerte jeder VM gelesen werden (CPU, Arbeitsspeicher, Datenträger und Netzwerk)</translation>
    </message>
    <message>
        <source>How often an idle connection asks the host whether it is still there</source>
        <translation>Wie oft eine untätige Verbindung beim Host nachfragt, ob er noch erreichbar ist</translation>
    </message>
    <message>
        <source>Unanswered keepalives before the host counts as unreachable</source>
        <translation>Unbeantwortete Keepalives, bevor der Host als nicht erreichbar gilt</translation>
    </message>
    <message>
        <source>Off (events only)</source>
        <translation>Aus (nur Ereignisse)</translation>
    </message>
    <message>
        <source>A full listing now and then catches what the host&apos;s events missed</source>
        <translation>Eine gelegentliche vollständige Auflistung erfasst, was die Ereignisse des Hosts verpasst haben</translation>
    </message>
    <message>
        <source>&amp;Statistics every:</source>
        <translation>&amp;Statistiken alle:</translation>
    </message>
    <message>
        <source>&amp;Keepalive every:</source>
        <translation>&amp;Keepalive alle:</translation>
    </message>
    <message>
        <source>Unreachable after &amp;missed keepalives:</source>
        <translation>Nicht erreichbar nach &amp;verpassten Keepalives:</translation>
    </message>
    <message>
        <source>Full &amp;listing every:</source>
        <translation>Vollständige &amp;Auflistung alle:</translation>
    </message>
    <message>
        <source>Defaults for libvirt connections. They apply to connections opened from now on: new ones, ones you edit or reconnect after disconnecting, and all of them at the next start. Connections that are open now keep their settings until then.</source>
        <translation>Standardwerte für libvirt-Verbindungen. Sie gelten für Verbindungen, die ab jetzt geöffnet werden: neue, bearbeitete oder nach dem Trennen neu verbundene, und beim nächsten Start für alle. Verbindungen, die jetzt offen sind, behalten ihre Einstellungen bis dahin.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep &amp;every sample for:</source>
        <translation>&amp;Jeden Messwert aufbewahren für:</translation>
    </message>
    <message>
        <source>Keep &amp;1-minute averages for:</source>
        <translation>&amp;1-Minuten-Mittelwerte aufbewahren für:</translation>
    </message>
    <message>
        <source>Keep 1-&amp;hour averages for:</source>
        <translation>1-Stunden-&amp;Mittelwerte aufbewahren für:</translation>
    </message>
    <message>
        <source>Older figures are deleted from the history in the background; charts of longer spans use the averages. Shorter times keep the history file smaller.</source>
        <translation>Ältere Messwerte werden im Hintergrund aus dem Verlauf gelöscht; Diagramme längerer Zeiträume verwenden die Mittelwerte. Kürzere Zeiten halten die Verlaufsdatei kleiner.</translation>
    </message>
    <message>
        <source>Ask before:</source>
        <translation>Nachfragen vor:</translation>
    </message>
    <message>
        <source>Unchecked actions run as soon as you choose them, on every selected VM.</source>
        <translation>Nicht markierte Aktionen werden sofort ausgeführt, sobald Sie sie wählen, und zwar für jede ausgewählte VM.</translation>
    </message>
    <message>
        <source>In a tab of the &amp;window (VNC; SPICE opens in the viewer)</source>
        <translation>In einem &amp;Tab des Fensters (VNC; SPICE öffnet sich im Viewer)</translation>
    </message>
    <message>
        <source>In the external &amp;viewer</source>
        <translation>Im externen &amp;Viewer</translation>
    </message>
    <message>
        <source>&amp;Scale the guest screen to the window</source>
        <translation>Gastbildschirm an das Fenster an&amp;passen</translation>
    </message>
    <message>
        <source>Open consoles:</source>
        <translation>Konsolen öffnen:</translation>
    </message>
    <message>
        <source>Viewer &amp;command:</source>
        <translation>Viewer-&amp;Befehl:</translation>
    </message>
    <message>
        <source>The viewer gets a .vv file on its standard input (&quot;-&quot; in the command); the password never touches the disk. Empty: remote-viewer.</source>
        <translation>Der Viewer erhält eine .vv-Datei über seine Standardeingabe („-“ im Befehl); das Passwort gelangt nie auf die Festplatte. Leer: remote-viewer.</translation>
    </message>
    <message>
        <source>Only when no connection is configured</source>
        <translation>Nur wenn keine Verbindung konfiguriert ist</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Remove Demo Host Now</source>
        <translation>Demo-Host jetzt &amp;entfernen</translation>
    </message>
    <message>
        <source>Show the &amp;demo host:</source>
        <translation>&amp;Demo-Host anzeigen:</translation>
    </message>
    <message>
        <source>The demo host is a made-up libvirt host (libvirt&apos;s test driver) to look around with. Removing it keeps it away at the next start too.</source>
        <translation>Der Demo-Host ist ein erfundener libvirt-Host (der Testtreiber von libvirt) zum Ausprobieren. Wenn Sie ihn entfernen, bleibt er auch beim nächsten Start weg.</translation>
    </message>
    <message>
        <source>Closes the demo host&apos;s connection and does not open it again</source>
        <translation>Schließt die Verbindung des Demo-Hosts und öffnet sie nicht wieder</translation>
    </message>
    <message>
        <source>The demo host is not open</source>
        <translation>Der Demo-Host ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Consoles: %1</source>
        <translation>Konsolen: %1</translation>
    </message>
</context>
<context>
    <name>welkin::PreferencesStore</name>
    <message>
        <source>Force Off and Force Reboot</source>
        <translation>Ausschalten erzwingen und Neustart erzwingen</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Delete virtual machines (the disk list of libvirt VMs is always shown)</source>
        <translation>Virtuelle Maschinen löschen (die Datenträgerliste von libvirt-VMs wird immer angezeigt)</translation>
    </message>
    <message>
        <source>Revert to or delete a snapshot</source>
        <translation>Auf einen Snapshot zurücksetzen oder einen Snapshot löschen</translation>
    </message>
    <message>
        <source>Rebuild and Revert Resize of cloud servers</source>
        <translation>Neu aufbauen und Größenänderung zurücknehmen bei Cloud-Servern</translation>
    </message>
    <message>
        <source>Remove a connection</source>
        <translation>Eine Verbindung entfernen</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not an executable program.</source>
        <translation>%1 ist kein ausführbares Programm.</translation>
    </message>
    <message>
        <source>remote-viewer is not installed: install the package &quot;virt-viewer&quot;, or give the full path of another viewer.</source>
        <translation>remote-viewer ist nicht installiert: Installieren Sie das Paket „virt-viewer“, oder geben Sie den vollständigen Pfad eines anderen Viewers an.</translation>
    </message>
    <message>
        <source>No program &quot;%1&quot; was found on the PATH: give its full path, or the name of an installed program.</source>
        <translation>Im PATH wurde kein Programm „%1“ gefunden: Geben Sie seinen vollständigen Pfad oder den Namen eines installierten Programms an.</translation>
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
        <translation>%1 stellt keine Konsolen bereit</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>Nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>The console could not be opened</source>
        <translation>Die Konsole konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 keeps no snapshots</source>
        <translation>%1 verwaltet keine Snapshots</translation>
    </message>
    <message>
        <source>List the snapshots of %1</source>
        <translation>Snapshots von %1 auflisten</translation>
    </message>
    <message>
        <source>Read what %1 offers</source>
        <translation>Angebot von %1 lesen</translation>
    </message>
    <message>
        <source>%1 cannot create servers</source>
        <translation>%1 kann keine Server erstellen</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <source>Import key pair %1</source>
        <translation>Schlüsselpaar %1 importieren</translation>
    </message>
    <message>
        <source>%1 keeps no key pairs</source>
        <translation>%1 verwaltet keine Schlüsselpaare</translation>
    </message>
</context>
<context>
    <name>welkin::QuotaGauges</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Key pairs</source>
        <translation>Schlüsselpaare</translation>
    </message>
    <message>
        <source>Server groups</source>
        <translation>Servergruppen</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (unbegrenzt)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 — nearly used up</source>
        <translation>%1 – fast aufgebraucht</translation>
    </message>
</context>
<context>
    <name>welkin::RenameVmDialog</name>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>The host is no longer connected</source>
        <translation>Der Host ist nicht mehr verbunden</translation>
    </message>
    <message>
        <source>%1 is %2: only a shut-off VM can be renamed</source>
        <translation>%1 ist nicht ausgeschaltet (%2): Nur eine ausgeschaltete VM kann umbenannt werden</translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on %2</source>
        <translation>Auf %2 existiert bereits eine VM namens &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>welkin::ResourceTableModel</name>
    <message>
        <source>%1 (%2 running)</source>
        <translation>%1 (davon %2 aktiv)</translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <extracomment>host CPU topology: sockets × cores × threads</extracomment>
        <translation>%1 × %2 × %3</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU-Modell</translation>
    </message>
    <message>
        <source>Sockets × cores × threads</source>
        <translation>Sockel × Kerne × Threads</translation>
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
        <translation>%1 T %2 h</translation>
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
        <translation>%1 von %2 belegt</translation>
    </message>
    <message>
        <source>Since the VM started, where its provider says so.</source>
        <translation>Seit dem Start der VM, sofern ihr Provider dies angibt.</translation>
    </message>
    <message>
        <source>Not known: the provider does not say when this VM started (libvirt: only for VMs seen starting while connected).</source>
        <translation>Nicht bekannt: Der Provider gibt nicht an, wann diese VM gestartet wurde (libvirt: nur für VMs, deren Start während einer bestehenden Verbindung beobachtet wurde).</translation>
    </message>
</context>
<context>
    <name>welkin::SecretStore</name>
    <message>
        <source>Secrets are stored in the system keychain.</source>
        <translation>Geheimnisse werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Passwords are kept in memory for this session only and will be asked for again next time.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Passwörter werden nur für diese Sitzung im Arbeitsspeicher gehalten und beim nächsten Mal erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>welkin::SelectionSummaryPage</name>
    <message numerus="yes">
        <source>%n VM(s) selected</source>
        <translation>
            <numerusform>%n VM ausgewählt</numerusform>
            <numerusform>%n VMs ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) selected</source>
        <translation>
            <numerusform>%n Ressource ausgewählt</numerusform>
            <numerusform>%n Ressourcen ausgewählt</numerusform>
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
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation>%1 Arbeitsspeicher</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s)</source>
        <translation>
            <numerusform>%n anderes Element</numerusform>
            <numerusform>%n andere Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::SnapshotTreeModel</name>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Disks only</source>
        <translation>Nur Datenträger</translation>
    </message>
    <message>
        <source>%1, with memory</source>
        <translation>%1, mit Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1, external disks</source>
        <translation>%1, externe Datenträger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>With memory</source>
        <translation>Mit Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>welkin::SshTunnelPool</name>
    <message>
        <source>ssh could not be started (%1); install openssh-client</source>
        <translation>ssh konnte nicht gestartet werden (%1); installieren Sie openssh-client</translation>
    </message>
    <message>
        <source>the SSH login did not complete within %1 s</source>
        <translation>Die SSH-Anmeldung wurde nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <source>no free local port for the SSH tunnel</source>
        <translation>Kein freier lokaler Port für den SSH-Tunnel</translation>
    </message>
    <message>
        <source>the SSH tunnel could not be set up: %1</source>
        <translation>Der SSH-Tunnel konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>the SSH connection to %1 ended</source>
        <translation>Die SSH-Verbindung zu %1 wurde beendet</translation>
    </message>
    <message>
        <source>SSH to %1 failed: %2</source>
        <translation>SSH zu %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>welkin::StoragePage</name>
    <message>
        <source>New Pool…</source>
        <translation>Neuer Pool…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Start the pool when the host boots</source>
        <translation>Pool beim Hochfahren des Hosts starten</translation>
    </message>
    <message>
        <source>Delete Pool…</source>
        <translation>Pool löschen…</translation>
    </message>
    <message>
        <source>New Volume…</source>
        <translation>Neues Volume…</translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation>Größe ändern…</translation>
    </message>
    <message>
        <source>Delete Volume…</source>
        <translation>Volume löschen…</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Upload a local ISO or disk image into the pool</source>
        <translation>Ein lokales ISO- oder Datenträger-Image in den Pool hochladen</translation>
    </message>
    <message>
        <source>Save the volume to a local file</source>
        <translation>Das Volume in einer lokalen Datei speichern</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Volumes in &apos;%1&apos;</source>
        <translation>Volumes in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Delete Storage Pool</source>
        <translation>Speicherpool löschen</translation>
    </message>
    <message>
        <source>Delete storage pool &apos;%1&apos;?</source>
        <translation>Speicherpool &apos;%1&apos; löschen?</translation>
    </message>
    <message>
        <source>Delete Pool</source>
        <translation>Pool löschen</translation>
    </message>
    <message>
        <source>The pool will be stopped and removed from the host.</source>
        <translation>Der Pool wird gestoppt und vom Host entfernt.</translation>
    </message>
    <message>
        <source>The pool will be removed from the host.</source>
        <translation>Der Pool wird vom Host entfernt.</translation>
    </message>
    <message>
        <source>Its files stay on disk.</source>
        <translation>Seine Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Also delete the directory %1 (it must be empty)</source>
        <translation>Auch das Verzeichnis %1 löschen (es muss leer sein)</translation>
    </message>
    <message>
        <source>Also delete the pool&apos;s data on its source</source>
        <translation>Auch die Daten des Pools auf seiner Quelle löschen</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is used by VM %2</source>
        <translation>Volume &apos;%1&apos; wird von der VM %2 verwendet</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is used by VMs %2</source>
        <translation>Volume &apos;%1&apos; wird von den VMs %2 verwendet</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>Volume löschen</translation>
    </message>
    <message>
        <source>Delete volume &apos;%1&apos; from pool &apos;%2&apos;?</source>
        <translation>Volume &apos;%1&apos; aus Pool &apos;%2&apos; löschen?</translation>
    </message>
    <message>
        <source>Its data is deleted and cannot be recovered.</source>
        <translation>Seine Daten werden gelöscht und können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Upload to Pool &apos;%1&apos;</source>
        <translation>In Pool &apos;%1&apos; hochladen</translation>
    </message>
    <message>
        <source>Disk images and ISOs (*.iso *.qcow2 *.img *.raw);;All files (*)</source>
        <translation>Datenträger-Images und ISOs (*.iso *.qcow2 *.img *.raw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A volume named &apos;%1&apos; already exists in pool &apos;%2&apos;</source>
        <translation>In Pool &apos;%2&apos; existiert bereits ein Volume namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Download Volume &apos;%1&apos;</source>
        <translation>Volume &apos;%1&apos; herunterladen</translation>
    </message>
    <message numerus="yes">
        <source>Its volumes (%n) stay on disk unless you delete them first.</source>
        <translation>
            <numerusform>Sein Volume (%n) bleibt auf der Platte, sofern Sie es nicht vorher löschen.</numerusform>
            <numerusform>Seine Volumes (%n) bleiben auf der Platte, sofern Sie sie nicht vorher löschen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::StoragePoolModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Network file system</source>
        <translation>Netzwerkdateisystem</translation>
    </message>
    <message>
        <source>LVM volume group</source>
        <translation>LVM-Volume-Gruppe</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>iSCSI target</source>
        <translation>iSCSI-Target</translation>
    </message>
    <message>
        <source>Ceph RBD</source>
        <translation>Ceph RBD</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>Nicht aktiv</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
</context>
<context>
    <name>welkin::StorageVolumeModel</name>
    <message>
        <source>%1
backed by %2</source>
        <translation>%1
basiert auf %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>welkin::StorageXml</name>
    <message>
        <source>expected &lt;%1&gt;, found &lt;%2&gt;</source>
        <translation>&lt;%1&gt; erwartet, &lt;%2&gt; gefunden</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>no &lt;%1&gt; element</source>
        <translation>kein &lt;%1&gt;-Element</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a size: &apos;%2&apos;</source>
        <translation>&lt;%1&gt; ist keine Größenangabe: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no &lt;name&gt; element</source>
        <translation>kein &lt;name&gt;-Element</translation>
    </message>
</context>
<context>
    <name>welkin::TakeSnapshotDialog</name>
    <message>
        <source>&amp;Disk only: external qcow2 overlays, no memory</source>
        <translation>Nur &amp;Datenträger: externe qcow2-Overlays, ohne Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Take Snapshot of %1</source>
        <translation>Snapshot von %1 erstellen</translation>
    </message>
    <message>
        <source>What this snapshot is for, e.g. &quot;before the kernel upgrade&quot;</source>
        <translation>Wofür dieser Snapshot ist, z. B. „vor dem Kernel-Update“</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation>Snapshot &amp;erstellen</translation>
    </message>
    <message>
        <source>The VM is running: its memory is saved too, so reverting resumes it exactly where it was. QEMU pauses it while the memory is written.</source>
        <translation>Die VM läuft: Ihr Arbeitsspeicher wird mitgesichert, ein Zurücksetzen setzt sie genau dort fort. QEMU hält sie an, während der Arbeitsspeicher geschrieben wird.</translation>
    </message>
    <message>
        <source>The VM is shut off: the snapshot holds its disks.</source>
        <translation>Die VM ist ausgeschaltet: Der Snapshot enthält ihre Datenträger.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>This VM already has a snapshot named %1</source>
        <translation>Diese VM hat bereits einen Snapshot namens %1</translation>
    </message>
    <message>
        <source>The server&apos;s disk is saved as an image in the image service. New servers can start from it; the cloud cannot turn this server back to it.</source>
        <translation>Der Datenträger des Servers wird als Abbild im Abbilddienst gespeichert. Neue Server können davon starten; die Cloud kann diesen Server nicht darauf zurücksetzen.</translation>
    </message>
    <message>
        <source>With memory, reverting resumes the VM exactly where it was. Without it, the VM must be stopped to revert to this snapshot.</source>
        <translation>Mit Arbeitsspeicher setzt das Zurücksetzen die VM genau dort fort, wo sie war. Ohne ihn muss die VM gestoppt sein, um auf diesen Snapshot zurückzusetzen.</translation>
    </message>
    <message>
        <source>The VM is stopped: the snapshot holds its disks.</source>
        <translation>Die VM ist gestoppt: Der Snapshot enthält ihre Datenträger.</translation>
    </message>
    <message>
        <source>Include the VM&apos;s &amp;memory</source>
        <translation>&amp;Arbeitsspeicher der VM einschließen</translation>
    </message>
    <message>
        <source>The snapshot name is empty</source>
        <translation>Der Snapshot-Name ist leer</translation>
    </message>
    <message>
        <source>The snapshot name is too long (%1 characters, at most %2)</source>
        <translation>Der Snapshot-Name ist zu lang (%1 Zeichen, höchstens %2)</translation>
    </message>
    <message>
        <source>The snapshot name &apos;%1&apos; contains a control character</source>
        <translation>Der Snapshot-Name „%1“ enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>The description is too long (%1 characters, at most %2)</source>
        <translation>Die Beschreibung ist zu lang (%1 Zeichen, höchstens %2)</translation>
    </message>
</context>
<context>
    <name>welkin::Task</name>
    <message>
        <source>%1 (as %2)</source>
        <extracomment>User column of a task: local account, then who the connection acts as (&quot;alice (as admin)&quot;)</extracomment>
        <translation>%1 (als %2)</translation>
    </message>
</context>
<context>
    <name>welkin::TaskDock</name>
    <message>
        <source>Filter tasks and events…</source>
        <translation>Aufgaben und Ereignisse filtern…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Laufende Aufgaben</translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation>Fehlgeschlagene Aufgaben</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Tasks and Events</source>
        <translation>Aufgaben und Ereignisse</translation>
    </message>
    <message>
        <source>Cancel Task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected task; what it made so far is removed</source>
        <translation>Die ausgewählte Aufgabe abbrechen; was sie bisher angelegt hat, wird entfernt</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Show the stored event log of earlier sessions too</source>
        <translation>Auch das gespeicherte Ereignisprotokoll früherer Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Stop following the selected task; the cloud may still complete it</source>
        <translation>Die ausgewählte Aufgabe nicht mehr verfolgen; die Cloud schließt sie möglicherweise dennoch ab</translation>
    </message>
</context>
<context>
    <name>welkin::TaskEventModel</name>
    <message>
        <source>Ended without a result</source>
        <translation>Ohne Ergebnis beendet</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Task / event</source>
        <translation>Aufgabe / Ereignis</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>welkin::TerminalCredentialHandler</name>
    <message>
        <source>(no longer asked)</source>
        <translation>(wird nicht mehr gefragt)</translation>
    </message>
</context>
<context>
    <name>welkin::TlsTrust</name>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER expected).</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat (PEM oder DER erwartet).</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). SHA-256 fingerprint %3.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). SHA-256-Fingerabdruck %3.</translation>
    </message>
    <message>
        <source>REFUSED: the server of connection %1 presented a different certificate than the one you trusted. Trusted SHA-256: %2. Presented SHA-256: %3 (subject %4, issuer %5). This can mean someone is intercepting the connection. If the server&apos;s certificate was replaced on purpose, remove the trusted certificate of this connection and connect again.</source>
        <translation>ABGELEHNT: Der Server der Verbindung %1 hat ein anderes Zertifikat vorgelegt als das, dem Sie vertraut haben. Vertrauenswürdiges SHA-256: %2. Vorgelegtes SHA-256: %3 (Inhaber %4, Aussteller %5). Das kann bedeuten, dass jemand die Verbindung abfängt. Wurde das Zertifikat des Servers absichtlich ersetzt, entfernen Sie das vertrauenswürdige Zertifikat dieser Verbindung und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: it is a directory.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: Es ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
</context>
<context>
    <name>welkin::ViewerLauncher</name>
    <message>
        <source>remote-viewer was not found. Install the package &quot;virt-viewer&quot; (for example: sudo apt install virt-viewer) or choose another viewer command.</source>
        <translation>remote-viewer wurde nicht gefunden. Installieren Sie das Paket „virt-viewer“ (zum Beispiel: sudo apt install virt-viewer) oder wählen Sie einen anderen Viewer-Befehl.</translation>
    </message>
    <message>
        <source>The viewer &quot;%1&quot; was not found.</source>
        <translation>Der Viewer „%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>This console is a web page; it opens in the browser, not in a viewer.</source>
        <translation>Diese Konsole ist eine Webseite; sie öffnet sich im Browser, nicht in einem Viewer.</translation>
    </message>
    <message>
        <source>Internal error: the SSH tunnel for this console was not set up.</source>
        <translation>Interner Fehler: Der SSH-Tunnel für diese Konsole wurde nicht eingerichtet.</translation>
    </message>
    <message>
        <source>remote-viewer cannot open a VNC console on a UNIX socket; use the embedded view.</source>
        <translation>remote-viewer kann keine VNC-Konsole auf einem UNIX-Socket öffnen; verwenden Sie die eingebettete Ansicht.</translation>
    </message>
    <message>
        <source>No viewer command is configured.</source>
        <translation>Es ist kein Viewer-Befehl konfiguriert.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The viewer exited with code %1: %2</source>
        <translation>Der Viewer wurde mit Code %1 beendet: %2</translation>
    </message>
</context>
<context>
    <name>welkin::VirtManagerImport</name>
    <message>
        <source>cannot run gsettings: %1</source>
        <translation>gsettings kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>gsettings is not installed, so virt-manager&apos;s connections cannot be read</source>
        <translation>gsettings ist nicht installiert, daher können die Verbindungen von virt-manager nicht gelesen werden</translation>
    </message>
    <message>
        <source>virt-manager&apos;s connections could not be read (is virt-manager installed?): %1</source>
        <translation>Die Verbindungen von virt-manager konnten nicht gelesen werden (ist virt-manager installiert?): %1</translation>
    </message>
    <message>
        <source>gsettings did not finish</source>
        <translation>gsettings wurde nicht beendet</translation>
    </message>
    <message>
        <source>cannot understand virt-manager&apos;s connection list: %1</source>
        <translation>Die Verbindungsliste von virt-manager ist nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>welkin::VmDetailsPage</name>
    <message>
        <source>Hard disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation>CD/DVD</translation>
    </message>
    <message>
        <source>Network (PXE)</source>
        <translation>Netzwerk (PXE)</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>Diskette</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Only VMs on libvirt hosts have hardware to edit here.
Cloud servers are changed through their flavor and volumes.</source>
        <translation>Nur VMs auf libvirt-Hosts haben hier bearbeitbare Hardware.
Cloud-Server werden über ihren Flavor und ihre Volumes geändert.</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Display and console</source>
        <translation>Anzeige und Konsole</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>Set &amp;topology by hand</source>
        <translation>&amp;Topologie selbst festlegen</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>Sockel</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>Standard des Hypervisors</translation>
    </message>
    <message>
        <source>Host passthrough (fastest, no migration to other CPUs)</source>
        <translation>Host-Passthrough (am schnellsten, keine Migration auf andere CPUs)</translation>
    </message>
    <message>
        <source>Host model (migratable to similar hosts)</source>
        <translation>Host-Modell (auf ähnliche Hosts migrierbar)</translation>
    </message>
    <message>
        <source>Named model</source>
        <translation>Benanntes Modell</translation>
    </message>
    <message>
        <source>e.g. Skylake-Server, qemu64</source>
        <translation>z. B. Skylake-Server, qemu64</translation>
    </message>
    <message>
        <source>v&amp;CPUs at start:</source>
        <translation>v&amp;CPUs beim Start:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum vCPUs:</source>
        <translation>Ma&amp;ximale vCPUs:</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>Topologie:</translation>
    </message>
    <message>
        <source>CPU &amp;mode:</source>
        <translation>CPU-&amp;Modus:</translation>
    </message>
    <message>
        <source>CPU m&amp;odel:</source>
        <translation>CPU-M&amp;odell:</translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation>A&amp;ktuell:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum:</translation>
    </message>
    <message>
        <source>Balloon:</source>
        <translation>Balloon:</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Show the boot &amp;menu</source>
        <translation>Start&amp;menü anzeigen</translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation>Mit dem &amp;Host starten</translation>
    </message>
    <message>
        <source>Boot &amp;order:</source>
        <translation>Start&amp;reihenfolge:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation>Autostart:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>libvirt&apos;s default (usually 127.0.0.1)</source>
        <translation>Standard von libvirt (meist 127.0.0.1)</translation>
    </message>
    <message>
        <source>No &amp;password</source>
        <translation>Kein &amp;Passwort</translation>
    </message>
    <message>
        <source>Serial &amp;console</source>
        <translation>Serielle &amp;Konsole</translation>
    </message>
    <message>
        <source>&amp;Graphics:</source>
        <translation>&amp;Grafik:</translation>
    </message>
    <message>
        <source>&amp;Listen address:</source>
        <translation>&amp;Lauschadresse:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Add &amp;Disk…</source>
        <translation>&amp;Datenträger hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Eject</source>
        <translation>Aus&amp;werfen</translation>
    </message>
    <message>
        <source>&amp;Insert Medium…</source>
        <translation>Medium &amp;einlegen …</translation>
    </message>
    <message>
        <source>Add &amp;Interface…</source>
        <translation>Schnittstelle &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Link Down</source>
        <translation>&amp;Verbindung trennen</translation>
    </message>
    <message>
        <source>The definition was changed elsewhere. Revert to see it; Apply would be refused.</source>
        <translation>Die Definition wurde anderswo geändert. Verwerfen zeigt sie; Anwenden würde abgelehnt.</translation>
    </message>
    <message>
        <source>yes: the memory of the running VM can change</source>
        <translation>ja: der Arbeitsspeicher der laufenden VM kann sich ändern</translation>
    </message>
    <message>
        <source>none: memory changes wait for the next start</source>
        <translation>keiner: Speicheränderungen warten auf den nächsten Start</translation>
    </message>
    <message>
        <source>The host has %1.</source>
        <translation>Der Host hat %1.</translation>
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
        <translation>gesetzt (zum Ändern tippen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Added, not applied yet</source>
        <translation>Hinzugefügt, noch nicht angewendet</translation>
    </message>
    <message>
        <source>Added, not applied yet: a new %1 volume</source>
        <translation>Hinzugefügt, noch nicht angewendet: ein neues Volume mit %1</translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation>Geändert, noch nicht angewendet</translation>
    </message>
    <message>
        <source>Pending until restart: not attached to the running VM</source>
        <translation>Wartet auf Neustart: nicht an die laufende VM angeschlossen</translation>
    </message>
    <message>
        <source>Pending until restart: the running VM has %1</source>
        <translation>Wartet auf Neustart: die laufende VM hat %1</translation>
    </message>
    <message>
        <source>Pending until restart</source>
        <translation>Wartet auf Neustart</translation>
    </message>
    <message>
        <source>Removed, not applied yet</source>
        <translation>Entfernt, noch nicht angewendet</translation>
    </message>
    <message>
        <source>Pending until restart: still attached to the running VM</source>
        <translation>Wartet auf Neustart: noch an die laufende VM angeschlossen</translation>
    </message>
    <message>
        <source>Pending until restart: link up on the running VM</source>
        <translation>Wartet auf Neustart: Verbindung der laufenden VM aktiv</translation>
    </message>
    <message>
        <source>Pending until restart: link down on the running VM</source>
        <translation>Wartet auf Neustart: Verbindung der laufenden VM getrennt</translation>
    </message>
    <message>
        <source>Pending until restart. Running now: vCPUs %1, maximum %2.</source>
        <translation>Wartet auf Neustart. Läuft jetzt: vCPUs %1, maximal %2.</translation>
    </message>
    <message>
        <source>Pending until restart: the CPU mode, model or topology.</source>
        <translation>Wartet auf Neustart: CPU-Modus, -Modell oder -Topologie.</translation>
    </message>
    <message>
        <source>Pending until restart. Running now: %1, maximum %2.</source>
        <translation>Wartet auf Neustart. Läuft jetzt: %1, maximal %2.</translation>
    </message>
    <message>
        <source>The running VM has %1 now: the guest gives memory back to the balloon only with its driver loaded.</source>
        <translation>Die laufende VM hat jetzt %1: Der Gast gibt Speicher nur mit geladenem Treiber an den Balloon zurück.</translation>
    </message>
    <message>
        <source>Pending until restart: the boot order or menu.</source>
        <translation>Wartet auf Neustart: Startreihenfolge oder -menü.</translation>
    </message>
    <message>
        <source>Pending until restart: the display or console.</source>
        <translation>Wartet auf Neustart: Anzeige oder Konsole.</translation>
    </message>
    <message>
        <source>Pending until restart: %1.</source>
        <translation>Wartet auf Neustart: %1.</translation>
    </message>
    <message>
        <source>&amp;Link Up</source>
        <translation>&amp;Verbindung herstellen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Some changes wait for the next start of the VM: they are marked below.</source>
        <translation>Einige Änderungen warten auf den nächsten Start der VM: Sie sind unten markiert.</translation>
    </message>
    <message>
        <source>The running VM has the changes too.</source>
        <translation>Die laufende VM hat die Änderungen ebenfalls.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>welkin::VmHardwareXml</name>
    <message>
        <source>A VM needs at least 1 vCPU at start</source>
        <translation>Eine VM braucht beim Start mindestens 1 vCPU</translation>
    </message>
    <message>
        <source>The maximum number of vCPUs must be at least 1</source>
        <translation>Die maximale Zahl der vCPUs muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>%1 vCPUs at start is more than the maximum of %2</source>
        <translation>%1 vCPUs beim Start sind mehr als das Maximum von %2</translation>
    </message>
    <message>
        <source>%1 vCPUs is more than this host allows for a VM (%2)</source>
        <translation>%1 vCPUs sind mehr, als dieser Host einer VM erlaubt (%2)</translation>
    </message>
    <message>
        <source>%1 sockets × %2 cores × %3 threads does not make the maximum of %4 vCPUs</source>
        <translation>%1 Sockel × %2 Kerne × %3 Threads ergeben nicht das Maximum von %4 vCPUs</translation>
    </message>
    <message>
        <source>The maximum memory cannot be 0</source>
        <translation>Der maximale Arbeitsspeicher kann nicht 0 sein</translation>
    </message>
    <message>
        <source>Memory cannot be 0</source>
        <translation>Der Arbeitsspeicher kann nicht 0 sein</translation>
    </message>
    <message>
        <source>Memory %1 is above the maximum of %2</source>
        <translation>Arbeitsspeicher %1 liegt über dem Maximum von %2</translation>
    </message>
    <message>
        <source>The host has only %1 of memory</source>
        <translation>Der Host hat nur %1 Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Unknown boot device %1 (hd, cdrom, network or fd)</source>
        <translation>Unbekanntes Startgerät %1 (hd, cdrom, network oder fd)</translation>
    </message>
    <message>
        <source>Boot device %1 is listed twice</source>
        <translation>Startgerät %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>A disk has no target</source>
        <translation>Ein Datenträger hat kein Ziel</translation>
    </message>
    <message>
        <source>Target %1 is used by two disks</source>
        <translation>Ziel %1 wird von zwei Datenträgern benutzt</translation>
    </message>
    <message>
        <source>Target %1 does not fit bus %2 (use %3…)</source>
        <translation>Ziel %1 passt nicht zu Bus %2 (verwenden Sie %3…)</translation>
    </message>
    <message>
        <source>Disk %1 has no image</source>
        <translation>Datenträger %1 hat kein Abbild</translation>
    </message>
    <message>
        <source>Disk %1 needs both a pool and a volume</source>
        <translation>Datenträger %1 braucht einen Pool und ein Volume</translation>
    </message>
    <message>
        <source>MAC %1 is not a MAC address (six hex pairs like 52:54:00:12:34:56)</source>
        <translation>MAC %1 ist keine MAC-Adresse (sechs Hex-Paare wie 52:54:00:12:34:56)</translation>
    </message>
    <message>
        <source>MAC %1 is a multicast address</source>
        <translation>MAC %1 ist eine Multicast-Adresse</translation>
    </message>
    <message>
        <source>MAC %1 is used by two NICs of this VM</source>
        <translation>MAC %1 wird von zwei Netzwerkkarten dieser VM benutzt</translation>
    </message>
    <message>
        <source>MAC %1 is already used by another VM on this host</source>
        <translation>MAC %1 wird bereits von einer anderen VM auf diesem Host benutzt</translation>
    </message>
    <message>
        <source>Listen address %1 is not an IP address</source>
        <translation>Lauschadresse %1 ist keine IP-Adresse</translation>
    </message>
</context>
<context>
    <name>welkin::VmManageActions</name>
    <message>
        <source>New VM…</source>
        <translation>Neue VM…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Klonen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Start with the Host (Autostart)</source>
        <translation>Mit dem Host starten (Autostart)</translation>
    </message>
    <message>
        <source>Shut the VM off first</source>
        <translation>Schalten Sie die VM zuerst aus</translation>
    </message>
    <message>
        <source>Copy this VM and its disks</source>
        <translation>Diese VM samt ihren Datenträgern kopieren</translation>
    </message>
    <message>
        <source>Give this VM another name</source>
        <translation>Dieser VM einen anderen Namen geben</translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation>Snapshot erstellen …</translation>
    </message>
    <message>
        <source>Create a virtual machine on a libvirt host or a cloud (%1)</source>
        <translation>Eine virtuelle Maschine auf einem libvirt-Host oder in einer Cloud erstellen (%1)</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message numerus="yes">
        <source>Take Snapshot of %n VM(s)…</source>
        <translation>
            <numerusform>Snapshot von %n VM erstellen…</numerusform>
            <numerusform>Snapshot von %n VMs erstellen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::VmManager</name>
    <message>
        <source>%1 is %2: shut it down before cloning</source>
        <translation>%1 ist nicht ausgeschaltet (%2): Fahren Sie die VM vor dem Klonen herunter</translation>
    </message>
    <message>
        <source>Could not read the definition of %1</source>
        <translation>Die Definition von %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the disks of %1: %2</source>
        <translation>Die Datenträger von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Disk %1 of %2 is a network disk: Welkin can only copy volumes of a storage pool</source>
        <translation>Datenträger %1 von %2 ist ein Netzwerk-Datenträger: Welkin kann nur Volumes eines Speicherpools kopieren</translation>
    </message>
    <message>
        <source>Disk %1 of %2 (%3) is not in a storage pool: Welkin can only copy volumes of a pool</source>
        <translation>Datenträger %1 von %2 (%3) liegt in keinem Speicherpool: Welkin kann nur Volumes eines Pools kopieren</translation>
    </message>
    <message>
        <source>Could not read disk %1 of %2</source>
        <translation>Datenträger %1 von %2 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cloning %1 was cancelled</source>
        <translation>Das Klonen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>Creating the overlay of %1 (%2 of %3)</source>
        <translation>Overlay von %1 wird erstellt (%2 von %3)</translation>
    </message>
    <message>
        <source>Copying %1 (%2 of %3)</source>
        <translation>%1 wird kopiert (%2 von %3)</translation>
    </message>
    <message>
        <source>Copying %1 needs %2, pool &apos;%3&apos; has %4 free</source>
        <translation>Das Kopieren von %1 braucht %2, Pool &apos;%3&apos; hat nur %4 frei</translation>
    </message>
    <message>
        <source>Could not copy disk %1 of %2 into pool &apos;%3&apos;</source>
        <translation>Datenträger %1 von %2 konnte nicht in Pool &apos;%3&apos; kopiert werden</translation>
    </message>
    <message>
        <source>Could not read the path of the copy of %1</source>
        <translation>Der Pfad der Kopie von %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not write the definition of %1: %2</source>
        <translation>Die Definition von %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not define %1</source>
        <translation>%1 konnte nicht definiert werden</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not read the domain capabilities of %1</source>
        <translation>Die Domain-Capabilities von %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the domain capabilities of %1: %2</source>
        <translation>Die Domain-Capabilities von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>UEFI firmware is not available on this host (no loader in the domain capabilities)</source>
        <translation>Auf diesem Host ist keine UEFI-Firmware verfügbar (kein Loader in den Domain-Capabilities)</translation>
    </message>
    <message>
        <source>ISO %1 does not exist on the host</source>
        <translation>ISO %1 existiert nicht auf dem Host</translation>
    </message>
    <message>
        <source>ISO %1 does not exist on this computer</source>
        <translation>ISO %1 existiert nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Choose a storage pool to upload %1 to</source>
        <translation>Wählen Sie einen Speicherpool, in den %1 hochgeladen wird</translation>
    </message>
    <message>
        <source>Disk image %1 does not exist on the host</source>
        <translation>Datenträger-Image %1 existiert nicht auf dem Host</translation>
    </message>
    <message>
        <source>Cloud image %1 does not exist on the host</source>
        <translation>Cloud-Image %1 existiert nicht auf dem Host</translation>
    </message>
    <message>
        <source>Choose a storage pool for the disk of %1</source>
        <translation>Wählen Sie einen Speicherpool für den Datenträger von %1</translation>
    </message>
    <message>
        <source>Choose the existing disk for %1</source>
        <translation>Wählen Sie den vorhandenen Datenträger für %1</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; already has a different volume named &apos;%2&apos;: rename the ISO or delete that volume</source>
        <translation>Pool &apos;%1&apos; enthält bereits ein anderes Volume namens &apos;%2&apos;: Benennen Sie das ISO-Image um oder löschen Sie dieses Volume</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <source>Creating %1 was cancelled</source>
        <translation>Das Erstellen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>Creating the disk on top of the cloud image</source>
        <translation>Datenträger auf Basis des Cloud-Images wird erstellt</translation>
    </message>
    <message>
        <source>Building the cloud-init seed</source>
        <translation>cloud-init-Seed-Image wird erstellt</translation>
    </message>
    <message>
        <source>Creating the disk</source>
        <translation>Datenträger wird erstellt</translation>
    </message>
    <message>
        <source>Defining %1</source>
        <translation>%1 wird definiert</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
    <message>
        <source>The connection was closed</source>
        <translation>Die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>Read what %1 offers new VMs</source>
        <translation>Fähigkeiten von %1 für neue VMs lesen</translation>
    </message>
    <message>
        <source>List VMs</source>
        <translation>VMs auflisten</translation>
    </message>
    <message>
        <source>List the VMs of %1</source>
        <translation>VMs von %1 auflisten</translation>
    </message>
    <message>
        <source>Create VM %1</source>
        <translation>VM %1 erstellen</translation>
    </message>
    <message>
        <source>Clone %1 to %2</source>
        <translation>%1 als %2 klonen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Turn on autostart of %1</source>
        <translation>Autostart von %1 einschalten</translation>
    </message>
    <message>
        <source>Turn off autostart of %1</source>
        <translation>Autostart von %1 ausschalten</translation>
    </message>
    <message>
        <source>Read the autostart flag of %1</source>
        <translation>Autostart-Einstellung von %1 lesen</translation>
    </message>
    <message>
        <source>Read the disks of %1</source>
        <translation>Datenträger von %1 lesen</translation>
    </message>
    <message>
        <source>Delete VM %1</source>
        <translation>VM %1 löschen</translation>
    </message>
    <message>
        <source>The VM %1 no longer exists</source>
        <translation>Die VM %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>im Ruhezustand</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>wird heruntergefahren</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>A VM named &apos;%1&apos; already exists on %2</source>
        <translation>Auf %2 existiert bereits eine VM namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the new VM could not be undefined (%1)</source>
        <translation>die Definition der neuen VM konnte nicht entfernt werden (%1)</translation>
    </message>
    <message>
        <source>Could not read the host&apos;s capabilities</source>
        <translation>Die Capabilities des Hosts konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the domain capabilities for %1</source>
        <translation>Die Domain-Capabilities für %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the domain capabilities: %1</source>
        <translation>Die Domain-Capabilities konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not list the VMs</source>
        <translation>Die VMs konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>%1 is %2: shut it down before renaming it</source>
        <translation>%1 ist nicht ausgeschaltet (%2): Fahren Sie die VM vor dem Umbenennen herunter</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>%1 konnte nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>Could not turn on autostart of %1</source>
        <translation>Der Autostart von %1 konnte nicht eingeschaltet werden</translation>
    </message>
    <message>
        <source>Could not turn off autostart of %1</source>
        <translation>Der Autostart von %1 konnte nicht ausgeschaltet werden</translation>
    </message>
    <message>
        <source>Could not read the autostart flag of %1</source>
        <translation>Die Autostart-Einstellung von %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not force %1 off</source>
        <translation>Das Ausschalten von %1 konnte nicht erzwungen werden</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 was kept: VM &apos;%2&apos; uses it</source>
        <translation>%1 wurde behalten: wird von der VM &apos;%2&apos; verwendet</translation>
    </message>
    <message>
        <source>Deleted %1, but not all of its disks: %2</source>
        <translation>%1 wurde gelöscht, aber nicht alle Datenträger: %2</translation>
    </message>
    <message>
        <source>Read the definition of %1</source>
        <translation>Definition von %1 lesen</translation>
    </message>
    <message>
        <source>Change the definition of %1</source>
        <translation>Definition von %1 ändern</translation>
    </message>
    <message>
        <source>Could not change the definition of %1: %2</source>
        <translation>Die Definition von %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>libvirt refused the definition of %1</source>
        <translation>libvirt hat die Definition von %1 abgelehnt</translation>
    </message>
    <message>
        <source>List the snapshots of %1</source>
        <translation>Snapshots von %1 auflisten</translation>
    </message>
    <message>
        <source>Take snapshot %1 of %2</source>
        <translation>Snapshot %1 von %2 erstellen</translation>
    </message>
    <message>
        <source>Revert %1 to snapshot %2</source>
        <translation>%1 auf Snapshot %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2 and its children</source>
        <translation>Snapshot %1 von %2 mit seinen Kindern löschen</translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2</source>
        <translation>Snapshot %1 von %2 löschen</translation>
    </message>
    <message>
        <source>%1 has no snapshot named %2</source>
        <translation>%1 hat keinen Snapshot namens %2</translation>
    </message>
    <message>
        <source>Could not find snapshot %1 of %2</source>
        <translation>Snapshot %1 von %2 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Could not list the snapshots of %1</source>
        <translation>Die Snapshots von %1 konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not take snapshot %1 of %2</source>
        <translation>Snapshot %1 von %2 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 already has a snapshot named %2</source>
        <translation>%1 hat bereits einen Snapshot namens %2</translation>
    </message>
    <message>
        <source>%1: internal snapshots need qcow2 disks, and %2 is not. Take a disk-only snapshot instead.</source>
        <translation>%1: Interne Snapshots brauchen qcow2-Datenträger, %2 ist keiner. Stattdessen einen reinen Datenträger-Snapshot erstellen.</translation>
    </message>
    <message>
        <source>Could not revert %1 to snapshot %2</source>
        <translation>%1 konnte nicht auf Snapshot %2 zurückgesetzt werden</translation>
    </message>
    <message>
        <source>Could not delete snapshot %1 of %2</source>
        <translation>Snapshot %1 von %2 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not list the snapshots below %1 of %2</source>
        <translation>Die Snapshots unter %1 von %2 konnten nicht aufgelistet werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n snapshot(s) below it were deleted first)</source>
        <translation>
            <numerusform>%1 (%n Snapshot darunter wurde zuvor gelöscht)</numerusform>
            <numerusform>%1 (%n Snapshots darunter wurden zuvor gelöscht)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the hardware of %1: %2</source>
        <translation>Die Hardware von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not change the hardware of %1: %2</source>
        <translation>Die Hardware von %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>its definition was changed elsewhere since it was loaded; reload and edit again</source>
        <translation>ihre Definition wurde seit dem Laden anderswo geändert; neu laden und erneut bearbeiten</translation>
    </message>
    <message>
        <source>libvirt refused the new hardware of %1</source>
        <translation>libvirt hat die neue Hardware von %1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 waits for the next start: %2</source>
        <translation>%1 wartet auf den nächsten Start: %2</translation>
    </message>
    <message>
        <source>Changing the vCPUs of the running VM</source>
        <translation>Das Ändern der vCPUs der laufenden VM</translation>
    </message>
    <message>
        <source>Changing the memory of the running VM</source>
        <translation>Das Ändern des Arbeitsspeichers der laufenden VM</translation>
    </message>
    <message>
        <source>Removing %1 from the running VM</source>
        <translation>Das Entfernen von %1 aus der laufenden VM</translation>
    </message>
    <message>
        <source>Adding %1 to the running VM</source>
        <translation>Das Hinzufügen von %1 zur laufenden VM</translation>
    </message>
    <message>
        <source>Ejecting the medium of %1</source>
        <translation>Das Auswerfen des Mediums von %1</translation>
    </message>
    <message>
        <source>Inserting the medium into %1</source>
        <translation>Das Einlegen des Mediums in %1</translation>
    </message>
    <message>
        <source>Removing NIC %1 from the running VM</source>
        <translation>Das Entfernen der Netzwerkkarte %1 aus der laufenden VM</translation>
    </message>
    <message>
        <source>Adding NIC %1 to the running VM</source>
        <translation>Das Hinzufügen der Netzwerkkarte %1 zur laufenden VM</translation>
    </message>
    <message>
        <source>Bringing the link of %1 up</source>
        <translation>Das Herstellen der Verbindung von %1</translation>
    </message>
    <message>
        <source>Taking the link of %1 down</source>
        <translation>Das Trennen der Verbindung von %1</translation>
    </message>
    <message>
        <source>Read the hardware of %1</source>
        <translation>Hardware von %1 lesen</translation>
    </message>
    <message>
        <source>Change the hardware of %1</source>
        <translation>Hardware von %1 ändern</translation>
    </message>
    <message>
        <source>Describe snapshot %1 of %2</source>
        <translation>Snapshot %1 von %2 beschreiben</translation>
    </message>
    <message>
        <source>Could not read snapshot %1 of %2</source>
        <translation>Snapshot %1 von %2 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read snapshot %1 of %2: %3</source>
        <translation>Snapshot %1 von %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Could not change the description of snapshot %1 of %2</source>
        <translation>Die Beschreibung von Snapshot %1 von %2 konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Check the migration of %1</source>
        <translation>Migration von %1 prüfen</translation>
    </message>
    <message>
        <source>Migrate %1 to %2</source>
        <translation>%1 nach %2 migrieren</translation>
    </message>
    <message>
        <source>Could not connect to the destination %1</source>
        <translation>Keine Verbindung zum Ziel %1 möglich</translation>
    </message>
    <message>
        <source>the definition describes no CPU</source>
        <translation>die Definition beschreibt keine CPU</translation>
    </message>
    <message>
        <source>%1 is still defined, shut off, on %2</source>
        <translation>%1 ist auf %2 noch definiert, aber ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 is still %2 on %3</source>
        <translation>%1 ist auf %3 noch %2</translation>
    </message>
    <message>
        <source>%1 is %2 on %3</source>
        <translation>%1 ist auf %3 %2</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 is on neither %2 nor %3 now</source>
        <translation>%1 ist jetzt weder auf %2 noch auf %3</translation>
    </message>
    <message>
        <source>the copy of %1 on %2 could not be removed</source>
        <translation>die Kopie von %1 auf %2 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source> · post-copy</source>
        <translation> · Post-Copy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Could not read the definition of %1: %2</source>
        <translation>Die Definition von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not migrate %1 to %2</source>
        <translation>%1 konnte nicht nach %2 migriert werden</translation>
    </message>
    <message>
        <source>%1: it is %2</source>
        <translation>%1: Die VM ist %2</translation>
    </message>
    <message>
        <source>%1: it is shut off, and a live migration needs it running</source>
        <translation>%1: Die VM ist ausgeschaltet, und eine Live-Migration erfordert eine laufende VM</translation>
    </message>
    <message>
        <source>%1: it is shut off, and libvirt copies disks only while a VM runs</source>
        <translation>%1: Die VM ist ausgeschaltet, und libvirt kopiert Datenträger nur, während eine VM läuft</translation>
    </message>
    <message>
        <source>%1: could not read its definition: %2</source>
        <translation>%1: Die Definition konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>%1; its definition on %2 is kept: %3</source>
        <translation>%1; die Definition auf %2 bleibt erhalten: %3</translation>
    </message>
    <message>
        <source>%1; not cancelled: %2</source>
        <translation>%1; nicht abgebrochen: %2</translation>
    </message>
    <message>
        <source>it had finished</source>
        <translation>die Migration war bereits abgeschlossen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
</context>
<context>
    <name>welkin::VmOverviewPage</name>
    <message>
        <source>Provider details</source>
        <translation>Provider-Details</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
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
        <translation>Quelle</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>Host-Gerät</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschadresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TLS port</source>
        <translation>TLS-Port</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>This VM no longer exists</source>
        <translation>Diese VM existiert nicht mehr</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Maximum memory</source>
        <translation>Maximaler Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>The embedded VNC/SPICE console is coming in a later release.
Until then, use virt-viewer or remote-viewer with the address shown on the Overview page.</source>
        <translation>Die eingebettete VNC/SPICE-Konsole folgt in einer späteren Version.
Bis dahin verwenden Sie virt-viewer oder remote-viewer mit der Adresse auf der Seite „Übersicht“.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Performance charts (CPU, memory, disk and network history) are coming in a later release.
The VM table already shows a live CPU sparkline.</source>
        <translation>Leistungsdiagramme (Verlauf von CPU, Arbeitsspeicher, Datenträgern und Netzwerk) folgen in einer späteren Version.
Die VM-Tabelle zeigt bereits eine Live-Kurve der CPU-Last.</translation>
    </message>
    <message>
        <source>Alert: %1 (%2): %3 since %4</source>
        <extracomment>one line per active alert on the VM overview: &quot;Alert: CPU high (cpu &gt; 50 for 10 s): 97.0 % since 14:03&quot;</extracomment>
        <translation>Alarm: %1 (%2): %3 seit %4</translation>
    </message>
    <message>
        <source> · acknowledged</source>
        <translation> · bestätigt</translation>
    </message>
</context>
<context>
    <name>welkin::VmSnapshotsPage</name>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>Snapshot &amp;erstellen …</translation>
    </message>
    <message>
        <source>&amp;Revert to Snapshot…</source>
        <translation>Auf Snapshot &amp;zurücksetzen …</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot…</source>
        <translation>Snapshot &amp;löschen …</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 has %n snapshot(s) below it. Delete them too, or only %1 (they then hang from its parent)?</source>
        <translation>
            <numerusform>Unter Snapshot %1 liegt %n Snapshot. Ihn mitlöschen oder nur %1 (er hängt dann an dessen Elternteil)?</numerusform>
            <numerusform>Unter Snapshot %1 liegen %n Snapshots. Sie mitlöschen oder nur %1 (sie hängen dann an dessen Elternteil)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete with Children</source>
        <translation>Mit Kindern löschen</translation>
    </message>
    <message>
        <source>Delete Only %1</source>
        <translation>Nur %1 löschen</translation>
    </message>
    <message>
        <source>Snapshot %1 taken.</source>
        <translation>Snapshot %1 erstellt.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>Revert %1 to snapshot %2?

The VM&apos;s present state is lost: every change to its disks since %2 was taken%3, unless another snapshot holds it. Afterwards %1 is %4, as it was then.</source>
        <translation>%1 auf Snapshot %2 zurücksetzen?

Der jetzige Zustand der VM geht verloren: jede Änderung an ihren Datenträgern seit %2%3, sofern kein anderer Snapshot sie enthält. Danach ist %1 %4, wie damals.</translation>
    </message>
    <message>
        <source>, and what it is running now</source>
        <translation> und was sie gerade ausführt</translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation>Auf Snapshot zurücksetzen</translation>
    </message>
    <message>
        <source>Revert to %1</source>
        <translation>Auf %1 zurücksetzen</translation>
    </message>
    <message>
        <source>%1 reverted to snapshot %2.</source>
        <translation>%1 auf Snapshot %2 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2? It cannot be reverted to afterwards.</source>
        <translation>Snapshot %1 von %2 löschen? Danach kann nicht mehr auf ihn zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 and the %n below it deleted.</source>
        <translation>
            <numerusform>Snapshot %1 und %n darunter gelöscht.</numerusform>
            <numerusform>Snapshot %1 und %n darunter gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 deleted.</source>
        <translation>Snapshot %1 gelöscht.</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Edit Descri&amp;ption…</source>
        <translation>Beschrei&amp;bung bearbeiten …</translation>
    </message>
    <message>
        <source>Snapshot Description</source>
        <translation>Snapshot-Beschreibung</translation>
    </message>
    <message>
        <source>Description of snapshot %1:</source>
        <translation>Beschreibung von Snapshot %1:</translation>
    </message>
    <message>
        <source>Description of %1 saved.</source>
        <translation>Beschreibung von %1 gespeichert.</translation>
    </message>
    <message>
        <source>This cloud keeps snapshots as images: start a new server from one, or rebuild this server from it. A server cannot be reverted to an image.</source>
        <translation>Diese Cloud speichert Snapshots als Abbilder: Starten Sie daraus einen neuen Server oder bauen Sie diesen Server daraus neu auf. Ein Server kann nicht auf ein Abbild zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>%1 keeps no snapshots.</source>
        <translation>%1 verwaltet keine Snapshots.</translation>
    </message>
    <message>
        <source>The connection of this VM is gone.</source>
        <translation>Die Verbindung dieser VM besteht nicht mehr.</translation>
    </message>
    <message>
        <source>Delete image %1 of %2? No new server can start from it afterwards.</source>
        <translation>Abbild %1 von %2 löschen? Danach kann kein neuer Server mehr davon starten.</translation>
    </message>
    <message numerus="yes">
        <source>The %n snapshot(s) below it stay, below its parent.</source>
        <translation>
            <numerusform>Der %n Snapshot darunter bleibt, unter seinem Elternteil.</numerusform>
            <numerusform>Die %n Snapshots darunter bleiben, unter seinem Elternteil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation>Abbild löschen</translation>
    </message>
</context>
<context>
    <name>welkin::VmXmlPage</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>Änderungen &amp;prüfen …</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>&amp;Zurück zum Bearbeiten</translation>
    </message>
    <message>
        <source>Only VMs on libvirt hosts have an XML definition to edit.
Cloud servers are changed through their flavor and volumes.</source>
        <translation>Nur VMs auf libvirt-Hosts haben eine bearbeitbare XML-Definition.
Cloud-Server werden über ihren Flavor und ihre Volumes geändert.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>The VM is running: the changes below take effect when it next starts.</source>
        <translation>Die VM läuft: Die folgenden Änderungen wirken ab ihrem nächsten Start.</translation>
    </message>
    <message>
        <source>These changes are written when you press Apply.</source>
        <translation>Diese Änderungen werden mit „Anwenden“ geschrieben.</translation>
    </message>
    <message>
        <source>Saved. The VM is running: the new definition is pending until it restarts.</source>
        <translation>Gespeichert. Die VM läuft: Die neue Definition gilt erst nach ihrem Neustart.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
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
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The console password was refused by %1 (%2).</source>
        <translation>Das Konsolenpasswort wurde von %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The connection was closed by the server.</source>
        <translation>Die Verbindung wurde vom Server geschlossen.</translation>
    </message>
    <message>
        <source>The connection was closed: %1</source>
        <translation>Die Verbindung wurde geschlossen: %1</translation>
    </message>
</context>
<context>
    <name>welkin::VncView</name>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
</context>
<context>
    <name>welkin::VolumeDialog</name>
    <message>
        <source>New Volume</source>
        <translation>Neues Volume</translation>
    </message>
    <message>
        <source>Resize Volume</source>
        <translation>Volume-Größe ändern</translation>
    </message>
    <message>
        <source>e.g. data.qcow2</source>
        <translation>z. B. data.qcow2</translation>
    </message>
    <message>
        <source>qcow2 (grows on demand, snapshots)</source>
        <translation>qcow2 (wächst bei Bedarf, Snapshots)</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>New &amp;size:</source>
        <translation>Neue &amp;Größe:</translation>
    </message>
    <message>
        <source>%1 free in pool &apos;%2&apos;</source>
        <translation>%1 frei in Pool &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; is not active</source>
        <translation>Pool &apos;%1&apos; ist nicht aktiv</translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation>Derzeit %1.</translation>
    </message>
    <message>
        <source>A volume named &apos;%1&apos; already exists in pool &apos;%2&apos;</source>
        <translation>In Pool &apos;%2&apos; existiert bereits ein Volume namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Enter a size larger than zero</source>
        <translation>Geben Sie eine Größe größer als null ein</translation>
    </message>
    <message>
        <source>The new size must be larger than the current %1 (volumes only grow)</source>
        <translation>Die neue Größe muss über der aktuellen Größe von %1 liegen (Volumes können nur wachsen)</translation>
    </message>
    <message>
        <source>Growing by %1 needs more than the %2 free in pool &apos;%3&apos;</source>
        <translation>Eine Vergrößerung um %1 braucht mehr als die %2, die in Pool &apos;%3&apos; frei sind</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; is not active: start it first</source>
        <translation>Pool &apos;%1&apos; ist nicht aktiv: Starten Sie ihn zuerst</translation>
    </message>
    <message>
        <source>%1 is more than the %2 free in pool &apos;%3&apos;</source>
        <translation>%1 ist mehr als die %2, die in Pool &apos;%3&apos; frei sind</translation>
    </message>
</context>
<context>
    <name>welkin::VolumePicker</name>
    <message>
        <source>Storage pool</source>
        <translation>Speicherpool</translation>
    </message>
    <message>
        <source>Choose a host first</source>
        <translation>Wählen Sie zuerst einen Host</translation>
    </message>
    <message>
        <source>Reading the storage pools…</source>
        <translation>Speicherpools werden gelesen…</translation>
    </message>
    <message>
        <source>%1 has no storage pools: create one on the host&apos;s Storage tab</source>
        <translation>%1 hat keine Speicherpools: Erstellen Sie einen im Reiter „Speicher“ des Hosts</translation>
    </message>
    <message>
        <source>Choose a storage pool</source>
        <translation>Wählen Sie einen Speicherpool</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; is not active: start it on the host&apos;s Storage tab</source>
        <translation>Pool &apos;%1&apos; ist nicht aktiv: Starten Sie ihn im Reiter „Speicher“ des Hosts</translation>
    </message>
    <message>
        <source>Reading the volumes of pool &apos;%1&apos;…</source>
        <translation>Volumes von Pool &apos;%1&apos; werden gelesen…</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; holds no ISO images</source>
        <translation>Pool &apos;%1&apos; enthält keine ISO-Images</translation>
    </message>
    <message>
        <source>Pool &apos;%1&apos; holds no disk images</source>
        <translation>Pool &apos;%1&apos; enthält keine Datenträger-Images</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 frei)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>used by %1</source>
        <translation>verwendet von %1</translation>
    </message>
</context>
<context>
    <name>welkin::cloudstack</name>
    <message>
        <source>unauthorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <source>method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>two-factor authentication required</source>
        <translation>Zwei-Faktor-Authentifizierung erforderlich</translation>
    </message>
    <message>
        <source>API rate limit exceeded</source>
        <translation>API-Ratenlimit überschritten</translation>
    </message>
    <message>
        <source>malformed parameter</source>
        <translation>fehlerhafter Parameter</translation>
    </message>
    <message>
        <source>parameter error</source>
        <translation>Parameterfehler</translation>
    </message>
    <message>
        <source>unsupported action</source>
        <translation>nicht unterstützte Aktion</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>account error</source>
        <translation>Kontofehler</translation>
    </message>
    <message>
        <source>account resource limit exceeded</source>
        <translation>Ressourcenlimit des Kontos überschritten</translation>
    </message>
    <message>
        <source>insufficient capacity</source>
        <translation>unzureichende Kapazität</translation>
    </message>
    <message>
        <source>resource unavailable</source>
        <translation>Ressource nicht verfügbar</translation>
    </message>
    <message>
        <source>resource allocation error</source>
        <translation>Fehler bei der Ressourcenzuweisung</translation>
    </message>
    <message>
        <source>resource in use</source>
        <translation>Ressource wird verwendet</translation>
    </message>
    <message>
        <source>network rule conflict</source>
        <translation>Konflikt bei Netzwerkregeln</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 without a CloudStack error</source>
        <translation>Der Server antwortete mit HTTP %1 ohne CloudStack-Fehler</translation>
    </message>
    <message>
        <source>the server sent an empty response</source>
        <translation>Der Server hat eine leere Antwort gesendet</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>Die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <source>malformed JSON response: %1</source>
        <translation>Fehlerhafte JSON-Antwort: %1</translation>
    </message>
    <message>
        <source>unexpected response: expected one response object, found %1</source>
        <translation>Unerwartete Antwort: ein Antwortobjekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (CloudStack error %2, %3)</source>
        <translation>%1 (CloudStack-Fehler %2, %3)</translation>
    </message>
    <message>
        <source>%1 (CloudStack error %2)</source>
        <translation>%1 (CloudStack-Fehler %2)</translation>
    </message>
    <message>
        <source>the response names no job (no jobid, no jobstatus)</source>
        <translation>Die Antwort nennt keinen Job (keine jobid, kein jobstatus)</translation>
    </message>
    <message>
        <source>jobstatus is not a number</source>
        <translation>jobstatus ist keine Zahl</translation>
    </message>
    <message>
        <source>the job failed (CloudStack error %1)</source>
        <translation>Der Job ist fehlgeschlagen (CloudStack-Fehler %1)</translation>
    </message>
    <message>
        <source>unknown jobstatus %1</source>
        <translation>Unbekannter jobstatus %1</translation>
    </message>
    <message>
        <source>the answer has no &quot;consoleendpoint&quot; object</source>
        <translation>Die Antwort hat kein „consoleendpoint“-Objekt</translation>
    </message>
    <message>
        <source>the server refused to create a console endpoint</source>
        <translation>Der Server hat das Anlegen eines Konsolen-Endpunkts verweigert</translation>
    </message>
    <message>
        <source>the answer has no console URL</source>
        <translation>Die Antwort enthält keine Konsolen-URL</translation>
    </message>
    <message>
        <source>the console URL &quot;%1&quot; is not an http(s) URL</source>
        <translation>Die Konsolen-URL „%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>%1 (job %2) did not finish within %3 s; it may still finish on the server</source>
        <translation>%1 (Job %2) wurde nicht innerhalb von %3 s abgeschlossen; auf dem Server kann er noch fertig werden</translation>
    </message>
    <message>
        <source>cannot follow %1: %2</source>
        <translation>%1 kann nicht verfolgt werden: %2</translation>
    </message>
    <message>
        <source>cannot follow %1: the server named no job</source>
        <translation>%1 kann nicht verfolgt werden: Der Server hat keinen Job genannt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; has the wrong type</source>
        <translation>Das Feld „%1“ hat den falschen Typ</translation>
    </message>
    <message>
        <source>malformed JSON response: the server sent HTML (is the URL the API endpoint, …/client/api?)</source>
        <translation>Fehlerhafte JSON-Antwort: Der Server hat HTML gesendet (ist die URL der API-Endpunkt, …/client/api?)</translation>
    </message>
    <message>
        <source>a %1 that is not an object</source>
        <extracomment>%1 = what it should be (&quot;service offering&quot;)</extracomment>
        <translation>%1: kein Objekt</translation>
    </message>
    <message>
        <source>a %1 without a usable &quot;%2&quot;</source>
        <extracomment>%1 = kind (&quot;template&quot;), %2 = its name, %3 = the JSON field</extracomment>
        <translation>%1 ohne verwendbares Feld „%2“</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; without a usable &quot;%3&quot;</source>
        <translation>%1 „%2“ ohne verwendbares Feld „%3“</translation>
    </message>
    <message>
        <source>1 vCPU</source>
        <translation>1 vCPU</translation>
    </message>
    <message>
        <source>%1 vCPUs</source>
        <translation>%1 vCPUs</translation>
    </message>
    <message>
        <source>%1 · %2 RAM</source>
        <extracomment>%1 = &quot;2 vCPUs&quot;, %2 = &quot;4 GiB&quot;</extracomment>
        <translation>%1 · %2 RAM</translation>
    </message>
    <message>
        <source>service offering &quot;%1&quot; without a usable &quot;cpunumber&quot; and &quot;memory&quot;</source>
        <translation>Service-Angebot „%1“ ohne verwendbare Felder „cpunumber“ und „memory“</translation>
    </message>
    <message>
        <source>%1 · %2 GiB disk</source>
        <translation>%1 · %2 GiB Datenträger</translation>
    </message>
    <message>
        <source>Stopped following %1; the cloud may still complete it</source>
        <translation>%1 wird nicht mehr verfolgt; die Cloud schließt den Vorgang möglicherweise dennoch ab</translation>
    </message>
</context>
<context>
    <name>welkin::cloudstack::Client</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 s</source>
        <translation>%1 hat %2 nicht innerhalb von %3 s beantwortet</translation>
    </message>
    <message>
        <source>the answer of %1 to %2 exceeded the limit of %3 MiB</source>
        <translation>Die Antwort von %1 auf %2 überschritt die Grenze von %3 MiB</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 keeps refusing requests: API rate limit exceeded (%2)</source>
        <translation>%1 lehnt weiterhin Anfragen ab: API-Ratenlimit überschritten (%2)</translation>
    </message>
    <message>
        <source>%1 did not end after %2 pages</source>
        <translation>%1 endete nicht nach %2 Seiten</translation>
    </message>
    <message>
        <source>the answer to %1 has &quot;%2&quot;, but not as a list</source>
        <translation>die Antwort auf %1 enthält „%2“, aber nicht als Liste</translation>
    </message>
</context>
<context>
    <name>welkin::cloudstack::Mapper</name>
    <message>
        <source>pod %1 names no zone</source>
        <translation>Pod %1 nennt keine Zone</translation>
    </message>
    <message>
        <source>cluster %1 names neither a pod nor a zone</source>
        <translation>Cluster %1 nennt weder einen Pod noch eine Zone</translation>
    </message>
    <message>
        <source>event without an &quot;id&quot;</source>
        <translation>Ereignis ohne „id“</translation>
    </message>
    <message>
        <source>%1 without a usable &quot;id&quot;</source>
        <translation>%1 ohne verwendbare „id“</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; without a usable &quot;id&quot;</source>
        <translation>%1 „%2“ ohne verwendbare „id“</translation>
    </message>
    <message>
        <source>VM snapshot without a usable &quot;id&quot;</source>
        <translation>VM-Snapshot ohne verwendbare „id“</translation>
    </message>
    <message>
        <source>VM snapshot &quot;%1&quot; without a usable &quot;id&quot;</source>
        <translation>VM-Snapshot „%1“ ohne verwendbare „id“</translation>
    </message>
    <message>
        <source>the VM snapshot list is not a list</source>
        <translation>die VM-Snapshot-Liste ist keine Liste</translation>
    </message>
    <message>
        <source>a VM snapshot that is not an object</source>
        <translation>ein VM-Snapshot, der kein Objekt ist</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>welkin::hostpage::PageSupportText</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>welkin::libvirt::LibvirtJobRunner</name>
    <message>
        <source>The connection was closed</source>
        <translation>Die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Could not open a second connection to %1</source>
        <translation>Eine zweite Verbindung zu %1 konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>welkin::net::RestClient</name>
    <message>
        <source>%1: malformed JSON in the response at byte %2: %3</source>
        <translation>%1: fehlerhaftes JSON in der Antwort bei Byte %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: keine Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <source>%1: the response is larger than %2 MiB</source>
        <translation>%1: Die Antwort ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Version not supported</source>
        <translation>Version nicht unterstützt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Limit überschritten</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>- retry after %1 s</source>
        <translation>- neuer Versuch nach %1 s</translation>
    </message>
</context>
<context>
    <name>welkin::openstack</name>
    <message>
        <source>%1: expected a mapping with a &quot;clouds&quot; key</source>
        <translation>%1: Zuordnung mit dem Schlüssel „clouds“ erwartet</translation>
    </message>
    <message>
        <source>%1: malformed YAML at line %2, column %3: %4</source>
        <translation>%1: fehlerhaftes YAML in Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a clouds.yaml (%2 bytes)</source>
        <translation>%1 ist zu groß für eine clouds.yaml (%2 Bytes)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 (unlimited)</source>
        <translation>%1 (unbegrenzt)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 without a usable &quot;id&quot;</source>
        <translation>%1 ohne verwendbare „id“</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; without a usable &quot;id&quot;</source>
        <translation>%1 „%2“ ohne verwendbare „id“</translation>
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
        <translation>keine auth_url</translation>
    </message>
    <message>
        <source>no application_credential_id</source>
        <translation>keine application_credential_id</translation>
    </message>
    <message>
        <source>an application_credential_name needs a username or user_id</source>
        <translation>ein application_credential_name braucht einen username oder eine user_id</translation>
    </message>
    <message>
        <source>unsupported auth_type &quot;%1&quot; (use password or v3applicationcredential)</source>
        <translation>nicht unterstützter auth_type „%1“ (password oder v3applicationcredential verwenden)</translation>
    </message>
    <message>
        <source>no username</source>
        <translation>kein username</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::CloudsYaml</name>
    <message>
        <source>%1 defines no clouds</source>
        <translation>%1 definiert keine Clouds</translation>
    </message>
    <message>
        <source>%1 has no cloud &quot;%2&quot; (it has: %3)</source>
        <translation>%1 hat keine Cloud „%2“ (vorhanden: %3)</translation>
    </message>
    <message>
        <source>%1, cloud &quot;%2&quot;: %3</source>
        <translation>%1, Cloud „%2“: %3</translation>
    </message>
    <message>
        <source>No clouds.yaml found (looked in: %1)</source>
        <translation>Keine clouds.yaml gefunden (gesucht in: %1)</translation>
    </message>
    <message>
        <source>%1 has no &quot;clouds:&quot; mapping</source>
        <translation>%1 enthält keine „clouds:“-Zuordnung</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::KeyPairImport</name>
    <message>
        <source>Give the key pair a name</source>
        <translation>Geben Sie dem Schlüsselpaar einen Namen</translation>
    </message>
    <message>
        <source>The public key for %1 is empty</source>
        <translation>Der öffentliche Schlüssel für %1 ist leer</translation>
    </message>
    <message>
        <source>Could not import key pair %1: %2</source>
        <translation>Schlüsselpaar %1 konnte nicht importiert werden: %2</translation>
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
        <translation>%1 vCPUs</translation>
    </message>
    <message>
        <source>%1 RAM</source>
        <translation>%1 RAM</translation>
    </message>
    <message>
        <source>%1 GiB disk</source>
        <translation>%1 GiB Datenträger</translation>
    </message>
    <message>
        <source>disk sized to the image</source>
        <translation>Datenträger in Größe des Images</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam genutzt</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::LaunchChoicesReader</name>
    <message>
        <source>Nova lists no flavors this project may use</source>
        <translation>Nova listet keine Flavors auf, die dieses Projekt verwenden darf</translation>
    </message>
    <message>
        <source>The service catalog has no image service (Glance) in region %1</source>
        <translation>Der Dienstkatalog enthält keinen Image-Dienst (Glance) in Region %1</translation>
    </message>
    <message>
        <source>The service catalog has no network service (Neutron) in region %1</source>
        <translation>Der Dienstkatalog enthält keinen Netzwerkdienst (Neutron) in Region %1</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::Nova</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The compute service&apos;s version document lists no usable API version</source>
        <translation>Das Versionsdokument des Compute-Dienstes nennt keine verwendbare API-Version</translation>
    </message>
    <message>
        <source>(boot from volume)</source>
        <translation>(Start von Volume)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Key pairs</source>
        <translation>Schlüsselpaare</translation>
    </message>
    <message>
        <source>Server groups</source>
        <translation>Servergruppen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Host IP</source>
        <translation>Host-IP</translation>
    </message>
    <message>
        <source>Running VMs</source>
        <translation>Laufende VMs</translation>
    </message>
    <message>
        <source>vCPUs used</source>
        <translation>Belegte vCPUs</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Belegter Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 von %2 MiB</translation>
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
        <translation>seriell</translation>
    </message>
    <message>
        <source>XVP VNC</source>
        <translation>XVP VNC</translation>
    </message>
    <message>
        <source>Nova&apos;s answer has no console URL</source>
        <translation>Die Antwort von Nova enthält keine Konsolen-URL</translation>
    </message>
    <message>
        <source>Nova&apos;s console URL &quot;%1&quot; is not usable</source>
        <translation>Die Konsolen-URL „%1“ von Nova ist nicht verwendbar</translation>
    </message>
    <message>
        <source>%1 console, link valid about 10 minutes</source>
        <translation>Konsole (%1), Link etwa 10 Minuten gültig</translation>
    </message>
    <message>
        <source>This cloud offers no console for %1 (%2)</source>
        <translation>Diese Cloud bietet keine Konsole für %1 an (%2)</translation>
    </message>
    <message>
        <source>Could not open the console of %1: %2</source>
        <translation>Die Konsole von %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::NovaFigures</name>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 of %2 by user %3 failed: %4 (%5)</source>
        <extracomment>an action on a server failed: &quot;resize of web-01 by user admin failed: Error (req-…)&quot;</extracomment>
        <translation>„%1“ für %2 durch Benutzer %3 fehlgeschlagen: %4 (%5)</translation>
    </message>
    <message>
        <source>%1 of %2 by user %3 (%4)</source>
        <extracomment>an action on a server: &quot;stop of web-01 by user admin (req-…)&quot;</extracomment>
        <translation>„%1“ für %2 durch Benutzer %3 (%4)</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::NovaRegion</name>
    <message>
        <source>Compute API version discovery failed: %1</source>
        <translation>Ermittlung der Compute-API-Version fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A listing of region %1 is already running</source>
        <translation>Eine Auflistung der Region %1 läuft bereits</translation>
    </message>
    <message>
        <source>The server list from region %1 has no &quot;servers&quot;</source>
        <translation>Die Serverliste der Region %1 enthält kein „servers“</translation>
    </message>
    <message>
        <source>OpenStack region</source>
        <translation>OpenStack-Region</translation>
    </message>
    <message>
        <source>Compute endpoint</source>
        <translation>Compute-Endpunkt</translation>
    </message>
    <message>
        <source>Compute microversion</source>
        <translation>Compute-Microversion</translation>
    </message>
    <message>
        <source>OpenStack project</source>
        <translation>OpenStack-Projekt</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>the server list came round to servers already listed; it ends there</source>
        <translation>die Serverliste kam wieder bei bereits gelisteten Servern an; sie endet dort</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::ServerActionTask</name>
    <message>
        <source>OpenStack servers do not support &quot;%1&quot;</source>
        <translation>OpenStack-Server unterstützen „%1“ nicht</translation>
    </message>
    <message>
        <source>The server no longer exists</source>
        <translation>Der Server existiert nicht mehr</translation>
    </message>
    <message>
        <source>The action did not finish within %1 s</source>
        <translation>Die Aktion wurde nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <source>The server went into ERROR</source>
        <translation>Der Server ist in den Zustand ERROR übergegangen</translation>
    </message>
    <message>
        <source>The server went into ERROR: %1</source>
        <translation>Der Server ist in den Zustand ERROR übergegangen: %1</translation>
    </message>
    <message>
        <source>Nova did not delete the server; it is %1</source>
        <translation>Nova hat den Server nicht gelöscht; er ist %1</translation>
    </message>
    <message>
        <source>Nova left the server in status %1 (expected %2)</source>
        <translation>Nova hat den Server im Status %1 belassen (erwartet: %2)</translation>
    </message>
    <message>
        <source>Could not resize %1: no flavor was chosen</source>
        <translation>Die Größe von %1 konnte nicht geändert werden: Es wurde kein Flavor gewählt</translation>
    </message>
    <message>
        <source>Could not resize %1: region %2 offers no flavor %3</source>
        <translation>Die Größe von %1 konnte nicht geändert werden: Region %2 bietet keinen Flavor %3 an</translation>
    </message>
    <message>
        <source>%1 already has flavor %2: choose another flavor</source>
        <translation>%1 hat bereits den Flavor %2: Wählen Sie einen anderen Flavor</translation>
    </message>
    <message>
        <source>Could not resize %1 to %2: %2 sizes its disk to the image, and Nova cannot shrink the %3 GiB disk of %1&apos;s flavor %4</source>
        <translation>Die Größe von %1 konnte nicht auf %2 geändert werden: %2 richtet seinen Datenträger nach dem Image aus, und Nova kann den Datenträger des Flavors %4 von %1 (%3 GiB) nicht verkleinern</translation>
    </message>
    <message>
        <source>Could not resize %1 to %2: its %3 GiB disk is smaller than the %4 GiB disk of %1&apos;s flavor %5, and Nova cannot shrink a disk</source>
        <translation>Die Größe von %1 konnte nicht geändert werden: Der Datenträger von %2 (%3 GiB) ist kleiner als der Datenträger des Flavors %5 von %1 (%4 GiB), und Nova kann keinen Datenträger verkleinern</translation>
    </message>
    <message>
        <source>Could not rebuild %1: no image was chosen</source>
        <translation>%1 konnte nicht neu aufgebaut werden: Es wurde kein Image gewählt</translation>
    </message>
    <message>
        <source>Give %1 a new name</source>
        <translation>Geben Sie %1 einen neuen Namen</translation>
    </message>
    <message>
        <source>The new name of %1 is longer than %2 characters</source>
        <translation>Der neue Name von %1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>Nova did not lock the server</source>
        <translation>Nova hat den Server nicht gesperrt</translation>
    </message>
    <message>
        <source>Nova did not unlock the server</source>
        <translation>Nova hat den Server nicht entsperrt</translation>
    </message>
    <message>
        <source>Nova did not %1 the server; it is %2 again (expected %3)</source>
        <translation>Nova hat „%1“ für den Server nicht ausgeführt; er ist wieder %2 (erwartet: %3)</translation>
    </message>
    <message>
        <source>: failed in %1</source>
        <translation>: fehlgeschlagen in %1</translation>
    </message>
    <message>
        <source>Stopped following; OpenStack may still complete it</source>
        <translation>Nicht mehr verfolgt; OpenStack schließt den Vorgang möglicherweise dennoch ab</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::ServerLauncher</name>
    <message>
        <source>A new server needs a name, a flavor and an image</source>
        <translation>Ein neuer Server benötigt einen Namen, einen Flavor und ein Image</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Nova accepted %1 but named no server or reservation</source>
        <translation>Nova hat %1 angenommen, aber weder einen Server noch eine Reservierung genannt</translation>
    </message>
    <message>
        <source>Accepted; waiting for the scheduler</source>
        <translation>Angenommen; Warten auf den Scheduler</translation>
    </message>
    <message>
        <source>%1 was not running after %2 s</source>
        <translation>%1 lief nach %2 s noch nicht</translation>
    </message>
    <message>
        <source>%1 was deleted before it was running</source>
        <translation>%1 wurde gelöscht, bevor er lief</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 von %2 laufen</translation>
    </message>
    <message>
        <source>%1 of %2 running · %3</source>
        <translation>%1 von %2 laufen · %3</translation>
    </message>
    <message>
        <source>%1 went into ERROR</source>
        <translation>%1 ist in den Zustand ERROR übergegangen</translation>
    </message>
    <message>
        <source>%1 went into ERROR: %2</source>
        <translation>%1 ist in den Zustand ERROR übergegangen: %2</translation>
    </message>
    <message>
        <source>Nova left %1 in status %2</source>
        <translation>Nova hat %1 im Status %2 belassen</translation>
    </message>
    <message>
        <source>Stopped following; OpenStack may still complete it</source>
        <translation>Nicht mehr verfolgt; OpenStack schließt den Vorgang möglicherweise dennoch ab</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::SnapshotImageTask</name>
    <message>
        <source>The image list from Glance has no &quot;images&quot;</source>
        <translation>Die Abbildliste von Glance enthält kein „images“</translation>
    </message>
    <message>
        <source>Image %1 is not a snapshot of this server</source>
        <translation>Abbild %1 ist kein Snapshot dieses Servers</translation>
    </message>
</context>
<context>
    <name>welkin::profileexchange</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>Kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>not a Welkin connections file (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>Keine Welkin-Verbindungsdatei („format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>unsupported version %1 of the connections file</source>
        <translation>Nicht unterstützte Version %1 der Verbindungsdatei</translation>
    </message>
    <message>
        <source>&quot;connections&quot; is missing or not a list</source>
        <translation>„connections“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>connection %1 has no &quot;uri&quot;</source>
        <translation>Verbindung %1 hat keine „uri“</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a connections file (%2 bytes)</source>
        <translation>%1 ist zu groß für eine Verbindungsdatei (%2 Bytes)</translation>
    </message>
    <message>
        <source>expected a list of strings, got &quot;%1&quot;</source>
        <translation>Liste von Zeichenketten erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>expected a quoted string at position %1 of &quot;%2&quot;</source>
        <translation>Zeichenkette in Anführungszeichen an Position %1 von „%2“ erwartet</translation>
    </message>
    <message>
        <source>unterminated string in &quot;%1&quot;</source>
        <translation>Nicht abgeschlossene Zeichenkette in „%1“</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; at position %1 of &quot;%2&quot;</source>
        <translation>„,“ an Position %1 von „%2“ erwartet</translation>
    </message>
</context>
</TS>
