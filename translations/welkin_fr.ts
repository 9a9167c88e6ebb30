<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Action</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerState</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderState</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmOverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded VNC/SPICE console is coming in a later release.
Until then, use virt-viewer or remote-viewer with the address shown on the Overview page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance charts (CPU, memory, disk and network history) are coming in a later release.
The VM table already shows a live CPU sparkline.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format of --list: json or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open the embedded demo host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds --list waits for connections (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print progress messages of the providers on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use json or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect needs a URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo host (libvirt test driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer (QEMU/KVM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::ActionController</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 these %n virtual machine(s)?

%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>welkin::CredentialDialog</name>
    <message>
        <source>Authentication for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for credentials.&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 VM, %1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 VMs, %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
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
</context>
<context>
    <name>welkin::MainWindow</name>
    <message>
        <source>Welkin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, UUID, IP, host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 these %n virtual machine(s)?

%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s), %1 running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::Provider</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Task title, e.g. &quot;Start web-01&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welkin::ResourceTableModel</name>
    <message>
        <source>%1 (%2 running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <extracomment>host CPU topology: sockets × cores × threads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets × cores × threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>welkin::openstack</name>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- retry after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>welkin::openstack::ApiClient</name>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the response is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: malformed JSON in the response at byte %2: %3</source>
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
</context>
</TS>
