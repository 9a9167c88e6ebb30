#!/usr/bin/python3
"""A local Apache CloudStack API server for Welkin's tests (Python 3 standard library only).

It speaks the real protocol as far as Welkin uses it:
- verifies every request's signature with the server's algorithm (ApiServer.verifyRequest:
  parameter names sorted case-sensitively, values re-encoded with Java's URLEncoder and '+'
  turned into %20, the whole string lower-cased, HMAC-SHA1 with the secret key, Base64) and
  answers bad ones with HTTP 401 and the real error envelope; signatureVersion=3 with expires
  (missing, malformed or past: refused the same way); --enforce-timestamps adds what the server's
  enforce.post.requests.and.timestamps setting does to signatures (version 3 required, expires at
  most 15 minutes ahead); --refuse-signature-v3 refuses every version 3 signature with that same
  401, as a server whose clock runs ahead of the client's does;
- takes parameters from the query string and from a form-encoded POST body, as ApiServlet does;
- answers {"<command>response": {...}} envelopes, leaves out fields without a value and
  sends an empty list as {} (no count, no array), paginates with page/pagesize (both or none,
  pagesize capped like default.page.size);
- runs async commands as jobs that take --job-seconds and are polled with
  queryAsyncJobResult (jobstatus 0/1/2); a job ends on time whether or not anyone polls it; jobs
  on VMs whose name starts with "fail" fail;
- VM snapshots as VMSnapshotManagerImpl and DefaultVMSnapshotStrategy keep them: display and
  internal names, Disk / DiskAndMemory types, the parent and current snapshot, the states
  (Creating, Ready, Reverting, Expunging, Error) and the refusals, with CloudStack's texts;
- serves zones, pods, clusters, hosts and VMs built from the recorded responses in the
  fixtures directory (same keys and types), and can generate any number of VMs;
- monitoring: VM stats fields (cpuused, cumulative networkkbsread/-write, diskkbsread/-write
  that grow while a VM runs), listHostsMetrics (HostMetricsResponse's formatted strings) and
  listCapacity (per zone, com.cloud.capacity.Capacity types), both admin only;
- createConsoleEndpoint (4.18+): {"consoleendpoint": {success, url, websocket}} for running
  VMs, success false with details otherwise; --unknown-commands makes it (or anything) unknown,
  as on older servers or with a plugin disabled;
- new VMs: listServiceOfferings, listTemplates (templatefilter required), listNetworks,
  listSSHKeyPairs, registerSSHKeyPair, listSecurityGroups (--security-groups zones) shaped like
  the recorded objects; deployVirtualMachine checks what the command checks before its job
  (required parameters, host name, key pair, user-data, template downloaded, host name taken in
  the network) and answers {"id", "jobid"}; its job fails with 533 "Unable to create a
  deployment for VM[User|i-2-N-VM]" when the offering's memory exceeds --capacity-mib, leaving
  the VM in state Error; scaleVirtualMachine checks inside its job as
  VmServiceOfferingScaleServiceImpl does (same offering, running VMs: scale up only, KVM needs a
  custom offering, the VM's isdynamicallyscalable); updateVirtualMachine renames synchronously.

Usage: fake_cloudstack.py [--vms N] [--job-seconds S] [--fixtures DIR] [--record FILE] ...
Prints the port it listens on (127.0.0.1, port 0 = any free one) as its first stdout line.
--record FILE appends one JSON line per request ({"method", "query", "body"}) for the tests.
"""
import argparse
import base64
import copy
import datetime
import hashlib
import hmac
import json
import os
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ADMIN_KEY = "welkin-admin-api-key"
ADMIN_SECRET = "welkin-admin-secret-key"
USER_KEY = "welkin-user-api-key"
USER_SECRET = "welkin-user-secret-key"
ADMIN_ONLY = {"listPods", "listClusters", "listHosts", "listHostsMetrics", "listCapacity"}
BAD_SIGNATURE = "unable to verify user credentials and/or request signature"


def java_url_encode(value):
    """java.net.URLEncoder.encode(value, "UTF-8")."""
    out = []
    for b in value.encode("utf-8"):
        c = chr(b)
        if b < 128 and (c.isalnum() or c in ".-*_"):
            out.append(c)
        elif c == " ":
            out.append("+")
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def string_to_sign(params):
    names = sorted(n for n in params if n.lower() != "signature")
    pairs = ["%s=%s" % (n, java_url_encode(params[n]).replace("+", "%20")) for n in names]
    return "&".join(pairs).lower()


def sign(params, secret):
    digest = hmac.new(secret.encode("utf-8"), string_to_sign(params).encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def strip_empty(value):
    """The server leaves out fields without a value (null); empty lists stay as []."""
    if isinstance(value, dict):
        return {k: strip_empty(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [strip_empty(v) for v in value]
    return value


def now_text():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+0000")


def uid(kind, n):
    return "%08x-0000-4000-8000-%012x" % (kind, n)


class ApiError(Exception):
    def __init__(self, code, text, cs_code=9999):
        super().__init__(text)
        self.code, self.text, self.cs_code = code, text, cs_code


class Cloud:
    """The data behind the API and the jobs that change it."""

    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.requests = 0
        fixtures = args.fixtures
        vm_file = json.load(open(os.path.join(fixtures, "VirtualMachineService.json")))
        host_file = json.load(open(os.path.join(fixtures, "HostService.json")))
        cluster_file = json.load(open(os.path.join(fixtures, "ClusterService.json")))
        self.vm_template = vm_file["listVirtualMachines"]["listVirtualMachines"]["virtualmachine"][0]
        self.host_template = host_file["listHosts"]["listhostsresponse"]["host"][0]
        self.cluster_template = cluster_file["listClusters"]["listclustersresponse"]["cluster"][0]
        self.job_template = vm_file["stopVirtualMachine"]["stopvirtualmachineresponse"]
        offering_file = json.load(open(os.path.join(fixtures, "ServiceOfferingService.json")))
        template_file = json.load(open(os.path.join(fixtures, "TemplateService.json")))
        network_file = json.load(open(os.path.join(fixtures, "NetworkService.json")))
        ssh_file = json.load(open(os.path.join(fixtures, "SSHService.json")))
        self.offering_template = offering_file["createServiceOffering"]["createserviceofferingresponse"]["serviceoffering"]
        self.image_template = template_file["registerTemplate"]["registertemplateresponse"]["template"][0]
        self.network_template = network_file["listNetworks"]["listnetworksresponse"]["network"][0]
        self.keypair_template = ssh_file["listSSHKeyPairs"]["listsshkeypairsresponse"]["sshkeypair"][0]
        self.offerings, self.images, self.networks, self.keypairs, self.public_keys = {}, [], {}, [], {}
        self.security_groups = []
        self.zones, self.pods, self.clusters, self.hosts, self.vms = [], [], [], [], {}
        self.vm_order, self.jobs, self.pending, self.events, self.snapshots = [], {}, [], [], {}
        self.counter = 0
        self.started = time.time()
        self._build()

    def next_id(self, kind):
        self.counter += 1
        return uid(kind, self.counter)

    def _build(self):
        a = self.args
        for z in range(a.zones):
            zone = {"id": uid(1, z + 1), "name": "zone-%d" % (z + 1), "description": None,
                    "dns1": "8.8.8.8", "internaldns1": "10.0.0.2", "networktype": "Advanced",
                    "securitygroupsenabled": False, "allocationstate": "Enabled",
                    "zonetoken": "tok-%d" % z, "dhcpprovider": "VirtualRouter",
                    "localstorageenabled": False, "tags": [], "hasannotations": False}
            self.zones.append(zone)
            pod = {"id": uid(2, z + 1), "name": "pod-%d" % (z + 1), "zoneid": zone["id"],
                   "zonename": zone["name"], "gateway": "172.16.%d.1" % z, "netmask": "255.255.255.0",
                   "startip": ["172.16.%d.10" % z], "endip": ["172.16.%d.200" % z],
                   "allocationstate": "Enabled", "hasannotations": False}
            self.pods.append(pod)
            cluster = copy.deepcopy(self.cluster_template)
            cluster.update({"id": uid(3, z + 1), "name": "cluster-%d" % (z + 1), "podid": pod["id"],
                            "podname": pod["name"], "zoneid": zone["id"], "zonename": zone["name"],
                            "hypervisortype": "KVM"})
            self.clusters.append(cluster)
            for h in range(a.hosts_per_cluster):
                host = copy.deepcopy(self.host_template)
                n = z * 100 + h + 1
                host.update({"id": uid(4, n), "name": "kvm-%d-%d" % (z + 1, h + 1),
                             "ipaddress": "172.16.%d.%d" % (z, 10 + h), "clusterid": cluster["id"],
                             "clustername": cluster["name"], "podid": pod["id"], "podname": pod["name"],
                             "zoneid": zone["id"], "zonename": zone["name"], "hypervisor": "KVM",
                             "cpuused": "%.1f%%" % (5 + h), "memoryused": 1073741824 * (h + 1)})
                self.hosts.append(host)
        self._build_launch_choices()
        names = ["vm-%04d" % (i + 1) for i in range(a.vms)]
        names += ["fail-%02d" % (i + 1) for i in range(a.failing_vms)]
        for i, name in enumerate(names):
            state = "Stopped" if name.startswith("fail") or i % 3 == 2 else "Running"
            self.add_vm(name, state, i)
        self.vm_count = len(names)
        for i in range(a.events):
            self.add_event("VM.CREATE", "Successfully completed deploying Vm. Vm Name: %s" % names[i % len(names)]
                           if names else "USER.LOGIN")

    # name, cpunumber, cpuspeed (MHz), memory (MiB); the first is the recorded VMs' offering.
    OFFERINGS = (("Very small instance", 1, 100, 512), ("Small Instance", 1, 500, 1024),
                 ("Medium Instance", 2, 1000, 4096), ("Large Instance", 4, 2000, 16384),
                 ("Huge Instance", 16, 2000, 131072), ("Custom Instance", None, None, None))
    # name, OS type, size in bytes (None: not downloaded yet), dynamically scalable
    IMAGES = (("CentOS 5.6 (64-bit)", "CentOS 5.6 (64-bit)", 2147483648, False),
              ("Ubuntu 22.04", "Ubuntu 22.04 LTS", 2361393152, True),
              ("Debian 12", "Debian GNU/Linux 12 (64-bit)", None, False))

    def _build_launch_choices(self):
        """Offerings, templates, networks and key pairs shaped like the recorded objects."""
        for n, (name, cpus, speed, memory) in enumerate(self.OFFERINGS):
            offering = copy.deepcopy(self.offering_template)
            offering.update({"id": self.vm_template["serviceofferingid"] if n == 0 else uid(12, n),
                             "name": name, "displaytext": name, "cpunumber": cpus, "cpuspeed": speed,
                             "memory": memory, "iscustomized": cpus is None, "defaultuse": False})
            self.offerings[offering["id"]] = strip_empty(offering)
        for z, zone in enumerate(self.zones):
            for n, (name, os_type, size, scalable) in enumerate(self.IMAGES):
                image = copy.deepcopy(self.image_template)
                image.update({"id": self.vm_template["templateid"] if n == 0 else uid(13, n),
                              "name": name, "displaytext": name, "ostypename": os_type, "ispublic": True,
                              "isfeatured": True, "crossZones": True, "zoneid": zone["id"],
                              "zonename": zone["name"], "isready": size is not None, "size": size,
                              "physicalsize": size, "hypervisor": "KVM", "format": "QCOW2",
                              "templatetype": "BUILTIN" if n == 0 else "USER", "isdynamicallyscalable": scalable,
                              "status": "Download Complete" if size is not None else "40% Downloaded",
                              "internal": n + 201})
                if size is None:
                    image["downloaddetails"] = [{"downloadState": "DOWNLOAD_IN_PROGRESS", "datastore": "secon",
                                                 "downloadPercent": "40"}]
                self.images.append(image)
            for n, (name, kind, prefix) in enumerate((("guest-net-%d", "Isolated", "10.1"),
                                                      ("shared-net-%d", "Shared", "10.2"))):
                network = copy.deepcopy(self.network_template)
                network_id = uid(14, z * 10 + n + 1)
                network.update({"id": network_id, "related": network_id, "name": name % (z + 1),
                                "displaytext": name % (z + 1), "type": kind, "zoneid": zone["id"],
                                "zonename": zone["name"], "cidr": "%s.%d.0/24" % (prefix, z),
                                "gateway": "%s.%d.1" % (prefix, z), "state": "Implemented",
                                "acltype": "Account" if kind == "Isolated" else "Domain"})
                self.networks[network_id] = network
        self.keypairs.append(copy.deepcopy(self.keypair_template))
        if self.args.security_groups:
            for zone in self.zones:
                zone["securitygroupsenabled"] = True
            self.security_groups.append({"id": uid(15, 1), "name": "default",
                                         "description": "Default Security Group", "account": "admin",
                                         "domainid": uid(8, 1), "domain": "ROOT", "ingressrule": [],
                                         "egressrule": [], "tags": [], "virtualmachineids": []})

    def add_vm(self, name, state, i):
        vm = copy.deepcopy(self.vm_template)
        zone = self.zones[i % len(self.zones)]
        host = self.hosts[i % len(self.hosts)] if self.hosts else None
        vm_id = uid(5, i + 1)
        nic = vm["nic"][0]
        nic.update({"id": uid(6, i + 1), "ipaddress": "10.1.%d.%d" % (i // 250, i % 250 + 2),
                    "macaddress": "02:00:%02x:%02x:%02x:01" % ((i >> 16) & 255, (i >> 8) & 255, i & 255)})
        vm.update({"id": vm_id, "name": name, "displayname": name, "instancename": "i-2-%d-VM" % (i + 1),
                   "zoneid": zone["id"], "zonename": zone["name"], "hypervisor": "KVM",
                   "cpunumber": 1 + i % 4, "memory": 512 * (1 + i % 4), "state": state})
        self.vms[vm_id] = vm
        self.vm_order.append(vm_id)
        self.place(vm, host if state == "Running" else None)
        return vm

    TRAFFIC_KBS = {"networkkbsread": 100, "networkkbswrite": 50, "diskkbsread": 20, "diskkbswrite": 10}

    def place(self, vm, host):
        """Running VMs carry their host and live stats; stopped ones leave those fields out."""
        if host is None:
            for k in ("hostid", "hostname", "cpuused") + tuple(self.TRAFFIC_KBS):
                vm.pop(k, None)
        else:
            vm["hostid"], vm["hostname"] = host["id"], host["name"]
            vm["cpuused"] = "%.2f%%" % (3.5 + (hash(vm["id"]) % 50))

    def with_stats(self, vm):
        """The stats counters are cumulative KiB: they grow by TRAFFIC_KBS per second of uptime."""
        if "hostid" not in vm:
            return vm
        elapsed = time.time() - self.started
        base = {"networkkbsread": self.vm_template.get("networkkbsread", 0),
                "networkkbswrite": self.vm_template.get("networkkbswrite", 0)}
        return dict(vm, **{k: int(base.get(k, 0) + rate * elapsed) for k, rate in self.TRAFFIC_KBS.items()})

    def host_metrics(self, host):
        """HostMetricsResponse: the host plus formatted figures ("%.2f Ghz", "%.2f GB")."""
        running = [v for v in self.vms.values() if v.get("hostid") == host["id"]]
        total = [v for v in self.vms.values() if v.get("hostid") == host["id"] or v["state"] != "Running"]
        gb = 1024.0 ** 3
        cpu_total = host["cpunumber"] * host["cpuspeed"] / 1000.0
        used_pct = float(host["cpuused"].rstrip("%"))
        return dict(host, instances="%d / %d" % (len(running), len(total)), cputotalghz="%.2f Ghz" % cpu_total,
                    cpuusedghz="%.2f Ghz" % (cpu_total * used_pct / 100.0),
                    cpuallocatedghz="%.2f Ghz" % 0.0, memorytotalgb="%.2f GB" % (host["memorytotal"] / gb),
                    memoryusedgb="%.2f GB" % (host["memoryused"] / gb), memoryallocatedgb="%.2f GB" % 0.0,
                    networkread="%.2f GB" % 0.0, networkwrite="%.2f GB" % 0.0, cputhreshold=False,
                    cpudisablethreshold=False, memorythreshold=False, memorydisablethreshold=False)

    def capacities(self):
        """listCapacity without zoneid: one row per zone and type (Capacity.CAPACITY_TYPE_*)."""
        rows = []
        for zone in self.zones:
            hosts = [h for h in self.hosts if h["zoneid"] == zone["id"]]
            mem_total = sum(h["memorytotal"] for h in hosts)
            mem_used = sum(h["memoryused"] for h in hosts)
            cpu_total = sum(h["cpunumber"] * h["cpuspeed"] for h in hosts)
            cpu_used = sum(h["cpunumber"] * h["cpuspeed"] * float(h["cpuused"].rstrip("%")) / 100 for h in hosts)
            for kind, name, used, total in ((0, "MEMORY", mem_used, mem_total), (1, "CPU", int(cpu_used), cpu_total),
                                            (2, "STORAGE", 429496729600, 1099511627776),
                                            (6, "SECONDARY_STORAGE", 0, 0)):
                rows.append({"type": kind, "name": name, "zoneid": zone["id"], "zonename": zone["name"],
                             "capacityused": used, "capacitytotal": total,
                             "percentused": "%.2f" % (100.0 * used / total if total else 0.0)})
        return rows

    def console_endpoint(self, vm):
        """CreateConsoleEndpointCmd: the console proxy's noVNC page, or success false with why."""
        if vm["state"] != "Running" or "hostid" not in vm:
            return {"consoleendpoint": {"success": False, "details": "Server Internal Error: VM %s lost host info, "
                                        "sending blank response for console access request" % vm["id"]}}
        token = self.next_id(11)
        return {"consoleendpoint": {
            "success": True,
            "url": "https://127-0-0-1.consoleproxy.example/resource/noVNC/vnc.html?port=8080&token=" + token,
            "websocket": {"token": token, "host": "127-0-0-1.consoleproxy.example", "port": "8080",
                          "path": "websockify"}}}

    def add_event(self, kind, description, level="INFO", vm=None):
        self.events.insert(0, strip_empty({
            "id": self.next_id(7), "username": "admin", "type": kind, "level": level,
            "description": description, "account": "admin", "domainid": uid(8, 1), "domain": "ROOT",
            "created": now_text(), "state": "Completed", "parentid": None,
            "resourceid": vm["id"] if vm else None, "resourcetype": "VirtualMachine" if vm else None}))

    # --- jobs -------------------------------------------------------------------------------
    def start_job(self, cmd, vm, final, transitional=None, verb="operate", result=None, event=None,
                  refusal=None, failed=None, fault=None):
        """`refusal`: the text of a check the command makes inside its job (an
        InvalidParameterValueException there): the job fails at once with it, as error 431; or
        (code, text) for another exception (CloudRuntimeException: 530).
        `fault`: (code, text) the job fails with when it ends (no host with the capacity).
        `failed`: what a failing job leaves behind (the VM's simulated hypervisor failure)."""
        if transitional and refusal is None:
            vm["state"] = transitional
        job_id = self.next_id(9)
        self.jobs[job_id] = {"cmd": cmd, "vm": vm, "final": final, "verb": verb, "result": result,
                             "event": event or "VM." + verb.upper(), "refusal": refusal, "failed": failed,
                             "fault": fault, "start": time.time(), "done": None}
        self.pending.append(job_id)
        return {"jobid": job_id}

    def settle_jobs(self):
        """Jobs end on time, polled or not: a listing shows what they did."""
        now = time.time()
        for job_id in list(self.pending):
            job = self.jobs[job_id]
            if job["refusal"] is not None or now - job["start"] >= self.args.job_seconds:
                self.pending.remove(job_id)
                job["done"] = self.finish_job(job)

    def job_status(self, job_id):
        job = self.jobs.get(job_id)
        if job is None:
            raise ApiError(530, "Unable to find a job by id " + job_id, 4350)
        base = {k: v for k, v in self.job_template.items() if k in ("accountid", "userid")}
        base.update({"cmd": job["cmd"], "jobid": job_id, "created": now_text(),
                     "jobinstancetype": "VirtualMachine", "jobinstanceid": job["vm"]["id"] if job["vm"] else None})
        if job["done"] is None:
            elapsed = time.time() - job["start"]
            base.update({"jobstatus": 0, "jobprocstatus": int(100 * elapsed / max(self.args.job_seconds, 0.001)),
                         "jobresultcode": 0})
            return base
        base.update(job["done"])
        return base

    @staticmethod
    def failed_job(code, text):
        return {"jobstatus": 2, "jobprocstatus": 0, "jobresultcode": code, "jobresulttype": "object",
                "jobresult": {"errorcode": code, "errortext": text}, "completed": now_text()}

    def finish_job(self, job):
        vm = job["vm"]
        if job["refusal"] is not None:
            code, text = job["refusal"] if isinstance(job["refusal"], tuple) else (431, job["refusal"])
            return self.failed_job(code, text)
        if job["fault"] is not None:
            if job["failed"]:
                job["failed"]()
            self.add_event(job["event"], job["fault"][1], "ERROR", vm)
            return self.failed_job(*job["fault"])
        if vm is not None and vm["name"].startswith("fail"):
            vm["state"] = "Stopped" if vm["state"] in ("Starting", "Stopping") else vm["state"]
            if job["failed"]:
                job["failed"]()
            text = "Unable to %s VM %s: simulated hypervisor failure on the fake cloud" % (job["verb"], vm["name"])
            self.add_event(job["event"], text, "ERROR", vm)
            return self.failed_job(530, text)
        result = job["final"]() if job["final"] else None
        if vm is not None:
            self.add_event(job["event"], "Successfully completed %s of VM %s" % (job["verb"], vm["name"]), "INFO", vm)
        if result is None:
            result = {"virtualmachine": copy.deepcopy(vm)} if vm is not None and vm["id"] in self.vms else {"success": True}
        return {"jobstatus": 1, "jobprocstatus": 0, "jobresultcode": 0, "jobresulttype": "object",
                "jobresult": result, "completed": now_text()}

    # --- commands ----------------------------------------------------------------------------
    @staticmethod
    def entity_arg(table, params, key):
        entity = table.get(params.get(key, ""))
        if entity is None:
            raise ApiError(431, "Unable to execute API command due to invalid value. Invalid parameter %s "
                                "value=%s due to incorrect long value format, or entity does not exist"
                           % (key, params.get(key, "")), 4350)
        return entity

    def vm_arg(self, params, key="id"):
        return self.entity_arg(self.vms, params, key)

    @staticmethod
    def require(command, params, names):
        """ParamProcessWorker: a required parameter that is missing, in the command's field order."""
        for name in names:
            if name not in params:
                raise ApiError(431, "Unable to execute API command %s due to missing parameter %s"
                               % (command.lower(), name))

    @staticmethod
    def internal_id(vm):
        return int(vm["instancename"].split("-")[2])

    @staticmethod
    def vm_text(vm):
        """VMInstanceVO.toString()."""
        return "VM[User|%s]" % vm["instancename"]

    RFC_NAME = ("Invalid name. Vm name can contain ASCII letters 'a' through 'z', the digits '0' through '9', "
                "and the hyphen ('-'), must be between 1 and 63 characters long, and can't start or end with "
                "\"-\" and can't start with digit")

    @classmethod
    def check_host_name(cls, name):
        """UserVmManagerImpl.checkNameForRFCCompliance (NetUtils.verifyDomainNameLabel, host name)."""
        lower = name.lower()
        if (not 1 <= len(name) <= 63 or any(c not in "abcdefghijklmnopqrstuvwxyz0123456789-" for c in lower)
                or name.startswith("-") or name.endswith("-") or name[0].isdigit()):
            raise ApiError(431, cls.RFC_NAME, 4350)

    def first_host(self, vm):
        hosts = [h for h in self.hosts if h["zoneid"] == vm["zoneid"]]
        return hosts[0] if hosts else None

    def handle(self, command, params, admin, method="GET"):
        self.settle_jobs()
        if command in ADMIN_ONLY and not admin:
            raise ApiError(401, "The given command does not exist or it is not available for user")
        if command in self.args.unknown_commands.split(","):
            raise ApiError(432, "The given command %s does not exist or it is not available for user" % command)
        if command == "listZones":
            return self.page(params, "zone", self.zones)
        if command == "listPods":
            return self.page(params, "pod", self.pods)
        if command == "listClusters":
            return self.page(params, "cluster", self.clusters)
        if command in ("listHosts", "listHostsMetrics"):
            hosts = [h for h in self.hosts if params.get("type", "Routing") == h["type"]]
            if command == "listHostsMetrics":
                hosts = [self.host_metrics(h) for h in hosts]
            return self.page(params, "host", hosts)
        if command == "listCapacity":
            return self.page(params, "capacity", self.capacities())
        if command == "createConsoleEndpoint":
            return self.console_endpoint(self.vm_arg(params, "virtualmachineid"))
        if command in ("listVirtualMachines", "listVirtualMachinesMetrics"):
            vms = [self.with_stats(self.vms[i]) for i in self.vm_order]
            if "id" in params:
                vms = [v for v in vms if v["id"] == params["id"]]
            for key in ("zoneid", "hostid", "state"):
                if key in params:
                    vms = [v for v in vms if v.get(key) == params[key]]
            if command == "listVirtualMachinesMetrics":
                vms = [dict(v, cputotal="%.2f GHz" % (v["cpunumber"] * v["cpuspeed"] / 1000.0),
                            memorytotal="%.2f MB" % v["memory"]) for v in vms]
            return self.page(params, "virtualmachine", vms)
        if command == "listEvents":
            return self.page(params, "event", self.events)
        if command == "listVMSnapshot":
            if "virtualmachineid" in params:
                self.vm_arg(params, "virtualmachineid")
            return self.page(params, "vmSnapshot", [self.snapshot_response(s) for s in self.listed_snapshots(params)])
        if command == "queryAsyncJobResult":
            return self.job_status(params.get("jobid", ""))
        if command == "startVirtualMachine":
            vm = self.vm_arg(params)
            return self.start_job("org.apache.cloudstack.api.command.admin.vm.StartVMCmdByAdmin", vm,
                                  lambda: self.set_state(vm, "Running", self.first_host(vm)), "Starting", "start")
        if command == "stopVirtualMachine":
            vm = self.vm_arg(params)
            return self.start_job("org.apache.cloudstack.api.command.admin.vm.StopVMCmdByAdmin", vm,
                                  lambda: self.set_state(vm, "Stopped", None), "Stopping", "stop")
        if command == "rebootVirtualMachine":
            vm = self.vm_arg(params)
            return self.start_job("org.apache.cloudstack.api.command.admin.vm.RebootVMCmdByAdmin", vm,
                                  lambda: self.set_state(vm, "Running", self.first_host(vm)), None, "reboot")
        if command == "destroyVirtualMachine":
            vm = self.vm_arg(params)
            expunge = params.get("expunge", "false").lower() == "true"
            return self.start_job("org.apache.cloudstack.api.command.admin.vm.DestroyVMCmdByAdmin", vm,
                                  lambda: self.remove_vm(vm) if expunge else self.set_state(vm, "Destroyed", None),
                                  None, "destroy")
        if command == "expungeVirtualMachine":
            vm = self.vm_arg(params)
            return self.start_job("org.apache.cloudstack.api.command.admin.vm.ExpungeVMCmd", vm,
                                  lambda: self.remove_vm(vm), "Expunging", "expunge")
        if command == "listServiceOfferings":
            offerings = list(self.offerings.values())
            if "id" in params:
                offerings = [o for o in offerings if o["id"] == params["id"]]
            if "name" in params:
                offerings = [o for o in offerings if o["name"] == params["name"]]
            return self.page(params, "serviceoffering", offerings)
        if command == "listTemplates":
            self.require(command, params, ("templatefilter",))
            images = list(self.images)
            if params["templatefilter"] == "featured":
                images = [i for i in images if i["isfeatured"]]
            for key in ("id", "zoneid"):
                if key in params:
                    images = [i for i in images if i[key] == params[key]]
            return self.page(params, "template", [{k: v for k, v in i.items() if k != "internal"} for i in images])
        if command == "listNetworks":
            networks = list(self.networks.values())
            for key in ("id", "zoneid", "type"):
                if key in params:
                    networks = [n for n in networks if n[key] == params[key]]
            if params.get("canusefordeploy", "").lower() == "true":
                networks = [n for n in networks if n["canusefordeploy"]]
            return self.page(params, "network", networks)
        if command == "listSSHKeyPairs":
            pairs = [p for p in self.keypairs if params.get("name", p["name"]) == p["name"]]
            return self.page(params, "sshkeypair", pairs)
        if command == "registerSSHKeyPair":
            return self.register_key_pair(params)
        if command == "listSecurityGroups":
            return self.page(params, "securitygroup", self.security_groups)
        if command == "deployVirtualMachine":
            return self.deploy_vm(params, method)
        if command == "scaleVirtualMachine":
            return self.scale_vm(params)
        if command == "updateVirtualMachine":
            return self.update_vm(params)
        if command == "createVMSnapshot":
            return self.create_vm_snapshot(params)
        if command == "revertToVMSnapshot":
            return self.revert_to_vm_snapshot(params)
        if command == "deleteVMSnapshot":
            return self.delete_vm_snapshot(params)
        raise ApiError(432, "The given command %s does not exist or it is not available for user" % command)

    def set_state(self, vm, state, host):
        vm["state"] = state
        self.place(vm, host)

    def remove_vm(self, vm):
        self.vms.pop(vm["id"], None)
        self.vm_order.remove(vm["id"])
        for snap in self.vm_snapshots(vm["id"]):  # expunging a VM deletes its VM snapshots
            del self.snapshots[snap["id"]]
        return {"success": True}

    # --- new VMs, scaling, renaming (UserVmManagerImpl, VmServiceOfferingScaleServiceImpl) ----
    def register_key_pair(self, params):
        """RegisterSSHKeyPairCmd: name first, then the key (normalised to "type base64")."""
        self.require("registerSSHKeyPair", params, ("name", "publickey"))
        name = params["name"]
        if any(p["name"] == name for p in self.keypairs):
            raise ApiError(431, "A key pair with name '%s' already exists for this account." % name, 4350)
        parts = params["publickey"].split()
        blob = None
        if len(parts) >= 2:
            try:
                blob = base64.b64decode(parts[1], validate=True)
            except ValueError:
                blob = None
        if blob is None or len(blob) < 4 or blob[4:4 + int.from_bytes(blob[:4], "big")] != parts[0].encode():
            raise ApiError(431, "Public key is invalid", 4350)
        key = parts[0] + " " + parts[1]
        if key in self.public_keys.values():
            raise ApiError(431, "A key pair with key '%s' already exists for this account." % key, 4350)
        digest = hashlib.md5(blob).hexdigest()
        pair = {"name": name, "account": "admin", "domainid": self.keypair_template["domainid"], "domain": "ROOT",
                "fingerprint": ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))}
        self.keypairs.append(pair)
        self.public_keys[name] = key
        return {"keypair": dict(pair)}

    def deploy_vm(self, params, method):
        """DeployVMCmd.create() allocates the VM (its refusals are the command's answer); the job
        starts it, and a start that finds no capacity leaves it in state Error."""
        self.require("deployVirtualMachine", params, ("zoneid", "serviceofferingid", "templateid"))
        zone = self.entity_arg({z["id"]: z for z in self.zones}, params, "zoneid")
        offering = self.entity_arg(self.offerings, params, "serviceofferingid")
        image = self.entity_arg({i["id"]: i for i in self.images if i["zoneid"] == zone["id"]}, params, "templateid")
        networks = [self.entity_arg(self.networks, {"networkids": n}, "networkids")
                    for n in params.get("networkids", "").split(",") if n]
        if offering["iscustomized"]:
            raise ApiError(431, "Need to specify custom parameter values cpu, cpu speed and memory when using "
                                "custom offering", 4350)
        n = self.vm_count + 1
        vm_id = uid(5, n)
        display = params.get("displayname")
        host_name = params.get("name") or display or "VM-" + vm_id
        self.check_host_name(host_name)
        keypair = params.get("keypair")
        if keypair and not any(p["name"] == keypair for p in self.keypairs):
            raise ApiError(431, "A key pair with name '%s' was not found." % keypair, 4350)
        userdata = params.get("userdata")
        if userdata is not None:
            limit = 32768 if method == "POST" else 4096
            try:
                decoded = base64.b64decode(userdata, validate=True)
            except ValueError:
                raise ApiError(431, "User data is not base64 encoded", 4350)
            if len(userdata) >= limit:
                raise ApiError(431, "User data is too long for an http %s request" % method, 4350)
            if not decoded:
                raise ApiError(431, "User data is too short", 4350)
        if not image["isready"]:
            raise ApiError(530, "Template %d has not been completely downloaded to zone %d"
                           % (image["internal"], self.zones.index(zone) + 1), 4250)
        if not networks:
            networks = [next(nw for nw in self.networks.values() if nw["zoneid"] == zone["id"])]
        for network in networks:
            if any(v["name"] == host_name and v["state"] != "Expunging"
                   and any(nic.get("networkid") == network["id"] for nic in v["nic"]) for v in self.vms.values()):
                raise ApiError(431, "The vm with hostName %s already exists in the network domain: %s; network=%s"
                               % (host_name, network["networkdomain"], network["name"]), 4350)
        self.vm_count = n
        vm = copy.deepcopy(self.vm_template)
        nics = []
        for k, network in enumerate(networks):
            prefix = network["cidr"].rsplit(".", 1)[0]
            nics.append({"id": self.next_id(6), "networkid": network["id"], "networkname": network["name"],
                         "netmask": "255.255.255.0", "gateway": network["gateway"],
                         "ipaddress": "%s.%d" % (prefix, 10 + n % 240), "traffictype": "Guest",
                         "type": network["type"], "isdefault": k == 0,
                         "macaddress": "02:01:%02x:%02x:%02x:%02x" % ((n >> 8) & 255, n & 255, k, 1),
                         "secondaryip": [], "extradhcpoption": []})
        vm.update({"id": vm_id, "name": host_name, "displayname": display or host_name,
                   "instancename": "i-2-%d-VM" % n, "zoneid": zone["id"], "zonename": zone["name"],
                   "templateid": image["id"], "templatename": image["name"], "templatedisplaytext": image["displaytext"],
                   "osdisplayname": image["ostypename"], "serviceofferingid": offering["id"],
                   "serviceofferingname": offering["name"], "cpunumber": offering["cpunumber"],
                   "cpuspeed": offering["cpuspeed"], "memory": offering["memory"], "nic": nics, "hypervisor": "KVM",
                   "isdynamicallyscalable": image["isdynamicallyscalable"], "created": now_text(),
                   "state": "Stopped"})
        if keypair:
            vm["keypair"] = keypair
        groups = [g for g in params.get("securitygroupnames", "").split(",") if g]
        vm["securitygroup"] = [{"id": g["id"], "name": g["name"], "description": g["description"]}
                               for g in self.security_groups if g["name"] in groups]
        self.vms[vm_id] = vm
        self.vm_order.append(vm_id)
        self.place(vm, None)
        start = params.get("startvm", "true").lower() != "false"
        fault = None
        if start and offering["memory"] > self.args.capacity_mib:
            fault = (533, "Unable to create a deployment for " + self.vm_text(vm))

        def started():
            if start:
                self.set_state(vm, "Running", self.first_host(vm))

        def failed():
            self.set_state(vm, "Error", None)
        job = self.start_job("org.apache.cloudstack.api.command.admin.vm.DeployVMCmdByAdmin", vm, started,
                             "Starting" if start else None, "deploy", event="VM.CREATE", failed=failed, fault=fault)
        return dict(job, id=vm_id)

    def scale_refusal(self, vm, offering):
        """What scaling `vm` to `offering` fails with inside the job, or None."""
        if offering["iscustomized"]:
            return "Need to specify custom parameter values cpu, cpu speed and memory when using custom offering"
        if vm["state"] not in ("Running", "Stopped"):
            return ("Unable to upgrade virtual machine %s  in state %s; make sure the virtual machine is "
                    "stopped/running" % (self.vm_text(vm), vm["state"]))
        if vm["serviceofferingid"] == offering["id"]:
            return ("Not upgrading vm %s since it already has the requested service offering (%s)"
                    % (self.vm_text(vm), offering["name"]))
        if vm["state"] == "Stopped":
            return None
        new = (offering["memory"], offering["cpuspeed"], offering["cpunumber"])
        old = (vm["memory"], vm["cpuspeed"], vm["cpunumber"])
        if any(a < b for a, b in zip(new, old)) or new == old:
            return ("While the VM is running, only scalling up it is supported. New service offering "
                    "{\"memory\": %s, \"speed\": %s, \"cpu\": %s} should have at least one value (ram, speed or cpu) "
                    "greater than the current values {\"memory\": %s, \"speed\": %s, \"cpu\": %s}." % (new + old))
        current = self.offerings.get(vm["serviceofferingid"])
        if vm["hypervisor"] == "KVM" and not (current and current["iscustomized"]):
            return ("Unable to live scale VM on KVM when current service offering is a \"Fixed Offering\". KVM needs "
                    "the tag \"maxMemory\" to live scale and it is only configured when VM is deployed with a custom "
                    "service offering and \"Dynamic Scalable\" is enabled.")
        if not vm.get("isdynamicallyscalable"):
            return (530, "Unable to scale %s as it does not have tools to support dynamic scaling." % self.vm_text(vm))
        return None

    def scale_vm(self, params):
        """ScaleVMCmd: parameters checked with the request, everything else inside the job."""
        self.require("scaleVirtualMachine", params, ("id", "serviceofferingid"))
        vm = self.vm_arg(params)
        offering = self.entity_arg(self.offerings, params, "serviceofferingid")

        def scaled():
            vm.update({"serviceofferingid": offering["id"], "serviceofferingname": offering["name"],
                       "cpunumber": offering["cpunumber"], "cpuspeed": offering["cpuspeed"],
                       "memory": offering["memory"]})
        return self.start_job("org.apache.cloudstack.api.command.admin.vm.ScaleVMCmdByAdmin", vm, scaled,
                              verb="scale", event="VM.DYNAMIC.SCALE", refusal=self.scale_refusal(vm, offering))

    def update_vm(self, params):
        """UpdateVMCmd is synchronous and answers with the VM."""
        self.require("updateVirtualMachine", params, ("id",))
        vm = self.vm_arg(params)
        if vm["state"] in ("Error", "Expunging"):
            raise ApiError(431, "Vm with id %d is not in the right state" % self.internal_id(vm), 4350)
        if "name" in params:
            self.check_host_name(params["name"])
            vm["name"] = params["name"]
        if params.get("displayname"):
            vm["displayname"] = params["displayname"]
        self.add_event("VM.UPDATE", "Successfully completed updating Vm. Vm Id: %s" % vm["id"], "INFO", vm)
        return {"virtualmachine": copy.deepcopy(self.with_stats(vm))}

    # --- VM snapshots (VMSnapshotManagerImpl, DefaultVMSnapshotStrategy) --------------------
    SNAPSHOT_TASKS = ("Allocated", "Creating", "Expunging", "Reverting")  # hasActiveVMSnapshotTasks
    SNAPSHOT_MAX = 10  # vmsnapshot.max
    SNAPSHOT_BUSY = "There is other active vm snapshot tasks on the instance, please try again later"

    def vm_snapshots(self, vm_id):
        return [s for s in self.snapshots.values() if s["virtualmachineid"] == vm_id]

    def snapshot_task_running(self, vm_id, but=None):
        return any(s["state"] in self.SNAPSHOT_TASKS and s is not but for s in self.vm_snapshots(vm_id))

    def make_current(self, snap):
        for other in self.vm_snapshots(snap["virtualmachineid"]):
            other["current"] = other is snap

    def snapshot_response(self, snap):
        """VMSnapshotResponse: parent and parentName name the parent as it is when answering."""
        parent = self.snapshots.get(snap["parent"] or "")
        return dict(snap, parent=parent["id"] if parent else None,
                    parentName=parent["displayname"] if parent else None)

    def listed_snapshots(self, params):
        snaps = list(self.snapshots.values())
        for key, field in (("virtualmachineid", "virtualmachineid"), ("vmsnapshotid", "id"), ("state", "state")):
            if key in params:
                snaps = [s for s in snaps if s[field] == params[key]]
        if "name" in params:
            snaps = [s for s in snaps if params["name"] in (s["name"], s["displayname"])]
        return snaps

    def create_vm_snapshot(self, params):
        """CreateVMSnapshotCmd.create() checks and records the snapshot before its job, so these
        refusals are the command's own answer; the job then takes it from Creating to Ready."""
        vm = self.vm_arg(params, "virtualmachineid")
        display, description = params.get("name"), params.get("description")
        memory = params.get("snapshotmemory", "false").lower() == "true"
        if display is not None and len(display) > 255:
            raise ApiError(431, "Creating VM snapshot failed due to length of VM snapshot vsDisplayName should not "
                                "exceed 255", 4350)
        if description is not None and len(description) > 255:
            raise ApiError(431, "Creating VM snapshot failed due to length of VM snapshot vsDescription should not "
                                "exceed 255", 4350)
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%d%H%M%S")
        internal = "%s_VS_%s" % (vm["instancename"], stamp)
        if display is None:
            display = internal
        if any(s["displayname"] == display for s in self.vm_snapshots(vm["id"])):
            raise ApiError(431, "Creating VM snapshot failed due to VM snapshot with name" + display
                           + "  already exists", 4350)
        if vm["state"] not in ("Running", "Stopped"):
            raise ApiError(431, "Creating vm snapshot failed due to VM:%s is not in the running or Stopped state"
                           % vm["id"], 4350)
        if memory and vm["state"] == "Stopped":
            raise ApiError(431, "Can not snapshot memory when VM is in stopped state", 4350)
        if vm.get("hypervisor") == "KVM" and vm["state"] == "Running" and not memory:
            raise ApiError(431, "KVM VM does not allow to take a disk-only snapshot when VM is in running state", 4350)
        if len(self.vm_snapshots(vm["id"])) >= self.SNAPSHOT_MAX:
            raise ApiError(530, "Creating vm snapshot failed due to a VM can just have : %d VM snapshots. Please "
                                "delete old ones" % self.SNAPSHOT_MAX, 4250)
        if self.snapshot_task_running(vm["id"]):
            raise ApiError(530, self.SNAPSHOT_BUSY, 4250)
        current = next((s for s in self.vm_snapshots(vm["id"]) if s["current"]), None)
        snap_id = self.next_id(10)
        snap = {"id": snap_id, "name": internal, "displayname": display, "description": description,
                "state": "Creating", "type": "DiskAndMemory" if memory and vm["state"] == "Running" else "Disk",
                "current": False, "parent": current["id"] if current else None,
                "virtualmachineid": vm["id"], "virtualmachinename": vm["name"], "zoneid": vm["zoneid"],
                "zonename": vm["zonename"], "hypervisor": vm.get("hypervisor"), "account": vm.get("account"),
                "domainid": vm.get("domainid"), "domain": vm.get("domain"), "created": now_text(), "tags": []}
        self.snapshots[snap_id] = snap

        def taken():
            snap["state"] = "Ready"
            self.make_current(snap)
            return {"vmsnapshot": self.snapshot_response(snap)}

        def failed():
            snap["state"] = "Error"
        job = self.start_job("org.apache.cloudstack.api.command.user.vmsnapshot.CreateVMSnapshotCmd", vm, taken,
                             verb="snapshot", event="VMSNAPSHOT.CREATE", failed=failed)
        return dict(job, id=snap_id)

    def revert_to_vm_snapshot(self, params):
        """RevertToVMSnapshotCmd checks inside its job: a refusal is a failed job."""
        snap = self.entity_arg(self.snapshots, params, "vmsnapshotid")
        vm = self.vms[snap["virtualmachineid"]]
        refusal = None
        if self.snapshot_task_running(vm["id"]):
            refusal = self.SNAPSHOT_BUSY
        elif vm["state"] not in ("Running", "Stopped"):
            refusal = "VM Snapshot reverting failed due to vm is not in the state of Running or Stopped."
        elif (vm["state"] == "Running" and snap["type"] == "Disk"
              or vm["state"] == "Stopped" and snap["type"] == "DiskAndMemory"):
            refusal = ("VM Snapshot revert not allowed. This will result in VM state change. You can revert running VM "
                       "to disk and memory type snapshot and stopped VM to disk type snapshot")
        elif snap["state"] != "Ready":
            refusal = "VM Snapshot reverting failed due to vm snapshot is not in the state of Created."
        else:
            snap["state"] = "Reverting"

        def reverted():
            snap["state"] = "Ready"
            self.make_current(snap)

        def failed():
            snap["state"] = "Ready"
        return self.start_job("org.apache.cloudstack.api.command.user.vmsnapshot.RevertToVMSnapshotCmd", vm, reverted,
                              verb="revert", event="VMSNAPSHOT.REVERTTO", refusal=refusal, failed=failed)

    def delete_vm_snapshot(self, params):
        """DeleteVMSnapshotCmd checks inside its job. Children move up to the deleted one's parent,
        which also becomes current if the deleted one was (DefaultVMSnapshotStrategy)."""
        snap = self.entity_arg(self.snapshots, params, "vmsnapshotid")
        vm = self.vms[snap["virtualmachineid"]]
        refusal = None
        if snap["state"] not in ("Ready", "Expunging", "Error"):
            refusal = ("Can't delete the vm snapshotshot %s due to it is not in Created or Error, or Expunging State"
                       % snap["id"])
        elif self.snapshot_task_running(vm["id"], but=snap if snap["state"] == "Expunging" else None):
            refusal = self.SNAPSHOT_BUSY
        else:
            snap["state"] = "Expunging"

        def deleted():
            for child in self.vm_snapshots(vm["id"]):
                if child["parent"] == snap["id"]:
                    child["parent"] = snap["parent"]
            if snap["current"] and snap["parent"] in self.snapshots:
                self.snapshots[snap["parent"]]["current"] = True
            del self.snapshots[snap["id"]]
            return {"success": True}

        def failed():
            snap["state"] = "Error"
        return self.start_job("org.apache.cloudstack.api.command.user.vmsnapshot.DeleteVMSnapshotCmd", vm, deleted,
                              verb="delete a snapshot of", event="VMSNAPSHOT.DELETE", refusal=refusal, failed=failed)

    def page(self, params, key, items):
        if ("page" in params) != ("pagesize" in params):
            raise ApiError(431, "Both page and pagesize parameters must be specified", 4350)
        total = len(items)
        if "page" in params:
            try:
                page, size = int(params["page"]), int(params["pagesize"])
            except ValueError:
                raise ApiError(431, "Unable to execute API command due to invalid value", 4350)
            if size > self.args.max_page_size:
                raise ApiError(431, "Page size can't exceed max allowed page size value: %d"
                               % self.args.max_page_size, 4350)
            if page < 1 or size < 1:
                raise ApiError(431, "Page and pagesize must be positive", 4350)
            items = items[(page - 1) * size:page * size]
        if total == 0:
            return {}  # an empty list: no count, no array
        body = {"count": total}
        if items:
            body[key] = [strip_empty(copy.deepcopy(i)) for i in items]
        return body


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    cloud = None

    def log_message(self, fmt, *args):
        if self.cloud.args.verbose:
            sys.stderr.write("fake-cloudstack: " + fmt % args + "\n")

    def do_GET(self):
        query = urllib.parse.urlsplit(self.path).query
        self.record("GET", query, "")
        self.serve(query)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length).decode("utf-8", "replace")
        query = urllib.parse.urlsplit(self.path).query
        self.record("POST", query, body)
        # The servlet container reads form parameters only from a form-encoded body.
        if not self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
            body = ""
        self.serve(query + ("&" if query and body else "") + body)

    def record(self, method, query, body):
        if self.cloud.args.record:
            with self.cloud.lock, open(self.cloud.args.record, "a") as out:
                out.write(json.dumps({"method": method, "query": query, "body": body}) + "\n")

    def send(self, status, payload, content_type="application/json; charset=UTF-8"):
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def error(self, envelope, code, text, cs_code=None):
        body = {"uuidList": [], "errorcode": code, "errortext": text}
        if cs_code is not None:
            body["cserrorcode"] = cs_code
        self.send(code, {envelope: body})

    def serve(self, query):
        cloud, args = self.cloud, self.cloud.args
        params = {}
        for name, value in urllib.parse.parse_qsl(query, keep_blank_values=True):
            params.setdefault(name, value)
        command = params.get("command", "")
        envelope = command.lower() + "response"
        with cloud.lock:
            cloud.requests += 1
            count = cloud.requests
        if command == args.hang_command:
            time.sleep(3600)
            return
        # Authentication first, exactly as ApiServlet does: 401 with the envelope, no cserrorcode.
        lower = {k.lower(): v for k, v in params.items()}
        secrets = {args.api_key: (args.secret_key, True), args.user_api_key: (args.user_secret_key, False)}
        key = lower.get("apikey", "")
        if key not in secrets or "signature" not in lower or "command" not in lower:
            return self.error(envelope, 401, BAD_SIGNATURE)
        secret, admin = secrets[key]
        signed = {k: v for k, v in params.items() if k.lower() != "signature"}
        if not hmac.compare_digest(sign(signed, secret), lower["signature"]):
            return self.error(envelope, 401, BAD_SIGNATURE)
        # ApiServer.verifyRequest: version 3 needs a parseable expires that has not passed.
        if lower.get("signatureversion") == "3":
            if args.refuse_signature_v3:
                return self.error(envelope, 401, BAD_SIGNATURE)
            try:
                expires = datetime.datetime.strptime(lower.get("expires", ""), "%Y-%m-%dT%H:%M:%S%z")
            except ValueError:
                return self.error(envelope, 401, BAD_SIGNATURE)
            now = datetime.datetime.now(datetime.timezone.utc)
            if expires < now:
                return self.error(envelope, 401, BAD_SIGNATURE)
            if args.enforce_timestamps and expires > now + datetime.timedelta(minutes=15):
                return self.error(envelope, 401, BAD_SIGNATURE)
        elif args.enforce_timestamps:
            return self.error(envelope, 401, BAD_SIGNATURE)
        if args.throttle_every and count % args.throttle_every == 0:
            return self.error(envelope, 429, "The given user has reached his/her account api limit, "
                                             "please retry after 1 ms.", 9999)
        if command == args.malformed_command:
            return self.send(200, b"<html><body>Proxy error</body></html>", "text/html")
        if command == args.huge_command:
            return self.send(200, {envelope: {"count": 1, "padding": "x" * (8 * 1024 * 1024)}})
        try:
            with cloud.lock:
                body = cloud.handle(command, params, admin, self.command)
        except ApiError as e:
            return self.error(envelope, e.code, e.text, e.cs_code)
        if command == args.not_a_list_command:
            body = {k: (v[0] if isinstance(v, list) and v else v) for k, v in body.items()}
        self.send(200, {envelope: strip_empty(body)})


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--fixtures", default=os.path.join(here, "..", "data", "cloudstack"))
    p.add_argument("--vms", type=int, default=6)
    p.add_argument("--failing-vms", type=int, default=1, help='VMs named "fail-NN" whose jobs fail')
    p.add_argument("--zones", type=int, default=1)
    p.add_argument("--hosts-per-cluster", type=int, default=2)
    p.add_argument("--events", type=int, default=3)
    p.add_argument("--job-seconds", type=float, default=1.0)
    p.add_argument("--max-page-size", type=int, default=500)
    p.add_argument("--capacity-mib", type=int, default=32768,
                   help="deploy jobs of offerings with more memory fail with insufficient capacity")
    p.add_argument("--security-groups", action="store_true", help="zones with security groups enabled")
    p.add_argument("--api-key", default=ADMIN_KEY)
    p.add_argument("--secret-key", default=ADMIN_SECRET)
    p.add_argument("--user-api-key", default=USER_KEY)
    p.add_argument("--user-secret-key", default=USER_SECRET)
    p.add_argument("--throttle-every", type=int, default=0, help="answer every Nth request with 429")
    p.add_argument("--hang-command", default="", help="never answer this command")
    p.add_argument("--malformed-command", default="", help="answer this command with HTML")
    p.add_argument("--not-a-list-command", default="", help="answer this list command with an object in place of its array")
    p.add_argument("--huge-command", default="", help="answer this command with 8 MiB")
    p.add_argument("--unknown-commands", default="",
                   help="comma-separated commands answered like unknown ones (older server, plugin off)")
    p.add_argument("--refuse-signature-v3", action="store_true",
                   help="answer every signatureVersion=3 request with the 401 of a refused signature")
    p.add_argument("--enforce-timestamps", action="store_true",
                   help="signatures as with enforce.post.requests.and.timestamps: v3, expires <= 15 min ahead")
    p.add_argument("--record", default="", help="append each request as a JSON line to this file")
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args()
    Handler.cloud = Cloud(args)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
