"""Callback delivery building blocks: payloads, signing, one attempt.

The database side (deliveries, attempts, scheduling) lives in `sleeve.delivery.service`;
where callbacks may go is the one outbound policy, `sleeve.core.outbound`.
"""

from sleeve.delivery.payloads import encode, failure_payload, success_payload
from sleeve.delivery.sender import AttemptOutcome, retry_delays_after, send_callback
from sleeve.delivery.signing import new_signing_secret, signed_headers, verify_kie_signature

__all__ = [
    "AttemptOutcome",
    "encode",
    "failure_payload",
    "new_signing_secret",
    "retry_delays_after",
    "send_callback",
    "signed_headers",
    "success_payload",
    "verify_kie_signature",
]
