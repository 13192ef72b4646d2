"""Which addresses the class server warns about: anything beyond this machine, in both
languages, from the catalogue; every loopback address, IPv4 or IPv6, says nothing."""

from __future__ import annotations

import socket

import pytest

from edu.errors import UsageError
from edu.live.server import bind
from edu.live.server import host_warning
from edu.live.server import is_loopback
from edu.live.server import warning_for
from edu.present.strings import STRINGS


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "127.255.255.254", "::1",
                                  "::ffff:127.0.0.1", "localhost", "LocalHost."])
def test_loopback_hosts(host: str) -> None:
    """Every loopback address (127.0.0.0/8, ::1, IPv4-mapped loopback) and the name
    localhost reach this machine only."""
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.5", "10.0.0.1", "fe80::1%eth0",
                                  "::ffff:192.168.1.5", "example.org", "localhost.example.org",
                                  ""])
def test_hosts_beyond_this_machine(host: str) -> None:
    """Any other address, and any other name (not resolved), counts as beyond this
    machine."""
    assert not is_loopback(host)


def test_another_loopback_address_says_nothing() -> None:
    """A server on 127.0.0.2 listens on this machine only: no warning."""
    sock = bind("127.0.0.2", 0)
    try:
        assert host_warning(sock) is None
    finally:
        sock.close()


def test_ipv6_loopback_says_nothing() -> None:
    """A server on ::1 listens on this machine only: no warning."""
    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    try:
        sock = bind("::1", 0)
    except UsageError:  # a machine without an IPv6 loopback
        pytest.skip("cannot listen on ::1 here")
    try:
        assert host_warning(sock) is None
    finally:
        sock.close()


def test_all_addresses_warn_in_both_languages() -> None:
    """A server on 0.0.0.0 warns, naming where it listens, with the catalogue's words in
    Chinese and in English (decided from the address; tests never listen beyond loopback)."""
    port = 8123
    warning = warning_for("0.0.0.0", port)
    assert warning is not None
    entry = STRINGS["class_host_warning"]
    assert warning.zh == entry.zh.format(host="0.0.0.0", port=port)
    assert warning.en == entry.en.format(host="0.0.0.0", port=port)
    assert f"0.0.0.0:{port}" in warning.zh
    assert warning.en.startswith(f"listening on 0.0.0.0:{port} — every device")
