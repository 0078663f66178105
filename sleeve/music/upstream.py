"""Pull: fetch an unknown music task from the configured upstream provider."""

from __future__ import annotations

import httpx
from sqlalchemy.exc import IntegrityError

from sleeve.core.errors import NotFound, UpstreamUnavailable
from sleeve.core.outbound import RefusedUrl
from sleeve.core.outbound_http import pinned_client
from sleeve.core.settings import Settings
from sleeve.db.models import MusicSource
from sleeve.db.session import write_session
from sleeve.music.fields import MusicFields
from sleeve.music.provider_shape import fields_from_item, parse_param
from sleeve.music.service import find_music, register_music

UPSTREAM_TIMEOUT_S = 10.0


def fetch_upstream_music(*, task_id: str, settings: Settings) -> MusicFields:
    """Ask the upstream for a music task; NotFound or UpstreamUnavailable on trouble.

    The request goes through the one outbound client (no proxy from the environment,
    no redirects, one deadline); the operator chose the upstream's address, so it may
    be a private one."""
    url = settings.upstream_url.rstrip("/") + "/api/v1/generate/record-info"
    headers = {"Authorization": f"Bearer {settings.upstream_key}"} if settings.upstream_key else {}
    client = pinned_client(
        field="SLEEVE_UPSTREAM_URL",
        allow_private=True,
        timeout_s=UPSTREAM_TIMEOUT_S,
        proxy=settings.outbound_proxy or None,
    )
    try:
        with client:
            reply = client.get(url, params={"taskId": task_id}, headers=headers)
        body = reply.json()
    except httpx.TimeoutException as exc:
        raise UpstreamUnavailable(
            f"music task {task_id} is not registered here and the upstream provider did not "
            f"answer within {UPSTREAM_TIMEOUT_S:.0f} s; try again later"
        ) from exc
    except (httpx.HTTPError, RefusedUrl, ValueError) as exc:
        raise UpstreamUnavailable(
            f"music task {task_id} is not registered here and the upstream provider could not "
            f"be reached ({exc.__class__.__name__}); try again later"
        ) from exc
    if not isinstance(body, dict):
        raise UpstreamUnavailable("the upstream provider answered with something not JSON")
    data = body.get("data") if isinstance(body.get("data"), dict) else None
    if body.get("code") != 200 or data is None:
        if body.get("code") in (400, 404, 422) or reply.status_code == 404:
            raise NotFound(f"music task {task_id} was not found here or at the upstream provider")
        raise UpstreamUnavailable(
            f"the upstream provider answered code {body.get('code')} for music task {task_id}"
        )
    response = data.get("response") if isinstance(data.get("response"), dict) else {}
    items = response.get("sunoData") if isinstance(response.get("sunoData"), list) else []
    items = [item for item in items if isinstance(item, dict)]
    if not items:
        raise NotFound(f"music task {task_id} has no songs at the upstream provider yet")
    return fields_from_item(task_id, items[0], parse_param(data.get("param")))


def pull_music(*, account_id: int, task_id: str, settings: Settings) -> None:
    """Record an upstream music task for this account (nothing is stored on failure)."""
    fields = fetch_upstream_music(task_id=task_id, settings=settings)
    try:
        with write_session() as session:
            if find_music(session=session, account_id=account_id, task_id=task_id) is None:
                register_music(
                    session=session, account_id=account_id, fields=fields, source=MusicSource.PULL
                )
    except IntegrityError:
        pass  # a concurrent request recorded it first
