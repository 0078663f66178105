"""Variations: one more cover task for a music task, in other styles, accepted, paid,
rendered, delivered and polled like any cover (through the same intake)."""

from __future__ import annotations

from anyio import to_thread
from sqlalchemy import select
from sqlalchemy.orm import Session

from sleeve.accounts.keys import Caller
from sleeve.core.errors import InvalidRequest
from sleeve.core.outbound import RefusedUrl, check_url
from sleeve.core.settings import get_settings
from sleeve.covers.accept import CoverRequest
from sleeve.covers.intake import get_cover_intake
from sleeve.covers.lookup import owned_cover
from sleeve.db.models import CoverImage, CoverTask, MusicTask
from sleeve.db.session import read_session
from sleeve.engine.direction import direct_from_music
from sleeve.engine.styles.registry import get_style, ranked_styles
from sleeve.music.fields import music_input


async def request_variation(
    *,
    caller: Caller,
    cover_id: str,
    styles: tuple[str, str] | None,
    callback_url: str | None,
) -> str:
    """Accept a variation of cover task `cover_id` (NotFound unless the account owns
    it); without styles, two the track has not had yet are chosen. Returns the new
    cover task id. The callback goes where the varied task's went unless given."""
    request = await to_thread.run_sync(
        _plan, caller.account_id, caller.key_id, cover_id, styles, callback_url
    )
    accepted = await get_cover_intake().submit(request)
    return accepted.task_id


def _plan(
    account_id: int,
    key_id: int | None,
    cover_id: str,
    styles: tuple[str, str] | None,
    callback_url: str | None,
) -> CoverRequest:
    if callback_url is not None:
        try:
            check_url(
                callback_url,
                field="callBackUrl",
                allow_private=get_settings().allow_private_callbacks,
            )
        except RefusedUrl as exc:
            raise InvalidRequest(str(exc)) from exc
    with read_session() as session:
        source = owned_cover(session=session, account_id=account_id, cover_id=cover_id)
        music = session.get(MusicTask, source.music_id)
        if styles is None:
            styles = fresh_styles(music, _used_styles(session, source.music_id))
        return CoverRequest(
            account_id=account_id,
            key_id=key_id,
            music_task_id=music.task_id,
            callback_url=callback_url or source.callback_url,
            styles=styles,
            variation_of=source.id,
        )


def _used_styles(session: Session, music_id: int) -> list[str]:
    """The styles of every cover the music task has had, oldest first."""
    return list(
        session.scalars(
            select(CoverImage.style)
            .join(CoverTask, CoverTask.id == CoverImage.cover_task_id)
            .where(CoverTask.music_id == music_id)
            .order_by(CoverTask.created_at, CoverImage.position)
        )
    )


def fresh_styles(music: MusicTask, used: list[str]) -> tuple[str, str]:
    """The two best-fitting styles (from different families) the track has not had;
    once every style was used, the least recently used ones."""
    direction, _ = direct_from_music(
        music_input(music, task_id=music.task_id)
    )  # from the words: cheap, and enough to rank
    ranked = ranked_styles(direction)
    last_use = {name: index for index, name in enumerate(used)}
    ranked.sort(key=lambda name: last_use.get(name, -1))  # stable: fit order among equals
    first = ranked[0]
    family = get_style(first).STYLE.family
    second = next(
        (name for name in ranked[1:] if get_style(name).STYLE.family != family), ranked[1]
    )
    return first, second
