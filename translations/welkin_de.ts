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
        <extracomment>capacity used / total (percent), e.g. "6.0 GiB / 32.0 GiB (18.8 %)"</extracomment>
        <translation>%1 / %2 (%3 %)</translation>
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
        <translation>CPU (Anteil am Host)</translation>
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
</context>
<context>
    <name>MetricQuery</name>
    <message>
        <source>'%1': a state is missing after 'state:' (one of %2).</source>
        <translation>'%1': Nach 'state:' fehlt ein Zustand (einer von %2).</translation>
    </message>
    <message>
        <source>'%1': unknown state '%2' (one of %3).</source>
        <translation>'%1': Unbekannter Zustand '%2' (einer von %3).</translation>
    </message>
    <message>
        <source>'%1': a metric name is missing before '%2' (one of %3).</source>
        <translation>'%1': Vor '%2' fehlt ein Metrikname (einer von %3).</translation>
    </message>
    <message>
        <source>'%1': unknown metric '%2' (one of %3).</source>
        <translation>'%1': Unbekannte Metrik '%2' (eine von %3).</translation>
    </message>
    <message>
        <source>'%1': '%2' is not a comparison (use &gt;, &gt;=, &lt;, &lt;=, = or !=).</source>
        <translation>'%1': '%2' ist kein Vergleich (&gt;, &gt;=, &lt;, &lt;=, = oder != verwenden).</translation>
    </message>
    <message>
        <source>'%1': a number is missing after '%2'.</source>
        <translation>'%1': Nach '%2' fehlt eine Zahl.</translation>
    </message>
    <message>
        <source>'%1': a number is expected after '%2', not '%3'.</source>
        <translation>'%1': Nach '%2' wird eine Zahl erwartet, nicht '%3'.</translation>
    </message>
    <message>
        <source>'%1': '%2' is not a number (examples: 80, 2.5, 10M).</source>
        <translation>'%1': '%2' ist keine Zahl (Beispiele: 80, 2.5, 10M).</translation>
    </message>
    <message>
        <source>'%1': %2 is a percentage; '%3' needs no unit.</source>
        <translation>'%1': %2 ist ein Prozentwert; '%3' braucht keine Einheit.</translation>
    </message>
    <message>
        <source>'%1': %2 is not a percentage.</source>
        <translation>'%1': %2 ist kein Prozentwert.</translation>
    </message>
    <message>
        <source>'%1': a percentage is at most 100.</source>
        <translation>'%1': Ein Prozentwert ist höchstens 100.</translation>
    </message>
</context>
<context>
    <name>OpenStack</name>
    <message>
        <source>Keystone answered without a token</source>
        <translation>Keystone hat ohne Token geantwortet</translation>
    </message>
    <message>
        <source>Keystone's token has no valid expires_at</source>
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
        <source>The file has no "clouds:" mapping.</source>
        <translation>Die Datei hat keine „clouds:“-Zuordnung.</translation>
    </message>
    <message>
        <source>Malformed YAML at line %1, column %2: %3</source>
        <translation>Fehlerhaftes YAML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a clouds.yaml</source>
        <translation>%1 ist zu groß für eine clouds.yaml</translation>
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
        <source>Unknown format "%1": use json or table.</source>
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
        <source>The VM's graphics have no network listener (listen type "none").</source>
        <translation>Die Grafik der VM hat keinen Netzwerk-Listener (Listen-Typ „none“).</translation>
    </message>
    <message>
        <source>The VM's graphics listen on a UNIX socket on the remote host; consoles through a remote socket are not supported.</source>
        <translation>Die Grafik der VM lauscht auf einem UNIX-Socket auf dem entfernten Host; Konsolen über einen entfernten Socket werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The VM's graphics listen on a UNIX socket whose path is not known yet.</source>
        <translation>Die Grafik der VM lauscht auf einem UNIX-Socket, dessen Pfad noch nicht bekannt ist.</translation>
    </message>
    <message>
        <source>The VM has no graphics port allocated; is it running?</source>
        <translation>Der VM ist kein Grafik-Port zugewiesen; läuft sie?</translation>
    </message>
    <message>
        <source>The VM's graphics listen only on the loopback address of %1, which can be reached through an SSH connection only (this one uses %2).</source>
        <translation>Die Grafik der VM lauscht nur auf der Loopback-Adresse von %1, die nur über eine SSH-Verbindung erreichbar ist (diese Verbindung verwendet %2).</translation>
    </message>
    <message>
        <source>The VM's graphics accept TLS connections only, which cannot be carried through an SSH tunnel.</source>
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
        <source>%1 has no VNC or SPICE graphics device.</source>
        <translation>%1 hat kein VNC- oder SPICE-Grafikgerät.</translation>
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
        <source>"%1" has no scheme: libvirt URIs start with a driver, e.g. qemu:// or qemu+ssh://.</source>
        <translation>„%1“ hat kein Schema: libvirt-URIs beginnen mit einem Treiber, z. B. qemu:// oder qemu+ssh://.</translation>
    </message>
    <message>
        <source>Unknown hypervisor driver "%1". Known drivers: %2.</source>
        <translation>Unbekannter Hypervisor-Treiber „%1“. Bekannte Treiber: %2.</translation>
    </message>
    <message>
        <source>Unknown transport "%1". Known transports: %2.</source>
        <translation>Unbekannter Transport „%1“. Bekannte Transporte: %2.</translation>
    </message>
    <message>
        <source>After "%1:" a libvirt URI needs "//", e.g. %1:///system.</source>
        <translation>Nach „%1:“ braucht eine libvirt-URI „//“, z. B. %1:///system.</translation>
    </message>
    <message>
        <source>"%1" is not a valid host name or address.</source>
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
        <source>Unknown QEMU path "%1": use /system or /session.</source>
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
        <translation><numerusform>Aktion „%1“ für diese virtuelle Maschine ausführen?

%2</numerusform><numerusform>Aktion „%1“ für diese %n virtuellen Maschinen ausführen?

%2</numerusform></translation>
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
        <source>Optional, e.g. "CPU high"</source>
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
        <source>For &amp;at least:</source>
        <translation>&amp;Mindestens für:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;Gilt für:</translation>
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
        <source>one resource</source>
        <translation>eine Ressource</translation>
    </message>
    <message>
        <source>a group</source>
        <translation>eine Gruppe</translation>
    </message>
    <message>
        <source>all hosts</source>
        <translation>alle Hosts</translation>
    </message>
    <message>
        <source>all VMs</source>
        <translation>alle VMs</translation>
    </message>
</context>
<context>
    <name>welkin::CertificateDialog</name>
    <message>
        <source>Untrusted certificate for %1</source>
        <translation>Nicht vertrauenswürdiges Zertifikat für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server of connection %1 presented a certificate that cannot be verified&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Compare the fingerprint with the one the server's administrator gives you. Trust it only if they match: Welkin will then accept exactly this certificate for this connection, and refuse any other one later.</source>
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
        <source>Add CloudStack's API path to the URL: https://HOST/client/api.</source>
        <translation>Ergänzen Sie die URL um den API-Pfad von CloudStack: https://HOST/client/api.</translation>
    </message>
    <message>
        <source>The path "%1" is not CloudStack's API: it ends in /client/api.</source>
        <translation>Der Pfad „%1“ ist nicht die API von CloudStack: Diese endet auf /client/api.</translation>
    </message>
    <message>
        <source>The endpoint URL takes no query ("?…"): Welkin adds the signed parameters.</source>
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
        <source>No snapshot was named (option "snapshotId")</source>
        <translation>Es wurde kein Snapshot angegeben (Option „snapshotId“)</translation>
    </message>
    <message>
        <source>CloudStack does not support "%1"</source>
        <translation>CloudStack unterstützt „%1“ nicht</translation>
    </message>
    <message>
        <source>Could not %1: not connected to %2 (%3)</source>
        <extracomment>%1 = what could not be done ("shut down web-1"), %2 = connection, %3 = its state</extracomment>
        <translation>„%1“ nicht möglich: keine Verbindung zu %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not a virtual machine of %2</source>
        <translation>%1 ist keine virtuelle Maschine von %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = action ("shut down"), %2 = VM name</extracomment>
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
        <translation><numerusform>%n Cloud in dieser Datei.</numerusform><numerusform>%n Clouds in dieser Datei.</numerusform></translation>
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
        <source>Remove the connection "%1"?

Its VMs are not touched; Welkin only forgets how to reach them.</source>
        <translation>Die Verbindung „%1“ entfernen?

Ihre VMs bleiben unberührt; Welkin vergisst nur, wie sie erreicht werden.</translation>
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
</context>
<context>
    <name>welkin::ConnectionTester</name>
    <message numerus="yes">
        <source>No answer within %n second(s): the host may be down or a firewall drops the connection.</source>
        <translation><numerusform>Keine Antwort innerhalb von %n Sekunde: Der Host ist möglicherweise ausgefallen, oder eine Firewall verwirft die Verbindung.</numerusform><numerusform>Keine Antwort innerhalb von %n Sekunden: Der Host ist möglicherweise ausgefallen, oder eine Firewall verwirft die Verbindung.</numerusform></translation>
    </message>
    <message>
        <source>Welkin cannot open "%1" connections.</source>
        <translation>Welkin kann keine „%1“-Verbindungen öffnen.</translation>
    </message>
    <message>
        <source>Connected: %1, %2.</source>
        <translation>Verbunden: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation><numerusform>%n Host</numerusform><numerusform>%n Hosts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation><numerusform>%n VM</numerusform><numerusform>%n VMs</numerusform></translation>
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
    <name>welkin::ConsoleRequest</name>
    <message>
        <source>The console could not be opened</source>
        <translation>Die Konsole konnte nicht geöffnet werden</translation>
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
        <source>Types the clipboard's text into the guest as keystrokes</source>
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
        <translation><numerusform>%n Zeichen in den Gast eintippen?</numerusform><numerusform>%n Zeichen in den Gast eintippen?</numerusform></translation>
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
        <source>Select a connection, host or virtual machine in the tree.

Add a connection with File → Add Connection… (Ctrl+N).</source>
        <translation>Wählen Sie im Baum eine Verbindung, einen Host oder eine virtuelle Maschine.

Eine neue Verbindung fügen Sie mit Datei → Verbindung hinzufügen… (Strg+N) hinzu.</translation>
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
        <translation><numerusform>%n VM in dieser Gruppe</numerusform><numerusform>%n VMs in dieser Gruppe</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s), %1 running</source>
        <translation><numerusform>%n VM, davon %1 aktiv</numerusform><numerusform>%n VMs, davon %1 aktiv</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation><numerusform>%n Host</numerusform><numerusform>%n Hosts</numerusform></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
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
        <source>CPU (hosts):</source>
        <translation>CPU (Hosts):</translation>
    </message>
    <message>
        <source>Memory (hosts):</source>
        <translation>Arbeitsspeicher (Hosts):</translation>
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
        <source>%1 (in "%2")</source>
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
        <source>%1 (%2 VMs, %3 running)</source>
        <translation>%1 (%2 VMs, davon %3 aktiv)</translation>
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
    <name>welkin::InventoryModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>VM tooltip: power state and the provider's reason, e.g. "Shut off (destroyed)"</extracomment>
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
        <source>Enter the remote host's name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des entfernten Hosts ein.</translation>
    </message>
    <message>
        <source>"%1" is not a valid host name or address.</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The user name may contain only letters, digits, ".", "_" and "-".</source>
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
    <message>
        <source>Search name, UUID, IP, host…</source>
        <translation>Name, UUID, IP, Host suchen…</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation><numerusform>%n Verbindung</numerusform><numerusform>%n Verbindungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation><numerusform>%n Host</numerusform><numerusform>%n Hosts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s), %1 running</source>
        <translation><numerusform>%n VM, davon %1 aktiv</numerusform><numerusform>%n VMs, davon %1 aktiv</numerusform></translation>
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
        <source>ID from "openstack application credential create"</source>
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
        <source>Read "%1" from clouds.yaml at each connect (later edits of the file apply)</source>
        <translation>„%1“ bei jedem Verbinden aus clouds.yaml lesen (spätere Änderungen der Datei gelten)</translation>
    </message>
    <message>
        <source>Cloud "%1" from %2</source>
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
        <source>Enter the user's domain (usually "Default").</source>
        <translation>Geben Sie die Domäne des Benutzers ein (meist „Default“).</translation>
    </message>
    <message>
        <source>Enter the project whose servers Welkin shows.</source>
        <translation>Geben Sie das Projekt ein, dessen Server Welkin anzeigen soll.</translation>
    </message>
    <message>
        <source>Enter the project's domain (usually "Default").</source>
        <translation>Geben Sie die Domäne des Projekts ein (meist „Default“).</translation>
    </message>
    <message>
        <source>Enter the application credential ID (see "openstack application credential list").</source>
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
        <source>Cloud "%1": no clouds.yaml found</source>
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
        <source>%1 — CPU %2 (host %3) · memory %4 · disk read %5, write %6 · network in %7, out %8</source>
        <translation>%1 — CPU %2 (Host %3) · Arbeitsspeicher %4 · Datenträger lesen %5, schreiben %6 · Netzwerk ein %7, aus %8</translation>
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
</context>
<context>
    <name>welkin::Provider</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Task title, e.g. "Start web-01"</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 does not provide consoles</source>
        <translation>%1 stellt keine Konsolen bereit</translation>
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
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
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
</context>
<context>
    <name>welkin::TaskEventModel</name>
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
</context>
<context>
    <name>welkin::TlsTrust</name>
    <message>
        <source>The CA file %1 does not exist or cannot be read.</source>
        <translation>Die CA-Datei %1 existiert nicht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER expected).</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat (PEM oder DER erwartet).</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). SHA-256 fingerprint %3.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). SHA-256-Fingerabdruck %3.</translation>
    </message>
    <message>
        <source>REFUSED: the server of connection %1 presented a different certificate than the one you trusted. Trusted SHA-256: %2. Presented SHA-256: %3 (subject %4, issuer %5). This can mean someone is intercepting the connection. If the server's certificate was replaced on purpose, remove the trusted certificate of this connection and connect again.</source>
        <translation>ABGELEHNT: Der Server der Verbindung %1 hat ein anderes Zertifikat vorgelegt als das, dem Sie vertraut haben. Vertrauenswürdiges SHA-256: %2. Vorgelegtes SHA-256: %3 (Inhaber %4, Aussteller %5). Das kann bedeuten, dass jemand die Verbindung abfängt. Wurde das Zertifikat des Servers absichtlich ersetzt, entfernen Sie das vertrauenswürdige Zertifikat dieser Verbindung und verbinden Sie sich erneut.</translation>
    </message>
</context>
<context>
    <name>welkin::ViewerLauncher</name>
    <message>
        <source>remote-viewer was not found. Install the package "virt-viewer" (for example: sudo apt install virt-viewer) or choose another viewer command.</source>
        <translation>remote-viewer wurde nicht gefunden. Installieren Sie das Paket „virt-viewer“ (zum Beispiel: sudo apt install virt-viewer) oder wählen Sie einen anderen Viewer-Befehl.</translation>
    </message>
    <message>
        <source>The viewer "%1" was not found.</source>
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
        <source>gsettings is not installed, so virt-manager's connections cannot be read</source>
        <translation>gsettings ist nicht installiert, daher können die Verbindungen von virt-manager nicht gelesen werden</translation>
    </message>
    <message>
        <source>virt-manager's connections could not be read (is virt-manager installed?): %1</source>
        <translation>Die Verbindungen von virt-manager konnten nicht gelesen werden (ist virt-manager installiert?): %1</translation>
    </message>
    <message>
        <source>gsettings did not finish</source>
        <translation>gsettings wurde nicht beendet</translation>
    </message>
    <message>
        <source>cannot understand virt-manager's connection list: %1</source>
        <translation>Die Verbindungsliste von virt-manager ist nicht lesbar: %1</translation>
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
        <source>the answer has no "consoleendpoint" object</source>
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
        <source>the console URL "%1" is not an http(s) URL</source>
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
        <source>field "%1" has the wrong type</source>
        <translation>Das Feld „%1“ hat den falschen Typ</translation>
    </message>
    <message>
        <source>malformed JSON response: the server sent HTML (is the URL the API endpoint, …/client/api?)</source>
        <translation>Fehlerhafte JSON-Antwort: Der Server hat HTML gesendet (ist die URL der API-Endpunkt, …/client/api?)</translation>
    </message>
</context>
<context>
    <name>welkin::cloudstack::Client</name>
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
</context>
<context>
    <name>welkin::cloudstack::Mapper</name>
    <message>
        <source>%1 without an "id"</source>
        <translation>%1 ohne „id“</translation>
    </message>
    <message>
        <source>pod %1 names no zone</source>
        <translation>Pod %1 nennt keine Zone</translation>
    </message>
    <message>
        <source>cluster %1 names neither a pod nor a zone</source>
        <translation>Cluster %1 nennt weder einen Pod noch eine Zone</translation>
    </message>
    <message>
        <source>event without an "id"</source>
        <translation>Ereignis ohne „id“</translation>
    </message>
</context>
<context>
    <name>welkin::openstack</name>
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
    <message>
        <source>%1: expected a mapping with a "clouds" key</source>
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
</context>
<context>
    <name>welkin::openstack::ApiClient</name>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: keine Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <source>%1: the response is larger than %2 MiB</source>
        <translation>%1: Die Antwort ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: malformed JSON in the response at byte %2: %3</source>
        <translation>%1: fehlerhaftes JSON in der Antwort bei Byte %2: %3</translation>
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
        <source>unsupported auth_type "%1" (use password or v3applicationcredential)</source>
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
        <source>%1 has no cloud "%2" (it has: %3)</source>
        <translation>%1 hat keine Cloud „%2“ (vorhanden: %3)</translation>
    </message>
    <message>
        <source>%1, cloud "%2": %3</source>
        <translation>%1, Cloud „%2“: %3</translation>
    </message>
    <message>
        <source>No clouds.yaml found (looked in: %1)</source>
        <translation>Keine clouds.yaml gefunden (gesucht in: %1)</translation>
    </message>
</context>
<context>
    <name>welkin::openstack::Nova</name>
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
        <source>The compute service's version document lists no usable API version</source>
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
        <source>The server list from region %1 has no "servers"</source>
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
</context>
<context>
    <name>welkin::openstack::ServerActionTask</name>
    <message>
        <source>OpenStack servers do not support "%1"</source>
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
</context>
<context>
    <name>welkin::profileexchange</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>Kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>not a Welkin connections file ("format" is not "%1")</source>
        <translation>Keine Welkin-Verbindungsdatei („format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>unsupported version %1 of the connections file</source>
        <translation>Nicht unterstützte Version %1 der Verbindungsdatei</translation>
    </message>
    <message>
        <source>"connections" is missing or not a list</source>
        <translation>„connections“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>connection %1 has no "uri"</source>
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
        <source>expected a list of strings, got "%1"</source>
        <translation>Liste von Zeichenketten erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>expected a quoted string at position %1 of "%2"</source>
        <translation>Zeichenkette in Anführungszeichen an Position %1 von „%2“ erwartet</translation>
    </message>
    <message>
        <source>unterminated string in "%1"</source>
        <translation>Nicht abgeschlossene Zeichenkette in „%1“</translation>
    </message>
    <message>
        <source>expected ',' at position %1 of "%2"</source>
        <translation>„,“ an Position %1 von „%2“ erwartet</translation>
    </message>
</context>
</TS>