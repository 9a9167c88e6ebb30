#!/usr/bin/env python3
"""Generates Welkin's kind and state icons (16x16 viewBox SVGs) so the set stays consistent.
Run from this directory: ./make-icons.py"""

BADGES = {
    "running": ('#2e9d47', '<path d="M10.2 9.6v5l4.2-2.5z" fill="#fff"/>'),
    "paused": ('#d39a12', '<rect x="10.3" y="9.8" width="1.4" height="4.4" fill="#fff"/><rect x="12.8" y="9.8" width="1.4" height="4.4" fill="#fff"/>'),
    "shutoff": ('#7a7f87', '<rect x="10.4" y="10.2" width="3.6" height="3.6" rx=".4" fill="#fff"/>'),
    "crashed": ('#c8322f', '<path d="M10.4 10.2l3.6 3.6M14 10.2l-3.6 3.6" stroke="#fff" stroke-width="1.3" stroke-linecap="round"/>'),
    "suspended": ('#5a6fd6', '<path d="M13.9 10.3a2.2 2.2 0 1 0 0 3.4 1.8 1.8 0 1 1 0-3.4z" fill="#fff"/>'),
    "busy": ('#2f7fd1', '<circle cx="10.6" cy="12" r=".75" fill="#fff"/><circle cx="12.2" cy="12" r=".75" fill="#fff"/><circle cx="13.8" cy="12" r=".75" fill="#fff"/>'),
    "unknown": ('#9aa0a8', '<path d="M11.2 11a1 1 0 1 1 1.4.9c-.4.2-.6.4-.6.9" stroke="#fff" stroke-width="1" fill="none" stroke-linecap="round"/><circle cx="12" cy="14" r=".55" fill="#fff"/>'),
    "unreachable": ('#c8322f', '<path d="M10.5 13.5l3-3M11 10.6l2.4 2.4" stroke="#fff" stroke-width="1.2" stroke-linecap="round"/>'),
    "authfailed": ('#c8322f', '<rect x="10.5" y="11.6" width="3.4" height="2.6" rx=".4" fill="#fff"/><path d="M11.3 11.6v-.8a.9.9 0 0 1 1.8 0v.8" stroke="#fff" stroke-width=".8" fill="none"/>'),
    "connected": ('#2e9d47', '<path d="M10.4 12.1l1.2 1.2 2.4-2.6" stroke="#fff" stroke-width="1.2" fill="none" stroke-linecap="round" stroke-linejoin="round"/>'),
}

KINDS = {
    # monitor with a stand
    "vm": '<rect x="1" y="2" width="12" height="8.5" rx="1.2" fill="#e8edf3" stroke="#4a5563"/><rect x="2.6" y="3.6" width="8.8" height="5.3" fill="#8fb4dc"/><path d="M5 13.5h4M7 10.5v3" stroke="#4a5563" stroke-linecap="round"/>',
    # rack server: three stacked units
    "host": '<rect x="1.5" y="1.5" width="11" height="3.6" rx=".7" fill="#dfe5ec" stroke="#4a5563"/><rect x="1.5" y="5.9" width="11" height="3.6" rx=".7" fill="#dfe5ec" stroke="#4a5563"/><rect x="1.5" y="10.3" width="11" height="3.6" rx=".7" fill="#dfe5ec" stroke="#4a5563"/><circle cx="3.6" cy="3.3" r=".7" fill="#2e9d47"/><circle cx="3.6" cy="7.7" r=".7" fill="#2e9d47"/><circle cx="3.6" cy="12.1" r=".7" fill="#2e9d47"/>',
    # hypervisor connection: a host with a link
    "provider": '<rect x="1.5" y="2" width="11" height="5" rx=".8" fill="#cfe0f3" stroke="#35598a"/><rect x="1.5" y="8" width="11" height="5" rx=".8" fill="#cfe0f3" stroke="#35598a"/><path d="M3.5 4.5h5M3.5 10.5h5" stroke="#35598a" stroke-linecap="round"/>',
    "cloud": '<path d="M4 12.5h7.2a3 3 0 0 0 .3-6 4 4 0 0 0-7.6-.6A3.3 3.3 0 0 0 4 12.5z" fill="#d7e6f7" stroke="#35598a"/>',
    "region": '<circle cx="7" cy="7.5" r="5.5" fill="#e2efe2" stroke="#3f7a45"/><path d="M1.5 7.5h11M7 2c-2 2.8-2 8.2 0 11M7 2c2 2.8 2 8.2 0 11" stroke="#3f7a45" fill="none"/>',
    "zone": '<path d="M7 1.5l5.5 3v6L7 13.5l-5.5-3v-6z" fill="#efe6d2" stroke="#8a6a2c"/><path d="M1.5 4.5L7 7.5l5.5-3M7 7.5v6" stroke="#8a6a2c" fill="none"/>',
    "project": '<path d="M1.5 3.5h4l1.2 1.5h5.8v7.5h-11z" fill="#f1e3b8" stroke="#8a6a2c" stroke-linejoin="round"/>',
    # pod: a rack cabinet
    "pod": '<rect x="3" y="1.5" width="8" height="11.5" rx=".8" fill="#e4e8ee" stroke="#4a5563"/><path d="M4.8 4h4.4M4.8 6.5h4.4M4.8 9h4.4" stroke="#4a5563" stroke-linecap="round"/>',
    # cluster: three linked nodes
    "cluster": '<circle cx="7" cy="3.5" r="2" fill="#dfe5ec" stroke="#4a5563"/><circle cx="3" cy="11" r="2" fill="#dfe5ec" stroke="#4a5563"/><circle cx="11" cy="11" r="2" fill="#dfe5ec" stroke="#4a5563"/><path d="M6 5.3L4 9.2M8 5.3l2 3.9M5 11h4" stroke="#4a5563"/>',
    # server pool: a folder holding two servers
    "pool": '<path d="M1 3h4.2l1.3 1.4H13V13H1z" fill="#d9e6d0" stroke="#3f6a35" stroke-linejoin="round"/><rect x="3" y="6.2" width="8" height="2.5" rx=".5" fill="#f4f7f2" stroke="#3f6a35" stroke-width=".8"/><rect x="3" y="9.4" width="8" height="2.5" rx=".5" fill="#f4f7f2" stroke="#3f6a35" stroke-width=".8"/><circle cx="4.4" cy="7.45" r=".5" fill="#2e9d47"/><circle cx="4.4" cy="10.65" r=".5" fill="#2e9d47"/>',
    "group": '<rect x="1.5" y="3" width="7" height="5" rx=".8" fill="#e6e0f2" stroke="#5b4a8a"/><rect x="5.5" y="7" width="7" height="5" rx=".8" fill="#e6e0f2" stroke="#5b4a8a"/>',
}

def svg(body):
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">'
            + body + '</svg>\n')

def badge(name):
    color, glyph = BADGES[name]
    return f'<circle cx="12.2" cy="12" r="3.5" fill="{color}" stroke="#fff" stroke-width=".8"/>{glyph}'

for kind, body in KINDS.items():
    open(f"kind-{kind}.svg", "w").write(svg(body))
for state in ("running", "paused", "shutoff", "crashed", "suspended", "busy", "unknown"):
    open(f"vm-{state}.svg", "w").write(svg(KINDS["vm"] + badge(state)))
for state in ("connected", "busy", "unreachable", "authfailed", "shutoff"):
    open(f"provider-{state}.svg", "w").write(svg(KINDS["provider"] + badge(state)))
