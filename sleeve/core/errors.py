"""Errors that carry the contract's code; one handler turns them into envelopes."""

from __future__ import annotations


class SleeveError(Exception):
    """Base of every error a client may see. `code` is the contract code."""

    code: int = 500
    headers: dict[str, str] = {}

    def __init__(
        self,
        msg: str,
        *,
        data: object = None,
        headers: dict[str, str] | None = None,
        code: int | None = None,
    ):
        super().__init__(msg)
        self.msg = msg
        self.data = data
        if headers is not None:
            self.headers = headers
        if code is not None:
            self.code = code


class DuplicateCover(SleeveError):
    """A cover already exists (or is being made) for this music task."""

    code = 400


class Unauthorized(SleeveError):
    """Missing, unknown or revoked API key."""

    code = 401


class InsufficientCredits(SleeveError):
    """The account cannot pay for a cover."""

    code = 402


class NotFound(SleeveError):
    """Unknown object, or one that belongs to another account."""

    code = 404


class InvalidRequest(SleeveError):
    """The request failed validation."""

    code = 422


class PayloadTooLarge(SleeveError):
    """The request body is larger than the configured limit."""

    code = 413


class RateLimited(SleeveError):
    """Too many requests for this key."""

    code = 429


class Maintenance(SleeveError):
    """Maintenance mode is on."""

    code = 455


class UpstreamUnavailable(SleeveError):
    """The upstream music provider could not be reached or answered badly."""

    code = 500
