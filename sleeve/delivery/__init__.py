"""Callback delivery building blocks: payloads, signing, address safety, one attempt.

The database side (deliveries, attempts, scheduling) lives in `sleeve.delivery.service`.
"""

from sleeve.delivery.address_safety import (
    UnresolvableHost,
    UnsafeCallbackUrl,
    check_callback_url,
    is_public_address,
)
from sleeve.delivery.payloads import encode, failure_payload, success_payload
from sleeve.delivery.sender import AttemptOutcome, retry_delays_after, send_callback
from sleeve.delivery.signing import new_signing_secret, signed_headers, verify_kie_signature

__all__ = [
    "AttemptOutcome",
    "UnresolvableHost",
    "UnsafeCallbackUrl",
    "check_callback_url",
    "encode",
    "failure_payload",
    "is_public_address",
    "new_signing_secret",
    "retry_delays_after",
    "send_callback",
    "signed_headers",
    "success_payload",
    "verify_kie_signature",
]
