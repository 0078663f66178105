"""Which URLs Sleeve refuses to request, in every spelling of a non-public address,
and the one spelling of an internationalised host name that is checked and connected."""

from __future__ import annotations

import ipaddress

import pytest

from sleeve.core.outbound import (
    RefusedUrl,
    UnresolvableHost,
    check_url,
    is_public_address,
    parse_url,
)


def check_callback_url(url: str, *, allow_private: bool) -> None:
    check_url(url, field="callBackUrl", allow_private=allow_private)


def parse_callback_url(url: str, *, allow_private: bool):  # type: ignore[no-untyped-def]
    return parse_url(url, field="callBackUrl", allow_private=allow_private)


NON_PUBLIC_LITERALS = [
    "http://127.0.0.1/cb",
    "http://2130706433/cb",  # decimal integer
    "http://0177.0.0.1/cb",  # octal
    "http://0x7f.1/cb",  # hex, short
    "http://0x7f000001/cb",  # hex integer
    "http://127.1/cb",  # short form
    "http://127.0.0.1./cb",  # trailing dot
    "http://[::1]/cb",
    "http://[::ffff:127.0.0.1]/cb",  # IPv4-mapped
    "http://[::ffff:a00:1]/cb",  # IPv4-mapped 10.0.0.1, hex spelling
    "http://[fe80::1%25eth0]/cb",  # link-local with zone id
    "http://[64:ff9b::a9fe:a9fe]/cb",  # NAT64 of 169.254.169.254
    "http://[2002:c0a8:101::]/cb",  # 6to4 of 192.168.1.1
    "http://[fc00::1]/cb",  # unique local
    "http://[ff02::1]/cb",  # multicast
    "http://[::]/cb",
    "http://169.254.169.254/latest/meta-data",
    "http://224.0.0.1/cb",
    "http://10.0.0.7/cb",
    "http://10.255.255.255/cb",
    "http://172.16.0.1/cb",
    "http://172.31.255.254/cb",
    "http://192.168.1.1/cb",
    "http://100.64.0.1/cb",  # shared, carrier-grade NAT
    "http://100.127.255.254/cb",
    "http://198.18.0.1/cb",  # benchmarking
    "http://192.0.2.10/cb",  # documentation
    "http://240.0.0.1/cb",  # reserved
    "http://255.255.255.255/cb",
    "http://0.0.0.0/cb",
    "http://0/cb",
    "https://127.0.0.1:8443/cb",
]


@pytest.mark.parametrize("url", NON_PUBLIC_LITERALS)
def test_non_public_ip_literals_are_refused(url: str) -> None:
    with pytest.raises(RefusedUrl, match="public internet addresses"):
        check_callback_url(url, allow_private=False)


@pytest.mark.parametrize("url", NON_PUBLIC_LITERALS)
def test_non_public_ip_literals_are_allowed_when_private_is_allowed(url: str) -> None:
    check_callback_url(url, allow_private=True)


def test_the_message_names_the_address_behind_an_odd_spelling() -> None:
    with pytest.raises(RefusedUrl) as caught:
        check_callback_url("http://0x7f.1/cb", allow_private=False)
    assert str(caught.value) == (
        "callBackUrl points to 127.0.0.1, a loopback address; "
        "Sleeve only connects to public internet addresses"
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://93.184.216.34/cb",
        "https://93.184.216.34:8443/cb",
        "https://[2606:4700::1111]/cb",
        "https://[2606:4700:4700::1111]:1/cb",
        "http://1.1.1.1:65535/cb",
        "http://0x5db8d822/cb",  # 93.184.216.34 as one hex number: public, so fine
    ],
)
def test_public_ip_literals_are_allowed_without_any_lookup(url: str) -> None:
    check_callback_url(url, allow_private=False)


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST", "api.localhost", "localhost."])
def test_localhost_names_are_refused_without_resolving(host: str) -> None:
    with pytest.raises(RefusedUrl, match="this machine"):
        check_callback_url(f"http://{host}:8080/cb", allow_private=False)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://user:pass@example.com/cb", "user name or password"),
        ("https://token@example.com/cb", "user name or password"),
        ("http://example.com\\@127.0.0.1/cb", "user name or password"),
        ("ftp://example.com/cb", "http:// or https://"),
        ("file:///etc/passwd", "http:// or https://"),
        ("javascript:alert(1)", "http:// or https://"),
        ("/relative/path", "http:// or https://"),
        ("example.com/cb", "http:// or https://"),
        ("", "http:// or https://"),
        ("not a url", "without spaces"),
        ("http://exa mple.com/cb", "without spaces"),
        ("http:///cb", "no host"),
        ("http://example.com:0/cb", "port 0"),
        ("http://example.com:70000/cb", "1-65535"),
        ("http://[::1/cb", "not a valid URL"),
        ("http://999.1.1.1/cb", "invalid IPv4"),
        ("http://1.2.3.4.5/cb", "invalid IPv4"),
        ("http://08.1.1.1/cb", "invalid IPv4"),
    ],
)
def test_malformed_urls_are_refused_even_when_private_is_allowed(url: str, words: str) -> None:
    for allow_private in (False, True):
        with pytest.raises(RefusedUrl, match=words):
            check_callback_url(url, allow_private=allow_private)


def test_unresolvable_names_are_refused_with_a_clear_sentence() -> None:
    # ".invalid" never resolves (RFC 6761): the resolver answers from local rules.
    with pytest.raises(UnresolvableHost, match="could not be resolved"):
        check_callback_url("https://no-such-host.invalid/cb", allow_private=False)


def test_no_lookup_is_made_when_private_is_allowed() -> None:
    check_callback_url("https://no-such-host.invalid/cb", allow_private=True)


def test_the_port_defaults_by_scheme() -> None:
    assert parse_callback_url("https://example.com/x", allow_private=False).port == 443
    assert parse_callback_url("http://example.com/x", allow_private=False).port == 80


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("8.8.8.8", True),
        ("2606:4700::1111", True),
        ("127.0.0.1", False),
        ("100.64.0.1", False),
        ("224.0.0.1", False),
        ("::ffff:8.8.8.8", True),
        ("::ffff:10.0.0.1", False),
        ("fe80::1%eth0", False),
        ("2001:db8::1", False),
    ],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public
    if "%" not in address:
        assert is_public_address(ipaddress.ip_address(address)) is public


def resolver_for(answers: dict[str, str], asked: list[str]):  # type: ignore[no-untyped-def]
    """A resolver that answers from `answers` and records every name it was asked."""

    def resolve(host: str, _port: int) -> list:
        asked.append(host)
        if host not in answers:
            raise OSError("no such name")
        return [ipaddress.ip_address(answers[host])]

    return resolve


def test_an_internationalised_name_is_checked_in_the_spelling_that_is_connected() -> None:
    # "faß" is "fass" in the old IDNA 2003 (what socket.getaddrinfo does with a str)
    # but "xn--fa-hia" in IDNA 2008 / UTS 46 (what httpx and browsers connect to).
    asked: list[str] = []
    answers = {"fass.example": "93.184.216.34", "xn--fa-hia.example": "127.0.0.1"}
    with pytest.raises(RefusedUrl, match="'xn--fa-hia.example' resolves to 127.0.0.1"):
        check_url(
            "https://faß.example/a.mp3",
            field="audioUrl",
            allow_private=False,
            resolver=resolver_for(answers, asked),
        )
    assert asked == ["xn--fa-hia.example"]


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://FAß.Example/x", "xn--fa-hia.example"),
        ("https://bücher.example/x", "xn--bcher-kva.example"),
        ("https://ｅｘａｍｐｌｅ.com/x", "example.com"),  # full-width letters map to ASCII
    ],
)
def test_hosts_are_written_in_one_ascii_spelling(url: str, host: str) -> None:
    target = parse_url(url, field="audioUrl", allow_private=False)
    assert target.host == host and target.url.startswith(f"https://{host}/")


def test_full_width_digits_and_dots_spell_the_address_they_look_like() -> None:
    with pytest.raises(RefusedUrl, match="audioUrl points to 127.0.0.1"):
        parse_url("http://１２７。０。０。１/a.mp3", field="audioUrl", allow_private=False)


@pytest.mark.parametrize("url", ["http://fa%C3%9F.example/x", "http://127%2e0.0.1/x"])
def test_percent_encoded_hosts_are_refused_before_any_lookup(url: str) -> None:
    asked: list[str] = []
    with pytest.raises(RefusedUrl, match="not allowed in a host name"):
        check_url(url, field="imageUrl", allow_private=False, resolver=resolver_for({}, asked))
    assert asked == []


def test_refusals_name_the_field() -> None:
    for field in ("audioUrl", "callBackUrl", "imageUrl"):
        with pytest.raises(RefusedUrl) as caught:
            parse_url("http://10.0.0.1/x", field=field, allow_private=False)
        assert str(caught.value).startswith(f"{field} points to 10.0.0.1")
