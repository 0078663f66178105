"""The callback bodies, byte for byte as the contract shows them."""

from __future__ import annotations

import json

from sleeve.delivery.payloads import encode, failure_payload, success_payload

TASK = "0123456789abcdef0123456789abcdef"
IMAGES = ["https://covers.example/files/a.png", "https://covers.example/files/b.png"]


class TestSuccessPayload:
    def test_shape_matches_the_contract(self) -> None:
        assert success_payload(TASK, IMAGES) == {
            "code": 200,
            "msg": "success",
            "data": {"taskId": TASK, "images": IMAGES},
        }

    def test_encoding_is_compact_and_in_contract_order(self) -> None:
        body = encode(success_payload(TASK, IMAGES[:1]))
        assert body == (
            b'{"code":200,"msg":"success","data":{"taskId":"' + TASK.encode() + b'",'
            b'"images":["https://covers.example/files/a.png"]}}'
        )


class TestFailurePayload:
    def test_shape_matches_the_contract(self) -> None:
        assert failure_payload(TASK, "the renderer ran out of memory") == {
            "code": 501,
            "msg": "Cover generation failed: the renderer ran out of memory",
            "data": {"taskId": TASK, "images": None},
        }

    def test_images_encode_as_json_null(self) -> None:
        decoded = json.loads(encode(failure_payload(TASK, "x")))
        assert decoded["data"]["images"] is None
        assert b'"images":null' in encode(failure_payload(TASK, "x"))


class TestEncode:
    def test_is_deterministic(self) -> None:
        assert encode(success_payload(TASK, IMAGES)) == encode(success_payload(TASK, IMAGES))

    def test_keeps_non_ascii_as_utf8(self) -> None:
        body = encode(failure_payload(TASK, "Ümlaut und 音楽"))
        assert "Ümlaut und 音楽".encode() in body
        assert b"\\u" not in body
        assert json.loads(body.decode("utf-8"))["msg"].endswith("音楽")
